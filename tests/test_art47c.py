"""Africa and the Caucasus 2021-2023 in both languages: Sudan's coup and war, Niger's coup, Congo
and Rwanda, Karabakh (sentences written for these tests, branch art47c).

- A reaction to "the coup", "the crackdown" (a word of the packs' ``domestic_acts``) refers to an
  act a state's own rulers or forces did at home when one was told (``coder._within_state``), not
  to the latest act of any other party: "Soldiers in Niger detained President Bazoum. Nigeria cut
  off electricity supplies to Niger. France condemned the coup" is FRA 111 NER (was FRA 111 NGA);
  "Frankreich verurteilte den Putsch" after ECOWAS sanctions likewise (was against ECOWAS). An act
  done to the source itself is still the one it answers ("Russia detained a US reporter.
  Washington condemned the arrest").
- "takeover" (en) and "Machtübernahme" (de) are such acts: "The United States condemned the
  takeover" after the army detained the prime minister is USA 111 SDN (was no event).
- A verb of denying (``denials``: deny, bestreiten ...) whose object names an act of backing
  (support, cooperation, arms deliveries: noun frames 05, 06, 072) denies having done it, a
  statement, not a refusal (``frames._BACKING``): "Ruanda bestritt die Unterstützung der
  Rebellen" is no event (was RWA 12).
- German "kappen" with power, gas or energy supplies is an embargo (163, de/frames-art47c.yaml):
  "Nigeria kappte die Stromlieferungen an Niger" (was no event).
- A refusal whose dative names an event noun ("erteilte Verhandlungen mit Griechenland eine Absage")
  refuses that act, which is no act itself, and is of its kind (``coder._refused_in_dative`` and
  ``REFUSALS``): TUR 125 GRC (was TUR 12 GRC and TUR 046 GRC).
- A capital right after an agreement noun and "von"/"of" (pack words ``venue_prepositions``,
  ``venue_nouns``; ``ActorAnnotator._without_venues``) is where it was made, no party, as a capital
  before the noun ("the Minsk agreement") already was: "Russland hat das Abkommen von Minsk
  gebrochen" is RUS 128 aimed at no one (was RUS 128 BLR); "Die M23 lehnte das Abkommen von
  Luanda ab" after Tshisekedi and Kagame agreed a truce in Luanda rejects their agreement (COD 12
  COD+RWA, was AGO); "lehnte einen Vorschlag von Moskau ab" stays Russia's proposal.
- A state's name with its article ("den Kongo") that ends the full name of another state named
  before ("die Demokratische Republik Kongo") is that state, as the bare name already was
  (``ActorAnnotator.annotate``): "Ruanda kritisierte den Kongo" after it is RWA 111 COD (was COG).
- An English passive's "by" phrase that the parser left a phrase of the verb like any other is
  its doer (agent), unless it names a time, a number or an amount ("by Monday", "by 50 percent";
  ``en.clauses._NO_DOER_ENTITIES``): "Sanctions were imposed on Niger by ECOWAS" is IGO:ECOWAS 163
  NER (was no event). "recalled its representative" is recalling an envoy (161, en/frames.yaml).
- English refusals of an offer by someone: "spurned mediation by Kenya", "snubbed a ceasefire
  proposal from Kenya" (spurn and snub take "by" and "from", en/frames.yaml), "brushed aside a peace
  proposal" (offers, proposals and overtures brushed aside or off, en/frames-vocab6.yaml): SDN 12
  KEN (were no event).
- "abberufen" takes a "bei" phrase as its target (de/frames.yaml): "Armenien hat seinen Vertreter
  bei der OVKS abberufen" is ARM 161 IGO:CSTO (was no event); "slapped visa restrictions on"
  (en/frames-13-20.yaml) is 163 as "slapped sanctions on" (was no event); "seized a checkpoint"
  is taken by force as "seized a town" (190, en/frames-art35b.yaml).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Soldiers in Niger detained President Mohamed Bazoum on Wednesday. Nigeria cut off electricity "
     "supplies to Niger. France condemned the coup.", "en", ("FRA", "111", "NER")),
    ("Soldaten haben in Niamey den nigrischen Präsidenten Mohamed Bazoum festgesetzt. Die ECOWAS "
     "verhängte Sanktionen gegen Niger. Frankreich verurteilte den Putsch.", "de", ("FRA", "111", "NER")),
    # ("takeover", "Machtübernahme" are such acts)
    ("The Sudanese army detained Prime Minister Abdalla Hamdok on Monday. The United States "
     "condemned the takeover.", "en", ("USA", "111", "SDN")),
    ("Die sudanesische Armee hat am Montag Ministerpräsident Abdalla Hamdok festgenommen. Die USA "
     "verurteilten die Machtübernahme.", "de", ("USA", "111", "SDN")),
    # (an act done to the source's own is still the one it answers)
    ("Police in Minsk detained protesters. Russia detained an American reporter in Moscow. "
     "Washington condemned the arrest.", "en", ("USA", "111", "RUS")),
])
def test_domestic_act_condemned(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang", [
    ("Ruanda bestritt die Unterstützung der Rebellen.", "de"),
    ("Rwanda denied any support for the M23 rebels.", "en"),
    ("Der Iran bestritt Waffenlieferungen an die Huthis im Jemen.", "de"),
])
def test_denied_backing_is_no_refusal(text, lang):
    assert [c for _, c, _ in _events(text, lang) if c.startswith("12")] == []


def test_denied_access_stays_a_refusal():
    assert ("AZE", "12", "IGO:UN") in _events("Azerbaijan denied the United Nations access to Karabakh.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Nigeria kappte die Stromlieferungen an Niger.", "de", ("NGA", "163", "NER")),
    ("Armenien hat seinen Vertreter bei der OVKS abberufen.", "de", ("ARM", "161", "IGO:CSTO")),
    ("Washington slapped visa restrictions on Sudanese officials.", "en", ("USA", "163", "SDN")),
    ("Rwandan troops seized a checkpoint near Goma.", "en", ("RWA", "190", "COD")),
])
def test_frames(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Die Türkei erteilte Verhandlungen mit Griechenland eine Absage.", [("TUR", "125", "GRC")]),
    ("Die Türkei erteilte einem Treffen mit Griechenland eine klare Absage.", [("TUR", "125", "GRC")]),
    # (a demand refused stays a refusal of no kind)
    ("Die EU erteilte den Forderungen der Türkei eine Absage.", [("IGO:EU", "12", "TUR")]),
])
def test_refused_in_dative_is_no_act(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text", [
    "Sudan's army spurned mediation by Kenya's president Ruto.",
    "Sudan's army snubbed a ceasefire proposal from Kenya.",
    "Sudan's army brushed aside a peace proposal by Kenya.",
])
def test_refusals_of_an_offer_by_someone(text):
    assert _events(text, "en") == [("SDN", "12", "KEN")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russland hat das Abkommen von Minsk gebrochen.", "de", [("RUS", "128", "")]),
    ("Die M23 lehnte das Friedensabkommen von Luanda ab.", "de", []),
    ("The rebels rejected the agreement of Luanda.", "en", []),
    # (a body or a state named by its capital after another noun stays a party)
    ("Die EU lehnte einen Vorschlag von Moskau ab.", "de", [("IGO:EU", "12", "RUS")]),
])
def test_city_after_an_agreement_is_a_place(text, lang, expected):
    assert _events(text, lang) == expected


def test_agreement_named_by_its_city_refers_back():
    events = _events("Tshisekedi und Kagame vereinbarten in Luanda eine Waffenruhe. Die M23 lehnte das "
                     "Abkommen von Luanda ab.", "de")
    assert events[-1] == ("COD", "12", "COD+RWA")


@pytest.mark.parametrize("text, expected", [
    ("Die Demokratische Republik Kongo hat Ruanda kritisiert. Ruanda kritisierte den Kongo.", ("RWA", "111", "COD")),
    ("Die Regierung der Demokratischen Republik Kongo hat Ruanda kritisiert. Ruanda beschuldigte den "
     "Kongo, mit der FDLR-Miliz zusammenzuarbeiten.", ("RWA", "112", "COD")),
    # (with no longer name before, the dictionary's state)
    ("Ruanda kritisierte den Kongo.", ("RWA", "111", "COG")),
])
def test_state_name_with_article_ends_a_longer_name(text, expected):
    assert _events(text, "de")[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sanctions were imposed on Niger by ECOWAS.", [("IGO:ECOWAS", "163", "NER")]),
    ("Kenya's mediation offer was turned down by the Sudanese army.", [("SDN", "12", "KEN")]),
    ("Armenia recalled its representative to the CSTO.", [("ARM", "161", "IGO:CSTO")]),
])
def test_passive_by_is_the_doer(text, expected):
    assert [e for e in _events(text, "en") if e[0] != "UNK"] == expected


def test_passive_by_a_number_is_no_doer():
    assert _events("Russian gas exports to Armenia were cut by 50 percent.", "en") == []
