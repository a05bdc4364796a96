""""Die Behörde" after "die EU-Kommission" is the Commission: the "EU" of the compound is the same
body's code, no second organisation that would leave the description without an antecedent.
Sentences written for these tests."""
from tests.coded_events import coded


def test_behoerde_after_compound():
    text = ("Die EU-Kommission hat ein Vertragsverletzungsverfahren gegen Ungarn eingeleitet. Die Behörde "
            "wirft der Regierung in Budapest vor, gegen EU-Recht zu verstoßen.")
    assert ("IGO:EU", "112", "HUN") in [e[:3] for e in coded(text, "de")]


def test_two_organisations_stay_apart():
    text = ("Amnesty International und die Vereinten Nationen kritisierten Ungarn. Die Organisation "
            "warf der Regierung Folter vor.")
    assert not [e for e in coded(text, "de") if e[1] == "112" and e[0] != "UNK"]
