"""Wire reports translated from English into German (branch art29b): the German side of a translated
report codes what its English original codes. Covered: an apposition after the closing verbs
("wird Serbien und Ungarn besuchen, zwei Länder, die ..."), a relative clause whose plural present
the tagger reads as a participle, a relative clause that is no purpose of a visit, "es wird erwartet,
dass" as "is expected to", inquiries opened into something, a participle attribute's agent ("in der
von der Hamas kontrollierten Enklave"), a speaker's act joined to the copula of what it said ("said it
was deeply concerned and called on"), detention extended of whom the object's genitive names, a
release demanded of no one named, calls for protests, gatherings before a public building, a
relative clause of place ("wo die Polizei Tränengas einsetzte"), a protest told with
"bei" that is not the subject's, talks a visit is for, "the two leaders" after a third person, the
government a people's demand names without its country, and vows. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_events import coded

CASES = [
    # an apposition after the closing verbs is no second object that makes the first a dative
    ("Xi wird außerdem Serbien und Ungarn besuchen, zwei Länder, die freundschaftliche Beziehungen zu "
     "Peking unterhalten.", "de", ("CHN", "042", "SRB+HUN")),
    # a relative clause's plural present read as a participle ("unterhalten") is still its verb
    ("Die Huthi-Rebellen, die enge Kontakte zu Teheran unterhalten, griffen Schiffe der US-Marine an.", "de",
     ("YEM", "040", "IRN")),
    # ... nor is one after ", als"
    ("Deutschland hat am Dienstag zwei russische Diplomaten ausgewiesen, als Reaktion auf den Mord an einem "
     "Georgier.", "de", ("DEU", "166", "RUS")),
    # the author of a motion or resolution in a participle attribute says what it says
    ("In der von Frankreich eingebrachten Resolution wird Russland aufgefordert, seine Truppen abzuziehen.", "de",
     ("FRA", "10", "RUS")),
    # "es wird erwartet, dass ..." tells the act as expected to come, as "is expected to"
    ("Es wird erwartet, dass Macron Xi drängen wird, seinen Einfluss auf Moskau zu nutzen.", "de",
     ("FRA", "10", "CHN")),
    # what an inquiry looks into is its target
    ("Die Europäische Union leitete eine Untersuchung zu chinesischen Subventionen für Elektroautos ein.", "de",
     ("IGO:EU", "09", "CHN")),
    ("Die EU-Kommission hat eine Untersuchung über russische Cyberangriffe eingeleitet.", "de",
     ("IGO:EU", "09", "RUS")),
    # a speaker's act joined to the copula of what it says of itself
    ("The U.S. State Department said it was deeply concerned and called on Georgian authorities to respect "
     "the right to peaceful assembly.", "en", ("USA", "02", "GEO")),
    # detention extended of whom the object's genitive names
    ("Ein Gericht in Moskau verlängerte die Untersuchungshaft des US-Journalisten Evan Gershkovich um drei "
     "Monate.", "de", ("RUS", "173", "USA")),
    # a release demanded of no one named is a demand still
    ("Washington hat ihn als unrechtmäßig inhaftiert eingestuft und seine sofortige Freilassung gefordert.", "de",
     ("USA", "1053", "")),
    # a call for protests is an appeal; the protests are called for, not held
    ("Die größte Oppositionspartei CHP übte scharfe Kritik an der Festnahme und rief zu Protesten auf.", "de",
     ("TUR", "020", "")),
    # protesters gathered before a public building
    ("Hunderte Demonstranten versammelten sich in Istanbul vor dem Gebäude der Stadtverwaltung.", "de",
     ("TUR", "141", "TUR")),
    # a relative clause of place is no content of the protest before it
    ("Istanbul – Hunderte Demonstranten versammelten sich vor dem Gebäude der Stadtverwaltung, wo die Polizei "
     "Tränengas einsetzte.", "de", ("TUR", "175", "TUR")),
    # "the two leaders" after a third person named in the sentence: the pair named before
    ("Macron wird Xi drängen, seinen Einfluss auf Moskau zu nutzen. Der Präsident des Europäischen "
     "Rates, Donald Tusk, wird an einem Treffen mit den beiden Staatschefs teilnehmen.", "de",
     ("IGO:EU", "036", "FRA+CHN")),
    # an unnamed government a people's demand names is their own
    ("Tausende Israelis protestierten in Tel Aviv und forderten, dass die Regierung die Freilassung der in "
     "Gaza festgehaltenen Geiseln sicherstellt.", "de", ("ISR", "10", "ISR")),
    ("Thousands of Israelis protested in Tel Aviv and demanded that the government secure the release of "
     "the hostages held in Gaza.", "en", ("ISR", "10", "ISR")),
    # a vow (to a party named: one made to no one is no interaction since the tenth session of
    # 2026-12-06, tests/test_promises_to_no_one.py)
    ("Kenia schwor Äthiopien die Treue.", "de", ("KEN", "03", "ETH")),
]

NOT_CODED = [
    # the agent inside a participle attribute is no agent of the clause's passive
    ("Bei israelischen Luftangriffen sind in Rafah im Süden des Gazastreifens nach Angaben von "
     "Gesundheitsbeamten in der von der Hamas kontrollierten Enklave mindestens 20 Menschen getötet worden.", "de",
     ("PSE", "18", "PSE")),
    # ... nor are the rebels who hold a town where soldiers were killed their killers
    ("In der von Rebellen gehaltenen Stadt Goma wurden zwei Soldaten aus Uganda getötet.", "de", ("COD", "18", "COD")),
    # a relative clause on the place visited is no purpose of the visit (a visit in intent, not 036)
    ("Putin wird Ungarn besuchen, ein Land, das enge Kontakte zu Moskau unterhält.", "de", ("RUS", "036", "HUN")),
    # the protest a call is for is not held
    ("Die größte Oppositionspartei CHP rief zu Protesten gegen die Regierung auf.", "de", ("TUR", "14", "TUR")),
    # a protest told with "bei" is not the security forces'
    ("Senegalesische Sicherheitskräfte töteten bei Protesten gegen die Regierung mindestens 40 Menschen.", "de",
     ("SEN", "14", "SEN")),
    # an act a protest noun is against is not the act of the verb's subject
    ("Laut Menschenrechtsgruppen töteten Sicherheitskräfte im vergangenen Jahr bei Protesten gegen Sonkos "
     "Verurteilung mindestens 40 Menschen.", "de", ("SEN", "111", "SEN")),
    # the talks a visit is for are the visit, not an announced meeting of their own
    ("Der chinesische Präsident Xi Jinping wird nächste Woche zu Gesprächen mit dem französischen Präsidenten "
     "Emmanuel Macron nach Paris reisen.", "de", ("CHN", "036", "FRA")),
]


@pytest.mark.parametrize("text,lang,event", CASES)
def test_coded(text, lang, event):
    assert event in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text,lang,event", NOT_CODED)
def test_not_coded(text, lang, event):
    assert event not in [e[:3] for e in coded(text, lang)]


def test_the_passive_agent_is_the_attacker():
    events = [e[:3] for e in coded("Bei israelischen Luftangriffen sind in Rafah im Süden des Gazastreifens nach "
                                   "Angaben von Gesundheitsbeamten in der von der Hamas kontrollierten Enklave "
                                   "mindestens 20 Menschen getötet worden.", "de")]
    assert ("ISR", "195", "PSE") in events


def test_visit_with_a_relative_clause_stays_a_visit():
    assert ("RUS", "042", "HUN") in [e[:3] for e in coded(
        "Putin wird Ungarn besuchen, ein Land, das enge Kontakte zu Moskau unterhält.", "de")]
