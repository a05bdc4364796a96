"""How German sentences are cut into clause pieces. Infinitive clauses that a verb governs and that are joined by "und" are each an act of
their own ("kündigte an, seinen Botschafter abzuberufen und die Hilfe einzustellen"), as after
"um"; and words after such a clause that are joined by "und" and end in a participle share the
main clause's auxiliary ("hat angekündigt, den Pakt aufzukündigen, und damit den Streit
verschärft"), so the infinitive keeps its own phrases (fields._split_infinitives,
fields._ellipsis_host); and "während", "seit" or "bis" before an article opens a clause when the
piece ends in its finite verb ("..., während die USA den Sieg begrüßten"), a phrase otherwise
("Während des Besuchs ...") (fields._classify). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_events import coded


def test_each_infinitive_keeps_its_own_phrases():
    # the support is for Hamas, not for the state named in the first infinitive
    events = coded("Die Regierung in Kairo versprach, die Hamas zu unterstützen und mit Israel zu verhandeln.", "de")
    assert ("EGY", "032", "PSE", "intent") in events
    assert not [e for e in events if e[2] == "PSE" and e[1] != "032"]


def test_a_threat_of_two_acts_is_still_one_threat():
    assert coded("Russland drohte, die Gaslieferungen an Moldau einzustellen und die Botschafter "
                 "der EU-Staaten auszuweisen.", "de") == [("RUS", "13", "MDA", "asserted")]


def test_a_participle_after_an_infinitive_shares_the_main_auxiliary():
    # the agreement the infinitive ends is no agreement made ("das Abkommen" was read as the
    # participle's phrase, and the noun then coded as an agreement)
    events = coded("Die USA haben angekündigt, das Abkommen mit dem Iran aufzukündigen, und damit "
                   "einen Streit mit Europa ausgelöst.", "de")
    assert events and all(e[1].startswith("13") for e in events)
    assert coded("Polen hat beschlossen, den russischen Botschafter auszuweisen, und damit die "
                 "Spannungen verschärft.", "de") == [("POL", "166", "RUS", "asserted")]


def test_a_clause_opened_by_while_before_an_article():
    # "die USA" was read as a phrase of "während", and the praise as Russia's criticism of the USA
    assert coded("Russland kritisierte die Wahl, während die USA den Sieg von Evo Morales begrüßten.", "de") \
        == [("USA", "051", "BOL", "asserted")]
    assert coded("Während des Besuchs kritisierte Merkel die Türkei.", "de") == [("DEU", "111", "TUR", "asserted")]
