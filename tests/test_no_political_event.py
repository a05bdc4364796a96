"""Sentences that fit a frame and tell no political event (sentences written for these tests).

Denying a claim is a statement, not a rejection: "wies die Vorwürfe zurück", "denied the
allegations" code no REJECT, and what is denied is no act; rejecting a demand or an offer
still is a rejection.

Cooperation between private parties only (a firm and a university, a paper and a hospital, a
school and young people) is business or private life; the same acts with a government on one
side stay.

An event noun in a phrase of "über" / "about" is the topic of what is said, asked or decided
("eine Debatte über die Abschiebung", "a book about his meetings with the president"), no act
the sentence reports; the same noun after "nach" / "after" stays an event.

A rescue helicopter is a medical service's, not an army's; investing by a firm or a rich person is
business; a state of emergency over a flood or a quake is relief, not coercion; "zur Kontrolle"
(for a check) is not "unter Kontrolle" (seized)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline
from tests.coded_events import events

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 3, 12)


def plovers(text: str, lang: str) -> list[str]:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED), lang=lang)
    return [e.plover for e in doc.events]


@pytest.mark.parametrize("text, lang", [
    ("Der Minister wies die Korruptionsvorwürfe der Opposition am Montag entschieden zurück.", "de"),
    ("Die ungarische Regierung wies die Kritik aus Brüssel als haltlos zurück.", "de"),
    ("Der Präsident Kenias bestritt die Anschuldigungen der Menschenrechtler.", "de"),
    ("Das Verteidigungsministerium in Moskau dementierte den Bericht der Zeitung.", "de"),
    ("The Russian defence minister denied allegations that he had threatened the Ukrainian president.", "en"),
    ("Iran rejected the accusations by the Saudi government.", "en"),
    ("Beijing denied reports that it had pressured the Philippine government.", "en"),
], ids=["de-compound-accusation", "de-criticism", "de-accusation", "de-report",
        "en-allegations", "en-accusations", "en-reports"])
def test_denying_a_claim_is_no_rejection(text: str, lang: str) -> None:
    assert "REJECT" not in plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung in Ankara wies die Forderung der EU nach Neuwahlen zurück.", "de"),
    ("Nordkorea wies das Angebot Südkoreas zu Gesprächen zurück.", "de"),
    ("Iran rejected the American demand to halt uranium enrichment.", "en"),
    ("Israel rejected the Egyptian proposal for a ceasefire.", "en"),
], ids=["de-demand", "de-offer", "en-demand", "en-proposal"])
def test_rejecting_a_demand_or_an_offer_stays_a_rejection(text: str, lang: str) -> None:
    assert "REJECT" in plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Iranian foreign minister rejected Saudi Arabia's claim that Tehran had armed the rebels.", "en"),
    ("The senator denied allegations that he had assaulted a Chinese journalist.", "en"),
    ("Der Minister bestritt die Vorwürfe, er habe Waffen an die Rebellen im Jemen geliefert.", "de"),
], ids=["en-claim-arming", "en-allegation-assault", "de-accusation-arming"])
def test_what_is_denied_is_no_act(text: str, lang: str) -> None:
    assert plovers(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Moskau – Russland bestritt, dass seine Truppen die ukrainische Stadt angegriffen hätten.", "de"),
    ("Moskau – Das Verteidigungsministerium bestritt, Stellungen der Armee der Ukraine beschossen zu haben.", "de"),
    ("The Russian government denied that its troops had attacked the Ukrainian town.", "en"),
], ids=["de-dass", "de-infinitive", "en-that"])
def test_denying_a_clause_is_neither_rejection_nor_act(text: str, lang: str) -> None:
    assert plovers(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("The Ukrainian government denied Russian ships access to the port of Odessa.", "en"),
], ids=["en-access"])
def test_denying_someone_something_stays_a_rejection(text: str, lang: str) -> None:
    assert "REJECT" in plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der Autokonzern forscht in enger Kooperation mit der Technischen Universität München an Batterien.", "de"),
    ("Private Schulen werden den Jugendlichen in Bayern weiterhin diese Wahlmöglichkeit anbieten.", "de"),
    ("The carmaker signed a research partnership with Stanford University.", "en"),
    ("The newspaper praised the local hospital for its work.", "en"),
], ids=["de-firm-university", "de-schools-offer", "en-firm-university", "en-paper-hospital"])
def test_cooperation_between_private_parties_is_no_event(text: str, lang: str) -> None:
    assert plovers(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Die bayerische Regierung unterstützt die Bauern mit Millionenhilfen.", "de"),
    ("Das Bildungsministerium vereinbarte eine Kooperation mit der Technischen Universität München.", "de"),
    ("The Kenyan government praised the local hospital for its work.", "en"),
], ids=["de-government-farmers", "de-ministry-university", "en-government-hospital"])
def test_cooperation_with_a_state_party_stays(text: str, lang: str) -> None:
    assert plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Im Bundestag gab es eine lange Debatte über die Abschiebung straffälliger Flüchtlinge.", "de"),
    ("Der frühere Botschafter schrieb ein Buch über seine Treffen mit dem iranischen Präsidenten.", "de"),
    ("Parliament held a long debate about the deportation of refugees.", "en"),
    ("The former ambassador wrote a book about his meetings with the Iranian president.", "en"),
], ids=["de-debate-deportation", "de-book-meetings", "en-debate-deportation", "en-book-meetings"])
def test_an_event_noun_talked_about_is_no_event(text: str, lang: str) -> None:
    """An event noun in a phrase of "über" / "about" is the topic of what is said or decided."""
    assert plovers(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Nach seinem Treffen mit Putin reiste Macron nach Berlin.", "de"),
    ("After his meeting with Putin, Macron travelled to Berlin.", "en"),
], ids=["de-after-meeting", "en-after-meeting"])
def test_an_event_noun_in_another_phrase_stays(text: str, lang: str) -> None:
    assert "CONSULT" in plovers(text, lang)


def test_a_rescue_helicopter_is_no_army() -> None:
    """"Rettungshubschrauber" is a medical service's (HLH), as "rescue helicopter" is: its landing
    is no deployment; an army's helicopters landing stay one."""
    assert plovers("Ein deutscher Rettungshubschrauber landete am Abend vor dem Wiener Rathaus.", "de") == []
    assert "MOBILIZE" in plovers("Russische Hubschrauber landeten in Syrien.", "de")


@pytest.mark.parametrize("text, lang", [
    ("Der russische Oligarch hat 80 Millionen Euro in die Zeitungen investiert.", "de"),
    ("Der chinesische Konzern investiert eine Milliarde Euro in Griechenland.", "de"),
    ("The Dutch company will invest 20 billion euros in offshore connections in Germany.", "en"),
    ("A Chinese firm invested 3 million dollars in the Kenyan start-up.", "en"),
], ids=["de-oligarch-papers", "de-firm-country", "en-firm-intent", "en-firm-start-up"])
def test_a_private_investment_is_no_event(text: str, lang: str) -> None:
    """Investing (061, intended: 031) by a firm or a rich person is business, whoever it is for."""
    assert plovers(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Die chinesische Regierung investiert Milliarden in Pakistan.", "de"),
    ("China will invest billions in Pakistan.", "en"),
], ids=["de-government", "en-state"])
def test_a_state_investment_stays(text: str, lang: str) -> None:
    assert plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Nach dem Erdbeben verhängte die türkische Regierung den Ausnahmezustand über zehn Provinzen.", "de"),
    ("Heavy floods hit Texas on Sunday. The governor of Texas declared a state of emergency for ten counties.", "en"),
], ids=["de-earthquake", "en-floods-sentence-before"])
def test_an_emergency_over_a_disaster_is_no_coercion(text: str, lang: str) -> None:
    """A state of emergency where the sentence or the one before tells a natural disaster."""
    assert "COERCE" not in plovers(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Pakistan floods kill 300 people", "en"),
    ("Chile earthquake killed twelve people on Monday.", "en"),
    ("Ein Peru-Erdbeben tötete am Montag zwölf Menschen.", "de"),
], ids=["en-headline-floods", "en-earthquake", "de-compound-earthquake"])
def test_a_disaster_with_a_place_before_it_kills_no_one_by_an_act(text: str, lang: str) -> None:
    """A disaster as the subject of a killing: the place named before it ("Pakistan floods") says
    where, not who; no violence is coded (a weapon there stays: "Kabul car bomb kills ten")."""
    assert not {"ASSAULT", "COERCE"} & set(plovers(text, lang))


@pytest.mark.parametrize("text, lang, town_state", [
    ("Kabul car bomb kills ten people", "en", "AFG"),
    ("A Baghdad suicide bomb killed twelve people on Friday.", "en", "IRQ"),
], ids=["en-headline-kabul", "en-baghdad"])
def test_a_town_before_a_weapon_is_where_not_who(text: str, lang: str, town_state: str) -> None:
    """A town named before the weapon or attack that killed ("A Kabul car bomb") says where it
    happened; its state is not the attacker."""
    assert not [e for e in events(text, lang) if town_state in e[0].split("+")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian missiles killed ten people in Kyiv.", "en", ("RUS", "ASSAULT", "UKR")),
    ("A car bomb in Kabul killed ten people.", "en", ("UNK", "ASSAULT", "AFG")),
], ids=["en-state-adjective", "en-town-after"])
def test_a_state_before_a_weapon_stays_who(text: str, lang: str, expected: tuple) -> None:
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Nach dem Putschversuch verhängte die türkische Regierung den Ausnahmezustand über zehn Provinzen.", "de"),
    ("After the coup attempt, the Turkish government declared a state of emergency.", "en"),
], ids=["de-coup", "en-coup"])
def test_an_emergency_over_unrest_stays_coercion(text: str, lang: str) -> None:
    assert "COERCE" in plovers(text, lang)


def test_brought_for_a_check_is_not_brought_under_control() -> None:
    """"unter Kontrolle bringen" is a seizure (192); "zur Kontrolle bringen" (for a check) is none."""
    assert plovers("Die österreichische Polizei brachte mehrere Bewohner zur Kontrolle ins Krankenhaus.", "de") == []
    assert "COERCE" in plovers("Die Rebellen Malis brachten den Norden Malis unter ihre Kontrolle.", "de")
