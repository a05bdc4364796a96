"""US politics and foreign policy and the Americas as wire reports tell them (sentences written for
these tests, branch art29e).

- A legislature that impeaches an official charges him (112), in the active, the passive and after
  "voted to".
- The congresses of Latin American states and the Philippines named with their state ("Brazil's
  Congress", "the Peruvian Congress") are theirs, no US Congress beside them; "Congress" alone stays
  the US Congress.
- A state named before a body of its own, in one word or as a possessive ("das
  US-Repräsentantenhaus", "Russia's Federation Council"), is one actor, the body, not the body and
  the state's government.
- Officials of Washington's Venezuela policy, senators, Venezuelan, Colombian and Peruvian figures,
  Venezuela's armed forces and intelligence service, the Commerce Department and Southern Command,
  Mexico's Morena and Colombia's Centro Democrático resolve, with the role of the article's date.
- Federal and constitutional judges ("Bundesrichter", "Verfassungsrichter") are of the judiciary.
- A court that halts, suspends, strikes down, blocks, stops or overturns a government's decree,
  order or policy rejects it (12).
- A deadline given to someone to do something is an ultimatum (139).
- A state's or international body named again with the noun it was named with ("the Trump
  administration ... the administration", "die US-Regierung ... die Regierung", "the International
  Criminal Court ... the court") is that body, not the state named last since.
- A past tense after the infinitive of a demand ("urged Maduro to step down and called on Cuba to
  ...") is the demander's own second act (an English parser repair).
- "traf Trump im Weißen Haus" is a meeting: the words of a phrase naming a state's body meet no
  object condition (not "traf ein Haus", a strike).
- German peace, trade, nuclear, disarmament and ceasefire talks ("Friedensgespräche",
  "Handelsverhandlungen") are talks for the frames' conditions ("nahmen die Friedensgespräche wieder auf").
- A group designated as a terrorist organisation, a state ranked as a sponsor of terror
  ("als Terrorunterstützer eingestuft") is accused (112).
- Sanctions called economic warfare, a move called a coup attempt ("Wirtschaftskrieg",
  "Putschversuch") are criticised (111).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("The House of Representatives impeached President Donald Trump on Wednesday.", ("USA", "112", "USA")),
    ("The House of Representatives voted to impeach President Donald Trump.", ("USA", "112", "USA")),
    ("President Trump was impeached by the House of Representatives.", ("USA", "112", "USA")),
    ("Brazil's Congress voted to impeach President Dilma Rousseff.", ("BRA", "112", "BRA")),
])
def test_impeachment(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, lang, expected, unexpected", [
    ("Brazil's Congress voted to impeach President Dilma Rousseff.", "en", ("BRA", "ACCUSE", "BRA"),
     ("BRA+USA", "ACCUSE", "BRA")),
    ("Peru's Congress accused President Martin Vizcarra of corruption.", "en", ("PER", "ACCUSE", "PER"),
     ("PER+USA", "ACCUSE", "PER")),
    ("Das US-Repräsentantenhaus hat ein Amtsenthebungsverfahren gegen Präsident Donald Trump eingeleitet.", "de",
     ("USA", "ACCUSE", "USA"), None),
    ("Washington – Das US-Repräsentantenhaus kritisierte Präsident Donald Trump scharf.", "de",
     ("USA", "ACCUSE", "USA"), None),
])
def test_legislatures(text, lang, expected, unexpected):
    found = events(text, lang)
    assert expected in found
    assert unexpected not in found


def test_us_congress_stays_american():
    text = ("President Donald Trump imposed new sanctions on Venezuela on Tuesday. "
            "Congress criticized Trump for the decision.")
    assert ("USA", "ACCUSE", "USA") in events(text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("A federal judge in Seattle halted the Trump administration's asylum policy.", "en", ("USA", "12", "USA")),
    ("The Supreme Court struck down President Trump's executive order on immigration.", "en", ("USA", "12", "USA")),
    ("A federal appeals court suspended President Trump's order on asylum.", "en", ("USA", "12", "USA")),
    ("Ein Bundesrichter blockierte Trumps Dekret zum Einreiseverbot.", "de", ("USA", "12", "USA")),
    ("Ein Bundesgericht in Kalifornien stoppte Trumps Einreiseverbot.", "de", ("USA", "12", "USA")),
    ("Das Oberste Gericht kippte das Einreiseverbot von Präsident Trump.", "de", ("USA", "12", "USA")),
    ("Ein US-Bundesrichter setzte Trumps Einreiseverbot für Muslime aus.", "de", ("USA", "12", "USA")),
])
def test_courts_halt_policies(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text", [
    "Ein Bundesrichter verurteilte den Mann zu zehn Jahren Haft.",
    "Der Verfassungsrichter trat zurück.",
])
def test_judges_are_judiciary(text):
    from chronist.model import Article
    from tests.coded_events import PIPELINE
    doc = PIPELINE.process(Article(text=text, id="t"), lang="de")
    sectors = {a.sector for s in doc.sentences for c in s.clauses for arg in c.arguments for a in arg.actors}
    assert "JUD" in sectors


@pytest.mark.parametrize("text, expected", [
    ("The European Union gave Nicolas Maduro eight days to call new elections.", ("IGO:EU", "139", "VEN")),
    ("Washington gave the Venezuelan military 48 hours to abandon Maduro.", ("USA", "139", "VEN")),
])
def test_deadlines_are_ultimatums(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States imposed new sanctions on Venezuela's oil industry. "
     "Maduro called the sanctions economic warfare.", "en", ("VEN", "111", "USA")),
    ("Die USA haben neue Sanktionen gegen Venezuela verhängt. "
     "Maduro bezeichnete die Sanktionen als Wirtschaftskrieg.", "de", ("VEN", "111", "USA")),
    ("Caracas – Präsident Nicolás Maduro bezeichnete Guaidós Vorgehen als Putschversuch.", "de", ("VEN", "111", "VEN")),
    ("Maduro bezeichnete den Schritt der Opposition als Staatsstreich.", "de", ("VEN", "111", "VEN")),
])
def test_called_war_or_coup(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Trump administration imposed new sanctions on Nicaragua on Monday. "
     "The administration also condemned President Daniel Ortega.", "en", ("USA", "ACCUSE", "NIC")),
    ("The Trump administration imposed new sanctions on Nicaragua. "
     "The administration accused Cuba of supporting Ortega.", "en", ("USA", "ACCUSE", "CUB")),
    ("Die US-Regierung hat neue Sanktionen gegen Nicaragua verhängt. "
     "Die Regierung warf Präsident Daniel Ortega zudem Menschenrechtsverletzungen vor.", "de", ("USA", "ACCUSE", "NIC")),
    ("The United States imposed sanctions on the International Criminal Court. "
     "Secretary of State Mike Pompeo accused the court of targeting American soldiers.", "en",
     ("USA", "ACCUSE", "IGO:ICC")),
])
def test_body_named_again_with_its_noun(text, lang, expected):
    """"the administration", "die Regierung" after "the Trump administration", "die US-Regierung",
    "the court" after "the International Criminal Court": that body, not the state named last since
    (nor nothing, where a person's name stood in the phrase), nor a party named after it ("American
    soldiers")."""
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Pompeo urged Maduro to step down and called on Cuba to stop supporting him.", ("USA", "REQUEST", "CUB")),
    ("Pompeo urged Maduro to step down and accused Cuba of propping up his government.", ("USA", "ACCUSE", "CUB")),
    ("The EU urged Russia to withdraw its troops and praised Ukraine for its restraint.", ("IGO:EU", "SUPPORT", "UKR")),
])
def test_second_verb_after_a_demand(text, expected):
    """A past tense after the infinitive of a demand ("urged X to step down and called on Y") is the
    demander's second act, not part of what X is asked to do (the parser joined it to the infinitive)."""
    assert expected in events(text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia's Federation Council criticized Ukraine.", "en", ("RUS", "LEG")),
    ("Venezuela's Bolivarian National Guard fired tear gas at protesters in Caracas.", "en", ("VEN", "MIL")),
    ("Venezuela's PSUV accused Colombia of harbouring paramilitaries.", "en", ("VEN", "PTY")),
    ("Russlands Föderationsrat kritisierte die Ukraine.", "de", ("RUS", "LEG")),
])
def test_state_named_before_its_body(text, lang, expected):
    """A state named before a body of its own ("Russia's Federation Council", "das
    US-Repräsentantenhaus") only says whose body it is: one actor, the body."""
    from chronist.model import Article
    from tests.coded_events import PIPELINE
    doc = PIPELINE.process(Article(text=text, id="t"), lang=lang)
    assert [[(a.code, a.sector) for a in e.source] for e in doc.events][:1] == [[expected]]


@pytest.mark.parametrize("text, date, expected", [
    ("Special envoy Elliott Abrams criticized Cuba.", dt.date(2019, 3, 4), ("USA", "GOV")),
    ("State Department spokeswoman Morgan Ortagus criticized Cuba.", dt.date(2019, 9, 4), ("USA", "GOV")),
    ("Senator Mike Lee criticized China.", dt.date(2019, 3, 4), ("USA", "LEG")),
    ("Senator Marco Rubio criticized Cuba.", dt.date(2019, 3, 4), ("USA", "LEG")),
    ("Diosdado Cabello accused Colombia of plotting a coup.", dt.date(2019, 3, 4), ("VEN", "LEG")),
    ("Ivan Marquez accused Colombia of betraying the peace deal.", dt.date(2020, 3, 4), ("COL", "REB")),
    ("Keiko Fujimori accused President Martin Vizcarra of corruption.", dt.date(2019, 3, 4), ("PER", "OPP")),
    ("The Commerce Department blacklisted the Chinese firm Huawei.", dt.date(2019, 5, 16), ("USA", "GOV")),
    ("US Southern Command sent troops to Colombia.", dt.date(2019, 3, 4), ("USA", "MIL")),
    ("Mexico's ruling Morena party criticized Trump.", dt.date(2019, 3, 4), ("MEX", "PTY")),
    ("Colombia's Centro Democratico party criticized Venezuela.", dt.date(2019, 3, 4), ("COL", "PTY")),
    ("SEBIN agents arrested Guaidó's chief of staff.", dt.date(2019, 3, 4), ("VEN", "GOV")),
])
def test_actors_of_the_americas(text, date, expected):
    from chronist.model import Article
    from tests.coded_events import PIPELINE
    doc = PIPELINE.process(Article(text=text, id="t", date=date), lang="en")
    assert expected in [(a.code, a.sector) for e in doc.events for a in e.source]


@pytest.mark.parametrize("text, expected, unexpected", [
    ("Brasiliens Präsident Jair Bolsonaro traf Trump im Weißen Haus.", ("BRA", "CONSULT", "USA"),
     ("BRA", "ASSAULT", "USA")),
    ("Der mexikanische Außenminister Marcelo Ebrard traf US-Vizepräsident Mike Pence im Weißen Haus.",
     ("MEX", "CONSULT", "USA"), ("MEX", "ASSAULT", "USA")),
])
def test_met_in_a_state_body(text, expected, unexpected):
    """A phrase that names a state's body ("im Weißen Haus") says where someone was met: its words
    meet no object condition ("traf ein Haus" is a strike, 190)."""
    found = events(text, "de")
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize("text, expected", [
    ("Bogotá – Die kolumbianische Regierung und die ELN-Guerilla haben in Havanna die Friedensgespräche "
     "wieder aufgenommen.", ("COL+COL", "CONSULT", "COL+COL")),
    ("Die kolumbianische Regierung hat mit der ELN Friedensgespräche aufgenommen.", ("COL", "CONSULT", "COL")),
    ("Washington – Die USA haben mit China die Handelsgespräche wieder aufgenommen.", ("USA", "CONSULT", "CHN")),
])
def test_talks_named_by_their_subject(text, expected):
    """Peace, trade, nuclear, disarmament and ceasefire talks ("Friedensgespräche",
    "Handelsverhandlungen") are talks for the frames' conditions."""
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States designated the Houthis as a terrorist organization.", "en", ("USA", "112", "YEM")),
    ("Washington designated Hezbollah as a terrorist group.", "en", ("USA", "112", "LBN")),
    ("Die US-Regierung stufte Kuba als Terrorunterstützer ein.", "de", ("USA", "112", "CUB")),
])
def test_designated_terrorists(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]
