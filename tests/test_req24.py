"""Requests, rejections and concessions in the wordings news uses (sentences written for these
tests, after a probe of some 80 news sentences per language for CAMEO 02/10, 12 and 08): the
frames of chronist/lang/*/frames-req24.yaml and the widened targets and object lists of older
frames code their acts, and the same words used outside politics, or by no actor, code nothing.

Widened: who is implored to act ("implored the army to abandon Maduro"), pushed for something
("pushed Washington for more weapons"), whose offer is spurned or declined, whose demands are
brushed aside, with whom a ceasefire is ruled out or a dispute is backed down from ("lenkte im
Streit mit dem Kosovo ein"), to whom islands are returned, tariffs lifted, visa rules eased;
"called for Russia to withdraw" (the subject of the infinitive after the mark "for", lexicon
``subject_marks``, read as the object of "call for"), "pochte gegenüber China auf", "drängt auf ... durch Deutschland", prisoners handed to the Red
Cross ("übergaben die Gefangenen"), export curbs, import bans and tariffs lifted or suspended."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED, lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
            for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Venezuela's opposition implored the army to stop the crackdown on protesters.", "en", ("VEN", "REQUEST", "VEN")),
    ("President Zelensky pushed Berlin for more air defence systems.", "en", ("UKR", "REQUEST", "DEU")),
    ("Israel ruled out a truce with Hezbollah.", "en", ("ISR", "REJECT", "LBN")),
    ("The Taliban spurned the offer from Islamabad.", "en", ("AFG", "REJECT", "PAK")),
    ("Ankara declined Stockholm's request for support.", "en", ("TUR", "REJECT", "SWE")),
    ("Netanyahu brushed aside the demands of the Biden administration.", "en", ("ISR", "REJECT", "USA")),
    ("Serbia backed down in its dispute with Kosovo.", "en", ("SRB", "CONCEDE", "XKX")),
    ("The United States returned the islands to Japan in 1972.", "en", ("USA", "RETREAT", "JPN")),
    ("Britain handed back the Chagos Islands to Mauritius.", "en", ("GBR", "RETREAT", "MUS")),
    ("Washington lifted tariffs on Canada.", "en", ("USA", "CONCEDE", "CAN")),
    ("Kyiv pleaded for more weapons from Germany.", "en", ("UKR", "REQUEST", "DEU")),
    ("Lukashenko's pardon of the Ukrainian activist surprised observers.", "en", ("BLR", "RETREAT", "UKR")),
    ("Kiew bittet um weitere Waffen aus Deutschland.", "de", ("UKR", "REQUEST", "DEU")),
    # the subject of an infinitive brought in by "for" is whom the call is on
    ("NATO called for Russia to withdraw its troops from Georgia.", "en", ("IGO:NATO", "REQUEST", "RUS")),
    ("Germany pushed for Israel to let more aid into Gaza.", "en", ("DEU", "REQUEST", "ISR")),
    ("Japan pushed for North Korea to return to talks.", "en", ("JPN", "REQUEST", "PRK")),
    ("The United Nations appealed for Ethiopia to allow aid convoys into Tigray.", "en", ("IGO:UN", "REQUEST", "ETH")),
    ("Olaf Scholz pochte gegenüber Peking auf fairen Wettbewerb.", "de", ("DEU", "REQUEST", "CHN")),
    ("Die Regierung in Kiew drängt auf eine rasche Lieferung der Panzer durch Deutschland.", "de", ("UKR", "REQUEST", "DEU")),
    ("China lenkte im Handelsstreit mit den USA ein.", "de", ("CHN", "CONCEDE", "USA")),
    ("Die Taliban übergaben die Gefangenen an das Rote Kreuz.", "de", ("AFG", "RETREAT", "NGO:ICRC")),
    ("Japan hob die Exportbeschränkungen gegen Südkorea auf.", "de", ("JPN", "RETREAT", "KOR")),
    ("Die USA hoben die Strafzölle auf mexikanischen Stahl auf.", "de", ("USA", "RETREAT", "MEX")),
    ("Kosovo setzte das Importverbot für serbische Waren aus.", "de", ("XKX", "RETREAT", "SRB")),
    ("Die Schweiz lockerte die Einreisebestimmungen für Ukrainer.", "de", ("CHE", "CONCEDE", "UKR")),
    ("Der Kreml beugte sich dem Druck aus Peking.", "de", ("RUS", "CONCEDE", "CHN")),
], ids=lambda v: v if isinstance(v, str) and len(v) < 4 else None)
def test_act_is_coded(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The weather service urged residents to stay indoors during the storm.", "en"),
    ("Fans demanded a refund after the concert was cancelled.", "en"),
    ("The company asked customers to update their passwords.", "en"),
    ("He refused to comment on the transfer rumours.", "en"),
    ("The court rejected the appeal of the footballer.", "en"),
    ("The singer released a new album on Friday.", "en"),
    ("The zoo released two bears into the wild.", "en"),
    ("The referee dismissed the player's complaint.", "en"),
    ("The striker pressed for a move to Madrid.", "en"),
    ("She pleaded guilty to fraud charges.", "en"),
    ("The player pleaded for patience from the fans.", "en"),
    ("The manager ruled out a return of the captain next season.", "en"),
    ("The supermarket chain scrapped the ban on dogs in its stores.", "en"),
    ("The league suspended the ban on the goalkeeper.", "en"),
    ("The club dropped the duty to wear ties.", "en"),
    ("The retailer returned to profit in the second quarter.", "en"),
    ("The app blocked spam calls for millions of users.", "en"),
    ("The coach called for his players to stay calm.", "en"),
    ("The provider restored internet access after the outage.", "en"),
    ("The charity renewed its appeal for volunteers.", "en"),
    ("The museum returned the painting to the gallery.", "en"),
    ("A Russian fighter jet nudged the American drone over the Black Sea.", "en"),
    ("Der Verein warb in Berlin um neue Mitglieder.", "de"),
    ("Der Anbieter stellte das Internet nach dem Ausfall wieder her.", "de"),
    ("Der Verein erneuerte seinen Aufruf an die Fans.", "de"),
    ("Der Wetterdienst forderte die Bewohner auf, in ihren Häusern zu bleiben.", "de"),
    ("Die Bank bat ihre Kunden, ihre Passwörter zu ändern.", "de"),
    ("Der Trainer pochte auf mehr Disziplin in der Mannschaft.", "de"),
    ("Der Stürmer drängte auf einen Wechsel nach Madrid.", "de"),
    ("Der Trainer schloss eine Rückkehr des Kapitäns aus.", "de"),
    ("Die Wanderer trotzten dem Regen und der Kälte.", "de"),
    ("Der Lastwagen passierte die Grenze nach Österreich.", "de"),
    ("Der Vermieter gewährte den Mietern einen Aufschub.", "de"),
    ("Die Stadt lockerte die Parkregeln für Anwohner.", "de"),
    ("Der Schiedsrichter lehnte den Protest des Spielers ab.", "de"),
    ("Die Firma hob die Maskenpflicht in ihren Büros auf.", "de"),
    ("Die Fans stellten sich gegen den Verkauf des Stadions.", "de"),
], ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 3 else None)
def test_no_political_act(text: str, lang: str) -> None:
    assert events(text, lang) == []
