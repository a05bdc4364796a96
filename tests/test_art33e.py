"""News that is not about political events (art33e): sport, products, markets and company results,
weather, culture, celebrity lawsuits. Such reports give no event, or only the events an event-data
annotator would code (a commission's fine, a police arrest). Covered here: a firm's or a paper's
supporters are its fans, no actor ("Apple-Unterstützer", "Tesla supporters"); disputes between
firms or papers only are business rivalry; a lawsuit a celebrity or a customer brings against a firm
or a paper is a civil suit; sports words (cup, match, Pokal, WM) that make a side beaten with a score
a game and a team pulled out of a tournament no retreat; clubs named after a capital or a state
("Real Madrid", "Paris Saint-Germain", "Spartak Moskau") are no state. All texts written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

BAYERN_DE = (
    "München – Bayern schlägt Dortmund mit 3:1. Der FC Bayern hat den Titel verteidigt. Stürmer Harry Kane "
    "traf zweimal, Dortmunds Verteidiger Nico Schlotterbeck sah die Rote Karte. Die Mannschaft griff in der "
    "zweiten Halbzeit unermüdlich an. Trainer Vincent Kompany lobte seine Spieler. Die Fans protestierten "
    "gegen hohe Ticketpreise. Die Polizei nahm nach Ausschreitungen drei Anhänger fest.")
APPLE_DE = (
    "Cupertino – Apple hat ein neues iPhone vorgestellt. Apple-Unterstützer fordern eine schnellere "
    "Einführung in Europa. Samsung wirft Apple vor, sein Design kopiert zu haben. Die EU-Kommission verhängte "
    "eine Strafe von 1,8 Milliarden Euro gegen Apple. Nutzer verklagten den Konzern wegen Akkuproblemen. "
    "Die Aktie stieg um zwei Prozent.")
MARKETS_DE = (
    "Frankfurt – Der Dax fiel nach der Drohung mit neuen Zöllen deutlich. Die Anleger flohen in sichere Häfen "
    "wie Gold. Volkswagen warnte vor sinkenden Gewinnen. Die Europäische Zentralbank ließ den Leitzins "
    "unverändert. Siemens kündigte den Abbau von 5000 Stellen an. Die Gewerkschaft IG Metall kritisierte "
    "den Konzern scharf.")
STORM_DE = (
    "Hamburg – Sturmtief Zeynep hat die Nordseeküste getroffen. Der Sturm zerstörte Dächer und entwurzelte "
    "Bäume. Die Feuerwehr rückte zu über 500 Einsätzen aus. Die Bahn stellte den Fernverkehr im Norden ein. "
    "Der Deutsche Wetterdienst warnte vor weiteren Orkanböen.")
CULTURE_DE = (
    "Berlin – Der Film wirft der Gesellschaft Gleichgültigkeit vor. Die Regisseurin griff die Kritiker scharf "
    "an. Die Sängerin Helene Fischer sagte ihre Tournee ab. Prinz Harry verklagte den Verlag der Zeitung "
    "Daily Mail. Die Band Rammstein sagte ihr Konzert in Wien ab.")
FOOTBALL_EN = (
    "Bayern Munich striker Harry Kane scored twice as his side beat Borussia Dortmund 3-1 on Saturday. "
    "Dortmund defender Nico Schlotterbeck was sent off after 60 minutes. The team attacked relentlessly in "
    "the second half. Coach Vincent Kompany praised his players after the match. Dortmund fans protested "
    "against the ticket prices outside the stadium. Police arrested three supporters after clashes near the ground.")
APPLE_EN = (
    "Apple unveiled its new iPhone on Tuesday, promising a faster chip and a better camera. Shares of the "
    "company rose 2 percent in New York. Samsung accused Apple of copying its design in a lawsuit filed in "
    "California. Users sued the company over battery problems. The European Commission fined Apple 1.8 "
    "billion euros for abusing its dominance in music streaming. Analysts expect strong demand in China.")
MARKETS_EN = (
    "Stocks fell sharply on Wall Street after the threat of new tariffs. The Dow Jones dropped 600 points, "
    "while oil prices rose. Investors fled to safe assets such as gold. Tesla shares lost 5 percent after the "
    "carmaker reported weaker deliveries. The Federal Reserve kept interest rates unchanged. Volkswagen warned "
    "of lower profits this year.")
CULTURE_EN = (
    "The film accuses society of ignoring the poor. The director attacked critics who called the movie "
    "boring. Taylor Swift announced a new world tour that will visit Germany and Britain. Prince Harry sued "
    "the publisher of the Daily Mail over phone hacking. The singer thanked her fans in Tokyo. The novel won "
    "the Booker Prize.")
CUP_EN = (
    "Real Madrid defeated Barcelona 2-1 in the Spanish Cup final on Saturday. Vinicius Junior was sent off for "
    "a second yellow card. Barcelona appealed against the red card shown to Lamine Yamal. Real Madrid signed "
    "French midfielder Aurelien Tchouameni from Monaco. Liverpool thrashed Manchester United 5-0 at Old Trafford.")


@pytest.mark.parametrize("text, lang, expected", [
    (BAYERN_DE, "de", [("DEU", "173", "DEU", "asserted")]),
    (APPLE_DE, "de", [("IGO:EU", "163", "USA", "asserted")]),
    (MARKETS_DE, "de", [("DEU", "111", "DEU", "asserted")]),     # a union against its employer: labour
    (STORM_DE, "de", []),
    (CULTURE_DE, "de", []),
    (FOOTBALL_EN, "en", []),
    (APPLE_EN, "en", [("IGO:EU", "172", "USA", "asserted")]),
    (MARKETS_EN, "en", []),
    (CULTURE_EN, "en", []),
    (CUP_EN, "en", []),
], ids=["Bayern-de", "Apple-de", "markets-de", "storm-de", "culture-de", "football-en", "Apple-en",
        "markets-en", "culture-en", "cup-en"])
def test_report_gives_only_political_events(text: str, lang: str, expected: list) -> None:
    assert coded(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Apple-Unterstützer fordern eine schnellere Einführung in Europa.", "de"),
    ("Tesla-Anhänger protestierten vor dem Werk.", "de"),
    ("Apple supporters demanded a faster launch in Europe.", "en"),
    ("Supporters of Tesla protested outside the plant.", "en"),
], ids=["Apple-Unterstuetzer", "Tesla-Anhaenger", "Apple-supporters", "supporters-of-Tesla"])
def test_a_firms_supporters_are_no_actor(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Samsung accused Apple of copying its design in a lawsuit filed in California.", "en"),
    ("Samsung wirft Apple vor, sein Design kopiert zu haben.", "de"),
    ("Prince Harry sued the publisher of the Daily Mail over phone hacking.", "en"),
    ("Prinz Harry verklagte den Verlag der Zeitung Daily Mail.", "de"),
    ("Families of the victims sued Boeing in Chicago.", "en"),
    ("A former minister sued the newspaper for libel.", "en"),
], ids=["Samsung-accused-Apple", "Samsung-wirft-vor", "Harry-sued", "Harry-verklagte", "families-sued-Boeing",
        "minister-sued-paper"])
def test_private_disputes_and_civil_suits_are_no_event(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Real Madrid defeated Barcelona 2-1 in the Spanish Cup final on Saturday.", "en"),
    ("Australia withdrew its team from the Davis Cup.", "en"),
    ("Paris Saint-Germain demanded an apology from the referee.", "en"),
    ("Real Madrid signed a sponsorship deal with Emirates.", "en"),
    ("Paris Saint-Germain forderte eine Entschuldigung des Schiedsrichters.", "de"),
], ids=["Real-defeated-Barcelona", "withdrew-from-Davis-Cup", "PSG-demanded", "Real-signed", "PSG-forderte"])
def test_sport_is_no_event(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Trump-Anhänger fordern eine Neuauszählung.", "de", ("USA", "10", "USA", "asserted")),
    ("The Justice Department sued Google for antitrust violations.", "en", ("USA", "115", "USA", "asserted")),
    ("Activists sued the government over its climate policy.", "en", ("UNK", "115", "UNK", "asserted")),
    ("Greta Thunberg was detained by police during a protest in The Hague.", "en", ("NLD", "173", "SWE", "asserted")),
    ("Israeli police arrested Beitar Jerusalem supporters.", "en", ("ISR", "173", "ISR", "asserted")),
], ids=["Trump-Anhaenger", "DOJ-sued-Google", "activists-sued-government", "Thunberg-detained", "police-arrested-fans"])
def test_political_events_stay(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Pope Francis visited Canada to apologise for abuse at church schools.", ("VAT", "055", "", "asserted"),
     ("CAN", "055", "", "asserted")),
    ("Macron called Putin to congratulate him on his victory.", ("FRA", "051", "RUS", "asserted"), None),
], ids=["Pope-visited-to-apologise", "Macron-called-to-congratulate"])
def test_the_visitor_and_the_caller_do_what_their_infinitive_says(text: str, expected: tuple, wrong) -> None:
    got = coded(text, "en")
    assert expected in got and wrong not in got


@pytest.mark.parametrize("text, lang", [
    ("Nvidia warned that US export curbs would hurt its sales in China.", "en"),
    ("Nvidia warnte, die US-Exportbeschränkungen würden den Umsatz in China belasten.", "de"),
], ids=["Nvidia-warned", "Nvidia-warnte"])
def test_a_firms_warning_is_a_forecast(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("BMW warnte die EU vor Strafzöllen auf chinesische Autos.", "de", ("DEU", "13", "IGO:EU", "asserted")),
    ("Iran warned the United States against any attack.", "en", ("IRN", "13", "USA", "asserted")),
], ids=["BMW-warnte-die-EU", "Iran-warned"])
def test_a_warning_addressed_stays(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Köln – Ein ICE ist bei Köln entgleist. Der Lokführer wurde schwer verletzt. Die Polizei ermittelt "
     "gegen den Fahrdienstleiter.", "de"),
    ("Ein Boot ist vor Lampedusa gekentert. Zwölf Menschen wurden getötet.", "de"),
], ids=["ICE-entgleist", "Boot-gekentert"])
def test_the_hurt_of_an_accident_are_no_one_s_victims(text: str, lang: str) -> None:
    assert coded(text, lang) == []


def test_a_bombs_wounded_stay() -> None:
    assert ("UNK", "18", "AFG", "asserted") in coded("In Kabul explodierte eine Bombe. Zwei Soldaten wurden verletzt.", "de")


def test_a_premiere_is_no_premier() -> None:
    assert coded("Wien – Die Wiener Staatsoper hat die Saison mit Verdis Aida eröffnet. Bundespräsident Alexander "
                 "Van der Bellen besuchte die Premiere.", "de") == []


def test_a_premier_stays() -> None:
    assert ("AUT", "042", "ITA", "asserted") in coded("Bundeskanzler Karl Nehammer besuchte den italienischen Premier.", "de")


@pytest.mark.parametrize("text", [
    "Saudi Arabia humiliated Argentina in their opening match.",
    "The United States beat Iran 1-0 to advance to the knockout stage.",
], ids=["humiliated-in-opening-match", "beat-to-advance-to-knockout-stage"])
def test_a_side_beaten_or_humiliated_in_a_game_is_no_event(text: str) -> None:
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Police beat protesters outside the stadium before the match.", "18"),
    ("China criticised Japan for its military build-up.", "11"),
], ids=["police-beat-protesters", "China-criticised-Japan"])
def test_force_and_criticism_outside_a_game_stay(text: str, expected: str) -> None:
    assert any(e[1].startswith(expected) for e in coded(text, "en"))
