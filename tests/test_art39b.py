"""Frequent German event nouns without a frame (branch art39b), the conditions of their frames:
the release of a prisoner from custody (Entlassung aus der Haft) is a release, a minister's
dismissal none; a prisoner exchange (Austausch von Gefangenen) a release, an exchange of views
none; leaving a treaty or a coalition (Ausstieg) cuts ties, leaving nuclear power is no event; the
handing over (Übergabe) of hostages is a release, that of an office none; taking control
(Übernahme der Kontrolle) of a place is an occupation, taking over a firm none; a state's war
against another (Krieg gegen) is a fight, as English "war against"; a ceasefire violated
(Verletzung der Waffenruhe) is a ceasefire violation, airspace violated (Verletzung des Luftraums)
a violation of sovereignty, injuries (schwere Verletzungen) none."""
from tests.coded_events import coded


def test_entlassung_aus_der_haft_is_a_release():
    assert coded("Die Entlassung der Journalistin aus dem Gefängnis durch die iranischen Behörden wurde begrüßt.",
                 "de") == [("IRN", "0841", "IRN", "asserted")]


def test_entlassung_aus_dem_amt_is_no_event():
    assert coded("Die Entlassung des Verteidigungsministers durch Präsident Selenskyj überraschte Kiew.", "de") == []


def test_austausch_von_gefangenen_is_a_release():
    assert coded("Der Kreml bestätigte den Austausch von Kriegsgefangenen mit der Ukraine.", "de") == [
        ("RUS", "0841", "UKR", "asserted")]


def test_austausch_von_argumenten_is_no_event():
    assert coded("Der Kreml bestätigte einen Austausch von Argumenten mit der Ukraine.", "de") == []


def test_ausstieg_aus_abkommen_and_koalition():
    assert coded("Trump verkündete den Ausstieg der USA aus dem Pariser Klimaabkommen.", "de") == [
        ("USA", "160", "", "asserted")]
    assert coded("Der Ausstieg der FDP aus der Ampelkoalition besiegelte das Ende der Regierung.", "de") == [
        ("DEU", "16", "", "asserted")]


def test_ausstieg_aus_der_atomkraft_is_no_event():
    assert coded("Deutschland beschloss den Ausstieg aus der Atomkraft.", "de") == []


def test_uebergabe_von_geiseln_is_a_release():
    assert coded("Die Hamas begann mit der Übergabe der Geiseln an das Rote Kreuz.", "de") == [
        ("PSE", "084", "NGO:ICRC", "asserted")]


def test_uebergabe_der_amtsgeschaefte_is_no_event():
    assert coded("Die Hamas begann mit der Übergabe der Amtsgeschäfte an die Autonomiebehörde.", "de") == []


def test_uebernahme_der_kontrolle_is_an_occupation():
    assert coded("Die Übernahme der Kontrolle über Kabul durch die Taliban schockierte die Welt.", "de") == [
        ("AFG", "192", "AFG", "asserted")]


def test_uebernahme_eines_konzerns_is_no_event():
    assert coded("Die Übernahme des Konzerns durch die Regierung Chinas schockierte die Welt.", "de") == []


def test_krieg_gegen_a_state_is_a_fight():
    assert coded("Russlands Krieg gegen die Ukraine dauert an.", "de") == [("RUS", "190", "UKR", "asserted")]


def test_krieg_gegen_den_terror_is_no_event():
    assert coded("Der Krieg gegen den Terror hat Milliarden gekostet.", "de") == []


def test_ausstieg_aus_abkommen_mit_is_no_agreement():
    # was USA 057 IRN: the agreement named in the phrase was coded as signed
    assert coded("Die USA verkündeten den Ausstieg aus dem Atomabkommen mit Iran.", "de") == [
        ("USA", "160", "IRN", "asserted")]


def test_verletzung_der_waffenruhe_and_des_luftraums():
    assert coded("Die Ukraine meldete zahlreiche Verletzungen der Waffenruhe durch Russland.", "de") == [
        ("RUS", "196", "", "asserted")]
    # (and the party offended disapproves of the doer, frames-offend.yaml, here and below)
    assert set(coded("Die Verletzung des Luftraums Estlands durch russische Kampfjets empörte die NATO.", "de")) == {
        ("RUS", "128", "EST", "asserted"), ("IGO:NATO", "111", "RUS", "asserted")}


def test_verletzungen_as_injuries_are_no_event():
    assert coded("Der Präsident Kenias erlitt bei dem Anschlag durch Al-Shabaab schwere Verletzungen.", "de") == [
        ("SOM", "18", "KEN", "asserted")]


def test_schliessung_of_consulates_breaks_relations():
    assert set(coded("Die Schließung der russischen Konsulate in Deutschland durch die Bundesregierung verärgerte Moskau.",
                     "de")) == {("DEU", "161", "RUS", "asserted"), ("RUS", "111", "DEU", "asserted")}


def test_schliessung_of_baths_is_no_event():
    assert coded("Die Bundesregierung kündigte die Schließung der Schwimmbäder in Berlin an.", "de") == []


def test_aufnahme_diplomatischer_beziehungen():
    assert coded("Die Aufnahme diplomatischer Beziehungen zwischen Israel und Bahrain wurde in Washington besiegelt.",
                 "de") == [("ISR+BHR", "054", "ISR+BHR", "asserted")]
    assert coded("Die Wiederaufnahme der diplomatischen Beziehungen zwischen Saudi-Arabien und Iran wurde in Peking "
                 "vereinbart.", "de") == [("SAU+IRN", "054", "SAU+IRN", "intent")]


def test_erhoehung_der_zoelle_is_a_sanction_of_rents_none():
    assert set(coded("Die Erhöhung der Zölle auf chinesische Waren durch die USA verärgerte Peking.", "de")) == {
        ("USA", "163", "CHN", "asserted"), ("CHN", "111", "USA", "asserted")}
    assert coded("Die Erhöhung der Mieten durch die Bundesregierung verärgerte Berlin.", "de") == []


def test_imposing_and_introducing_nouns_take_their_verbs_objects():
    assert coded("Die Verhängung des Kriegsrechts in Südkorea durch Präsident Yoon schockierte das Land.", "de") == [
        ("KOR", "1724", "KOR", "asserted")]
    assert set(coded("Die Einführung von Strafzöllen auf chinesische Elektroautos durch die EU verärgerte Peking.",
                     "de")) == {("IGO:EU", "163", "CHN", "asserted"), ("CHN", "111", "IGO:EU", "asserted")}
    assert coded("Die Senkung der Zölle auf amerikanische Waren durch China wurde begrüßt.", "de") == [
        ("CHN", "085", "USA", "asserted")]
    assert coded("Die Bereitstellung von Panzern für die Ukraine durch Deutschland wurde begrüßt.", "de") == [
        ("DEU", "072", "UKR", "asserted")]


def test_the_same_nouns_of_other_things_are_no_event():
    assert coded("Die Einführung des Euro in Kroatien durch die Regierung wurde gefeiert.", "de") == []
    assert coded("Die Erhebung der Daten durch das Statistische Bundesamt dauerte Monate.", "de") == []
    assert coded("Die Bereitstellung von Geld für Schulen durch die Bundesregierung wurde begrüßt.", "de") == []


def test_nouns_of_dispersing_clearing_and_closing_off():
    assert coded("Die gewaltsame Auflösung der Proteste in Tiflis durch die georgische Polizei wurde kritisiert.",
                 "de") == [("GEO", "175", "GEO", "asserted")]
    assert coded("Die Räumung der amerikanischen Botschaft in Kabul durch die USA verlief chaotisch.", "de") == [
        ("USA", "161", "AFG", "asserted")]
    assert set(coded("Die Sperrung der Grenze für polnische Lastwagen durch Belarus verärgerte Warschau.", "de")) == {
        ("BLR", "191", "POL", "asserted"), ("POL", "111", "BLR", "asserted")}


def test_the_same_nouns_of_civil_matters_are_no_event():
    assert coded("Die Auflösung des Bundestages durch den Bundespräsidenten ebnete den Weg für Neuwahlen.", "de") == []
    assert coded("Die Kündigung des Mietvertrags durch die Bundesregierung war rechtens.", "de") == []
    assert coded("Die Zulassung des Impfstoffs durch die EU-Kommission wurde begrüßt.", "de") == []
    assert coded("Die Sperrung der Straße durch die Polizei Kenias dauerte Stunden.", "de") == []


def test_troops_reduced_with_no_one_named_are_no_event():
    assert coded("Die Reduzierung der Truppen dauerte Wochen.", "de") == []
    assert coded("Die Räumung der Stützpunkte dauerte Wochen.", "de") == []
    assert coded("Die Reduzierung der amerikanischen Truppen in Syrien durch Washington überraschte die Kurden.",
                 "de") == [("USA", "087", "SYR", "asserted")]


def test_training_and_equipping_of_a_state_is_military_aid():
    assert coded("Die Ausbildung ukrainischer Soldaten durch die Bundeswehr hat begonnen.", "de") == [
        ("DEU", "072", "UKR", "asserted")]
    assert coded("Die Ausrüstung der Ukraine mit Kampfjets durch die Niederlande wurde begrüßt.", "de") == [
        ("NLD", "072", "UKR", "asserted")]


def test_equipment_and_supplies_of_no_one_are_no_event():
    assert coded("Die Ausrüstung der Soldaten ist mangelhaft.", "de") == []
    assert coded("Die Versorgung der Bevölkerung mit Strom durch die Bundesregierung ist unterbrochen.", "de") == []
    assert coded("Die Eröffnung des Parteitags durch die Bundesregierung verzögerte sich.", "de") == []


def test_einsatz_of_chemical_weapons_and_tear_gas():
    assert coded("Der Einsatz von Tränengas gegen Demonstranten durch die Polizei Kenias wurde kritisiert.", "de") == [
        ("KEN", "175", "KEN", "asserted")]
    # a warning against it stays a warning, the use is not coded as done
    assert coded("Biden warnte Putin vor dem Einsatz von Chemiewaffen in der Ukraine.", "de") == [
        ("USA", "13", "RUS", "asserted")]


def test_einsatz_of_the_police_at_a_match_is_no_event():
    assert coded("Der Einsatz der Polizei Kenias beim Fußballspiel verlief ruhig.", "de") == []


def test_bekaempfung_of_a_named_group_is_a_fight_of_crime_none():
    assert coded("Die USA verstärkten die Bekämpfung der Huthi im Jemen.", "de") == [("USA", "190", "YEM", "asserted")]
    assert coded("Die Bundesregierung kündigte eine Bekämpfung der Kriminalität an.", "de") == []


def test_zahlung_of_reparations_and_of_rent():
    assert coded("Die Zahlung von Reparationen an Namibia durch Deutschland hat begonnen.", "de") == [
        ("DEU", "0842", "NAM", "asserted")]
    assert coded("Die Zahlung der Miete durch die Bundesregierung wurde eingestellt.", "de") == []


def test_verhaengung_considered_is_no_sanction_imposed():
    # was IGO:EU 163 ISR asserted: the sanctions in the noun's von-phrase were coded as imposed
    assert coded("Die EU erwägt die Verhängung von Sanktionen gegen Israel.", "de") == []
