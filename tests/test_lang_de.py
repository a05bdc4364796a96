"""The German front-end on sentences written for these tests."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronist.lang.de import GermanFrontEnd, tag
from chronist.lang.de.split import split_sentences
from chronist.model import Article, Clause

FRONTEND = GermanFrontEnd()


def clauses(text: str) -> list[Clause]:
    sentences = FRONTEND.process(Article(text=text, sentences=[text]))
    return sentences[0].clauses


def verb(text: str, lemma: str) -> Clause:
    found = [c for c in clauses(text) if c.predicate.lemma == lemma]
    assert found, f"no clause with {lemma!r} in {[c.predicate.lemma for c in clauses(text)]}"
    return found[0]


def role_text(clause: Clause, role: str, prep: str | None = None) -> list[str]:
    return [a.text for a in clause.args(role, prep=prep)]


@pytest.mark.parametrize("text, expected", [
    ("Am 12. Juni treffen sich die beiden. Danach reisen sie ab.", 2),
    ("Dr. Meier sprach u.a. über Sanktionen. Die Regierung schwieg.", 2),
    ("Er sagte: «Wir verhandeln weiter. Das ist klar.» Dann ging er.", 2),
    ("Berlin (dpa) - Die Kanzlerin reist am 1. Mai nach Paris.", 1),
    ("Der Gipfel endete.\n\nFoto: Archiv", 2),
    ("", 0),
], ids=["ordinal-date", "abbreviations", "quote-kept-whole", "dateline", "paragraph", "empty"])
def test_sentence_splitting(text, expected):
    assert len(split_sentences(text)) == expected


def test_caption_is_recognised():
    sentences = FRONTEND.process(Article(text="Der Gipfel endete.\n\nFoto: Archiv/Agentur"))
    assert [s.caption for s in sentences] == [False, True]
    assert sentences[1].clauses == []


@pytest.mark.parametrize("text, lemma", [
    ("Die Regierung forderte die Rebellen zur Waffenruhe auf.", "auffordern"),
    ("Der Minister regte neue Gespräche an.", "anregen"),
    ("Frankreich sagte der Ukraine weitere Hilfe zu.", "zusagen"),
    ("Peking wies die Vorwürfe entschieden zurück.", "zurückweisen"),
    ("Auch der Kanzler ließ durchblicken, dass er verhandeln will.", "durchblicken"),
], ids=["auffordern", "anregen", "zusagen", "zurückweisen", "ließ-durchblicken"])
def test_separable_particle_joins_the_lemma(text, lemma):
    assert verb(text, lemma).predicate.kind == "verb"


@pytest.mark.parametrize("text, lemma", [
    ("Die Opposition ruft nach wie vor zu Protesten gegen die Regierung auf.", "aufrufen"),
    ("Er betonte, dass die Miliz nach wie vor Dörfer im Norden angreife.", "angreifen"),
    ("Die Armee griff ab und zu Stellungen der Rebellen an.", "angreifen"),
], ids=["nach-wie-vor", "nach-wie-vor-verb-last", "ab-und-zu"])
def test_a_fixed_adverbial_phrase_gives_no_particle(text, lemma):
    """"nach wie vor", "ab und zu" are adverbs: their "nach", "vor", "ab" join no verb."""
    assert verb(text, lemma).predicate.kind == "verb"


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Der Kanzler empfing den Präsidenten in Berlin.", "empfangen", "Der Kanzler", "den Präsidenten"),
    ("Den Präsidenten empfing der Kanzler in Berlin.", "empfangen", "der Kanzler", "Den Präsidenten"),
    ("Am Montag kritisierte die Opposition den Haushalt.", "kritisieren", "die Opposition", "den Haushalt"),
    ("Polen und Litauen verurteilten den Angriff.", "verurteilen", "Polen und Litauen", "den Angriff"),
    ("Sowohl Polen als auch Litauen verurteilten den Angriff.", "verurteilen", "Polen als auch Litauen",
     "den Angriff"),
    ("Die Polizei nahm den 25-Jährigen am Montag fest.", "festnehmen", "Die Polizei", "den 25-Jährigen"),
    # "und der Rebellen" goes on the genitive attribute, not on the object
    ("Obama empfing am Montag die Gesandten der malischen Regierung und der Tuareg-Rebellen.", "empfangen",
     "Obama", "die Gesandten der malischen Regierung und der Tuareg-Rebellen"),
    ("Die Regierung der Ukraine und der Präsident verurteilten den Angriff.", "verurteilen",
     "Die Regierung der Ukraine und der Präsident", "den Angriff"),
    # a participle attribute with a phrase of its own: the determiner before it tells the case
    ("Die in Wien stationierten Soldaten bewachten am Montag die Botschaft.", "bewachen",
     "stationierten Soldaten", "die Botschaft"),
], ids=["subject-first", "object-first", "adverbial-vorfeld", "coordinated-subject", "sowohl-als-auch",
        "age-noun", "genitive-coordination", "masculine-der-is-nominative", "participle-attribute"])
def test_subject_and_object_by_case_and_position(text, lemma, subject, obj):
    clause = verb(text, lemma)
    assert role_text(clause, "subject") == [subject]
    assert role_text(clause, "object") == [obj]


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Staatssekretär Reinhold Mitterlehner kritisierte Tschechien.", "kritisieren",
     "Staatssekretär Reinhold Mitterlehner", "Tschechien"),
    ("Am Montag hat Landesrat Hans Niessl die Slowakei besucht.", "besuchen",
     "Landesrat Hans Niessl", "die Slowakei"),
    ("Den slowakischen Botschafter hat Generaldirektor Andreas Weber besucht.", "besuchen",
     "Generaldirektor Andreas Weber", "Den slowakischen Botschafter"),
], ids=["title-first-last", "first-name-in-s", "name-in-s-after-title-object-first"])
def test_a_bare_noun_before_first_name_and_surname_is_a_title(text, lemma, subject, obj):
    """A common noun right before a first name and a surname is the person's title, in the
    same phrase, whether or not it is a known title word ("Klubobmann Reinhold Lopatka")."""
    clause = verb(text, lemma)
    assert role_text(clause, "subject") == [subject]
    assert role_text(clause, "object") == [obj]


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Die Regierung kritisierten die Demonstranten scharf.", "kritisieren", "die Demonstranten", "Die Regierung"),
    ("Die Soldaten griff der Kommandeur am Montag an.", "angreifen", "der Kommandeur", "Die Soldaten"),
    ("Die Rebellen hat die Armee angegriffen.", "angreifen", "die Armee", "Die Rebellen"),
    ("Die Flüchtlinge unterstützt die Opposition.", "unterstützen", "die Opposition", "Die Flüchtlinge"),
    ("Ein paar Händler hat der Bauer betrogen.", "betrügen", "der Bauer", "Ein paar Händler"),
    # both forms fit either number: the order decides
    ("Die Regierung kritisierte die Opposition.", "kritisieren", "Die Regierung", "die Opposition"),
], ids=["plural-verb-plural-subject", "singular-verb-der", "perfect-hat", "feminine-singular", "ein-paar",
        "ambiguous-order"])
def test_the_finite_verb_agrees_with_its_subject(text, lemma, subject, obj):
    """An object before the verb and the subject after it: the number of the finite verb
    tells them apart where the determiner and noun forms decide the number."""
    clause = verb(text, lemma)
    assert role_text(clause, "subject") == [subject]
    assert role_text(clause, "object") == [obj]


@pytest.mark.parametrize("text, lemma, objects", [
    ("Die Regierung kündigte die Aussetzung der Gespräche an.", "ankündigen", ["Aussetzung"]),
    ("Die Regierung kündigte die Wiederaufnahme der Gespräche an.", "ankündigen", ["Wiederaufnahme", "Gespräch"]),
    ("Die Regierung lehnte den Plan der Opposition ab.", "ablehnen", ["Plan"]),
], ids=["ceasing-head", "aspect-head", "plain-head"])
def test_the_object_lemma_is_its_head(text, lemma, objects):
    """A noun phrase is named by its head, the noun before its genitive attribute; a head that
    begins or goes on with an act lets the attribute's noun name it too."""
    assert verb(text, lemma).predicate.objects == objects


@pytest.mark.parametrize("text, lemma, subject", [
    # "ein" + adjective in "-er" is nominative only ("einen hohen" is the accusative)
    ("Das Abkommen unterzeichnete ein hoher Beamter.", "unterzeichnen", "ein hoher Beamter"),
    # beside a verb of a dative and no accusative, what cannot be dative is the subject
    ("Im Streit um die Pipeline droht Polen eine hohe Strafe.", "drohen", "eine hohe Strafe"),
    # a phrase after the closing verb, an apposition to the clause, is no subject
    ("Russische Schiffe feuerten am Morgen zwei Raketen ab, ein ungewöhnlicher Schritt.", "abfeuern",
     "Russische Schiffe"),
    # a phrase after a comparing "wie" or "als" is no subject; "mehr als 200" is a number
    ("Als Sieger verließ der Präsident den Saal.", "verlassen", "der Präsident"),
    ("Die Steuern sollen sinken, wie das die Opposition fordert.", "fordern", "die Opposition"),
    ("Am Montag haben mehr als 200 Demonstranten die Botschaft besetzt.", "besetzen", "200 Demonstranten"),
    # the noun of a copula is as nominative as its subject
    ("Kiew ist ein wichtiger Partner.", "sein", "Kiew"),
], ids=["ein-adjective-er", "dative-verb", "nachfeld-apposition", "als-role", "wie-das", "mehr-als-number",
        "copula"])
def test_subject_by_ending_valency_and_field(text, lemma, subject):
    assert role_text(verb(text, lemma), "subject") == [subject]


@pytest.mark.parametrize("text, lemma, dative", [
    ("Polen hilft der Ukraine.", "helfen", "der Ukraine"),
    ("Am Freitag dankte Kanada der Nato.", "danken", "der Nato"),
    ("Die EU droht Russland mit Sanktionen.", "drohen", "Russland"),
], ids=["der-feminine-name", "der-acronym", "bare-name-beside-dative-verb"])
def test_beside_the_subject_a_phrase_without_accusative_is_dative(text, lemma, dative):
    clause = verb(text, lemma)
    assert role_text(clause, "dative") == [dative]
    assert role_text(clause, "object") == []


@pytest.mark.parametrize("text, lemma, subject", [
    ("Der Plan, den die Minister billigten, scheiterte.", "billigen", "die Minister"),
    ("Das war der Vorschlag, dem der Kanzler zustimmte.", "zustimmen", "der Kanzler"),
    ("Das Dorf, das die Soldaten zerstörten, liegt im Süden.", "zerstören", "die Soldaten"),
], ids=["den-accusative", "dem-dative", "singular-das-beside-plural-verb"])
def test_the_relative_pronoun_has_its_case_and_number(text, lemma, subject):
    """A relative pronoun in the accusative or dative is no subject; "der" and "das" are singular."""
    assert [a.text for a in verb(text, lemma).args("subject")] == [subject]


def test_a_possessive_in_the_genitive_after_a_noun_is_its_attribute():
    """"Mitglieder seiner Partei": "seiner" after a noun opens its genitive attribute, no dative."""
    clause = verb("Mitglieder seiner Partei kritisierten den Plan.", "kritisieren")
    assert role_text(clause, "subject") == ["Mitglieder seiner Partei"]
    assert role_text(clause, "dative") == []


def test_passive_with_von_agent():
    clause = verb("Die Sanktionen wurden von der Europäischen Union verlängert.", "verlängern")
    assert clause.predicate.voice == "passive"
    assert role_text(clause, "agent") == ["der Europäischen Union"]
    assert role_text(clause, "object") == ["Die Sanktionen"]


def test_participial_attribute_is_a_passive_clause():
    clause = verb("Das von Moskau abgesagte Treffen findet nicht statt.", "absagen")
    assert clause.predicate.voice == "passive"
    assert role_text(clause, "agent") == ["Moskau"]
    assert role_text(clause, "object") == ["Treffen"]


def test_reported_speech_with_konjunktiv_and_speaker():
    found = clauses("Die Armee habe die Stellungen geräumt, sagte ein Sprecher der Regierung.")
    reported = [c for c in found if c.predicate.lemma == "räumen"][0]
    assert reported.predicate.mood == "subjunctive"
    assert reported.reported
    assert reported.speaker is not None and reported.speaker.text.startswith("ein Sprecher")


def test_nach_darstellung_marks_the_speaker():
    clause = verb("Der Minister kritisierte nach Darstellung Warschaus die Pläne.", "kritisieren")
    assert clause.reported and clause.speaker.text == "Darstellung Warschaus"


@pytest.mark.parametrize("text, modal, negated, intent", [
    ("Die Regierung will die Truppen abziehen.", "wollen", False, True),
    ("Die Regierung soll die Truppen abziehen.", "sollen", False, False),
    ("Die Regierung zog die Truppen nicht ab.", None, True, False),
], ids=["wollen-intent", "sollen", "nicht"])
def test_modality_and_negation(text, modal, negated, intent):
    clause = verb(text, "abziehen")
    assert clause.predicate.modal == modal
    assert clause.predicate.negated is negated
    assert clause.intent is intent


def test_noun_event_with_mit_and_possessor():
    found = clauses("Der Kanzler sprach bei seinem Treffen mit dem polnischen Präsidenten über Energie.")
    noun = [c for c in found if c.predicate.kind == "noun" and c.predicate.lemma == "Treffen"][0]
    assert role_text(noun, "prep", prep="mit") == ["dem polnischen Präsidenten"]
    assert role_text(noun, "possessor") == ["seinem"]
    assert noun.parent is not None


def test_compound_event_noun_and_genitive_possessor():
    found = clauses("Es gibt keine Antwort auf Washingtons jüngste Sanktionsdrohung gegen Teheran.")
    noun = [c for c in found if c.predicate.kind == "noun" and c.predicate.lemma == "Sanktionsdrohung"][0]
    assert role_text(noun, "possessor") == ["Washingtons"]
    assert role_text(noun, "prep", prep="gegen") == ["Teheran"]


def test_hyphenated_prefix_is_the_possessor_of_an_event_noun():
    found = clauses("Bei einem US-Luftangriff auf ein Lager starben zwei Menschen.")
    noun = [c for c in found if c.predicate.lemma == "US-Luftangriff"][0]
    assert role_text(noun, "possessor") == ["US"]
    assert role_text(noun, "prep", prep="auf") == ["ein Lager"]


def test_national_adjective_is_the_possessor_of_an_event_noun():
    found = clauses("Bei schweren russischen Angriffen auf Charkiw starben zwei Menschen.")
    noun = [c for c in found if c.predicate.lemma == "Angriff"][0]
    assert role_text(noun, "possessor") == ["schweren russischen"]


@pytest.mark.parametrize("text, subject", [
    ("Der Außenminister Walid al-Muallim kritisierte die Türkei.", "Der Außenminister Walid al-Muallim"),
    ("Präsident Abdel Fattah el-Sisi empfing den König.", "Präsident Abdel Fattah el-Sisi"),
    # the tagger alone reads an unknown lower-case word before an adverb as an adverb
    ("In einer Rede vor dem Parlament rief der Minister Chalid al-Falih ebenfalls die Bürger auf.",
     "der Minister Chalid al-Falih"),
])
def test_name_after_a_lower_case_particle_continues_the_name(text, subject):
    main = [c for c in clauses(text) if c.predicate.kind == "verb"][0]
    assert role_text(main, "subject") == [subject]


def test_a_long_run_of_prepositional_phrases_attaches_only_the_nearest_to_a_noun():
    # a fuzzed text of hundreds of "am' Kanzlerin" once gave every noun every later phrase
    # (the square of the run's length in arguments, and 20 s for 10 KB)
    found = clauses("am' Kanzlerin " * 200)
    nouns = [c for c in found if c.predicate.kind == "noun"]
    assert nouns and max(len(c.args("prep")) for c in nouns) <= 6
    event = clauses("Das Treffen mit Kim in Panmunjom am Freitag nach Gesprächen in Seoul.")
    meeting = [c for c in event if c.predicate.lemma == "Treffen"][0]
    assert [a.prep for a in meeting.args("prep")][:3] == ["mit", "in", "an"]      # "am" is "an dem"


def test_relative_clause_subject_is_its_antecedent():
    found = clauses("Der Minister, der die Gespräche geleitet habe, habe zugestimmt.")
    relative = [c for c in found if c.predicate.lemma == "leiten"][0]
    # the antecedent, then the relative pronoun that stands for it in the clause
    assert role_text(relative, "subject") == ["Der Minister der"]
    main = [c for c in found if c.predicate.lemma == "zustimmen"][0]
    assert role_text(main, "subject") == ["Der Minister"]


def test_relative_clause_interrupted_by_another_is_made_whole():
    # the outer clause's start, the inner relative clause, then the outer clause's verbs
    found = clauses("Kanada hat Ausbilder entsandt, die ukrainische Soldaten, die an der Front kämpfen, schulen und beraten.")
    outer = verb("Kanada hat Ausbilder entsandt, die ukrainische Soldaten, die an der Front kämpfen, "
                 "schulen und beraten.", "schulen")
    assert role_text(outer, "subject") == ["Ausbilder die"]
    assert role_text(outer, "object") == ["ukrainische Soldaten"]
    assert "beraten" in [c.predicate.lemma for c in found]
    inner = [c for c in found if c.predicate.lemma == "kämpfen"][0]
    assert role_text(inner, "subject") == ["ukrainische Soldaten die"]
    # in front of the main clause: the main clause keeps its subject
    found = clauses("Die Ministerin, die die Diplomaten, die in Kairo verhandeln, empfangen hatte, lobte Ägypten.")
    assert role_text([c for c in found if c.predicate.lemma == "empfangen"][0], "object") == ["die Diplomaten"]
    assert role_text([c for c in found if c.predicate.lemma == "loben"][0], "subject") == ["Die Ministerin"]


def test_subordinate_clause_interrupted_by_a_relative_clause_is_made_whole():
    found = clauses("Die Polizei meldete, dass Anhänger der Opposition, die gegen die Wahl sind, vor dem Parlament demonstrierten.")
    assert role_text([c for c in found if c.predicate.lemma == "demonstrieren"][0], "subject") == ["Anhänger der Opposition"]
    assert role_text([c for c in found if c.predicate.lemma == "sein"][0], "subject") == ["Anhänger der Opposition die"]
    # an apposition, a relative clause, then the main clause's own verb: nothing to join
    found = clauses("Aleppo, die Hochburg der Rebellen, die seit Jahren umkämpft ist, bebte.")
    assert role_text([c for c in found if c.predicate.lemma == "beben"][0], "subject")[0].startswith("Aleppo")


def test_clause_with_a_list_the_commas_cut_is_one_clause():
    found = clauses("Der Iran erklärte, dass die USA, Israel und Saudi-Arabien die Proteste angestachelt hätten.")
    assert role_text([c for c in found if c.predicate.lemma == "anstacheln"][0], "subject") == [
        "die USA , Israel und Saudi-Arabien"]
    found = clauses("Die Kommission, die die Korruption im Hafen, die Geldwäsche sowie den Waffenschmuggel untersucht, tagt.")
    assert role_text([c for c in found if c.predicate.lemma == "untersuchen"][0], "subject") == ["Die Kommission die"]
    # a list the relative clause follows stays the main clause's
    found = clauses("Er traf die Minister, die Botschafter und die Generäle, die ihn kritisiert hatten.")
    assert role_text([c for c in found if c.predicate.lemma == "treffen"][0], "subject") == ["Er"]


def test_relative_clause_ending_in_a_plural_present_read_as_an_infinitive():
    # "verhandeln" at the end of a relative clause is its finite verb, not an infinitive
    found = clauses("Die Regierung empfing die Gesandten, die über einen Waffenstillstand verhandeln.")
    assert role_text([c for c in found if c.predicate.lemma == "verhandeln"][0], "subject") == ["die Gesandten die"]


def test_infinitive_clause_subject_is_controlled():
    found = clauses("Die Regierung schickte Diplomaten, um den Konflikt zu beenden.")
    infinitive = [c for c in found if c.predicate.lemma == "beenden"][0]
    assert role_text(infinitive, "subject") == ["Die Regierung"]
    assert role_text(infinitive, "object") == ["den Konflikt"]


def test_offsets_point_into_the_article():
    text = "Vorher.\n\nDie Regierung kritisierte die Opposition scharf."
    sentences = FRONTEND.process(Article(text=text))
    clause = sentences[1].clauses[0]
    subject = clause.args("subject")[0]
    assert text[subject.start:subject.end] == "Die Regierung"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_goes_through(text):
    FRONTEND.process(Article(text=text))


@pytest.mark.parametrize("text", [
    "", "...!!!", "« „ \" ' »", "\x00\x07 Kontroll\x1bzeichen", "Мир и война 和平 — سلام",
    " ".join(["und"] * 5000) + ".", "Die Regierung, die, der, das, " * 300,
], ids=["empty", "punctuation", "quotes", "control", "scripts", "run-on", "commas"])
def test_hard_strings_go_through(text):
    FRONTEND.process(Article(text=text))


def test_der_with_an_en_adjective_is_no_nominative():
    """'der linken Guerilla' is genitive or dative ('der linke' would be nominative), so a
    phrase coordinated with it is no subject and the name in the Vorfeld keeps that role."""
    clause = verb("Außenminister Kerry traf am Montag die Vertreter der Regierung und der linken Guerilla.",
                  "treffen")
    assert role_text(clause, "subject") == ["Außenminister Kerry"]


def test_thousands_of_coordinated_clauses_do_not_exhaust_the_stack():
    """Coordinated clauses are split in a loop: a fuzzed text with thousands of 'und' between finite
    verbs once raised RecursionError."""
    sentences = FRONTEND.process(Article(text="werden auf und wurde   und und  und und " * 1000))
    assert sentences and sum(len(s.clauses) for s in sentences) > 100


def test_a_dash_between_two_headline_clauses_ends_the_first():
    found = clauses("Deutschland kritisiert Polen – Litauen droht Russland.")
    lemmas = [c.predicate.lemma for c in found]
    assert lemmas[:2] == ["kritisieren", "drohen"]
    assert role_text(found[0], "object") == ["Polen"]
    assert role_text(found[1], "subject") == ["Litauen"]


def test_a_headline_tells_its_acts_by_participles():
    found = clauses("Kenia: Drei Journalisten festgenommen, zwei Polizisten verletzt.")
    assert [(c.predicate.lemma, c.predicate.voice, c.predicate.tense) for c in found] == [
        ("festnehmen", "passive", "past"), ("verletzen", "passive", "past")]
    assert role_text(found[0], "object") == ["Drei Journalisten"]


def test_a_verbless_line_without_a_participle_keeps_its_noun_events_only():
    found = clauses("Merkel am Montag bei ihrem Besuch in Paris.")
    assert all(c.predicate.kind != "verb" for c in found)


@pytest.mark.parametrize("text, prep, attribute, name", [
    ("Frankreich fliegt zur Unterstützung der malischen Armee Angriffe auf Islamisten.",
     "zu", "Unterstützung der malischen Armee", None),
    ("Die Türkei schickt zum Schutz der eigenen Grenze Soldaten nach Syrien.",
     "zu", "Schutz der eigenen Grenze", None),
    ("Er sprach mit dem Sprecher des Ministers Lawrow über Syrien.",
     "mit", "dem Sprecher des Ministers Lawrow", "Lawrow"),
], ids=["object-after-genitive", "object-after-genitive-2", "name-continues-genitive"])
def test_a_common_noun_after_a_genitive_attribute_starts_a_new_phrase(text, prep, attribute, name):
    main = [c for c in clauses(text) if c.predicate.kind == "verb"][0]
    assert role_text(main, "prep", prep=prep) == [attribute]
    if name is None:
        assert role_text(main, "object")


@pytest.mark.parametrize("text, subject, obj", [
    ("Der Gouverneur machte die Rebellen für den Anschlag verantwortlich.", "Der Gouverneur", "die Rebellen"),
    ("Der Kommandeur lobte die Soldaten.", "Der Kommandeur", "die Soldaten"),
    ("Die Soldaten lobten der Regierung zuliebe die Polizei.", "Die Soldaten", "die Polizei"),
], ids=["eur-masculine", "eur-masculine-2", "feminine-der-is-no-subject"])
def test_der_before_a_masculine_noun_in_eur_is_nominative(text, subject, obj):
    main = [c for c in clauses(text) if c.predicate.kind == "verb"][0]
    assert role_text(main, "subject") == [subject]
    assert role_text(main, "object") == [obj]


def test_a_list_of_adjectives_with_commas_modifies_one_noun():
    main = [c for c in clauses("Syrien forderte die amerikanischen, französischen und türkischen Truppen "
                               "zum Abzug auf.") if c.predicate.kind == "verb"][0]
    assert role_text(main, "object") == ["die amerikanischen , französischen und türkischen Truppen"]


@pytest.mark.parametrize("text, name", [
    ("Am Montag sprach Ministerin Ursula Klug in Graz.", "Klug"),
    ("Der Kanzler Sebastian Kurz reiste nach Moskau.", "Kurz"),
])
def test_a_capitalised_adjective_after_a_name_ends_the_name(text, name):
    tagged = {t.text: t.pos for t in tag.tokens(text, 0, len(text))}
    assert tagged[name] == "NE"


@pytest.mark.parametrize("text, subject", [
    ("Gestern lobte Ursula von der Leyen die Bundeswehr in Bonn.", "Ursula von der Leyen"),
    ("Van der Bellen empfing am Dienstag den Kanzler.", "Van der Bellen"),
    ("Von der Leyen besuchte die Truppe.", "Von der Leyen"),
], ids=["von-der-inside", "van-der-first", "von-der-first-word"])
def test_a_dictionary_name_with_lower_case_particles_is_one_phrase(text, subject):
    main = [c for c in clauses(text) if c.predicate.kind == "verb"][0]
    assert role_text(main, "subject") == [subject]


def test_a_preposition_with_an_article_outside_a_name_stays_a_preposition():
    main = [c for c in clauses("Der Minister kam von der Grenze zurück.") if c.predicate.kind == "verb"][0]
    assert role_text(main, "subject") == ["Der Minister"]


@pytest.mark.parametrize("text", [
    "Japan werde Russland niemals angreifen, sagte der Minister.",
    "Japan hat Russland nie angegriffen.",
    "Japan werde Russland keinesfalls angreifen.",
])
def test_adverbs_of_never_negate_their_clause(text):
    assert verb(text, "angreifen").predicate.negated


def test_a_verb_repeated_after_a_comma_ends_one_clause_and_begins_another():
    found = clauses("Die Ministerin, die das Treffen geleitet habe, habe zugestimmt.")
    assert {c.predicate.lemma for c in found} >= {"leiten", "zustimmen"}


@pytest.mark.parametrize("text, lemma, tense", [
    ("Die Polizei nimmt zwei Schmuggler an der Grenze fest.", "festnehmen", "present"),
    ("Die Miliz verhaftet jeden Abend Passanten.", "verhaften", "present"),
    ("Der Außenminister trifft seinen Amtskollegen in Wien.", "treffen", "present"),
    ("Die Stiftung erhält Spenden aus dem Ausland.", "erhalten", "present"),
    ("Die Armee tötet in dem Krieg viele Zivilisten.", "töten", "present"),
    ("Die Stiftung erhielt Spenden aus dem Ausland.", "erhalten", "past"),
    ("Die Miliz verhaftete am Abend Passanten.", "verhaften", "past"),
    ("Die Polizei nahm zwei Schmuggler an der Grenze fest.", "festnehmen", "past"),
], ids=["nimmt-fest", "verhaftet", "trifft", "erhaelt", "toetet", "erhielt", "verhaftete", "nahm-fest"])
def test_the_tense_of_a_finite_full_verb(text, lemma, tense):
    """A singular present with the stem's vowel changed ("nimmt", "trifft", "erhält") or in -et
    after a stem in -t ("verhaftet", "tötet") is the present; the past changes the vowel otherwise
    ("nahm", "erhielt") or adds -te."""
    assert verb(text, lemma).predicate.tense == tense


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Die Rebellen, die der General bekämpfte, flohen.", "bekämpfen", "der General", "Die Rebellen die"),
    ("Die Dörfer, die der General zerstörte, lagen im Süden.", "zerstören", "der General", "Die Dörfer die"),
], ids=["plural-die-beside-singular-verb", "plural-neuter"])
def test_a_relative_die_has_the_number_of_its_antecedent(text, lemma, subject, obj):
    """"die" after a plural antecedent is plural: beside a singular verb it is the object."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("subject")] == [subject]
    assert [a.text for a in clause.args("object")] == [obj]


@pytest.mark.parametrize("text, lemma, subject", [
    ("Die Regierung lobte die Hilfe von Staaten, die Flüchtlinge aufnahmen.", "aufnehmen", "Staaten die"),
    ("Er kritisierte die Drohungen gegen den Präsidenten, der zurücktrat.", "zurücktreten", "den Präsidenten der"),
    ("Er lobte den Bericht über die Wahlen, der veröffentlicht wurde.", "veröffentlichen", "den Bericht der"),
], ids=["plural-after-von", "singular-after-gegen", "disagreeing-falls-back"])
def test_the_antecedent_is_the_nearest_phrase_that_agrees(text, lemma, subject):
    """A relative clause after a noun with a prepositional phrase refers to that phrase's noun
    when it agrees with the pronoun in number and gender, else to the noun before it."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("subject") + clause.args("object")][:1] == [subject]


@pytest.mark.parametrize("text, lemma, subject", [
    ("Sie lobte die Zusammenarbeit des Ministers, der den Gipfel vorbereitet.", "vorbereiten", "des Ministers der"),
    ("Er verfolgt die Festnahme des Bloggers, der das Regime kritisiert hatte.", "kritisieren", "des Bloggers der"),
    ("Sie sprach mit dem Anführer der Rebellen, die die Stadt belagern.", "belagern", "der Rebellen die"),
    ("Sie sprach über die Arbeit der Botschafterin, die nach Wien reiste.", "reisen",
     "die Arbeit der Botschafterin die"),
    ("Sie traf den Sprecher der Regierung, der die Pläne verteidigte.", "verteidigen", "den Sprecher der Regierung der"),
], ids=["feminine-head-masculine-attribute", "nahme", "masculine-head-plural-attribute", "both-may-be-head",
        "masculine-head-kept"])
def test_a_relative_pronoun_that_cannot_be_of_the_head_is_of_its_genitive_attribute(text, lemma, subject):
    """"die Zusammenarbeit des Ministers, der ...": "der" is of no feminine noun, so the
    relative clause is about the minister; a head the pronoun can be of keeps it."""
    assert [a.text for a in verb(text, lemma).args("subject")][:1] == [subject]


@pytest.mark.parametrize("text, lemma, subject", [
    ("Die Gewerkschaft kritisierte die Weigerung der Firma, mit den Streikenden zu reden.", "reden", "der Firma"),
    ("Die Opposition verurteilte Moskaus Versuch, die Abstimmung zu beeinflussen.", "beeinflussen", "Moskaus"),
    ("Die Nachbarn begrüßten den Entschluss des Präsidenten, die Soldaten abzuziehen.", "abziehen",
     "des Präsidenten"),
], ids=["weigerung-der", "possessor-name", "entschluss-des"])
def test_a_noun_of_will_gives_its_owner_to_the_infinitive(text, lemma, subject):
    """The zu-infinitive after a noun of will or attempt has the noun's owner as its subject,
    not the subject of the clause that names the noun; a noun of refusing refuses it."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("subject")] == [subject]
    assert clause.refused == (lemma == "reden")


def test_a_place_phrase_is_no_nearer_antecedent():
    """"die Pilger in den Städten, die weiterziehen wollen": the people, not the place."""
    clause = verb("Er besuchte die Pilger in den Städten, die weiterziehen wollen.", "weiterziehen")
    assert [a.text for a in clause.args("subject")] == ["die Pilger die"]


@pytest.mark.parametrize("text, lemma, subject, dative", [
    ("Nun droht den Händlern juristischer Ärger.", "drohen", "juristischer Ärger", "den Händlern"),
    ("Dem Verein steht großer Streit bevor.", "bevorstehen", "großer Streit", "Dem Verein"),
], ids=["droht-den-X-Y", "steht-bevor"])
def test_a_bare_attribute_is_the_subject_of_a_clause_without_one(text, lemma, subject, dative):
    """"den Händlern juristischer Ärger" reads as a noun and its genitive attribute; in a clause
    with no other nominative the attribute is the subject and the noun the dative."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("subject")] == [subject]
    assert [a.text for a in clause.args("dative")] == [dative]


@pytest.mark.parametrize("text, lemma, obj, prep", [
    ("Das Gericht verurteilte den Schmuggler zu vier Jahren Gefängnis.", "verurteilen", "den Schmuggler",
     "vier Jahren Gefängnis"),
    ("Der Zoll stoppte einen Lastwagen mit drei Tonnen Zigaretten.", "stoppen", "einen Lastwagen",
     "drei Tonnen Zigaretten"),
], ids=["jahren-haft", "tonnen"])
def test_a_measure_and_its_noun_are_one_phrase(text, lemma, obj, prep):
    """"zu vier Jahren Gefängnis": the noun after a number's noun of measure is in its phrase,
    no object of its own (the convict had been taken for a dative)."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("object")] == [obj]
    assert prep in [a.text for a in clause.args("prep")]


def test_a_time_phrase_keeps_out_the_noun_after_it():
    """"seit zwei Jahren Präsident": after "seit" the noun is the clause's own."""
    clause = verb("Er ist seit zwei Jahren Präsident.", "sein")
    assert "zwei Jahren Präsident" not in [a.text for a in clause.arguments]


@pytest.mark.parametrize("text, lemma, subject", [
    ("Der Warlord, mit dem die Regierung verhandelt, gilt als gefährlich.", "verhandeln", "die Regierung"),
    ("Keiner weiß, warum die Miliz den Journalisten verhaftet.", "verhaften", "die Miliz"),
], ids=["preposition-relative", "question-word"])
def test_a_final_verb_in_et_after_a_relative_or_question_word_is_finite_present(text, lemma, subject):
    """"mit dem die Regierung verhandelt": a present in -t that the tagger took for a participle,
    in a clause opened by a preposition and relative pronoun or a question word, is finite."""
    clause = verb(text, lemma)
    assert [a.text for a in clause.args("subject")] == [subject]
    assert clause.predicate.tense == "present"


@pytest.mark.parametrize("text, agent", [
    ("Die von der Polizei festgenommenen Demonstranten kamen frei.", ["der Polizei"]),
    ("Der Sender berichtete von drei getöteten Soldaten.", []),      # "von" governs the phrase
    ("Der Sender berichtete von dutzenden getöteten Soldaten.", []),  # a number word, not a noun
], ids=["agent", "no-agent", "number-word"])
def test_an_attributive_participle_has_an_agent_only_when_one_is_named(text, agent):
    found = [c for c in clauses(text) if c.predicate.voice == "passive"]
    assert len(found) == 1
    assert role_text(found[0], "agent") == agent


def test_words_that_begin_no_name_with_particles_are_passed_over():
    """``may_begin_name`` lets the tagger skip the name search at most words: where it says no,
    the search finds nothing either (as written or with a small initial)."""
    from chronist.lang.de.names import may_begin_name, name_with_particles
    words = "Gestern sagte Ursula von der Leyen in Brüssel , Van der Bellen und Von der Leyen seien da".split()
    for i, word in enumerate(words):
        if not may_begin_name(word):
            assert name_with_particles(tuple(words[i:i + 6])) == 0, word
    assert may_begin_name("Ursula") and may_begin_name("Van")
    assert not may_begin_name("Brüssel") and not may_begin_name(",")


@pytest.mark.parametrize("text, lemma, subject", [
    ("Boko-Haram-Kämpfer überfielen ein Dorf im Nordosten.", "überfallen", "Boko-Haram-Kämpfer"),
    ("Al-Shabaab-Milizionäre besetzten die Stadt.", "besetzen", "Al-Shabaab-Milizionäre"),
    ("PKK-Rebellen griffen einen Stützpunkt an.", "angreifen", "PKK-Rebellen"),
], ids=["Boko-Haram-Kämpfer", "Al-Shabaab-Milizionäre", "PKK-Rebellen"])
def test_a_hyphenated_compound_ending_in_a_capital_is_a_noun(text, lemma, subject):
    """HanTa may read an unknown hyphenated word at the start of a sentence as an adjective; one
    whose last part is written with a capital is a noun, and the subject."""
    assert role_text(verb(text, lemma), "subject") == [subject]


@pytest.mark.parametrize("word, lemma", [
    ("F-16-Kampfjets", "F-16-Kampfjet"), ("S-400-Raketen", "S-400-Rakete"), ("T-72-Panzer", "T-72-Panzer"),
])
def test_a_compound_with_a_type_number_is_a_noun_with_its_last_part_lemmatised(word, lemma):
    """HanTa takes "F-16-Kampfjets" for a name (and would join it to the name before it: "der
    Ukraine F-16-Kampfjets") and keeps it whole as its lemma, so no frame reads "Kampfjet"."""
    text = f"Die Niederlande übergaben der Ukraine {word}."
    [token] = [t for t in tag.tokens(text, 0, len(text)) if t.text == word]
    assert (token.pos, token.lemma) == ("NN", lemma)


@pytest.mark.parametrize("word, noun", [
    ("Boko-Haram-Kämpfer", True), ("Anti-Terror-Einheit", True), ("deutsch-französische", False),
    ("al-Assad", False), ("US-amerikanisch", False)])
def test_noun_compound(word, noun):
    assert tag.noun_compound(word) is noun
