"""Branch s18c-interrupted (sentences written for these tests).

- German: a zu-infinitive whose phrases stand before a relative or infinitive clause embedded in
  it, and whose verb alone follows that clause, takes those phrases back
  (``fields._join_interrupted_infinitive``): "Kenia beschloss, den ugandischen Botschafter, der
  die Vorwürfe erhoben hatte, auszuweisen" is KEN 166 UGA (was no event: "auszuweisen" closed the
  main clause and "den Botschafter" was its object), as the English parse reads "decided to expel
  the Ugandan ambassador, who had made the claims".
- Both languages: a union of states has no citizens of its own: "EU-Bürger", "EU citizens" are
  civilians of states not named (UNK/CVL), not IGO:EU/CVL; its diplomats stay its own
  (``ActorMatcher._segment``).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Die kenianische Regierung beschloss, den ugandischen Botschafter, der die Vorwürfe erhoben hatte, "
     "auszuweisen.", ("KEN", "166", "UGA")),
    ("Die kenianische Regierung hat sich entschieden, den Botschafter aus Uganda wegen der Entscheidung, "
     "Taiwan anzuerkennen, zurückzurufen.", ("KEN", "161", "UGA")),
    ("Ghana versprach, den Flüchtlingen aus Togo, die seit Wochen an der Grenze warten, rasch zu helfen.",
     ("GHA", "033", "TGO")),
])
def test_infinitive_interrupted_by_an_embedded_clause(text, expected):
    assert expected in _events(text, "de")


def test_interrupted_request_keeps_its_content_unasked():
    # the soldiers' withdrawal is asked of Uganda, not done by Kenya
    assert _events("Kenia forderte Uganda auf, die Soldaten, die an der Grenze stationiert sind, abzuziehen.",
                   "de") == [("KEN", "10", "UGA")]


@pytest.mark.parametrize("text, lang", [
    ("Die Polizei in Calais nahm am Montag mehrere EU-Bürger fest.", "de"),
    ("Police in Calais arrested several EU citizens on Monday.", "en"),
])
def test_citizens_of_a_union_of_states_are_of_no_state_named(text, lang):
    # a union of states has no citizens of its own: the arrested are civilians of the state the
    # arrest is placed in (as other unnamed people), not of the union
    events = sectored(text, lang)
    assert events and all(e[2] == "FRA/CVL" for e in events), events


@pytest.mark.parametrize("text, lang", [
    ("EU-Diplomaten kritisierten die Regierung in Minsk.", "de"),
    ("EU diplomats criticised the government in Minsk.", "en"),
])
def test_officials_of_a_union_of_states_stay_its_own(text, lang):
    assert "IGO:EU/GOV" in [e[0] for e in sectored(text, lang)]



@pytest.mark.parametrize("text, lang, code", [
    ("EU citizens", "en", "UNK"),
    ("EU-Bürgerinnen", "de", "UNK"),
    ("Einwohner der EU", "de", "UNK"),
    ("UN civilian staff", "en", "IGO:UN"),
    ("EU-Diplomaten", "de", "IGO:EU"),
])
def test_people_of_a_union_of_states_by_the_phrase_alone(text, lang, code):
    from actor_tokens import toks

    from chronist.actors.matcher import ActorMatcher

    assert [a.code for a in ActorMatcher().match(toks(text), lang=lang, date=None)] == [code]
