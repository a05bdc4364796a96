"""English wire verbs of the 2020s and their German counterparts (branch art38c): what a
parliament greenlights ("greenlit", whose parser lemma is the form itself) it approves, aid
greenlit for a state is aid (071); tariffs or a threat of them walked back are eased (085); a
request stonewalled is turned down (120), as one blocked ("abgeblockt"); defences shored up or
bolstered with weapons are military aid (072), ties shored up cooperation (06); what a parliament
nods through ("nickte ... ab") it approves (051); an ambassador ousted is expelled (166), a
president ousted stays coerced (17)."""
from tests.coded_events import coded


def test_aid_package_greenlit_is_aid():
    assert coded("The U.S. Congress greenlit a new aid package for Ukraine on Saturday.", "en") == [
        ("USA", "071", "UKR", "asserted")]


def test_greenlit_annexation_is_an_endorsement():
    assert ("RUS", "051", "UKR", "asserted") in coded(
        "Russia's parliament greenlit the annexation of four Ukrainian regions.", "en")


def test_walked_back_tariff_threat_eases_them():
    assert coded("The White House walked back its threat of tariffs on Mexico.", "en") == [
        ("USA", "085", "MEX", "asserted")]


def test_stonewalled_request_is_rejected():
    assert ("EGY", "120", "ISR", "asserted") in coded(
        "Egypt stonewalled Israel's request to open the Rafah crossing.", "en")


def test_abgeblockte_forderung():
    assert coded("Ägypten hat die Forderung Israels abgeblockt.", "de") == [("EGY", "120", "ISR", "asserted")]


def test_defences_shored_up_with_weapons_are_military_aid():
    assert coded("Germany shored up Ukraine's air defences with additional Patriot systems.", "en") == [
        ("DEU", "072", "UKR", "asserted")]
    assert coded("France bolstered Ukraine's defences with more missiles.", "en") == [
        ("FRA", "072", "UKR", "asserted")]


def test_own_defences_shored_up_are_no_aid():
    assert coded("Britain bolstered its defences with new systems.", "en") == []


def test_ties_shored_up_are_cooperation():
    assert ("JPN", "06", "PHL", "asserted") in coded("Japan shored up ties with the Philippines.", "en")


def test_nodded_through_annexation_is_approved():
    assert coded("Das russische Parlament nickte die Annexion von vier ukrainischen Regionen ab.", "de") == [
        ("RUS", "051", "UKR", "asserted")]


def test_ousted_ambassador_is_expelled():
    assert coded("The junta in Burkina Faso ousted the French ambassador.", "en") == [
        ("BFA", "166", "FRA", "asserted")]


def test_ousted_president_stays_coercion():
    assert ("NER", "17", "NER", "asserted") in coded(
        "Military officers ousted President Mohamed Bazoum of Niger.", "en")
