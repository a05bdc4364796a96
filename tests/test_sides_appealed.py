""""Both sides" that a party appeals to: the two the article is about even where the sentence
before names one of them with a body they turn to, or the appeal's own sentence names one of them
before it ("said the Indian decision was unacceptable and urged both sides"): only the appealer's
own state is not a side. And "take the issue to" a council is aimed at no council ("take issue
with" a state still is criticism). Sentences written for these tests; each coded otherwise on
40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

LEAD_EN = "India revoked Kashmir's autonomy. Pakistan expelled the Indian envoy. "
LEAD_DE = "Indien entzog Kaschmir die Autonomie. Pakistan wies den indischen Botschafter aus. "


@pytest.mark.parametrize("text, lang, expected", [
    (LEAD_EN + "Prime Minister Imran Khan vowed to take the issue to the United Nations Security Council. "
     "China urged both sides to exercise restraint.", "en", ("CHN", "02", "IND+PAK", "asserted")),
    (LEAD_DE + "Premierminister Imran Khan kündigte an, den Streit vor den UN-Sicherheitsrat zu bringen. "
     "China rief beide Seiten zur Zurückhaltung auf.", "de", ("CHN", "0256", "IND+PAK", "asserted")),
    (LEAD_EN + "China said the Indian decision was unacceptable and urged both sides to exercise restraint.",
     "en", ("CHN", "02", "IND+PAK", "asserted")),
    (LEAD_DE + "China nannte die indische Entscheidung inakzeptabel und rief beide Seiten zur Zurückhaltung auf.",
     "de", ("CHN", "0256", "IND+PAK", "asserted")),
])
def test_both_sides_appealed_to(text: str, lang: str, expected: tuple) -> None:
    # (the two sides in either order)
    assert expected in [(s, c, "+".join(sorted(t.split("+"))), m) for s, c, t, m in coded(text, lang)]


def test_issue_taken_to_a_council_is_no_criticism_of_it() -> None:
    assert coded("Prime Minister Imran Khan vowed to take the issue to the United Nations Security Council.", "en") == []
    assert ("CHN", "110", "JPN", "asserted") in coded("Beijing took exception to Japan's remarks.", "en")
