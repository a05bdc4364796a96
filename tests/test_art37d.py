"""Wire news of 2018-2019 in English and in German translation (branch art37d): a past tense
joined to the gerund of a charge is the speaker's second act ("accused Washington of plotting a
coup and broke off relations with Colombia"); trade privileges withdrawn, revoked or stripped
(entzogen, aberkannt) are a cut economic benefit; bricks and fire bottles thrown at police
(Ziegelsteine, Brandflaschen) are a violent protest."""
from tests.coded_events import coded


def test_past_tense_after_charge_gerund_is_the_subjects_act():
    events = coded("Maduro accused Washington of plotting a coup and broke off diplomatic relations "
                   "with Colombia.", "en")
    assert ("VEN", "112", "USA", "asserted") in events
    assert ("VEN", "161", "COL", "asserted") in events


def test_past_tense_after_charge_gerund_keeps_german_parity():
    events = coded("Maduro warf Washington vor, einen Putsch zu planen, und brach die diplomatischen "
                   "Beziehungen zu Kolumbien ab.", "de")
    assert ("VEN", "161", "COL", "asserted") in events


def test_withdrawn_trade_privileges_are_a_sanction_not_a_retreat():
    events = coded("India also withdrew trade privileges from Pakistan on Friday.", "en")
    assert events == [("IND", "1621", "PAK", "asserted")]


def test_entzogene_handelsvorteile():
    assert coded("Indien entzog Pakistan zudem Handelsvorteile.", "de") == [("IND", "1621", "PAK", "asserted")]


def test_troops_withdrawn_stay_a_retreat():
    assert coded("Israel withdrew its troops from Gaza.", "en") == [("ISR", "0874", "PSE", "asserted")]


def test_bricks_thrown_at_police():
    events = coded("Hongkong – Demonstranten warfen am Sonntag Ziegelsteine auf Polizisten.", "de")
    assert [(e[1], e[3]) for e in events] == [("145", "asserted")]
