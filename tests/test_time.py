"""Temporal expressions resolved against the publication date, and event dates."""
import datetime as dt
import shutil

import pytest

from chronist.errors import ConfigError
from chronist.model import Article
from chronist.pipeline import Pipeline
from chronist.time.resolve import date_event, direction_of, resolve
from chronist.lang import available, get
from chronist.time.rules import load_rules, rules_for
from chronist.time.tagger import find

SUNDAY = dt.date(2018, 5, 27)      # publication date of the seed report (a Sunday)
WEDNESDAY = dt.date(2023, 5, 17)


@pytest.mark.parametrize("lang, expression, direction, expected", [
    ("de", "am Samstag", "past", "2018-05-26"),
    ("de", "am Samstagabend", "past", "2018-05-26"),
    ("de", "am Sonntag früh", "past", "2018-05-27"),
    ("de", "am Sonntag", "past", "2018-05-27"),
    ("de", "am Montag", "past", "2018-05-21"),
    ("de", "am Montag", "future", "2018-05-28"),
    ("de", "vergangenen Freitag", "past", "2018-05-25"),
    ("de", "kommenden Dienstag", "past", "2018-05-29"),
    ("de", "am Wochenende", "past", "2018-05-26"),
    ("de", "am Wochenende", "future", "2018-06-02"),
    ("de", "diese Woche", "past", "2018-W21"),
    ("de", "vergangene Woche", "past", "2018-W20"),
    ("de", "in der vergangenen Woche", "past", "2018-W20"),
    ("de", "nächste Woche", "past", "2018-W22"),
    ("de", "Anfang der Woche", "past", "2018-W21"),
    ("de", "gestern", "past", "2018-05-26"),
    ("de", "heute", "past", "2018-05-27"),
    ("de", "vorgestern", "past", "2018-05-25"),
    ("de", "morgen", "future", "2018-05-28"),
    ("de", "vor zwei Tagen", "past", "2018-05-25"),
    ("de", "vor drei Wochen", "past", "2018-W18"),
    ("de", "vor einem Jahr", "past", "2017"),
    ("de", "in zwei Wochen", "future", "2018-W23"),
    ("de", "Ende April", "past", "2018-04"),
    ("de", "Mitte Juni", "past", "2018-06"),
    ("de", "Ende vergangenen Monats", "past", "2018-04"),
    ("de", "im vergangenen Monat", "past", "2018-04"),
    ("de", "am 12. Juni", "past", "2018-06-12"),
    ("de", "den 1. Juni", "past", "2018-06-01"),
    ("de", "am 3.10.2017", "past", "2017-10-03"),
    ("de", "im April", "past", "2018-04"),
    ("de", "im Dezember", "past", "2017-12"),
    ("de", "im Dezember", "future", "2018-12"),
    ("de", "im vergangenen März", "past", "2018-03"),
    ("de", "im März 2017", "past", "2017-03"),
    ("de", "im Jahr 2016", "past", "2016"),
    ("de", "vergangenes Jahr", "past", "2017"),
    ("de", "am 31. Februar", "past", None),
    ("de", "zum zweiten Mal", "past", None),
    ("de", "2000 Soldaten", "past", None),
    ("en", "on Saturday", "past", "2018-05-26"),
    ("en", "on Saturday night", "past", "2018-05-26"),
    ("en", "next Monday", "past", "2018-05-28"),
    ("en", "over the weekend", "past", "2018-05-26"),
    ("en", "last week", "past", "2018-W20"),
    ("en", "earlier this week", "past", "2018-W21"),
    ("en", "next week", "past", "2018-W22"),
    ("en", "yesterday", "past", "2018-05-26"),
    ("en", "last night", "past", "2018-05-26"),
    ("en", "two days ago", "past", "2018-05-25"),
    ("en", "a month ago", "past", "2018-04"),
    ("en", "June 12", "past", "2018-06-12"),
    ("en", "on June 12, 2019", "past", "2019-06-12"),
    ("en", "on 12 June", "past", "2018-06-12"),
    ("en", "late last month", "past", "2018-04"),
    ("en", "mid-June", "past", "2018-06"),
    ("en", "the end of April", "past", "2018-04"),
    ("en", "last month", "past", "2018-04"),
    ("en", "last year", "past", "2017"),
    ("en", "in 2018", "past", "2018"),
    ("en", "in May", "past", "2018-05"),
    ("en", "they may meet", "past", None),
    ("en", "troops march on", "past", None),
], ids=lambda v: str(v))
def test_resolve(lang, expression, direction, expected):
    assert resolve(expression, SUNDAY, lang=lang, direction=direction) == expected


def test_no_publication_date_only_absolute_dates():
    assert resolve("am Samstag", None, lang="de") is None
    assert resolve("am 12. Juni 2018", None, lang="de") == "2018-06-12"
    assert resolve("in 2016", None, lang="en") == "2016"


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Führer trafen sich zum zweiten Mal seit Ende April in Panmunjom.",
     [("Ende April", "2018-04", "month", "end", True)]),
    ("de", "Kim traf am Wochenende Moon, um das diese Woche abgesagte Treffen am 12. Juni zu retten.",
     [("Wochenende", "2018-05-26", "day", None, False), ("diese Woche", "2018-W21", "week", None, False),
      ("12. Juni", "2018-06-12", "day", None, False)]),
    ("de", "Bis Mitte Juni soll die Frist laufen.", [("Mitte Juni", "2018-06", "month", "mid", True)]),
    ("en", "Talks held since June 12 resumed on Saturday.",
     [("June 12", "2018-06-12", "day", None, True), ("Saturday", "2018-05-26", "day", None, False)]),
], ids=["seit-ende-april", "three-expressions", "bis-mitte-juni", "since-and-saturday"])
def test_find_spans_precision_and_anchors(lang, text, expected):
    found = find(text, SUNDAY, lang=lang)
    assert [(t.text, t.value, t.precision, t.mod, t.anchor) for t in found] == expected
    for t in found:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("tense, modality, expected", [
    ("past", "asserted", "past"), ("present", "asserted", "present"), ("future", "intent", "future"),
    ("present", "intent", "future"), ("past", "intent", "past"),
], ids=lambda v: str(v))
def test_direction(tense, modality, expected):
    assert direction_of(tense, modality) == expected


@pytest.mark.parametrize("sentence, time_text, tense, modality, expected", [
    ("Kim traf am Samstag Moon.", "Samstag", "past", "asserted", ("2018-05-26", "expression")),
    ("Die Führer trafen sich seit Ende April zum zweiten Mal.", "Ende", "past", "asserted",
     ("2018-05-27", "publication")),
    ("Kim Jong Un am Samstag bei seinem Treffen mit Moon.", None, "past", "asserted", ("2018-05-26", "sentence")),
    ("Kim will Trump treffen.", None, "present", "intent", (None, None)),
    ("Kim will Trump am Dienstag treffen.", "Dienstag", "present", "intent", ("2018-05-29", "expression")),
    ("Kim traf Moon.", None, "past", "reported", ("2018-05-27", "publication")),
    ("Kim trifft Moon nicht.", None, "present", "negated", (None, None)),
], ids=["clause-weekday", "since-is-no-date", "sentence-fallback", "intent-no-date", "intent-next-tuesday",
        "reported-publication", "negated-none"])
def test_date_event(sentence, time_text, tense, modality, expected):
    trigger = sentence.find("tr")
    assert date_event(sentence=sentence, time_text=time_text, trigger=trigger, pub=SUNDAY, lang="de",
                      tense=tense, modality=modality) == expected


def test_sentence_fallback_can_be_switched_off():
    assert date_event(sentence="Kim am Samstag bei seinem Treffen mit Moon.", time_text=None, trigger=20,
                      pub=SUNDAY, lang="de", tense="past", modality="asserted",
                      sentence_fallback=False) == ("2018-05-27", "publication")


PIPELINE = Pipeline.default()


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Polen kritisierte am Montag Ungarn.", ("2023-05-15", "expression")),
    ("de", "Polen kritisierte vor zwei Tagen Ungarn.", ("2023-05-15", "expression")),
    ("de", "Polen kritisierte Ungarn.", ("2023-05-17", "publication")),
    ("en", "Poland criticised Hungary on Monday.", ("2023-05-15", "expression")),
    ("en", "Poland criticised Hungary last week.", ("2023-W19", "expression")),
], ids=["de-weekday", "de-ago", "de-default", "en-weekday", "en-last-week"])
def test_pipeline_dates_events(lang, text, expected):
    doc = PIPELINE.process(Article(text=text, id="t", date=WEDNESDAY), lang=lang)
    assert doc.events, text
    assert (doc.events[0].date, doc.events[0].date_basis) == expected


@pytest.mark.parametrize("lang", available())
def test_shipped_rule_tables_are_valid(lang):
    rules = rules_for(lang)
    assert sorted(set(rules.weekdays.values())) == list(range(7))
    assert sorted(set(rules.months.values())) == list(range(1, 13))
    assert set(rules.modifiers.values()) == {"last", "this", "next"}


@pytest.mark.parametrize("edit, message", [
    (("weekdays: {montag: 0,", "weekdays: {montag: 9,"), "weekdays.montag is 9"),
    (("period_parts: {anfang: start,", "period_parts: {anfang: begin,"), "period_parts.anfang is 'begin'"),
    (("case_sensitive: [morgen]", "case_sensitive: [Mittwochs]"), "case_sensitive lists 'Mittwochs'"),
    (("numbers:", "nummern:"), "unknown key(s) nummern"),
], ids=["weekday-range", "part-kind", "case-sensitive-unknown", "unknown-key"])
def test_bad_rule_table_is_refused(tmp_path, edit, message):
    path = tmp_path / "de.yaml"
    shutil.copy(get("de").data("time.yaml"), path)
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_rules(path, "de")


FEBRUARY = dt.date(2016, 2, 10)


@pytest.mark.parametrize("sentence, time_text, tense, modality, expected", [
    ("Im März hatte Russland die Ukraine angegriffen.", "Im März", "past", "asserted", ("2015-03", "expression")),
    ("Am 12. Februar griff Russland die Ukraine an.", "Am 12. Februar", "past", "asserted",
     ("2015-02-12", "expression")),
    ("Im Januar griff Russland die Ukraine an.", "Im Januar", "past", "asserted", ("2016-01", "expression")),
    ("Im März will Russland verhandeln.", "Im März", "present", "intent", ("2016-03", "expression")),
], ids=["past-march-is-last-march", "past-day-not-after-publication", "past-january", "intent-march-ahead"])
def test_a_reported_event_does_not_lie_after_publication(sentence, time_text, tense, modality, expected):
    trigger = len(time_text) + 1
    assert date_event(sentence=sentence, time_text=time_text, trigger=trigger, pub=FEBRUARY, lang="de",
                      tense=tense, modality=modality) == expected


def test_a_time_phrase_that_names_no_time_falls_back_to_the_sentence():
    sentence = "Russland hatte die Ukraine im Jahr 2014 angegriffen."
    assert date_event(sentence=sentence, time_text="im Jahr", trigger=sentence.find("angegriffen"), pub=FEBRUARY,
                      lang="de", tense="past", modality="asserted") == ("2014", "sentence")


def test_the_time_phrase_is_taken_where_the_front_end_found_it():
    # "Montag" stands twice; the clause's phrase is the second, not the reference point "Seit Montag"
    sentence = "Seit Montag streiken die Arbeiter, am Montag traf Merkel Macron."
    at = sentence.rfind("Montag")
    args = dict(sentence=sentence, time_text="Montag", trigger=sentence.find("traf"), pub=dt.date(2018, 5, 27),
                lang="de", tense="past", modality="asserted")
    assert date_event(**args, time_span=(at, at + len("Montag"))) == ("2018-05-21", "expression")
    assert date_event(**args) == ("2018-05-21", "sentence")     # a string alone is found at its first place
