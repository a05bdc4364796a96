"""An act criticised by its noun, whose doer a clause describing the noun names (sentences written
for these tests): a relative clause whose object the noun is ("kritisierte die Sanktionen, die die
EU verhängt hatte", "criticised the sanctions that the EU had imposed") or a German participle
attribute before it ("Die von der EU verhängten Sanktionen seien illegal") gave no target; the
doer is the one criticised. A German copula with two nominatives takes the definite one for its
subject ("die russischen Behauptungen seien Lügen": what the claims are, not what lies are). Acting
or behaving as the speaker scorns takes every word of scorn "sein" takes ("die Briten verhielten sich
unvernünftig, sagte Macron")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Lawrow kritisierte die Sanktionen, die die EU verhängt hatte.", "de", ("RUS", "IGO:EU")),
    ("Die von der EU verhängten Sanktionen seien illegal, sagte Lawrow.", "de", ("RUS", "IGO:EU")),
    ("Lawrow sagte, die von der EU verhängten Sanktionen seien illegal.", "de", ("RUS", "IGO:EU")),
    ("Lavrov criticized the sanctions that the EU had imposed.", "en", ("RUS", "IGO:EU")),
    ("Lavrov said the sanctions the EU had imposed were illegal.", "en", ("RUS", "IGO:EU")),
])
def test_doer_named_by_a_describing_clause(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert any((source, target) == expected and cameo.startswith("11") for source, cameo, target, _ in coded(text, lang))


def test_group_described_by_a_relative_clause_is_no_act() -> None:
    # the forces the soldiers train are a group, not an act the soldiers did: no one's own troops
    # become the target of their training
    events = coded("Die USA haben 2000 Soldaten nach Syrien geschickt, die kurdische Kämpfer ausbilden.", "de")
    assert not any(source == target == "USA" for source, _, target, _ in events)


@pytest.mark.parametrize("text, expected", [
    ("Der britische Außenminister sagte, die russischen Behauptungen seien Lügen.", ("GBR", "RUS")),
    ("Die Äußerungen Erdogans seien eine Provokation, sagte Maas.", ("DEU", "TUR")),
])
def test_definite_nominative_is_the_subject_of_a_copula(text: str, expected: tuple[str, str]) -> None:
    assert any((source, target) == expected and cameo == "111" for source, cameo, target, _ in coded(text, "de"))


@pytest.mark.parametrize("text, expected", [
    # acting or behaving in a way the speaker scorns, with any word of scorn the copula takes
    ("Macron sagte, die britische Regierung verhalte sich unvernünftig.", ("FRA", "GBR")),
    ("Die Regierung in Rom handle heuchlerisch und arrogant, sagte Macron.", ("FRA", "ITA")),
])
def test_behaving_as_the_speaker_scorns(text: str, expected: tuple[str, str]) -> None:
    assert any((source, target) == expected and cameo == "111" for source, cameo, target, _ in coded(text, "de"))
