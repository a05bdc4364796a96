"""Agent nouns (common nouns naming a kind of actor) in German and English: each sector group
named alone, in a phrase, and bound to a country; and compounds and words that must not
become actors. The phrases are written here, not taken from the gold files."""
from __future__ import annotations

import re

import pytest

from chronist.actors.matcher import ActorMatcher
from chronist.model import Token

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)*|\w+(?:[-'’]\w+)*-?|'s|’s|[^\w\s]")


def toks(text: str) -> list[Token]:
    """Whitespace/punctuation splitter; lemma = text (no front-end needed)."""
    return [Token(m.group(), m.group(), "", m.start(), m.end()) for m in _TOKEN.finditer(text)]


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def actors(matcher: ActorMatcher, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(a.code, a.sector) for a in matcher.match(toks(text), lang=lang, date=None)]


# (lang, phrase, sector): one agent of unknown nationality
AGENTS = [
    # civilians and victims
    ("de", "mehrere Kinder", "CVL"), ("de", "die Gläubigen", "CVL"), ("de", "zwei Patienten", "CVL"),
    ("de", "die Opfer des Anschlags", "CVL"), ("de", "Angehörige der Toten", "CVL"),
    ("de", "Anwohner", "CVL"), ("de", "Familien", "CVL"), ("de", "die Wähler", "CVL"),
    ("de", "zehn Männer", "CVL"), ("de", "die Schulkinder", "CVL"),
    ("en", "children", "CVL"), ("en", "a child", "CVL"), ("en", "worshippers", "CVL"),
    ("en", "the patients", "CVL"), ("en", "families", "CVL"), ("en", "passers-by", "CVL"),
    ("en", "voters", "CVL"), ("en", "rioters", "CVL"),
    # peoples and faiths without a state: their country is where they act (the coder localises)
    ("de", "die Tamilen", "CVL"), ("de", "tausende Uiguren", "CVL"), ("de", "die Jesiden", "CVL"),
    ("en", "the Tamils", "CVL"), ("en", "Uyghurs", "CVL"), ("en", "the Druze", "CVL"),
    # protesters
    ("de", "Hunderte Demonstranten", "CVL"), ("de", "Protestierende", "CVL"),
    ("en", "thousands of protesters", "CVL"), ("en", "the demonstrators", "CVL"),
    # health
    ("de", "zwei Krankenhäuser", "HLH"), ("de", "das Spital", "HLH"), ("de", "ein Kinderkrankenhaus", "HLH"),
    ("de", "medizinische Einrichtungen", "HLH"), ("de", "Notärzte", "HLH"), ("de", "Pflegekräfte", "HLH"),
    ("de", "Gesundheitszentren", "HLH"),
    ("en", "the hospital", "HLH"), ("en", "physicians", "HLH"), ("en", "a medical facility", "HLH"),
    ("en", "health centres", "HLH"), ("en", "surgeons", "HLH"),
    # education
    ("de", "zwei Schulen", "EDU"), ("de", "eine Koranschule", "EDU"), ("de", "Studierende", "EDU"),
    ("de", "Lehrkräfte", "EDU"), ("de", "Historiker", "EDU"),
    ("en", "schools", "EDU"), ("en", "pupils", "EDU"), ("en", "researchers", "EDU"), ("en", "the college", "EDU"),
    # media
    ("de", "das Staatsfernsehen", "MED"), ("de", "Fotografen", "MED"), ("de", "ein Radiosender", "MED"),
    ("de", "Kolumnisten", "MED"),
    ("en", "state TV", "MED"), ("en", "photographers", "MED"), ("en", "the radio station", "MED"),
    ("en", "media outlets", "MED"),
    # judiciary
    ("de", "Staatsanwälte", "JUD"), ("de", "die Bundesanwaltschaft", "JUD"), ("de", "Sonderermittler", "JUD"),
    ("de", "die Justizbehörden", "JUD"), ("de", "der Chefankläger", "JUD"),
    ("en", "lawyers", "JUD"), ("en", "the prosecution", "JUD"), ("en", "a magistrate", "JUD"),
    # police
    ("de", "Polizeikräfte", "COP"), ("de", "Grenzschützer", "COP"), ("de", "Polizeihauptquartier", "COP"),
    ("de", "die Grenzbeamten", "COP"),
    ("en", "the border patrol", "COP"), ("en", "law enforcement", "COP"), ("en", "prison guards", "COP"),
    # military
    ("de", "Tarnkappenjets", "MIL"), ("de", "ein Armeelager", "MIL"), ("de", "Armeeangehörige", "MIL"),
    ("de", "die Militärbasis", "MIL"), ("de", "ein Luftwaffenstützpunkt", "MIL"), ("de", "Spezialkräfte", "MIL"),
    ("de", "die Generäle", "MIL"), ("de", "Kampfbomber", "MIL"),
    ("en", "servicemen", "MIL"), ("en", "an army base", "MIL"), ("en", "special forces", "MIL"),
    ("en", "the barracks", "MIL"), ("en", "military jets", "MIL"),
    # rebels, insurgents, militants
    ("de", "zwei Rebellenbündnisse", "REB"), ("de", "bewaffnete Männer", "REB"), ("de", "Selbstmordbomber", "REB"),
    ("de", "eine Islamistengruppe", "REB"), ("de", "das Terrornetzwerk", "REB"),
    ("en", "armed men", "REB"), ("en", "terror groups", "REB"), ("en", "Islamists", "REB"),
    ("en", "an armed group", "REB"), ("en", "warlords", "REB"),
    ("de", "rechtsgerichtete Paramilitärs", "REB"), ("de", "militante Salafisten", "REB"),
    ("de", "die Kombattanten", "REB"), ("de", "Neonazis", "REB"), ("de", "die Rebellenkräfte", "REB"),
    ("en", "right-wing paramilitaries", "REB"), ("en", "the Salafists", "REB"),
    ("en", "combatants", "REB"), ("en", "neo-Nazis", "REB"), ("en", "rebel forces", "REB"),
    ("de", "die Regierungskräfte", "MIL"), ("de", "Regimekräfte", "MIL"),
    # peoples living mostly in one state (or a few) without a state of their own
    ("de", "die Yoruba", "CVL"), ("de", "Hunderte Kopten", "CVL"), ("de", "Beduinen", "CVL"),
    ("en", "the Igbo", "CVL"), ("en", "Copts", "CVL"), ("en", "Bedouins", "CVL"),
    # refugees
    ("de", "Asylwerber", "REF"), ("de", "Zuwanderer", "REF"),
    # shelters, as camps: "Brandanschläge auf Asylunterkünfte", "Protest gegen ein Flüchtlingsheim"
    ("de", "Asylunterkünfte", "REF"), ("de", "Flüchtlingsheim", "REF"), ("de", "Asylquartier", "REF"),
    ("en", "displaced people", "REF"), ("en", "IDPs", "REF"), ("en", "returnees", "REF"),
    # legislature
    ("de", "der Nationalrat", "LEG"), ("de", "im Landtag", "LEG"), ("de", "Volksvertreter", "LEG"),
    ("en", "the lower house", "LEG"), ("en", "assemblymen", "LEG"),
    # opposition, parties
    ("de", "Regimegegner", "OPP"), ("de", "Oppositionspolitiker", "OPP"),
    ("en", "opposition activists", "OPP"), ("en", "government critics", "OPP"),
    ("de", "die Koalitionspartner", "PTY"), ("de", "die Fraktion", "PTY"), ("de", "ein Parteienbündnis", "PTY"),
    ("en", "coalition partners", "PTY"), ("en", "the ruling coalition", "PTY"),
    ("de", "die Kommunisten", "PTY"), ("de", "Rechtspopulisten", "PTY"),
    ("en", "the nationalists", "PTY"), ("en", "communists", "PTY"),
    # chambers, associations, audit and ombudsman offices
    ("de", "der Rechnungshof", "GOV"), ("de", "die Wirtschaftskammer", "BUS"), ("de", "die Ärztekammer", "HLH"),
    ("de", "die Arbeiterkammer", "CVL"),
    ("en", "the ombudsman", "GOV"), ("en", "the chamber of commerce", "BUS"),
    ("de", "der Polizeipräsident", "COP"), ("de", "die Gerichtspräsidentin", "JUD"), ("de", "der Präsident", "GOV"),
    ("en", "the president", "GOV"),
    # government
    ("de", "die Ministerien", "GOV"), ("de", "der Vizepremier", "GOV"), ("de", "das Generalkonsulat", "GOV"),
    ("de", "Amtsträger", "GOV"),
    ("en", "the embassy", "GOV"), ("en", "civil servants", "GOV"), ("en", "policymakers", "GOV"),
    # business
    ("de", "Firmen", "BUS"), ("de", "Autohersteller", "BUS"), ("de", "die Fluggesellschaft", "BUS"),
    ("de", "Waffenhändler", "BUS"),
    ("en", "carmakers", "BUS"), ("en", "the CEO", "BUS"), ("en", "shareholders", "BUS"),
    # elites
    ("de", "der Mufti", "ELI"), ("de", "die Dorfältesten", "ELI"), ("de", "Oligarchen", "ELI"),
    ("de", "die Königsfamilie", "ELI"),
    ("en", "village elders", "ELI"), ("en", "oligarchs", "ELI"), ("en", "dignitaries", "ELI"),
]


@pytest.mark.parametrize(("lang", "text", "sector"), AGENTS, ids=[f"{l}-{t}" for l, t, _ in AGENTS])
def test_agent_alone(matcher: ActorMatcher, lang: str, text: str, sector: str) -> None:
    assert actors(matcher, text, lang) == [("UNK", sector)]


# (lang, phrase, code, sector): an agent bound to the country named with it
BOUND = [
    ("de", "syrische Zivilisten", "SYR", "CVL"),
    ("de", "afghanische Schulen", "AFG", "EDU"),
    ("de", "ein syrisches Krankenhaus", "SYR", "HLH"),
    ("de", "US-Generäle", "USA", "MIL"),
    ("de", "israelische Kampfjets", "ISR", "MIL"),
    ("de", "irakische Asylwerber", "IRQ", "REF"),
    ("de", "die türkische Staatsanwaltschaft", "TUR", "JUD"),
    ("de", "russische Oligarchen", "RUS", "ELI"),
    ("de", "französische Journalisten", "FRA", "MED"),
    ("de", "die kolumbianische Polizei", "COL", "COP"),
    ("en", "Syrian civilians", "SYR", "CVL"),
    ("en", "Afghan schools", "AFG", "EDU"),
    ("en", "a Syrian hospital", "SYR", "HLH"),
    ("en", "Israeli warplanes", "ISR", "MIL"),
    ("en", "Iraqi asylum seekers", "IRQ", "REF"),
    ("en", "Turkish prosecutors", "TUR", "JUD"),
    ("en", "Russian oligarchs", "RUS", "ELI"),
    ("en", "French journalists", "FRA", "MED"),
    ("en", "Colombian police", "COL", "COP"),
    ("en", "Yemeni lawmakers", "YEM", "LEG"),
]


@pytest.mark.parametrize(("lang", "text", "code", "sector"), BOUND, ids=[f"{l}-{t}" for l, t, _, _ in BOUND])
def test_agent_with_country(matcher: ActorMatcher, lang: str, text: str, code: str, sector: str) -> None:
    assert actors(matcher, text, lang) == [(code, sector)]


# words and compounds that must not become actors (or not the agent they end in)
NEGATIVES = [
    ("de", "die Weltpremiere"),          # not "Premier"
    ("de", "eine Filmpremiere"),
    ("de", "der Generaldirektor"),       # no agent ends it
    ("de", "das Trainingslager"),        # "Lager" is an actor only after an agent
    ("de", "eine Menschenrechtsgruppe"),  # "Gruppe" likewise
    ("de", "die Datenbasis"),
    ("de", "das Hauptquartier"),
    ("de", "eine Seite"),
    ("de", "das Land"),
    ("de", "eine klare Botschaft"),
    ("de", "die Koalition"),             # governing or military: left to context
    ("de", "die Pressekonferenz"),
    ("en", "think tank"),
    ("en", "the coalition"),
    ("en", "a clear message"),
    ("en", "the women"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES, ids=[f"{l}-{t}" for l, t in NEGATIVES])
def test_no_agent(matcher: ActorMatcher, lang: str, text: str) -> None:
    assert actors(matcher, text, lang) == []


# compounds whose head would be taken for the wrong sector without an entry of their own
SECTOR_OF_COMPOUND = [
    ("de", "Pressesprecher", "GOV"),      # not MED
    ("de", "Selbstmordbomber", "REB"),    # not MIL "Bomber"
    ("de", "Staatsanwälte", "JUD"),       # umlaut plural, not GOV "Staat"
    ("de", "Rebellenkommandant", "REB"),  # generic head takes the sector of its first part
    ("de", "Armeekommandant", "MIL"),
    ("de", "Parteimitglieder", "PTY"),
    ("en", "suicide bombers", "REB"),
    ("en", "rebel forces", "REB"),
]


@pytest.mark.parametrize(("lang", "text", "sector"), SECTOR_OF_COMPOUND,
                         ids=[f"{l}-{t}" for l, t, _ in SECTOR_OF_COMPOUND])
def test_compound_sector(matcher: ActorMatcher, lang: str, text: str, sector: str) -> None:
    assert actors(matcher, text, lang) == [("UNK", sector)]


# coordinated agents stay apart, each with its own sector
COORDINATED = [
    ("de", "bewaffnete Männer und Polizisten", {("UNK", "REB"), ("UNK", "COP")}),
    ("de", "ein Krankenhaus und zwei Schulen", {("UNK", "HLH"), ("UNK", "EDU")}),
    ("de", "Staatsanwälte, Richter und Anwohner", {("UNK", "JUD"), ("UNK", "CVL")}),
    ("en", "a hospital and two schools", {("UNK", "HLH"), ("UNK", "EDU")}),
    ("en", "lawyers and families", {("UNK", "JUD"), ("UNK", "CVL")}),
    ("en", "armed men and police", {("UNK", "REB"), ("UNK", "COP")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COORDINATED, ids=[f"{l}-{t}" for l, t, _ in COORDINATED])
def test_coordinated_agents(matcher: ActorMatcher, lang: str, text: str,
                            expected: set[tuple[str, str]]) -> None:
    assert set(actors(matcher, text, lang)) == expected
