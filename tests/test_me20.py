"""The lead's changes of the twentieth session (sentences written for these tests).

- A month's name that is also a person's ("May", "June") alone right after an active verb with
  no object is the verb's object, not a time ("Theresa May arrived ... Later Juncker met May."
  gave nothing: the parser reads the last word as an adverb of time). With a day ("met May 5"),
  after a passive or after an object it stays the time (``Clauses._month_named``, lexicon
  ``name_months``).
- The first word of a state's name of two words whose other word the next name in a list
  carries is that state ("North and South Korea agreed ..." was KOR alone; ``ActorMatcher._elided``,
  as ``_truncated`` completes German "Nord- und Südkorea").
- The plural of a name several states share names all of their governments ("the two Koreas",
  "beide Koreas": North and South Korea; countries.yaml ``shared_names``, read by
  ``ActorDictionary._load_shared_names``; the matcher gives each state as a list does). The
  singular "Korea" stays ambiguous.
- Measures announced in return against someone are sanctions as announced tariffs are ("China
  announced countermeasures against the United States" gave nothing; German "kündigte
  Gegenmaßnahmen gegen die USA an" was coded), frames.yaml ``announce``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded, triples as _events

BEFORE = "Theresa May arrived in Brussels on Monday for talks on Brexit. "


@pytest.mark.parametrize("text, expected", [
    ("Later Angela Merkel met May.", ("DEU", "040", "GBR")),
    ("On Tuesday Jean-Claude Juncker met May.", ("IGO:EU", "040", "GBR")),
    ("Donald Tusk later thanked May.", ("IGO:EU", "051", "GBR")),
])
def test_a_month_name_after_a_verb_is_the_person_named_before(text, expected):
    assert expected in _events(BEFORE + text, "en")


def test_the_month_name_of_no_person_named_before_is_no_actor():
    assert _events("Later Angela Merkel met May.", "en") == []


@pytest.mark.parametrize("text", [
    "The two committees met May 5 in Brussels.",
    "The parliament in Rome was dissolved May.",
])
def test_a_month_with_a_day_or_after_a_passive_stays_a_time(text):
    assert all(e[2] != "GBR" for e in _events(BEFORE + text, "en"))


def test_a_dated_month_after_an_object_keeps_the_event():
    events = coded("Angela Merkel met Emmanuel Macron May 5 in Berlin.", "en", dt.date(2019, 6, 1))
    assert ("DEU", "040", "FRA", "asserted") in events


@pytest.mark.parametrize("text, expected", [
    ("North and South Korea agreed on Friday to reopen a liaison office.", ("PRK+KOR", "03", "PRK+KOR")),
    ("South and North Korea signed a pact on their sea border.", ("KOR+PRK", "057", "KOR+PRK")),
    ("Envoys of North and South Korea met at the border village.", ("PRK+KOR", "040", "PRK+KOR")),
])
def test_a_state_name_shared_by_a_list_names_both(text, expected):
    assert expected in _events(text, "en")


def test_a_word_before_a_list_that_makes_no_state_adds_none():
    assert all("PRK" not in e[0] for e in _events("Britain and South Korea signed a trade deal.", "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Both Koreas agreed on Friday to reopen a liaison office.", "en", ("PRK+KOR", "03", "PRK+KOR")),
    ("Japan urged the two Koreas to resume their talks.", "en", ("JPN", "02", "PRK+KOR")),
    ("Die beiden Koreas unterzeichneten am Freitag ein Abkommen über ihre Seegrenze.", "de",
     ("PRK+KOR", "057", "PRK+KOR")),
    ("Japan forderte die beiden Koreas zu neuen Gesprächen auf.", "de", ("JPN", "106", "PRK+KOR")),
])
def test_the_plural_of_a_shared_name_names_every_state(text, lang, expected):
    assert expected in _events(text, lang)


def test_the_states_of_a_shared_name_are_their_governments():
    from tests.coded_events import sectored
    assert ("JPN/GOV", "02", "PRK/GOV+KOR/GOV") in sectored("Japan urged the two Koreas to resume their talks.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Korea agreed on Friday to reopen a liaison office.", "en"),
    ("Korea unterzeichnete am Freitag ein Abkommen.", "de"),
])
def test_the_shared_name_alone_names_no_state(text, lang):
    assert all("PRK" not in e[0] and "KOR" not in e[0] for e in _events(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Beijing announced countermeasures against Washington on Friday.", ("CHN", "163", "USA")),
    ("Turkey announced reprisals against Austria over the ban.", ("TUR", "163", "AUT")),
    ("India announced retaliation against Pakistan after the attack.", ("IND", "163", "PAK")),
])
def test_measures_announced_in_return_are_sanctions(text, expected):
    assert expected in _events(text, "en")
