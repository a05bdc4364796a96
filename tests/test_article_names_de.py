"""German names that begin with an article ("Den Haag"): the article is part of the name and
gives the phrase no case, so "Den Haag" at the start of a sentence can be its subject (it was
read as an accusative object, which turned "Den Haag kritisierte die Entscheidung Moskaus"
round into Moscow criticising the Netherlands)."""
from __future__ import annotations

import pytest

from chronist.model import Article
from tests.coded_events import PIPELINE, coded


@pytest.mark.parametrize("text, expected", [
    ("Den Haag kritisierte die Entscheidung Moskaus scharf.", ("NLD", "111", "RUS")),
    ("Den Haag verurteilte den Angriff Russlands auf die Ukraine.", ("NLD", "111", "RUS")),
], ids=["kritisierte", "verurteilte"])
def test_a_name_with_an_article_is_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "de")]


def test_an_article_before_a_plain_noun_keeps_its_case() -> None:
    # "Den Rebellen" is dative: the government accuses them, not they the government
    doc = PIPELINE.process(Article(text="Den Rebellen in Mali warf die Regierung schwere Verbrechen vor.", id="t"), lang="de")
    assert [([a.sector for a in e.source], [a.sector for a in e.target]) for e in doc.events] == [(["GOV"], ["REB"])]
