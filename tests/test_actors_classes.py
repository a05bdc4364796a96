"""Classes of actors added as data (issue 10, part 3): generic agents of both languages that
name a sector but no country, compound heads that need an actor before them, and the
several data files per kind of entry. The phrases are written here, not taken from the gold
files."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from chronist.actors.dictionary import DATA_DIR, ActorDictionary, data_files
from chronist.actors.matcher import ActorMatcher
from chronist.errors import ConfigError
from actor_tokens import toks


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def found(matcher: ActorMatcher, text: str, lang: str, date: str | None = None) -> list[tuple[str, str | None]]:
    day = dt.date.fromisoformat(date) if date else None
    return [(a.code, a.sector) for a in matcher.match(toks(text), lang=lang, date=day)]


# (lang, phrase, sector): an agent of no named country, whose country the coder finds
# ("Streikenden" only: "das Streikende" is the end of a strike)
GENERIC = [
    # officials and diplomats
    ("de", "der Generalkonsul", "GOV"), ("de", "ein Geschäftsträger", "GOV"),
    ("de", "mehrere Geheimdienstler", "GOV"), ("de", "die Übergangsregierung", "GOV"),
    ("de", "hohe Regierungsbeamte", "GOV"), ("de", "der Pressesprecher", "GOV"),
    ("en", "the consul general", "GOV"), ("en", "the chargé d'affaires", "GOV"),
    ("en", "the city council", "GOV"), ("en", "top officials", "GOV"),
    ("en", "the interim government", "GOV"), ("en", "intelligence officers", "GOV"),
    # armed forces and police
    ("de", "Fallschirmjäger", "MIL"), ("de", "eine Eliteeinheit", "MIL"),
    ("de", "Hunderte Wehrpflichtige", "MIL"), ("de", "die Bodentruppen", "MIL"),
    ("de", "Polizeieinheiten", "COP"), ("de", "die Geheimpolizei", "COP"),
    ("en", "the generals", "MIL"), ("en", "paramilitaries", "REB"), ("en", "ground troops", "MIL"),
    ("en", "the secret police", "COP"), ("en", "riot policemen", "COP"),
    # armed groups, coup makers and mutineers
    ("de", "die Putschisten", "REB"), ("de", "die Meuterer", "REB"),
    ("de", "eine Terrororganisation", "REB"), ("de", "zwei Rebellenbündnisse", "REB"),
    ("en", "coup plotters", "REB"), ("en", "the mutineers", "REB"),
    ("en", "a terrorist organization", "REB"), ("en", "an insurgent group", "REB"),
    # opposition, defectors
    ("de", "Regierungskritiker", "OPP"), ("de", "ein Überläufer", "OPP"), ("de", "Deserteure", "OPP"),
    ("en", "defectors", "OPP"), ("en", "an opposition politician", "OPP"),
    # civilians
    ("de", "Randalierer", "CVL"), ("de", "Plünderer", "CVL"), ("de", "die Streikenden", "CVL"),
    ("de", "Einheimische", "CVL"), ("de", "Bürgerrechtler", "CVL"), ("de", "die Inhaftierten", "CVL"),
    ("en", "locals", "CVL"), ("en", "looters", "CVL"), ("en", "tribesmen", "CVL"),
    ("en", "human rights activists", "CVL"), ("en", "trade unionists", "CVL"),
    # media and judiciary
    ("de", "ein Rundfunksender", "MED"), ("de", "die Tageszeitung", "MED"), ("de", "TV-Sender", "MED"),
    ("en", "a news channel", "MED"), ("en", "the broadcaster", "MED"),
    ("de", "der Generalstaatsanwalt", "JUD"), ("de", "Staatsanwälte", "JUD"),
    ("de", "das Militärgericht", "JUD"),
    ("en", "the public prosecutor", "JUD"), ("en", "an appeals court", "JUD"),
    ("en", "the high court", "JUD"),
]


@pytest.mark.parametrize(("lang", "phrase", "sector"), GENERIC,
                         ids=[f"{lang}-{phrase}" for lang, phrase, _ in GENERIC])
def test_generic_agents(matcher: ActorMatcher, lang: str, phrase: str, sector: str) -> None:
    assert found(matcher, phrase, lang) == [("UNK", sector)]


NAMED_COUNTRY = [
    ("de", None, "die syrischen Putschisten", [("SYR", "REB")]),
    ("de", None, "der russische Generalkonsul", [("RUS", "GOV")]),
    ("de", None, "türkische Staatsanwälte", [("TUR", "JUD")]),
    ("en", None, "Venezuelan defectors", [("VEN", "OPP")]),
    ("en", None, "Malian mutineers", [("MLI", "REB")]),
    ("en", None, "the Egyptian interim government", [("EGY", "GOV")]),
]


# A bound head ("-chef", "-sprecher", "-führer", "-berater") names an actor only when the
# first part of the compound names one.
BOUND_HEADS = [
    ("de", None, "der Geheimdienstchef", [("UNK", "GOV")]),
    ("de", None, "der Militärchef", [("UNK", "MIL")]),
    ("de", None, "ein Konzernchef", [("UNK", "BUS")]),
    ("de", None, "der Kremlchef", [("RUS", "GOV")]),
    ("de", None, "der Rebellenanführer", [("UNK", "REB")]),
    ("de", None, "der IS-Anführer", [("SYR", "REB")]),
    ("de", None, "der Polizeisprecher", [("UNK", "COP")]),
    ("de", None, "ein Regierungsberater", [("UNK", "GOV")]),
    ("de", None, "der Küchenchef", []),
    ("de", None, "die Lautsprecher", []),
    ("de", None, "ein Fremdenführer", []),
    ("de", None, "der Steuerberater", []),
    ("de", None, "die Tabellenspitze", []),
    ("de", None, "ein Handelsvertreter", []),
    ("de", None, "das Streikende", []),            # the end of a strike, not strikers
]


# --- several data files per kind ---------------------------------------------------------
def test_data_files_are_the_main_file_then_the_others_by_name() -> None:
    files = data_files(DATA_DIR, "agents")
    assert files[0].name == "agents.yaml"
    assert [f.name for f in files[1:]] == sorted(f.name for f in files[1:])
    assert any(f.name == "agents-groups.yaml" for f in files)


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_an_extra_file_adds_entries(data_copy: Path) -> None:
    (data_copy / "organisations-test.yaml").write_text(
        "organisations:\n  Testbewegung:\n    code: NGO:TESTBEWEGUNG\n    sector: CVL\n"
        "    names: [Testbewegung]\n", encoding="utf-8")
    (data_copy / "leaders-test.yaml").write_text(
        "common_words_en: [Quill]\npersons:\n  Anna Quill:\n    country: NZL\n"
        "    names: [Anna Quill]\n    short: [Quill]\n    roles:\n"
        "      - {code: NZL, sector: GOV, from: 2011-01-01, to: 2013-01-01, title: Foreign Minister}\n",
        encoding="utf-8")
    d = ActorDictionary.load(data_copy)
    assert d.organisations["Testbewegung"].code == "NGO:TESTBEWEGUNG"
    assert d.persons["Anna Quill"].actor_at(dt.date(2012, 1, 1)) == ("NZL", "GOV")
    assert "Quill" in d.common_words["en"] and "Moon" in d.common_words["en"]


@pytest.mark.parametrize(("file", "text", "message"), [
    ("organisations-test.yaml",
     "organisations:\n  Hamas:\n    code: PSE\n    names: [Hamas-Test]\n", "duplicate entry 'Hamas'"),
    ("leaders-test.yaml",
     "persons:\n  Donald Trump:\n    country: USA\n    names: [Donald Trump Test]\n",
     "duplicate entry 'Donald Trump'"),
    ("agents-test.yaml", "sectors:\n  en:\n    MIL: [police]\n", "also listed under COP"),
    ("agents-test.yaml", "sectors:\n  en: [police]\n", "must map sectors to nouns"),
], ids=["org", "person", "agent-sector", "agent-shape"])
def test_an_extra_file_is_checked_against_the_others(data_copy: Path, file: str, text: str,
                                                      message: str) -> None:
    (data_copy / file).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        ActorDictionary.load(data_copy)
    assert message in str(err.value) and file in str(err.value)


# --- office holders of 2010-2020 (leaders-2010s.yaml) ------------------------------------
OFFICE_HOLDERS = [
    ("de", "2012-01-10", "der französische Außenminister Alain Juppé", [("FRA", "GOV")]),
    ("de", "2016-03-01", "Juppé", [("FRA", "ELI")]),
    ("en", "2011-03-01", "Defence Minister Juppe", [("FRA", "GOV")]),
    ("de", "2015-06-01", "Ägyptens Außenminister Sameh Schukri", [("EGY", "GOV")]),
    ("en", "2016-06-01", "Shoukry", [("EGY", "GOV")]),
    ("en", "2011-05-01", "Field Marshal Mohamed Hussein Tantawi", [("EGY", "GOV")]),
    ("de", "2016-04-01", "Präsident Bouteflika", [("DZA", "GOV")]),
    ("en", "2020-01-01", "Bouteflika", [("DZA", "ELI")]),
    ("de", "2011-01-10", "Ben Ali", [("TUN", "GOV")]),
    ("en", "2015-05-01", "President Beji Caid Essebsi", [("TUN", "GOV")]),
    ("de", "2012-05-01", "der pakistanische Präsident Asif Ali Sardari", [("PAK", "GOV")]),
    ("en", "2018-01-01", "army chief Qamar Javed Bajwa", [("PAK", "MIL")]),
    ("en", "2013-03-01", "Ukrainian Foreign Minister Leonid Kozhara", [("UKR", "GOV")]),
    ("de", "2011-05-01", "Verteidigungsminister Jeschel", [("UKR", "GOV")]),
    ("en", "2017-03-01", "Defence Minister Antoni Macierewicz", [("POL", "GOV")]),
    ("de", "2016-01-01", "Komorowski", [("POL", "ELI")]),
    ("en", "2014-05-01", "Carl Bildt", [("SWE", "GOV")]),
    ("de", "2016-05-01", "der griechische Verteidigungsminister Panos Kammenos", [("GRC", "GOV")]),
    ("en", "2018-06-01", "Jordan's Foreign Minister Ayman Safadi", [("JOR", "GOV")]),
    ("de", "2015-01-01", "Außenminister Nasser Judeh", [("JOR", "GOV")]),
    ("en", "2016-09-01", "Armenian Foreign Minister Edward Nalbandyan", [("ARM", "GOV")]),
    ("de", "2017-06-01", "Kasachstans Präsident Nursultan Nasarbajew", [("KAZ", "GOV")]),
    ("en", "2019-06-01", "Tokayev", [("KAZ", "GOV")]),
    ("en", "2013-06-01", "Libyan Prime Minister Ali Zeidan", [("LBY", "GOV")]),
    ("de", "2016-02-01", "der jemenitische Außenminister Abdulmalik al-Mekhlafi", [("YEM", "GOV")]),
    ("en", "2017-02-01", "Iraqi Foreign Minister Ibrahim al-Jaafari", [("IRQ", "GOV")]),
    ("de", "2020-07-01", "Israels Außenminister Gabi Aschkenasi", [("ISR", "GOV")]),
    ("en", "2016-05-01", "Sudanese Foreign Minister Ibrahim Ghandour", [("SDN", "GOV")]),
    ("de", "2017-06-01", "der irakische Verteidigungsminister Arfan al-Hayali", [("IRQ", "GOV")]),
    ("en", "2019-02-01", "Salahuddin Rabbani", [("AFG", "ELI")]),
]


# --- who leads a coalition or force is its actor ---------------------------------------------
LEADING = [
    ("en", None, "the Saudi-led coalition", [("SAU", None)]),
    ("en", None, "U.S.-led forces", [("USA", "MIL")]),
    ("en", None, "NATO-led troops", [("IGO:NATO", "MIL")]),
    ("en", None, "Kenyan-led peacekeepers", [("KEN", "MIL")]),
    ("de", None, "die US-geführte Koalition", [("USA", None)]),
    ("de", None, "der Nato-geführten Truppen", [("IGO:NATO", "MIL")]),
    # backed, supported or armed by a country: not that country's
    ("en", None, "U.S.-backed rebels", [("UNK", "REB")]),
    ("en", None, "Iranian-backed militias", [("UNK", "REB")]),
    ("de", None, "US-gestützte Rebellen", [("UNK", "REB")]),
    ("de", None, "der US-Festlandsockel", []),
]


# --- regions give an agent their country; alone they are places -------------------------------
REGIONS = [
    ("de", None, "die Regierung der Provinz Sindh", [("PAK", "GOV")]),
    ("de", None, "der Landeshauptmann von Kärnten", [("AUT", "GOV")]),
    ("de", None, "die katalanische Regionalregierung", [("ESP", "GOV")]),
    ("de", None, "Milizen in Nord-Kivu", [("COD", "REB")]),
    ("de", None, "die Polizei in Sachsen", [("DEU", "COP")]),
    ("en", None, "the Catalan government", [("ESP", "GOV")]),
    ("en", None, "the government of Balochistan", [("PAK", "GOV")]),
    ("en", None, "militants in North Waziristan", [("PAK", "REB")]),
    ("en", None, "the Scottish parliament", [("GBR", "LEG")]),
    # alone, a region or its adjective is a place or a word, not its state
    ("de", None, "in Idlib", []), ("de", None, "Katalonien", []), ("en", None, "Tibetan", []),
    ("en", None, "in Anbar and Nineveh", []),
    # a region of its own name beside its state: Südtirol is Italy's, Tirol Austria's
    ("de", None, "der Landeshauptmann von Südtirol", [("ITA", "GOV")]),
    ("de", None, "der Landeshauptmann von Tirol", [("AUT", "GOV")]),
    # a capital's adjective names its country's agents, and only agents
    ("de", None, "das Moskauer Außenministerium", [("RUS", "GOV")]),
    ("de", None, "die Pekinger Führung", [("CHN", "GOV")]),
    ("de", None, "die Oppositionsparteien im Wiener Landtag", [("AUT", "OPP")]),
    ("de", None, "das Minsker Abkommen", []),
]


def test_second_of_two_places_is_a_place_too(matcher: ActorMatcher) -> None:
    # "in Mali und Niger": Niger shares the location preposition, so it is no second actor
    assert found(matcher, "Soldaten in Mali und Niger", "de") == [("MLI", "MIL")]
    assert found(matcher, "Russland und China", "de") == [("RUS", None), ("CHN", None)]


def test_regions_file_names_known_countries(data_copy: Path) -> None:
    (data_copy / "countries-test.yaml").write_text(
        "regions:\n  XYZ:\n    Nowhere: {de: {names: [Nirgendwo]}, en: {names: [Nowhere]}}\n",
        encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        ActorDictionary.load(data_copy)
    assert "not a country of countries.yaml" in str(err.value) and "countries-test.yaml" in str(err.value)


# --- parties outside Europe (organisations-parties.yaml) -----------------------------------
PARTIES = [
    ("de", None, "die Kommunistische Partei Chinas", [("CHN", "PTY")]),
    ("en", None, "the CCP", [("CHN", "PTY")]),
    ("de", None, "die Arbeiterpartei Koreas", [("PRK", "PTY")]),
    ("en", None, "the Kuomintang", [("TWN", "PTY")]),
    ("de", None, "die Demokratische Fortschrittspartei", [("TWN", "PTY")]),
    ("en", None, "the LDP", [("JPN", "PTY")]),
    ("de", None, "die japanische Liberaldemokratische Partei", [("JPN", "PTY")]),
    ("en", None, "the Liberal Democratic Party", [("UNK", "PTY")]),   # Japan's, Russia's ...
    ("en", None, "the Congress party", [("IND", "PTY")]),
    ("en", None, "the New Democratic Party", [("CAN", "PTY")]),
    ("en", None, "the Democratic Party", [("USA", "PTY")]),
    ("de", None, "die Awami-Liga", [("BGD", "PTY")]),
    ("de", None, "die salafistische Nour-Partei", [("EGY", "PTY")]),
    ("en", None, "the Freedom and Justice Party", [("EGY", "PTY")]),
    ("en", None, "Nidaa Tounes", [("TUN", "PTY")]),
    ("de", None, "die Regierungspartei ZANU-PF", [("ZWE", "PTY")]),
    ("en", None, "the Sandinistas", [("NIC", "PTY")]),
    ("de", None, "die Peronisten", [("ARG", "PTY")]),
    ("en", None, "the PRI", [("MEX", "PTY")]),
]


# --- state institutions, international organs and courts, heads of state and spokespeople,
# seats of government, demonyms, armed and exile groups, further kinds of actor
# (organisations-state.yaml, organisations-igo.yaml, organisations-groups.yaml,
# leaders-world.yaml, agents-kinds.yaml, countries.yaml)
INSTITUTION_CASES = [
    ("de", "2016-03-01", "Der BND warnte vor Anschlägen", [("DEU", "GOV")]),
    ("de", "2016-03-01", "Abgeordnete der Werchowna Rada", [("UKR", "LEG")]),
    ("en", "2016-03-01", "the Verkhovna Rada voted", [("UKR", "LEG")]),
    ("de", "2016-03-01", "Einheiten der Volksbefreiungsarmee", [("CHN", "MIL")]),
    ("en", "2016-03-01", "the People's Liberation Army", [("CHN", "MIL")]),
    ("de", "2016-03-01", "der Nationale Volkskongress", [("CHN", "LEG")]),
    ("en", "2016-03-01", "MI6 and GCHQ", [("GBR", "GOV")]),
    ("en", "2016-03-01", "officers of Scotland Yard", [("GBR", "COP")]),
    ("de", "2016-03-01", "der israelische Inlandsgeheimdienst Schin Bet", [("ISR", "GOV")]),
    ("de", "2016-03-01", "die Carabinieri", [("ITA", "COP")]),
    ("en", "2016-03-01", "the Sejm", [("POL", "LEG")]),
    ("de", "2016-03-01", "der Wächterrat", [("IRN", "GOV")]),
    ("de", "2016-03-01", "die Basidsch-Miliz", [("IRN", "MIL")]),
    ("de", "2016-03-01", "das Bundesverfassungsgericht", [("DEU", "JUD")]),
    ("en", "2016-03-01", "the Justice Department", [("USA", "JUD")]),
    ("de", "2016-03-01", "der UN-Menschenrechtsrat", [("IGO:UN", None)]),
    ("en", "2016-03-01", "UNIFIL peacekeepers", [("IGO:UN", "MIL")]),
    ("de", "2016-03-01", "der Europäische Rat", [("IGO:EU", "GOV")]),
    ("de", "2016-03-01", "der Europäische Gerichtshof für Menschenrechte", [("IGO:COE", "JUD")]),
    ("en", "2016-03-01", "the European Court of Justice", [("IGO:EU", "JUD")]),
    ("en", "2016-03-01", "the OPCW", [("IGO:OPCW", None)]),
    ("de", "2016-03-01", "die OVKS", [("IGO:CSTO", None)]),
    ("en", "2016-03-01", "KFOR troops", [("IGO:NATO", "MIL")]),
    ("de", "2016-03-01", "Regierungssprecher Steffen Seibert", [("DEU", "GOV")]),
    ("de", "2016-03-01", "Seibert", [("DEU", "GOV")]),
    ("en", "2016-03-01", "Hua Chunying", [("CHN", "GOV")]),
    ("en", "2016-03-01", "Kenyan President Uhuru Kenyatta", [("KEN", "GOV")]),
    ("en", "2016-03-01", "Mnangagwa", [("ZWE", "GOV")]),
    ("de", "2016-03-01", "Castro", [("CUB", "GOV")]),
    ("de", "2005-03-01", "Castro", [("CUB", "GOV")]),
    ("en", "2016-03-01", "Prayuth Chan-ocha", [("THA", "GOV")]),
    ("de", "2015-03-01", "Islam Karimow", [("UZB", "GOV")]),
    ("de", "2019-03-01", "Karimow", [("UZB", "ELI")]),
    ("de", "2016-03-01", "Milo Djukanovic", [("MNE", "GOV")]),
    ("de", "2016-03-01", "russische Söldner", [("RUS", "MIL")]),
    ("en", "2016-03-01", "the occupiers", [("UNK", "MIL")]),
    ("de", "2016-03-01", "Partisanen", [("UNK", "REB")]),
    ("en", "2016-03-01", "strikers", [("UNK", "CVL")]),
    ("de", "2016-03-01", "die Wahlkommission", [("UNK", "GOV")]),
    ("en", "2016-03-01", "the Rwanda tribunal", [("IGO:ICTR", "JUD")]),
    ("de", "2016-03-01", "das Libanon-Tribunal", [("IGO:STL", "JUD")]),
    ("de", "2016-03-01", "Schloss Bellevue teilte mit", [("DEU", "GOV")]),
    ("en", "2016-03-01", "a statement from the Kantei", [("JPN", "GOV")]),
    ("de", "2016-03-01", "bosniakische Politiker", [("BIH", "PTY")]),
    ("de", "2016-03-01", "srilankische Soldaten", [("LKA", "MIL")]),
    ("en", "2016-03-01", "SPLA soldiers", [("SSD", "MIL")]),
    ("en", "2016-03-01", "the ISPR said", [("PAK", "MIL")]),
    ("de", "2016-03-01", "der Oberste Nationale Sicherheitsrat", [("IRN", "GOV")]),
    ("de", "2016-03-01", "die Volksmudschahedin", [("IRN", "OPP")]),
    ("de", "2016-03-01", "Ansar al-Scharia in Libyen", [("LBY", "REB")]),
]



# --- peoples: of a region ("die Katalanen"), and a people living in another state ("bosnische
# Serben", "Kosovo Albanians": the state they live in; "Turkish Cypriots" are Cyprus's)
PEOPLES = [
    ("de", None, "die Katalanen", [("ESP", None)]),
    ("en", None, "Catalans and Basques", [("ESP", None)]),
    ("de", None, "Tausende Tschetschenen", [("RUS", None)]),
    ("en", None, "Chechens", [("RUS", None)]),
    ("de", None, "die Flamen", [("BEL", None)]),
    ("de", None, "tigrayische Rebellen", [("ETH", "REB")]),
    ("de", None, "die bosnischen Serben", [("BIH", None)]),
    ("de", None, "Kosovo-Albaner", [("XKX", None)]),
    ("en", None, "Kosovo Serbs", [("XKX", None)]),
    ("en", None, "Bosnian Serbs", [("BIH", None)]),
    ("en", None, "Turkish Cypriots", [("CYP", None)]),
    ("de", None, "Zyperngriechen", [("CYP", None)]),
    ("de", None, "Russen und Ukrainer", [("RUS", None), ("UKR", None)]),
    ("de", None, "die Uiguren", [("UNK", "CVL")]),
    ("de", None, "die Tiroler und die Kärntner", [("AUT", None)]),
    ("de", None, "Tausende Oberösterreicher", [("AUT", None)]),
]


# (lang, publication date, phrase, the actors it names) per class of actor
CLASSES = {"named-country": NAMED_COUNTRY, "bound-head": BOUND_HEADS,
           "office-holder": OFFICE_HOLDERS, "leading": LEADING, "region": REGIONS,
           "party": PARTIES, "institution": INSTITUTION_CASES, "people": PEOPLES}


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"),
                         [case for cases in CLASSES.values() for case in cases],
                         ids=[f"{kind}-{case[2]}" for kind, cases in CLASSES.items() for case in cases])
def test_actor_classes(matcher: ActorMatcher, lang: str, date: str | None, phrase: str,
                       expected: list[tuple[str, str | None]]) -> None:
    assert found(matcher, phrase, lang, date) == expected
