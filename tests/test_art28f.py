"""Wire reports on aid, loans and economic diplomacy (branch art28f): money a lender releases, lending
suspended or frozen, debt relief approved, relief blocked from or let into a territory, in English
and German. Sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_events import coded

CASES = [
    # a lender that releases a tranche pays it out (071); a release of captives stays one
    ("The IMF's executive board released a tranche of $700 million to Egypt after Cairo devalued its currency.", "en",
     ("IGO:IMF", "071", "EGY")),
    ("Der IWF gab eine weitere Tranche von 1,1 Milliarden Dollar für Pakistan frei.", "de", ("IGO:IMF", "071", "PAK")),
    # lending suspended, halted or frozen is economic aid cut (1621), not aid given
    ("The World Bank suspended new lending to Mali after the coup.", "en", ("IGO:WB", "1621", "MLI")),
    ("The World Bank froze disbursements to Afghanistan.", "en", ("IGO:WB", "1621", "AFG")),
    ("Die Weltbank stoppte die Auszahlung von Hilfsgeldern an Afghanistan.", "de", ("IGO:WB", "1621", "AFG")),
    ("Die Weltbank setzte die Kreditvergabe an Mali aus.", "de", ("IGO:WB", "1621", "MLI")),
    # debt relief approved for a state
    ("The IMF approved debt relief for Somalia on Wednesday.", "en", ("IGO:IMF", "071", "SOM")),
    # relief kept out of a territory, or let in
    ("Israel blocked humanitarian aid to Gaza, the World Food Programme said.", "en", ("ISR", "191", "PSE")),
    ("Israel ließ erstmals seit Wochen Hilfslieferungen in den Gazastreifen.", "de", ("ISR", "0863", "PSE")),
]


@pytest.mark.parametrize("text,lang,event", CASES)
def test_coded(text, lang, event):
    assert event in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text,event", [
    # frozen funds or assets given back ease a sanction (085); funds read as frozen or not are no aid paid out
    ("The United States released frozen funds to Afghanistan.", ("USA", "085", "AFG")),
    ("South Korea released $6 billion in frozen funds to Iran.", None),
])
def test_released_frozen_funds(text, event):
    found = [e[:3] for e in coded(text, "en")]
    assert event in found if event else not [e for e in found if e[1] == "071"]


def test_released_hostages_stay_a_release():
    assert ("PSE", "0841", "PSE") in [e[:3] for e in coded("Hamas released three hostages to the Red Cross.", "en")]


@pytest.mark.parametrize("text,lang,event", [
    # lenders and creditors of states are actors of their own, the Paris Club no part of France
    ("The Paris Club agreed to restructure Ghana's debt.", "en", ("IGO:PARIS_CLUB", "0331", "GHA")),
    ("Der Pariser Club erließ Ghana Schulden in Höhe von 300 Millionen Dollar.", "de", ("IGO:PARIS_CLUB", "071", "GHA")),
    ("The African Development Bank approved a $200 million loan for Kenya.", "en", ("IGO:AFDB", "071", "KEN")),
    ("Die Osteuropabank gewährte der Ukraine einen Kredit über 300 Millionen Euro.", "de", ("IGO:EBRD", "071", "UKR")),
    ("The Asian Infrastructure Investment Bank approved a loan for Bangladesh.", "en", ("IGO:AIIB", "071", "BGD")),
    ("The New Development Bank approved a loan for Brazil.", "en", ("IGO:NDB", "071", "BRA")),
])
def test_lenders(text, lang, event):
    assert event in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text,lang", [
    # a state's creditors and donors are the other side of its debts, not the state (ally_nouns), and
    # "Gläubiger" are creditors, no believers of the state (agents.yaml)
    ("Zambia's creditors agreed to restructure its debt, the finance ministry said.", "en"),
    ("Ghana's bondholders agreed to cancel half of the debt.", "en"),
    ("Sambias Gläubiger einigten sich mit der Regierung auf eine Umschuldung.", "de"),
    ("Die Gläubiger Sambias stimmten einer Umschuldung zu.", "de"),
])
def test_creditors_are_not_the_debtor(text, lang):
    assert not [e for e in coded(text, lang) if e[0] in ("ZMB", "GHA")]


def test_believers_stay_civilians():
    assert ("ISR", "173", "ISR") in [e[:3] for e in coded("Die Polizei nahm in Jerusalem mehrere Gläubige fest.", "de")]


@pytest.mark.parametrize("text,lang,event", [
    # state-owned energy companies act for their state's business sector
    ("Gazprom stoppte die Gaslieferungen an Moldau.", "de", ("RUS", "163", "MDA")),
    ("Naftogaz sued Gazprom in a Swiss court.", "en", ("UKR", "115", "RUS")),
    ("Aramco signed a supply deal with China.", "en", ("SAU", "057", "CHN")),
    # an oil or gas embargo decided on is an embargo (163)
    ("Die EU beschloss ein Ölembargo gegen Russland.", "de", ("IGO:EU", "163", "RUS")),
    # gas or fuel supplies cut to a state are cut exports, an embargo (163), aid cut stays cut aid (162)
    ("Russia cut gas supplies to Moldova in October.", "en", ("RUS", "163", "MDA")),
    ("Israel cut fuel supplies to Gaza.", "en", ("ISR", "163", "PSE")),
    ("The United States cut aid to Ethiopia.", "en", ("USA", "162", "ETH")),
    # a bailout secured from a lender is aid from it
    ("Sri Lanka secured a $2.9 billion bailout from the IMF.", "en", ("IGO:IMF", "07", "LKA")),
    # ... and so is one secured "bei" it
    ("Sri Lanka sicherte sich beim IWF ein Rettungspaket über 2,9 Milliarden Dollar.", "de", ("IGO:IMF", "07", "LKA")),
    ("Pakistan sicherte sich beim IWF einen Kredit über drei Milliarden Dollar.", "de", ("IGO:IMF", "07", "PAK")),
])
def test_energy_and_lending(text, lang, event):
    assert event in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text,lang,event", [
    # aid or loans announced with the sum first and the state after the verb are given (as the noun alone)
    ("Britain announced 100 million pounds in emergency aid to Ukraine on Tuesday.", "en", ("GBR", "07", "UKR")),
    ("The United States announced an additional $2 billion in military aid to Ukraine.", "en", ("USA", "07", "UKR")),
    ("Japan announced $500 million in loans to Kenya.", "en", ("JPN", "071", "KEN")),
])
def test_announced_sums(text, lang, event):
    assert event in [e[:3] for e in coded(text, lang)]


def test_announced_sanctions_stay_sanctions():
    assert ("GBR", "163", "RUS") in [e[:3] for e in coded("Britain announced new sanctions against Russia.", "en")]


def test_debt_payments_suspended_are_no_aid_cut():
    # a debtor that stops paying cuts no aid to its creditor
    for text in ("Venezuela suspended debt payments to China.", "Venezuela froze payments to China."):
        assert not [e for e in coded(text, "en") if e[1].startswith("162")]
