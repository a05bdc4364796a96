"""An event noun that "be" / "sein" says an act is ("the detentions were a grave attack on
rights", "die Festnahmen seien ein schwerer Angriff auf die Freiheiten") is a characterisation,
not an attack by the speaker (Coder._characterised; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Britain's foreign minister said the detentions were a grave attack on Hong Kong's rights and freedoms."),
    ("en", "Canada's prime minister said the new law was an assault on India's democracy."),
    ("de", "Der britische Außenminister sagte, die Festnahmen seien ein schwerer Angriff auf die Freiheiten Hongkongs."),
])
def test_an_act_called_an_attack_is_no_assault_by_the_speaker(lang, sentence):
    assert not any(e[1] == "ASSAULT" for e in events(sentence, lang))


def test_a_real_attack_told_before_stays():
    got = events("Hamas fighters killed five soldiers near Gaza. It was the deadliest attack on Israeli soldiers in years.", "en")
    assert ("PSE", "ASSAULT", "ISR") in got
