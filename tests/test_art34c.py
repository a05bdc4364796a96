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

A federation's body with no federation named before ("die Bundesregierung") in an article about or
filed in a state with no federal bodies is the German press's own (DEU), not that state's: "Peking –
... Die Bundesregierung kritisierte das Urteil" is Germany's; Vienna's stays Austria's and a
"Bundesrichter" in Washington an American one.

A bounty a state's police or government offers for someone ("offered bounties for", "setzte ein
Kopfgeld auf ... aus") is a warrant for his arrest with a reward (173); a gang's is none.
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
    ("en", "Hong Kong authorities offered bounties of HK$1 million for eight overseas activists.", ("HKG", "173", "HKG")),
    ("de", "Die Hongkonger Behörden haben ein Kopfgeld auf fünf Demokratieaktivisten ausgesetzt.", ("HKG", "173", "HKG")),
    ("de", "Ein Hongkonger Gericht verurteilte 14 Demokratieaktivisten wegen Umsturzes.", ("HKG", "116", "HKG")),
    ("de", "Peking – Die Hongkonger Polizei hat sechs Demokratieaktivisten festgenommen.", ("HKG", "173", "HKG")),
    ("en", "China imposed countersanctions on British lawmakers.", ("CHN", "163", "GBR")),
    ("en", "Beijing retaliated with countermeasures against the European Parliament.", ("CHN", "163", "IGO:EU")),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_coded(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


FEDERAL = [
    ("Hongkong – Ein Gericht verurteilte den Verleger Jimmy Lai zu 20 Jahren Haft. "
     "Die Bundesregierung kritisierte das Urteil.", ("DEU", "111", "HKG")),
    ("Peking – China protestierte bei der Bundesregierung gegen den Besuch einer "
     "Bundestagsdelegation in Taipeh.", ("CHN", "114", "DEU")),
    ("Die Bundesregierung kritisierte China.", ("DEU", "111", "CHN")),
    # (the German one, with no country named: "die Regierung" alone stays no one's, test_art32d)
    ("Norwegen und die Bundesregierung unterzeichneten ein Abkommen.", ("NOR+DEU", "057", "NOR+DEU")),
    ("Wien – Die Bundesregierung kritisierte Russland.", ("AUT", "111", "RUS")),
    ("Washington – Ein Bundesrichter blockierte das Dekret von Präsident Trump.", ("USA", "12", "USA")),
]


@pytest.mark.parametrize("text,expected", FEDERAL, ids=[c[0][:40] for c in FEDERAL])
def test_federal_body(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia held drills near the border with Ukraine."),
    ("de", "Russland hielt ein Manöver nahe der Grenze zur Ukraine ab."),
])
def test_near_is_a_place(lang, text):
    assert [e[2] for e in coded(text, lang)] == [""]


@pytest.mark.parametrize("lang,text", [
    ("en", "The gang offered a bounty for the journalist."),
    ("de", "Die Mafia setzte ein Kopfgeld auf den Journalisten aus."),
])
def test_no_arrest_by_gangs(lang, text):
    assert not [e for e in coded(text, lang) if e[1] == "173"]


def test_bounty_set_is_no_suspension():
    # "setzte ... aus" sets the bounty, it does not suspend it (was coded negated)
    assert ("HKG", "173", "HKG", "asserted") in coded(
        "Die Hongkonger Polizei setzte Kopfgelder auf acht Aktivisten im Ausland aus.", "de")
