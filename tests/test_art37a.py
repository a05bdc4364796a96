"""The Middle East field: Israel and Iran, the Houthis and the Red Sea, Hezbollah, Syria after Assad
(sentences written for these tests, branch art37a).

- A ship attacked whose flag, owner or navy no phrase names (the packs' ``vessel_nouns``: "a
  tanker", "ein Handelsschiff", "einen Frachter") is no one's the article names: an armed group's
  attack on it takes no target from the war the article tells (the one foreign army it names was
  taken for the rebels' enemy: the Houthis "attacked" Iran's Revolutionary Guards). A ship whose
  flag or navy is named keeps its state. Nor are the actors of no known country that a ship's
  phrase names before its noun its owner: its kind or its name ("a merchant ship" was the
  article's country's business, "the Galaxy Leader cargo ship" its government's "leader").
- Plants, ports, airports and nuclear facilities that forces strike (the packs' ``site_nouns``)
  stand for the people of the town they lie in, as markets and hotels do: "Israel griff
  Atomanlagen in Natans und Isfahan an" is an attack on Iran.
- Places the gazetteer lacked: Quneitra (Syria), Dahiyeh (Lebanon), Ben Gurion Airport (Israel;
  the city list read "Ben" as Bern).
- Sanctions named as what an event noun of yielding lifts or eases ("die Aufhebung der Sanktionen
  gegen Syrien", "the lifting of sanctions on Syria") are not imposed, nor threatened when the
  lifting is announced: neither the noun in the attribute nor a verb whose object that noun heads
  codes a sanction (coding/coder.py ``_yielded``).
- The one that holds or controls a place is the actor of a hyphenated participle ("Houthi-held
  ports", "Hezbollah-controlled areas"), as "led" and "owned" name theirs (words.yaml
  ``leading_participles``).
- Harm told again with no one named, of victims the sentence before told an act of violence
  against, is that act's doer's ("Die israelische Armee hat einen Kommandeur der Hisbollah getötet.
  Der Mann sei bei einem Luftangriff ums Leben gekommen"), not the other side of a war of the
  victims' state the article also names (the Lebanese army against Hezbollah).
- German "Stellungen" (plural only: "Stellung nehmen" is a stance) are an army's, as its bases
  are (agents.yaml), so an adjective of a people or creed before them makes them irregular
  fighters' ("kurdische Stellungen in Nordsyrien": SYR/REB, was the Syrian government), and a
  state's adjective its army's ("ukrainische Stellungen": UKR/MIL).
- "Beide Seiten" after a fight between a state and an armed group of another state are those
  two, with their sectors, not the group's state's government ("Die Hisbollah feuerte Raketen auf
  Nordisrael ab. Frankreich rief beide Seiten zur Zurückhaltung auf": Hezbollah and Israel;
  actors/coref.py, the sides of a conflict).
- Persons: Joseph Aoun (Lebanon's army commander, president from 2025), Rodolphe Haykal, Badr
  Albusaidi (Oman), Ismail Qaani, Mohammad Eslami, Tom Barrack, Amos Hochstein; "Ahmed al-Shara".
- Frames (frames-art37a.yaml): targeted with missiles (195), forces pushing into a country (190), the
  snapback of UN sanctions triggered against a state (163), a resolution passed, adopted,
  verabschiedet or beschlossen against a state (111: "Tehran rejected the resolution" after it
  rejects the board's act), weapons an armed group hands over or gives up (0873, disarming; a
  state's stay military aid, 072).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded, sectored

DATE = dt.date(2025, 6, 20)


def triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang", [
    ("Die Revolutionsgarden erklärten, der Raketenangriff sei eine Antwort. "
     "Die Huthi-Miliz im Jemen beschoss ein Handelsschiff im Roten Meer.", "de"),
    ("Die Revolutionsgarden drohten mit Vergeltung. Die Huthi griffen einen Frachter im Golf von Aden an.", "de"),
    ("Iran's Revolutionary Guards said the strike was a response. The Houthis attacked a tanker in the Red Sea.", "en"),
    ("Iran's Revolutionary Guards vowed revenge. The Houthis fired two missiles at a vessel off Hodeidah.", "en"),
], ids=["de-handelsschiff", "de-frachter", "en-tanker", "en-vessel"])
def test_ship_of_no_one_named_is_no_enemy(text: str, lang: str) -> None:
    assert not any(target == "IRN" for _, _, target in triples(text, lang))


# (text, language, expected event) with its id: a ship whose flag or navy is named keeps its
# state; a facility struck stands for its town; places of the field; the frames of the field
CODED = [
    ("de-warship", "Die Revolutionsgarden drohten mit Vergeltung. Die Huthi griffen ein britisches Kriegsschiff an.",
     "de", ("YEM", "190", "GBR")),
    ("en-flagged", "The Houthis attacked a Liberian-flagged tanker in the Red Sea.", "en", ("YEM", "190", "LBR")),
    ("de-atomanlagen", "Israel griff Atomanlagen in Natans und Isfahan an.", "de", ("ISR", "190", "IRN")),
    ("de-raffinerie", "Die USA bombardierten eine Raffinerie im Jemen.", "de", ("USA", "195", "YEM")),
    ("en-facilities", "Israeli jets struck nuclear facilities in Isfahan.", "en", ("ISR", "190", "IRN")),
    ("en-quneitra", "Israeli troops raided a village in the Quneitra province.", "en", ("ISR", "190", "SYR")),
    ("de-kuneitra", "Israelische Soldaten nahmen in der Provinz Kuneitra drei Männer fest.", "de", ("ISR", "173", "SYR")),
    ("en-ben-gurion", "The Houthis fired a ballistic missile at Ben Gurion Airport.", "en", ("YEM", "195", "ISR")),
    ("de-ben-gurion", "Die Huthi feuerten eine Rakete auf den Flughafen Ben Gurion ab.", "de", ("YEM", "195", "ISR")),
    ("aoun", "Joseph Aoun verurteilte die israelischen Angriffe.", "de", ("LBN", "111", "ISR")),
    ("albusaidi", "Badr Albusaidi kritisierte Israel.", "de", ("OMN", "111", "ISR")),
    ("al-shara", "Ahmed al-Shara criticised Israel.", "en", ("SYR", "111", "ISR")),
    ("target-missile", "The Houthis targeted Israel with a hypersonic missile.", "en", ("YEM", "195", "ISR")),
    ("push-into", "Israeli forces pushed into southern Syria.", "en", ("ISR", "190", "SYR")),
    ("trigger-snapback", "Britain, France and Germany triggered the snapback mechanism against Iran.", "en",
     ("GBR+FRA+DEU", "163", "IRN")),
    ("einleiten-snapback", "Deutschland, Frankreich und Großbritannien leiteten den Snapback-Mechanismus gegen den "
     "Iran ein.", "de", ("DEU+FRA+GBR", "163", "IRN")),
]


@pytest.mark.parametrize("text, lang, expected", [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_coded(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Trump kündigte die Aufhebung der Sanktionen gegen Syrien an.", "de"),
    ("Die EU kündigte eine Lockerung der Sanktionen gegen Syrien an.", "de"),
    ("Die EU beschloss die Aufhebung der Sanktionen gegen Syrien.", "de"),
    ("Trump announced the lifting of sanctions on Syria.", "en"),
    ("The EU approved the lifting of sanctions on Syria.", "en"),
    ("The EU announced an easing of sanctions on Syria.", "en"),
], ids=["de-ankuendigen-aufhebung", "de-ankuendigen-lockerung", "de-beschliessen-aufhebung", "en-announce-lifting",
        "en-approve-lifting", "en-announce-easing"])
def test_sanctions_lifted_are_not_imposed(text: str, lang: str) -> None:
    assert not any(code.startswith(("13", "16")) for _, code, _ in triples(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Die EU kündigte neue Sanktionen gegen Syrien an.", "de"),
    ("The EU announced new sanctions on Syria.", "en"),
], ids=["de", "en"])
def test_sanctions_announced_stay(text: str, lang: str) -> None:
    assert any(code.startswith(("13", "16")) for _, code, _ in triples(text, lang))


@pytest.mark.parametrize("text, target", [
    ("Israel pounded Houthi-held ports in Yemen.", "YEM/REB"),
    ("Israeli jets struck Hezbollah-controlled areas in southern Lebanon.", "LBN/REB"),
], ids=["houthi-held", "hezbollah-controlled"])
def test_holder_of_a_place_is_its_actor(text: str, target: str) -> None:
    assert [e[2] for e in sectored(text, "en", DATE)] == [target]


@pytest.mark.parametrize("text, lang", [
    ("Die israelische Armee hat einen ranghohen Kommandeur der Hisbollah getötet. Der Mann sei bei einem "
     "Luftangriff im Süden des Libanon ums Leben gekommen. Die libanesische Armee übernahm Stellungen der Hisbollah.",
     "de"),
    ("The Israeli army killed a senior Hezbollah commander. The man was killed in an air strike in southern "
     "Lebanon. The Lebanese army deployed troops to the border.", "en"),
], ids=["de", "en"])
def test_harm_told_again_is_the_doers(text: str, lang: str) -> None:
    events = sectored(text, lang, DATE)
    assert ("ISR/MIL", "18", "LBN/REB") in events and ("LBN/MIL", "18", "LBN/REB") not in events


@pytest.mark.parametrize("text", [
    "The Houthis attacked a merchant ship in the Gulf of Aden.",
    "The Houthis seized the Galaxy Leader cargo ship.",
    "Iran seized a merchant ship.",
], ids=["merchant-attacked", "leader-seized", "merchant-seized"])
def test_ship_named_by_its_kind_has_no_owner(text: str) -> None:
    assert triples(text, "en") == []


def test_ship_whose_flag_is_named_is_seized_from_its_state() -> None:
    assert triples("Iran seized a British-flagged tanker.", "en") == [("IRN", "17", "GBR")]


def test_resolution_rejected_is_the_boards() -> None:
    text = "The IAEA board adopted a resolution against Iran. Tehran rejected the resolution as politically motivated."
    assert triples(text, "en") == [("IGO:IAEA", "111", "IRN"), ("IRN", "12", "IGO:IAEA")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Hamas handed over heavy weapons to the Palestinian Authority.", "en", ("PSE", "0873", "PSE")),
    ("Die PKK übergab ihre Waffen.", "de", ("TUR", "0873", "")),
    ("Turkey handed over weapons to the Syrian army.", "en", ("TUR", "072", "SYR")),
    ("Die Türkei übergab Waffen an die syrische Armee.", "de", ("TUR", "072", "SYR")),
], ids=["en-group", "de-group", "en-state", "de-state"])
def test_weapons_handed_over(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert triples(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Türkische Kampfjets bombardierten kurdische Stellungen in Nordsyrien.", ("TUR/MIL", "195", "SYR/REB")),
    ("Russland beschoss ukrainische Stellungen.", ("RUS/GOV", "194", "UKR/MIL")),
], ids=["kurdish", "ukrainian"])
def test_positions_are_fighters(text: str, expected: tuple[str, str, str]) -> None:
    assert sectored(text, "de", DATE) == [expected]


def test_taking_a_stance_is_no_position() -> None:
    assert triples("Der Minister nahm Stellung zu den Vorwürfen der Opposition.", "de") == []


@pytest.mark.parametrize("text", [
    "Die vom Gericht getroffenen Feststellungen reichen nicht.",       # was UNK 040 UNK after the positions
    "Der Minister sagte die Vorstellungen und Ausstellungen ab.",
])
def test_words_ending_in_stellungen_are_no_positions(text: str) -> None:
    assert triples(text, "de") == []


def test_both_sides_keep_their_sectors() -> None:
    text = ("Die Hisbollah feuerte daraufhin Raketen auf Nordisrael ab. "
            "Frankreich und die USA riefen beide Seiten zur Zurückhaltung auf.")
    assert ("FRA/GOV+USA/GOV", "0256", "LBN/REB+ISR/GOV") in sectored(text, "de", DATE)


def test_pushed_into_a_room_is_no_attack() -> None:
    """Only forces push into a country: a minister pushing into a room attacks no one."""
    assert triples("The minister pushed into the room.", "en") == []
