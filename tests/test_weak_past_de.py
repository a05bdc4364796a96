"""A weak verb's past that the tagger reads as an adjective from its participle ("verstärkte",
"organisierten", "unterbreitete") is the finite verb of a main clause that has no other verb
(chronist/lang/de/fields.py, _repair_weak_past); an extended attribute ("der mit Al-Qaida
verbündeten Front") and a noun phrase with a genitive ("Russlands verstärkte Angriffe") stay
what they are."""
from __future__ import annotations

from functools import cache

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

READ_AS_VERB = [
    ("Polnische Landwirte organisierten Proteste gegen die Ukraine.", ("POL", "PROTEST", "UKR")),
    ("Russland verstärkte seine Angriffe auf die Ukraine.", ("RUS", "ASSAULT", "UKR")),
    ("Frankreich unterbreitete Deutschland einen neuen Vorschlag.", ("FRA", "REQUEST", "DEU")),
    ("Die USA spionierten deutsche Politiker aus.", ("USA", "COERCE", "DEU")),
    ("Die USA versorgten Mazedonien mit Luftaufnahmen.", ("USA", "AID", "MKD")),
    # a plural in -s after an adjective is the subject, no genitive
    ("Israelische Kampfjets bombardierten Ziele im Gazastreifen.", ("ISR", "ASSAULT", "PSE")),
    ("Russische Kampfjets bombardierten Dörfer in der Ukraine.", ("RUS", "ASSAULT", "UKR")),
]

NOT_A_VERB = [
    # an extended attribute: the name belongs to the preposition before it
    ("Kämpfer der mit Al-Qaida verbündeten Nusra-Front griffen an.", "SUPPORT"),
    ("Raketen schlugen in einer zum Flüchtlingslager umfunktionierten Schule ein.", "SUPPORT"),
    # a genitive name before the adjective: a noun phrase, the attack is the noun's
    ("Russlands verstärkte Angriffe auf Kiew", "MOBILIZE"),
]


@cache
def _events(text: str) -> list[tuple[str, str, str]]:
    doc = Pipeline.default().process(Article(text=text, id="weak-past", lang="de"), lang="de")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
            for e in doc.events]


@pytest.mark.parametrize("text, expected", READ_AS_VERB)
def test_weak_past_is_the_finite_verb(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, plover", NOT_A_VERB)
def test_an_attribute_stays_an_attribute(text, plover):
    assert [e for e in _events(text) if e[1] == plover] == []
