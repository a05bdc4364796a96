"""Known open grammar items of earlier sessions, in both languages (sentences written for these
tests, branch art35d).

- Asylum told from the side of the one who gets it: "X received (obtained, got, found) asylum in
  Y", "X erhielt (bekam) Asyl in Y", "fand Zuflucht in Y" are Y's grant of asylum to X (075), as
  "Y granted asylum to X" was; so is the passive with no agent, "X was granted asylum in Y" (the
  state in the place phrase), which coded nothing.
- Warplanes or warships that cross the median line of a strait show force (150) against the
  state on the other side when the clause names it ("into Taiwan's side", "in Richtung Taiwan");
  with no state named, the show of force stands alone. So do drones, planes or ships that stray,
  fly or sail into a state's airspace or waters ("strayed into Romanian airspace", "flog in den
  rumänischen Luftraum ein", "fuhren in japanische Hoheitsgewässer ein"), as those that enter it did.
  Unnamed forces that show force at a state named are not that state's own: "Two fighter jets
  entered Lithuanian airspace" was LTU 150 LTU, now UNK 150 LTU.
- A reaction in a relative clause whose pronoun stands for a thing the clause before did (its
  object) is aimed at the doer of that clause: "Hungary vetoed the sanctions package, which the EU
  criticised sharply" coded nothing, "Ungarn blockierte das Hilfspaket, das Kiew verurteilte"
  nothing; a German "die" or "das" that the parse read as the subject of the reaction (no case of its
  own, words.yaml open_relatives) leaves the actor read as object the one who reacts ("verhängte
  Sanktionen gegen Litauen, eine Entscheidung, die Brüssel kritisierte" coded no criticism); "der"
  and English "which" as subject keep the thing the critic ("a report, which criticised Israel").
- English parser repair: a sentence the parser read as one noun phrase, with a past form right
  after a name as a modifier of the root noun ("The EU froze accession talks with Georgia": "froze"
  an adjective, coded as talks held, 040; "The EU suspended accession talks with Georgia" nothing),
  has that past form for its verb, the name for its subject and the noun for its object (irregular
  forms the tagger misreads: lexicon.yaml past_forms).
- German chunker: a participle attribute with a phrase of its own inside a genitive attribute
  ("die Kritik des [von Russland] unterstützten Präsidenten Assad an der Türkei") is the genitive
  attribute of the noun before it, as "die Kritik des Präsidenten" is; the attribute's own phrase
  is no phrase of the clause (no agent of a passive). These coded nothing ("Der Besuch des von
  Frankreich unterstützten Präsidenten ... wurde abgesagt" would have made France the canceller).
- A government no country names ("die Regierung", UNK) that a state's opposition or parties
  address as object is their own, not a state named after it: "Israel bombardierte Ziele im
  Libanon. Die deutsche Opposition forderte die Regierung auf, Waffenlieferungen an Israel zu
  stoppen" was DEU/OPP 10 ISR (the complement's Israel), now DEU 10 DEU. (English "the government"
  is resolved to a state by the description resolver before; "In Britain, opposition lawmakers
  urged the government to halt arms exports to Israel" still gives ISR: an open item.)
- Protests that bring down a government (German "stürzen", words.yaml toppling_verbs) are the
  people's of the state whose government is the verb's object, against it: "Studentenproteste
  stürzten die Regierung in Bangladesch" coded nothing, now BGD/CVL 14 BGD/GOV (English "Student
  protests toppled the government of Bangladesh" was coded already).
- "The West", "der Westen", "Europe" as actors: the dictionaries hold no collective actor for them
  (CAMEO's regional codes are not among the project's codes), so they stay uncoded, as an annotator
  with this dictionary codes them; a state named with them keeps its event.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2025, 3, 10)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bashar al-Assad was granted asylum in Russia.", "en", [("RUS", "075", "SYR")]),
    ("Two Russian soldiers were granted asylum in Norway.", "en", [("NOR", "075", "RUS")]),
    ("Former Afghan president Ashraf Ghani received asylum in the United Arab Emirates.", "en",
     [("ARE", "075", "AFG")]),
    ("Hamas leaders found refuge in Qatar.", "en", [("QAT", "075", "PSE")]),
    ("Der frühere syrische Präsident Baschar al-Assad erhielt Asyl in Russland.", "de", [("RUS", "075", "SYR")]),
    ("Die belarussische Oppositionsführerin bekam in Litauen Asyl.", "de", [("LTU", "075", "BLR")]),
    # the active keeps its subject as the one who grants
    ("Russia granted asylum to Bashar al-Assad in Moscow.", "en", [("RUS", "075", "SYR")]),
    # shelter found is no asylum given by anyone named
    ("The refugees found shelter in a school.", "en", []),
], ids=["granted-passive", "soldiers-passive", "received", "found-refuge", "erhielt-asyl", "bekam-asyl",
        "granted-active", "shelter"])
def test_asylum_from_the_receivers_side(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Chinese warships crossed the median line into Taiwan's side of the strait.", "en", [("CHN", "150", "TWN")]),
    ("Twenty Chinese fighter jets crossed the median line of the Taiwan Strait on Monday.", "en", [("CHN", "150", "")]),
    ("Zwanzig chinesische Kampfjets überquerten die Mittellinie der Taiwanstraße.", "de", [("CHN", "150", "")]),
    ("Chinesische Kriegsschiffe überschritten die Mittellinie in Richtung Taiwan.", "de", [("CHN", "150", "TWN")]),
    ("A Russian drone strayed into Romanian airspace.", "en", [("RUS", "150", "ROU")]),
    ("Eine russische Drohne flog in den rumänischen Luftraum ein.", "de", [("RUS", "150", "ROU")]),
    ("Chinesische Schiffe fuhren in japanische Hoheitsgewässer ein.", "de", [("CHN", "150", "JPN")]),
    ("Two fighter jets entered Lithuanian airspace.", "en", [("UNK", "150", "LTU")]),
    ("Zwei Kampfjets drangen in den Luftraum Litauens ein.", "de", [("UNK", "150", "LTU")]),
    ("Russian jets entered Lithuanian airspace.", "en", [("RUS", "150", "LTU")]),
    # a port entered is no incursion
    ("Das Schiff fuhr in den Hafen von Odessa ein.", "de", []),
], ids=["warships-into", "jets-strait", "kampfjets", "kriegsschiffe-richtung", "drone-strayed", "drohne-eingeflogen",
        "schiffe-eingefahren", "unnamed-jets", "unbenannte-kampfjets", "russian-jets", "hafen"])
def test_median_line_crossed(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Hungary vetoed the sanctions package, which the EU criticised sharply.", "en", [("IGO:EU", "111", "HUN")]),
    ("Peking verhängte Sanktionen gegen Litauen, eine Entscheidung, die Brüssel scharf kritisierte.", "de",
     [("CHN", "163", "LTU"), ("IGO:EU", "111", "CHN")]),
    ("Die Türkei öffnete die Grenze zu Armenien, ein Schritt, den Moskau begrüßte.", "de",
     [("TUR", "081", "ARM"), ("RUS", "051", "TUR")]),
    # (the package blocked for Kyiv is refused to it: art49c)
    ("Ungarn blockierte das Hilfspaket für die Ukraine, das Kiew scharf verurteilte.", "de",
     [("HUN", "12", "UKR"), ("UKR", "111", "HUN")]),
    ("Die Regierung in Warschau verabschiedete ein Gesetz, das die EU-Kommission scharf kritisierte.", "de",
     [("IGO:EU", "111", "POL")]),
    # the pronoun's form or the English parse makes the thing the critic
    ("The UN published a report, which criticised Israel.", "en", [("IGO:UN", "111", "ISR")]),
    ("Die UN veröffentlichten einen Bericht, der Israel kritisierte.", "de", [("IGO:UN", "111", "ISR")]),
], ids=["vetoed-package", "sanktionen-bruessel", "grenze-moskau", "hilfspaket-kiew", "gesetz-kommission",
        "report-which", "bericht-der"])
def test_reaction_in_relative_clause(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU froze accession talks with Georgia.", [("IGO:EU", "164", "GEO")]),
    ("The EU suspended accession talks with Georgia.", [("IGO:EU", "164", "GEO")]),
    ("Brussels froze accession talks with Ankara.", [("IGO:EU", "164", "TUR")]),
    # a sentence with a verb of its own is left as parsed
    ("The EU froze membership talks with Turkey.", [("IGO:EU", "164", "TUR")]),
], ids=["froze-accession", "suspended-accession", "brussels-ankara", "membership"])
def test_verb_read_as_modifier(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Kritik des von Russland unterstützten syrischen Präsidenten Assad an der Türkei wurde lauter.",
     [("SYR", "111", "TUR")]),
    ("Die Forderung der von Iran unterstützten Huthi-Rebellen an Saudi-Arabien stieß auf Ablehnung.",
     [("YEM", "10", "SAU")]),
    ("Der Besuch des von Frankreich unterstützten Präsidenten Tshisekedi in Ruanda wurde abgesagt.",
     [("COD", "042", "RWA")]),
    ("Die Angriffe der von Iran unterstützten Huthi-Rebellen auf Schiffe der US-Marine gingen weiter.",
     [("YEM", "190", "USA")]),
    # the attribute in the Vorfeld, as before
    ("Der von Russland unterstützte syrische Präsident Assad kritisierte die Türkei.", [("SYR", "111", "TUR")]),
], ids=["kritik-assad", "forderung-huthi", "besuch-abgesagt", "angriffe-huthi", "vorfeld"])
def test_participle_attribute_in_genitive(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The West imposed new sanctions on Russia.", "en", []),
    ("Der Westen verhängte neue Sanktionen gegen Russland.", "de", []),
    ("The United States and the West imposed new sanctions on Russia.", "en", [("USA", "163", "RUS")]),
], ids=["west", "westen", "us-and-west"])
def test_the_west_has_no_code(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Israel bombardierte am Montag Ziele im Libanon. Die deutsche Opposition forderte die Regierung auf, "
     "Waffenlieferungen an Israel zu stoppen.", [("ISR", "195", "LBN"), ("DEU", "10", "DEU")]),
    ("Die ungarische Opposition forderte die Regierung auf, die Blockade der Ukraine-Hilfe aufzuheben.",
     [("HUN", "10", "HUN")]),
    ("Die spanischen Sozialisten warfen der Regierung vor, Marokko nachzugeben.", [("ESP", "112", "ESP")]),
    # a government its country names stays that country's
    ("Die Opposition in Berlin kritisierte die Regierung in Warschau.", [("DEU", "111", "POL")]),
], ids=["opposition-israel", "opposition-ungarn", "sozialisten-marokko", "regierung-warschau"])
def test_domestic_actor_addresses_own_government(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Studentenproteste stürzten die Regierung in Bangladesch.", [("BGD", "14", "BGD")]),
    ("Massenproteste stürzten im August die Regierung von Bangladesch.", [("BGD", "14", "BGD")]),
    ("Proteste stürzten die serbische Regierung.", [("SRB", "14", "SRB")]),
    # no protest: a vote or a scandal topples no one here
    ("Ein Misstrauensvotum stürzte die Regierung in Paris.", []),
    ("Der Skandal stürzte die Regierung in Wien.", []),
], ids=["studentenproteste", "massenproteste", "serbien", "misstrauensvotum", "skandal"])
def test_protests_topple_government(text, expected):
    assert _triples(text, "de") == expected
