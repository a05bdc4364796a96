"""What one party says another did wrong is its accusation of that party (sentences written for
these tests).

- A violation of a treaty, a law or a norm told in reported speech by another party is the
  speaker's accusation (112) of the violator (``Coder._told_violation``): "Japan said South Korea
  had violated the 1965 treaty" was KOR 128 with no target, now JPN 112 KOR, in German too (the
  German "verletzen" frame, like the English "violate", now codes a violation whose object names
  no one, and takes laws, constitutions and the rule of law). Said by the violator's own side, told
  by no one, or naming its victim ("Iraq said the US had violated Iraqi sovereignty"), it stays the
  violation.
- English "interfere" is what one side says another does, as "meddle" and German "einmischen":
  "China said the US was interfering in its internal affairs" was USA 111 CHN (the interferer as
  the critic), now CHN 111 USA.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Japan said South Korea had violated the 1965 treaty.", "en", ("JPN", "112", "KOR")),
    ("The EU said Poland's judicial reforms violated the rule of law.", "en", ("IGO:EU", "112", "POL")),
    ("Japan erklärte, Südkorea habe den Vertrag von 1965 verletzt.", "de", ("JPN", "112", "KOR")),
    ("Die EU erklärte, Polens Justizreform verletze die Rechtsstaatlichkeit.", "de", ("IGO:EU", "112", "POL")),
])
def test_violation_told_by_another_is_its_accusation(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_violation_told_by_no_one_stays_the_violation():
    assert _events("South Korea violated the 1965 treaty.", "en") == [("KOR", "128", "")]


@pytest.mark.parametrize("text, expected", [
    ("China's foreign ministry said the US was seriously interfering in China's internal affairs.", ("CHN", "111", "USA")),
    ("Armenia said Indonesia was interfering in its affairs.", ("ARM", "111", "IDN")),
])
def test_interference_is_what_the_speaker_says(text, expected):
    assert _events(text, "en") == [expected]
