"""The words of the SANCTION and AID families (frames-sanc24.yaml and the frames this batch
widened, en and de) in their other senses: sentences written for these tests in which a firm, a
club, a school, a bank or a family bans, suspends, freezes, expels, cuts ties, sends, gives,
receives or pays, and which must code nothing (no act between political actors)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)

SENTENCES = [
    ('The company imposed a ban on smoking in its offices.', "en"),
    ('The club suspended the striker for three matches.', "en"),
    ('The bank froze the account of the customer after a fraud alert.', "en"),
    ('The school expelled two students for cheating.', "en"),
    ('The band cut ties with its longtime manager.', "en"),
    ('The storm cut power to 20,000 homes.', "en"),
    ('Tariffs on steel rose sharply last year, analysts said.', "en"),
    ('The referee sent off the goalkeeper.', "en"),
    ('The restaurant received a loan from a local bank.', "en"),
    ('The charity donated blankets to the homeless shelter.', "en"),
    ('He gave his daughter a car for her birthday.', "en"),
    ('The app blocked the user for a week.', "en"),
    ('The coach dropped the defender from the squad.', "en"),
    ('The airline suspended flights because of fog.', "en"),
    ('The museum received a painting from a private collector.', "en"),
    ('Farmers sent their crops to the market.', "en"),
    ('The football association banned the fans for two games.', "en"),
    ('The hospital received new ventilators on Tuesday.', "en"),
    ('The firm recalled 10,000 cars over faulty brakes.', "en"),
    ('The teacher gave the pupils extra homework.', "en"),
    ('The company halted exports after a fire at its plant.', "en"),
    ('The carmaker stopped shipments of the faulty model.', "en"),
    ('Farmers blocked imports at the port with their tractors.', "en"),
    ('The firm froze sales of the drug pending a review.', "en"),
    ("The bank cancelled the student's debt.", "en"),
    ('The club forgave the debt of its former player.', "en"),
    ('The city deployed firefighters to the burning warehouse.', "en"),
    ('The hospital dispatched medics to the crash site.', "en"),
    ('The airline denied entry to the passenger without a ticket.', "en"),
    ('The club recalled its striker from his loan spell.', "en"),
    ('Die Firma verhängte ein Rauchverbot in ihren Büros.', "de"),
    ('Der Verein sperrte den Stürmer für drei Spiele.', "de"),
    ('Die Bank fror das Konto des Kunden nach einem Betrugsverdacht ein.', "de"),
    ('Die Schule verwies zwei Schüler wegen Betrugs der Schule.', "de"),
    ('Die Band trennte sich von ihrem langjährigen Manager.', "de"),
    ('Der Sturm kappte die Stromversorgung von 20.000 Haushalten.', "de"),
    ('Die Zölle auf Stahl stiegen im vergangenen Jahr kräftig, sagten Analysten.', "de"),
    ('Der Schiedsrichter schickte den Torwart vom Platz.', "de"),
    ('Das Restaurant erhielt einen Kredit von einer örtlichen Bank.', "de"),
    ('Der Verein spendete Decken an die Obdachlosenunterkunft.', "de"),
    ('Er schenkte seiner Tochter ein Auto zum Geburtstag.', "de"),
    ('Die App sperrte den Nutzer für eine Woche.', "de"),
    ('Der Trainer strich den Verteidiger aus dem Kader.', "de"),
    ('Die Fluggesellschaft setzte die Flüge wegen Nebels aus.', "de"),
    ('Das Museum erhielt ein Gemälde von einem privaten Sammler.', "de"),
    ('Die Bauern lieferten ihre Ernte an den Markt.', "de"),
    ('Der Fußballverband sperrte die Fans für zwei Spiele.', "de"),
    ('Das Krankenhaus erhielt am Dienstag neue Beatmungsgeräte.', "de"),
    ('Der Hersteller rief 10.000 Autos wegen defekter Bremsen zurück.', "de"),
    ('Die Lehrerin gab den Schülern zusätzliche Hausaufgaben.', "de"),
    ('Das Unternehmen setzte den Export nach einem Brand im Werk aus.', "de"),
    ('Der Verein vergab den Auftrag an eine Baufirma aus Köln.', "de"),
    ('Die Feuerwehr schickte Retter zum Unfallort.', "de"),
    ('Die Mutter stützte ihren Sohn mit einem Kredit über 5000 Euro.', "de"),
    ('Der Türsteher verweigerte dem Gast die Einreise in den Club.', "de"),
    ('Der Hersteller stoppte die Auslieferung des neuen Modells.', "de"),
    ('Die Stadt entsandte Sanitäter zum Festival.', "de"),
    ('Die Versicherung zahlte der Familie 2 Millionen Euro aus.', "de"),
    ('Der Verein stockte die Hilfe für die Jugendabteilung auf.', "de"),
    ('Das Paar hat die Beziehung nach zehn Jahren beendet.', "de"),
    ('The bakery cut its exports after the harvest failed.', "en"),
    ('The charity withdrew funding for the youth club.', "en"),
    ('The firm withdrew its funding from the football team.', "en"),
    ('The museum blocked weapons from entering the exhibition hall.', "en"),
    ('Die Firma stellte den Export nach der Insolvenz ein.', "de"),
    ('Der Sponsor entzog dem Verein die Finanzierung.', "de"),
    ('Der Vater lieh seinem Sohn eine Million Euro.', "de"),
    ('Die Feuerwehr rettete das Kind mit einer Leiter.', "de"),
    ('Der Verein strich die Gelder für die Jugendarbeit zusammen.', "de"),
    ('Die Stadt blockierte den Export von Abfällen.', "de"),
    ('The villagers gave shelter to the stray dogs.', "en"),
    ('The company froze ties with its supplier.', "en"),
    ('The fans retaliated with chants against the referee.', "en"),
    ('The bank propped up the company with loans.', "en"),
    ('The charity shipped tents to the festival.', "en"),
    ('Der Verein reagierte mit Sanktionen gegen die Fans.', "de"),
    ('Der Onkel gab seinem Neffen einen Kredit.', "de"),
    ('Die Firma fror eine Million Euro für das Projekt ein.', "de"),
    ('Der Händler lieferte die Möbel nach Hamburg.', "de"),
    ('The sponsor pulled its funding from the tennis tournament.', "en"),
    ('The museum pulled the painting from the auction.', "en"),
    ('The mother handed ten dollars to her son.', "en"),
    ('Der Sponsor zog seine Gelder aus dem Verein zurück.', "de"),
    ('Die Bank kündigte dem Unternehmer den Kredit.', "de"),
    ('Das Hotel beherbergt im Sommer viele Touristen.', "de"),
    ('Die Fans steuerten eine Million Euro zum neuen Stadion bei.', "de"),
    ('Die Stadt untersagte den Verkauf von Alkohol im Park.', "de"),
    ('Der Verein setzte die Beziehungen zu seinem Sponsor aus.', "de"),
    ('The withdrawal of funding from the football club shocked fans.', "en"),
    ('Smugglers smuggled weapons to the cartel.', "en"),
    ('The gang smuggled rifles to Mexico.', "en"),
    ('Die Schmuggler schmuggelten Waffen nach Mexiko.', "de"),
    ('The city prohibited the sale of alcohol in parks.', "en"),
    ('The school prohibited the sale of sweets to pupils.', "en"),
]


@pytest.mark.parametrize("text, lang", SENTENCES, ids=[f"{lang}-{i}" for i, (_, lang) in enumerate(SENTENCES)])
def test_no_event(text, lang):
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED, lang=lang), lang=lang)
    assert [(e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in doc.events] == []
