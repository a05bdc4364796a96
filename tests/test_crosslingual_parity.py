"""A German sentence and its English translation give the same events (the measure of
benchmarks/crosslingual.py): the same PLOVER category, source and target codes."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from chronist.model import Article
from chronist.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def coded(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = next(iter(pipeline.process_many([Article(text=text, id="t", lang=lang)], lang=lang)))
    return {("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
            for e in doc.events}


PAIRS = [
    # a title with a name the tagger reads as a verb ("Ri"), then a pronoun in the next sentence
    ("Der nordkoreanische Außenminister Ri Yong Ho sprach in New York. Er kritisierte die USA.",
     "North Korean Foreign Minister Ri Yong Ho spoke in New York. He criticised the US.",
     {("PRK", "ACCUSE", "USA")}),
    ("Der nordkoreanische Außenminister Ri Yong Ho kam nach Genf. Er rief Japan auf, die Sanktionen aufzuheben.",
     "North Korean Foreign Minister Ri Yong Ho came to Geneva. He called on Japan to lift the sanctions.",
     {("PRK", "REQUEST", "JPN")}),
    # subject and object as two bare names side by side before the German verb at the end
    ("Diplomaten sagten, dass Panama Peking anerkannt hatte.",
     "Diplomats said that Panama had recognized Beijing.",
     {("PAN", "SUPPORT", "CHN")}),
    ("Beobachter glauben, dass Russland Syrien weiterhin unterstützt.",
     "Observers believe that Russia still supports Syria.",
     {("RUS", "SUPPORT", "SYR")}),
    ("Weil die USA Venezuela kritisiert hatten, protestierte Caracas.",
     "Because the US had criticised Venezuela, Caracas protested.",
     {("USA", "ACCUSE", "VEN")}),
    # one coding convention in both packs: training another country's forces is military aid
    ("Frankreich bildet seit Jahren malische Soldaten aus.",
     "France has been training Malian soldiers for years.",
     {("FRA", "AID", "MLI")}),
    # a deployment's destination is its place, not its target, in both packs
    ("Russland verlegte Panzer nach Belarus.", "Russia moved tanks to Belarus.", {("RUS", "MOBILIZE", "-")}),
    ("Die Türkei entsandte Truppen an die syrische Grenze.", "Turkey dispatched troops to the Syrian border.",
     {("TUR", "MOBILIZE", "-")}),
    # two clauses joined by "und" after a noun phrase that holds one: the clauses are cut after
    # the first one's participle, not inside the noun phrase
    ("Im Frühjahr wurden die Verhandlungen zwischen Serbien und dem Kosovo fortgesetzt und eine Einigung wird im Herbst erwartet.",
     "In spring the negotiations between Serbia and Kosovo continued and an agreement is expected in autumn.",
     {("SRB+XKX", "CONSULT", "SRB+XKX")}),
    ("Russland hat die Ukraine und Georgien kritisiert und die USA haben Syrien angegriffen.",
     "Russia has criticised Ukraine and Georgia, and the US has attacked Syria.",
     {("RUS", "ACCUSE", "UKR+GEO"), ("USA", "ASSAULT", "SYR")}),
    # what one is wary of doing is not done: German says it with "nicht"
    ("Polen möchte dem Vorschlag nicht zustimmen.", "Poland is wary of agreeing to the proposal.",
     {("POL", "REJECT", "-")}),
    # event nouns with their parties, the German "durch" as the English "by"
    ("Die Auslieferung des Verdächtigen an die Türkei durch Deutschland verärgerte Kurden.",
     "The extradition of the suspect to Turkey by Germany angered Kurds.",
     {("DEU", "COOPERATE", "TUR")}),
    ("Die Kapitulation Japans vor den Vereinigten Staaten beendete den Krieg.",
     "Japan's surrender to the United States ended the war.",
     {("JPN", "RETREAT", "USA")}),
    # kinds of civilians both actor lists know
    ("Landwirte protestierten in Brüssel gegen die EU.", "Farmers protested in Brussels against the EU.",
     {("UNK", "PROTEST", "IGO:EU")}),
    ("Fußgänger protestierten in Paris gegen die Regierung.", "Pedestrians protested in Paris against the government.",
     {("FRA", "PROTEST", "FRA")}),
    # an agreement between two parties, told by a noun
    ("Beobachter sagten, die neue Vereinbarung zwischen Ghana und Togo habe die Spannungen gemindert.",
     "Observers said the new agreement between Ghana and Togo had eased the tensions.",
     {("GHA+TGO", "AGREE", "GHA+TGO")}),
    # two parties who both want a meeting: each other's partner in it
    ("Sowohl Serbien als auch das Kosovo wollen neue Gespräche.", "Both Serbia and Kosovo want new talks.",
     {("SRB+XKX", "AGREE", "SRB+XKX")}),
    # a rejected offer: whom it came from is the target ("aus", "from"); a denied charge is a
    # statement, no event (tests/test_no_political_event.py)
    ("Kiew wies den Vorschlag aus Moskau zurück.", "Kyiv dismissed the proposal from Moscow.",
     {("UKR", "REJECT", "RUS")}),
    # asking for help without saying whom: a request all the same, in both packs
    ("Die Regierung Haitis bat nach dem Erdbeben um Hilfe.",
     "The Haitian government appealed for help after the earthquake.",
     {("HTI", "REQUEST", "-")}),
    # the people of a crime report: the German list has the English list's suspects and boys
    ("Die französische Polizei nahm am Montag zwei Tatverdächtige fest.",
     "French police arrested two suspects on Monday.",
     {("FRA", "COERCE", "FRA")}),
    ("Die Polizei hat am Abend einen Verdächtigen festgenommen.",
     "Police arrested a suspect in the evening.",
     {("UNK", "COERCE", "UNK")}),
    ("Zwei Jungen wurden von der italienischen Polizei festgenommen.",
     "Two boys were arrested by Italian police.",
     {("ITA", "COERCE", "ITA")}),
    # a possessor named with first name and surname ("Donald Trumps"), an adjective before the noun
    ("Wladimir Putins wichtiges Treffen mit Emmanuel Macron wurde verschoben.",
     "Vladimir Putin's important meeting with Emmanuel Macron was postponed.",
     {("RUS", "CONSULT", "FRA")}),
    # a march is a protest, as a noun too
    ("Der Marsch serbischer Studenten gegen die Regierung in Belgrad ging weiter.",
     "Serbian students' march against the government in Belgrade went on.",
     {("SRB", "PROTEST", "SRB")}),
    # the last round's German mechanisms and their English counterparts: the doer named by
    # "durch"/"by" is the target, the addressee of a letter, an accusation made by someone, a
    # decision made, "das Königreich"/"the kingdom"
    ("Frankreich verurteilte die Festnahme eines französischen Journalisten durch die iranischen Behörden.",
     "France condemned the arrest of a French journalist by the Iranian authorities.",
     {("FRA", "ACCUSE", "IRN")}),
    ("Putin forderte in einem Brief an Obama ein Ende der Sanktionen.",
     "In a letter to Obama, Putin demanded an end to the sanctions.",
     {("RUS", "REQUEST", "USA")}),
    ("Die Ukraine wies die von Russland erhobene Anschuldigung zurück.",
     "Ukraine denied the accusation made by Russia.",
     {("RUS", "ACCUSE", "UKR")}),
    ("Die EU traf die Entscheidung, Sanktionen gegen Belarus zu verhängen.",
     "The EU made the decision to impose sanctions on Belarus.",
     {("IGO:EU", "SANCTION", "BLR")}),
    ("Bahrain richtete zwei Aktivisten hin. Die USA kritisierten das Königreich.",
     "Bahrain executed two activists. The United States criticised the kingdom.",
     {("USA", "ACCUSE", "BHR")}),
]

# ... and what neither codes: an event noun striven for, referred to, awaited or made a condition,
# a plan not carried out, an unowned decision's infinitive
NO_EVENT_PAIRS = [
    ("Deutschland hat sich für Gespräche mit der Türkei stark gemacht.", "Germany lobbied for talks with Turkey."),
    ("Der polnische Präsident erinnerte an den deutschen Überfall auf Polen.",
     "The Polish president recalled the German invasion of Poland."),
    ("Die Nato will den Abzug der russischen Truppen aus Syrien abwarten.",
     "NATO will await the withdrawal of Russian troops from Syria."),
    ("Brüssel macht die Wiederaufnahme der Gespräche mit der Türkei von der Freilassung der Journalisten abhängig.",
     "Brussels makes the resumption of talks with Turkey dependent on the release of the journalists."),
    ("Israel und die Hamas wollten eigentlich am Freitag einen Waffenstillstand unterzeichnen.",
     "Israel and Hamas originally wanted to sign a ceasefire on Friday."),
    ("Die Regierung begrüßte die Entscheidung, die Sanktionen gegen Russland aufzuheben.",
     "The government welcomed the decision to lift the sanctions against Russia."),
]


@pytest.mark.parametrize("de, en, expected", PAIRS, ids=[p[1][:40] for p in PAIRS])
def test_translation_gives_the_same_events(pipeline, de, en, expected):
    german, english = coded(pipeline, de, "de"), coded(pipeline, en, "en")
    assert expected <= german, german
    assert expected <= english, english


@pytest.mark.parametrize("de, en", NO_EVENT_PAIRS, ids=[p[1][:40] for p in NO_EVENT_PAIRS])
def test_translation_gives_no_event_either(pipeline, de, en):
    assert coded(pipeline, de, "de") == set()
    assert coded(pipeline, en, "en") == set()


def test_two_names_of_one_actor_stay_one_phrase(pipeline):
    # a person's name that begins with a country's name, and a name of three parts
    assert ("ISR", "ACCUSE", "IRN") in coded(pipeline, "Außenminister Israel Katz kritisierte den Iran.", "de")
    assert ("KOR", "CONSULT", "PRK") in coded(
        pipeline, "Der südkoreanische Präsident Moon Jae In traf den Machthaber Kim Jong Un.", "de")


def test_capitalised_verb_reading_before_a_name_is_a_name():
    words = tokens("Gestern sagte Außenminister Ri Yong Ho, er komme.", 0, 49)
    assert [t.pos for t in words if t.text in ("Ri", "Yong", "Ho")] == ["NE", "NE", "NE"]
    # a verb after a name is still a verb, and so is the first word of a sentence
    words = tokens("Rufe Minister Ri an!", 0, 20)
    assert words[0].pos.startswith("V")


def test_noun_reading_after_a_first_name_that_makes_a_known_name_is_a_name(pipeline):
    words = tokens("Nigel Farage kritisierte die Regierung in London.", 0, 49)
    assert [t.pos for t in words[:2]] == ["NE", "NE"]
    assert ("GBR", "ACCUSE", "GBR") in coded(pipeline, "Nigel Farage kritisierte die Regierung in London.", "de")
    # a common noun after a name stays a noun when the two make no name of the dictionary
    words = tokens("In Berlin Regierung und Opposition streiten.", 0, 44)
    assert words[2].pos == "NN"


def test_an_agreement_takes_its_parties_from_its_own_phrase(pipeline):
    # the possessor and the partner, not the subject of the clause it stands in
    assert ("IRN", "AGREE", "CHN") in coded(pipeline, "Iran's agreement with China angered Washington.", "en")
    said = coded(pipeline, "Mali and Niger warned that there will be no aid until there is an agreement.", "en")
    assert not [e for e in said if e[1] == "AGREE"], said
    assert not coded(pipeline, "Diplomats said the agreement with Iran was fragile.", "en")


def _actors(pipeline: Pipeline, text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = pipeline.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [(a.code, a.sector) for s in doc.sentences for c in s.clauses for p in c.arguments for a in p.actors]


@pytest.mark.parametrize("de, en", [
    ("Die Polizei nahm zwei Tatverdächtige fest.", "Police arrested two suspects."),
    ("Die Polizei nahm den Täter fest.", "Police arrested the perpetrator."),
    ("Die Polizei nahm drei Jungen fest.", "Police arrested three boys."),
    ("Die Polizei nahm den Dieb fest.", "Police arrested the thief."),
], ids=["Tatverdächtige", "Täter", "Jungen", "Dieb"])
def test_the_people_of_a_crime_report_are_civilians_in_both_packs(pipeline, de, en):
    assert ("UNK", "CVL") in _actors(pipeline, de, "de")
    assert ("UNK", "CVL") in _actors(pipeline, en, "en")


def test_an_adjective_that_is_an_agent_noun_too_names_no_one(pipeline):
    # "verdächtige Pakete", "junge Leute": the adjective, not a suspect or a boy
    for text in ("Die Polizei fand verdächtige Pakete in Berlin.", "Junge Leute feierten in Berlin."):
        assert ("UNK", "CVL") not in _actors(pipeline, text, "de"), text


NEITHER = [
    # destruction with no one named as its victim: no event in either pack (the gold codes none)
    ("Die Regierung baute die von den Rebellen zerstörten Dörfer wieder auf.",
     "The government rebuilt the villages destroyed by the rebels."),
]


@pytest.mark.parametrize("de, en", NEITHER, ids=[p[1][:40] for p in NEITHER])
def test_translation_gives_no_event_on_either_side(pipeline, de, en):
    assert coded(pipeline, de, "de") == set()
    assert coded(pipeline, en, "en") == set()


def test_finite_verb_after_und_behind_a_dass_clause_goes_on_with_the_main_clause(pipeline):
    # German word order says it: "und kritisierte" after "dass ... habe" is the main clause's
    # second verb (in English "that the EU had adopted ... and criticised" is ambiguous)
    events = coded(pipeline, "Ungarn erklärte, dass die EU neue Regeln beschlossen habe und kritisierte Deutschland.", "de")
    assert ("HUN", "ACCUSE", "DEU") in events, events
    # and it takes no object of the subordinate clause ("Flüchtlinge" is not whom Syria asks)
    events = coded(pipeline, "Syrien sagt, dass es bereit für die Rückkehr von Flüchtlingen sei und bittet um Hilfe.", "de")
    assert not [e for e in events if e[1] == "REQUEST" and e[2] != "-"], events


def test_advising_and_training_forces_is_aid_not_a_consultation(pipeline):
    # soldiers in a relative clause interrupted by another, who train and advise another army
    german = coded(pipeline, "Kanada hat kanadische Ausbilder entsandt, die ukrainische Soldaten, die an der Front "
                             "kämpfen, ausbilden und beraten.", "de")
    english = coded(pipeline, "Canadian instructors train and advise Ukrainian soldiers who fight at the front.", "en")
    for events in (german, english):
        assert ("CAN", "AID", "UKR") in events, events
        assert not [e for e in events if e[1] == "CONSULT"], events


def test_a_denied_attack_is_no_attack(pipeline):
    # denying a clause is a statement (CAMEO 016), no rejection either: tests/test_no_political_event.py
    for text, lang in (("Äthiopien bestritt, dass es Eritrea angegriffen habe.", "de"),
                       ("Ethiopia denied attacking Eritrea.", "en"),
                       ("Ethiopia denied that it had attacked Eritrea.", "en"),
                       ("Ethiopia disputed that it had attacked Eritrea.", "en"),
                       ("Äthiopien stritt ab, Eritrea angegriffen zu haben.", "de")):
        assert not [e for e in coded(pipeline, text, lang) if e[1] == "ASSAULT"], text
