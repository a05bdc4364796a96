"""Branch s19b: events of unseen international news (10kGNAD "International" articles, silver s19b)
that the coder missed or got wrong (sentences written for these tests).

- German teasers: a verbless last part after a dash ("Macron traf Merkel – Flüchtlingspolitik
  Thema") is a line of its own when the main clause before it has one finite full verb and no
  bracket to close; it was read as a phrase of that clause, which lost its object or its event.
- An event noun whose coming about is a condition ("Sollte es zu einem Prozess gegen ihn kommen,
  drohen ihm ...") is no act; it was coded asserted (the nouns of a condition otherwise stay).
"""

from __future__ import annotations

import pytest

from tests.coded_events import events, triples


@pytest.mark.parametrize("text, expected", [
    ("Der französische Präsident traf Merkel – Flüchtlingspolitik Thema.", ("FRA", "CONSULT", "DEU")),
    ("Polen kritisiert Deutschland – Streit um Gaspipeline.", ("POL", "ACCUSE", "DEU")),
    ("Der ukrainische Außenminister besuchte Warschau – Treffen mit Amtskollegen.", ("UKR", "CONSULT", "POL")),
])
def test_teaser_part_after_dash_is_no_phrase_of_the_clause(text, expected):
    assert expected in events(text, "de")


def test_teaser_part_after_dash_adds_no_wrong_act():
    # the attack noun after the dash is no act of the critic's on anyone
    found = triples("Russland kritisiert die Türkei – Streit um Luftangriffe auf Kurden.", "de")
    assert ("RUS", "111", "TUR") in found and not any(s == "RUS" and c.startswith("19") for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Ankara – Sollte es zu einem Prozess gegen den Chef der kurdischen Partei kommen, drohen ihm zehn Jahre Haft.",
    "Ankara – Wenn es zu einer Anklage gegen den Chef der kurdischen Partei kommt, drohen ihm zehn Jahre Haft.",
    "Sollte es zu einem Angriff Irans auf Israel kommen, wären die Folgen für die Region schwer.",
])
def test_event_whose_coming_about_is_a_condition_is_no_act(text):
    assert not any(p in ("ACCUSE", "ASSAULT") for _, p, _ in events(text, "de")), events(text, "de")


def test_event_that_came_about_is_an_act():
    assert ("TUR", "ACCUSE", "TUR") in events("Ankara – Es kam zu einer Anklage gegen den Chef der kurdischen Partei.", "de")
