"""Violence told in the active voice with no one named as its doer: the subject is the weapon
or the attack ("A car bomb killed ...", "Eine Autobombe tötete ...") or someone said to be
unknown ("Unbekannte schossen ...", "unknown gunmen"). The perpetrator is unknown (UNK), not
the country of the place, and not no one; an explosion may be an accident and stays no event."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("A roadside bomb killed three Afghan soldiers.", "en", ("UNK", "AFG")),
    ("A car bomb killed 20 people in Baghdad on Sunday.", "en", ("UNK", "IRQ")),
    ("Shelling killed four civilians in Donetsk.", "en", ("UNK", "UKR")),
    ("A suicide bombing in Baghdad killed 20 people.", "en", ("UNK", "IRQ")),
    ("Unknown gunmen killed five soldiers in Mali.", "en", ("UNK", "MLI")),
    ("Unidentified attackers stabbed a policeman in Paris.", "en", ("UNK", "FRA")),
    ("Eine Autobombe tötete in Bagdad 20 Menschen.", "de", ("UNK", "IRQ")),
    ("Unbekannte Täter erschossen zwei Polizisten in Mexiko.", "de", ("UNK", "MEX")),
    ("Unbekannte verletzten zwei Israelis durch Schüsse.", "de", ("UNK", "ISR")),
    ("Raketen trafen ein Krankenhaus in Aleppo.", "de", ("UNK", "SYR")),
], ids=["roadside-bomb", "car-bomb", "shelling", "suicide-bombing", "unknown-gunmen", "unidentified-attackers",
        "Autobombe", "unbekannte-Täter", "Unbekannte", "Raketen-trafen"])
def test_an_unnamed_perpetrator_is_unknown(text: str, lang: str, expected: tuple[str, str]) -> None:
    events = [(e[0], e[2]) for e in coded(text, lang) if e[3] == "asserted" and e[1][:2] in ("18", "19", "20")]
    assert events == [expected]


@pytest.mark.parametrize("text, lang", [
    ("An explosion injured ten people in Istanbul.", "en"),
    ("Eine Explosion tötete drei Menschen in Istanbul.", "de"),
    ("The bomb did not kill anyone in Kabul.", "en"),
    ("Eine Rakete könnte Tokio treffen.", "de"),
    ("A drone filmed the protesters in Hong Kong.", "en"),
], ids=["explosion", "Explosion", "did-not-kill", "könnte", "drone-filmed"])
def test_no_attack_without_an_act_of_violence(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[3] == "asserted" and e[1][:2] in ("18", "19", "20")]
