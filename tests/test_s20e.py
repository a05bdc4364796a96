"""Event categories (branch s20e; sentences written for these tests): what an act is aimed at, or
what one works for, decides its kind.

- A generic rejection (12) by a verb or noun of opposing (``Words.opposing_predicates``: oppose,
  resist, opposition; sich widersetzen, sich stellen / wenden / aussprechen gegen, Widerstand)
  aimed at a party itself, which a phrase names by its head, is opposition to the party: disapproval (110, ACCUSE), not the rejection of something asked or
  offered (``Coder._opposed_party``): "The Polish opposition party opposes the government in
  Warsaw" POL 110 POL (was 12), "Die Regierung wandte sich gegen die EU-Kommission" HUN 110
  IGO:EU; a plan, a demand or an act of a party stays rejected ("opposed the EU migration plan",
  "lehnte den Migrationsplan der EU ab", "gegen ein Bündnis mit der ÖVP"), and so does a person of the dictionary (a nominee
  voted down) and a pronoun (what it stands for may be a proposal).
- Working for the release of prisoners asks their holder to let them go (1053, REQUEST), for a
  ceasefire or a withdrawal de-escalation (1056, English only: the German frame took "bei dem
  Treffen mit Putin" for its target and lost the meeting): German "setzte sich für die Freilassung ein"
  (was 05, SUPPORT), English "lobbied / campaigned for the release" (frames-s20e.yaml).
- The police or judicial officers who storm a building, or force their way in, raid it (17,
  COERCE), as "police raided" and "durchsuchte" are: "Turkish police stormed the offices of an
  opposition newspaper", "Die Polizei drang in die Büros ... ein" (was 190, ASSAULT); an army's
  storming stays an attack (frames-s20e.yaml).
- English: an event noun that is the object of a verb of weighing an option ("weighed sanctions
  against El Salvador", "is considering new sanctions", "mulling an embargo") is considered, not
  done (``possibility_verbs``), as German "erwägt neue Sanktionen" and the deliberation_verbs'
  gerunds ("considered expelling") are (was coded as imposed).
- A hostile act announced on a condition that names no one else is a threat to the party whose
  act the condition names (``Coder._condition_party``, as for refusals): "Iran will retaliate if
  the United States attacks its nuclear sites" IRN 13 USA, "Der Iran werde zurückschlagen, falls
  die USA angreifen" (both were no event); German "zurückschlagen gegen" is a counterattack (19),
  as English "retaliated against".
- A cooperative act someone says it cannot or could not do (``Words.ability_modals``, negated) is
  refused, not only possible (``Coder._unable``, ``Coder._cannot``): "Argentina said it could not
  accept the proposal of the IMF" ARG 12 IMF, "Argentinien kann die Forderungen des IWF nicht
  erfüllen" (both were no event; "cannot" already was a refusal); a hostile act one could not do,
  what one could do, and what one was not able to do, told in the indicative past or as a
  circumstance ("Da die Polizei nicht helfen konnte"), stay as they were.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events

PLOVER = {"13": "THREATEN"}


@pytest.mark.parametrize("text, lang, expected", [
    ("The Polish opposition party opposes the government in Warsaw.", "en", ("POL", "110", "POL")),
    ("Hungary's prime minister set out his opposition to the European Union.", "en", ("HUN", "110", "IGO:EU")),
    ("Die polnische Oppositionspartei stellte sich gegen die Regierung in Warschau.", "de", ("POL", "110", "POL")),
    ("Die ungarische Regierung wandte sich gegen die EU-Kommission.", "de", ("HUN", "110", "IGO:EU")),
    ("Die venezolanische Opposition widersetzte sich der Regierung von Nicolas Maduro.", "de", ("VEN", "110", "VEN")),
])
def test_opposing_a_party_is_disapproval(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Hungarian government opposed the EU migration plan.", "en", ("HUN", "12", "IGO:EU")),
    ("Iran rejected the demands of the United States.", "en", ("IRN", "12", "USA")),
    ("Die ungarische Regierung stellte sich gegen den Migrationsplan der EU.", "de", ("HUN", "12", "IGO:EU")),
    ("Die ungarische Regierung lehnte den Migrationsplan der EU ab.", "de", ("HUN", "12", "IGO:EU")),
    ("Die SPÖ sprach sich gegen ein Bündnis mit der ÖVP aus.", "de", ("AUT", "12", "AUT")),
    ("The Hungarian government rejected the European Commission.", "en", ("HUN", "12", "IGO:EU")),
])
def test_opposing_a_plan_or_demand_stays_rejection(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Das Auswärtige Amt setzte sich bei der iranischen Regierung für die Freilassung des deutschen "
     "Journalisten ein.", "de", ("DEU", "1053", "IRN")),
    ("The German foreign ministry lobbied the government in Tehran for the release of the German journalist.",
     "en", ("DEU", "1053", "IRN")),
    ("The Turkish government campaigned for the release of the journalist held in Iran.", "en", ("TUR", "1053", "IRN")),
    ("France lobbied Russia for a ceasefire.", "en", ("FRA", "1056", "RUS")),
])
def test_working_for_a_release_or_ceasefire_asks_for_it(text, lang, expected):
    assert expected in _events(text, lang)


def test_working_for_a_people_stays_support():
    assert _events("Die türkische Regierung setzte sich für die syrischen Kurden ein.", "de") == [("TUR", "05", "SYR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkish police stormed the offices of an opposition newspaper in Ankara.", "en", ("TUR", "17", "TUR")),
    ("The offices of the newspaper were stormed by Turkish police.", "en", ("TUR", "17", "TUR")),
    ("Die türkische Polizei stürmte die Redaktion einer Oppositionszeitung in Ankara.", "de", ("TUR", "17", "TUR")),
    ("Die Zentrale der Zeitung wurde von der türkischen Polizei gestürmt.", "de", ("TUR", "17", "TUR")),
    ("Die russische Polizei drang in die Büros einer Menschenrechtsorganisation in Moskau ein.", "de", ("RUS", "17", "RUS")),
])
def test_police_storming_a_building_is_a_raid(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text", [
    "Washington weighed sanctions against El Salvador.",
    "The EU is considering new sanctions against Belarus.",
    "Poland considered the expulsion of Russian diplomats.",
    "The Kremlin is mulling an embargo on Lithuanian goods.",
])
def test_an_act_weighed_as_an_option_is_not_done(text):
    # as German "Die EU erwägt neue Sanktionen gegen Belarus" codes nothing (possibility_verbs)
    assert _events(text, "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran will retaliate if the United States attacks its nuclear sites.", "en", ("IRN", "THREATEN", "USA")),
    ("Der Iran werde zurückschlagen, falls die USA seine Atomanlagen angreifen.", "de", ("IRN", "THREATEN", "USA")),
])
def test_a_hostile_act_announced_on_a_condition_threatens_its_party(text, lang, expected):
    assert [(s, PLOVER[c[:2]], t) for s, c, t in _events(text, lang)] == [expected]


def test_striking_back_is_a_counterattack():
    assert _events("Die äthiopische Armee schlug gegen Eritrea zurück.", "de") == [("ETH", "19", "ERI")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Argentina said it could not accept the proposal of the IMF.", "en", ("ARG", "12", "IGO:IMF")),
    ("Argentina said it could not meet the demands of the IMF.", "en", ("ARG", "12", "IGO:IMF")),
    ("Turkey said it could not support the Swedish bid.", "en", ("TUR", "120", "SWE")),
    ("Argentinien kann die Forderungen des IWF nicht erfüllen.", "de", ("ARG", "12", "IGO:IMF")),
    ("Argentinien erklärte, es könne den Vorschlag des IWF nicht akzeptieren.", "de", ("ARG", "12", "IGO:IMF")),
    ("Die Türkei erklärte, sie könne den Antrag Schwedens nicht unterstützen.", "de", ("TUR", "120", "SWE")),
])
def test_a_cooperative_act_one_cannot_do_is_refused(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Russia could not attack Ukraine.", "en"),
    ("Argentina could accept the proposal of the IMF.", "en"),
    ("Russland kann die Ukraine nicht angreifen.", "de"),
    ("Argentinien könnte den Vorschlag des IWF akzeptieren.", "de"),
])
def test_what_one_could_do_or_a_hostile_act_one_cannot_stays_unreal(text, lang):
    assert _events(text, lang) == []


def test_what_one_was_not_able_to_do_is_no_refusal():
    assert not [e for e in _events("Die Regierung Italiens konnte den Flüchtlingen nicht helfen.", "de")
                if e[1].startswith("12")]
