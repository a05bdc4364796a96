"""Support-verb constructions (frames-light.yaml of each pack): what the frames need beyond
their sentence tables — the German predicative adjective that names the event ("für den
Anschlag verantwortlich machen"), frames whose subject suffers the act ("geriet unter
Beschuss", "came under attack"), and the words added to older frames of the same verbs."""
from __future__ import annotations

import pytest

from chronist import lang as languages
from chronist.coding.frames import frame_book
from chronist.model import Article
from chronist.pipeline import Pipeline
from frame_tables import outcome

PIPELINE = Pipeline.default()


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id=f"light-{lang}"), lang=lang)
    return outcome(doc, frame_book(lang))[0]


def _clause(text: str, lemma: str):
    doc = PIPELINE.process(Article(text=text, id="light-de"), lang="de")
    return next(c for s in doc.sentences for c in s.clauses if c.predicate.lemma == lemma)


@pytest.mark.parametrize("code", ["de", "en"])
def test_both_packs_read_their_light_verb_frames(code):
    names = [p.name for p in languages.get(code).frame_files()]
    assert names[0] == "frames.yaml" and "frames-light.yaml" in names
    assert any(f.lemma in ("machen", "hold") and f.cameo == "112" for f in frame_book(code).frames())


@pytest.mark.parametrize("text", [
    "Die Regierung hat die Rebellen für die Anschläge verantwortlich gemacht.",   # before the participle
    "Die Regierung machte die Rebellen für die Anschläge verantwortlich.",        # at the end
    "Er sagte, dass die Regierung die Rebellen für die Anschläge verantwortlich mache.",  # before the finite verb
])
def test_the_predicative_adjective_is_listed_with_the_objects(text):
    assert "verantwortlich" in _clause(text, "machen").predicate.objects


def test_an_adverb_inside_the_middle_field_is_not_predicative():
    objects = _clause("Die Regierung kritisierte die Rebellen scharf für den Anschlag.", "kritisieren").predicate.objects
    assert "scharf" not in objects and "Anschlag" in objects


def test_without_the_adjective_machen_is_no_accusation():
    assert _events("Israel machte die Hamas zum Thema der Gespräche.", "de") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel hat die Hamas für den Anschlag verantwortlich gemacht.", "de", ("ISR", "ACCUSE", "PSE")),
    ("Ein Konvoi der Vereinten Nationen geriet in Mali unter Beschuss von Rebellen.", "de", ("MLI", "ASSAULT", "IGO:UN")),
    ("Ein Konvoi der Vereinten Nationen geriet in Syrien unter Beschuss.", "de", ("UNK", "ASSAULT", "IGO:UN")),
    ("A United Nations convoy came under attack in Syria.", "en", ("UNK", "ASSAULT", "IGO:UN")),
])
def test_light_verb_events(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("A United Nations convoy came under attack in Syria.", "en"),
    ("Ein Konvoi der Vereinten Nationen geriet in Syrien unter Beschuss.", "de"),
])
def test_what_the_subject_suffered_is_not_its_own_act(text, lang):
    # the attack noun is not coded again with the victim as its author
    assert all(source != "IGO:UN" for source, _, _ in _events(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Bei dem Unfall erlitt der Minister Polens schwere Verletzungen.", "de"),
    ("The Polish minister suffered injuries in a car accident.", "en"),
])
def test_injuries_in_an_accident_are_no_assault(text, lang):
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Ägypten stellte die Muslimbrüder vor Gericht.", "de", ("EGY", "COERCE", "EGY")),
    ("Die Armee Israels nahm die Stellungen der Hisbollah unter Feuer.", "de", ("ISR", "ASSAULT", "LBN")),
    ("Ungarn erteilte dem Vorschlag der EU eine Abfuhr.", "de", ("HUN", "REJECT", "IGO:EU")),
    ("Egypt put the former president on trial.", "en", ("EGY", "COERCE", "EGY")),
    ("Egypt put the opposition leader behind bars.", "en", ("EGY", "COERCE", "EGY")),
    ("France made a proposal to Germany.", "en", ("FRA", "REQUEST", "DEU")),
])
def test_words_added_to_older_frames(text, lang, expected):
    assert expected in _events(text, lang)


def test_a_deal_struck_is_no_strike():
    assert _events("Egypt struck a deal with Ethiopia over the dam.", "en") == [("EGY", "AGREE", "ETH")]


@pytest.mark.parametrize("text", [
    "Seither wurden zwölf Soldaten Malis getötet.",
    "Seither fielen zwölf Soldaten Malis Anschlägen zum Opfer.",
])
def test_a_running_total_is_no_attack(text):
    assert _events(text, "de") == []
    assert _events(text.replace("Seither ", "Gestern ").replace("Anschlägen", "einem Anschlag"), "de") != []


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Regierung Polens bezeichnete die Äußerungen Russlands als inakzeptabel.", "de", [("POL", "ACCUSE", "RUS")]),
    ("Die Regierung Polens hat die Äußerungen Russlands als Provokation bezeichnet.", "de", [("POL", "ACCUSE", "RUS")]),
    ("Der Minister Polens bezeichnete Litauen als engen Partner.", "de", []),
    ("The president of France called the attack by Russia unacceptable.", "en", [("FRA", "ACCUSE", "RUS")]),
])
def test_calling_an_act_unacceptable_is_criticism(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the 'into' phrase belongs to the noun: the support verb finds no target, its noun does
    ("The president of Mexico ordered an investigation into the Mexican police.", "en", ("MEX", "ACCUSE", "MEX")),
    ("France expressed support for Germany.", "en", ("FRA", "SUPPORT", "DEU")),
])
def test_the_noun_of_a_support_verb_keeps_the_verbs_subject(text, lang, expected):
    assert expected in _events(text, lang)


def test_the_noun_of_another_act_does_not():
    # "condemned the attack": the condemner is not the attacker
    assert all(p != "ASSAULT" or s != "FRA" for s, p, _ in _events("France condemned the attack on Mali.", "en"))


def test_a_missile_strike_conducted_is_an_attack_and_a_missile_test_a_show_of_force():
    assert _events("Russia conducted missile strikes on Ukraine.", "en") == [("RUS", "ASSAULT", "UKR")]
    assert _events("North Korea conducted a nuclear test.", "en") == [("PRK", "MOBILIZE", "-")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Regierung in Teheran stecke hinter der Anschlagsserie, sagte der israelische Außenminister.", "de",
     ("ISR", "ACCUSE", "IRN")),
    ("The Israeli foreign minister said Iran was behind the attacks.", "en", ("ISR", "ACCUSE", "IRN")),
    ("The Israeli foreign minister believes the Iranian government is responsible for the attacks.", "en",
     ("ISR", "ACCUSE", "IRN")),
], ids=["stecken-hinter", "behind", "responsible-in-a-belief"])
def test_who_is_behind_an_attack_in_someones_words(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Hinter dem Plan stecke die Regierung in Teheran, sagte der israelische Außenminister.", "de"),
    ("Wer hinter dem Anschlag steckt, ist unklar.", "de"),
    ("The Iranian government is behind schedule, the Israeli foreign minister said.", "en"),
    ("The Iranian government is responsible for the delays, the Israeli foreign minister said.", "en"),
    ("Investigators want to find out whether Iran was responsible for the attack.", "en"),
], ids=["behind-a-plan", "wer-steckt", "behind-schedule", "responsible-for-delays", "whether"])
def test_behind_or_responsible_without_harm_is_no_blame(text, lang):
    assert not [e for e in _events(text, lang) if e[1] == "ACCUSE"]


def test_criticism_reaped_from_a_country_names_its_critic():
    """"erntete Kritik aus der Türkei": the critic is also in an aus-phrase."""
    assert ("TUR", "ACCUSE", "ISR") in _events("Israel erntete scharfe Kritik aus der Türkei.", "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Scharfe Kritik an Israel kam aus der Türkei.", "de", ("TUR", "ACCUSE", "ISR")),
    ("Kritik an der ungarischen Regierung kam von der EU-Kommission.", "de", ("IGO:EU", "ACCUSE", "HUN")),
    ("Criticism of the Israeli government came from Turkey.", "en", ("TUR", "ACCUSE", "ISR")),
], ids=["aus", "von", "from"])
def test_an_act_that_came_from_someone_is_theirs(text, lang, expected):
    """An event noun that is the subject of "kommen"/"come" is the act of whom the von/aus/from
    phrase names."""
    assert expected in _events(text, lang)


def test_an_act_inside_what_came_from_someone_is_not_theirs():
    """Only the subject's own noun: the attack that Turkey's condemnation was about is not Turkey's."""
    assert not [e for e in _events("Sharp condemnation of the attack on Israel came from Turkey.", "en")
                if e[1] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Die Regierung Polens stellte die Ziele Russlands infrage.",
    "Die Regierung Polens hat die Ziele Russlands infrage gestellt.",
])
def test_a_fused_phrase_adverb_is_listed_with_the_objects(text):
    """"infrage stellen" is "in Frage stellen": the adverb names the idiom as the noun does."""
    assert "infrage" in _clause(text, "stellen").predicate.objects
    assert ("POL", "ACCUSE", "RUS") in _events(text, "de")


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung stellte in der Frage der Flüchtlinge die Kanzlerin in den Mittelpunkt.", "de"),
    ("Die Kanzlerin Deutschlands stand auf der Bühne an der Seite des Präsidenten Frankreichs.", "de"),
    ("The president of the United States came to Paris after the summit.", "en"),
], ids=["in-der-Frage", "an-der-Seite-stehen", "came-to"])
def test_an_idiom_needs_its_preposition_and_noun_together(text, lang):
    """"in der Frage der Flüchtlinge" is no "in Frage stellen"; standing beside someone on a stage
    is no support; "came to Paris" is no "came to the aid of"."""
    assert not [e for e in _events(text, lang) if e[1] in ("ACCUSE", "SUPPORT", "AID")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Präsident Irans schwor, jede Maßnahme der USA zu beantworten.", "de", ("IRN", "THREATEN", "USA")),
    ("Der Präsident Irans kündigte an, die Sanktionen der USA zu beantworten.", "de", ("IRN", "THREATEN", "USA")),
    ("Die Regierung Chinas beantwortete die Strafzölle der USA mit Gegenzöllen.", "de", ("CHN", "SANCTION", "USA")),
], ids=["schwor", "kündigte-an", "done"])
def test_answering_a_hostile_act_announced_is_a_threat(text, lang, expected):
    """"schwören" takes a zu-infinitive of intent as "versprechen" does: an announced answer to
    a hostile act threatens it; an answer given is the retaliation itself."""
    assert expected in _events(text, lang)


def test_an_answer_to_questions_is_no_retaliation():
    assert _events("Der Minister Polens beantwortete die Fragen der Abgeordneten.", "de") == []
