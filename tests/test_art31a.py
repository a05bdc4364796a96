"""Russia's war against Ukraine, Belarus, the Caucasus and the Western Balkans (branch art31a),
with sentences written for it.

Covers: the dateline of the AP and of American papers, a city and its country or state before the
agency ("KYIV, Ukraine (AP) — "), which is no actor of the sentence; a town's name the English
tagger takes for an adverb right after a verb ("Russia attacked Bakhmut"), which is the verb's
object and a place; a mediation told in a phrase of "unter"/"under" beside a coded act ("tauschten
unter Vermittlung der Türkei Gefangene aus"), which is news of its own; recruits, cadets and
crews trained by a foreign state (072); a package of military aid pledged (0332); Donetsk,
Ukraine's city, not the Russian town of its name; an agreement on a plan that a participle says
someone brokered ("agreed to a plan brokered by the EU"), which is no offer to mediate (039); a
membership or participation in an alliance frozen or suspended ("fror seine Mitgliedschaft in der
OVKS ein"); a capital or a state whose name ends in s ("in Tiflis", "in Belarus"), which is no
genitive of the noun after it; what missiles hit or struck in a town ("hit a residential building
in Dnipro"), an attack on the town's country; imports banned from a state ("verbot die Einfuhr
von Waren aus Serbien"); "die Republik Moldau", whose second word the German tagger takes for a
common noun (the river); a foreign phrase with small words ("zur Persona non grata"), one phrase;
Abkhazia, South Ossetia and Transnistria, the breakaway regions, as their states (GEO, MDA); a
threat to break off talks or a dialogue with someone, who is its target ("drohte mit dem Abbruch
des Dialogs mit Pristina", "threatened to pull out of talks with Kosovo"); a dialogue pulled out
of (164); drones and missiles intercepted by an air defence (German "fing Drohnen ab"), as English
"intercepted" (1711, COERCE).
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.geo.locate import is_place
from chronist.lang.segments import find_dateline
from coded_events import coded

WAR = dt.date(2023, 6, 1)


@pytest.mark.parametrize(("text", "places", "body"), [
    ("KYIV, Ukraine (AP) — Russian forces shelled Kharkiv.", "KYIV", "Russian forces shelled Kharkiv."),
    ("PRISTINA, Kosovo — Serbia criticised Kosovo.", "PRISTINA", "Serbia criticised Kosovo."),
], ids=["agency", "no-agency"])
def test_a_dateline_of_a_city_and_its_country(text, places, body):
    found = find_dateline(text, is_place)
    assert found is not None and found.places == places and text[found.end:] == body


def test_a_comma_between_names_that_are_no_places_is_no_dateline():
    assert find_dateline("Merkel, Macron — Die Gespräche gingen weiter.", is_place) is None


@pytest.mark.parametrize(("text", "event"), [
    ("KYIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, killing at least four civilians, "
     "the regional governor said.", ("RUS", "194", "UKR", "reported")),
    ("PRISTINA, Kosovo (AP) — Serbia accused Kosovo of provoking violence.", ("SRB", "112", "XKX", "asserted")),
], ids=["kyiv", "pristina"])
def test_the_country_of_a_dateline_is_no_actor(text, event):
    found = coded(text, "en", WAR)
    assert event in found and all(e[0] == event[0] for e in found)


@pytest.mark.parametrize(("text", "event"), [
    ("Russia attacked Bakhmut.", ("RUS", "190", "UKR", "asserted")),
    ("Russian forces shelled Bakhmut overnight.", ("RUS", "194", "UKR", "asserted")),
], ids=["attacked", "shelled"])
def test_a_town_the_tagger_took_for_an_adverb(text, event):
    assert event in coded(text, "en", WAR)


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Russland und die Ukraine tauschten unter Vermittlung der Emirate Gefangene aus.", "de",
     ("ARE", "045", "RUS+UKR", "asserted")),
    ("Russland und die Ukraine vereinbarten unter Vermittlung der Türkei eine Waffenruhe.", "de",
     ("TUR", "045", "RUS+UKR", "asserted")),
    ("Russia and Ukraine exchanged prisoners under Turkish mediation.", "en",
     ("TUR", "045", "RUS+UKR", "asserted")),
], ids=["de-austauschen", "de-vereinbaren", "en-exchange"])
def test_a_mediation_beside_the_act_it_brought_about(text, lang, event):
    found = coded(text, lang, WAR)
    assert event in found and len(found) == 2


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("British instructors have trained thousands of Ukrainian recruits.", "en", ("GBR", "072", "UKR", "asserted")),
    ("Die USA sagten der Ukraine ein weiteres Militärhilfepaket im Wert von 400 Millionen Dollar zu.", "de",
     ("USA", "0332", "UKR", "intent")),
], ids=["recruits", "militaerhilfepaket"])
def test_military_aid(text, lang, event):
    assert coded(text, lang, WAR) == [event]


@pytest.mark.parametrize(("text", "lang"), [
    ("Russian troops shelled Donetsk.", "en"),
    ("Russische Truppen beschossen Donezk.", "de"),
], ids=["en", "de"])
def test_donetsk_is_in_ukraine(text, lang):
    assert coded(text, lang, WAR) == [("RUS", "194", "UKR", "asserted")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Serbia and Kosovo agreed to a plan brokered by the EU.", "en"),
    ("Serbien und Kosovo einigten sich auf den von der EU vermittelten Plan.", "de"),
], ids=["en", "de"])
def test_an_agreement_on_a_plan_someone_brokered_is_no_offer_to_mediate(text, lang):
    assert coded(text, lang, WAR) == [("SRB+XKX", "03", "SRB+XKX", "asserted")]


def test_an_offer_to_mediate_stays_one():
    assert coded("Turkey agreed to mediate between Russia and Ukraine.", "en", WAR) == [
        ("TUR", "039", "RUS+UKR", "asserted")]


@pytest.mark.parametrize("text", [
    "Armenien hat seine Mitgliedschaft in der OVKS eingefroren.",
    "Armenien setzt seine Teilnahme an der OVKS aus.",
], ids=["einfrieren", "aussetzen"])
def test_membership_of_an_alliance_frozen(text):
    found = coded(text, "de", WAR)
    assert len(found) == 1 and found[0][0] == "ARM" and found[0][1].startswith("16") and found[0][2] == "IGO:CSTO"


@pytest.mark.parametrize(("text", "event"), [
    ("Die georgische Polizei nahm in Tiflis Dutzende Demonstranten fest.", ("GEO", "173", "GEO", "asserted")),
    ("Die Polizei nahm in Belarus Dutzende Oppositionelle fest.", ("BLR", "173", "BLR", "asserted")),
    ("Russlands Armee griff Charkiw an.", ("RUS", "190", "UKR", "asserted")),
], ids=["tiflis", "belarus", "genitive-stays"])
def test_a_name_in_s_of_a_state_or_capital_is_no_genitive(text, event):
    assert coded(text, "de", WAR) == [event]


@pytest.mark.parametrize(("text", "event"), [
    ("Russian missiles hit a residential building in Dnipro.", ("RUS", "190", "UKR", "asserted")),
    ("Russian missiles struck a residential building in Dnipro, killing 40 people.", ("RUS", "195", "UKR", "asserted")),
], ids=["hit", "struck"])
def test_what_missiles_hit_in_a_town(text, event):
    assert event in coded(text, "en", WAR)


def test_imports_banned_from_a_state():
    assert coded("Das Kosovo verbot die Einfuhr von Waren aus Serbien.", "de", WAR) == [
        ("XKX", "163", "SRB", "asserted")]


@pytest.mark.parametrize(("text", "event"), [
    ("Die Republik Moldau hat einen russischen Diplomaten ausgewiesen.", ("MDA", "166", "RUS", "asserted")),
    ("Moldau erklärte einen russischen Diplomaten zur Persona non grata.", ("MDA", "166", "RUS", "asserted")),
], ids=["republik-moldau", "persona-non-grata"])
def test_moldova_expels_a_diplomat(text, event):
    assert coded(text, "de", WAR) == [event]


@pytest.mark.parametrize(("text", "lang", "source", "target"), [
    ("Transnistria's separatist authorities asked Moscow for protection.", "en", ("MDA", "REB"), ("RUS", "GOV")),
    ("Abkhazia's leader met Putin in Sochi.", "en", ("GEO", "GOV"), ("RUS", "GOV")),
    ("Die Führung Abchasiens traf Putin.", "de", ("GEO", "GOV"), ("RUS", "GOV")),
], ids=["transnistria", "abkhazia", "abchasien"])
def test_breakaway_regions_are_their_states(text, lang, source, target):
    from coded_events import PIPELINE
    from chronist.model import Article
    doc = PIPELINE.process(Article(text=text, id="t", date=WAR), lang=lang)
    assert [([(a.code, a.sector) for a in e.source], [(a.code, a.sector) for a in e.target]) for e in doc.events] == [
        ([source], [target])]


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Vučić drohte mit dem Abbruch des Dialogs mit Pristina.", "de", ("SRB", "134", "XKX", "asserted")),
    ("Serbien drohte mit dem Abbruch der Beziehungen zu Kosovo.", "de", ("SRB", "1313", "XKX", "asserted")),
    ("Serbia threatened to pull out of talks with Kosovo.", "en", ("SRB", "13", "XKX", "asserted")),
    ("Serbia pulled out of the dialogue with Kosovo.", "en", ("SRB", "164", "XKX", "asserted")),
], ids=["de-dialog", "de-beziehungen", "en-threat", "en-pulled-out"])
def test_talks_broken_off_with_a_partner(text, lang, event):
    assert coded(text, lang, WAR) == [event]


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Die ukrainische Luftabwehr fing 30 russische Drohnen ab.", "de", ("UKR", "1711", "RUS", "asserted")),
    ("Ukrainian air defenses intercepted 30 Russian drones.", "en", ("UKR", "17", "RUS", "asserted")),
], ids=["de", "en"])
def test_drones_intercepted(text, lang, event):
    assert coded(text, lang, WAR) == [event]
