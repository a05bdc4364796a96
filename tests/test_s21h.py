"""Branch s21h (sentences written for these tests).

- German "ohne dass" / "statt dass" before a clause says its act did not happen, as "ohne ... zu"
  does (``fields`` drops the preposition and marks the piece ``negated``): "Der Präsident Kenias
  verließ Addis Abeba, ohne dass Ruto Abiy getroffen hatte" has no asserted KEN 040 ETH, only a
  negated one.
- German "er" right after a conjunction of time or concession ("nachdem er", "obwohl er": the
  pack's ``circumstance_conjunctions``) is the person who is the subject above, not the place or
  state that is the object there (``ActorAnnotator._addressee``): "Trump verließ Berlin, nachdem
  er Macron getroffen hatte" is USA 040 FRA (was DEU 040 FRA, "er" read as Berlin). An object
  that is a person keeps the old reading ("bestellte den Botschafter ein, nachdem er ...").
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples


@pytest.mark.parametrize("text, lang, pair", [
    ("Scholz verließ Paris, ohne dass Macron ihn empfangen hatte.", "de", ("FRA", "DEU")),
    ("Die Konferenz ging zu Ende, ohne dass Ruto Abiy getroffen hatte.", "de", ("KEN", "ETH")),
    ("Sánchez reiste nach Lissabon, statt dass er Meloni traf.", "de", ("ESP", "ITA")),
])
def test_ohne_dass_clause_is_negated(text, lang, pair):
    events = coded(text, lang)
    assert not [e for e in events if (e[0], e[2]) == pair and e[3] != "negated"]


@pytest.mark.parametrize("text, expected", [
    ("Trump verließ Berlin, nachdem er Macron getroffen hatte.", ("USA", "040", "FRA")),
    ("Boris Johnson verließ Brüssel, obwohl er Macron kritisiert hatte.", ("GBR", "111", "FRA")),
    ("Erdoğan verließ Berlin, bevor er Putin kritisierte.", ("TUR", "111", "RUS")),
])
def test_er_after_circumstance_conjunction_is_the_person_above(text, expected):
    assert expected in triples(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Trump left Berlin after he had met Macron.", "en", ("USA", "040", "FRA")),
    ("Boris Johnson left Brussels although he had criticised Macron.", "en", ("GBR", "111", "FRA")),
])
def test_english_he_after_conjunction_is_the_person_above(text, lang, expected):
    # the same reading English has by its adverbial clauses (parity; passes on main too)
    assert expected in triples(text, lang)


def test_object_person_keeps_its_reading():
    # a person as the object above is still who "er" may mean: not the ministry's own act
    events = triples("Das Außenministerium bestellte den Botschafter ein, nachdem er Israel kritisiert hatte.", "de")
    assert not [e for e in events if e[1] == "111" and e[0] == "DEU"]
