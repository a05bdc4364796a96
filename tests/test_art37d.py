"""Wire news of 2018-2019 in English and in German translation (branch art37d): a past tense
joined to the gerund of a charge is the speaker's second act ("accused Washington of plotting a
coup and broke off relations with Colombia"); trade privileges withdrawn, revoked or stripped
(entzogen, aberkannt) are a cut economic benefit; bricks and fire bottles thrown at police
(Ziegelsteine, Brandflaschen) are a violent protest; "on Theresa May" names a person, not a date;
the actors of that time: the Sudanese Professionals Association, Ahmed Gaid Salah, Jamal
Khashoggi, the DUP named in English in a German report; "Liu He" is a name, not the pronoun;
"walked away from the summit" breaks it off; a target named twice is one target; a frame whose doer
is its speaker ("mische sich in die Angelegenheiten Hongkongs ein") takes no doer from its noun;
", who declared himself interim president," is a relative clause, no aside of speech; "die Gewalt"
condemned refers back to a violent protest just told."""
import datetime as dt

from tests.coded_events import coded, sectored


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


def test_surname_that_is_a_month_after_a_given_name_is_a_person():
    # "on Theresa May": a person the call is made on, not the date "on May"
    assert coded("Jeremy Corbyn called on Theresa May to resign.", "en") == [("GBR", "0241", "GBR", "asserted")]


def test_a_month_stays_a_date():
    assert coded("Merkel met Xi Jinping on May 5.", "en") == [("DEU", "040", "CHN", "asserted")]


def test_actors_of_the_sudanese_and_algerian_uprisings():
    assert sectored("The Sudanese Professionals Association rejected the military council.", "en") == [
        ("SDN/OPP", "1212", "SDN/MIL")]
    assert sectored("Der Sudanesische Berufsverband lehnte den Militärrat ab.", "de") == [("SDN/OPP", "12", "SDN/MIL")]
    assert sectored("Army chief Ahmed Gaid Salah called for Bouteflika to step down.", "en",
                    date=dt.date(2019, 3, 26)) == [("DZA/MIL", "0241", "DZA/GOV")]


def test_dup_named_in_english_in_a_german_report():
    assert sectored("Die nordirische Democratic Unionist Party kritisierte Premierministerin Theresa May scharf.", "de")[0][0] == "GBR/PTY"


def test_khashoggi_is_a_saudi_journalist():
    events = sectored("Saudi agents killed journalist Jamal Khashoggi in Istanbul.", "en", date=dt.date(2018, 10, 20))
    assert events and events[0][2] == "SAU/MED"


def test_liu_he_is_a_name_not_a_pronoun():
    # "He" after "Liu" is the vice premier's given name, not a pronoun for the actor before it
    events = coded("Kim Jong Un met Trump in Hanoi. Chinese Vice Premier Liu He met U.S. Trade Representative "
                   "Robert Lighthizer in Washington.", "en")
    assert ("CHN", "040", "USA", "asserted") in events
    assert coded("Liu He met Robert Lighthizer in Washington.", "en") == [("CHN", "040", "USA", "asserted")]


def test_a_capitalised_pronoun_opening_a_sentence_stays_a_pronoun():
    assert coded("Trump met Xi Jinping. He said China would retaliate.", "en") == [("USA", "040", "CHN", "asserted")]


def test_walking_away_from_a_summit_breaks_it_off():
    assert coded("President Donald Trump walked away from his summit with Kim Jong Un in Hanoi.", "en") == [
        ("USA", "164", "PRK", "asserted")]


def test_a_target_named_twice_is_one_target():
    # "in Algeria ... in Algiers": Algeria once
    assert coded("In Algeria, tens of thousands of people marched in Algiers, demanding the departure of the "
                 "ruling elite.", "en") == [("DZA", "141", "DZA", "asserted")]


def test_whose_affairs_are_meddled_in_accuses_no_one():
    # meddling told in an infinitive of "vorwerfen" has no speaker; Hong Kong, whose affairs they
    # are, is not its accuser
    assert coded("Das chinesische Außenministerium warf ausländischen Kräften vor, sich in die "
                 "Angelegenheiten Hongkongs einzumischen.", "de") == []
    assert coded("Peking warf Washington vor, sich in die inneren Angelegenheiten Hongkongs einzumischen.", "de") == [
        ("CHN", "112", "USA", "asserted")]


def test_a_relative_clause_of_speech_reports_nothing():
    # ", who declared himself interim president," is no aside of speech ("China, Pompeo noted, ...")
    assert coded("Guaidó, who declared himself interim president last month, has been recognised by the "
                 "United States and more than 50 other countries.", "en") == [("USA", "054", "VEN", "asserted")]


def test_the_violence_condemned_is_the_violent_protest_just_told():
    assert coded("Demonstranten warfen Ziegelsteine auf Polizisten. Regierungschefin Carrie Lam verurteilte "
                 "die Gewalt.", "de") == [("HKG", "145", "HKG", "asserted"), ("HKG", "111", "HKG", "asserted")]
