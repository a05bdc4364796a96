"""Building pipelines from configuration, and what a stage needs."""
import pytest

from chronist.errors import ConfigError, InputError
from chronist.model import Article
from chronist.pipeline import DEFAULT_STAGES, Pipeline


def test_default_pipeline_has_the_named_stages_in_order():
    assert [s.name for s in Pipeline.default().stages] == list(DEFAULT_STAGES)


def test_a_stage_before_what_it_needs_is_refused():
    with pytest.raises(ConfigError, match="'coder' needs"):
        Pipeline.from_config({"stages": ["frontend", "coder"]})


def test_an_unknown_stage_is_refused():
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline.from_config({"stages": ["frontend", "translate"]})


def test_a_shorter_pipeline_stops_at_clauses():
    doc = Pipeline.from_config({"stages": ["frontend"]}).process(
        Article(text="Die Türkei kritisierte Griechenland.", id="t"), lang="de")
    assert doc.events == [] and doc.sentences[0].clauses
    assert set(doc.timings) == {"frontend"}


def test_language_is_detected_and_unsupported_ones_are_named():
    pipeline = Pipeline.default()
    doc = pipeline.process(Article(text="Die Regierung hat die Opposition am Montag scharf kritisiert.", id="t"))
    assert doc.lang == "de"
    with pytest.raises(InputError, match="'fr'"):
        pipeline.process(Article(text="Le gouvernement a critiqué les sanctions de la semaine dernière.", id="f"))


def test_stages_name_fields_of_the_document_model():
    from chronist.pipeline import MODEL, _model_fields
    for stage in Pipeline.default().stages:
        for name in stage.needs + stage.sets:
            obj, _, attr = name.partition(".")
            assert attr in _model_fields(MODEL[obj]), name


@pytest.mark.parametrize("needs, sets, message", [
    (("doc.sentence",), ("doc.events",), "Document has no field 'sentence'"),
    (("doc.sentences",), ("events",), "'events' names no field"),
    (("doc.sentences",), ("phrase.actor",), "Phrase has no field 'actor'"),
    (("page.text",), ("doc.events",), "'page.text' names no field"),
], ids=["doc-typo", "no-object", "phrase-typo", "unknown-object"])
def test_a_misspelt_field_fails_when_the_stage_is_built(needs, sets, message):
    from chronist.pipeline import Stage
    with pytest.raises(ConfigError, match=message):
        Stage("mine", needs=needs, sets=sets, run=lambda doc: None)


def test_a_stage_needing_what_no_stage_sets_is_refused_at_build():
    from chronist.pipeline import Stage
    stage = Stage("after-geo", needs=("event.location",), sets=("event.lat",), run=lambda doc: None)
    with pytest.raises(ConfigError, match="'after-geo' needs event.location"):
        Pipeline([stage])
    Pipeline([*Pipeline.default().stages, stage])       # after the geo stage it is fine


def test_language_is_decided_in_one_place():
    from chronist.ingest.run import choose_language
    from chronist.lang.detect import decide
    article = Article(text="Le gouvernement a critiqué les sanctions de la semaine dernière.", id="f")
    assert choose_language(article, "auto") == decide(article, "auto") == (
        None, "unsupported language 'fr' (Chronist reads de, en)")
    with pytest.raises(InputError, match="article 'f': unsupported language 'fr'"):
        Pipeline.default().process(article)
    assert decide(Article(text="x", id="g", lang="en"), "auto") == ("en", None)
    assert decide(Article(text="x", id="g", lang="en"), "de") == ("de", None)


def test_actor_matching_is_a_stage_of_its_own_and_actors_never_import_coding():
    import ast
    from pathlib import Path

    import chronist
    from chronist.actors.annotate import ActorAnnotator
    from chronist.actors.matcher import ActorMatcher
    from chronist.model import Article

    folder = Path(chronist.__file__).resolve().parent / "actors"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("chronist.coding"), f"{path.name} imports {node.module}"
    frontend = chronist.lang.get("de").frontend()
    doc_sentences = frontend.process(Article(text="Die Türkei kritisierte Schweden. Sie drohte Stockholm.",
                                             id="t"))
    from chronist.model import Document
    doc = Document(article=Article(text="", id="t"), lang="de", sentences=doc_sentences)
    ActorAnnotator(lang="de", matcher=ActorMatcher()).annotate(doc)
    subjects = [[a.code for a in p.actors] for s in doc.sentences for c in s.clauses for p in c.args("subject")]
    assert subjects[0] == ["TUR"]
