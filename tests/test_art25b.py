"""Armed conflict as whole wire reports tell it (sentences written for these tests, branch art25b).

- A criticism or protest that names an act of force by a definite noun and no doer ("condemned
  the attack", "verurteilte den Raketenbeschuss auf Israel", "protested against the detentions")
  is aimed at who did that act earlier in the article: the last one aimed at whom the noun names,
  else the one doer of all such acts, else the last one told in the sentences just before; no one
  when the doer is unknown or the critic's own side.
- A visit ended or cut short ("beendete ihren Besuch in China", "ended her visit to China") was
  made: no breaking off of talks (164).
- Prisoners, hostages or bodies exchanged are persons released (0841), also counted ("exchanged
  dozens of prisoners": what an amount of dozens, hundreds, a batch is of is the object's word).
- "gefangen genommen", the particle spelt apart before the participle, is "gefangennehmen";
  "Beschuss" (HanTa's lemma "Beschuß") is an event noun.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


def _events(sentences: list[str], lang: str):
    doc = PIPELINE.process(Article(text=" ".join(sentences), sentences=sentences, id="t", date=PUBLISHED,
                                   lang=lang), lang=lang)
    return [(e.sentence_index, "+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


@pytest.mark.parametrize("sentences, lang, expected", [
    (["Israeli jets struck targets in Gaza overnight.",
      "Egypt sharply criticised the air strikes."], "en", (1, "EGY", "ACCUSE", "ISR")),
    (["Police in Istanbul detained 40 members of the opposition party on Monday.",
      "The party condemned the detentions."], "en", (1, "TUR", "ACCUSE", "TUR")),
    (["Russia launched a cyber attack on Estonia in 2007.",
      "Germany condemned the attack on Tuesday."], "en", (1, "DEU", "ACCUSE", "RUS")),
    (["Die türkische Armee hat kurdische Stellungen im Nordirak bombardiert.",
      "Die irakische Regierung verurteilte die Angriffe."], "de", (1, "IRQ", "ACCUSE", "TUR")),
    (["Militante Palästinenser feuerten Raketen auf Israel ab.",
      "Israelische Kampfjets bombardierten daraufhin Ziele der Hamas im Gazastreifen.",
      "Die EU verurteilte den Beschuss auf Israel."], "de", (2, "IGO:EU", "ACCUSE", "PSE")),
], ids=["strikes-en", "detentions-en", "cyber-en", "angriffe-de", "beschuss-aimed-de"])
def test_criticism_of_an_earlier_act_is_aimed_at_its_doer(sentences, lang, expected):
    assert expected in _events(sentences, lang)


@pytest.mark.parametrize("sentences, lang", [
    (["Unknown gunmen attacked a church in Burkina Faso.", "The pope condemned the attack."], "en"),
    (["Unbekannte haben in Kabul eine Moschee angegriffen.", "Die UNO verurteilte den Angriff."], "de"),
    (["France condemned the attack."], "en"),
], ids=["unknown-attackers-en", "unbekannte-de", "no-earlier-act-en"])
def test_criticism_of_an_act_by_no_one_known_has_no_target(sentences, lang):
    critic = len(sentences) - 1
    assert not [e for e in _events(sentences, lang) if e[0] == critic and e[2] == "ACCUSE" and e[3]]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bundeskanzlerin Angela Merkel beendete am Freitag ihren Besuch in China.", "de", ("DEU", "CONSULT", "CHN")),
    ("Der israelische Premier brach seinen Besuch in Paris wegen der Eskalation vorzeitig ab.", "de",
     ("ISR", "CONSULT", "FRA")),
    ("Chancellor Angela Merkel ended her visit to China on Friday.", "en", ("DEU", "CONSULT", "CHN")),
], ids=["beendete-besuch", "brach-besuch-ab", "ended-visit"])
def test_a_visit_ended_is_no_talks_broken_off(text, lang, expected):
    events = _events([text], lang)
    assert (0, *expected) in events
    assert not [e for e in events if e[2] == "SANCTION"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia and Ukraine exchanged dozens of prisoners of war on Saturday.", "en", ("RUS+UKR", "RETREAT", "RUS+UKR")),
    ("Armenia exchanged hundreds of detainees with Azerbaijan.", "en", ("ARM", "RETREAT", "AZE")),
    ("Die Regierungstruppen hätten rund 200 Kämpfer der Rebellen gefangen genommen, sagte der Sprecher der Armee Libyens.",
     "de", ("LBY", "COERCE", "LBY")),
    ("Zwei türkische Soldaten wurden von der PKK gefangen genommen.", "de", ("TUR", "ASSAULT", "TUR")),
    ("Die Hamas bekannte sich am Abend zu dem Raketenbeschuss auf Israel.", "de", ("PSE", "ASSAULT", "ISR")),
], ids=["exchanged-dozens", "exchanged-hundreds", "gefangen-genommen", "gefangen-genommen-passiv",
        "bekennt-sich-zu-beschuss"])
def test_conflict_wordings(text, lang, expected):
    assert (0, *expected) in _events([text], lang)


@pytest.mark.parametrize("text, lang", [
    ("Fans exchanged scarves with the visiting supporters.", "en"),
    ("The two clubs traded players in the summer.", "en"),
    ("Die Familie hat den Hund bei der Tierärztin frei gelassen.", "de"),
], ids=["scarves", "players", "hund"])
def test_no_event(text, lang):
    assert _events([text], lang) == []


@pytest.mark.parametrize("text", [
    "Germany and France urged Moscow to honour the ceasefire agreed in Minsk in 2015.",
    "The United Nations called on Israel to respect the truce agreed last week.",
    "Britain asked Iran to release the tanker seized in the Gulf of Oman.",
], ids=["agreed-in-minsk", "agreed-last-week", "seized-in-the-gulf"])
def test_a_participle_after_the_object_is_no_act_of_the_subject(text):
    """"the ceasefire agreed in Minsk": the participle, which the parser reads as a past tense
    conjoined with the main verb, is no act of the main verb's subject."""
    events = _events([text], "en")
    subject = events[0][1] if events else ""
    assert not [e for e in events if e[2] in ("AGREE", "COERCE", "ASSAULT") and e[1] == subject]


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel handed over two captured Syrian soldiers to Syria through the Red Cross.", "en", ("ISR", "RETREAT", "SYR")),
    ("Der Iran hat die Besatzung des britischen Tankers an Großbritannien übergeben.", "de", ("IRN", "RETREAT", "GBR")),
    ("The Nigerian army launched an operation against Boko Haram in Borno state.", "en", ("NGA", "ASSAULT", "NGA")),
    ("Houthi rebels targeted a Saudi oil refinery with drones on Saturday.", "en", ("YEM", "ASSAULT", "SAU")),
], ids=["handed-over-soldiers", "besatzung-uebergeben", "launched-operation", "targeted-refinery"])
def test_conflict_wordings_2(text, lang, expected):
    assert (0, *expected) in _events([text], lang)


@pytest.mark.parametrize("text, lang", [
    ("The police launched an operation to find the missing girl.", "en"),
    ("The new rules target airports across Europe.", "en"),
    ("Der Minister übergab dem Piloten eine Urkunde.", "de"),
], ids=["rescue-operation", "rules-target", "urkunde"])
def test_no_event_2(text, lang):
    assert _events([text], lang) == []


@pytest.mark.parametrize("text, expected", [
    ("French troops killed a senior jihadist commander in northern Mali.", ("FRA", "ASSAULT", "MLI")),
    ("British soldiers captured an Islamic State commander in eastern Syria.", ("GBR", "COERCE", "SYR")),
], ids=["northern-mali", "eastern-syria"])
def test_a_name_after_a_compass_adjective_places_the_act(text, expected):
    """"in northern Mali" after the object is where the act was, though the parser takes "Mali"
    for a person: the commander killed there is of Mali, not of the French who killed him."""
    events = _events([text], "en")
    assert (0, *expected) in events, events


@pytest.mark.parametrize("text, arrest", [
    ("Israeli police arrested two Palestinians suspected of a stabbing attack in Jerusalem.", ("ISR", "COERCE", "PSE")),
    ("Turkish police detained 30 people suspected of links to the PKK on Thursday.", ("TUR", "COERCE", "TUR")),
], ids=["suspected-of-attack", "suspected-of-links"])
def test_what_detainees_are_suspected_of_is_no_accusation_of_its_own(text, arrest):
    events = _events([text], "en")
    assert (0, *arrest) in events
    assert not [e for e in events if e[2] == "ACCUSE"], events


@pytest.mark.parametrize("text, expected", [
    ("Seven people were killed in a US air strike in Somalia on Sunday.", ("USA", "ASSAULT", "SOM")),
    ("Nine civilians were killed in a Russian air strike on a market in northern Syria.", ("RUS", "ASSAULT", "SYR")),
], ids=["us-strike-somalia", "russian-strike-syria"])
def test_an_attack_phrase_with_in_is_no_place(text, expected):
    """"killed in a US air strike in Somalia": the strike's doer is the attacker, not a second
    place beside Somalia that leaves the victims nowhere."""
    assert (0, *expected) in _events([text], "en")


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Israel and Hamas agreed to a truce brokered by Egypt on Thursday.",
     [("ISR+PSE", "AGREE", "ISR+PSE"), ("EGY", "CONSULT", "ISR+PSE")], ("ISR+PSE", "AGREE", "EGY")),
    ("Russia and Ukraine held talks in Minsk mediated by Germany and France.",
     [("DEU+FRA", "CONSULT", "RUS+UKR")], ("DEU+FRA", "CONSULT", "")),
], ids=["truce-brokered", "talks-mediated"])
def test_a_mediator_named_by_a_participle_is_no_party(text, expected, not_expected):
    """"a truce brokered by Egypt": Egypt mediated between the two who agreed; it is neither the
    truce's owner nor the one the agreement was made with."""
    events = _events([text], "en")
    for e in expected:
        assert (0, *e) in events, events
    assert (0, *not_expected) not in events


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Israel und die Hamas einigten sich am Abend unter Vermittlung Ägyptens auf eine Waffenruhe.",
     [("ISR+PSE", "AGREE", "ISR+PSE"), ("EGY", "CONSULT", "ISR+PSE")], ("ISR+PSE", "AGREE", "EGY")),
    ("Russland und die Ukraine verhandelten am Montag unter Vermittlung Deutschlands und Frankreichs in Minsk.",
     [("DEU+FRA", "CONSULT", "RUS+UKR")], ("DEU+FRA", "CONSULT", "BLR")),
], ids=["vermittlung-aegyptens", "vermittlung-in-minsk"])
def test_a_mediator_under_a_verb_mediates_between_its_subject(text, expected, not_expected):
    """"unter Vermittlung Ägyptens": Egypt is no party to the truce, and mediates between those
    who agree or negotiate, not with the state of the venue ("in Minsk")."""
    events = _events([text], "de")
    for e in expected:
        assert (0, *e) in events, events
    assert (0, *not_expected) not in events
