"""Running the pipeline over gold files and scoring it (what ``chronist eval`` does)."""
from __future__ import annotations

import logging
from pathlib import Path

from chronist.eval.gold import GoldRecord, half_of, read_gold
from chronist.eval.score import Score, score
from chronist.io.readers import read_articles, record_ids
from chronist.pipeline import Pipeline

log = logging.getLogger(__name__)


def predict(path: str | Path, pipeline: Pipeline) -> dict[str, list[dict]]:
    """Event records per gold record id, coded from the gold file's texts."""
    ids = record_ids(path)
    predictions: dict[str, list[dict]] = {}
    for article in read_articles(path):
        doc = pipeline.process(article)
        sentence_ids = ids.get(article.id, [article.id])
        for event in doc.events:
            record_id = sentence_ids[min(event.sentence_index, len(sentence_ids) - 1)]
            predictions.setdefault(record_id, []).append(event.record())
    return predictions


def evaluate(paths: list[str | Path], *, pipeline: Pipeline | None = None, half: str | None = None) -> Score:
    """Score the pipeline on gold files (``../shared/eval/FORMAT.md``); ``half`` (dev or check)
    scores only that half of each file's articles (``half_of``)."""
    pipeline = pipeline or Pipeline.default()
    records: list[GoldRecord] = []
    predictions: dict[str, list[dict]] = {}
    for path in paths:
        records.extend(read_gold(path))
        predictions.update(predict(path, pipeline))
    if half is not None:
        records = half_of(records, half)
        predictions = {rid: preds for rid, preds in predictions.items() if rid in {r.id for r in records}}
    return score(records, predictions)
