"""Words of force used for no act between political actors (sentences written for these tests).

Storms, quakes and floods strike and kill; strikers, teams and runners attack, storm and pull out;
shares retreat; a virus attacks; a club imposes a media blackout, a fire brigade begins an exercise,
a firm pulls its staff off a site; troops long stationed somewhere ("haben 35.000 Soldaten in
Deutschland stationiert") are a state of affairs, not a deployment; a party that "bekennt sich zur
Nato" claims no attack; a share price that "stürzte", a firm that suspends its activities, a
school that blocks Facebook, fans who leave a city, citizens who hand in their guns in an amnesty;
a deal torpedoed, a ferry that sank, refugees an aid agency brings home, an envoy who "räumt seinen
Posten" (leaves office, no retreat); builders who blow up a chimney; a developer who bulldozes a factory, a farmer who flattens a field.
None of these codes an event."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


@pytest.mark.parametrize("text, lang", [
    ('Storm Dorian struck the Bahamas on Sunday.', 'en'),
    ('The earthquake killed more than 200 people in central Italy.', 'en'),
    ('The new iPhone will be launched in September.', 'en'),
    ('Striker Harry Kane fired a shot at the goal.', 'en'),
    ('Liverpool attacked from the first minute.', 'en'),
    ('The film bombed at the box office.', 'en'),
    ('Critics slammed the new album.', 'en'),
    ('The virus attacks the immune system.', 'en'),
    ('Floods killed 40 people in Kerala.', 'en'),
    ('Stocks retreated after the Fed decision.', 'en'),
    ('The exhibition was shelled out by a wealthy donor.', 'en'),
    ('The fire destroyed three houses.', 'en'),
    ('She arrested the decline of the family business.', 'en'),
    ('The team withdrew from the tournament because of injuries.', 'en'),
    ('Shares in Tesla fired up after the announcement.', 'en'),
    ('He drilled a hole in the wall.', 'en'),
    ('Heavy rain hit the north of England.', 'en'),
    ('The marathon runner pulled out at the 20-kilometre mark.', 'en'),
    ('Der Sturm Dorian traf am Sonntag die Bahamas.', 'de'),
    ('Das Erdbeben tötete mehr als 200 Menschen in Mittelitalien.', 'de'),
    ('Das neue iPhone wird im September auf den Markt gebracht.', 'de'),
    ('Stürmer Harry Kane feuerte einen Schuss auf das Tor ab.', 'de'),
    ('Der FC Liverpool griff von der ersten Minute an an.', 'de'),
    ('Das Virus greift das Immunsystem an.', 'de'),
    ('Bei Überschwemmungen in Kerala kamen 40 Menschen ums Leben.', 'de'),
    ('Die Firma zog sich im März aus dem Geschäft zurück.', 'de'),
    ('Die Aktienkurse zogen sich nach der Zinsentscheidung zurück.', 'de'),
    ('Das Feuer zerstörte drei Häuser.', 'de'),
    ('Die Mannschaft zog sich wegen Verletzungen aus dem Turnier zurück.', 'de'),
    ('Der Stürmer stürmte an zwei Verteidigern vorbei.', 'de'),
    ('Starker Regen traf den Norden Englands.', 'de'),
    ('Der Marathonläufer stieg nach 20 Kilometern aus.', 'de'),
    ('Die Kritiker verrissen das neue Album.', 'de'),
    ('Die Bayern schossen drei Tore gegen Dortmund.', 'de'),
    ('Der Hurrikan verwüstete weite Teile der Küste.', 'de'),
    ('Der Lehrer verbot den Schülern das Handy im Unterricht.', 'de'),
    ('Die Hitze setzte den Tieren im Zoo zu.', 'de'),
    ('Der Koch schlug die Eier in die Pfanne.', 'de'),
    ('Die Partei bekannte sich zur Nato.', 'de'),
    ('Der Minister bekannte sich zu seiner Verantwortung für das Debakel.', 'de'),
    ('Die USA haben rund 35.000 Soldaten in Deutschland stationiert.', 'de'),
    ('Die Feuerwehr hat eine große Übung begonnen.', 'de'),
    ('Der Verein zog sich von der Tabellenspitze zurück.', 'de'),
    ('Die Firma zog ihre Mitarbeiter von der Baustelle ab.', 'de'),
    ('The school began fire drills on Monday.', 'en'),
    ('The team started training exercises in Dubai.', 'en'),
    ('The company handed over the keys to the new owner.', 'en'),
    ('The league ended its combat sports programme.', 'en'),
    ('The club imposed a media blackout before the final.', 'en'),
    ('Die Aktie stürzte am Montag um zehn Prozent.', 'de'),
    ('Der Bergsteiger stürzte in die Tiefe.', 'de'),
    ('Die Bürger gaben bei der Amnestie ihre Waffen ab.', 'de'),
    ('Die Mannschaft hielt den Vorsprung bis zum Ende ein.', 'de'),
    ('Der Verein suspendierte zwei Spieler wegen Dopings.', 'de'),
    ('The company suspended its activities in Russia.', 'en'),
    ('The fans left the city after the match.', 'en'),
    ('The school blocked Facebook on its computers.', 'en'),
    ('A helicopter hit power lines near the airport.', 'en'),
    ('Shell sent two tankers to the Gulf.', 'en'),
    ('The opposition torpedoed the peace deal.', 'en'),
    ('The ferry sank off the coast of Tanzania.', 'en'),
    ('The UNHCR returned refugees to their homes in Burundi.', 'en'),
    ('The government sank millions into the project.', 'en'),
    ('Die Grünen zogen in den Landtag ein.', 'de'),
    ('Die Polizei sperrte die Straße für den Verkehr.', 'de'),
    ('Der russische Botschafter in Wien wird seinen Posten noch diesen Sommer räumen.', 'de'),
    ('Die Bauarbeiter sprengten den alten Schornstein in die Luft.', 'de'),
    ('The developer bulldozed the old factory.', 'en'),
    ('Der Bauer walzte das Feld nieder.', 'de'),
    ('The president fired the director at the agency.', 'en'),
    ('The striker fired a shot at the goal.', 'en'),
], ids=lambda v: v[:40] if len(v) > 2 else v)
def test_no_event(text: str, lang: str) -> None:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED), lang=lang)
    assert [(e.cameo, [a.code for a in e.source]) for e in doc.events] == []



@pytest.mark.parametrize("text, lang, expected", [
    # the parser hangs "at" on the weapon; the English front-end lifts it to the verb (aimed_nouns)
    ("Saudi Arabia says Houthis fired a drone at Abha airport.", "en", ("YEM", "190", "SAU")),
    # (missiles fired at someone are aerial weapons employed, 195, as CAMEO codes missile attacks)
    ("Hezbollah fired an anti-tank missile at an Israeli army vehicle.", "en", ("LBN", "195", "ISR")),
    # soldiers who occupy a parliament seize it (192); protesters who do stage a sit-in (144)
    ("Russische Soldaten besetzten das Parlament der Krim.", "de", ("RUS", "192", "RUS")),
    ("Oppositionsanhänger besetzten das Parlament in Tiflis.", "de", ("GEO", "144", "GEO")),
])
def test_act(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED), lang=lang)
    got = [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target)) for e in doc.events]
    assert expected in got
