"""The frames of chronist/lang/de/frames-counterparts-1.yaml beyond their one sentence each
(tests/frame_sentences/de-counterparts-1.txt): the same verbs in their ordinary, non-political uses,
which must code nothing (a guess, a budget laid before parliament, a garden tended, markets
calmed, a motorway closed, a station opened, a ball that hits the goal)."""
from __future__ import annotations

from functools import cache

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

ORDINARY = [
    "Die Regierung Polens empfahl Reisenden, warme Kleidung mitzunehmen.",
    "Die Zuschauer rieten die Antwort auf die Quizfrage.",
    "Die Kanzlerin suchte ihre Brille im Kanzleramt.",
    "Die Regierung Italiens legte den Haushalt für das kommende Jahr vor.",
    "Der Präsident Frankreichs unterhielt die Gäste mit Anekdoten.",
    "Die Regierung Japans hielt zu Beginn der Sitzung eine Schweigeminute ab.",
    "Die Bahn stand am Montag still.",
    "Der Präsident Brasiliens blieb am Wochenende in Brasília.",
    "Die Regierung Kanadas pflegte den Garten der Residenz.",
    "Die Regierung Spaniens förderte den Ausbau der Windkraft.",
    "Die Bauern Frankreichs sammelten Spenden für die Opfer der Flut.",
    "Die Regierung Norwegens beruhigte die Märkte.",
    "Die Polizei sperrte die Autobahn zwischen Köln und Bonn ab.",
    "Die Kanzlerin weihte in Berlin einen neuen Bahnhof ein.",
    "Die Regierung Österreichs beendete die Debatte über den Haushalt.",
    "Die Armee Indiens holte die Bergsteiger mit Hubschraubern vom Gipfel.",
    "Die Regierung Chiles stimmte für den Haushalt.",
    "Der Bundestag stimmte für den Einsatz der Bundeswehr in Mali.",
    "Der Präsident der USA traf mit dem Ball das Tor.",
    "Die Feuerwehr Frankreichs legte eine Pause ein.",
    "Die Kanzlerin stieg in Warschau aus dem Flugzeug aus.",
    "Die Bürger Schwedens verbrannten im Garten alte Zeitungen.",
    "Die Regierung Italiens erhöhte die Steuern auf Tabak.",
    "Der Präsident Russlands verstärkte sein Team im Kreml.",
    "Das Militär Perus befestigte die Brücke über den Fluss.",
    "Die Regierung Irlands ernannte einen neuen Leiter der Statistikbehörde.",
    "Die Regierung Polens schickte die Akten ins Archiv.",
    "Der Präsident Kenias zog in den Palast ein.",
    "Die Regierung Ungarns legte Wert auf eine rasche Einigung.",
    "Die Regierung Portugals belebte die Wirtschaft mit Investitionen.",
    "Der Präsident Finnlands bestimmte den Termin der Wahl.",
    "Die Regierung Dänemarks nahm den Bericht mit Sorge zur Kenntnis.",
    "Die Kanzlerin zeigte sich offen für Kritik an ihrer Rede.",
    "Die Fischer Norwegens knüpften neue Netze.",
    "Die Polizei Spaniens verbannte Feuerwerk aus der Innenstadt.",
    "Die Kinder bewarfen sich im Park mit Schneebällen.",
    "Der Minister Lettlands trat im Mai in den Ruhestand.",
    "Die Regierung Italiens hat die Zölle auf Stahl erhöht.",
    "Der Präsident Chiles hielt eine Rede im Parlament.",
]


@cache
def _events() -> dict[str, list[tuple[str, str, str]]]:
    docs = Pipeline.default().process_many(
        [Article(text=t, id=f"counterparts-1-{i}", lang="de") for i, t in enumerate(ORDINARY)], lang="de")
    return {t: [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
                for e in doc.events] for t, doc in zip(ORDINARY, docs)}


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_use_codes_nothing(text):
    assert _events()[text] == []
