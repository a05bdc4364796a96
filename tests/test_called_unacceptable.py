"""An act called unacceptable or incomprehensible criticises its doer also where the parser makes
the object noun a compound of the adjective ("Germany called Venezuela's decision unacceptable");
sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Germany called Venezuela's decision unacceptable.", ("DEU", "111", "VEN")),
    ("Venezuela expelled the German ambassador. Maas called the decision incomprehensible.", ("DEU", "111", "VEN")),
    ("The EU called the Russian decision illegal.", ("IGO:EU", "111", "RUS")),
], ids=["possessor", "back-reference", "adjective"])
def test_called_unacceptable(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text", [
    "Venezuela wies den deutschen Botschafter aus. Maas nannte die Entscheidung unverständlich.",
    "Venezuela wies den deutschen Botschafter aus. Maas bezeichnete die Ausweisung als unverständlich.",
], ids=["nannte", "bezeichnete-als"])
def test_called_incomprehensible_de(text):
    assert ("DEU", "111", "VEN") in [e[:3] for e in coded(text, "de")]
