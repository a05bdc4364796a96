"""English admonitions, branch s22a (sentences written for these tests).

- A warning whose object is told by a to-infinitive what to do ("warned Iran to stop its missile
  tests", "warned residents to stay indoors"), or a quotation that opens with a bare verb ("“Stop
  the war,” the minister warned Putin"), lays an obligation on it, as "told ... to" does
  (lexicon directive_verbs): the demand of the dependent clause (10), no threat
  (``Coder._admonished``); a warning that something will happen stays a threat (13).
- People a governing verb tells what they must do, named by their noun alone ("told residents to
  stay indoors", "told farmers to leave the forest"), are the country of the one who tells them,
  as a body named so is (``Coder._deontic``, ADDRESSED_PEOPLE_SECTORS): USA 10 USA (was no event).
- An encouragement or a caution whose object a to-infinitive tells what to do is a demand too
  ("encourage", "caution", "nudge" join directive_verbs; ``_admonished`` drops the support or
  threat frame): "Germany encouraged Serbia to recognise Kosovo" DEU 10 SRB (was DEU 051 SRB and
  SRB 054 XKX, a recognition told as done); "encouraged the rebels" stays support (051).
- The event nouns of what a demand says must be done are no acts ("told Turkey to hold talks
  with Greece" holds none: was also TUR 040 GRC asserted), as the content of a demand is not.
- The blame or the responsibility for a harm shared, shouldered or carried, in someone's words,
  is blame laid on the subject (112), as borne is (frames-s22a.yaml): "Paris said Rome shared the
  blame for the crisis" FRA 112 ITA (was no event); shared by no one's word, or responsibility for
  no harm ("share responsibility for security"), is none.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("The French government warned Iran to stop its missile tests.", ("FRA", "10", "IRN")),
    ("The Kenyan police warned Somali militants to surrender.", ("KEN", "10", "SOM")),
    ("Brazil warned Venezuelan troops not to cross the border.", ("BRA", "10", "VEN")),
    ("\u201cStop the war,\u201d the French minister warned Putin.", ("FRA", "10", "RUS")),
])
def test_warning_to_do_something_is_a_demand(text, expected):
    events = _events(text, "en")
    assert expected in events
    assert not [e for e in events if e[1].startswith("13")]


def test_warning_of_what_will_happen_stays_a_threat():
    assert ("FRA", "13", "IRN") in _events("The French government warned Iran that it would respond.", "en")
    assert ("FRA", "10", "IRN") in _events("The French government warned Iran to stop its missile tests.", "en")
    assert ("FRA", "13", "RUS") in _events("\u201cWe will respond,\u201d the French minister warned Putin.", "en")


@pytest.mark.parametrize("text, expected", [
    ("The Texas governor told residents to stay indoors.", ("USA", "10", "USA")),
    ("The Kenyan president told farmers to leave the forest.", ("KEN", "10", "KEN")),
    ("Police in Berlin warned residents to stay away from the river.", ("DEU", "10", "DEU")),
])
def test_people_told_what_to_do_are_the_tellers(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("The French minister said Italy shared the blame for the crisis.", ("FRA", "112", "ITA")),
    ("The Somali president said Kenya shouldered the responsibility for the killings.", ("SOM", "112", "KEN")),
    ("The Ukrainian foreign minister said Russia carried the responsibility for the downing of the plane.",
     ("UKR", "112", "RUS")),
])
def test_blame_shared_in_someones_words_is_blame(text, expected):
    assert expected in _events(text, "en")
    assert _events("NATO and the EU share responsibility for security in Europe.", "en") == []
    assert _events("Both sides share the blame for the war.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Germany encouraged Serbia to recognise Kosovo.", ("DEU", "10", "SRB")),
    ("The French government cautioned Iran to stop its missile tests.", ("FRA", "10", "IRN")),
    ("Washington nudged Seoul to resume talks with Tokyo.", ("USA", "10", "KOR")),
])
def test_encouraged_to_act_is_a_demand_and_no_act(text, expected):
    assert _events(text, "en") == [expected]
    assert ("USA", "051", "SYR") in _events("The US encouraged the Syrian rebels.", "en")


@pytest.mark.parametrize("text, expected", [
    ("The EU told Turkey to hold talks with Greece.", ("IGO:EU", "10", "TUR")),
    ("Moscow ordered Minsk to hold negotiations with Vilnius.", ("RUS", "10", "BLR")),
])
def test_talks_one_is_told_to_hold_are_not_held(text, expected):
    assert _events(text, "en") == [expected]
