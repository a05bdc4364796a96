"""The ACCUSE, PROTEST and THREATEN family (CAMEO 11, 13, 14) in the wordings news uses
(sentences written for these tests; the frames are in chronist/lang/*/frames-acc24.yaml, and
conditions widened in frames.yaml, frames-senses.yaml, frames-cameo.yaml, frames-counterparts-1.yaml
and frames-probe.yaml).

The same words used of sport, weather, machines, firms and private people code nothing: a coach
who blames the referee, a storm that threatens crops, a battery that charges, fans who chant
against the coach, a neighbour who reports a dog owner to the police."""
from __future__ import annotations

import pytest

from tests.coded_events import events

NOTHING = [
    ('Die Fans machten den Schiedsrichter für die Niederlage verantwortlich.', 'de'),
    ('Der Stürmer traf in der zweiten Halbzeit zweimal.', 'de'),
    ('Die Kritiker lobten den neuen Film des spanischen Regisseurs.', 'de'),
    ('Der Sturm drohte die Ernte im Süden zu vernichten.', 'de'),
    ('Der steigende Meeresspiegel bedroht Küstenstädte.', 'de'),
    ('Der Akku lädt in zwei Stunden.', 'de'),
    ('Der Trainer kritisierte den Zustand des Rasens.', 'de'),
    ('Der Hund griff im Park einen Jogger an.', 'de'),
    ('Starker Regen droht das Finale zu verhindern.', 'de'),
    ('Ärzte warnten, das Virus könne sich weiter ausbreiten.', 'de'),
    ('Der Verein legte Protest gegen die Rote Karte ein.', 'de'),
    ('Die Blaskapelle marschierte am Sonntag durch den Ort.', 'de'),
    ('Sie demonstrierte, wie die Maschine funktioniert.', 'de'),
    ('Ein Waldbrand bedrohte Häuser in den Hügeln über Athen.', 'de'),
    ('Ökonomen machten die hohen Energiepreise für den Abschwung verantwortlich.', 'de'),
    ('Die Kunden verklagten den Autohersteller wegen manipulierter Abgaswerte.', 'de'),
    ('Der Kritiker verriss das neue Album der Band.', 'de'),
    ('Die Polizei ermittelt nach dem Einbruch in eine Bäckerei.', 'de'),
    ('Der Wetterdienst warnte vor Sturmböen an der Küste.', 'de'),
    ('Fans blamed the referee for the defeat.', 'en'),
    ('The striker scored twice in the second half.', 'en'),
    ('Critics praised the new film by the Spanish director.', 'en'),
    ('The storm threatened crops in the south of the country.', 'en'),
    ('Rising sea levels threaten coastal cities.', 'en'),
    ('The battery charges in two hours.', 'en'),
    ('The company charged customers a fee for the service.', 'en'),
    ('Lightning struck a tree near the stadium.', 'en'),
    ("Bowling coach criticised the pitch conditions at Lord's.", 'en'),
    ('The dog attacked a jogger in the park.', 'en'),
    ('Heavy rain is threatening to disrupt the final.', 'en'),
    ('Doctors warned that the virus could spread further.', 'en'),
    ('Chelsea lodged an appeal against the red card.', 'en'),
    ('The band marched through the town on Sunday.', 'en'),
    ('She demonstrated how the machine works.', 'en'),
    ("The chess champion attacked on the queen's side.", 'en'),
    ('A fire threatened homes in the hills above Athens.', 'en'),
    ('Economists blamed higher energy prices for the slowdown.', 'en'),
    ('Shoppers rallied round the local bakery after the flood.', 'en'),
    ('Der Trainer polterte gegen den Schiedsrichter.', 'de'),
    ('Die Fans skandierten Parolen gegen den Trainer.', 'de'),
    ('Der Nachbar zeigte den Hundehalter wegen Ruhestörung an.', 'de'),
    ('Das Display zeigte wegen eines Fehlers nichts an.', 'de'),
    ('Der Sänger verteufelte das Internet.', 'de'),
    ('Der Trainer hat seine Spieler nach der Niederlage gescholten.', 'de'),
    ('Die Werbung sollte die Konkurrenz diskreditieren.', 'de'),
    ('Der Stürmer griff wegen der Verletzung des Kapitäns früher an.', 'de'),
    ('Die Wanderer hielten an der Hütte eine kurze Rast.', 'de'),
    ('Der Verein drohte mit einem Einspruch gegen die Wertung.', 'de'),
    ("The columnist lampooned the football club's owners.", 'en'),
    ("Season-ticket holders walked out in protest at the club's ticket prices.", 'en'),
    ('The coach upbraided his players at half-time.', 'en'),
    ('The singer defamed her former manager in an interview.', 'en'),
    ('Storms threatened power cuts against the whole region.', 'en'),
    ('The referee took the goalkeeper to task for time-wasting.', 'en'),
    ('Der Sänger erhielt nach dem Konzert Drohungen von Fans.', 'de'),
    ('Die Autofahrer bekamen eine Warnung vor Glatteis.', 'de'),
    ('The midfielder received a warning from the referee.', 'en'),
    ('The restaurant received criticism from food critics.', 'en'),
    ('Der Trainer verschärfte nach der Niederlage den Ton gegenüber seiner Mannschaft.', 'de'),
    ('The coach hardened his tone towards the players after the defeat.', 'en'),
    ('Forecasters directed a warning at motorists on the coast.', 'en'),
    # barricades the police put up hold a crowd back: no protest
    ('French police set up barricades around the Elysee palace.', 'en'),
    ('Die Polizei errichtete vor dem Stadion in Marseille Barrikaden.', 'de'),
    ('Die Schüler revoltierten gegen die neue Hausordnung.', 'de'),
    ('Researchers started an investigation into the causes of the crash.', 'en'),
    ('The school began an inquiry into bullying.', 'en'),
    ('Die Schule begann eine Untersuchung.', 'de'),
]


@pytest.mark.parametrize("text, lang", NOTHING, ids=[t[:40] for t, _ in NOTHING])
def test_no_event(text, lang):
    assert events(text, lang) == []


# Widened conditions of existing frames: each sentence coded no such event before.
CODED = [
    # a verbal attack for what the target did ("wegen"), as "in einer Rede" (frames-senses.yaml)
    ("Der türkische Präsident Erdogan griff Schweden wegen der Koranverbrennung scharf an.", "de", ("TUR", "ACCUSE", "SWE")),
    ("Kanzler Scholz attackierte die Regierung in Budapest wegen ihrer Blockade der Ukraine-Hilfen.", "de", ("DEU", "ACCUSE", "HUN")),
    # an ambassador summoned into the ministry (frames.yaml: zitieren)
    ("Das Auswärtige Amt zitierte den russischen Botschafter wegen des Giftanschlags ins Ministerium.", "de", ("DEU", "ACCUSE", "RUS")),
    # a sit-in or a rally held; a march organised (frames-cameo.yaml, frames-counterparts-1.yaml)
    ("Armenische Oppositionelle hielten vor dem Parlament in Eriwan eine Sitzblockade ab.", "de", ("ARM", "PROTEST", "ARM")),
    ("Die serbische Opposition organisierte einen Marsch durch Belgrad.", "de", ("SRB", "PROTEST", "SRB")),
    # a session boycotted names no actor (frames.yaml: boykottieren, optional as English boycott)
    ("Die Opposition boykottierte die Parlamentssitzung aus Protest gegen die Festnahme ihres Vorsitzenden.", "de", ("UNK", "PROTEST", "")),
    # a threat aimed in its own phrase (frames.yaml: threaten)
    ("Ankara threatened legal action against the Swedish government.", "en", ("TUR", "THREATEN", "SWE")),
    # representations lodged, as a protest (frames-06-12.yaml: lodge)
    ("The Chinese embassy lodged stern representations with Canada.", "en", ("CHN", "ACCUSE", "CAN")),
    # a rebuke pronounced against someone (frames.yaml: aussprechen)
    ("Die EU-Kommission sprach eine Rüge gegen Ungarn aus.", "de", ("IGO:EU", "ACCUSE", "HUN")),
    # taken to task, a rebuke (frames-probe.yaml: take)
    ("Rwanda took Burundi to task for backing the rebels.", "en", ("RWA", "ACCUSE", "BDI")),
]


@pytest.mark.parametrize("text, lang, expected", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_coded(text, lang, expected):
    assert expected in events(text, lang)
