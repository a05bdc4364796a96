""""Das Königreich" names the kingdom the text is about, as "das Land" names its country (the
pack's country_nouns): what is aimed at it is aimed at that state ("Die USA kritisierten das
Königreich"), and politicians of no named country who call on it are not its own officials
("Zahlreiche Politiker forderten das Königreich zur Freilassung ... auf": no Saudi demand on Saudi
Arabia). A kingdom named by its name stays what the name says ("Das Vereinigte Königreich")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Marokko hat zwei Journalisten festgenommen. Frankreich forderte das Königreich zur Freilassung der Journalisten auf.",
     ("FRA", "1053", "MAR", "asserted")),
    ("Bahrain hat den Oppositionsführer verhaftet. Die USA kritisierten das Königreich dafür.",
     ("USA", "111", "BHR", "asserted")),
    ("Großbritannien hat den Botschafter ausgewiesen. Russland kritisierte das Königreich scharf.",
     ("RUS", "111", "GBR", "asserted")),
    ("Das Vereinigte Königreich hat Sanktionen gegen Russland verhängt.", ("GBR", "163", "RUS", "asserted")),
], ids=["Marokko", "Bahrain", "Grossbritannien", "Vereinigtes-Koenigreich"])
def test_the_kingdom_is_the_state_named_before(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")


def test_unnamed_politicians_calling_on_the_kingdom_are_not_its_own() -> None:
    found = coded("Saudi-Arabien hat den Blogger verurteilt. Zahlreiche Politiker forderten das Königreich "
                  "zur Freilassung des Bloggers auf.", "de")
    assert not [e for e in found if e[1] == "1053" and e[0] == "SAU"], found
