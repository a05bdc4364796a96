"""Money frozen, pledged or approved "for" a state is aimed at that state, though the parser hangs
"for" on the noun of money ("The EU froze funds for Hungary"); German "fror Fördermittel für
Polen ein" too. Messages and letters exchanged are contact between the two. Sentences written
for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("The EU froze funds for Hungary.", "en", ("IGO:EU", "1621", "HUN")),
    ("Germany pledged money for Ukraine.", "en", ("DEU", "03", "UKR")),
    ("Die EU-Kommission fror Mittel in Milliardenhöhe für Polen ein.", "de", ("IGO:EU", "162", "POL")),
    ("Washington and Tehran had exchanged messages through Qatar.", "en", ("USA+IRN", "040", "USA+IRN")),
    ("Putin and Xi exchanged letters.", "en", ("RUS+CHN", "040", "RUS+CHN")),
], ids=["froze-funds", "pledged-money", "mittel", "messages", "letters"])
def test_money_and_messages(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_funds_for_a_plan_name_no_state():
    assert coded("The EU froze funds for the project.", "en") == []
