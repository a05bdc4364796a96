"""Branch s18c-interrupted (sentences written for these tests).

- German: a zu-infinitive whose phrases stand before a relative or infinitive clause embedded in
  it, and whose verb alone follows that clause, takes those phrases back
  (``fields._join_interrupted_infinitive``): "Kenia beschloss, den ugandischen Botschafter, der
  die Vorwürfe erhoben hatte, auszuweisen" is KEN 166 UGA (was no event: "auszuweisen" closed the
  main clause and "den Botschafter" was its object), as the English parse reads "decided to expel
  the Ugandan ambassador, who had made the claims".
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Die kenianische Regierung beschloss, den ugandischen Botschafter, der die Vorwürfe erhoben hatte, "
     "auszuweisen.", ("KEN", "166", "UGA")),
    ("Die kenianische Regierung hat sich entschieden, den Botschafter aus Uganda wegen der Entscheidung, "
     "Taiwan anzuerkennen, zurückzurufen.", ("KEN", "161", "UGA")),
    ("Ghana versprach, den Flüchtlingen aus Togo, die seit Wochen an der Grenze warten, rasch zu helfen.",
     ("GHA", "033", "TGO")),
])
def test_infinitive_interrupted_by_an_embedded_clause(text, expected):
    assert expected in _events(text, "de")


def test_interrupted_request_keeps_its_content_unasked():
    # the soldiers' withdrawal is asked of Uganda, not done by Kenya
    assert _events("Kenia forderte Uganda auf, die Soldaten, die an der Grenze stationiert sind, abzuziehen.",
                   "de") == [("KEN", "10", "UGA")]
