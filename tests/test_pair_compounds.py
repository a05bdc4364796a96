"""Events named by a pair of actors in one compound or in two national adjectives joined by a
hyphen ("the Trump-Putin summit", "Russian-Ukrainian talks", "der Trump-Putin-Gipfel",
"israelisch-palästinensische Zusammenstöße"): the two are the parties of a meeting, talks or a
fight, each acting on the other, where the sentence tells it was held (the subject or object of a
verb in the past, or a phrase that presents it as a fact: "after", "bei"). Planned, expected,
proposed, prepared, put off or called off, hoped or feared it is no event ("a second Kim-Trump
summit" to come; "a second Kim-Trump summit was held" was held). A pair of adjectives before a
person's noun is that person's descent ("the Polish-American writer"; an agent takes the last as
its country: "a Chinese-American scientist" is American), and a compound that is no pair names no one ("Austro-Hungarian",
"Sino-Soviet"; a combining form names a state only before a second one: "Sino-US talks",
"Franco-German summit"). An agreement so named ("the Russian-Turkish deal") is more often recalled than
reported: not coded as made."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

HELD_EN = [
    ("The Trump-Putin summit in Helsinki ended without a joint statement on Monday.", "USA+RUS", "040"),
    ("US-China trade talks resumed in Beijing on Thursday.", "USA+CHN", "040"),
    ("Russian-Ukrainian talks took place in Istanbul on Tuesday.", "RUS+UKR", "040"),
    ("Israeli-Palestinian clashes erupted in Jerusalem on Friday.", "ISR+PSE", "190"),
    ("Iranian-Saudi talks in Baghdad produced an agreement to reopen embassies.", "IRN+SAU", "040"),
    ("The Erdogan-Putin talks in Sochi lasted three hours on Wednesday.", "TUR+RUS", "040"),
    ("Indian-Pakistani clashes along the border killed two soldiers last week.", "IND+PAK", "190"),
    ("After the Biden-Xi meeting in San Francisco, both sides praised the talks.", "USA+CHN", "040"),
    ("Turkish-Greek talks on the Aegean resumed in Athens on Monday.", "TUR+GRC", "040"),
    ("The Abe-Moon meeting ended without progress, Japanese media reported.", "JPN+KOR", "040"),
    ("A second Kim-Trump summit was held in Hanoi in February.", "PRK+USA", "040"),
    ("The EU-China summit agreed to cut tariffs on Monday.", "IGO:EU+CHN", "040"),
    ("Sino-US trade talks resumed in Beijing on Thursday.", "CHN+USA", "040"),
    ("The Franco-German summit in Toulouse ended on Wednesday.", "FRA+DEU", "040"),
    ("Indo-Pakistani clashes erupted along the border on Monday.", "IND+PAK", "190"),
]

HELD_DE = [
    ("Der Trump-Putin-Gipfel in Helsinki endete am Montag ohne gemeinsame Erklärung.", "USA+RUS", "040"),
    ("Die US-chinesischen Handelsgespräche wurden am Donnerstag in Peking fortgesetzt.", "USA+CHN", "040"),
    ("Russisch-ukrainische Verhandlungen fanden am Dienstag in Istanbul statt.", "RUS+UKR", "046"),
    ("Bei israelisch-palästinensischen Zusammenstößen in Jerusalem wurden am Freitag drei Menschen verletzt.",
     "ISR+PSE", "190"),
    ("Das Modi-Xi-Treffen in Kasan dauerte eine Stunde.", "IND+CHN", "040"),
    # (talks that failed were broken off: 164, see coder TALKS_CODES)
    ("Die serbisch-kosovarischen Verhandlungen in Brüssel scheiterten am Sonntag.", "SRB+XKX", "164"),
    ("Nach dem Biden-Xi-Treffen in San Francisco lobten beide Seiten die Gespräche.", "USA+CHN", "040"),
    ("Die Erdogan-Putin-Gespräche in Sotschi dauerten am Mittwoch drei Stunden.", "TUR+RUS", "040"),
    ("Türkisch-griechische Gespräche über die Ägäis wurden am Montag in Athen wieder aufgenommen.", "TUR+GRC", "040"),
    ("Bei indisch-pakistanischen Gefechten an der Grenze wurden zwei Soldaten getötet.", "IND+PAK", "190"),
    ("Der zweite Trump-Kim-Gipfel fand im Februar in Hanoi statt.", "USA+PRK", "040"),
]


@pytest.mark.parametrize("lang, text, parties, cameo",
                         [("en", *case) for case in HELD_EN] + [("de", *case) for case in HELD_DE],
                         ids=[f"en-{k}" for k in range(len(HELD_EN))] + [f"de-{k}" for k in range(len(HELD_DE))])
def test_a_pair_compound_names_both_parties_of_an_event_held(lang: str, text: str, parties: str,
                                                             cameo: str) -> None:
    assert (parties, cameo, parties, "asserted") in coded(text, lang)


PLANNED = [
    ("en", "Officials are preparing for a second Kim-Trump summit next month."),
    ("en", "Markets rose on hopes of US-China trade talks."),
    ("en", "Diplomats proposed a Macron-Scholz meeting for next week."),
    ("en", "A Modi-Xi meeting is expected on the sidelines of the summit."),
    ("en", "The White House said a Biden-Xi summit could take place in November."),
    ("en", "Analysts warned of fears of Israeli-Palestinian clashes during the holiday."),
    ("en", "A Trump-Xi meeting in Osaka is scheduled for Saturday."),
    ("en", "Diplomats said the Netanyahu-Abbas meeting was cancelled at the last minute."),
    ("en", "The Kremlin has not confirmed plans for a Putin-Zelensky meeting."),
    ("en", "The planned Trump-Putin summit has been postponed."),
    ("en", "The Trump-Kim summit was called off by the White House."),
    ("en", "The Trump-Putin talks will take place in Helsinki."),
    ("en", "The Trump-Putin summit was set for July."),
    ("en", "Before the Trump-Putin summit next week, Zelensky warned against concessions."),
    ("de", "Der geplante Trump-Putin-Gipfel wurde verschoben."),
    ("de", "Beamte bereiten einen zweiten Kim-Trump-Gipfel im nächsten Monat vor."),
    ("de", "Die Märkte stiegen in der Hoffnung auf US-chinesische Handelsgespräche."),
    ("de", "Diplomaten schlugen ein Macron-Scholz-Treffen für die kommende Woche vor."),
    ("de", "Ein Modi-Xi-Treffen wird am Rande des Gipfels erwartet."),
    ("de", "Das Weiße Haus sagte, ein Biden-Xi-Gipfel könne im November stattfinden."),
    ("de", "Die Angst vor israelisch-palästinensischen Zusammenstößen wächst."),
    ("de", "Ein Trump-Xi-Treffen in Osaka ist für Samstag angesetzt."),
    ("de", "Diplomaten zufolge wurde das Netanjahu-Abbas-Treffen in letzter Minute abgesagt."),
    ("de", "Seoul drängt auf einen dritten Moon-Kim-Gipfel im Herbst."),
    ("de", "Der Entwurf einer Erklärung des EU-Türkei-Gipfels wurde am Freitag veröffentlicht."),
    ("de", "Der Trump-Kim-Gipfel fand nicht statt."),
    ("de", "Die Trump-Putin-Gespräche werden in Helsinki stattfinden."),
    ("de", "Das Trump-Putin-Treffen wurde für Juli vereinbart."),
    ("de", "Vor dem Trump-Putin-Gipfel in der kommenden Woche warnte Selenskyj vor Zugeständnissen."),
]


@pytest.mark.parametrize("lang, text", PLANNED, ids=[f"{lang}-{k}" for k, (lang, _) in enumerate(PLANNED)])
def test_a_pair_compound_of_an_event_not_held_is_none(lang: str, text: str) -> None:
    assert coded(text, lang) == []


NO_PAIR = [
    ("en", "The Polish-American writer met the mayor on Monday."),
    ("en", "The Austro-Hungarian empire collapsed in 1918."),
    ("en", "Historians have long studied the Sino-Soviet split."),
    ("en", "Anglo-Saxon law shaped the courts of England."),
    ("en", "The Indo-Pacific strategy was discussed in Tokyo."),
    ("en", "The German-born singer criticized the government on Monday."),
    ("en", "The Russian-Turkish deal averted a large-scale assault on the province."),
    ("de", "Die deutsch-amerikanische Sängerin kritisierte am Montag die Regierung."),
    ("de", "Das österreichisch-ungarische Reich zerfiel 1918."),
    ("de", "Der sowjetisch-chinesische Konflikt ist ein Thema für Historiker."),
    ("de", "Die römisch-katholische Bischofskonferenz trifft sich kommende Woche in Mariazell."),
]


@pytest.mark.parametrize("lang, text", NO_PAIR, ids=[f"{lang}-{k}" for k, (lang, _) in enumerate(NO_PAIR)])
def test_a_compound_that_is_no_pair_of_parties_is_no_event(lang: str, text: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "A Chinese-American scientist was detained in Beijing."),
    ("de", "Ein chinesisch-amerikanischer Wissenschaftler wurde in Peking festgenommen."),
], ids=["en", "de"])
def test_an_agent_of_two_national_adjectives_is_of_the_last(lang: str, text: str) -> None:
    assert coded(text, lang) == [("CHN", "173", "USA", "asserted")]
