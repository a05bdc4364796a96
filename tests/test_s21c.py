"""Branch s21c: German words and turns that unseen news (silver s17c-s19b) used and the packs
lacked, with their English counterparts (sentences written for these tests).

- The authorities, police or courts that close a mosque, a church or another place of worship
  restrict its people (172), as closing a newspaper does (1721): "Die Behörden schlossen die
  Moschee", "die Schließung der Moschee", "authorities closed the mosque"; not a congregation
  that closes its own church.
- The police or government that clear a camp of refugees or migrants evict them (174, as English
  "evicted"): "räumte das Flüchtlingslager"; not migrants who leave their own camp (the noun "Räumung" is
  left out: the refugees its genitive names were read as the ones who clear).
- Migrants or refugees led or brought back into a country are deported (174), as "zurückgeschickt"
  and "die Rückführung": "führte Migranten nach Serbien zurück"; not "führte X auf Y zurück".
- The police who stop or hold up people detain them (173), as "aufgegriffen": "Die Polizei
  stoppte die Migranten", "police stopped the migrants"; not an army that stops rebels.
- The police who force their way in raid (17), as "stürmte" and "drang ein": "verschaffte sich
  Zugang zu den Räumen", "police forced their way into the offices" (was a demand, 10).
- One who commits itself to something promises it (03, intent), as "versprach": "verpflichtete
  sich gegenüber der EU" (German only with the one committed to: a country the content names is
  no partner), "committed itself to closer cooperation with Italy" (was cooperation done, 06);
  not one obliged by others.
- The overthrow of a president, a government or a ruler by someone is coercion (17), as the verbs
  stürzen and entmachten and English "the overthrow/ouster of": "der Sturz des Präsidenten durch
  die Armee", "die Entmachtung des Präsidenten durch das Militär"; only a ruler the genitive's head
  names (no plane's crash, no fall in prices), and no government fallen by a vote.
"""

from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("Die usbekische Polizei schloss am Freitag eine Moschee in Taschkent.", "de", ("UZB", "COERCE", "UZB")),
    ("Eine Kirche in Wuhan wurde von der chinesischen Polizei geschlossen.", "de", ("CHN", "COERCE", "CHN")),
    ("Die Regierung Tadschikistans ordnete die Schließung von zwei Koranschulen in Duschanbe an.", "de", ("TJK", "COERCE", "TJK")),
    ("The Uzbek police closed a mosque in Tashkent on Friday.", "en", ("UZB", "COERCE", "UZB")),
    ("Chinese authorities shut down a church in Wuhan.", "en", ("CHN", "COERCE", "CHN")),
])
def test_places_of_worship_closed_by_the_state(text, lang, expected):
    assert expected in events(text, lang)


def test_a_church_closed_by_its_own_congregation_is_no_event():
    assert events("Die Gemeinde in Leipzig schloss ihre Kirche im Winter.", "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Die italienische Polizei räumte ein Migrantenlager in Ventimiglia.", ("ITA", "COERCE", "ITA")),
    # (the refugees, of no named country, keep an unknown one: s22d)
    ("Die Polizei räumte am Dienstag das Lager der Flüchtlinge bei Calais.", ("FRA", "COERCE", "UNK")),
])
def test_camps_of_refugees_cleared_by_the_police(text, expected):
    assert expected in events(text, "de")


def test_migrants_leaving_their_own_camp_is_no_event():
    assert events("Die Migranten räumten ihr Lager in der Nacht.", "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Slowenien führte dreißig Migranten nach Kroatien zurück.", ("SVN", "COERCE", "HRV")),
    ("Italien brachte zweihundert Flüchtlinge nach Libyen zurück.", ("ITA", "COERCE", "LBY")),
])
def test_migrants_led_or_brought_back_are_deported(text, expected):
    assert expected in events(text, "de")


def test_tracing_a_rise_back_to_a_cause_is_no_event():
    assert events("Der polnische Minister führte den Anstieg der Preise auf den Krieg zurück.", "de") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Die slowenische Polizei stoppte sechzig Migranten an der Grenze zu Kroatien.", "de", ("SVN", "COERCE", "UNK")),
    ("Die georgische Polizei hielt die Demonstranten vor dem Parlament auf.", "de", ("GEO", "COERCE", "GEO")),
    ("Slovenian police stopped sixty migrants at the Croatian border.", "en", ("SVN", "COERCE", "UNK")),
])
def test_people_stopped_by_the_police_are_held(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Armee stoppte die Rebellen vor der Stadt.", "de"),
    ("The army stopped the rebels outside the city.", "en"),
])
def test_rebels_stopped_by_an_army_are_not_arrested(text, lang):
    assert not any(e[1] == "COERCE" for e in events(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die russische Polizei verschaffte sich gewaltsam Zugang zu den Räumen einer Oppositionszeitung.", "de",
     ("RUS", "COERCE", "RUS")),
    ("Russian police forced their way into the offices of an opposition newspaper.", "en", ("RUS", "COERCE", "RUS")),
])
def test_police_forcing_their_way_in_raid(text, lang, expected):
    assert expected in events(text, lang)
    assert not any(e[1] == "REQUEST" for e in events(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Libyen verpflichtete sich gegenüber Italien, die Küste besser zu überwachen.", "de", ("LBY", "AGREE", "ITA")),
    ("Libya committed itself to closer cooperation with Italy.", "en", ("LBY", "AGREE", "ITA")),
])
def test_who_commits_itself_promises(text, lang, expected):
    assert expected in events(text, lang)
    assert not any(e[1] == "COOPERATE" for e in events(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Die EU verpflichtete Libyen zur Überwachung der Küste.", "de"),
    ("The militia committed atrocities in the south of Libya.", "en"),
])
def test_obliging_another_or_committing_crimes_is_no_promise(text, lang):
    assert not any(e[1] == "AGREE" for e in events(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Nach dem Sturz des guineischen Präsidenten durch die Armee setzte die Afrikanische Union Guinea aus.",
     ("GIN", "COERCE", "GIN")),
    ("Die Entmachtung des nigrischen Präsidenten durch meuternde Soldaten kam für Paris überraschend.",
     ("NER", "COERCE", "NER")),
])
def test_overthrow_nouns_coerce_the_ruler(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "Der Absturz des russischen Flugzeugs über dem Sinai tötete alle Insassen.",
    "Der Preissturz des russischen Öls traf den Haushalt in Moskau.",
    "Der Sturz der italienischen Regierung durch ein Misstrauensvotum überraschte Brüssel.",
])
def test_falls_that_are_no_overthrow(text):
    assert not any(e[1] == "COERCE" for e in events(text, "de"))
