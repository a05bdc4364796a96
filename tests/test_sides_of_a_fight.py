""""Beide Seiten", "both sides" that a party appeals to after a fight between two parties of one
state (an army and rebels): the two sides of that fight, its subject and the one other party of
its clause; not when "both sides" are the subject (an act of two others said to act together),
and not a place ("Merkel sprach in Paris" names no second side). Agents "beider Seiten", "of both
sides" are the two states' own. National security councils are their state's, not the UN's.
Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("Addis Abeba – Die Armee hat eine Offensive gegen die TPLF begonnen. UN-Generalsekretär Guterres rief "
     "beide Seiten zur Zurückhaltung auf.", "de", ("IGO:UN", "0256", "ETH+ETH")),
    ("KHARTOUM (Reuters) - Security forces attacked rebels near El Fasher on Monday. The African Union urged "
     "both sides to return to talks.", "en", ("IGO:AU", "02", "SDN+SDN")),
], ids=["armee-tplf-de", "forces-rebels-en"])
def test_both_sides_of_a_fight(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_both_sides_are_not_a_place():
    assert not [e for e in coded("Merkel sprach am Montag in Paris. Sie rief beide Seiten zur Zurückhaltung auf.",
                                 "de") if e[2]]


@pytest.mark.parametrize("text,lang,expected", [
    ("South Korea's National Security Council urged Pyongyang to halt its missile tests.", "en", ("KOR", "02", "PRK")),
    ("Südkoreas Nationaler Sicherheitsrat forderte Pjöngjang auf, die Tests einzustellen.", "de", ("KOR", "10", "PRK")),
    ("Der Sicherheitsrat forderte den Iran auf, die Tests einzustellen.", "de", ("IGO:UN", "10", "IRN")),
], ids=["nsc-en", "nsc-de", "unsc-de"])
def test_national_security_councils(text, lang, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]


@pytest.mark.parametrize("text,lang", [
    ("Indische und chinesische Soldaten lieferten sich Gefechte. Militärkommandeure beider Seiten trafen sich am "
     "Samstag zu Gesprächen.", "de"),
    ("Indian and Chinese troops clashed in the Galwan Valley. Commanders of both sides met on Saturday.", "en"),
], ids=["kommandeure-de", "commanders-en"])
def test_agents_of_both_sides(text, lang):
    assert ("IND+CHN", "040", "IND+CHN") in [e[:3] for e in coded(text, lang)]
