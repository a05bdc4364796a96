"""The plot of a film, novel or comedy is no event: an act whose clause, or a clause above it,
has a noun of a work of fiction (pack words fiction_nouns) for the head of its subject or of a
place phrase codes nothing; a film named elsewhere, banned or talked about, leaves real acts
coded (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("The film follows a CIA agent who kidnaps the Russian president.", "en"),
    ("The novel imagines a world in which China attacks the United States.", "en"),
    ("In the comedy, two British agents set fire to a French restaurant.", "en"),
    ("Der Roman erzählt von einer Welt, in der China die USA angreift.", "de"),
    ("In der Komödie setzen zwei britische Agenten ein französisches Restaurant in Brand.", "de"),
], ids=["en-film-follows", "en-novel-imagines", "en-in-the-comedy", "de-Roman", "de-in-der-Komödie"])
def test_a_plot_is_no_event(text, lang):
    assert events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The film's director said Russia had attacked Ukraine.", "en", ("RUS", "ASSAULT", "UKR")),
    ("Iran banned the film after protests.", "en", ("IRN", "COERCE", "IRN")),
    ("In a series of raids, police arrested 12 activists in Istanbul.", "en", ("TUR", "COERCE", "TUR")),
    ("Der Iran verbot den Film nach Protesten.", "de", ("IRN", "COERCE", "IRN")),
], ids=["en-director-said", "en-banned-the-film", "en-series-of-raids", "de-verbot-den-Film"])
def test_real_acts_around_films_stay(text, lang, expected):
    found = events(text, lang)
    assert expected in found, found
