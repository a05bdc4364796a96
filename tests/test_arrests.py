"""A named authority (police, courts, prosecutors, a government, security forces) that arrests,
detains or charges people no actor names acts on the people of its own state; and an object
pronoun that is never reflexive does not mean its own clause's subject (sentences written for
these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2016, 3, 1), lang=lang), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.plover,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die ägyptische Polizei hat am Montag einen 34-Jährigen festgenommen.", "de",
     ("EGY/COP", "COERCE", "EGY/CVL")),
    ("Ein Mann wurde am Freitag von der türkischen Polizei verhaftet.", "de", ("TUR/COP", "COERCE", "TUR/CVL")),
    ("Die Festnahme einer Frau durch die russische Polizei löste Proteste aus.", "de",
     ("RUS/COP", "COERCE", "RUS/CVL")),
    ("Die Staatsanwaltschaft in München ließ den Verdächtigen verhaften.", "de", ("DEU/JUD", "COERCE", "DEU/CVL")),
    ("Nigerian police detained a suspect on Monday.", "en", ("NGA/COP", "COERCE", "NGA/CVL")),
    ("A man was arrested by Egyptian police on Friday.", "en", ("EGY/COP", "COERCE", "EGY/CVL")),
    ("Turkish authorities arrested a 34-year-old man.", "en", ("TUR/GOV", "COERCE", "TUR/CVL")),
    # forces abroad: people of the state the sentence places the arrest in
    ("Die türkische Armee hat in Syrien einen Mann festgenommen.", "de", ("TUR/MIL", "COERCE", "SYR/CVL")),
    ("Turkish troops detained a man in northern Syria.", "en", ("TUR/MIL", "COERCE", "SYR/CVL")),
], ids=["de-active", "de-passive-agent", "de-noun", "de-seat", "en-active", "en-passive-agent", "en-authorities",
        "de-abroad", "en-abroad"])
def test_an_authority_arrests_people_of_its_own_state(text, lang, expected):
    assert expected in events(text, lang), events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die türkische Polizei nahm einen syrischen Journalisten fest.", "de", ("TUR/COP", "COERCE", "SYR/MED")),
    ("Turkish police detained a Syrian journalist.", "en", ("TUR/COP", "COERCE", "SYR/MED")),
], ids=["de", "en"])
def test_a_named_target_stays(text, lang, expected):
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Kurdische Rebellen haben einen Mann festgehalten.", "de"),      # rebels are no authority of a state
    ("Die ägyptische Polizei hat ihn festgenommen.", "de"),           # a pronoun that means no one
    ("Kurdish rebels held a man captive.", "en"),
    ("Egyptian police arrested him.", "en"),
], ids=["de-rebels", "de-pronoun", "en-rebels", "en-pronoun"])
def test_no_own_people_target(text, lang):
    assert not any(e[1] == "COERCE" for e in events(text, lang)), events(text, lang)
