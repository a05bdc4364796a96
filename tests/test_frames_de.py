"""German verb and noun frames (chronist/lang/de/frames.yaml): every frame fires on a sentence
written for it and yields the expected event; the file covers every CAMEO root 02-20.

Each row of SENTENCES (and of frame_sentences/de-*.txt, one file for each further
frames-*.yaml) names a frame as kind:lemma:cameo, a sentence, and the event it must give as "SOURCE PLOVER TARGET" (actor codes joined by "+", "-" for no target). FRONT_END_GAPS
holds sentences that should work but do not yet because the German front-end reads them
wrongly; they are strict xfails, so they fail the day the front-end learns the construction.
"""
from __future__ import annotations

import re

import pytest

from chronist.coding.frames import frame_book
from chronist.coding.ontology import cameo
from chronist.lang.de.lexicon import lexicon
from chronist.model import Article
from chronist.pipeline import Pipeline
from frame_tables import (check_one_sentence_per_frame, gap_params, key, more_sentences, outcome, rows,
                          sentence_params)

PIPELINE = Pipeline.default()
BOOK = frame_book("de")

SENTENCES = """
verb:appellieren:02 | Deutschland appellierte an Russland, die Angriffe zu beenden. | DEU REQUEST RUS
verb:aufrufen:0256 | Die Türkei rief Russland und die Ukraine zu einer sofortigen Waffenruhe auf. | TUR REQUEST RUS+UKR
verb:aufrufen:113 | Polen rief die EU zu neuen Sanktionen gegen Belarus auf. | POL ACCUSE BLR
verb:aufrufen:026 | Ägypten rief Israel zu neuen Verhandlungen mit der Hamas auf. | EGY REQUEST ISR
verb:aufrufen:02 | Ägypten rief Israel auf, die Grenze zu öffnen. | EGY REQUEST ISR
verb:mahnen:02 | Deutschland mahnte China, die Menschenrechte zu achten. | DEU REQUEST CHN
verb:ermahnen:02 | Die EU ermahnte Ungarn, die Pressefreiheit zu achten. | IGO:EU REQUEST HUN
verb:anregen:026 | Südkorea regte an, die USA und Nordkorea sollten direkt miteinander sprechen. | KOR REQUEST USA+PRK
verb:bitten:023 | Die Ukraine bat Deutschland um weitere Hilfe. | UKR REQUEST DEU
verb:bitten:020 | Der Libanon bat Frankreich um eine Erklärung. | LBN REQUEST FRA
verb:ersuchen:020 | Die Regierung in Kabul ersuchte Pakistan um Aufklärung über den Verbleib des Kommandanten. | AFG REQUEST PAK
verb:vorschlagen:020 | Frankreich schlug Deutschland vor, die Gespräche in Paris fortzusetzen. | FRA REQUEST DEU
verb:plädieren:02 | Italien plädierte für eine Lockerung der Regeln. | ITA REQUEST -
verb:richten:02 | Die Vereinten Nationen richteten einen dringenden Appell an Äthiopien. | IGO:UN REQUEST ETH
verb:werben:02 | Der ukrainische Präsident warb in Washington bei den USA um Unterstützung. | UKR REQUEST USA
verb:aufrufen:022 | Frankreich rief Deutschland zur Solidarität mit Griechenland auf. | FRA REQUEST DEU
verb:aufrufen:024 | Die EU rief Georgien zu demokratischen Reformen auf. | IGO:EU REQUEST GEO
verb:aufrufen:0241 | Frankreich rief den Präsidenten Malis zum Rücktritt auf. | FRA REQUEST MLI
verb:aufrufen:0253 | Kanada rief China zur Freilassung seiner Bürger auf. | CAN REQUEST CHN
verb:aufrufen:027 | Die Schweiz rief Armenien und Aserbaidschan zu einer friedlichen Lösung auf. | CHE REQUEST ARM+AZE
verb:aufrufen:028 | Kenia rief Äthiopien zur Annahme der Vermittlung auf. | KEN REQUEST ETH
verb:werben:021 | Vietnam warb in Tokio bei Japan um Investitionen. | VNM REQUEST JPN
verb:bitten:0231 | Sri Lanka bat Indien um einen Kredit. | LKA REQUEST IND
verb:bitten:0232 | Die Ukraine bat Frankreich um Munition. | UKR REQUEST FRA
verb:bitten:0233 | Nepal bat Indien um Medikamente. | NPL REQUEST IND
verb:anflehen:02 | Der Präsident Haitis flehte die USA um Hilfe an. | HTI REQUEST USA
verb:zusagen:033 | Deutschland sagte der Ukraine weitere Hilfe zu. | DEU AGREE UKR
verb:zusagen:03 | Japan sagte den Philippinen eine engere Zusammenarbeit zu. | JPN AGREE PHL
verb:versprechen:033 | Frankreich versprach dem Libanon humanitäre Hilfe. | FRA AGREE LBN
verb:versprechen:0332 | Großbritannien versprach der Ukraine weitere Kampfpanzer. | GBR AGREE UKR
verb:versprechen:03 | Indien versprach Nepal einen schnellen Ausbau der Grenzübergänge. | IND AGREE NPL
verb:zusichern:03 | Die USA sicherten Taiwan ihre Unterstützung zu. | USA AGREE TWN
verb:garantieren:03 | Russland garantierte Armenien die Sicherheit seiner Grenzen. | RUS AGREE ARM
verb:stellen:03 | China stellte Pakistan neue Kredite in Aussicht. | CHN AGREE PAK
verb:stellen:07 | Die EU stellte Jordanien Hilfen in Höhe von 50 Millionen Euro zur Verfügung. | IGO:EU AID JOR
verb:stellen:072 | Dänemark stellte der Ukraine Haubitzen zur Verfügung. | DNK AID UKR
verb:stellen:10 | Die Türkei stellte Forderungen an Schweden. | TUR REQUEST SWE
verb:stellen:139 | Peru hat Ecuador ein Ultimatum gestellt. | PER THREATEN ECU
verb:stellen:173 | Russland stellte einen amerikanischen Journalisten unter Hausarrest. | RUS COERCE USA
verb:anbieten:036 | Putin bot dem Präsidenten Armeniens Verhandlungen an. | RUS AGREE ARM
verb:anbieten:039 | Katar bot Israel und der Hamas seine Vermittlung an. | QAT AGREE ISR+PSE
verb:anbieten:033 | Syrien bot dem Libanon seine Truppen an. | SYR AGREE LBN
verb:anbieten:03 | Kanada bot Mexiko eine engere Abstimmung an. | CAN AGREE MEX
verb:vereinbaren:036 | Russland und China vereinbarten ein Gipfeltreffen im Herbst. | RUS+CHN AGREE RUS+CHN
verb:vereinbaren:037 | Armenien und Aserbaidschan vereinbarten eine Waffenruhe. | ARM+AZE AGREE ARM+AZE
verb:vereinbaren:03 | Kanada und Mexiko vereinbarten einen engeren Austausch. | CAN+MEX AGREE CAN+MEX
verb:einigen:03 | Bosnien und Slowenien haben sich auf eine Waffenruhe geeinigt. | BIH+SVN AGREE BIH+SVN
verb:verständigen:03 | Israel und Jordanien haben sich auf eine gemeinsame Wassernutzung verständigt. | ISR+JOR AGREE ISR+JOR
verb:zustimmen:03 | Ungarn stimmte dem Beitritt Schwedens zu. | HUN AGREE SWE
verb:einwilligen:03 | Serbien willigte in einen Gefangenenaustausch mit dem Kosovo ein. | SRB AGREE XKX
verb:bereiterklären:03 | Norwegen erklärte sich bereit, Äthiopien zu unterstützen. | NOR AGREE ETH
verb:zusagen:0332 | Norwegen sagte der Ukraine neue Panzer zu. | NOR AGREE UKR
verb:zusagen:0331 | Saudi-Arabien sagte Pakistan einen Kredit zu. | SAU AGREE PAK
verb:zusichern:032 | Polen sicherte Litauen seine Solidarität zu. | POL AGREE LTU
verb:versprechen:034 | Der Präsident Kirgistans versprach Reformen. | KGZ AGREE -
verb:ankündigen:0356 | Frankreich kündigte den Abzug seiner Truppen aus Mali an. | FRA AGREE MLI
verb:ankündigen:0353 | Belarus kündigte die Freilassung mehrerer Litauer an. | BLR AGREE LTU
verb:ankündigen:036 | Der chinesische Präsident kündigte einen Besuch in Russland an. | CHN AGREE RUS
verb:erzielen:03 | Ägypten und Äthiopien erzielten eine Einigung. | EGY+ETH AGREE EGY+ETH
verb:annehmen:038 | Venezuela nahm das Vermittlungsangebot Norwegens an. | VEN AGREE NOR
verb:annehmen:036 | Der indische Premier nahm die Einladung Chinas an. | IND AGREE CHN
verb:annehmen:03 | Kolumbien nahm den Vorschlag Brasiliens an. | COL AGREE BRA
verb:verabreden:036 | Frankreich und Italien verabredeten ein Treffen im Mai. | FRA+ITA AGREE FRA+ITA
verb:ankündigen:031 | Japan kündigte eine engere Zusammenarbeit mit Indien an. | JPN AGREE IND
verb:unterzeichnen:057 | Tschechien und China haben ein Abkommen unterzeichnet. | CZE+CHN SUPPORT CZE+CHN
verb:schließen:057 | Japan schloss mit Australien ein Verteidigungsabkommen. | JPN SUPPORT AUS
verb:schließen:161 | Die Schweiz schloss ihre Botschaft in Afghanistan. | CHE SANCTION AFG
verb:ratifizieren:057 | Frankreich und Deutschland ratifizierten den Vertrag. | FRA+DEU SUPPORT FRA+DEU
verb:treffen:040 | Der französische Präsident traf den polnischen Regierungschef in Paris. | FRA CONSULT POL
verb:zusammentreffen:040 | Der chinesische Außenminister traf mit seinem russischen Kollegen zusammen. | CHN CONSULT RUS
verb:zusammenkommen:040 | Der indische Premier kam in Delhi mit dem Präsidenten Sri Lankas zusammen. | IND CONSULT LKA
verb:beraten:040 | Deutschland beriet mit Frankreich über die Lage in Mali. | DEU CONSULT FRA
verb:konsultieren:040 | Japan konsultierte Südkorea vor der Abstimmung. | JPN CONSULT KOR
verb:erörtern:040 | Griechenland erörterte mit der Türkei die Lage in der Ägäis. | GRC CONSULT TUR
verb:diskutieren:040 | Spanien diskutierte mit Marokko über die Migration. | ESP CONSULT MAR
verb:austauschen:064 | Frankreich tauschte mit Belgien Geheimdienstinformationen aus. | FRA COOPERATE BEL
verb:austauschen:0841 | Russland tauschte mit der Ukraine Kriegsgefangene aus. | RUS RETREAT UKR
verb:austauschen:040 | Der polnische Außenminister tauschte sich mit seinem litauischen Kollegen aus. | POL CONSULT LTU
verb:verhandeln:046 | Serbien verhandelte mit dem Kosovo über Grenzfragen. | SRB CONSULT XKX
verb:sprechen:040 | Der Iran sprach mit Saudi-Arabien über die Lage im Jemen. | IRN CONSULT SAU
verb:telefonieren:041 | Der US-Außenminister telefonierte mit dem russischen Außenminister. | USA CONSULT RUS
verb:besuchen:042 | Der indische Premierminister besuchte Japan. | IND CONSULT JPN
verb:bereisen:042 | Der indische Premierminister bereiste im Sommer Kanada. | IND CONSULT CAN
verb:reisen:042 | Der brasilianische Präsident reiste nach China. | BRA CONSULT CHN
verb:eintreffen:042 | Der irakische Präsident ist zu einem Besuch in Jordanien eingetroffen. | IRQ CONSULT JOR
verb:ankommen:042 | Der türkische Präsident ist in Kuwait angekommen. | TUR CONSULT KWT
verb:empfangen:043 | Der französische Präsident empfing am Dienstag den polnischen Regierungschef in Paris. | FRA CONSULT POL
verb:einladen:040 | China lud den Präsidenten Brasiliens nach Peking ein. | CHN CONSULT BRA
verb:unterrichten:040 | Israel unterrichtete die USA über den Einsatz. | ISR CONSULT USA
verb:informieren:040 | Die Ukraine informierte Polen über den Vorfall. | UKR CONSULT POL
verb:vermitteln:045 | Katar vermittelte zwischen Israel und der Hamas. | QAT CONSULT ISR+PSE
verb:führen:046 | Der Sudan führte Verhandlungen mit dem Südsudan. | SDN CONSULT SSD
verb:führen:040 | Indien führte Gespräche mit Pakistan. | IND CONSULT PAK
verb:aufnehmen:046 | Israel nahm Verhandlungen mit dem Libanon auf. | ISR CONSULT LBN
verb:aufnehmen:040 | Die Türkei nahm Gespräche mit Griechenland auf. | TUR CONSULT GRC
verb:aufnehmen:054 | Sri Lanka hat diplomatische Beziehungen mit dem Iran aufgenommen. | LKA SUPPORT IRN
verb:aufnehmen:09 | Serbien nahm Ermittlungen gegen Kroatien auf. | SRB ACCUSE HRV
verb:fortsetzen:046 | Armenien setzte die Verhandlungen mit Aserbaidschan fort. | ARM CONSULT AZE
verb:fortsetzen:040 | Japan setzte die Gespräche mit Südkorea fort. | JPN CONSULT KOR
verb:fortsetzen:190 | Russland setzte seine Angriffe auf die Ukraine fort. | RUS ASSAULT UKR
verb:abhalten:062 | Die USA hielten mit Südkorea ein gemeinsames Manöver ab. | USA COOPERATE KOR
verb:abhalten:040 | Indien hielt mit Japan ein Gipfeltreffen ab. | IND CONSULT JPN
verb:abstatten:042 | Der deutsche Bundeskanzler stattete Polen einen Besuch ab. | DEU CONSULT POL
verb:bereiten:043 | Frankreich hat dem südafrikanischen Präsidenten einen herzlichen Empfang bereitet. | FRA CONSULT ZAF
verb:entsenden:042 | Washington entsandte eine Delegation nach Nordkorea. | USA CONSULT PRK
verb:entsenden:074 | Indien entsandte Blauhelme nach Südsudan. | IND AID SSD
verb:entsenden:154 | Russland entsandte Truppen nach Belarus. | RUS MOBILIZE -
verb:schicken:042 | China schickte einen Sondergesandten nach Myanmar. | CHN CONSULT MMR
verb:schicken:073 | Die Türkei schickte Hilfsgüter nach Syrien. | TUR AID SYR
verb:schicken:074 | Bangladesch schickte Friedenssoldaten nach Sierra Leone. | BGD AID SLE
verb:loben:051 | Die USA lobten Haiti für seine Reformen. | USA SUPPORT HTI
verb:begrüßen:051 | Die EU begrüßte die Entscheidung Serbiens. | IGO:EU SUPPORT SRB
verb:würdigen:051 | Der UN-Generalsekretär würdigte Kenia für seine Vermittlung. | IGO:UN SUPPORT KEN
verb:preisen:051 | Russland pries China als verlässlichen Partner. | RUS SUPPORT CHN
verb:danken:051 | Die Ukraine dankte Polen für die Aufnahme der Flüchtlinge. | UKR SUPPORT POL
verb:gratulieren:051 | Der deutsche Bundeskanzler gratulierte Frankreich zum Wahlausgang. | DEU SUPPORT FRA
verb:beglückwünschen:051 | Japan beglückwünschte Indien zu der erfolgreichen Mondmission. | JPN SUPPORT IND
verb:befürworten:051 | Litauen befürwortete den Beitritt der Ukraine. | LTU SUPPORT UKR
verb:unterstützen:05 | Portugal unterstützte die Türkei. | PRT SUPPORT TUR
verb:verteidigen:052 | Die USA verteidigten Israel gegen die Kritik. | USA SUPPORT ISR
verb:solidarisieren:053 | Estland solidarisierte sich mit der Ukraine. | EST SUPPORT UKR
verb:bekunden:053 | Der Präsident Litauens bekundete der Ukraine seine Solidarität. | LTU SUPPORT UKR
verb:anerkennen:054 | Japan erkannte die neue Regierung Myanmars nicht an. | JPN SUPPORT MMR
verb:normalisieren:054 | Die Türkei normalisierte ihre Beziehungen zu Armenien. | TUR SUPPORT ARM
verb:wiederherstellen:054 | Saudi-Arabien hat die Beziehungen zum Iran wiederhergestellt. | SAU SUPPORT IRN
verb:entschuldigen:055 | Japan entschuldigte sich bei Südkorea. | JPN SUPPORT KOR
verb:verzeihen:056 | Ruanda verzeiht Frankreich. | RWA SUPPORT FRA
verb:zusammenarbeiten:06 | Frankreich will enger mit Marokko zusammenarbeiten. | FRA AGREE MAR
verb:kooperieren:06 | Die Ukraine kooperierte mit der Nato. | UKR COOPERATE IGO:NATO
verb:ausliefern:063 | Sambia lieferte einen Extremisten an Großbritannien aus. | ZMB COOPERATE GBR
verb:ausliefern:072 | Frankreich lieferte die ersten Kampfjets an Indien aus. | FRA AID IND
verb:überstellen:063 | Serbien überstellte den Angeklagten an Bosnien. | SRB COOPERATE BIH
verb:teilen:064 | Großbritannien teilte Geheimdienstinformationen mit der Ukraine. | GBR COOPERATE UKR
verb:ausbilden:072 | Deutschland bildete ukrainische Soldaten aus. | DEU AID UKR
verb:investieren:061 | China investierte Milliarden in Serbien. | CHN COOPERATE SRB
verb:leisten:063 | Die Schweiz leistete Italien Rechtshilfe. | CHE COOPERATE ITA
verb:weitergeben:064 | Die Niederlande gaben Informationen an Belgien weiter. | NLD COOPERATE BEL
verb:ausbauen:06 | Südkorea baute die Zusammenarbeit mit Australien aus. | KOR COOPERATE AUS
verb:vertiefen:06 | Vietnam vertiefte die Zusammenarbeit mit Indien. | VNM COOPERATE IND
verb:ausbilden:15 | Die Hamas bildete Kämpfer für den Kampf gegen Israel aus. | PSE MOBILIZE ISR
verb:liefern:072 | Deutschland lieferte Panzer an die Ukraine. | DEU AID UKR
verb:liefern:190 | Armenien lieferte sich heftige Gefechte mit Aserbaidschan. | ARM ASSAULT AZE
verb:liefern:07 | Japan lieferte dem Sudan Generatoren. | JPN AID SDN
verb:helfen:07 | Indien half Sri Lanka. | IND AID LKA
verb:leisten:07 | Japan leistete den Philippinen humanitäre Hilfe. | JPN AID PHL
verb:bereitstellen:07 | Kanada stellte der Ukraine Geld für den Wiederaufbau bereit. | CAN AID UKR
verb:bereitstellen:072 | Kanada stellte der Ukraine Artilleriemunition bereit. | CAN AID UKR
verb:gewähren:075 | Peru hat fünf panamaischen Offizieren Asyl gewährt. | PER AID PAN
verb:gewähren:071 | Der Internationale Währungsfonds gewährte Argentinien einen Kredit. | IGO:IMF AID ARG
verb:versorgen:07 | Die USA versorgen Mazedonien mit Luftaufnahmen. | USA AID MKD
verb:finanzieren:071 | Die EU finanziert die Polizei in Somalia. | IGO:EU AID SOM
verb:freilassen:0841 | Der Iran ließ einen britischen Journalisten frei. | IRN RETREAT GBR
verb:entlassen:0841 | Vietnam entließ einen amerikanischen Blogger aus der Haft. | VNM RETREAT USA
verb:begnadigen:0841 | Belarus begnadigte einen deutschen Staatsbürger. | BLR RETREAT DEU
verb:zurückgeben:0842 | Deutschland gab Nigeria die Bronzen zurück. | DEU RETREAT NGA
verb:abziehen:161 | Litauen zog seinen Botschafter aus China ab. | LTU SANCTION CHN
verb:abziehen:0874 | Russland zog seine Truppen aus Syrien ab. | RUS RETREAT SYR
verb:zurückziehen:161 | Algerien zog seinen Botschafter aus Frankreich zurück. | DZA SANCTION FRA
verb:zurückziehen:0874 | Die Türkei zog ihre Soldaten aus dem Irak zurück. | TUR RETREAT IRQ
verb:kapitulieren:0874 | Die Rebellen kapitulierten vor der Armee Malis. | MLI RETREAT MLI
verb:aufheben:085 | Die USA hoben das Embargo gegen Vietnam auf. | USA RETREAT VNM
verb:aufheben:0872 | Israel hob die Blockade gegen den Gazastreifen auf. | ISR RETREAT PSE
verb:aufheben:081 | Die Regierung Sudans hob den Ausnahmezustand auf. | SDN CONCEDE SDN
verb:lockern:085 | Die USA haben die Sanktionen gegen Venezuela gelockert. | USA RETREAT VEN
verb:lockern:081 | Die Regierung Chinas lockerte die Ausgangssperre in Tibet. | CHN CONCEDE CHN
verb:verkürzen:081 | Die Regierung Sudans hat die Ausgangssperre um eine Stunde verkürzt. | SDN CONCEDE SDN
verb:ausrufen:0871 | Die Hisbollah hat eine einseitige Waffenruhe ausgerufen. | LBN RETREAT -
verb:verkünden:0871 | Die Armee Myanmars verkündete eine Waffenruhe. | MMR RETREAT -
verb:einstellen:087 | Israel stellte die Angriffe auf den Libanon ein. | ISR RETREAT LBN
verb:einstellen:162 | Japan hat die Wirtschaftshilfe für Serbien eingestellt. | JPN SANCTION SRB
verb:einstellen:164 | Die EU stellte die Verhandlungen mit der Türkei ein. | IGO:EU SANCTION TUR
verb:einstellen:16 | Russland stellte die Zusammenarbeit mit der Nato ein. | RUS SANCTION IGO:NATO
verb:demobilisieren:0873 | Mazedonien demobilisierte seine Reservisten. | MKD RETREAT MKD
verb:abrüsten:0873 | Die Ukraine rüstete nach 1994 ihre Atomwaffen ab. | UKR RETREAT -
verb:nachgeben:080 | Die Regierung Polens gab der EU nach. | POL CONCEDE IGO:EU
verb:einlenken:080 | Ungarn lenkte ein. | HUN CONCEDE -
verb:eingehen:083 | Die Regierung Mosambiks ging auf die Forderungen der Rebellen von Südafrika ein. | MOZ CONCEDE ZAF
verb:erfüllen:083 | Serbien hat die Forderung Russlands erfüllt. | SRB CONCEDE RUS
verb:nachkommen:083 | Der Iran kam der Forderung der Atomenergiebehörde nach. | IRN CONCEDE IGO:IAEA
verb:zulassen:0862 | Der Irak ließ die Inspekteure der Vereinten Nationen zu. | IRQ RETREAT IGO:UN
verb:ermitteln:09 | Italien ermittelt gegen Libyen. | ITA ACCUSE LBY
verb:untersuchen:09 | Die Vereinten Nationen untersuchten Myanmar. | IGO:UN ACCUSE MMR
verb:einleiten:09 | Italien leitete ein Ermittlungsverfahren gegen Libyen ein. | ITA ACCUSE LBY
verb:inspizieren:090 | Die Atomenergiebehörde inspizierte den Iran. | IGO:IAEA ACCUSE IRN
verb:auffordern:10 | Die Türkei forderte Schweden zur Auslieferung mehrerer Aktivisten auf. | TUR REQUEST SWE
verb:fordern:1053 | Deutschland forderte vom Iran die Freilassung der Gefangenen. | DEU REQUEST IRN
verb:fordern:1056 | Die EU forderte von Russland den Abzug der Truppen. | IGO:EU REQUEST RUS
verb:fordern:1041 | Die USA forderten den Rücktritt des Präsidenten Venezuelas. | USA REQUEST VEN
verb:fordern:113 | Polen forderte Sanktionen gegen Russland. | POL ACCUSE RUS
verb:fordern:10 | Der Iran forderte von Großbritannien eine Entschuldigung. | IRN REQUEST GBR
verb:verlangen:10 | Serbien verlangte von der Nato eine Erklärung. | SRB REQUEST IGO:NATO
verb:einfordern:10 | Polen forderte von Deutschland Reparationen ein. | POL REQUEST DEU
verb:anmahnen:10 | Die EU mahnte bei Ungarn Reformen an. | IGO:EU REQUEST HUN
verb:drängen:10 | Großbritannien drängt die USA, den Plan zu unterstützen. | GBR REQUEST USA
verb:bestehen:10 | Russland bestand auf Kiews Neutralität. | RUS REQUEST UKR
verb:pochen:10 | Die Türkei pochte darauf, dass Schweden die Aktivisten ausliefere. | TUR REQUEST SWE
verb:fordern:105 | Russland forderte von der EU eine Lockerung der Sanktionen. | RUS REQUEST IGO:EU
verb:fordern:101 | Frankreich forderte von Algerien mehr Zusammenarbeit. | FRA REQUEST DZA
verb:fordern:102 | Taiwan forderte von Paraguay Unterstützung. | TWN REQUEST PRY
verb:fordern:103 | Moldau forderte von der EU mehr Hilfe. | MDA REQUEST IGO:EU
verb:fordern:1032 | Die Ukraine forderte von Deutschland Kampfjets. | UKR REQUEST DEU
verb:fordern:104 | Die EU forderte von Serbien Reformen. | IGO:EU REQUEST SRB
verb:fordern:106 | Die Ukraine forderte von Russland Verhandlungen. | UKR REQUEST RUS
verb:fordern:107 | Ägypten forderte von Israel eine politische Lösung. | EGY REQUEST ISR
verb:fordern:108 | Pakistan forderte von den USA eine Vermittlung. | PAK REQUEST USA
verb:verlangen:1053 | Die Türkei verlangte von Schweden die Freilassung mehrerer Journalisten. | TUR REQUEST SWE
verb:verlangen:1056 | Georgien verlangte von Russland den Abzug seiner Truppen. | GEO REQUEST RUS
verb:auffordern:1041 | Die USA forderten den Präsidenten Venezuelas zum Rücktritt auf. | USA REQUEST VEN
verb:auffordern:1053 | Kanada forderte China zur Freilassung seiner Bürger auf. | CAN REQUEST CHN
verb:auffordern:1056 | Die Türkei forderte Armenien zum Abzug seiner Truppen auf. | TUR REQUEST ARM
verb:auffordern:106 | Brasilien forderte Venezuela zu Gesprächen mit der Opposition auf. | BRA REQUEST VEN
verb:dringen:10 | Die EU drang bei China auf eine Öffnung der Märkte. | IGO:EU REQUEST CHN
verb:abverlangen:10 | Die EU verlangte Griechenland harte Reformen ab. | IGO:EU REQUEST GRC
verb:stellen:1041 | Die Opposition Rumäniens stellte einen Misstrauensantrag gegen den Präsidenten Rumäniens. | ROU REQUEST ROU
verb:kritisieren:111 | Die Vereinten Nationen kritisierten Israel. | IGO:UN ACCUSE ISR
verb:bemängeln:111 | Die USA bemängelten, dass Nordkorea nicht geantwortet habe. | USA ACCUSE PRK
verb:verurteilen:172 | Ein Gericht im Iran verurteilte einen französischen Staatsbürger zu Haft. | IRN COERCE FRA
verb:verurteilen:111 | Die EU verurteilte den Angriff Russlands. | IGO:EU ACCUSE RUS
verb:anprangern:111 | Albanien hat Serbien angeprangert. | ALB ACCUSE SRB
verb:tadeln:111 | Die Weltbank tadelte Argentinien. | IGO:WB ACCUSE ARG
verb:rügen:111 | Die EU-Kommission rügte Polen. | IGO:EU ACCUSE POL
verb:geißeln:111 | Der Iran geißelte die USA. | IRN ACCUSE USA
verb:brandmarken:111 | Russland brandmarkte die Nato als Aggressor. | RUS ACCUSE IGO:NATO
verb:missbilligen:111 | Die Schweiz missbilligte das Vorgehen Chinas. | CHE ACCUSE CHN
verb:üben:111 | Frankreich übte scharfe Kritik an der Türkei. | FRA ACCUSE TUR
verb:äußern:111 | Kim äußerte Zweifel an der Glaubwürdigkeit Washingtons. | PRK ACCUSE USA
verb:zweifeln:111 | Die EU zweifelte an der Türkei. | IGO:EU ACCUSE TUR
verb:vorwerfen:112 | Die Regierung Sudans warf dem Tschad Lügen vor. | SDN ACCUSE TCD
verb:beschuldigen:112 | Die Ukraine beschuldigte Russland. | UKR ACCUSE RUS
verb:bezichtigen:112 | Indien bezichtigte Pakistan der Lüge. | IND ACCUSE PAK
verb:anklagen:112 | Die UN klagten den Präsidenten Liberias an. | IGO:UN ACCUSE LBR
verb:erheben:112 | Der Irak erhob schwere Vorwürfe gegen die Türkei. | IRQ ACCUSE TUR
verb:erheben:163 | Die USA erhoben Strafzölle gegen China. | USA SANCTION CHN
verb:beschweren:114 | Der Libanon hat sich bei den Vereinten Nationen über Israel beschwert. | LBN ACCUSE ISR
verb:protestieren:114 | Deutschland protestierte bei der Türkei. | DEU ACCUSE TUR
verb:einbestellen:114 | Deutschland bestellte den russischen Botschafter ein. | DEU ACCUSE RUS
verb:zitieren:114 | Polen zitierte den russischen Botschafter ins Außenministerium. | POL ACCUSE RUS
verb:einlegen:129 | China legte sein Veto gegen den amerikanischen Entwurf ein. | CHN REJECT USA
verb:einlegen:114 | Ungarn legte bei der EU Beschwerde ein. | HUN ACCUSE IGO:EU
verb:verklagen:115 | Die Ukraine verklagte Russland. | UKR ACCUSE RUS
verb:klagen:115 | Die EU-Kommission klagte gegen Ungarn. | IGO:EU ACCUSE HUN
verb:einreichen:115 | Südafrika reichte eine Klage gegen Israel ein. | ZAF ACCUSE ISR
verb:vorwerfen:1121 | Die USA warfen Venezuela Wahlbetrug vor. | USA ACCUSE VEN
verb:vorwerfen:1122 | Die EU warf Belarus Menschenrechtsverletzungen vor. | IGO:EU ACCUSE BLR
verb:vorwerfen:1123 | Armenien warf Aserbaidschan eine Provokation vor. | ARM ACCUSE AZE
verb:vorwerfen:1124 | Die Ukraine warf Russland Kriegsverbrechen vor. | UKR ACCUSE RUS
verb:vorwerfen:1125 | Polen warf Belarus Spionage vor. | POL ACCUSE BLR
verb:unterstellen:112 | Serbien unterstellte dem Kosovo böse Absichten. | SRB ACCUSE XKX
verb:geben:112 | Israel gab der Hamas die Schuld an dem Anschlag. | ISR ACCUSE PSE
verb:legen:112 | Die USA legten Nordkorea den Hackerangriff zur Last. | USA ACCUSE PRK
verb:beanstanden:111 | Die EU beanstandete die Haushaltspläne Italiens. | IGO:EU ACCUSE ITA
verb:monieren:111 | Österreich monierte die Grenzkontrollen Deutschlands. | AUT ACCUSE DEU
verb:hetzen:111 | Der Präsident Venezuelas hetzte gegen Kolumbien. | VEN ACCUSE COL
verb:beklagen:111 | Kuba beklagte die Blockade der USA. | CUB ACCUSE USA
verb:aussprechen:111 | Schweden sprach Kritik an der Türkei aus. | SWE ACCUSE TUR
verb:ausdrücken:111 | Japan drückte seine Besorgnis über Chinas Manöver aus. | JPN ACCUSE CHN
verb:übergeben:114 | Japan übergab China eine Protestnote. | JPN ACCUSE CHN
verb:erheben:115 | Südafrika erhob Klage gegen Israel. | ZAF ACCUSE ISR
verb:erstatten:115 | Georgien erstattete Strafanzeige gegen Russland. | GEO ACCUSE RUS
verb:ablehnen:125 | Die Türkei lehnte Gespräche mit Zypern ab. | TUR REJECT CYP
verb:ablehnen:126 | Israel lehnte eine Vermittlung Frankreichs ab. | ISR REJECT FRA
verb:ablehnen:12 | Der Jemen hat eine Bitte der USA abgelehnt. | YEM REJECT USA
verb:zurückweisen:12 | Peking wies die Forderung aus Washington zurück. | CHN REJECT USA
verb:abweisen:12 | Die Türkei wies Griechenland ab. | TUR REJECT GRC
verb:ausschlagen:12 | Der Iran schlug ein amerikanisches Angebot aus. | IRN REJECT USA
verb:weigern:12 | Israel weigerte sich, die Palästinenser zu treffen. | ISR REJECT PSE
verb:verweigern:12 | Benin verweigerte Ghana die Einreise. | BEN REJECT GHA
verb:erteilen:12 | Die EU erteilte der Türkei eine Absage. | IGO:EU REJECT TUR
verb:blockieren:12 | China blockierte eine amerikanische Resolution. | CHN REJECT USA
verb:blockieren:144 | Demonstranten in Bagdad blockierten eine Straße. | IRQ PROTEST IRQ
verb:blockieren:191 | Russland blockierte die Ukraine. | RUS COERCE UKR
verb:hinwegsetzen:128 | Nordkorea setzte sich über die Vereinten Nationen hinweg. | PRK REJECT IGO:UN
verb:dementieren:12 | Russland dementierte die Angaben der Ukraine. | RUS REJECT UKR
verb:bestreiten:12 | China bestritt die Angaben Taiwans. | CHN REJECT TWN
verb:abstreiten:12 | Russland stritt die Angaben der Ukraine ab. | RUS REJECT UKR
verb:verwerfen:12 | Die Türkei verwarf den Vorschlag Griechenlands. | TUR REJECT GRC
verb:ablehnen:121 | Indien lehnte eine Zusammenarbeit mit Pakistan ab. | IND REJECT PAK
verb:ablehnen:1222 | Die Schweiz lehnte Waffenlieferungen an die Ukraine ab. | CHE REJECT UKR
verb:verweigern:122 | Die USA verweigerten Ägypten weitere Hilfe. | USA REJECT EGY
verb:verweigern:1222 | Die Schweiz verweigerte die Weitergabe von Munition an die Ukraine. | CHE REJECT UKR
verb:ablehnen:123 | Der Präsident Venezuelas lehnte einen Rücktritt ab. | VEN REJECT -
verb:ablehnen:1246 | Israel lehnte eine Waffenruhe mit der Hamas ab. | ISR REJECT PSE
verb:ablehnen:1243 | Russland lehnte die Freilassung der britischen Gefangenen ab. | RUS REJECT GBR
verb:ablehnen:124 | Russland lehnte die Aufhebung der Blockade der Ukraine ab. | RUS REJECT UKR
verb:ablehnen:127 | Die Ukraine lehnte den Friedensplan Chinas ab. | UKR REJECT CHN
verb:ausschließen:125 | Die Ukraine schloss Verhandlungen mit Russland aus. | UKR REJECT RUS
verb:missachten:128 | Israel missachtete die Resolution der Vereinten Nationen. | ISR REJECT IGO:UN
verb:verletzen:128 | Russland verletzte den Luftraum Estlands. | RUS REJECT EST
verb:brechen:128 | Der Iran brach das Abkommen mit den USA. | IRN REJECT USA
verb:drohen:1312 | Die USA drohten China mit Strafzöllen. | USA THREATEN CHN
verb:drohen:138 | Der Iran drohte Israel mit einem Angriff. | IRN THREATEN ISR
verb:drohen:1313 | Pakistan drohte Dänemark mit dem Abbruch der Beziehungen. | PAK THREATEN DNK
verb:drohen:133 | Die Gewerkschaften Frankreichs drohten Macron mit einem Generalstreik. | FRA THREATEN FRA
verb:drohen:13 | Der Iran habe Israel gedroht, sagte ein Sprecher der Regierung in Washington. | IRN THREATEN ISR
verb:androhen:13 | Die USA drohten dem Iran Konsequenzen an. | USA THREATEN IRN
verb:warnen:13 | Russland hat die Ukraine vor einer Eskalation gewarnt. | RUS THREATEN UKR
verb:bedrohen:13 | Nordkorea bedrohte Südkorea mit Raketen. | PRK THREATEN KOR
verb:einschüchtern:13 | China schüchterte Taiwan mit Manövern ein. | CHN THREATEN TWN
verb:drohen:1311 | Die USA drohten Ägypten mit der Kürzung der Militärhilfe. | USA THREATEN EGY
verb:drohen:136 | Mali drohte Frankreich mit der Ausweisung seiner Soldaten. | MLI THREATEN FRA
verb:drohen:134 | Die Türkei drohte Schweden mit dem Abbruch der Gespräche. | TUR THREATEN SWE
verb:drohen:135 | Katar drohte Israel mit der Aufgabe seiner Vermittlung. | QAT THREATEN ISR
verb:drohen:137 | Die Regierung Georgiens drohte der Opposition mit Verhaftungen. | GEO THREATEN GEO
verb:drohen:1381 | China drohte Taiwan mit einer Seeblockade. | CHN THREATEN TWN
verb:drohen:1382 | Russland drohte Georgien mit der Annexion Abchasiens. | RUS THREATEN GEO
verb:drohen:1385 | Nordkorea drohte den USA mit einem Atomschlag. | PRK THREATEN USA
verb:drohen:1383 | Die Taliban drohten Pakistan mit Anschlägen. | AFG THREATEN PAK
verb:androhen:1312 | Die EU drohte Russland neue Sanktionen an. | IGO:EU THREATEN RUS
verb:androhen:138 | Der Iran drohte Israel Vergeltung an. | IRN THREATEN ISR
verb:ankündigen:138 | Der Iran kündigte Vergeltung gegen Israel an. | IRN THREATEN ISR
verb:aussprechen:13 | Südkorea sprach eine Warnung an Nordkorea aus. | KOR THREATEN PRK
verb:demonstrieren:141 | Tausende Serben demonstrierten gegen die Regierung Serbiens. | SRB PROTEST SRB
verb:protestieren:14 | In Budapest haben tausende Ungarn gegen die Regierung Ungarns protestiert. | HUN PROTEST HUN
verb:streiken:143 | Die Lehrer in Griechenland streikten gegen die Regierung Griechenlands. | GRC PROTEST GRC
verb:treten:142 | Algerische Grundbesitzer sind in einen Hungerstreik getreten. | DZA PROTEST DZA
verb:treten:143 | Die Hafenarbeiter Belgiens traten in einen Streik. | BEL PROTEST BEL
verb:gehen:141 | Die Opposition Serbiens ging in Belgrad auf die Straße. | SRB PROTEST SRB
verb:randalieren:145 | Ägyptische Demonstranten haben randaliert. | EGY PROTEST EGY
verb:boykottieren:143 | Die Opposition Venezuelas boykottierte die Regierung Venezuelas. | VEN PROTEST VEN
verb:mobilisieren:15 | Armenien mobilisierte seine Armee gegen Aserbaidschan. | ARM MOBILIZE AZE
verb:versetzen:152 | Südkorea versetzte seine Armee wegen Nordkorea in Alarmbereitschaft. | KOR MOBILIZE -
verb:einberufen:154 | Großbritannien berief Reservisten für einen Krieg gegen den Irak ein. | GBR MOBILIZE IRQ
verb:zusammenziehen:154 | Russland zog Truppen an der Grenze zur Ukraine zusammen. | RUS MOBILIZE -
verb:verstärken:154 | Die Nato hat ihre Truppen in Litauen verstärkt. | IGO:NATO MOBILIZE -
verb:aufstocken:154 | Deutschland stockte sein Kontingent in Litauen auf. | DEU MOBILIZE -
verb:verlegen:154 | Die USA verlegten einen Flugzeugträger nach Israel. | USA MOBILIZE -
verb:patrouillieren:150 | Chinesische Kriegsschiffe patrouillierten vor Taiwan. | CHN MOBILIZE TWN
verb:erhöhen:151 | Frankreich erhöhte die Terrorwarnstufe. | FRA MOBILIZE -
verb:entsenden:153 | Die Regierung Chiles entsandte Polizisten in den Süden. | CHL MOBILIZE -
verb:abbrechen:161 | Nicaragua brach die diplomatischen Beziehungen zu Taiwan ab. | NIC SANCTION TWN
verb:abbrechen:164 | Die Palästinenser brachen die Gespräche mit Israel ab. | PSE SANCTION ISR
verb:einfrieren:161 | Marokko fror die Kontakte zu Deutschland ein. | MAR SANCTION DEU
verb:einfrieren:162 | Die EU fror die Finanzhilfe für Ungarn ein. | IGO:EU SANCTION HUN
verb:aussetzen:164 | Kolumbien setzte die Gespräche mit Venezuela aus. | COL SANCTION VEN
verb:aussetzen:162 | Die USA setzten die Militärhilfe für Ägypten aus. | USA SANCTION EGY
verb:aussetzen:16 | Russland setzte die Zusammenarbeit mit der Nato aus. | RUS SANCTION IGO:NATO
verb:kürzen:162 | Die Vereinten Nationen kürzten die Lebensmittellieferungen an Kambodscha. | IGO:UN SANCTION KHM
verb:streichen:162 | Die Niederlande strichen die Entwicklungshilfe für Uganda. | NLD SANCTION UGA
verb:absagen:164 | Die USA sagten das Treffen mit Nordkorea ab. | USA SANCTION PRK
verb:absagen:16 | Ein französischer Minister hat einen geplanten Besuch in Haiti abgesagt. | FRA SANCTION HTI
verb:abberufen:161 | Frankreich berief seinen Botschafter aus Australien ab. | FRA SANCTION AUS
verb:aufkündigen:16 | Russland kündigte das Abkommen mit den USA auf. | RUS SANCTION USA
verb:austreten:16 | Die USA traten aus der Weltgesundheitsorganisation aus. | USA SANCTION IGO:WHO
verb:ausweisen:166 | Deutschland wies russische Diplomaten aus. | DEU SANCTION RUS
verb:ausweisen:174 | Frankreich wies einen algerischen Prediger aus. | FRA COERCE DZA
verb:verhängen:1723 | Die Türkei verhängte eine Ausgangssperre über Cizre. | TUR COERCE TUR
verb:verhängen:1724 | Die Regierung Perus verhängte den Ausnahmezustand. | PER COERCE PER
verb:verhängen:163 | Die EU verhängte neue Sanktionen gegen Russland. | IGO:EU SANCTION RUS
verb:verschärfen:163 | Die EU verschärfte die Sanktionen gegen Serbien. | IGO:EU SANCTION SRB
verb:verlängern:163 | Die Sanktionen gegen Belarus wurden von der EU verlängert. | IGO:EU SANCTION BLR
verb:ausweiten:163 | Die USA weiteten ihre Sanktionen gegen den Iran aus. | USA SANCTION IRN
verb:festnehmen:173 | Bei einer Razzia sind mehr als 100 Palästinenser von israelischen Soldaten festgenommen worden. | ISR COERCE PSE
verb:verhaften:173 | Die Polizei Russlands verhaftete einen amerikanischen Journalisten. | RUS COERCE USA
verb:inhaftieren:173 | Der Iran inhaftierte einen schwedischen Diplomaten. | IRN COERCE SWE
verb:festhalten:173 | Nordkorea hielt einen amerikanischen Studenten fest. | PRK COERCE USA
verb:nehmen:173 | Die Polizei Georgiens nahm einen russischen Journalisten in Gewahrsam. | GEO COERCE RUS
verb:nehmen:181 | Die Hamas nahm israelische Soldaten als Geiseln. | PSE ASSAULT ISR
verb:nehmen:194 | Die Armee Aserbaidschans nahm armenische Stellungen unter Beschuss. | AZE ASSAULT ARM
verb:abschieben:174 | Deutschland schob afghanische Straftäter ab. | DEU COERCE AFG
verb:beschlagnahmen:1711 | Der Iran beschlagnahmte einen griechischen Tanker. | IRN COERCE GRC
verb:konfiszieren:1711 | Russland konfiszierte ukrainische Schiffe. | RUS COERCE UKR
verb:enteignen:1711 | Venezuela enteignete amerikanische Ölkonzerne. | VEN COERCE USA
verb:verbieten:172 | Russland verbot die Organisation Amnesty International. | RUS COERCE NGO:AI
verb:zensieren:1721 | China zensierte die amerikanischen Medien. | CHN COERCE USA
verb:zwingen:17 | Indonesien zwang die UN zum Verlassen des Landes. | IDN COERCE IGO:UN
verb:erpressen:17 | Belarus erpresste Litauen. | BLR COERCE LTU
verb:hacken:176 | Nordkorea hackte südkoreanische Behörden. | PRK COERCE KOR
verb:besetzen:192 | Der Irak besetzte Kuwait. | IRQ COERCE KWT
verb:einmarschieren:190 | Russland marschierte in die Ukraine ein. | RUS ASSAULT UKR
verb:töten:18 | Zwei palästinensische Attentäter haben in Tel Aviv 23 Israelis getötet. | PSE ASSAULT ISR
verb:ermorden:1823 | Die Taliban ermordeten einen pakistanischen Politiker. | AFG ASSAULT PAK
verb:umbringen:1823 | Ruandische Rebellen brachten kongolesische Zivilisten um. | RWA ASSAULT COD
verb:hinrichten:1823 | Saudi-Arabien richtete einen jemenitischen Staatsbürger hin. | SAU ASSAULT YEM
verb:erschießen:18 | Zwei Palästinenser sind von der israelischen Armee erschossen worden. | ISR ASSAULT PSE
verb:entführen:181 | Afghanische Rebellen haben russische Zivilberater entführt. | AFG ASSAULT RUS
verb:verschleppen:181 | Die Armee Russlands verschleppte ukrainische Kinder. | RUS ASSAULT UKR
verb:kapern:181 | Somalische Piraten kaperten einen deutschen Frachter. | SOM ASSAULT DEU
verb:foltern:1822 | Die Polizei Ägyptens folterte einen italienischen Studenten. | EGY ASSAULT ITA
verb:misshandeln:182 | Die Armee Myanmars misshandelte bangladeschische Flüchtlinge. | MMR ASSAULT BGD
verb:vergewaltigen:1821 | Die Armee Sudans hat tschadische Frauen vergewaltigt. | SDN ASSAULT TCD
verb:missbrauchen:1821 | Amerikanische Grenzpolizisten haben mexikanische Einwanderer missbraucht. | USA ASSAULT MEX
verb:verüben:1831 | Die PKK verübte einen Selbstmordanschlag auf türkische Soldaten. | TUR ASSAULT TUR
verb:verüben:183 | Die Taliban verübten einen Bombenanschlag in Pakistan. | AFG ASSAULT PAK
verb:verüben:202 | Serbische Milizen verübten ein Massaker in Bosnien. | SRB ASSAULT BIH
verb:verüben:180 | Die Hamas verübte einen Anschlag in Israel. | PSE ASSAULT ISR
verb:zünden:183 | Afghanische Rebellen haben in Kabul Bomben gezündet. | AFG ASSAULT AFG
verb:verletzen:18 | Israelische Soldaten verletzten zwei Palästinenser. | ISR ASSAULT PSE
verb:verprügeln:182 | Sicherheitskräfte Irans verprügelten einen britischen Journalisten. | IRN ASSAULT GBR
verb:erstechen:1823 | Ein Palästinenser hat einen israelischen Soldaten erstochen. | PSE ASSAULT ISR
verb:kidnappen:181 | Rebellen Kolumbiens kidnappten einen deutschen Ingenieur. | COL ASSAULT DEU
verb:angreifen:111 | Die SPÖ griff die österreichische Regierung scharf an. | AUT ACCUSE AUT
verb:attackieren:111 | Die französische Opposition attackierte Präsident Macron. | FRA ACCUSE FRA
verb:angreifen:190 | Israel griff den Libanon an. | ISR ASSAULT LBN
verb:attackieren:190 | Die Huthi-Rebellen attackierten Saudi-Arabien. | YEM ASSAULT SAU
verb:überfallen:190 | Deutschland überfiel 1939 Polen. | DEU ASSAULT POL
verb:stürmen:190 | Die israelische Armee stürmte den Gazastreifen. | ISR ASSAULT PSE
verb:erobern:190 | Der Irak eroberte Kuwait. | IRQ ASSAULT KWT
verb:zurückerobern:190 | Die Ukraine eroberte Cherson von Russland zurück. | UKR ASSAULT RUS
verb:vertreiben:190 | Die israelische Armee hat palästinensische Flüchtlinge aus ihren Häusern vertrieben. | ISR ASSAULT PSE
verb:vorrücken:190 | Russische Truppen rückten auf Kiew vor. | RUS ASSAULT UKR
verb:vorstoßen:190 | Israelische Truppen stießen auf den Libanon vor. | ISR ASSAULT LBN
verb:kämpfen:190 | Die Armee Indiens kämpfte gegen pakistanische Kämpfer. | IND ASSAULT PAK
verb:bekämpfen:190 | Die Türkei bekämpfte syrische Rebellen. | TUR ASSAULT SYR
verb:abfeuern:190 | Israelische Panzer feuerten vier Granaten auf den Libanon ab. | ISR ASSAULT LBN
verb:eröffnen:190 | Die Polizei Ägyptens eröffnete das Feuer auf sudanesische Flüchtlinge. | EGY ASSAULT SDN
verb:bombardieren:195 | Die Türkei bombardierte den Irak. | TUR ASSAULT IRQ
verb:fliegen:195 | Die USA flogen Luftangriffe auf Syrien. | USA ASSAULT SYR
verb:beschießen:194 | Israelische Hubschrauber haben palästinensische Stellungen beschossen. | ISR ASSAULT PSE
verb:brechen:196 | Aserbaidschan brach die Waffenruhe mit Armenien. | AZE ASSAULT ARM
verb:sperren:191 | Kanada sperrte seinen Luftraum für russische Flugzeuge. | CAN COERCE RUS
verb:abriegeln:191 | Israel riegelte das Westjordanland ab. | ISR COERCE PSE
verb:belagern:191 | Russische Truppen belagerten Kiew. | RUS COERCE UKR
verb:annektieren:192 | Der Irak annektierte Kuwait. | IRQ COERCE KWT
verb:anschießen:193 | Israelische Soldaten schossen einen Palästinenser an. | ISR ASSAULT PSE
verb:schießen:193 | Grenzsoldaten Indiens schossen auf pakistanische Soldaten. | IND ASSAULT PAK
verb:abgeben:193 | Ein Soldat Israels gab Schüsse auf einen Palästinenser ab. | ISR ASSAULT PSE
verb:verletzen:196 | Aserbaidschan verletzte die Waffenruhe mit Armenien. | AZE ASSAULT ARM
verb:treffen:190 | Eine russische Rakete traf ein Krankenhaus in der Ukraine. | RUS ASSAULT UKR
verb:zurückschlagen:190 | Die Ukraine schlug einen Angriff Russlands zurück. | UKR ASSAULT RUS
verb:weiterkämpfen:190 | Die Ukraine kämpfte gegen Russland weiter. | UKR ASSAULT RUS
verb:bekriegen:190 | Äthiopien und Eritrea bekriegten sich. | ETH+ERI ASSAULT ETH+ERI
verb:eindringen:190 | Russische Truppen drangen in die Ukraine ein. | RUS ASSAULT UKR
verb:führen:190 | Russland führte Krieg gegen die Ukraine. | RUS ASSAULT UKR
verb:beginnen:190 | Israel begann eine Offensive gegen die Hamas. | ISR ASSAULT PSE
verb:starten:190 | Die Ukraine startete eine Gegenoffensive gegen Russland. | UKR ASSAULT RUS
verb:einnehmen:190 | Die Taliban nahmen Kabul ein. | AFG ASSAULT AFG
verb:abschießen:190 | Die Türkei schoss einen russischen Kampfjet ab. | TUR ASSAULT RUS
verb:zurückdrängen:190 | Die Ukraine drängte die russischen Truppen zurück. | UKR ASSAULT RUS
verb:einsetzen:195 | Russland setzte Kampfjets gegen die Ukraine ein. | RUS ASSAULT UKR
verb:einsetzen:194 | Israel setzte Panzer gegen die Hamas ein. | ISR ASSAULT PSE
verb:zerstören:1712 | Malische Soldaten haben zwei Lager in Burkina Faso zerstört. | MLI ASSAULT BFA
verb:abreißen:171 | Die israelische Armee hat palästinensische Wohnhäuser abgerissen. | ISR COERCE PSE
verb:massakrieren:202 | Die Armee Ruandas hat kongolesische Zivilisten massakriert. | RWA ASSAULT COD
verb:begehen:202 | Serbische Milizen begingen einen Völkermord in Bosnien. | SRB ASSAULT BIH
verb:deportieren:201 | Russland deportierte ukrainische Kinder. | RUS ASSAULT UKR
verb:einsetzen:2041 | Syrien setzte Giftgas gegen die Türkei ein. | SYR ASSAULT TUR
verb:zünden:2042 | Die USA zündeten eine Atombombe über Japan. | USA ASSAULT JPN
verb:einsetzen:175 | Die Polizei Liberias setzte Tränengas gegen die Opposition Liberias ein. | LBR ASSAULT LBR
noun:Appell:02 | Deutschland bekräftigte seinen Appell an Russland. | DEU REQUEST RUS
noun:Aufruf:02 | Die Vereinten Nationen wiederholten ihren Aufruf an Äthiopien. | IGO:UN REQUEST ETH
noun:Bitte:020 | Die Ukraine wiederholte ihre Bitte an Deutschland. | UKR REQUEST DEU
noun:Forderung:10 | Die Internationale Arbeitsorganisation hat ihre Forderung an Israel bekräftigt. | IGO:ILO REQUEST ISR
noun:Aufforderung:10 | Nach Washingtons Aufforderung an Israel wurde die Grenze geöffnet. | USA REQUEST ISR
noun:Ultimatum:139 | Das Ultimatum Perus an Ecuador lief am Montag ab. | PER THREATEN ECU
noun:Bereitschaft:036 | Kim habe seine Bereitschaft zu einem Treffen mit Trump bekräftigt. | PRK AGREE USA
noun:Absicht:03 | Japan bekräftigte seine Absicht zur Zusammenarbeit mit Indien. | JPN AGREE IND
noun:Entschlossenheit:03 | Frankreich bekräftigte seine Entschlossenheit zur Partnerschaft mit Marokko. | FRA AGREE MAR
noun:Zusage:03 | Die Zusage Japans an Indien gilt als Durchbruch. | JPN AGREE IND
noun:Versprechen:03 | Das Versprechen Chinas an Pakistan wurde in Islamabad begrüßt. | CHN AGREE PAK
noun:Angebot:036 | Das Angebot Russlands an die Ukraine zu Verhandlungen wurde in Kiew diskutiert. | RUS AGREE UKR
noun:Angebot:03 | Das Angebot Chinas an Brasilien kam überraschend. | CHN AGREE BRA
noun:Einigung:03 | Die Einigung Serbiens mit dem Kosovo gilt als Erfolg. | SRB AGREE XKX
noun:Vereinbarung:03 | Die Vereinbarung Griechenlands mit Nordmazedonien trat in Kraft. | GRC AGREE MKD
noun:Treffen:040 | Kim Jong Un am Samstag bei seinem Treffen mit Südkoreas Präsident Moon Jae In. | PRK CONSULT KOR
noun:Gipfeltreffen:040 | Das Gipfeltreffen Chinas mit Indien fand in Delhi statt. | CHN CONSULT IND
noun:Gipfel:040 | Der Gipfel Russlands mit der Türkei dauerte drei Stunden. | RUS CONSULT TUR
noun:Gespräch:040 | Washington schickte ein Team zu direkten Gesprächen mit Vertretern Nordkoreas. | USA CONSULT PRK
noun:Konsultation:040 | Die Konsultationen Japans mit Südkorea dauerten zwei Tage. | JPN CONSULT KOR
noun:Unterredung:040 | Die Unterredung Frankreichs mit Italien verlief freundlich. | FRA CONSULT ITA
noun:Verhandlung:046 | Die Verhandlungen Israels mit dem Libanon dauerten an. | ISR CONSULT LBN
noun:Telefonat:041 | Das Telefonat Putins mit Macron dauerte zwei Stunden. | RUS CONSULT FRA
noun:Begegnung:040 | Die Begegnung Japans mit China fand in Peking statt. | JPN CONSULT CHN
noun:Einladung:040 | Die Einladung Chinas an Brasilien kam überraschend. | CHN CONSULT BRA
noun:Besuch:042 | Saddam Hussein ist zu einem Besuch in Jordanien eingetroffen. | IRQ CONSULT JOR
noun:Staatsbesuch:042 | Während des Staatsbesuchs Japans in Indien wurden Verträge unterzeichnet. | JPN CONSULT IND
noun:Reise:042 | Chinas Reise nach Brasilien dauerte eine Woche. | CHN CONSULT BRA
noun:Vermittlung:045 | Die Vermittlung Katars zwischen Israel und der Hamas hatte Erfolg. | QAT CONSULT ISR+PSE
noun:Lob:051 | Washingtons Lob für Haiti kam überraschend. | USA SUPPORT HTI
noun:Unterstützung:05 | Die Unterstützung Portugals für die Türkei gilt als sicher. | PRT SUPPORT TUR
noun:Anerkennung:054 | Die Anerkennung Palästinas durch Spanien erfolgte im Mai. | ESP SUPPORT PSE
noun:Entschuldigung:055 | Die Entschuldigung Japans bei Südkorea wurde angenommen. | JPN SUPPORT KOR
noun:Abkommen:057 | Das Abkommen Israels mit den Vereinigten Arabischen Emiraten gilt als historisch. | ISR SUPPORT ARE
noun:Vertrag:057 | Der Vertrag Deutschlands mit Polen wurde 1990 geschlossen. | DEU SUPPORT POL
noun:Glückwunsch:051 | Die Glückwünsche Chinas an Brasilien kamen schnell. | CHN SUPPORT BRA
noun:Solidarität:053 | Die Solidarität Polens mit der Ukraine ist groß. | POL SUPPORT UKR
noun:Pakt:057 | Der Pakt Russlands mit Nordkorea beunruhigt Japan. | RUS SUPPORT PRK
noun:Zusammenarbeit:06 | Die Zusammenarbeit Frankreichs mit Marokko wird ausgebaut. | FRA COOPERATE MAR
noun:Kooperation:06 | Die Kooperation Japans mit den Philippinen wird ausgebaut. | JPN COOPERATE PHL
noun:Auslieferung:063 | Die Auslieferung an die USA durch Großbritannien erfolgte am Montag. | GBR COOPERATE USA
noun:Hilfe:07 | Die Hilfe Japans für die Philippinen kam rasch. | JPN AID PHL
noun:Hilfslieferung:073 | Die Hilfslieferungen Ankaras für Syrien trafen ein. | TUR AID SYR
noun:Waffenlieferung:072 | Die Waffenlieferungen Washingtons an Israel gehen weiter. | USA AID ISR
noun:Asyl:075 | Das Asyl Ecuadors für den Australier endete. | ECU AID AUS
noun:Freilassung:0841 | Die Freilassung von US-Bürgern durch Russland erfolgte am Montag. | RUS RETREAT USA
noun:Abzug:0874 | Der Abzug Russlands aus Syrien begann im März. | RUS RETREAT SYR
noun:Rückzug:0874 | Der Rückzug Amerikas aus Afghanistan endete im August. | USA RETREAT AFG
noun:Waffenruhe:0871 | Die Waffenruhe Israels mit der Hamas hielt nur zwei Tage. | ISR RETREAT PSE
noun:Waffenstillstand:0871 | Der Waffenstillstand Armeniens mit Aserbaidschan wurde gebrochen. | ARM RETREAT AZE
noun:Ermittlung:09 | Die Ermittlungen Italiens gegen Libyen dauern an. | ITA ACCUSE LBY
noun:Untersuchung:09 | Die Untersuchung Italiens gegen Libyen dauert an. | ITA ACCUSE LBY
noun:Verfahren:09 | Das Verfahren der EU gegen Ungarn läuft weiter. | IGO:EU ACCUSE HUN
noun:Kritik:111 | Die Kritik Ankaras an Schweden hält an. | TUR ACCUSE SWE
noun:Zweifel:111 | Die Zweifel Chinas an Indien wachsen. | CHN ACCUSE IND
noun:Vorwurf:112 | Die Vorwürfe Russlands gegen die Ukraine wurden in Kiew diskutiert. | RUS ACCUSE UKR
noun:Anschuldigung:112 | Die Anschuldigungen Indiens gegen Kanada wiegen schwer. | IND ACCUSE CAN
noun:Anklage:112 | Die Anklage Washingtons gegen Russland wurde verlesen. | USA ACCUSE RUS
noun:Beschwerde:114 | Die Beschwerde Ungarns gegen die EU wurde abgewiesen. | HUN ACCUSE IGO:EU
noun:Protestnote:114 | Die Protestnote Chinas an Japan wurde übergeben. | CHN ACCUSE JPN
noun:Klage:115 | Die Klage Südafrikas gegen Israel wird verhandelt. | ZAF ACCUSE ISR
noun:Rüge:111 | Die Rüge Frankreichs an Italien kam unerwartet. | FRA ACCUSE ITA
noun:Beschuldigung:112 | Die Beschuldigungen Chinas gegen Japan wurden zurückgewiesen. | CHN ACCUSE JPN
noun:Einbestellung:114 | Die Einbestellung des russischen Botschafters durch Deutschland war ein deutliches Signal. | DEU ACCUSE RUS
noun:Schuldspruch:116 | Der Schuldspruch Russlands gegen einen US-Journalisten wurde kritisiert. | RUS ACCUSE USA
noun:Absage:12 | Die Absage Polens an Deutschland kam überraschend. | POL REJECT DEU
noun:Veto:129 | Das Veto Russlands gegen die amerikanische Resolution wurde kritisiert. | RUS REJECT USA
noun:Drohung:13 | Die Drohungen Nordkoreas gegen Japan nehmen zu. | PRK THREATEN JPN
noun:Warnung:13 | Die Warnung Washingtons an den Iran wurde in Teheran diskutiert. | USA THREATEN IRN
noun:Protest:14 | Serbiens Proteste gegen die Nato dauern an. | SRB PROTEST IGO:NATO
noun:Demonstration:141 | Die Opposition Indonesiens beteiligte sich an Demonstrationen gegen die Regierung Indonesiens. | IDN PROTEST IDN
noun:Kundgebung:141 | Georgiens Kundgebung gegen Russland verlief friedlich. | GEO PROTEST RUS
noun:Streik:143 | Frankreichs Streik gegen die EU geht weiter. | FRA PROTEST IGO:EU
noun:Boykott:143 | Venezuelas Boykott gegen die USA hält an. | VEN PROTEST USA
noun:Mobilmachung:15 | Die Mobilmachung Armeniens gegen Aserbaidschan beunruhigt Europa. | ARM MOBILIZE AZE
noun:Manöver:15 | Das Manöver Chinas gegen Taiwan dauerte drei Tage. | CHN MOBILIZE TWN
noun:Truppenaufmarsch:154 | Der Truppenaufmarsch Russlands gegen die Ukraine beunruhigt die Nato. | RUS MOBILIZE UKR
noun:Stationierung:154 | Die Stationierung amerikanischer Raketen in Deutschland ist umstritten. | USA MOBILIZE -
noun:Militärübung:15 | Die Militärübung Chinas vor Taiwan beunruhigte Japan. | CHN MOBILIZE TWN
noun:Mobilisierung:15 | Die Mobilisierung Russlands löste eine Fluchtwelle aus. | RUS MOBILIZE -
noun:Sanktion:163 | Washingtons Sanktionen gegen Russland wurden in Moskau kritisiert. | USA SANCTION RUS
noun:Embargo:163 | Das Embargo Washingtons gegen Kuba besteht seit 1962. | USA SANCTION CUB
noun:Strafzoll:163 | Die Strafzölle Washingtons gegen China wurden verdoppelt. | USA SANCTION CHN
noun:Zoll:163 | Die Zölle der USA gegen China treffen die Landwirtschaft. | USA SANCTION CHN
noun:Sanktionspaket:163 | Das Sanktionspaket der EU gegen Russland trat in Kraft. | IGO:EU SANCTION RUS
noun:Strafmaßnahme:163 | Die Strafmaßnahmen Chinas gegen Litauen zeigen Wirkung. | CHN SANCTION LTU
noun:Einreiseverbot:163 | Das Einreiseverbot Russlands gegen britische Politiker gilt weiter. | RUS SANCTION GBR
noun:Ausweisung:174 | Die Ausweisung von US-Bürgern durch Niger erfolgte am Montag. | NER COERCE USA
noun:Abschiebung:174 | Die Abschiebung nach Afghanistan durch Pakistan wurde kritisiert. | PAK COERCE AFG
noun:Festnahme:173 | Die Festnahme von US-Bürgern durch Russland erfolgte am Montag. | RUS COERCE USA
noun:Verhaftung:173 | Die Verhaftung von Schweden durch den Iran erfolgte am Montag. | IRN COERCE SWE
noun:Blockade:191 | Die Blockade Aserbaidschans gegen Armenien dauert an. | AZE COERCE ARM
noun:Ausgangssperre:1723 | Die Ausgangssperre Perus über Lima wurde verlängert. | PER COERCE PER
noun:Besetzung:192 | Die Besetzung Kuwaits durch den Irak wurde verurteilt. | IRQ COERCE KWT
noun:Cyberangriff:176 | Der Cyberangriff Russlands auf die Ukraine legte Behörden lahm. | RUS COERCE UKR
noun:Anschlag:180 | Der Anschlag Teherans auf Israel forderte viele Opfer. | IRN ASSAULT ISR
noun:Attentat:186 | Das Attentat Kabuls auf den Präsidenten Pakistans scheiterte. | AFG ASSAULT PAK
noun:Entführung:181 | Die Entführung von deutschen Ingenieuren durch die Taliban erfolgte im Mai. | AFG ASSAULT DEU
noun:Geiselnahme:181 | Die Geiselnahme von Israelis durch die Hamas dauert an. | PSE ASSAULT ISR
noun:Angriff:190 | Israel startete einen Angriff auf den Gazastreifen. | ISR ASSAULT PSE
noun:Attacke:190 | Die Attacke Teherans auf Saudi-Arabien traf eine Raffinerie. | IRN ASSAULT SAU
noun:Offensive:190 | Die Offensive Kiews gegen Russland kam voran. | UKR ASSAULT RUS
noun:Kampf:190 | Bei Kämpfen von Armee und UN-Soldaten gegen ugandische Rebellen wurden 30 Menschen getötet. | IGO:UN ASSAULT UGA
noun:Invasion:190 | Israel startete die Invasion in den Libanon. | ISR ASSAULT LBN
noun:Einmarsch:190 | Der Einmarsch Russlands in die Ukraine begann im Februar. | RUS ASSAULT UKR
noun:Luftangriff:195 | Die Luftangriffe Ankaras auf den Irak gehen weiter. | TUR ASSAULT IRQ
noun:Bombardierung:195 | Die Bombardierung Syriens durch Russland wurde verurteilt. | RUS ASSAULT SYR
noun:Beschuss:194 | Nach Russlands Beschuss auf die Ukraine trat der Sicherheitsrat zusammen. | RUS ASSAULT UKR
noun:Massaker:202 | Das Massaker Serbiens an Bosnien jährt sich zum 30. Mal. | SRB ASSAULT BIH
noun:Völkermord:202 | Der Völkermord Ruandas an Burundi ist umstritten. | RWA ASSAULT BDI
noun:Giftgasangriff:2041 | Der Giftgasangriff Syriens auf die Türkei wurde verurteilt. | SYR ASSAULT TUR
verb:verziehen:056 | Ruanda verzieh Frankreich. | RWA SUPPORT FRA
verb:ehren:051 | Frankreich ehrte den Präsidenten Senegals mit einem Orden. | FRA SUPPORT SEN
verb:billigen:051 | Die EU billigte den Beitritt Kroatiens. | IGO:EU SUPPORT HRV
verb:gutheißen:051 | Japan hat die Entscheidung Südkoreas gutgeheißen. | JPN SUPPORT KOR
verb:bedanken:051 | Die Ukraine bedankte sich bei Kanada. | UKR SUPPORT CAN
verb:beistehen:05 | Griechenland stand Zypern bei. | GRC SUPPORT CYP
verb:aussprechen:051 | Der Präsident Litauens sprach der Ukraine seine Anerkennung aus. | LTU SUPPORT UKR
verb:ausdrücken:053 | Spanien drückte Marokko seine Solidarität aus. | ESP SUPPORT MAR
verb:bekräftigen:05 | Deutschland bekräftigte seine Unterstützung für Moldau. | DEU SUPPORT MDA
verb:einsetzen:05 | Frankreich setzte sich für die Ukraine ein. | FRA SUPPORT UKR
verb:abschließen:057 | Indien schloss mit Australien ein Handelsabkommen ab. | IND SUPPORT AUS
verb:besiegeln:057 | Ägypten und Israel besiegelten ein Gasabkommen. | EGY+ISR SUPPORT EGY+ISR
noun:Beschuß:194 | Der Beschuss Russlands auf die Ukraine ging die ganze Nacht weiter. | RUS ASSAULT UKR
noun:Militärhilfe:072 | Washingtons Militärhilfe für Israel wurde aufgestockt. | USA AID ISR
noun:Wirtschaftshilfe:071 | Japans Wirtschaftshilfe für Indonesien wurde verlängert. | JPN AID IDN
noun:Finanzhilfe:071 | Chinas Finanzhilfe für Pakistan wurde erhöht. | CHN AID PAK
noun:Hilfspaket:07 | Das Hilfspaket der USA für Israel wurde verabschiedet. | USA AID ISR
noun:Kredit:071 | Der Kredit Chinas an Sri Lanka sorgt für Streit. | CHN AID LKA
noun:Gefangenenaustausch:0841 | Nach Russlands Gefangenenaustausch mit der Ukraine kehrten 200 Soldaten heim. | RUS RETREAT UKR
noun:Selbstmordanschlag:1831 | Der Selbstmordanschlag Teherans auf Israel forderte viele Opfer. | IRN ASSAULT ISR
noun:Bombenanschlag:183 | Nach Kabuls Bombenanschlag auf Pakistan wurde die Grenze geschlossen. | AFG ASSAULT PAK
noun:Autobombenanschlag:1832 | Nach Syriens Autobombenanschlag auf den Libanon wurde die Grenze geschlossen. | SYR ASSAULT LBN
noun:Hinrichtung:1823 | Die Hinrichtung von US-Bürgern durch den Iran erfolgte am Montag. | IRN ASSAULT USA
noun:Ermordung:1823 | Die Ermordung von Israelis durch die Hamas erfolgte im Oktober. | PSE ASSAULT ISR
noun:Mordanschlag:185 | Der Mordanschlag Russlands auf einen Überläufer in Großbritannien scheiterte. | RUS ASSAULT GBR
noun:Mord:1823 | Der Mord Saudi-Arabiens an einem türkischen Journalisten empörte die Welt. | SAU ASSAULT TUR
noun:Tötung:18 | Die Tötung eines Palästinensers durch Israel löste Proteste aus. | ISR ASSAULT PSE
noun:Drohnenangriff:195 | Der Drohnenangriff Russlands auf die Ukraine traf ein Kraftwerk. | RUS ASSAULT UKR
noun:Belagerung:191 | Die Belagerung Kiews durch Russland scheiterte. | RUS COERCE UKR
noun:Annexion:192 | Die Annexion Kuwaits durch den Irak wurde verurteilt. | IRQ COERCE KWT
noun:Gefecht:190 | Die Gefechte Armeniens mit Aserbaidschan dauerten an. | ARM ASSAULT AZE
noun:Zusammenstoß:190 | Die Zusammenstöße Indiens mit China im Himalaya forderten Tote. | IND ASSAULT CHN
noun:Kampfhandlung:190 | Die Kampfhandlungen Israels gegen die Hamas gingen weiter. | ISR ASSAULT PSE
noun:Vorstoß:190 | Der Vorstoß Aserbaidschans gegen Armenien scheiterte. | AZE ASSAULT ARM
noun:Militärschlag:190 | Der Militärschlag der USA gegen Syrien wurde kritisiert. | USA ASSAULT SYR
noun:Vergeltungsschlag:190 | Der Vergeltungsschlag Israels gegen den Iran war begrenzt. | ISR ASSAULT IRN
noun:Luftschlag:195 | Der Luftschlag Frankreichs gegen Libyen war umstritten. | FRA ASSAULT LBY
noun:Bombenangriff:195 | Die Bombenangriffe Russlands auf Syrien gingen weiter. | RUS ASSAULT SYR
noun:Schuss:193 | Die Schüsse Nordkoreas auf Südkorea lösten Alarm aus. | PRK ASSAULT KOR
noun:Hungerstreik:142 | Der Hungerstreik Algeriens gegen Frankreich dauert an. | DZA PROTEST FRA
noun:Protestaktion:14 | Die Protestaktion von Palästinensern gegen Israel blieb friedlich. | PSE PROTEST ISR
noun:Protestmarsch:141 | Der Protestmarsch der Armenier gegen die Türkei blieb friedlich. | ARM PROTEST TUR
noun:Demo:141 | Die Demo von Iranern gegen die Regierung Irans blieb friedlich. | IRN PROTEST IRN
noun:Marsch:141 | Der Marsch von Studenten gegen die Regierung Serbiens blieb friedlich. | SRB PROTEST SRB
noun:Mahnwache:141 | Iraner hielten eine Mahnwache gegen die Regierung Irans ab. | IRN PROTEST IRN
noun:Ausschreitung:145 | Bei Ausschreitungen von Kenianern gegen die Regierung Kenias starben drei Menschen. | KEN PROTEST KEN
noun:Krawall:145 | Die Krawalle von Franzosen gegen die Polizei Frankreichs dauerten an. | FRA PROTEST FRA
noun:Aufstand:145 | Der Aufstand der Syrer gegen die Regierung Syriens begann 2011. | SYR PROTEST SYR
noun:Sitzblockade:144 | Die Sitzblockade von Serben gegen die Regierung Serbiens dauerte an. | SRB PROTEST SRB
noun:Arbeitsniederlegung:143 | Die Arbeitsniederlegung von Griechen gegen die Regierung Griechenlands legte den Verkehr lahm. | GRC PROTEST GRC
noun:Deportation:201 | Die Deportation von Ukrainern durch Russland dauert an. | RUS ASSAULT UKR
noun:Säuberung:203 | Die ethnischen Säuberungen der Türkei an den Armeniern wurden verurteilt. | TUR ASSAULT ARM
noun:Chemiewaffenangriff:2041 | Der Chemiewaffenangriff des Irak auf den Iran wurde verurteilt. | IRQ ASSAULT IRN
noun:Atomangriff:2042 | Der Atomangriff der USA auf Japan beendete den Krieg. | USA ASSAULT JPN
noun:Cyberattacke:176 | Die Cyberattacke Russlands auf die Ukraine legte Behörden lahm. | RUS COERCE UKR
noun:Haftbefehl:173 | Der Haftbefehl Argentiniens gegen den Präsidenten Irans bleibt bestehen. | ARG COERCE IRN
noun:Inhaftierung:173 | Die Inhaftierung eines Franzosen durch den Iran belastet die Beziehungen. | IRN COERCE FRA
noun:Hackerangriff:176 | Der Hackerangriff Nordkoreas auf Südkorea legte Banken lahm. | PRK COERCE KOR
verb:unternehmen:045 | Ägypten unternahm einen Vermittlungsversuch zwischen Israel und der Hamas. | EGY CONSULT ISR+PSE
verb:weiterreisen:042 | Der Außenminister Chinas reiste anschließend nach Indien weiter. | CHN CONSULT IND
verb:begeben:042 | Der japanische Premier begab sich nach Vietnam. | JPN CONSULT VNM
verb:gestatten:080 | Pakistan gestattete der Opposition Pakistans eine Kundgebung. | PAK CONCEDE PAK
verb:erlauben:080 | Israel erlaubte Ägypten die Lieferung von Hilfsgütern. | ISR CONCEDE EGY
verb:öffnen:075 | Polen öffnete seine Grenze für ukrainische Flüchtlinge. | POL AID UKR
verb:spenden:07 | Japan spendete der Türkei zehn Millionen Dollar. | JPN AID TUR
verb:überweisen:071 | Die EU überwies der Ukraine eine weitere Milliarde Euro. | IGO:EU AID UKR
verb:bewilligen:071 | Deutschland bewilligte Jordanien einen Kredit. | DEU AID JOR
verb:ausrüsten:072 | Die USA rüsteten die Armee Taiwans mit Raketen aus. | USA AID TWN
verb:bewaffnen:072 | Russland bewaffnete Syrien. | RUS AID SYR
verb:schicken:072 | Großbritannien schickte Raketen an die Ukraine. | GBR AID UKR
verb:aufnehmen:075 | Polen nahm Flüchtlinge aus der Ukraine auf. | POL AID UKR
verb:erhalten:07 | Die Ukraine erhielt von Deutschland weitere Militärhilfe. | DEU AID UKR
verb:zahlen:0842 | Deutschland zahlte Namibia eine Entschädigung. | DEU RETREAT NAM
verb:annehmen:083 | Serbien nahm die Forderungen der EU an. | SRB CONCEDE IGO:EU
verb:gewähren:086 | Myanmar gewährte den Vereinten Nationen Zugang zu Rakhine. | MMR RETREAT IGO:UN
verb:beenden:082 | Die Gewerkschaften Frankreichs beendeten den Streik. | FRA CONCEDE -
verb:einstellen:082 | Die Opposition Georgiens stellte ihre Proteste ein. | GEO CONCEDE -
verb:beenden:0872 | Saudi-Arabien beendete die Blockade Katars. | SAU RETREAT QAT
verb:beenden:087 | Israel beendete seine Offensive gegen die Hamas. | ISR RETREAT PSE
verb:aufgeben:0874 | Die Armee Armeniens gab ihre Stellungen auf. | ARM RETREAT -
verb:durchlassen:0863 | Israel ließ einen Hilfskonvoi nach Syrien durch. | ISR RETREAT SYR
verb:zulassen:0863 | Äthiopien ließ Hilfslieferungen nach Eritrea zu. | ETH RETREAT ERI
verb:übergeben:084 | Russland übergab der Ukraine die Leichen von Soldaten. | RUS RETREAT UKR
verb:fortsetzen:142 | Die Opposition Belarus setzte ihren Hungerstreik fort. | BLR PROTEST BLR
verb:fortsetzen:143 | Die Gewerkschaften Frankreichs setzten ihren Streik fort. | FRA PROTEST FRA
verb:fortsetzen:141 | Die Opposition Serbiens setzte ihre Proteste gegen die Regierung Serbiens fort. | SRB PROTEST SRB
verb:demonstrieren:1411 | Tausende Serben demonstrierten gegen die Regierung Serbiens für den Rücktritt des Präsidenten. | SRB PROTEST SRB
verb:demonstrieren:1413 | Tausende Iraner demonstrierten gegen die Regierung Irans für mehr Freiheit. | IRN PROTEST IRN
verb:demonstrieren:1414 | Tausende Belarussen demonstrierten gegen die Regierung von Belarus für Demokratie. | BLR PROTEST BLR
verb:niederlegen:143 | Die Ärzte Kenias legten aus Protest gegen die Regierung Kenias die Arbeit nieder. | KEN PROTEST KEN
verb:befinden:142 | Der Oppositionsführer Russlands befand sich aus Protest gegen die Regierung Russlands im Hungerstreik. | RUS PROTEST RUS
verb:besetzen:144 | Demonstranten aus Sri Lanka besetzten aus Protest gegen die Regierung Sri Lankas das Parlament. | LKA PROTEST LKA
verb:eröffnen:09 | Italien eröffnete ein Ermittlungsverfahren gegen Libyen. | ITA ACCUSE LBY
verb:ermitteln:091 | Die französische Justiz ermittelte wegen Korruption gegen den Präsidenten Gabuns. | FRA ACCUSE GAB
verb:ermitteln:094 | Die Ukraine ermittelte wegen Kriegsverbrechen gegen russische Soldaten. | UKR ACCUSE RUS
verb:untersuchen:092 | Die EU hat Menschenrechtsverletzungen in Belarus untersucht. | IGO:EU ACCUSE BLR
verb:untersuchen:093 | Die UN untersuchten den Luftangriff Saudi-Arabiens. | IGO:UN ACCUSE SAU
verb:verhören:09 | Die Behörden Chinas verhörten einen japanischen Geschäftsmann. | CHN ACCUSE JPN
verb:vorgehen:17 | Russland ging gegen ukrainische Aktivisten vor. | RUS COERCE UKR
verb:bestätigen:172 | Ein Gericht Saudi-Arabiens bestätigte das Todesurteil gegen einen jemenitischen Journalisten. | SAU COERCE YEM
verb:setzen:100 | Die USA setzten China unter Druck. | USA REQUEST CHN
verb:setzen:1712 | Serbische Demonstranten setzten die Botschaft Frankreichs in Brand. | SRB ASSAULT FRA
verb:beschädigen:1712 | Russische Drohnen beschädigten ein Kraftwerk in der Ukraine. | RUS ASSAULT UKR
verb:plündern:171 | Soldaten Ugandas plünderten Dörfer im Kongo. | UGA COERCE COG
verb:niederbrennen:1712 | Die Armee Myanmars brannte Dörfer in Bangladesch nieder. | MMR ASSAULT BGD
verb:sprengen:1712 | Russische Truppen sprengten eine Brücke in der Ukraine. | RUS ASSAULT UKR
verb:einsperren:173 | Die Behörden Irans sperrten eine französische Touristin ein. | IRN COERCE FRA
verb:festsetzen:173 | Der Iran setzte einen britischen Tanker fest. | IRN COERCE GBR
verb:erlassen:173 | Argentinien erließ einen Haftbefehl gegen den Präsidenten Venezuelas. | ARG COERCE VEN
verb:zurückschicken:174 | Griechenland schickte Migranten in die Türkei zurück. | GRC COERCE TUR
verb:niederschlagen:175 | Die Armee Myanmars schlug die Proteste nieder. | MMR ASSAULT MMR
verb:auflösen:175 | Die Polizei Georgiens löste die Kundgebung gewaltsam auf. | GEO ASSAULT GEO
verb:legen:16 | Die USA legten die Zusammenarbeit mit Syrien auf Eis. | USA SANCTION SYR
verb:zurücktreten:16 | Die USA traten von dem Abkommen mit dem Iran zurück. | USA SANCTION IRN
verb:sanktionieren:163 | Die USA sanktionierten mehrere Minister Venezuelas. | USA SANCTION VEN
verb:belegen:163 | Die EU belegte Belarus mit neuen Sanktionen. | IGO:EU SANCTION BLR
verb:einführen:163 | Kanada führte Strafzölle gegen China ein. | CAN SANCTION CHN
verb:beschließen:163 | Die EU beschloss ein neues Sanktionspaket gegen Russland. | IGO:EU SANCTION RUS
verb:ankündigen:163 | Die USA kündigten neue Sanktionen gegen den Iran an. | USA THREATEN IRN
verb:stoppen:1622 | Die Niederlande stoppten Waffenlieferungen an Israel. | NLD SANCTION ISR
verb:stoppen:1621 | Schweden stoppte die Entwicklungshilfe für Mali. | SWE SANCTION MLI
verb:stoppen:1623 | Die USA stoppten die Lebensmittelhilfe für Afghanistan. | USA SANCTION AFG
verb:stoppen:163 | Russland stoppte Gaslieferungen an Polen. | RUS SANCTION POL
verb:einstellen:165 | Katar stellte seine Vermittlung zwischen Israel und der Hamas ein. | QAT SANCTION ISR+PSE
verb:herabstufen:161 | Litauen stufte die Beziehungen zu China herab. | LTU SANCTION CHN
verb:ausweisen:1661 | Mali wies die Blauhelme der UN aus. | MLI SANCTION IGO:UN
verb:ausweisen:1662 | Russland wies die Beobachter der Vereinten Nationen aus. | RUS SANCTION IGO:UN
verb:ausweisen:1663 | Äthiopien wies die Helfer der Vereinten Nationen aus. | ETH SANCTION IGO:UN
verb:abziehen:1661 | Die Vereinten Nationen zogen ihre Blauhelme aus Mali ab. | IGO:UN SANCTION MLI
verb:kündigen:16 | Russland kündigte den Vertrag mit den USA. | RUS SANCTION USA
verb:beenden:160 | Niger beendete die militärische Zusammenarbeit mit Frankreich. | NER SANCTION FRA
noun:Vermittlungsmission:045 | Die Vermittlungsmission Ägyptens zwischen Israel und der Hamas war erfolgreich. | EGY CONSULT ISR+PSE
noun:Vermittlungsversuch:045 | Katars Vermittlungsversuch zwischen Israel und der Hamas scheiterte. | QAT CONSULT ISR+PSE
noun:Dialog:040 | Der Dialog Serbiens mit dem Kosovo stockt. | SRB CONSULT XKX
noun:Beratung:040 | Nach Beratungen Frankreichs mit Deutschland wurde nichts beschlossen. | FRA CONSULT DEU
noun:Videokonferenz:040 | Die Videokonferenz Japans mit Indien dauerte zwei Stunden. | JPN CONSULT IND
"""

# Frames whose sentence does not code yet, and why (front-end or tagger gaps).
NOT_YET = {
    "verb:bereiterklären:03": "front-end: 'erklärte sich bereit' keeps the lemma erklären; "
                              "'sich bereit erklären' should read as bereiterklären",
    "noun:Beschuss:194": "tagger: HanTa lemmatises 'Beschuss' in the old spelling 'Beschuß' "
                         "(the frame noun:Beschuß:194 covers it meanwhile)",
    "noun:Cyberattacke:176": "tagger: HanTa lemmatises 'Cyberattacke' as 'Cyberattack'",
}

# Constructions the front-end does not read yet; each names the frame it should reach.
FRONT_END_GAPS = """
verb:misshandeln:182 | Soldaten aus Myanmar misshandelten bangladeschische Fischer. | MMR ASSAULT BGD
"""

GAP_REASONS = [
    "front-end: a past-tense verb in -ten after a bare plural subject ('Soldaten ... misshandelten') "
    "is tagged as a noun (an adjective; after a preposition's name the weak-past repair in fields.py "
    "cannot tell it from an extended attribute)",
]

# Gaps found while writing the frames and closed in the front-end since; kept as tests.
CLOSED_GAPS = """
verb:blockieren:12 | China blockierte die Resolution der USA. | CHN REJECT USA
noun:Kritik:111 | Die Kritik der Türkei an Schweden hält an. | TUR ACCUSE SWE
noun:Festnahme:173 | Die Festnahme eines amerikanischen Journalisten durch Russland wurde kritisiert. | RUS COERCE USA
verb:bestehen:10 | Russland bestand darauf, dass die Ukraine neutral bleibe. | RUS REQUEST UKR
verb:erfüllen:083 | Serbien erfüllte die Forderungen der EU. | SRB CONCEDE IGO:EU
verb:zurückweisen:12 | Die Forderung von UN-Generalsekretär Kofi Annan ist von den USA zurückgewiesen worden. | USA REJECT IGO:UN
verb:gehen:141 | Zehntausende Studenten in Indonesien gingen auf die Straße. | IDN PROTEST IDN
verb:missbrauchen:1821 | Mexikanische Einwanderer seien von Beamten der US-Grenzpolizei missbraucht worden. | USA ASSAULT MEX
verb:liefern:072 | Deutschland lieferte der Ukraine Panzer. | DEU AID UKR
verb:verurteilen:172 | Ein Gericht im Iran verurteilte einen französischen Staatsbürger zu acht Jahren Haft. | IRN COERCE FRA
verb:versorgen:07 | Die USA versorgten Mazedonien mit Luftaufnahmen. | USA AID MKD
"""


ROWS = rows(SENTENCES + "\n" + more_sentences("de"))
GAPS = rows(FRONT_END_GAPS)
CLOSED = rows(CLOSED_GAPS)


def _code(text: str) -> tuple[list[tuple[str, str, str]], set[str]]:
    """The events of a sentence as (source, plover, target), and the frames that fit its clauses."""
    doc = PIPELINE.process(Article(text=text, id="frames-de"), lang="de")
    return outcome(doc, BOOK)


@pytest.mark.parametrize("key, text, expected", sentence_params(ROWS, NOT_YET))
def test_frame_codes_its_sentence(key, text, expected):
    events, fired = _code(text)
    assert key in fired, f"frame {key} does not fit any clause; frames that fit: {sorted(fired)}"
    assert expected in events, events


@pytest.mark.parametrize("key, text, expected", gap_params(GAPS, GAP_REASONS))
def test_front_end_gap(key, text, expected):
    events, fired = _code(text)
    assert key in fired and expected in events, events


@pytest.mark.parametrize("key, text, expected", [pytest.param(*row, id=row[0]) for row in CLOSED])
def test_closed_front_end_gap(key, text, expected):
    events, fired = _code(text)
    assert key in fired and expected in events, events


def test_gap_table_and_reasons_agree():
    assert len(GAPS) == len(GAP_REASONS)
    keys = {key(f) for f in BOOK.frames()}
    assert {key for key, _, _ in GAPS + CLOSED} <= keys


def test_every_frame_has_exactly_one_sentence():
    check_one_sentence_per_frame(BOOK, ROWS, NOT_YET)


def test_every_cameo_root_from_02_to_20_has_verb_and_noun_frames():
    roots = [f"{n:02d}" for n in range(2, 21)]
    verbs = {f.cameo[:2] for f in BOOK.frames() if f.kind == "verb"}
    nouns = {f.cameo[:2] for f in BOOK.frames() if f.kind == "noun"}
    assert [r for r in roots if r not in verbs] == []
    assert [r for r in roots if r not in nouns] == []
    assert len([f for f in BOOK.frames() if f.kind == "verb"]) >= 300
    assert len([f for f in BOOK.frames() if f.kind == "noun"]) >= 100


# Verbs that carry an event only through their object noun: "Gespräche führen", "Kritik üben".
LIGHT_VERBS = {"führen", "leisten", "stellen", "üben", "nehmen", "legen", "erheben", "einlegen", "abhalten",
               "gehen", "treten", "aufnehmen", "fortsetzen", "einstellen", "schließen", "erteilen",
               "bereiten", "abstatten", "richten", "eröffnen", "unternehmen", "zahlen", "öffnen", "bekunden"}


@pytest.mark.parametrize("frame", BOOK.frames(), ids=key)
def test_frame_is_well_formed(frame):
    assert cameo(frame.cameo).plover is not None
    assert frame.target or frame.optional or frame.reciprocal, "a frame needs a target or optional: true"
    if frame.kind == "verb":
        # one word, or the reflexive sense of a verb of the lexicon's reflexive_senses ("sich abstimmen")
        assert frame.lemma == frame.lemma.lower() and re.fullmatch(r"(sich )?[a-zäöüß]+", frame.lemma), frame.lemma
        if frame.lemma.startswith("sich "):
            assert frame.lemma[5:] in lexicon().reflexive_senses, frame.lemma
    else:
        assert frame.lemma[0].isupper(), "noun lemmas are capitalised"
    for word in frame.when_object:
        assert re.fullmatch(r"@[a-z]{3}|[a-zäöüß-]+", word), word      # "@med": an object of that sector
    for word in frame.when_prep:        # a preposition or a noun, or the two: "hinter anschlag"
        assert re.fullmatch(r"[a-zäöüß-]+( [a-zäöüß-]+)?", word), word
    if frame.lemma in LIGHT_VERBS:
        assert frame.when_object or frame.when_prep, f"the light verb {frame.lemma} needs a condition"


def test_conditional_frames_come_first_and_pick_the_code():
    """"Sanktionen aufheben" and "den Ausnahmezustand aufheben" are different events."""
    events, _ = _code("Die USA hoben das Embargo gegen Kuba auf.")
    assert ("USA", "RETREAT", "CUB") in events
    events, _ = _code("Die Regierung Sudans hob die Ausgangssperre auf.")
    assert [e for e in events if e[1] == "RETREAT"] == []


def test_a_light_verb_without_its_noun_codes_nothing():
    events, _ = _code("Frankreich übte mit Deutschland den Ernstfall.")
    assert events == []
