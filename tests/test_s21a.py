"""English misses of the twenty-first session, branch s21a (sentences written for these tests).

- A passive that leaves its preposition behind ("were fired on", "was spied upon", "were cracked
  down on") takes its subject for that preposition's noun, as the active has it
  (``_stranded_prep`` in chronist/lang/en/clauses.py, the lexicon's ``stranded_preps``):
  "Syrian protesters were fired on by government troops" is SYR 190 SYR as "Government troops
  fired on Syrian protesters" is (was no event: the parser's particle made "fire on" a verb no
  frame knows, and the subject was read as the verb's object).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Sudanese demonstrators were fired on by the army in Khartoum.", ("SDN", "190", "SDN")),
    ("Iraqi protesters were fired upon by security forces in Basra.", ("IRQ", "190", "IRQ")),
    ("The Turkish opposition leader was spied on by the Turkish intelligence service.", ("TUR", "176", "TUR")),
    ("Uighur activists were cracked down on by the Chinese police.", ("CHN", "175", "CHN")),
    ("The Indian ambassador was lashed out at by Pakistan.", ("PAK", "111", "IND")),
    ("Palestinian protesters, who were fired on by Israeli troops, left the border area.", ("ISR", "190", "PSE")),
    ("The Security Council was appealed to by Ukraine.", ("UKR", "02", "IGO:UN")),
    ("Moon Jae-in was reached out to by Kim Jong Un.", ("PRK", "040", "KOR")),
])
def test_passive_with_stranded_preposition(text, expected):
    assert expected in _events(text, "en")
