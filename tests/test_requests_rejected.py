"""A rejection of "the demands" ("die Forderungen") answers a request made of the one who
rejects, not the latest appeal made of others (Coder._act_antecedent with request_anaphors);
sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Tillerson urged the Gulf countries to talk. Qatar rejected the demands."),
    ("de", "Die USA riefen die Golfstaaten zu Gesprächen auf. Katar wies die Forderungen zurück."),
])
def test_demands_made_of_others_are_not_the_ones_rejected(lang, text):
    assert not [e for e in coded(text, lang) if e[0] == "QAT" and e[2] == "USA"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Saudi Arabia demanded that Qatar close Al Jazeera. Qatar rejected the demands."),
    ("de", "Saudi-Arabien forderte Katar auf, den Sender Al Jazeera zu schließen. Katar wies die Forderungen zurück."),
])
def test_demands_made_of_the_rejecter_are(lang, text):
    assert ("QAT", "12", "SAU") in [e[:3] for e in coded(text, lang)]
