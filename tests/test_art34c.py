"""China's domestic politics, Hong Kong, Xinjiang, Tibet and Taiwan (branch art34c): sentences
written for this branch, in the style of wire reports.

Military drills held, begun or launched *around* a state (an island encircled) are a show of force
aimed at it, in English ("around Taiwan") and German ("rund um Taiwan", "um Taiwan"); drills
near or off a state stay a show of force with the state only its place.

Countermeasures and counter-sanctions imposed on a state, or a retaliation with them, are
sanctions (163) like the sanctions they answer ("China imposed countermeasures on Lithuania",
"Beijing retaliated with countermeasures against the European Parliament"), not an attack.

Hong Kong's bodies named by the German adjective of the city ("die Hongkonger Polizei", "ein
Hongkonger Gericht") are HKG, as "Hong Kong police" is, also in an article filed in Beijing.
"""
import pytest

from tests.coded_events import coded

CASES = [
    ("en", "China held military drills around Taiwan on Monday.", ("CHN", "150", "TWN")),
    ("en", "China launched large-scale military drills around Taiwan on Monday.", ("CHN", "150", "TWN")),
    ("en", "The Chinese military began drills around Taiwan.", ("CHN", "150", "TWN")),
    ("de", "China hat mit einem großangelegten Manöver rund um Taiwan begonnen.", ("CHN", "150", "TWN")),
    ("de", "Die chinesische Armee hielt ein Manöver rund um Taiwan ab.", ("CHN", "15", "TWN")),
    ("de", "China startete ein Manöver rund um Taiwan.", ("CHN", "150", "TWN")),
    ("en", "China imposed countermeasures on Lithuania.", ("CHN", "163", "LTU")),
    ("de", "Ein Hongkonger Gericht verurteilte 14 Demokratieaktivisten wegen Umsturzes.", ("HKG", "116", "HKG")),
    ("de", "Peking – Die Hongkonger Polizei hat sechs Demokratieaktivisten festgenommen.", ("HKG", "173", "HKG")),
    ("en", "China imposed countersanctions on British lawmakers.", ("CHN", "163", "GBR")),
    ("en", "Beijing retaliated with countermeasures against the European Parliament.", ("CHN", "163", "IGO:EU")),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_coded(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia held drills near the border with Ukraine."),
    ("de", "Russland hielt ein Manöver nahe der Grenze zur Ukraine ab."),
])
def test_near_is_a_place(lang, text):
    assert [e[2] for e in coded(text, lang)] == [""]
