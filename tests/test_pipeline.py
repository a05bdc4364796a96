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
