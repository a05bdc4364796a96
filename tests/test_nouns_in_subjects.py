"""An event noun inside the subject of a verb takes no source from that subject: the names in
the subject are its own phrase's ("The FBI investigation into accusations against Kavanaugh has
delayed the vote": the FBI made no accusation). A noun of its own author ("Russia's accusations")
and one a verb's subject makes ("Russia made accusations", "criticism came from the EU") keep it."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 6, 1), lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, wrong", [
    ("The FBI investigation into accusations against Judge Brett Kavanaugh has delayed a final vote.",
     ("USA", "112", "USA")),
    ("The UN report on accusations against Israeli soldiers angered the Israeli government.",
     ("IGO:UN", "112", "ISR")),
], ids=["fbi-investigation", "un-report"])
def test_a_noun_in_the_subject_is_not_the_subjects(text: str, wrong: tuple[str, str, str]) -> None:
    found = events(text, "en")
    assert wrong not in found, found


@pytest.mark.parametrize("text, lang, event", [
    ("Russia made new accusations against Ukraine.", "en", ("RUS", "112", "UKR")),
    ("Russia's accusations against Ukraine have increased.", "en", ("RUS", "112", "UKR")),
    ("Criticism of Russia came from the European Union.", "en", ("IGO:EU", "111", "RUS")),
    ("Die Kritik an Russland kam von der EU.", "de", ("IGO:EU", "111", "RUS")),
    ("Die Vorwürfe Russlands gegen die Ukraine nehmen zu.", "de", ("RUS", "112", "UKR")),
], ids=["made", "possessor", "came-from", "de-kam-von", "de-genitive"])
def test_a_nouns_own_author_stays(text: str, lang: str, event: tuple[str, str, str]) -> None:
    assert event in events(text, lang)
