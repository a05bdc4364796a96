"""Known open items in both languages, round 4: accusations in varied wordings (sentences
written for these tests, branch art43d).

- German "vorhalten" takes the accused also as the accusative object, which the parser makes of
  a state's bare name: "Moskau hielt Ankara vor, Terroristen zu unterstützen" is RUS 112 TUR
  (frames-cameo.yaml; was no event).
- Who is brought before a court is sued: "Die Palästinenser zogen Israel vor den Internationalen
  Strafgerichtshof" is PSE 115 ISR (frames-light.yaml, the object as a target of "vor Gericht
  ziehen"; was no event).
- "nahm X ins Visier" said of a politician or a state criticises X (111, frames-light.yaml); of
  armed forces it stays fire (19), of courts and police an investigation (09).
- Blame seen or sought with someone (frames-art43d.yaml): "Moskau sah die Verantwortung bei
  Ankara" RUS 112 TUR; a politician who "schießt gegen" someone criticises him ("Davutoglu schoss
  gegen Moskau" TUR 111 RUS), police or soldiers who shoot do not.
- English "bear responsibility for" an attack, in someone's words, is the speaker's blame
  (frames-art43d.yaml): "Washington said Moscow bore responsibility for the attack" USA 112 RUS.
- A response called excessive or disproportionate is criticised (lexicon evaluative_adjectives,
  the scorn classes of both frames-light.yaml): "Paris said Israel's response was excessive" FRA
  111 ISR, "nannte die Reaktion Israels unverhältnismäßig".
- Support, aid, arms or shelter that another party says a state gives to rebels or terrorists is
  that party's accusation of the state (``Coder._told_violation``, as a told violation is): "Riyadh
  said Tehran was arming the Houthis" was IRN 072 YEM reported, now SAU 112 IRN; "Erdogan said
  Germany was harbouring terrorists" TUR 112 DEU; German "Lawrow sagte, die Türkei unterstütze
  Terroristen" RUS 112 TUR. Support of a government ("Kerry said Russia was supporting Assad")
  stays the support, reported.
- English: accusations faced or drawn from someone are his accusation of the subject (112,
  frames-art43d.yaml), as criticism faced is his criticism: "Israel faced accusations from the
  Palestinians of using excessive force" PSE 112 ISR (was no event).
- English: who incites violence, in someone's words, is blamed by the speaker
  (frames-art43d.yaml): "Netanyahu said Abbas was inciting violence" ISR 112 PSE (was no event).
- A participle of the
  pack's ``adjectival_participles`` with a direct object is a verb in the perfect, not an
  adjective (chronist/lang/en/clauses.py): "Turkey had committed a crime" was the adjective
  "committed" with an object; "Turkey is committed to the ceasefire" stays the adjective.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline
from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Moskau hielt Ankara vor, Terroristen zu unterstützen.", "de", ("RUS", "112", "TUR")),
    ("Die Palästinenser zogen Israel vor den Internationalen Strafgerichtshof.", "de", ("PSE", "115", "ISR")),
    ("Der Kreml nahm Erdogan ins Visier.", "de", ("RUS", "111", "TUR")),
    ("Moskau sah die Verantwortung bei Ankara.", "de", ("RUS", "112", "TUR")),
    ("Der Kreml suchte die Schuld bei der Türkei.", "de", ("RUS", "112", "TUR")),
    ("Davutoglu schoss gegen Moskau.", "de", ("TUR", "111", "RUS")),
    ("Washington said Moscow bore responsibility for the attack on the convoy.", "en", ("USA", "112", "RUS")),
    ("Moscow bears responsibility for the bombing, Le Drian said.", "en", ("FRA", "112", "RUS")),
    ("Paris said Israel's response was excessive.", "en", ("FRA", "111", "ISR")),
    ("Frankreich nannte die Reaktion Israels unverhältnismäßig.", "de", ("FRA", "111", "ISR")),
    ("Der Kreml zieh Ankara der Lüge.", "de", ("RUS", "112", "TUR")),
    ("Moskau wetterte über Ankara.", "de", ("RUS", "111", "TUR")),
    ("Israel faced accusations from the Palestinians of using excessive force.", "en", ("PSE", "112", "ISR")),
    ("Turkey drew accusations from Moscow.", "en", ("RUS", "112", "TUR")),
    ("Die Afrikanische Union legte Nkurunziza den Verzicht auf eine dritte Amtszeit ans Herz.", "de", ("IGO:AU", "02", "BDI")),
])
def test_accusation_in_varied_wordings(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Armee nahm die Stellungen der Rebellen ins Visier.", "de", "19"),
    ("Die Staatsanwaltschaft nahm den Parteichef ins Visier.", "de", "09"),
])
def test_taking_aim_stays_fire_or_investigation_for_forces_and_courts(text, lang, expected):
    assert [c for _, c, _ in _events(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Die Polizei schoss gegen die Demonstranten.", "de"),
    ("Russia bore the brunt of the attack.", "en"),
    ("Erdogan wetterte über die Zustände im Land.", "de"),
])
def test_no_accusation(text, lang):
    assert not [e for e in _events(text, lang) if e[1].startswith("11")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Riyadh said Tehran was arming the Houthis.", "en", ("SAU", "112", "IRN")),
    ("Erdogan said Germany was harbouring terrorists.", "en", ("TUR", "112", "DEU")),
    ("Turkey said the United States was arming the YPG.", "en", ("TUR", "112", "USA")),
    ("Lawrow sagte, die Türkei unterstütze Terroristen.", "de", ("RUS", "112", "TUR")),
    ("Riad erklärte, der Iran liefere Waffen an die Huthis.", "de", ("SAU", "112", "IRN")),
    ("Russland sagte, die Türkei kaufe Öl vom Islamischen Staat.", "de", ("RUS", "112", "TUR")),
    ("Russia said Turkey was buying oil from the Islamic State.", "en", ("RUS", "112", "TUR")),
])
def test_told_support_of_rebels_is_an_accusation(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_told_support_of_a_government_stays_support():
    assert _events("Kerry said Russia was supporting Assad.", "en") == [("RUS", "05", "SYR")]


def test_no_accusation_of_ones_own_forces():
    assert not [e for e in _events("Moscow said its forces were cooperating with the Kurdish rebels.", "en")
                if e[1] == "112"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Netanyahu said Abbas was inciting violence.", "en", ("ISR", "112", "PSE")),
    ("Hamas is inciting the attacks, the Israeli prime minister said.", "en", ("ISR", "112", "PSE")),
])
def test_told_incitement_is_blame(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Turkey had committed a crime.", ("verb", "commit")),
    ("Turkey is committed to the ceasefire.", ("adj", "committed")),
])
def test_participle_with_an_object_is_a_verb(text, expected):
    doc = Pipeline.default().process(Article(text=text, date=dt.date(2015, 11, 30)), lang="en")
    predicate = doc.sentences[0].clauses[0].predicate
    assert (predicate.kind, predicate.lemma) == expected
