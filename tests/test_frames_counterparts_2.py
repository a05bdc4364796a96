"""The frames of chronist/lang/de/frames-counterparts-2.yaml beyond their one sentence each
(tests/frame_sentences/de-counterparts-2.txt): the ordinary uses of their verbs and nouns, with no
political act between actors, must code nothing; the past tense that HanTa reads as an
adjective ("verstärkte", "verkauften") is the finite verb after a subject; and "den" before an
inflected feminine noun is a dative plural ("kam den Forderungen der EU nach")."""
from __future__ import annotations

from functools import cache

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

ORDINARY = [
    "Die Regierung Polens überprüfte die Zahlen des Haushalts.",
    "Die Polizei überprüfte die Angaben des Fahrers.",
    "Die Feuerwehr sammelte Spenden für die Opfer des Hochwassers.",
    "Die Fans stritten über das Ergebnis des Spiels.",
    "Der Minister Frankreichs bedauerte den Tod des Schauspielers.",
    "Der Trainer bedauerte die Niederlage seiner Mannschaft.",
    "Die Flugzeuge der Lufthansa flogen Touristen nach Mallorca.",
    "Deutschland importierte im vergangenen Jahr mehr Autos aus Japan.",
    "Die Bauern Spaniens verkaufen ihr Obst an Händler in Frankreich.",
    "Die Arbeiter errichteten ein neues Lager für Ersatzteile in Bremen.",
    "Die Schüler bildeten einen Kreis um den Lehrer.",
    "Der Verein hielt sich an die Regeln des Verbandes.",
    "Die Stadt Köln entfernte die alten Bänke im Park.",
    "Die Polizei entfernte die Straßensperre nach dem Unfall.",
    "Der Stadtrat stimmte gegen den Bau der Brücke.",
    "Der Pilot warf den Treibstoff über dem Meer ab.",
    "Die Bank gab die Gelder für das Bauprojekt frei.",
    "Der Koch nahm das Rezept unter die Lupe.",
    "Der Fußballverein fusionierte mit einem Nachbarverein.",
    "Der Sänger sagte sein Konzert in Berlin ab.",
    "Die Feuerwehr pumpte Wasser in den Keller.",
    "Die Spedition transportierte Möbel nach Polen.",
    "Der Druck auf die Mieter in München wächst.",
    "Die Kinder spotteten über den neuen Mitschüler.",
    "Der Richter entschied gegen den Vermieter.",
    "Der Verlag brachte das Buch mit dem Autor in Verbindung.",
    "Die Studenten durchleuchteten die Geschichte ihrer Universität.",
    "Die Forscher deckten ein Netzwerk von Pilzen im Wald auf.",
    "Die Feuerwehr stellte Zelte für die Helfer auf.",
    "Der Kapitän verschiffte Bananen nach Hamburg.",
    "Der Fahrer beugte sich über den Motor.",
    "Die Firma will eine Entschädigung von der Versicherung.",
    "Der Verlag gab dem Buch eine CD bei.",
    "Die Firma erwarb ein Grundstück aus dem Besitz der Stadt.",
    "Der Regen verhinderte die Aufnahme der Bauarbeiten.",
    "Die Bank fror das Konto des Kunden ein.",
    "Demonstranten stellten in Hongkong Zelte auf.",
    "Die Demonstranten errichteten in Kiew eine Zeltstadt.",
    "Die Fluggesellschaft hielt die Auflagen der Behörden ein.",
    "Die Studenten gründeten eine Partnerschaft mit einer Schule in Polen.",
    "Die Familie schickte Lebensmittel in die Heimat.",
]


# past tenses that are the participle plus an ending: HanTa reads them as adjectives
PAST_TENSE = [
    ("Großbritannien verstärkte den Druck auf Russland.", ("GBR", "REQUEST", "RUS")),
    ("Brasilien verstärkte seine Zusammenarbeit mit China.", ("BRA", "COOPERATE", "CHN")),
    ("Die Vereinigten Staaten verkauften Kampfjets an Polen.", ("USA", "COOPERATE", "POL")),
    ("Der Sudan akzeptierte Friedenstruppen der Vereinten Nationen.", ("SDN", "RETREAT", "IGO:UN")),
]
# "den" + an inflected feminine noun: a dative plural, not an accusative
DATIVE_PLURAL = [
    ("Serbien kam den Forderungen der EU nach.", ("SRB", "CONCEDE", "IGO:EU")),
    ("Ungarn widersetzte sich den Forderungen der EU-Kommission.", ("HUN", "REJECT", "IGO:EU")),
]
# a participle closing an attribute of its own stays an adjective
ATTRIBUTES = [
    "In dem Votum sollen die Griechen entscheiden, ob sie die von den Gläubigern im Gegenzug für neue Hilfen "
    "geforderten Sparmaßnahmen akzeptieren oder nicht.",
    "Laut Polizei verletzte Personen wurden ins Krankenhaus gebracht.",
]


@cache
def _events(texts: tuple[str, ...]) -> dict[str, list[tuple[str, str, str]]]:
    docs = Pipeline.default().process_many(
        [Article(text=t, id=f"counterparts-2-{i}") for i, t in enumerate(texts)], lang="de")
    return {t: [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
                for e in doc.events] for t, doc in zip(texts, docs)}


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_use_codes_nothing(text):
    assert _events(tuple(ORDINARY))[text] == []


@pytest.mark.parametrize("text, expected", PAST_TENSE)
def test_a_past_tense_read_as_an_adjective_is_the_verb(text, expected):
    assert expected in _events(tuple(t for t, _ in PAST_TENSE))[text]


@pytest.mark.parametrize("text", ATTRIBUTES)
def test_a_participle_attribute_codes_nothing(text):
    assert _events(tuple(ATTRIBUTES))[text] == []


@pytest.mark.parametrize("text, expected", DATIVE_PLURAL)
def test_den_before_an_inflected_feminine_noun_is_a_dative(text, expected):
    assert expected in _events(tuple(t for t, _ in DATIVE_PLURAL))[text]
