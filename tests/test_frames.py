"""Frame files: valid, loadable, and every frame's code yields an event."""
import pytest

from chronist.coding.frames import frame_book, parse_frames
from chronist.lang import available
from chronist.coding.ontology import cameo
from chronist.errors import ConfigError


@pytest.mark.parametrize("lang", available())
def test_frame_files_load_and_cover_many_roots(lang):
    book = frame_book(lang)
    assert len(book) > 50
    roots = {f.cameo[:2] for f in book.frames()}
    assert len(roots) >= 17, sorted(roots)
    for frame in book.frames():
        assert cameo(frame.cameo).plover is not None


@pytest.mark.parametrize("text, message", [
    ("verbs: [{cameo: '040'}]", "needs 'lemma'"),
    ("verbs: [{lemma: treffen, cameo: '010'}]", "codes no event"),
    ("verbs: [{lemma: treffen, cameo: '040', target: [objekt]}]", "unknown role"),
    ("verbs: [{lemma: treffen, cameo: '040', colour: red}]", "unknown field"),
    ("verbs: [{lemma: call, cameo: '02', when_prep: [on]}]", "quote YAML keywords"),
    ("verbs: [{lemma: x, cameo: '999'}]", "999"),
    ("verbs: [", "not valid YAML"),
    ("verbs: [{lemma: send, cameo: '072', when_object: [=weapons]}]", "class 'weapons', which no frame file"),
    ("classes: {weapons: tank}\nverbs: []", "class 'weapons' must be a list"),
    ("classes: [tank]\nverbs: []", "classes must map a name"),
], ids=["no-lemma", "statement", "bad-role", "bad-field", "yaml-bool", "bad-code", "bad-yaml", "unknown-class",
        "class-no-list", "classes-no-map"])
def test_bad_frames_are_refused(text, message):
    with pytest.raises(ConfigError, match=message):
        parse_frames(text, where="test.yaml")


def test_a_class_of_words_stands_in_a_condition():
    book = parse_frames("""
classes:
  weapons: [tank, missile]
verbs:
  - {lemma: send, when_object: [=weapons, howitzer], cameo: "072", target: [prep:to]}
  - {lemma: supply, when_prep: ["with =weapons"], cameo: "072", target: [object]}
""", where="test.yaml")
    send, supply = book.frames()
    assert send.when_object == {"tank", "missile", "howitzer"}
    assert supply.when_prep == {"with tank", "with missile"}


def test_the_language_classes_reach_every_frame_file():
    # a class named in frames.yaml serves the frames of the language's other files
    lemmas = {f.lemma for f in frame_book("en").frames() if "howitzer" in f.when_object}
    assert {"send", "deliver", "supply", "ship", "transfer"} <= lemmas


def test_conditional_frame_wins_over_general_one():
    book = parse_frames("""
verbs:
  - {lemma: absagen, cameo: "12", target: [object]}
  - {lemma: absagen, when_object: [Treffen], cameo: "164", target: [prep:mit]}
""", where="test.yaml")
    first = book.frames()[0]
    assert first.cameo == "164"


def test_preposition_named_with_its_noun_wins_over_bare_preposition():
    # "came to the aid of" is aid before "came to" is a visit, whatever the order in the files
    book = parse_frames("""
verbs:
  - {lemma: come, when_prep: [to], cameo: "042", target: [prep:to]}
  - {lemma: come, when_prep: ["to aid"], cameo: "07", target: [prep:of]}
""", where="test.yaml")
    assert [f.cameo for f in book.frames()] == ["07", "042"]


def test_compound_nouns_find_the_frame_of_their_last_part():
    from chronist.model import Clause, Predicate, Token
    book = frame_book("de")
    def noun(lemma):
        return Clause(sentence=0, predicate=Predicate(lemma=lemma, kind="noun",
                                                      tokens=[Token(lemma, lemma, "NN", 0, len(lemma))]))
    assert book.find(noun("Maximalforderung")).lemma == "Forderung"
    assert book.find(noun("Gipfeltreffen")) is not None
    assert book.find(noun("Wetter")) is None
