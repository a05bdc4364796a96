"""An act that is the subject of a verb of offence or of a judgement is disapproved of in its
doer, not in whom it was done to (sentences written for these tests): "Die Verletzung des
Luftraums Estlands durch russische Kampfjets empörte die NATO" is NATO's disapproval of Russia
(the durch-phrase names the doer), as "kritisierte die Verletzung ... durch russische Kampfjets"
is; "Israels Bombardierung des Gazastreifens sei ein Verbrechen" judges Israel."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Verletzung des Luftraums Estlands durch russische Kampfjets empörte die NATO.", "de", ("IGO:NATO", "111", "RUS")),
    ("Die Festnahme eines deutschen Journalisten durch die türkische Polizei verärgerte Berlin.", "de", ("DEU", "111", "TUR")),
    ("Israels Bombardierung des Gazastreifens sei ein Verbrechen, sagte Erdogan.", "de", ("TUR", "111", "ISR")),
])
def test_judged_act_is_its_doer_s(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    events = {event[:3] for event in coded(text, lang)}
    assert expected in events
    assert (expected[0], "111", "EST") not in events
