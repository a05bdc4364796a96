"""The verbs of frames-vocab.yaml (en, de) in their other senses: sentences written for these
tests that use the verb of a new or widened frame of this batch for no act between actors, and
must code nothing (a satellite launched, a contract extended, a parcel received, a family moved,
a crop destroyed by hail, a market's reaction)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


@pytest.mark.parametrize("text, lang", [
    ("NASA launched a satellite into orbit on Tuesday.", "en"),
    ("The club extended the contract of its coach until 2026.", "en"),
    ("The company extended the deadline for applications.", "en"),
    ("The hospital received a donation from a local bakery.", "en"),
    ("The man received a letter from his son.", "en"),
    ("The family moved to Berlin in 2010.", "en"),
    ("The captain handed the trophy to the mayor.", "en"),
    ("The storm battered the coast with heavy rain.", "en"),
    ("The market reacted with losses to the figures.", "en"),
    ("The museum opened its doors on Sunday.", "en"),
    ("Der Hagel vernichtete die Ernte in der Region.", "de"),
    ("Die Polizei vernichtete die beschlagnahmten Drogen.", "de"),
    ("Der Verein verlängerte den Vertrag mit dem Trainer.", "de"),
    ("Der Verein erhielt eine Spende von der Bank.", "de"),
    ("Die Familie verlegte ihren Wohnsitz nach Berlin.", "de"),
    ("Das Museum öffnet am Sonntag seine Türen.", "de"),
    ("Der Markt reagierte mit Kursverlusten auf die Zahlen.", "de"),
    ("Der Trainer antwortete mit Kritik auf die Frage des Reporters.", "de"),
    ("The team responded with two goals in the second half.", "en"),
    ("Ein umgestürzter Baum blockierte die Bahnstrecke bei Kassel.", "de"),
], ids=["en-launch-satellite", "en-extend-contract", "en-extend-deadline", "en-receive-donation",
        "en-receive-letter", "en-move-home", "en-hand-trophy", "en-batter-storm", "en-react-market",
        "en-open-doors", "de-vernichten-ernte", "de-vernichten-drogen", "de-verlaengern-vertrag",
        "de-erhalten-spende", "de-verlegen-wohnsitz", "de-oeffnen-tueren", "de-reagieren-markt", "de-antworten-trainer", "en-respond-goals",
        "de-blockieren-baum"])
def test_the_verb_in_its_other_sense_codes_nothing(text: str, lang: str) -> None:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED), lang=lang)
    assert [e.cameo for e in doc.events] == []
