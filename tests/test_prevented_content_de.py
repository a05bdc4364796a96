"""What a German sentence says was prevented, allowed or forbidden is not thereby done: the dass-
or zu-clause of a verb of preventing (lexicon preventing_verbs, unless negated) or of permitting
and forbidding (permitting_verbs); and what one prepares to do is intended (intent_verbs)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, absent", [
    # each coded the prevented, forbidden or disallowed act as done before
    # (demonstrators storming a parliament is a violent protest, 145, since frames-probe.yaml; it was 190)
    ("Die Polizei verhinderte, dass die Demonstranten das Parlament in Kiew stürmten.", "145"),
    ("Merkel verbot der Bundeswehr, sich an dem Angriff auf Syrien zu beteiligen.", "190"),
    ("Die EU erlaubte der Türkei nicht, die Flüchtlinge nach Griechenland zurückzuschicken.", "174"),
], ids=["verhindern-dass", "verbieten-zu", "nicht-erlauben-zu"])
def test_a_prevented_or_forbidden_act_is_no_act(text: str, absent: str) -> None:
    assert absent not in [e[1] for e in coded(text, "de")]


def test_an_act_prepared_for_is_intended() -> None:
    # IGO:NATO 190 RUS asserted before
    assert coded("Die Nato bereitet sich darauf vor, Russland anzugreifen.", "de") == [("IGO:NATO", "138", "RUS", "intent")]


def test_what_could_not_be_prevented_was_done() -> None:
    assert ("UKR", "145", "UKR", "asserted") in coded(
        "Die Polizei konnte nicht verhindern, dass die Demonstranten das Parlament in Kiew stürmten.", "de")
