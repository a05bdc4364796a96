"""A criticism of "the incident" ("den Vorfall") is aimed at who used force or coercion the article
told before, as one of "the launch" is at who fired (Coder._earlier_doer with the pack's
incident_nouns); not at an unrelated act told last, and at no one where the force has no known
doer. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Belarusian authorities forced a plane to land and arrested an opposition blogger. The EU condemned "
           "the incident as a hijacking.", ("IGO:EU", "111", "BLR")),
    ("de", "Die belarussischen Behörden zwangen ein Flugzeug zur Landung und nahmen einen Oppositionellen fest. "
           "Die EU verurteilte den Vorfall als Entführung.", ("IGO:EU", "111", "BLR")),
    ("de", "Chinesische Küstenwachschiffe beschossen ein philippinisches Boot mit Wasserwerfern. Manila "
           "verurteilte den Zwischenfall scharf.", ("PHL", "111", "CHN")),
])
def test_an_incident_criticised_is_the_force_used_before(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_an_incident_with_no_known_doer_aims_at_no_one():
    events = coded("Unbekannte griffen ein Hotel in Kabul an. Die Regierung verurteilte den Vorfall.", "de")
    assert not [e for e in events if e[1] == "111" and e[2] not in ("", "UNK")]
