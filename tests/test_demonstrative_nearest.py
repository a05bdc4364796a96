"""German "dieser" means the actor named last before it, by position, and not a place (sentences
written for these tests; ``Mentions.resolve`` in chronist/actors/coref.py).

"Merkel forderte Erdogan auf, die Offensive zu stoppen, doch dieser lehnte ab" lost the refusal:
"dieser" took Merkel, the infinitive's subject the parse adds after Erdogan. "Putin empfing Erdogan
in Moskau. Dieser ..." took Moscow, a place, and coded nothing.

"Die Koalition" and "die Allianz" mean the coalition named before by a longer phrase, as English
"the coalition" does (pack coalition_nouns): "Die Koalition warf den Huthi-Rebellen vor ..." after
"die von Saudi-Arabien angeführte Koalition" coded nothing.
"""

from __future__ import annotations

from tests.coded_events import coded


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, "de")]


def test_dieser_after_an_infinitive_clause():
    assert _events("Merkel forderte Erdogan auf, die Offensive zu stoppen, doch dieser lehnte ab.") == [
        ("DEU", "10", "TUR"), ("TUR", "12", "DEU")]


def test_dieser_is_no_place():
    assert ("TUR", "112", "USA") in _events("Putin empfing Erdogan in Moskau. Dieser warf den USA Heuchelei vor.")


def test_dieser_of_the_next_sentence():
    assert ("USA", "033", "FRA") in _events("Macron telefonierte mit Trump. Dieser sagte Frankreich Unterstützung zu.")


def test_die_koalition_is_the_coalition_named_before():
    # "die Koalition" after "die von Saudi-Arabien angeführte Koalition", as English "the coalition"
    assert ("SAU", "112", "YEM") in _events(
        "Die von Saudi-Arabien angeführte Koalition flog Luftangriffe auf Sanaa. "
        "Die Koalition warf den Huthi-Rebellen vor, Raketen auf Riad abgefeuert zu haben.")
