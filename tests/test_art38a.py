"""German newspaper style on foreign news (Der Standard, Die Presse, FAZ, SZ; branch art38a):
a government singling another out in words ("schoss sich auf Griechenland ein", "knöpfte sich
Athen vor") criticizes it, but an army ranging its guns does not; snubbing or offending another
("düpierten Frankreich", "stieß Merkel vor den Kopf") rejects it; and in English contacts broken
or cut off ("broke off contact with Lithuania", "cut off ties with Lithuania") as the German
"brach den Kontakt ab"; an event noun's genitive by "von" ("die Ausweisung von zehn polnischen
Diplomaten") meets its frame's condition as the genitive does; the idioms "las ... die Leviten", "holte zum
Rundumschlag gegen ... aus" (criticism) and "kündigte ... die Gefolgschaft auf" (rejection), and English "launched a broadside against" and
"read the riot act to" (criticism); the verbs of scolding "giftete gegen", "stänkerte gegen",
"schimpfte über", "teilte gegen ... aus"."""
from tests.coded_events import coded


def test_eingeschossen_auf_einen_staat_ist_kritik():
    assert coded("Wien – Der türkische Präsident Recep Tayyip Erdoğan schoss sich am Montag erneut "
                 "auf Griechenland ein.", "de") == [("TUR", "111", "GRC", "asserted")]


def test_armee_die_sich_einschiesst_kritisiert_nicht():
    assert coded("Die Armee schoss sich auf die Stellungen der Rebellen ein.", "de") == []


def test_vorgeknoepft_ist_kritik():
    assert coded("Ankara knöpfte sich nach dem Zwischenfall in der Ägäis Athen vor.", "de") == [
        ("TUR", "111", "GRC", "asserted")]


def test_duepiert_und_vor_den_kopf_gestossen_ist_zurueckweisung():
    assert coded("Die USA düpierten Frankreich mit dem U-Boot-Deal.", "de") == [("USA", "12", "FRA", "asserted")]
    assert coded("Macron stieß Merkel mit seinem Vorstoß vor den Kopf.", "de") == [
        ("FRA", "120", "DEU", "asserted")]


def test_kopf_ohne_gegenueber_ist_kein_ereignis():
    assert coded("Der Minister stieß sich den Kopf.", "de") == []


def test_contact_broken_or_cut_off():
    assert coded("Russia broke off contact with Lithuania on Tuesday.", "en") == [("RUS", "164", "LTU", "asserted")]
    assert coded("Moscow cut off all contacts with Kyiv.", "en") == [("RUS", "164", "UKR", "asserted")]
    assert coded("Russia cut off ties with Lithuania.", "en") == [("RUS", "161", "LTU", "asserted")]


def test_kontakt_abgebrochen_keeps_parity():
    assert coded("Russland brach den Kontakt zu Litauen ab.", "de") == [("RUS", "164", "LTU", "asserted")]


def test_ausweisung_von_diplomaten_ist_ausweisung_von_diplomaten():
    # the bare plural's genitive "von" meets the frame of expelled diplomats, as "der Diplomaten"
    assert coded("Moskau konterte mit der Ausweisung von zehn polnischen Diplomaten.", "de") == [
        ("RUS", "166", "POL", "asserted")]


def test_ausweisung_von_fluechtlingen_bleibt_keine_diplomatenausweisung():
    assert ("RUS", "166", "UKR", "asserted") not in coded(
        "Russland kündigte die Ausweisung von ukrainischen Flüchtlingen an.", "de")


def test_redewendungen_der_kritik_und_der_absage():
    assert coded("Peking – Chinas Außenminister Wang Yi las Washington am Freitag die Leviten.", "de") == [
        ("CHN", "111", "USA", "asserted")]
    assert coded("Erdoğan holte zum Rundumschlag gegen die EU aus.", "de") == [("TUR", "111", "IGO:EU", "asserted")]
    assert coded("Warschau kündigte Brüssel im Streit um die Justizreform die Gefolgschaft auf.", "de") == [
        ("POL", "120", "IGO:EU", "asserted")]


def test_aufgekuendigtes_abkommen_bleibt_abbau_der_beziehungen():
    assert coded("Der Kreml kündigte das Abkommen mit der Ukraine auf.", "de") == [("RUS", "16", "UKR", "asserted")]


def test_broadside_and_riot_act_are_criticism():
    assert coded("Erdogan launched a broadside against the EU on Tuesday.", "en") == [("TUR", "111", "IGO:EU", "asserted")]
    assert coded("Chinese Foreign Minister Wang Yi read the riot act to Washington.", "en") == [
        ("CHN", "111", "USA", "asserted")]


def test_launched_attack_stays_an_attack():
    assert coded("Russia launched an attack on Kyiv.", "en") == [("RUS", "19", "UKR", "asserted")]


def test_verben_des_schimpfens():
    assert coded("Ankara – Die türkische Regierung giftete am Sonntag erneut gegen Griechenland.", "de") == [
        ("TUR", "111", "GRC", "asserted")]
    assert coded("US-Präsident Donald Trump schimpfte auf einer Kundgebung über China.", "de") == [
        ("USA", "111", "CHN", "asserted")]
    assert coded("Der russische Außenminister teilte kräftig gegen die Nato aus.", "de") == [
        ("RUS", "111", "IGO:NATO", "asserted")]
