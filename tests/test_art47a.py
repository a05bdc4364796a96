"""Iran 2020-2023 in both languages (sentences written for these tests, branch art47a).

- A crackdown, repression, arrests or executions referred back to ("condemned the crackdown", "verurteilte
  das harte Vorgehen"; the pack's ``domestic_acts``) name the latest act of coercion or violence
  (``DOMESTIC_ACT_CODES`` in ``Coder._act_antecedent``), no longer any latest act of another
  party: "Iran hanged a protester. Britain sanctioned the morality police. Germany condemned the
  crackdown" is DEU 111 IRN (was DEU 111 GBR, the British sanction).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran hanged a young protester in Mashhad. Britain sanctioned the morality police. "
     "Germany condemned the crackdown on women.", "en", ("DEU", "111", "IRN")),
    ("Police in Tehran arrested hundreds of students. Canada imposed sanctions on two Iranian "
     "officials. The Dutch government criticised the repression.", "en", ("NLD", "111", "IRN")),
    ("Der Iran richtete in Maschhad einen jungen Demonstranten hin. Großbritannien verhängte Sanktionen "
     "gegen die Sittenpolizei. Deutschland verurteilte das harte Vorgehen gegen Frauen.", "de",
     ("DEU", "111", "IRN")),
])
def test_crackdown_refers_to_coercion(text, lang, expected):
    assert _events(text, lang)[-1] == expected
