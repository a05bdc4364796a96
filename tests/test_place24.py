"""Places as the target of material acts, beyond what tests/test_attacked_towns.py covers: a town
named by its noun after a place preposition ("fired missiles at the Saudi city of Jizan"), a
state named bare that attacks a town ("Russia shelled Kherson": it does so with its forces), and
a town's name alone that the German tagger reads as a common noun ("beschossen Bachmut"), and
places named by their noun alone where the clause says where they lie ("bombed villages in Idlib
province", "beschossen Ortschaften nahe Aleppo")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded
from tests.test_attacked_towns import attacks


@pytest.mark.parametrize("text, lang, expected", [
    ("Houthi rebels fired missiles at the Saudi city of Jizan.", "en", ("YEM", "SAU")),
    ("Syrian rebels fired rockets at the coastal city of Latakia on Friday.", "en", ("SYR", "SYR")),
    ("Russia has been shelling Kherson since November.", "en", ("RUS", "UKR")),
    ("Turkey bombed Afrin on Sunday, Kurdish officials said.", "en", ("TUR", "SYR")),
    ("Russland beschießt Cherson seit Wochen.", "de", ("RUS", "UKR")),
    ("Russische Truppen griffen Bachmut erneut an.", "de", ("RUS", "UKR")),
    ("Äthiopische Truppen bombardierten Mekelle.", "de", ("ETH", "ETH")),
    ("Syrian warplanes bombed villages in Idlib province on Monday.", "en", ("SYR", "SYR")),
    ("Government helicopters attacked villages near Aleppo, activists said.", "en", ("SYR", "SYR")),
    ("Syrische Kampfflugzeuge bombardierten Dörfer in der Provinz Idlib.", "de", ("SYR", "SYR")),
    ("Russische Truppen beschossen Ortschaften nahe Charkiw.", "de", ("RUS", "UKR")),
], ids=["at-the-city-of", "at-the-coastal-city", "state-shelled", "state-bombed", "Staat-beschießt",
        "bare-name-angreifen", "bare-name-bombardieren", "villages-in", "villages-near", "Dörfer-in",
        "Ortschaften-nahe"])
def test_a_town_attacked_stands_for_its_people(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert attacks(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The minister flew to the city of Erbil for talks.", "en"),
    ("Protesters gathered at the city of Jizan on Sunday.", "en"),
    ("Russia criticised Kherson's mayor on Monday.", "en"),
    ("Die Soldaten beschossen Dörfer und Felder.", "de"),
    ("Der Präsident besuchte Bachmut am Dienstag.", "de"),
], ids=["flew-to-city", "gathered-at-city", "criticised", "Dörfer", "besuchte"])
def test_a_town_in_no_attack_is_no_target(text: str, lang: str) -> None:
    assert not attacks(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia's attack on Kharkiv killed ten people.", "en", ("RUS", "UKR")),
    ("A Russian missile strike on the city of Dnipro killed five civilians.", "en", ("RUS", "UKR")),
    ("Der russische Angriff auf Charkiw tötete zehn Menschen.", "de", ("RUS", "UKR")),
], ids=["attack-on-town-killed", "strike-on-city-of", "Angriff-auf-Stadt-tötete"])
def test_the_victims_of_an_attack_on_a_town_are_its_people(text: str, lang: str, expected: tuple[str, str]) -> None:
    """Victims of unknown country that an attack on a town killed are the town's country's
    people, as those of an attack on a state are, not the attacker's (was RUS 18 RUS)."""
    assert {(e[0], e[2]) for e in coded(text, lang) if e[1].startswith("18")} == {expected}


@pytest.mark.parametrize("text, lang, expected", [
    ("Israeli soldiers raided the city of Jenin before dawn.", "en", ("ISR", "PSE")),
    ("Turkish warplanes bombed Ras al-Ain, Kurdish officials said.", "en", ("TUR", "SYR")),
    ("Russische Truppen griffen Awdijiwka erneut an.", "de", ("RUS", "UKR")),
    ("Israelische Soldaten stürmten die Stadt Dschenin.", "de", ("ISR", "PSE")),
], ids=["Jenin", "Ras-al-Ain", "Awdijiwka", "Dschenin"])
def test_towns_of_war_the_city_list_lacks(text: str, lang: str, expected: tuple[str, str]) -> None:
    """Towns that war news names often and the city list lacks or spells otherwise ("Janin"),
    in the project's list of places."""
    assert attacks(text, lang) == [expected]
