"""English (and German) misses of the twenty-second session, branch s22b (sentences written for
these tests).

- Trust withheld from a party is a rejection (120), as a cooperative act one cannot or will not
  do is: the pack's ``attitude_verbs`` (``Coder._attitude_withheld``): "Iran does not trust the
  United States" IRN 120 USA (was SUPPORT 051 negated), "Ungarn vertraut der EU nicht"; and trust
  one says must come first ("unless", the English lexicon's ``negative_conditional_marks``) is
  trust withheld now: "Pakistan said talks would not resume unless it could trust India" PAK 120
  IND (was no event: a condition). So is an attitude
  noun held by none (``attitude_nouns``: "Britain has no confidence in the Russian government" GBR
  120 RUS; German "hat kein Vertrauen in", with the frame haben + Vertrauen, 051, frames-s22b.yaml).
- A bare "it" does not take a governing subject that is a thing in general, a singular common
  noun with no determiner ("trade", chronist/lang/en/pronouns.py ``_bare_mass``):
  the search goes on to the clause above ("Seoul insists trade will not recover unless it can
  trust Tokyo again": Seoul).
- Concessions provided, granted or given to someone are yielding (08), as "made concessions";
  withheld a rejection (12): "Greece did not provide further concessions to the EU" GRC 12 EU
  (was AID 07 negated); "granted concessions" is added to the grant frame of an extension (frames-art42c.yaml); German
  "gewährte Zugeständnisse" likewise (de/frames-art42c.yaml), "räumte Zugeständnisse ein"
  (de/frames-s22b.yaml).
- A vehicle driven, ploughed, crashed or steered into or through people or a crowd is an attack on
  them (180), as "rammed his car into" is (190; frames-s22b.yaml, English and German): "A Turkish
  man drove into a group of Syrian refugees" TUR 180 SYR (was no event); "Ein Türke fuhr in eine Gruppe
  syrischer Flüchtlinge"; troops driving into a town stay no attack.
- What one says a party is doing to talks, a deal or relations ("X said Y was ...ing"): a deal, a
  treaty, relations or a dialogue undermined (the undermine list, frames-vocab3.yaml; German
  untergraben, frames-wrongs.yaml) and talks or a peace process sabotaged (sabotage 111,
  sabotieren 112, frames-s22b.yaml) are the speaker's accusation of the party: "The Iranian
  foreign minister said the United States was undermining the nuclear deal" IRN 111 USA, "Russia
  said Ukraine was sabotaging the peace talks" RUS 111 UKR (were no event).
- Distrust, scepticism and disappointment of a party and patience lost with it are disapproval
  (110): adjectives suspicious, wary, distrustful, mistrustful, skeptical, sceptical (frames-s22b.yaml),
  the disappoint frame with a with-phrase (frames-petrarch-a.yaml), lose + patience with
  (frames-art28a.yaml): "Poland is suspicious of Russia" POL 110 RUS, "Washington has lost patience
  with Islamabad" USA 110 PAK (were no event). (German "skeptisch", "misstrauisch" in the *dismay
  list of de/frames-vocab5.yaml was tried and dropped: a bare "ist skeptisch" found a target.)
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded as _coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran does not trust the United States.", "en", ("IRN", "120", "USA", "asserted")),
    ("The German chancellor said she did not trust the Russian president.", "en", ("DEU", "120", "RUS", "asserted")),
    ("Pakistan said peace talks would not resume unless it could trust India.", "en", ("PAK", "120", "IND", "asserted")),
    ("Seoul insists trade will not recover unless it can trust Tokyo again.", "en", ("KOR", "120", "JPN", "asserted")),
    ("Kenya said peace would not return unless it could trust Somalia.", "en", ("KEN", "120", "SOM", "asserted")),
    ("Ungarn vertraut der Europäischen Union nicht.", "de", ("HUN", "120", "IGO:EU", "asserted")),
    ("Der iranische Präsident sagte, er vertraue den Vereinigten Staaten nicht.", "de", ("IRN", "120", "USA", "asserted")),
    ("Britain has no confidence in the Russian government.", "en", ("GBR", "120", "RUS", "asserted")),
    ("Iran said it had no faith in the United States.", "en", ("IRN", "120", "USA", "asserted")),
    ("Polen hat kein Vertrauen in Russland.", "de", ("POL", "120", "RUS", "asserted")),
])
def test_trust_withheld_is_a_rejection(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Iran trusts the United States.", "en"),
    ("Pakistan said talks would resume if it could trust India.", "en"),
    ("Britain has confidence in the Polish government.", "en"),
    ("Polen hat Vertrauen in die Vereinigten Staaten.", "de"),
])
def test_trust_given_or_conditional_is_no_rejection(text, lang):
    assert not any(c.startswith("12") for _, c, _, _ in _coded(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Greece did not provide further concessions to the European Union.", "en", ("GRC", "12", "IGO:EU", "asserted")),
    ("Spain provided concessions to Morocco on fishing.", "en", ("ESP", "08", "MAR", "asserted")),
    ("Greece granted concessions to Turkey.", "en", ("GRC", "08", "TUR", "asserted")),
    ("Die spanische Regierung räumte Marokko Zugeständnisse ein.", "de", ("ESP", "08", "MAR", "asserted")),
    ("Griechenland gewährte der Europäischen Union keine weiteren Zugeständnisse.", "de", ("GRC", "12", "IGO:EU", "asserted")),
])
def test_concessions_provided_or_withheld(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("A Turkish man drove into a group of Syrian refugees.", "en", ("TUR", "180", "SYR", "asserted")),
    ("A Turkish man drove his car through a crowd of Syrian refugees.", "en", ("TUR", "180", "SYR", "asserted")),
    ("Ein Türke fuhr mit seinem Auto in eine Gruppe syrischer Flüchtlinge.", "de", ("TUR", "180", "SYR", "asserted")),
])
def test_vehicle_driven_into_people(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Turkish troops drove into the Syrian town of Afrin.", "en"),
    ("A Turkish convoy drove into the Syrian town of Manbij.", "en"),
    ("Türkische Truppen fuhren in die syrische Stadt Afrin.", "de"),
])
def test_vehicle_driven_elsewhere_is_no_attack(text, lang):
    assert not any(c.startswith(("18", "19")) for _, c, _, _ in _coded(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("The Iranian foreign minister said the United States was undermining the nuclear deal.", "en", ("IRN", "111", "USA")),
    ("Russia said Ukraine was sabotaging the peace talks.", "en", ("RUS", "111", "UKR")),
    ("Der iranische Außenminister sagte, die USA untergrüben das Atomabkommen.", "de", ("IRN", "112", "USA")),
    ("Russland sagte, die Ukraine sabotiere die Friedensgespräche.", "de", ("RUS", "112", "UKR")),
])
def test_said_to_undermine_or_sabotage_talks(text, lang, expected):
    assert expected in [(s, c, t) for s, c, t, _ in _coded(text, lang)]


def test_sabotage_of_things_of_force_stays_171():
    assert ("UKR", "171", "RUS") in [(s, c, t) for s, c, t, _ in _coded("Ukrainian saboteurs sabotaged a Russian pipeline.", "en")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Poland is suspicious of Russia.", "en", ("POL", "110", "RUS")),
    ("China is wary of American intentions.", "en", ("CHN", "110", "USA")),
    ("Germany is disappointed with the Polish government.", "en", ("DEU", "110", "POL")),
    ("The United States has lost patience with Pakistan.", "en", ("USA", "110", "PAK")),
])
def test_distrust_and_lost_patience_are_disapproval(text, lang, expected):
    assert expected in [(s, c, t) for s, c, t, _ in _coded(text, lang)]
