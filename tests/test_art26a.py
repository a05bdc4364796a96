"""Africa and Latin America as whole wire reports tell them (sentences written for these tests,
branch art26a).

- An accusation summed up after a comma ("accused Colombia of harbouring the plotters, a charge
  that Bogota denied") is aimed at its maker: who denies, rejects or dismisses it rejects the
  accuser (summary_nouns: charge, accusation, allegation, as "a move that").
- Soldiers or police who came under fire from someone were attacked by them; a minister who came
  under fire from critics was criticised, no attack.
- Supporters of a government, a leader or a junta, named by a word of their own ("Anhänger der
  Junta", "supporters of the president"), are that country's people: their protest is a
  demonstration, not an official complaint.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


def _events(sentences: list[str], lang: str = "en"):
    doc = PIPELINE.process(Article(text=" ".join(sentences), sentences=sentences, id="t", date=PUBLISHED,
                                   lang=lang), lang=lang)
    return [(e.sentence_index, "+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


@pytest.mark.parametrize("sentence, expected", [
    ("Venezuela's government accused Colombia of harbouring the plotters, a charge that Bogota denied.",
     (0, "COL", "REJECT", "VEN")),
    ("China accused the United States of bullying, an accusation that Washington dismissed on Friday.",
     (0, "USA", "REJECT", "CHN")),
    ("Israel accused Hezbollah of digging tunnels, a charge the group rejected.",
     (0, "LBN", "REJECT", "ISR")),
])
def test_a_denied_charge_rejects_its_maker(sentence, expected):
    events = _events([sentence])
    assert expected in events
    assert (0, expected[3], "ACCUSE", expected[1]) in events


def test_a_charge_without_a_denial_is_no_rejection():
    events = _events(["The newspaper said the minister had taken bribes, an allegation that was widely reported."])
    assert [e for e in events if e[2] == "REJECT"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Nigerian troops came under fire from Boko Haram fighters near Maiduguri.", (0, "NGA", "ASSAULT", "NGA")),
    ("French soldiers came under fire from jihadists in northern Mali.", (0, "MLI", "ASSAULT", "FRA")),
])
def test_soldiers_under_fire_were_attacked(sentence, expected):
    assert expected in _events([sentence])


def test_a_minister_under_fire_from_critics_was_not_attacked():
    events = _events(["Britain's defence minister came under fire from opposition lawmakers over the budget cuts."])
    assert [e for e in events if e[2] == "ASSAULT"] == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Tausende Anhänger der Regierung demonstrierten in Managua gegen die USA.", "de", (0, "NIC", "PROTEST", "USA")),
    ("Hunderte Anhänger des Präsidenten protestierten vor der Botschaft Frankreichs in Bamako.", "de", (0, "MLI", "PROTEST", "FRA")),
    ("Thousands of supporters of the junta protested against France in Ouagadougou.", "en", (0, "BFA", "PROTEST", "FRA")),
])
def test_supporters_of_a_government_protest_as_people(sentence, lang, expected):
    """Their protest is a demonstration (14), not the government's official complaint (114)."""
    events = _events([sentence], lang)
    assert expected in events
    assert [e for e in events if e[2] == "ACCUSE"] == []


def test_a_leader_and_his_supporters_stay_the_leader():
    events = _events(["Präsident Nicolás Maduro und seine Anhänger feierten in Caracas den Jahrestag der Revolution."], "de")
    assert [e for e in events if e[2] == "PROTEST"] == []


def test_a_shared_subject_keeps_the_seat_named_with_it():
    """'Die Junta in Conakry ließ ... frei und hob ... auf': the second verb's subject is the junta
    in Conakry too, not the state named in the sentence before."""
    events = _events(["Der ivorische Präsident Alassane Ouattara sprach von einem Angriff auf die Demokratie.",
                      "Die Junta in Conakry ließ am Montag 80 politische Gefangene frei und hob die Ausgangssperre auf."], "de")
    assert (1, "GIN", "CONCEDE", "GIN") in events
    assert [e for e in events if "CIV" in (e[1], e[3])] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Russland stellte die Gaslieferungen in die Ukraine ein.", (0, "RUS", "SANCTION", "UKR")),
    ("Nigeria stellte die Stromlieferungen in den Niger ein.", (0, "NGA", "SANCTION", "NER")),
])
def test_deliveries_halted_into_a_country(sentence, expected):
    assert expected in _events([sentence], "de")


@pytest.mark.parametrize("sentences, expected", [
    (["Ghana's President Nana Akufo-Addo said he was deeply concerned.",
      "The junta in Bamako detained the interim president and the prime minister."], (1, "MLI", "COERCE", "MLI")),
    (["France's foreign minister said Paris would review its options.",
      "The military government in Niamey expelled the French ambassador on Friday."], (1, "NER", "SANCTION", "FRA")),
])
def test_a_capital_the_parser_takes_for_an_organisation_seats_the_subject(sentences, expected):
    """'The junta in Niamey/ORG': the seat names the junta's state, not the one named before."""
    events = _events(sentences)
    assert expected in events
    assert [e for e in events if e[0] == 1 and e[1] in ("GHA", "FRA")] == []
