"""Coordinated verbs share their arguments, in both front-ends: a verb whose object is left to
the next conjunct takes it ("arrested and charged three activists", "kritisierte und verurteilte
die Angriffe"), a later conjunct shares the subject and, when it has none, the object ("hat drei
Aktivisten festgenommen und verhört"), and a conjunct with an object of its own or an
intransitive verb takes none."""
from __future__ import annotations

import pytest

from chronist.lang.de import GermanFrontEnd
from chronist.lang.en import EnglishFrontEnd
from chronist.model import Article, Clause


@pytest.fixture(scope="module")
def en() -> EnglishFrontEnd:
    return EnglishFrontEnd()


@pytest.fixture(scope="module")
def de() -> GermanFrontEnd:
    return GermanFrontEnd()


def verbs(fe, text: str) -> dict[str, Clause]:
    sentences = fe.process(Article(text=text, sentences=[text]))
    return {c.predicate.lemma: c for c in sentences[0].clauses if c.predicate.kind == "verb"}


def texts(clause: Clause, role: str) -> list[str]:
    return [a.text for a in clause.args(role)]


# ------------------------------------------------------------------ English
@pytest.mark.parametrize("text, lemmas, subject, obj", [
    ("Police arrested and charged three activists.", ["arrest", "charge"], "Police", "three activists"),
    ("US troops are training and advising Kurdish forces.", ["train", "advise"], "US troops",
     "Kurdish forces"),
    ("The army shelled, bombed and destroyed rebel positions.", ["shell", "bomb", "destroy"],
     "The army", "rebel positions"),
    ("Turkey has trained and will arm the fighters.", ["train", "arm"], "Turkey", "the fighters"),
])
def test_english_verbs_before_a_shared_object_take_it(en, text, lemmas, subject, obj):
    found = verbs(en, text)
    for lemma in lemmas:
        assert texts(found[lemma], "subject") == [subject], lemma
        assert texts(found[lemma], "object") == [obj], lemma


def test_english_past_verb_read_as_an_adjective_is_a_conjunct(en):
    found = verbs(en, "The militia looted and burned government offices.")
    for lemma in ("loot", "burn"):
        assert texts(found[lemma], "object") == ["government offices"], lemma
        assert found[lemma].predicate.tense == "past"


@pytest.mark.parametrize("text, lemma", [
    ("The minister arrived and criticized the government.", "arrive"),     # intransitive
    ("Protesters gathered and burned flags.", "gather"),
    ("The rebels attacked the convoy and killed two soldiers.", "attack"),  # an object of its own
    ("Iran met with and praised the envoy.", "meet"),                       # a preposition of its own
])
def test_english_object_not_shared(en, text, lemma):
    found = verbs(en, text)
    objects = texts(found[lemma], "object")
    assert len(objects) <= 1
    assert not objects or objects[0] in text.split(" and ")[0]


def test_english_passive_conjunct_takes_no_object(en):
    found = verbs(en, "Three activists were arrested and later released the statement.")
    assert texts(found["arrest"], "object") == ["Three activists"]


def test_english_bare_participle_after_a_passive_is_passive_and_shares_the_agent(en):
    found = verbs(en, "The journalist was arrested and beaten by police in Cairo.")
    for lemma in ("arrest", "beat"):
        assert found[lemma].predicate.voice == "passive"
        assert texts(found[lemma], "object") == ["The journalist"]
        assert texts(found[lemma], "agent") == ["police"]
    assert texts(found["beat"], "subject") == []


def test_english_shared_agent_with_a_phrase_of_the_whole_sentence_after_it(en):
    # "according to ...", "officials said" after the second conjunct are the sentence's, not
    # words of the first conjunct's own
    found = verbs(en, "The journalist was arrested and beaten by police in Cairo, according to his lawyer.")
    assert texts(found["arrest"], "agent") == ["police"]


def test_english_passive_conjunct_keeps_its_agent_to_itself_when_the_first_goes_on(en):
    # "arrested in Minsk": the first conjunct has a phrase of its own after it, the agent of
    # "released" is not the arrester
    found = verbs(en, "Two activists were arrested in Minsk and later released by a court.")
    assert texts(found["arrest"], "agent") == []
    assert found["release"].predicate.voice == "passive"
    assert texts(found["release"], "object") == ["Two activists"]


# ------------------------------------------------------------------ German
@pytest.mark.parametrize("text, lemmas, subject, obj", [
    ("Die Regierung kritisierte und verurteilte die Angriffe.", ["kritisieren", "verurteilen"],
     "Die Regierung", "die Angriffe"),
    ("Die Armee beschoss und bombardierte Stellungen der Rebellen.", ["beschießen", "bombardieren"],
     "Die Armee", "Stellungen der Rebellen"),
    ("Die Polizei hat drei Aktivisten festgenommen und verhört.", ["festnehmen", "verhören"],
     "Die Polizei", "drei Aktivisten"),
    ("Moskau werde die Vorschläge prüfen und ablehnen.", ["prüfen", "ablehnen"], "Moskau",
     "die Vorschläge"),
    ("Die Miliz hat Dörfer beschossen, geplündert und zerstört.", ["beschießen", "plündern", "zerstören"],
     "Die Miliz", "Dörfer"),
])
def test_german_coordinated_verbs_share_subject_and_object(de, text, lemmas, subject, obj):
    found = verbs(de, text)
    for lemma in lemmas:
        assert texts(found[lemma], "subject") == [subject], lemma
        assert texts(found[lemma], "object") == [obj], lemma


def test_german_verb_final_conjuncts_in_a_dependent_clause(de):
    found = verbs(de, "Er sagte, dass die Truppen das Dorf umstellt und beschossen hätten.")
    for lemma in ("umstellen", "beschießen"):
        assert texts(found[lemma], "object") == ["das Dorf"], lemma
        assert texts(found[lemma], "subject") == ["die Truppen"], lemma


def test_german_relative_clause_with_coordinated_plural_verbs(de):
    found = verbs(de, "Die Ausbilder, die irakische Soldaten schulen und beraten, bleiben im Land.")
    for lemma in ("schulen", "beraten"):
        assert texts(found[lemma], "object") == ["irakische Soldaten"], lemma
        assert found[lemma].predicate.tense == "present"


def test_german_each_conjunct_keeps_its_own_object(de):
    found = verbs(de, "Die Rebellen haben den Konvoi angegriffen und zwei Soldaten getötet.")
    assert texts(found["angreifen"], "object") == ["den Konvoi"]
    assert texts(found["töten"], "object") == ["zwei Soldaten"]
    assert texts(found["töten"], "subject") == ["Die Rebellen"]


def test_german_passive_conjunct_shares_the_patient(de):
    found = verbs(de, "Zwei Journalisten wurden festgenommen und ins Gefängnis gebracht.")
    assert found["bringen"].predicate.voice == "passive"
    assert texts(found["bringen"], "object") == ["Zwei Journalisten"]
    assert texts(found["bringen"], "prep") == ["Gefängnis"]


@pytest.mark.parametrize("text, lemma", [
    ("Der Botschafter kam und kritisierte die Regierung.", "kommen"),     # no accusative object
    ("Die Polizei nahm drei Aktivisten fest und verhörte sie.", "festnehmen"),   # one of its own
])
def test_german_object_not_shared(de, text, lemma):
    objects = texts(verbs(de, text)[lemma], "object")
    assert objects in ([], ["drei Aktivisten"])


def test_german_headline_participles_joined_by_und(de):
    text = "Drei Demonstranten erschossen und zwei Polizisten schwer verletzt"
    found = verbs(de, text)
    assert texts(found["erschießen"], "object") == ["Drei Demonstranten"]
    assert texts(found["verletzen"], "object") == ["zwei Polizisten"]
    shared = verbs(de, "Zwei Häuser beschossen und zerstört")
    assert texts(shared["zerstören"], "object") == ["Zwei Häuser"]


@pytest.mark.parametrize("text, first, obj, second", [
    ("Die Polizei nahm zwei Männer und eine Frau fest und beschlagnahmte ihre Pässe.",
     "festnehmen", "zwei Männer und eine Frau", "beschlagnahmen"),
    ("Die Regierung wies die Vorwürfe und die Kritik zurück und drohte mit Konsequenzen.",
     "zurückweisen", "die Vorwürfe und die Kritik", "drohen"),
])
def test_german_particle_after_a_list_closes_the_first_clause(de, text, first, obj, second):
    # the "und" inside the object list is no clause boundary: the separable particle before
    # the second "und" belongs to the first verb
    found = verbs(de, text)
    assert texts(found[first], "object") == [obj]
    assert texts(found[second], "subject") == texts(found[first], "subject")


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Moskau begrüßte die Wahl, kritisierte aber die Regierung in Kiew.", "kritisieren", "Moskau",
     "die Regierung"),
    ("Die Armee räumte das Lager, verhaftete dann zwanzig Demonstranten.", "verhaften", "Die Armee",
     "zwanzig Demonstranten"),
])
def test_german_clause_after_a_comma_opened_by_verb_and_adverb_shares_the_subject(de, text, lemma, subject, obj):
    found = verbs(de, text)
    assert texts(found[lemma], "subject") == [subject]
    assert texts(found[lemma], "object") == [obj]


def test_german_speech_inversion_after_a_comma_keeps_its_subject(de):
    found = verbs(de, "Die Lage sei ernst, sagte aber der Minister.")
    assert texts(found["sagen"], "subject") == ["der Minister"]


@pytest.mark.parametrize("text, lemma, role, listed", [
    ("Russland hat die Ukraine, Georgien und Moldau scharf kritisiert.", "kritisieren", "object",
     ["Ukraine", "Georgien", "Moldau"]),
    ("Am Montag hatten sich Chile, Peru, Bolivien und Ecuador mit Argentinien auf einen Vertrag geeinigt.",
     "einigen", "subject", ["Chile", "Peru", "Bolivien", "Ecuador"]),
    ("Die Polizei hat in Minsk drei Journalisten, zwei Studenten und einen Anwalt festgenommen.",
     "festnehmen", "object", ["Journalisten", "Studenten", "Anwalt"]),
])
def test_german_comma_list_before_the_closing_verb_stays_in_its_clause(de, text, lemma, role, listed):
    # the list's last item and the participle after its comma close the main clause's
    # bracket: one clause with the whole list, not an ellipsis clause with the last items
    found = verbs(de, text)
    phrase = " ".join(texts(found[lemma], role))
    assert all(word in phrase for word in listed), phrase


def test_german_ellipsis_after_a_closed_clause_keeps_its_own_clause(de):
    found = verbs(de, "Der Präsident hatte Neuwahlen gefordert, diese aber nicht angesetzt.")
    assert texts(found["fordern"], "object") == ["Neuwahlen"]
    assert "ansetzen" in found


def test_german_passive_conjunct_takes_the_shared_subject_as_its_object(de):
    # "wurde ... festgenommen" after an active conjunct is about its subject, who stands as the
    # passive's object (as in "Der Journalist wurde festgenommen")
    clauses = verbs(de, "Der Journalist kritisierte die Regierung und wurde von der Polizei festgenommen.")
    assert texts(clauses["festnehmen"], "object") == ["Der Journalist"]
    assert texts(clauses["festnehmen"], "subject") == []
    assert texts(clauses["festnehmen"], "agent") == ["der Polizei"]
