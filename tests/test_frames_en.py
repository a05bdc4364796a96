"""English verb and noun frames (chronist/lang/en/frames.yaml): every frame fires on a sentence
written for it and yields the expected event.

Each row of SENTENCES (and of frame_sentences/en-*.txt, one file for each further
frames-*.yaml) names a frame as kind:lemma:cameo, a sentence, and the event it must give as "SOURCE PLOVER TARGET" (actor codes joined by "+", "-" for no target). NOT_YET holds
frames whose sentence does not code yet (strict xfails, empty while every frame codes).
FRONT_END_GAPS holds other wordings that should reach a frame but do not, because the English
front-end reads them wrongly; they are strict xfails, so they fail the day the front-end
learns the construction. All sentences are coded in one batch, as `chronist code` does.
"""
from __future__ import annotations

import re
from functools import cache

import pytest

from chronist.coding.frames import frame_book
from chronist.coding.ontology import cameo
from chronist.lang.en.lexicon import load_lexicon
from chronist.model import Article
from chronist.pipeline import Pipeline
from frame_tables import (check_one_sentence_per_frame, gap_params, key, more_sentences, outcome, rows,
                          sentence_params)

BOOK = frame_book("en")

SENTENCES = """
verb:urge:02 | Germany urged Russia to end the attacks. | DEU REQUEST RUS
verb:appeal:02 | Pakistan appealed to India for calm. | PAK REQUEST IND
verb:call:02 | Turkey called on Russia and Ukraine to agree a ceasefire. | TUR REQUEST RUS+UKR
verb:ask:020 | Ukraine asked Germany for more air defence systems. | UKR REQUEST DEU
verb:request:020 | Lebanon requested help from France. | LBN REQUEST FRA
verb:demand:10 | Poland demanded compensation from Belarus. | POL REQUEST BLR
verb:press:10 | The United States pressed Egypt to open the border crossing. | USA REQUEST EGY
verb:push:10 | The United States pushed for Ukraine's membership in NATO. | USA REQUEST UKR
verb:insist:10 | Russia insisted that Ukraine stay neutral. | RUS REQUEST UKR
verb:issue:139 | Peru issued an ultimatum to Ecuador. | PER THREATEN ECU
verb:issue:13 | China issued a warning to the Philippines. | CHN THREATEN PHL
verb:issue:02 | The United Nations issued an appeal to Ethiopia. | IGO:UN REQUEST ETH
verb:agree:03 | Armenia agreed with Azerbaijan on a prisoner exchange. | ARM AGREE AZE
verb:promise:03 | France promised Lebanon more humanitarian aid. | FRA AGREE LBN
verb:pledge:03 | Canada pledged support to Ukraine. | CAN AGREE UKR
verb:offer:03 | Qatar offered its mediation to Israel. | QAT AGREE ISR
verb:vow:03 | Norway vowed support to Ethiopia. | NOR AGREE ETH
verb:sign:057 | Japan signed a defence pact with Australia. | JPN SUPPORT AUS
verb:reach:03 | Serbia reached an agreement with Kosovo. | SRB AGREE XKX
verb:meet:083 | Serbia met the demands of the European Union. | SRB CONCEDE IGO:EU
verb:meet:040 | The French president met the Polish prime minister in Paris. | FRA CONSULT POL
verb:hold:040 | India held talks with Pakistan. | IND CONSULT PAK
verb:hold:141 | Students held a protest against the government in Kenya. | KEN PROTEST KEN
verb:renew:046 | Peru renewed negotiations with Chile. | PER CONSULT CHL
verb:resume:046 | Israel resumed talks with Lebanon. | ISR CONSULT LBN
verb:discuss:040 | Greece discussed the situation in the Aegean with Turkey. | GRC CONSULT TUR
verb:negotiate:046 | Sudan negotiated with South Sudan over the border. | SDN CONSULT SSD
verb:talk:040 | Iran talked with Saudi Arabia about Yemen. | IRN CONSULT SAU
verb:confer:040 | Spain conferred with Morocco on migration. | ESP CONSULT MAR
verb:consult:040 | Japan consulted South Korea before the vote. | JPN CONSULT KOR
verb:visit:042 | The Indian prime minister visited Japan. | IND CONSULT JPN
verb:arrive:042 | The Iraqi president arrived in Jordan for a two-day visit. | IRQ CONSULT JOR
verb:host:043 | Egypt hosted the president of Sudan. | EGY CONSULT SDN
verb:give:043 | China gave a warm welcome to the Brazilian president. | CHN CONSULT BRA
verb:give:07 | Sweden gave Tanzania 20 million dollars of aid. | SWE AID TZA
verb:receive:043 | The Saudi king received the Emir of Qatar in Riyadh. | SAU CONSULT QAT
verb:mediate:045 | Qatar mediated between Israel and Hamas. | QAT CONSULT ISR+PSE
verb:undertake:045 | Egypt undertook a mediation between Israel and Hamas. | EGY CONSULT ISR+PSE
verb:phone:041 | The Turkish president phoned the Russian president. | TUR CONSULT RUS
verb:telephone:041 | The German chancellor telephoned the French president. | DEU CONSULT FRA
verb:praise:051 | The United States praised Haiti for its reforms. | USA SUPPORT HTI
verb:welcome:051 | The European Union welcomed the decision of Serbia. | IGO:EU SUPPORT SRB
verb:hail:051 | Russia hailed China as a reliable partner. | RUS SUPPORT CHN
verb:commend:051 | The United Nations commended Kenya for its mediation. | IGO:UN SUPPORT KEN
verb:support:05 | Portugal supported Turkey. | PRT SUPPORT TUR
verb:back:05 | Lithuania backed Ukraine. | LTU SUPPORT UKR
verb:endorse:051 | Chile endorsed the candidacy of Argentina. | CHL SUPPORT ARG
verb:defend:052 | The United States defended Israel against the criticism. | USA SUPPORT ISR
verb:recognize:054 | Sweden recognized Palestine. | SWE SUPPORT PSE
verb:recognise:054 | Britain did not recognise the new government of Myanmar. | GBR SUPPORT MMR
verb:establish:054 | Sri Lanka established diplomatic relations with Iran. | LKA SUPPORT IRN
verb:apologize:055 | Japan apologized to South Korea. | JPN SUPPORT KOR
verb:apologise:055 | Britain apologised to Kenya. | GBR SUPPORT KEN
verb:forgive:056 | Rwanda forgave France. | RWA SUPPORT FRA
verb:cooperate:06 | Ukraine cooperated with NATO. | UKR COOPERATE IGO:NATO
verb:extradite:063 | Spain extradited a Colombian banker to Colombia. | ESP COOPERATE COL
verb:aid:07 | India aided Sri Lanka. | IND AID LKA
verb:send:07 | Turkey sent aid to Syria. | TUR AID SYR
verb:grant:075 | Ecuador granted asylum to two Bolivian ministers. | ECU AID BOL
verb:grant:07 | Japan granted a loan to Indonesia. | JPN AID IDN
verb:provide:07 | Canada provided Ukraine with medical equipment. | CAN AID UKR
verb:provide:072 | Canada provided Ukraine with artillery shells. | CAN AID UKR
verb:send:072 | Norway sent anti-tank rockets to Ukraine. | NOR AID UKR
verb:give:072 | Sweden gave Finland two submarines. | SWE AID FIN
verb:hand over:072 | Belgium handed over F-16 fighter jets to Ukraine. | BEL AID UKR
verb:donate:072 | Denmark donated howitzers to Ukraine. | DNK AID UKR
verb:donate:07 | Australia donated vaccines to Fiji. | AUS AID FJI
verb:contribute:07 | Bangladesh contributed troops to the mission in Mali. | BGD AID MLI
verb:release:0841 | Iran released a British journalist. | IRN RETREAT GBR
verb:return:084 | Russia returned the bodies to Ukraine. | RUS RETREAT UKR
verb:free:0841 | Venezuela freed three American prisoners. | VEN RETREAT USA
verb:withdraw:0874 | Russia withdrew its troops from Syria. | RUS RETREAT SYR
verb:pull out:0874 | France pulled out of Mali. | FRA RETREAT MLI
verb:lift:081 | The United States lifted sanctions on Cuba. | USA CONCEDE CUB
verb:ease:081 | The European Union eased sanctions on Belarus. | IGO:EU CONCEDE BLR
verb:shorten:081 | The Sudanese government shortened the curfew in Khartoum. | SDN CONCEDE SDN
verb:relax:081 | Israel relaxed restrictions on Gaza. | ISR CONCEDE PSE
verb:accept:083 | Hungary accepted the demands of the European Union. | HUN CONCEDE IGO:EU
verb:declare:0871 | Armenia declared a ceasefire with Azerbaijan. | ARM RETREAT AZE
verb:declare:1723 | The government of Tunisia declared a curfew in Tunis. | TUN COERCE TUN
verb:declare:1724 | Peru declared a state of emergency in Lima. | PER COERCE PER
verb:demobilize:0873 | Colombia demobilized thousands of FARC rebels. | COL RETREAT COL
verb:allow:08 | Israel allowed Egypt to deliver aid. | ISR CONCEDE EGY
verb:investigate:09 | Italy investigated Libya. | ITA ACCUSE LBY
verb:probe:09 | The European Union probed Poland. | IGO:EU ACCUSE POL
verb:open:09 | Serbia opened an investigation into Croatia. | SRB ACCUSE HRV
verb:open:190 | Indian troops opened fire on Pakistan. | IND ASSAULT PAK
verb:launch:09 | The European Union launched a probe into Hungary. | IGO:EU ACCUSE HUN
verb:launch:19 | Ethiopia launched an offensive against Eritrea. | ETH ASSAULT ERI
verb:launch:142 | Kurdish prisoners launched a hunger strike in Turkey. | TUR PROTEST TUR
verb:criticize:111 | China criticized Japan. | CHN ACCUSE JPN
verb:criticise:111 | Turkey criticised Sweden. | TUR ACCUSE SWE
verb:condemn:111 | France condemned Iran. | FRA ACCUSE IRN
verb:denounce:111 | Venezuela denounced Colombia. | VEN ACCUSE COL
verb:blame:112 | Pakistan blamed India for the attack. | PAK ACCUSE IND
verb:accuse:112 | Armenia accused Azerbaijan of shelling its villages. | ARM ACCUSE AZE
verb:charge:112 | Israel charged Iran with arming Hezbollah. | ISR ACCUSE IRN
verb:complain:114 | Algeria complained about France. | DZA ACCUSE FRA
verb:protest:14 | Chinese students protested against Japan. | CHN PROTEST JPN
verb:reject:12 | Ukraine rejected the proposal of Russia. | UKR REJECT RUS
verb:refuse:12 | Serbia refused to recognize Kosovo. | SRB REJECT XKX
verb:deny:12 | Egypt denied Israel access to the crossing. | EGY REJECT ISR
verb:veto:129 | Russia vetoed the resolution of the United States. | RUS REJECT USA
verb:oppose:12 | Hungary opposed Ukraine's bid. | HUN REJECT UKR
verb:opposed:12 | Greece is opposed to Turkish membership. | GRC REJECT TUR
verb:violate:128 | Russia violated the ceasefire. | RUS REJECT -
verb:cancel:164 | China cancelled a meeting with Lithuania. | CHN SANCTION LTU
verb:call off:164 | Japan called off talks with China. | JPN SANCTION CHN
verb:threaten:13 | North Korea threatened South Korea. | PRK THREATEN KOR
verb:warn:13 | China warned Taiwan. | CHN THREATEN TWN
verb:demonstrate:141 | Thousands of Kenyan students demonstrated in Nairobi. | KEN PROTEST KEN
verb:rally:141 | Protesters rallied against the government of Serbia. | SRB PROTEST SRB
verb:march:141 | Thousands of Georgians marched on the parliament in Tbilisi. | GEO PROTEST GEO
verb:strike:143 | French workers struck against the government of France. | FRA PROTEST FRA
verb:riot:145 | Prisoners rioted in Ecuador. | ECU PROTEST ECU
verb:boycott:143 | China boycotted Lithuanian products. | CHN PROTEST LTU
verb:stage:14 | Workers will stage a protest against the government of Nigeria. | NGA PROTEST NGA
verb:organize:14 | The opposition of Belarus organized a rally in Minsk. | BLR PROTEST BLR
verb:organise:14 | Farmers organise a march against the government of India. | IND PROTEST IND
verb:begin:14 | Teachers began a protest against the government of Kenya. | KEN PROTEST KEN
verb:continue:14 | Workers continued their protest against the government of France. | FRA PROTEST FRA
verb:block:144 | Farmers blocked roads in Poland. | POL PROTEST POL
verb:mobilize:15 | Armenia mobilized against Azerbaijan. | ARM MOBILIZE AZE
verb:mobilise:15 | Serbia mobilised against Kosovo. | SRB MOBILIZE XKX
verb:deploy:15 | Russia deployed troops to Belarus. | RUS MOBILIZE -
verb:impose:1723 | The Tunisian government imposed a curfew. | TUN COERCE TUN
verb:impose:1724 | Ecuador imposed a state of emergency. | ECU COERCE ECU
verb:impose:163 | Canada imposed an embargo on Venezuela. | CAN SANCTION VEN
verb:impose:191 | Israel imposed a blockade on Gaza. | ISR COERCE PSE
verb:extend:1723 | Sri Lanka extended the curfew in Colombo. | LKA COERCE LKA
verb:extend:1724 | Ethiopia extended the state of emergency. | ETH COERCE ETH
verb:sanction:163 | The United States sanctioned Iran. | USA SANCTION IRN
verb:expel:166 | Niger expelled the ambassador of France. | NER SANCTION FRA
verb:expel:1663 | Eritrea expelled the Red Cross organisation. | ERI SANCTION NGO:ICRC
verb:suspend:162 | Norway suspended aid to Nicaragua. | NOR SANCTION NIC
verb:suspend:16 | Morocco suspended contacts with Germany. | MAR SANCTION DEU
verb:halt:162 | Norway halted its economic aid to Nicaragua. | NOR SANCTION NIC
verb:stop:162 | Germany stopped aid to Niger. | DEU SANCTION NER
verb:freeze:16 | The United States froze Afghanistan's assets. | USA SANCTION AFG
verb:reduce:162 | Britain reduced aid to Uganda. | GBR SANCTION UGA
verb:cut:162 | The Netherlands cut aid to Rwanda. | NLD SANCTION RWA
verb:cut:161 | Algeria cut ties with Morocco. | DZA SANCTION MAR
verb:break off:161 | Bolivia broke off relations with Israel. | BOL SANCTION ISR
verb:break off:164 | Kosovo broke off talks with Serbia. | XKX SANCTION SRB
verb:sever:161 | Nicaragua severed ties with Taiwan. | NIC SANCTION TWN
verb:arrest:173 | Russia arrested an American journalist. | RUS COERCE USA
verb:detain:173 | Iran detained two French citizens. | IRN COERCE FRA
verb:jail:173 | China jailed a Canadian businessman. | CHN COERCE CAN
verb:seize:17 | Iran seized a British tanker. | IRN COERCE GBR
verb:deport:174 | Pakistan deported thousands of Afghan refugees. | PAK COERCE AFG
verb:blockade:191 | Azerbaijan blockaded Armenia. | AZE COERCE ARM
verb:reimpose:191 | Israel reimposed the blockade on Gaza. | ISR COERCE PSE
verb:reimpose:1723 | The government of Mali reimposed a curfew in Bamako. | MLI COERCE MLI
verb:tighten:191 | Israel tightened the siege of Gaza. | ISR COERCE PSE
verb:demolish:171 | Israel demolished Palestinian homes. | ISR COERCE PSE
verb:destroy:171 | Russian forces destroyed Ukrainian tanks. | RUS COERCE UKR
verb:blow up:171 | Russian forces blew up a dam in Ukraine. | RUS COERCE UKR
verb:hack:176 | Russia hacked Estonia. | RUS COERCE EST
verb:attack:111 | US senators attacked the Democratic Party. | USA ACCUSE USA
verb:attack:190 | Russia attacked Ukraine. | RUS ASSAULT UKR
verb:bomb:195 | Turkey bombed Iraq. | TUR ASSAULT IRQ
verb:shell:194 | Azerbaijani forces shelled Armenian villages. | AZE ASSAULT ARM
verb:fire:190 | North Korea fired at South Korea. | PRK ASSAULT KOR
verb:shoot:18 | Indian soldiers shot two Pakistani fishermen. | IND ASSAULT PAK
verb:kill:18 | Israeli soldiers killed two Palestinians. | ISR ASSAULT PSE
verb:massacre:202 | Syrian troops massacred Turkish civilians. | SYR ASSAULT TUR
verb:gas:2041 | Iraq gassed Iranian soldiers. | IRQ ASSAULT IRN
verb:commit:202 | Serbia committed genocide against Bosnia. | SRB ASSAULT BIH
noun:massacre:202 | The Rwandan army's massacre of Congolese civilians was condemned. | RWA ASSAULT COD
verb:wound:18 | Turkish troops wounded three Syrian civilians. | TUR ASSAULT SYR
verb:injure:18 | Chinese soldiers injured Indian troops. | CHN ASSAULT IND
verb:torture:1822 | Russian soldiers tortured Ukrainian prisoners. | RUS ASSAULT UKR
verb:abuse:182 | Libyan guards abused Nigerian migrants. | LBY ASSAULT NGA
verb:assassinate:186 | Israel assassinated an Iranian scientist. | ISR ASSAULT IRN
verb:kidnap:181 | The Taliban kidnapped two German engineers. | AFG ASSAULT DEU
verb:abduct:181 | North Korea abducted Japanese citizens. | PRK ASSAULT JPN
verb:fight:190 | Ukraine fought against Russia. | UKR ASSAULT RUS
verb:invade:192 | Russia invaded Ukraine. | RUS COERCE UKR
verb:raid:190 | Israel raided Lebanon. | ISR ASSAULT LBN
verb:clash:190 | Armenia clashed with Azerbaijan. | ARM ASSAULT AZE
verb:explode:183 | Militants exploded a bomb in Pakistan. | PAK ASSAULT PAK
verb:detonate:183 | Hamas detonated a bomb in Israel. | PSE ASSAULT ISR
verb:mount:19 | Ukraine mounted an offensive against Russia. | UKR ASSAULT RUS
verb:carry out:19 | Israel carried out attacks on Syria. | ISR ASSAULT SYR
verb:retake:190 | Israeli troops are trying to retake the Gaza Strip. | ISR ASSAULT PSE
verb:retook:190 | Israeli troops retook the Gaza Strip. | ISR ASSAULT PSE
verb:capture:190 | The Taliban captured Kabul. | AFG ASSAULT AFG
verb:occupy:192 | Iraq occupied Kuwait. | IRQ COERCE KWT
noun:talk:040 | After the talk with Indonesia, Australia signed the treaty. | AUS CONSULT IDN
noun:talks:040 | The talks of China with Brazil ended on Friday. | CHN CONSULT BRA
noun:meeting:040 | The meeting of Japan with South Korea ended on Friday. | JPN CONSULT KOR
noun:summit:040 | The summit of India with Japan ended on Friday. | IND CONSULT JPN
noun:negotiation:046 | The negotiation of Serbia with Kosovo failed. | SRB CONSULT XKX
noun:negotiations:046 | Armenia's negotiations with Azerbaijan continued in Brussels. | ARM CONSULT AZE
noun:mediation:045 | Egypt's mediation between Israel and Hamas failed. | EGY CONSULT ISR+PSE
noun:visit:042 | The visit of the Chinese president to Russia ended on Friday. | CHN CONSULT RUS
noun:sanction:163 | A new sanction of Japan against Russia took effect. | JPN SANCTION RUS
noun:embargo:163 | The embargo of the United States against Cuba continues. | USA SANCTION CUB
noun:attack:190 | Russia's attack on Ukraine began in February. | RUS ASSAULT UKR
noun:invasion:192 | Iraq's invasion of Kuwait began in August. | IRQ COERCE KWT
noun:demand:10 | Turkey's demand on Sweden came on Monday. | TUR REQUEST SWE
noun:ultimatum:139 | Peru's ultimatum to Ecuador expired. | PER THREATEN ECU
noun:criticism:111 | China's criticism of Japan grew. | CHN ACCUSE JPN
noun:aid:07 | Washington's aid to Israel was increased. | USA AID ISR
verb:abandon:12 | Brazil abandoned Romania. | BRA REJECT ROU
verb:abate:087 | France abated its attacks. | FRA RETREAT -
verb:abhor:111 | Finland abhored Canada. | FIN ACCUSE CAN
verb:abolish:081 | Peru abolished the ban on Lithuania. | PER CONCEDE LTU
verb:abort:16 | Nigeria aborted talk with China. | NGA SANCTION CHN
verb:absolve:056 | Brazil absolved Romania. | BRA SUPPORT ROU
verb:accede:083 | Sudan acceded to the demands of Serbia. | SDN CONCEDE SRB
verb:accelerate:07 | Sweden accelerated aid to Norway. | SWE AID NOR
verb:acclaim:051 | Iraq acclaimed Spain. | IRQ SUPPORT ESP
verb:accommodate:083 | Spain accommodated the demands of Iran. | ESP CONCEDE IRN
verb:accomplish:06 | Japan accomplished a joint mission with Colombia. | JPN COOPERATE COL
verb:achieve:057 | Iraq achieved agreement with Spain. | IRQ SUPPORT ESP
verb:acknowledge:054 | Serbia acknowledged the independence of Kosovo. | SRB SUPPORT XKX
verb:acquaint:040 | Venezuela acquainted Russia with its plans. | VEN CONSULT RUS
verb:acquiesce:083 | India acquiesced to the demands of Belarus. | IND CONCEDE BLR
verb:acquire:06 | Italy acquired weapons from Nigeria. | ITA COOPERATE NGA
verb:acquit:080 | Spain acquited Iran. | ESP CONCEDE IRN
verb:act:111 | Spain acted against Iran. | ESP ACCUSE IRN
verb:activate:15 | Israel activated reserve against Kenya. | ISR MOBILIZE KEN
verb:actuate:15 | Norway actuated reserve against Greece. | NOR MOBILIZE GRC
verb:add:163 | Serbia added sanctions on Australia. | SRB SANCTION AUS
verb:adjure:02 | Russia adjured Sweden. | RUS REQUEST SWE
verb:admire:051 | Sweden admired Norway. | SWE SUPPORT NOR
verb:admit:086 | Nigeria admited China. | NGA RETREAT CHN
verb:admonish:111 | Japan admonished Colombia. | JPN ACCUSE COL
verb:adopt:163 | Thailand adopted sanctions against Denmark. | THA SANCTION DNK
verb:adore:051 | India adored Belarus. | IND SUPPORT BLR
verb:advance:190 | Argentina advanced on Lebanon. | ARG ASSAULT LBN
verb:advocate:02 | Kenya advocated talks with Austria. | KEN REQUEST AUT
verb:agitate:14 | Norway agitated against Greece. | NOR PROTEST GRC
verb:aim:13 | Russia aimed missiles at Sweden. | RUS THREATEN SWE
verb:airlift:07 | Algeria airlifted aid to Japan. | DZA AID JPN
verb:alert:152 | Chile alerted troop against France. | CHL MOBILIZE FRA
verb:allocate:07 | Turkey allocated aid to Peru. | TUR AID PER
verb:ally:06 | Sweden allied with Norway. | SWE COOPERATE NOR
verb:alter:0342 | Syria altered its stance toward Algeria. | SYR AGREE DZA
verb:altercate:111 | Indonesia altercated with Armenia. | IDN ACCUSE ARM
verb:amass:15 | Argentina amassed troops near Lebanon. | ARG MOBILIZE -
verb:ambush:190 | Austria ambushed Hungary. | AUT ASSAULT HUN
verb:amend:0342 | Morocco amended the treaty with Brazil. | MAR AGREE BRA
verb:analyse:09 | Egypt analysed the allegations against Indonesia. | EGY ACCUSE IDN
verb:annihilate:200 | Ethiopia annihilated Mexico. | ETH ASSAULT MEX
verb:announce:163 | China announced sanctions on Morocco. | CHN SANCTION MAR
verb:annoy:111 | Morocco's decision annoyed Brazil. | BRA ACCUSE MAR
verb:annul:12 | Qatar annulled the agreement with Poland. | QAT REJECT POL
verb:anticipate:03 | Spain anticipated cooperation with Iran. | ESP AGREE IRN
verb:appease:083 | Sweden appeased Norway. | SWE CONCEDE NOR
verb:applaud:051 | Hungary applauded Sudan. | HUN SUPPORT SDN
verb:apply:163 | Cuba applied sanction on Finland. | CUB SANCTION FIN
verb:apportion:112 | Azerbaijan apportioned blame to Thailand. | AZE ACCUSE THA
verb:appreciate:051 | Canada appreciated Qatar. | CAN SUPPORT QAT
verb:apprehend:173 | China apprehended Morocco. | CHN COERCE MAR
verb:apprise:041 | Iraq apprised Spain of the decision. | IRQ CONSULT ESP
verb:apprize:041 | Azerbaijan apprized Thailand of the decision. | AZE CONSULT THA
verb:appropriate:1711 | Lebanon appropriated Venezuela. | LBN COERCE VEN
verb:approve:051 | China approved Morocco. | CHN SUPPORT MAR
verb:arbitrate:045 | China arbitrated between Morocco and its neighbours. | CHN CONSULT MAR
verb:arise:145 | Protesters in Japan arose against the government of Japan. | JPN PROTEST JPN
verb:arrange:036 | China arranged talk with Morocco. | CHN AGREE MAR
verb:assail:111 | Greece assailed Chile. | GRC ACCUSE CHL
verb:assemble:141 | Protesters assembled in Italy. | ITA PROTEST ITA
verb:assess:09 | Israel assessed the allegations against Kenya. | ISR ACCUSE KEN
verb:assign:074 | Denmark assigned troop to Vietnam. | DNK AID VNM
verb:assist:07 | Canada assisted Qatar. | CAN AID QAT
verb:assure:03 | Finland assured Canada. | FIN AGREE CAN
verb:attain:057 | Nigeria attained agreement with China. | NGA SUPPORT CHN
verb:attend:040 | Spain attended talk with Iran. | ESP CONSULT IRN
verb:audit:09 | Armenia audited Azerbaijan. | ARM ACCUSE AZE
verb:augment:154 | Sudan augmented troop near Serbia. | SDN MOBILIZE -
verb:augur:03 | China augured closer cooperation with Morocco. | CHN AGREE MAR
verb:authorise:051 | Chile authorised France. | CHL SUPPORT FRA
verb:authorize:051 | Chile authorized France. | CHL SUPPORT FRA
verb:avert:087 | China averted war with Morocco. | CHN RETREAT MAR
verb:avoid:12 | Thailand avoided talks with Denmark. | THA REJECT DNK
verb:await:036 | Canada awaited talks with Qatar. | CAN AGREE QAT
verb:award:051 | Morocco awarded a medal to the president of Brazil. | MAR SUPPORT BRA
verb:badger:10 | Mexico badgered Ethiopia. | MEX REQUEST ETH
verb:ban:172 | Lithuania banned Argentina. | LTU COERCE ARG
verb:banish:174 | Ethiopia banished Mexico. | ETH COERCE MEX
verb:bankroll:071 | Peru bankrolled Lithuania. | PER AID LTU
verb:bar:172 | Australia barred Portugal. | AUS COERCE PRT
verb:bargain:046 | Lebanon bargained with Venezuela. | LBN CONSULT VEN
verb:barter:061 | Algeria bartered with Japan. | DZA COOPERATE JPN
verb:battle:190 | France battled Turkey. | FRA ASSAULT TUR
verb:beat:182 | Argentina beat Lebanon. | ARG ASSAULT LBN
verb:beef up:154 | Turkey beefed up troops near Peru. | TUR MOBILIZE -
verb:beg:020 | Spain begged Iran. | ESP REQUEST IRN
verb:behead:1823 | Morocco beheaded Brazil. | MAR ASSAULT BRA
verb:belittle:111 | Finland belittled Canada. | FIN ACCUSE CAN
verb:bemock:111 | Pakistan bemocked Germany. | PAK ACCUSE DEU
verb:berate:111 | Vietnam berated Cuba. | VNM ACCUSE CUB
verb:besiege:191 | Portugal besieged Syria. | PRT COERCE SYR
verb:bestow:051 | Greece bestowed an honour on the leader of Chile. | GRC SUPPORT CHL
verb:betray:111 | Germany betrayed Ukraine. | DEU ACCUSE UKR
verb:better:06 | Russia bettered relation with Sweden. | RUS COOPERATE SWE
verb:bid:02 | Austria bid farewell to Hungary. | AUT REQUEST HUN
verb:bill:163 | China billed Morocco. | CHN SANCTION MAR
verb:blacklist:163 | Iraq blacklisted Spain. | IRQ SANCTION ESP
verb:blackmail:13 | Algeria blackmailed Japan. | DZA THREATEN JPN
verb:blaspheme:111 | Poland blasphemed against Egypt. | POL ACCUSE EGY
verb:blast:111 | Nigeria blasted China. | NGA ACCUSE CHN
verb:bless:051 | Nigeria blessed China. | NGA SUPPORT CHN
verb:blitz:195 | Cuba blitzed Finland. | CUB ASSAULT FIN
verb:bombard:195 | Azerbaijan bombarded Thailand. | AZE ASSAULT THA
verb:boost:07 | Spain boosted aid to Iran. | ESP AID IRN
verb:boot out:174 | Lithuania booted out Argentina. | LTU COERCE ARG
verb:brand:111 | Syria branded Algeria. | SYR ACCUSE DZA
verb:brandish:138 | Lithuania brandished weapon at Argentina. | LTU THREATEN ARG
verb:brave:14 | Germany braved the curfew in Ukraine. | DEU PROTEST UKR
verb:break:196 | Australia broke ceasefire with Portugal. | AUS ASSAULT PRT
verb:bridle:12 | Chile bridled at the demands of France. | CHL REJECT FRA
verb:brief:041 | Egypt briefed Indonesia. | EGY CONSULT IDN
verb:bring:07 | Turkey brought aid to Peru. | TUR AID PER
verb:bring out:14 | Hungary brought out protesters against Sudan. | HUN PROTEST SDN
verb:broadcast:111 | Germany broadcast propaganda against Ukraine. | DEU ACCUSE UKR
verb:broaden:06 | Canada broadened cooperation with Qatar. | CAN COOPERATE QAT
verb:budge:083 | Sudan budged on the demands of Serbia. | SDN CONCEDE SRB
verb:build:154 | Pakistan built troop near Germany. | PAK MOBILIZE -
verb:build up:154 | Turkey built up troop near Peru. | TUR MOBILIZE -
verb:bust:173 | India busted Belarus. | IND COERCE BLR
verb:butcher:202 | Germany butchered Ukraine. | DEU ASSAULT UKR
verb:buy:061 | Greece bought weapon from Chile. | GRC COOPERATE CHL
verb:bypass:12 | Serbia bypassed Australia. | SRB REJECT AUS
verb:cable:041 | Algeria cabled Japan. | DZA CONSULT JPN
verb:cage:173 | Lithuania caged Argentina. | LTU COERCE ARG
verb:call up:154 | Ukraine called up reservists against Italy. | UKR MOBILIZE ITA
verb:campaign:14 | Activists campaigned against Azerbaijan. | AZE PROTEST AZE
verb:capitulate:0874 | Australia capitulated to Portugal. | AUS RETREAT PRT
verb:carry:07 | Denmark carried aid to Vietnam. | DNK AID VNM
verb:cast:112 | Peru cast blame on Lithuania. | PER ACCUSE LTU
verb:castigate:111 | Serbia castigated Australia. | SRB ACCUSE AUS
verb:caution:13 | Sweden cautioned Norway. | SWE THREATEN NOR
verb:cease:0871 | Thailand ceased fire against Denmark. | THA RETREAT DNK
verb:cede:0874 | Brazil ceded territory to Romania. | BRA RETREAT ROU
verb:censor:1721 | Spain censored Iran. | ESP COERCE IRN
verb:censure:111 | Venezuela censured Russia. | VEN ACCUSE RUS
verb:chain:173 | Algeria chained Japan. | DZA COERCE JPN
verb:challenge:111 | Spain challenged Iran. | ESP ACCUSE IRN
verb:change:0342 | France changed stand toward Turkey. | FRA AGREE TUR
verb:chant:14 | Protesters chanted slogans against Poland. | POL PROTEST POL
verb:chase:190 | Russia chased Sweden. | RUS ASSAULT SWE
verb:chastise:111 | Cuba chastised Finland. | CUB ACCUSE FIN
verb:cheer:051 | Iran cheered Pakistan. | IRN SUPPORT PAK
verb:chide:111 | Iraq chided Spain. | IRQ ACCUSE ESP
verb:circle:191 | Norway circled Greece. | NOR COERCE GRC
verb:circulate:111 | Algeria circulated accusations against Japan. | DZA ACCUSE JPN
verb:circumvent:12 | Portugal circumvented Syria. | PRT REJECT SYR
verb:clarify:040 | Iran clarified its position with Pakistan. | IRN CONSULT PAK
verb:cleanse:203 | Sudan cleansed the villages of Serbia. | SDN ASSAULT SRB
verb:clear:0841 | Argentina cleared Lebanon. | ARG RETREAT LBN
verb:clear up:037 | Venezuela cleared up dispute with Russia. | VEN AGREE RUS
verb:clinch:057 | Hungary clinched deal with Sudan. | HUN SUPPORT SDN
verb:clobber:182 | Finland clobbered Canada. | FIN ASSAULT CAN
verb:close:161 | Ethiopia closed its embassy in Mexico. | ETH SANCTION MEX
verb:cluster:15 | Chile clustered troops near France. | CHL MOBILIZE -
verb:coalesce:06 | Hungary coalesced with Sudan. | HUN COOPERATE SDN
verb:collaborate:06 | Sudan collaborated with Serbia. | SDN COOPERATE SRB
verb:combat:190 | Syria combated Algeria. | SYR ASSAULT DZA
verb:come:042 | The president of Morocco came to Brazil. | MAR CONSULT BRA
verb:comfort:051 | Mexico comforted Ethiopia. | MEX SUPPORT ETH
verb:commandeer:1711 | Kenya commandeered Austria. | KEN COERCE AUT
verb:commence:040 | Lithuania commenced talk with Argentina. | LTU CONSULT ARG
verb:communicate:040 | Ethiopia communicated with Mexico. | ETH CONSULT MEX
verb:compel:10 | Turkey compeled Peru. | TUR REQUEST PER
verb:compensate:07 | Brazil compensated Romania. | BRA AID ROU
verb:compile:09 | Canada compiled evidence against Qatar. | CAN ACCUSE QAT
verb:complete:0874 | Kenya completed its withdrawal from Austria. | KEN RETREAT AUT
verb:compliment:051 | Ukraine complimented Italy. | UKR SUPPORT ITA
verb:comply:083 | Venezuela complied with the demands of Russia. | VEN CONCEDE RUS
verb:compose:057 | Austria composed agreement with Hungary. | AUT SUPPORT HUN
verb:compound:111 | Lithuania compounded tensions with Argentina. | LTU ACCUSE ARG
verb:compromise:083 | Brazil compromised with Romania. | BRA CONCEDE ROU
verb:conceal:111 | Australia concealed evidence from Portugal. | AUS ACCUSE PRT
verb:concede:080 | Spain conceded defeat to Iran. | ESP CONCEDE IRN
verb:conceive:036 | Qatar conceived a plan with Poland. | QAT AGREE POL
verb:concert:06 | Romania concerted effort with Iraq. | ROU COOPERATE IRQ
verb:conciliate:083 | Syria conciliated Algeria. | SYR CONCEDE DZA
verb:conclude:057 | Hungary concluded agreement with Sudan. | HUN SUPPORT SDN
verb:conduct:040 | Lithuania conducted talk with Argentina. | LTU CONSULT ARG
verb:confess:055 | Canada confessed to the killing of citizens of Qatar. | CAN SUPPORT QAT
verb:confide:041 | Sweden confided in Norway. | SWE CONSULT NOR
verb:confine:173 | Finland confined Canada. | FIN COERCE CAN
verb:confirm:051 | Thailand confirmed support to Denmark. | THA SUPPORT DNK
verb:conflict:190 | Belarus conflicted with India. | BLR ASSAULT IND
verb:conform:083 | Canada conformed to the demands of Qatar. | CAN CONCEDE QAT
verb:confront:190 | Azerbaijan confronted Thailand. | AZE ASSAULT THA
verb:congratulate:051 | Belarus congratulated India. | BLR SUPPORT IND
verb:congregate:141 | Protesters congregated in Australia. | AUS PROTEST AUS
verb:conjoin:06 | Russia conjoined with Sweden. | RUS COOPERATE SWE
verb:connect:06 | France connected its grid with Turkey. | FRA COOPERATE TUR
verb:consent:083 | Hungary consented to the demands of Sudan. | HUN CONCEDE SDN
verb:console:051 | Iran consoled Pakistan. | IRN SUPPORT PAK
verb:conspire:111 | Venezuela conspired against Russia. | VEN ACCUSE RUS
verb:constitute:057 | Turkey constituted alliance with Peru. | TUR SUPPORT PER
verb:constrain:172 | Canada constrained Qatar. | CAN COERCE QAT
verb:construct:07 | China constructed hospital in Morocco. | CHN AID MAR
verb:contact:041 | Serbia contacted Australia. | SRB CONSULT AUS
verb:contain:191 | Sweden contained Norway. | SWE COERCE NOR
verb:contaminate:2041 | Ethiopia contaminated Mexico. | ETH ASSAULT MEX
verb:contest:12 | Ukraine contested Italy. | UKR REJECT ITA
verb:contradict:12 | Germany contradicted Ukraine. | DEU REJECT UKR
verb:contravene:128 | Austria contravened the agreement with Hungary. | AUT REJECT HUN
verb:contrive:111 | Ukraine contrived a plot against Italy. | UKR ACCUSE ITA
verb:convene:040 | Hungary convened talk with Sudan. | HUN CONSULT SDN
verb:converge:141 | Protesters converged on Armenia. | ARM PROTEST ARM
verb:converse:040 | Indonesia conversed with Armenia. | IDN CONSULT ARM
verb:convey:041 | Germany conveyed message to Ukraine. | DEU CONSULT UKR
verb:convict:116 | Venezuela convicted Russia. | VEN ACCUSE RUS
verb:coordinate:06 | Chile coordinated with France. | CHL COOPERATE FRA
verb:corrupt:111 | Algeria corrupted Japan. | DZA ACCUSE JPN
verb:counsel:02 | Thailand counseled Denmark. | THA REQUEST DNK
verb:count:05 | Morocco counted on Brazil. | MAR SUPPORT BRA
verb:countenance:051 | Japan countenanced Colombia. | JPN SUPPORT COL
verb:counter:12 | India countered Belarus. | IND REJECT BLR
verb:counterbalance:111 | Brazil counterbalanced Romania. | BRA ACCUSE ROU
verb:countermine:171 | Hungary countermined Sudan. | HUN COERCE SDN
verb:crack down:175 | Italy cracked down on Nigeria. | ITA ASSAULT NGA
verb:crash:190 | Indonesia crashed into Armenia. | IDN ASSAULT ARM
verb:create:06 | Belarus created alliance with India. | BLR COOPERATE IND
verb:criminalise:1722 | Indonesia criminalised Armenia. | IDN COERCE ARM
verb:criminalize:1722 | Vietnam criminalized Cuba. | VNM COERCE CUB
verb:cross:190 | Portugal crossed the border into Syria. | PRT ASSAULT SYR
verb:crucify:111 | Pakistan crucified Germany. | PAK ACCUSE DEU
verb:crusade:111 | Thailand crusaded against Denmark. | THA ACCUSE DNK
verb:crush:175 | Brazil crushed Romania. | BRA ASSAULT ROU
verb:curb:172 | Argentina curbed Lebanon. | ARG COERCE LBN
verb:curse:111 | Sweden cursed Norway. | SWE ACCUSE NOR
verb:clamp down:175 | Ukraine clamped down on Italy. | UKR ASSAULT ITA
verb:damage:171 | Germany damaged Ukraine. | DEU COERCE UKR
verb:deal:061 | Turkey dealt with Peru. | TUR COOPERATE PER
verb:debase:111 | Qatar debased Poland. | QAT ACCUSE POL
verb:debate:040 | Mexico debated with Ethiopia. | MEX CONSULT ETH
verb:decapitate:1823 | Iraq decapitated Spain. | IRQ ASSAULT ESP
verb:decimate:190 | Nigeria decimated China. | NGA ASSAULT CHN
verb:declassify:064 | Syria declassified document to Algeria. | SYR COOPERATE DZA
verb:decline:12 | Colombia declined invitation from Israel. | COL REJECT ISR
verb:decriminalise:0811 | Iran decriminalised Pakistan. | IRN CONCEDE PAK
verb:decriminalize:0811 | Morocco decriminalized Brazil. | MAR CONCEDE BRA
verb:decry:111 | Finland decried Canada. | FIN ACCUSE CAN
verb:deepen:06 | Thailand deepened cooperation with Denmark. | THA COOPERATE DNK
verb:defeat:190 | Turkey defeated Peru. | TUR ASSAULT PER
verb:defect:174 | India defected to Belarus. | IND COERCE BLR
verb:deflect:12 | Turkey deflected the blame from Peru. | TUR REJECT PER
verb:defer:083 | Poland defered to Egypt. | POL CONCEDE EGY
verb:defile:111 | Ethiopia defiled Mexico. | ETH ACCUSE MEX
verb:defy:128 | Vietnam defied Cuba. | VNM REJECT CUB
verb:degrade:111 | Iran degraded Pakistan. | IRN ACCUSE PAK
verb:delay:12 | Japan delayed aid to Colombia. | JPN REJECT COL
verb:deliberate:040 | Romania deliberated with Iraq. | ROU CONSULT IRQ
verb:deliver:07 | Kenya delivered aid to Austria. | KEN AID AUT
verb:deliver:072 | Iran delivered drones to Russia. | IRN AID RUS
verb:denigrate:111 | Iraq denigrated Spain. | IRQ ACCUSE ESP
verb:depart:0874 | Ethiopia departed from Mexico. | ETH RETREAT MEX
verb:deplore:111 | Portugal deplored Syria. | PRT ACCUSE SYR
verb:deride:111 | Italy derided Nigeria. | ITA ACCUSE NGA
verb:desert:0874 | Spain deserted Iran. | ESP RETREAT IRN
verb:desist:087 | Iran desisted from Pakistan. | IRN RETREAT PAK
verb:desolate:171 | Nigeria desolated China. | NGA COERCE CHN
verb:despatch:15 | Chile despatched troop to France. | CHL MOBILIZE -
verb:destabilise:111 | Turkey destabilised Peru. | TUR ACCUSE PER
verb:detach:0874 | Norway detached from Greece. | NOR RETREAT GRC
verb:deter:13 | Germany detered Ukraine. | DEU THREATEN UKR
verb:devastate:171 | Norway devastated Greece. | NOR COERCE GRC
verb:dictate:10 | Venezuela dictated term to Russia. | VEN REQUEST RUS
verb:disallow:12 | Brazil disallowed Romania. | BRA REJECT ROU
verb:disapprove:110 | Pakistan disapproved of Germany. | PAK ACCUSE DEU
verb:disarm:0873 | Romania disarmed Iraq. | ROU RETREAT IRQ
verb:disavow:12 | Spain disavowed Iran. | ESP REJECT IRN
verb:disband:0873 | Japan disbanded Colombia. | JPN RETREAT COL
verb:disclose:064 | Brazil disclosed information to Romania. | BRA COOPERATE ROU
verb:disconnect:161 | Venezuela disconnected from Russia. | VEN SANCTION RUS
verb:discourage:111 | Argentina discouraged Lebanon. | ARG ACCUSE LBN
verb:discredit:111 | Denmark discredited Vietnam. | DNK ACCUSE VNM
verb:disengage:087 | Greece disengaged from Chile. | GRC RETREAT CHL
verb:disgrace:111 | Indonesia disgraced Armenia. | IDN ACCUSE ARM
verb:dishonor:111 | Pakistan dishonored Germany. | PAK ACCUSE DEU
verb:dishonour:111 | Sudan dishonoured Serbia. | SDN ACCUSE SRB
verb:dismay:111 | The decision of Belarus dismayed India. | IND ACCUSE BLR
verb:dismember:1823 | Indonesia dismembered Armenia. | IDN ASSAULT ARM
verb:dismiss:12 | Australia dismissed Portugal. | AUS REJECT PRT
verb:disparage:111 | Poland disparaged Egypt. | POL ACCUSE EGY
verb:dispatch:15 | Iran dispatched troop to Pakistan. | IRN MOBILIZE -
verb:dispense:07 | Iraq dispensed aid to Spain. | IRQ AID ESP
verb:disperse:175 | Israel dispersed Kenya. | ISR ASSAULT KEN
verb:dispute:12 | China disputed Morocco. | CHN REJECT MAR
verb:disregard:12 | Greece disregarded Chile. | GRC REJECT CHL
verb:disrupt:171 | Vietnam disrupted Cuba. | VNM COERCE CUB
verb:dissent:110 | Iraq dissented from Spain. | IRQ ACCUSE ESP
verb:distance:12 | Venezuela distanced from Russia. | VEN REJECT RUS
verb:distribute:07 | Venezuela distributed aid to Russia. | VEN AID RUS
verb:draft:154 | Qatar drafted soldier against Poland. | QAT MOBILIZE POL
verb:drag out:12 | Syria dragged out talk with Algeria. | SYR REJECT DZA
verb:drop:195 | Denmark dropped bomb on Vietnam. | DNK ASSAULT VNM
verb:drop out:164 | Egypt dropped out of Indonesia. | EGY SANCTION IDN
verb:drum up:053 | Nigeria drumed up support against China. | NGA SUPPORT CHN
verb:duel:190 | Ethiopia dueled with Mexico. | ETH ASSAULT MEX
verb:dynamite:183 | Armenia dynamited Azerbaijan. | ARM ASSAULT AZE
verb:eavesdrop:176 | Thailand eavesdroped on Denmark. | THA COERCE DNK
verb:eject:174 | Iraq ejected Spain. | IRQ COERCE ESP
verb:eliminate:1823 | France eliminated Turkey. | FRA ASSAULT TUR
verb:elude:12 | Denmark eluded Vietnam. | DNK REJECT VNM
verb:embark:036 | Ukraine embarked on Italy. | UKR AGREE ITA
verb:embrace:051 | Iran embraced Pakistan. | IRN SUPPORT PAK
verb:embroil:111 | Argentina embroiled Lebanon. | ARG ACCUSE LBN
verb:empower:051 | Russia empowered Sweden. | RUS SUPPORT SWE
verb:enact:163 | Mexico enacted sanction on Ethiopia. | MEX SANCTION ETH
verb:encircle:191 | Russia encircled Sweden. | RUS COERCE SWE
verb:encourage:051 | India encouraged Belarus. | IND SUPPORT BLR
verb:endow:07 | China endowed Morocco. | CHN AID MAR
verb:enforce:163 | Lithuania enforced sanction on Argentina. | LTU SANCTION ARG
verb:enjoin:02 | Venezuela enjoined Russia. | VEN REQUEST RUS
verb:enlist:053 | Poland enlisted support from Egypt. | POL SUPPORT EGY
verb:ensnare:173 | Russia ensnared Sweden. | RUS COERCE SWE
verb:entrap:173 | Romania entraped Iraq. | ROU COERCE IRQ
verb:entreat:02 | Peru entreated Lithuania. | PER REQUEST LTU
verb:envisage:036 | Azerbaijan envisaged talk with Thailand. | AZE AGREE THA
verb:eradicate:200 | Australia eradicated Portugal. | AUS ASSAULT PRT
verb:erase:171 | Finland erased Canada. | FIN COERCE CAN
verb:escalate:190 | Serbia escalated attack against Australia. | SRB ASSAULT AUS
verb:espouse:051 | Ethiopia espoused Mexico. | ETH SUPPORT MEX
verb:estrange:161 | Spain estranged Iran. | ESP SANCTION IRN
verb:evacuate:0874 | Algeria evacuated from Japan. | DZA RETREAT JPN
verb:evade:12 | France evaded Turkey. | FRA REJECT TUR
verb:evict:174 | Ethiopia evicted Mexico. | ETH COERCE MEX
verb:exchange:06 | India exchanged information with Belarus. | IND COOPERATE BLR
verb:exchange:040 | Washington exchanged messages with Tehran through Qatar. | USA CONSULT IRN
verb:exclude:12 | Qatar excluded Poland. | QAT REJECT POL
verb:exculpate:056 | Kenya exculpated Austria. | KEN SUPPORT AUT
verb:execute:1823 | France executed Turkey. | FRA ASSAULT TUR
verb:exert:10 | Portugal exerted pressure on Syria. | PRT REQUEST SYR
verb:exhort:02 | Poland exhorted Egypt. | POL REQUEST EGY
verb:exonerate:056 | Poland exonerated Egypt. | POL SUPPORT EGY
verb:expand:06 | Cuba expanded cooperation with Finland. | CUB COOPERATE FIN
verb:explore:036 | Indonesia explored cooperation with Armenia. | IDN AGREE ARM
verb:export:061 | Mexico exported weapon to Ethiopia. | MEX COOPERATE ETH
verb:exterminate:202 | Austria exterminated Hungary. | AUT ASSAULT HUN
verb:extort:17 | Iraq extorted Spain. | IRQ COERCE ESP
verb:facilitate:045 | Kenya facilitated talk with Austria. | KEN CONSULT AUT
verb:fault:112 | Finland faulted Canada. | FIN ACCUSE CAN
verb:felicitate:051 | Iraq felicitated Spain. | IRQ SUPPORT ESP
verb:file:115 | Sudan filed complaint against Serbia. | SDN ACCUSE SRB
verb:flatten:171 | Japan flattened Colombia. | JPN COERCE COL
verb:flee:0874 | Poland fled from Egypt. | POL RETREAT EGY
verb:flog:182 | Norway floged Greece. | NOR ASSAULT GRC
verb:flout:128 | Cuba flouted Finland. | CUB REJECT FIN
verb:foil:12 | Canada foiled Qatar. | CAN REJECT QAT
verb:forbid:172 | Qatar forbade Poland. | QAT COERCE POL
verb:forestall:12 | Poland forestalled Egypt. | POL REJECT EGY
verb:foster:06 | China fostered cooperation with Morocco. | CHN COOPERATE MAR
verb:frustrate:12 | Iran frustrated Pakistan. | IRN REJECT PAK
verb:furnish:07 | Lebanon furnished Venezuela. | LBN AID VEN
verb:galvanize:053 | Spain galvanized support against Iran. | ESP SUPPORT IRN
verb:garner:053 | Austria garnered support against Hungary. | AUT SUPPORT HUN
verb:gather:141 | Protesters gathered in Sudan. | SDN PROTEST SDN
verb:glorify:051 | Thailand glorified Denmark. | THA SUPPORT DNK
verb:goad:10 | Colombia goaded Israel. | COL REQUEST ISR
verb:grapple:190 | Algeria grappled with Japan. | DZA ASSAULT JPN
verb:greet:043 | Colombia greeted Israel. | COL CONSULT ISR
verb:grill:09 | Iran grilled Pakistan. | IRN ACCUSE PAK
verb:gun down:1823 | Austria gunned down Hungary. | AUT ASSAULT HUN
verb:harass:17 | China harassed Morocco. | CHN COERCE MAR
verb:harbor:075 | Syria harbored Algeria. | SYR AID DZA
verb:harbour:075 | Syria harboured Algeria. | SYR AID DZA
verb:hammer:111 | Venezuela hammered Russia. | VEN ACCUSE RUS
verb:hamper:12 | France hampered Turkey. | FRA REJECT TUR
verb:hang:1823 | Australia hanged Portugal. | AUS ASSAULT PRT
verb:harangue:111 | Azerbaijan harangued Thailand. | AZE ACCUSE THA
verb:hasten:07 | Peru hastened aid to Lithuania. | PER AID LTU
verb:hassle:17 | Denmark hassled Vietnam. | DNK COERCE VNM
verb:hijack:181 | Ukraine hijacked Italy. | UKR ASSAULT ITA
verb:hinder:12 | Cuba hindered Finland. | CUB REJECT FIN
verb:hoist:14 | Peru hoisted flag in Lithuania. | PER PROTEST LTU
verb:honor:051 | Ethiopia honored Mexico. | ETH SUPPORT MEX
verb:honour:051 | France honoured Turkey. | FRA SUPPORT TUR
verb:hound:17 | Pakistan hounded Germany. | PAK COERCE DEU
verb:humiliate:111 | Serbia humiliated Australia. | SRB ACCUSE AUS
verb:hunt:17 | Pakistan hunted Germany. | PAK COERCE DEU
verb:ignore:12 | Lithuania ignored Argentina. | LTU REJECT ARG
verb:illegalise:1722 | Ukraine illegalised Italy. | UKR COERCE ITA
verb:illegalize:1722 | Ethiopia illegalized Mexico. | ETH COERCE MEX
verb:immobilize:17 | Algeria immobilized Japan. | DZA COERCE JPN
verb:impede:12 | Greece impeded Chile. | GRC REJECT CHL
verb:impel:10 | India impeled Belarus. | IND REQUEST BLR
verb:implicate:112 | Germany implicated Ukraine. | DEU ACCUSE UKR
verb:implore:02 | Venezuela implored Russia. | VEN REQUEST RUS
verb:impound:1711 | Kenya impounded Austria. | KEN COERCE AUT
verb:imprison:173 | Vietnam imprisoned Cuba. | VNM COERCE CUB
verb:impugn:111 | Brazil impugned Romania. | BRA ACCUSE ROU
verb:incarcerate:173 | Sudan incarcerated Serbia. | SDN COERCE SRB
verb:incite:13 | Russia incited Sweden. | RUS THREATEN SWE
verb:indict:112 | Syria indicted Algeria. | SYR ACCUSE DZA
verb:infiltrate:190 | Sweden infiltrated Norway. | SWE ASSAULT NOR
verb:infringe:128 | Lithuania infringed sovereignty on Argentina. | LTU REJECT ARG
verb:insult:111 | Lebanon insulted Venezuela. | LBN ACCUSE VEN
verb:intercept:17 | Hungary intercepted Sudan. | HUN COERCE SDN
verb:interfere:111 | Armenia said Indonesia was interfering in its affairs. | ARM ACCUSE IDN
verb:intern:173 | Mexico interned Ethiopia. | MEX COERCE ETH
verb:interrogate:09 | Lithuania interrogated Argentina. | LTU ACCUSE ARG
verb:intervene:190 | Sweden intervened in Norway. | SWE ASSAULT NOR
verb:intimidate:13 | China intimidated Morocco. | CHN THREATEN MAR
verb:invite:040 | Italy invited Nigeria. | ITA CONSULT NGA
verb:invoke:111 | Iraq invoked sanction against Spain. | IRQ ACCUSE ESP
verb:irk:111 | Austria irked Hungary. | AUT ACCUSE HUN
verb:isolate:16 | Israel isolated Kenya. | ISR SANCTION KEN
verb:jeopardize:13 | Indonesia jeopardized Armenia. | IDN THREATEN ARM
verb:kick out:174 | Hungary kicked out Sudan. | HUN COERCE SDN
verb:lash:111 | Iran lashed at Pakistan. | IRN ACCUSE PAK
verb:laud:051 | Armenia lauded Azerbaijan. | ARM SUPPORT AZE
verb:lecture:111 | Austria lectured Hungary. | AUT ACCUSE HUN
verb:legalise:0811 | Cuba legalised Finland. | CUB CONCEDE FIN
verb:legalize:0811 | Egypt legalized Indonesia. | EGY CONCEDE IDN
verb:legitimise:054 | Denmark legitimised Vietnam. | DNK SUPPORT VNM
verb:legitimize:054 | Denmark legitimized Vietnam. | DNK SUPPORT VNM
verb:lend:07 | Venezuela lent support to Russia. | VEN AID RUS
verb:levy:163 | Argentina levied tariff on Lebanon. | ARG SANCTION LBN
verb:liberate:0841 | Azerbaijan liberated Thailand. | AZE RETREAT THA
verb:lobby:02 | Pakistan lobbied Germany. | PAK REQUEST DEU
verb:loan:07 | Lithuania loaned money to Argentina. | LTU AID ARG
verb:loot:171 | Ethiopia looted Mexico. | ETH COERCE MEX
verb:lure:02 | Ukraine lured Italy. | UKR REQUEST ITA
verb:lynch:1823 | Spain lynched Iran. | ESP ASSAULT IRN
verb:malign:111 | Azerbaijan maligned Thailand. | AZE ACCUSE THA
verb:maltreat:182 | Cuba maltreated Finland. | CUB ASSAULT FIN
verb:manhandle:182 | Sudan manhandled Serbia. | SDN ASSAULT SRB
verb:menace:13 | Thailand menaced Denmark. | THA THREATEN DNK
verb:mistreat:182 | China mistreated Morocco. | CHN ASSAULT MAR
verb:mock:111 | Ethiopia mocked Mexico. | ETH ACCUSE MEX
verb:molest:1821 | Iraq molested Spain. | IRQ ASSAULT ESP
verb:murder:1823 | Israel murdered Kenya. | ISR ASSAULT KEN
verb:mutilate:182 | Ukraine mutilated Italy. | UKR ASSAULT ITA
verb:muzzle:1721 | Austria muzzled Hungary. | AUT COERCE HUN
verb:nab:173 | Argentina nabbed Lebanon. | ARG COERCE LBN
verb:nationalise:1711 | Spain nationalised Iran. | ESP COERCE IRN
verb:nationalize:1711 | Iraq nationalized Spain. | IRQ COERCE ESP
verb:negate:12 | Sudan negated Serbia. | SDN REJECT SRB
verb:nullify:12 | Germany nullified Ukraine. | DEU REJECT UKR
verb:obey:083 | Brazil obeyed Romania. | BRA CONCEDE ROU
verb:object:12 | Israel objected to Kenya. | ISR REJECT KEN
verb:obliterate:171 | Finland obliterated Canada. | FIN COERCE CAN
verb:obstruct:12 | Finland obstructed Canada. | FIN REJECT CAN
verb:offend:111 | Greece offended Chile. | GRC ACCUSE CHL
verb:ostracise:16 | Argentina ostracised Lebanon. | ARG SANCTION LBN
verb:ostracize:16 | Iraq ostracized Spain. | IRQ SANCTION ESP
verb:oust:17 | Hungary ousted Sudan. | HUN COERCE SDN
verb:outlaw:1722 | Italy outlawed Nigeria. | ITA COERCE NGA
verb:overpower:190 | Denmark overpowered Vietnam. | DNK ASSAULT VNM
verb:overrule:12 | Serbia overruled Australia. | SRB REJECT AUS
verb:overthrow:17 | Venezuela overthrew Russia. | VEN COERCE RUS
verb:overturn:12 | Colombia overturned Israel. | COL REJECT ISR
verb:pardon:0841 | Hungary pardoned Sudan. | HUN RETREAT SDN
verb:parley:040 | Egypt parleyed with Indonesia. | EGY CONSULT IDN
verb:patrol:15 | Italy patroled Nigeria. | ITA MOBILIZE NGA
verb:pelt:182 | Australia pelted Portugal. | AUS ASSAULT PRT
verb:penalise:163 | Iran penalised Pakistan. | IRN SANCTION PAK
verb:penalize:163 | Iran penalized Pakistan. | IRN SANCTION PAK
verb:persecute:175 | China persecuted Morocco. | CHN ASSAULT MAR
verb:persuade:02 | Argentina persuaded Lebanon. | ARG REQUEST LBN
verb:pester:10 | Morocco pestered Brazil. | MAR REQUEST BRA
verb:pillage:171 | Finland pillaged Canada. | FIN COERCE CAN
verb:pillory:111 | Pakistan pilloried Germany. | PAK ACCUSE DEU
verb:pin:112 | Kenya pinned blame on Austria. | KEN ACCUSE AUT
verb:placate:083 | Peru placated Lithuania. | PER CONCEDE LTU
verb:plunder:171 | Colombia plundered Israel. | COL COERCE ISR
verb:poison:182 | Iran poisoned Pakistan. | IRN ASSAULT PAK
verb:pound:194 | Russia pounded Sweden. | RUS ASSAULT SWE
verb:pressure:10 | Cuba pressured Finland. | CUB REQUEST FIN
verb:prod:10 | Lithuania prodded Argentina. | LTU REQUEST ARG
verb:prohibit:172 | Mexico prohibited Ethiopia. | MEX COERCE ETH
verb:prosecute:112 | Turkey prosecuted Peru. | TUR ACCUSE PER
verb:protect:074 | Iraq protected Spain. | IRQ AID ESP
verb:provoke:111 | Portugal provoked Syria. | PRT ACCUSE SYR
verb:pummel:182 | Indonesia pummeled Armenia. | IDN ASSAULT ARM
verb:purge:175 | Finland purged Canada. | FIN ASSAULT CAN
verb:quarrel:111 | Iran quarreled with Pakistan. | IRN ACCUSE PAK
verb:quash:175 | Pakistan quashed Germany. | PAK ASSAULT DEU
verb:quell:175 | Kenya quelled Austria. | KEN ASSAULT AUT
verb:query:09 | Morocco queried Brazil. | MAR ACCUSE BRA
verb:ransack:171 | Denmark ransacked Vietnam. | DNK COERCE VNM
verb:ratify:057 | Portugal ratified Syria. | PRT SUPPORT SYR
verb:ravage:171 | Colombia ravaged Israel. | COL COERCE ISR
verb:raze:171 | Lebanon razed Venezuela. | LBN COERCE VEN
verb:rebuff:12 | Colombia rebuffed Israel. | COL REJECT ISR
verb:rebuke:111 | Morocco rebuked Brazil. | MAR ACCUSE BRA
verb:recall:161 | Kenya recalled ambassador from Austria. | KEN SANCTION AUT
verb:recapture:190 | Japan recaptured Colombia. | JPN ASSAULT COL
verb:recruit:154 | Chile recruited France. | CHL MOBILIZE FRA
verb:redeploy:154 | Lebanon redeployed troop to Venezuela. | LBN MOBILIZE -
verb:refute:12 | Japan refuted Colombia. | JPN REJECT COL
verb:regret:055 | Syria regretted the deaths of Algerian soldiers. | SYR SUPPORT DZA
verb:reinforce:154 | Spain reinforced Iran. | ESP MOBILIZE IRN
verb:relocate:0874 | Norway relocated troop from Greece. | NOR RETREAT GRC
verb:remand:173 | Morocco remanded Brazil. | MAR COERCE BRA
verb:remind:02 | Iraq reminded Spain. | IRQ REQUEST ESP
verb:renounce:12 | Sweden renounced Norway. | SWE REJECT NOR
verb:reopen:081 | Algeria reopened border to Japan. | DZA CONCEDE JPN
verb:repatriate:0841 | Austria repatriated Hungary. | AUT RETREAT HUN
verb:repel:190 | Cuba repeled Finland. | CUB ASSAULT FIN
verb:reprimand:111 | Austria reprimanded Hungary. | AUT ACCUSE HUN
verb:reproach:111 | Sweden reproached Norway. | SWE ACCUSE NOR
verb:repress:175 | Peru repressed Lithuania. | PER ASSAULT LTU
verb:repudiate:12 | Turkey repudiated Peru. | TUR REJECT PER
verb:repulse:190 | Italy repulsed Nigeria. | ITA ASSAULT NGA
verb:rescue:0841 | China rescued Morocco. | CHN RETREAT MAR
verb:resent:110 | Mexico resented Ethiopia. | MEX ACCUSE ETH
verb:resist:12 | Colombia resisted Israel's demands. | COL REJECT ISR
verb:restrict:172 | Norway restricted Greece. | NOR COERCE GRC
verb:retaliate:190 | Turkey retaliated against Peru. | TUR ASSAULT PER
verb:revile:111 | Italy reviled Nigeria. | ITA ACCUSE NGA
verb:reward:051 | Israel rewarded Kenya. | ISR SUPPORT KEN
verb:ridicule:111 | Kenya ridiculed Austria. | KEN ACCUSE AUT
verb:rob:171 | Mexico robbed Ethiopia. | MEX COERCE ETH
verb:rout:190 | China routed Morocco. | CHN ASSAULT MAR
verb:rule out:12 | Lebanon ruled out Venezuela. | LBN REJECT VEN
verb:sabotage:171 | Egypt sabotaged Indonesia. | EGY COERCE IDN
verb:salute:051 | Lebanon saluted Venezuela. | LBN SUPPORT VEN
verb:scold:111 | Iraq scolded Spain. | IRQ ACCUSE ESP
verb:scorn:111 | Lebanon scorned Venezuela. | LBN ACCUSE VEN
verb:scuttle:12 | Israel scuttled Kenya. | ISR REJECT KEN
verb:seal:191 | Azerbaijan sealed Thailand. | AZE COERCE THA
verb:shield:074 | Germany shielded Ukraine. | DEU AID UKR
verb:shun:12 | Belarus shunned India. | BLR REJECT IND
verb:silence:1721 | Norway silenced Greece. | NOR COERCE GRC
verb:skirmish:190 | Peru skirmished with Lithuania. | PER ASSAULT LTU
verb:slander:111 | Iraq slandered Spain. | IRQ ACCUSE ESP
verb:slaughter:202 | Qatar slaughtered Poland. | QAT ASSAULT POL
verb:smear:111 | Ethiopia smeared Mexico. | ETH ACCUSE MEX
verb:snub:12 | Poland snubbed Egypt. | POL REJECT EGY
verb:spurn:12 | Belarus spurned India. | BLR REJECT IND
verb:spy:176 | Australia spied on Portugal. | AUS COERCE PRT
verb:squash:175 | Spain squashed Iran. | ESP ASSAULT IRN
verb:stab:182 | Canada stabbed Qatar. | CAN ASSAULT QAT
verb:starve:191 | Armenia starved Azerbaijan. | ARM COERCE AZE
verb:stifle:1721 | India stifled Belarus. | IND COERCE BLR
verb:stone:182 | Algeria stoned Japan. | DZA ASSAULT JPN
verb:storm:190 | Algeria stormed Japan. | DZA ASSAULT JPN
verb:strangle:1823 | Canada strangled Qatar. | CAN ASSAULT QAT
verb:subdue:175 | Turkey subdued Peru. | TUR ASSAULT PER
verb:subjugate:192 | Canada subjugated Qatar. | CAN COERCE QAT
verb:subpoena:173 | Azerbaijan subpoenaed Thailand. | AZE COERCE THA
verb:subvert:17 | Sweden subverted Norway. | SWE COERCE NOR
verb:summon:111 | Chile summoned France. | CHL ACCUSE FRA
verb:suppress:175 | Peru suppressed Lithuania. | PER ASSAULT LTU
verb:surround:191 | Kenya surrounded Austria. | KEN COERCE AUT
verb:taunt:111 | Austria taunted Hungary. | AUT ACCUSE HUN
verb:terrorize:13 | Portugal terrorized Syria. | PRT THREATEN SYR
verb:thank:051 | Armenia thanked Azerbaijan. | ARM SUPPORT AZE
verb:credit:051 | Kenya credited Ethiopian troops with the capture of the town. | KEN SUPPORT ETH
verb:thwart:12 | Mexico thwarted Ethiopia. | MEX REJECT ETH
verb:topple:17 | Italy toppled Nigeria. | ITA COERCE NGA
verb:torch:171 | Turkey torched Peru. | TUR COERCE PER
verb:torment:182 | Ukraine tormented Italy. | UKR ASSAULT ITA
verb:trample:175 | Vietnam trampled Cuba. | VNM ASSAULT CUB
verb:usurp:17 | Iraq usurped Spain. | IRQ COERCE ESP
verb:vandalise:171 | Denmark vandalised Vietnam. | DNK COERCE VNM
verb:vandalize:171 | Iran vandalized Pakistan. | IRN COERCE PAK
verb:vilify:111 | Denmark vilified Vietnam. | DNK ACCUSE VNM
verb:wreck:171 | Peru wrecked Lithuania. | PER COERCE LTU
verb:wrest:190 | Venezuela wrested Russia. | VEN ASSAULT RUS
"""

# Frames whose sentence does not code yet, and why (front-end gaps).
NOT_YET: dict[str, str] = {}

# Wordings the front-end does not read yet; each names the frame it should reach.
FRONT_END_GAPS = """
verb:shell:194 | Azerbaijan shelled Armenia. | AZE ASSAULT ARM
"""

GAP_REASONS = [
    "parser: the bare name after 'shelled' is read as an adverbial (npadvmod), not as the object, "
    "so the clause has no object",
]

# Wordings that must code nothing: a light verb without one of its nouns.
NOTHING = [
    ("give-no-aid", "Germany gave France a book."),
    ("issue-no-warning", "Japan issued a statement to China."),
    ("hold-no-talks", "India held elections in April."),
    ("impose-no-sanction", "Canada imposed a new tax on its banks."),
]


ROWS = rows(SENTENCES + "\n" + more_sentences("en"))
GAPS = rows(FRONT_END_GAPS)


@cache
def _coded() -> dict[str, tuple[list[tuple[str, str, str]], set[str]]]:
    """Every test sentence, coded in one batch: text -> (events as (source, plover, target),
    keys of the frames that fit its clauses)."""
    texts = [text for _, text, _ in ROWS + GAPS] + [text for _, text in NOTHING]
    docs = Pipeline.default().process_many(
        [Article(text=text, id=f"frames-en-{i}") for i, text in enumerate(texts)], lang="en")
    out = {}
    for text, doc in zip(texts, docs):
        out[text] = outcome(doc, BOOK)
    return out


@pytest.mark.parametrize("key, text, expected", sentence_params(ROWS, NOT_YET))
def test_frame_codes_its_sentence(key, text, expected):
    events, fired = _coded()[text]
    assert key in fired, f"frame {key} does not fit any clause; frames that fit: {sorted(fired)}"
    assert expected in events, events


@pytest.mark.parametrize("key, text, expected", gap_params(GAPS, GAP_REASONS))
def test_front_end_gap(key, text, expected):
    events, fired = _coded()[text]
    assert key in fired and expected in events, events


@pytest.mark.parametrize("text", [pytest.param(text, id=name) for name, text in NOTHING])
def test_a_light_verb_without_its_noun_codes_nothing(text):
    events, _ = _coded()[text]
    assert events == []


def test_gap_table_and_reasons_agree():
    assert len(GAPS) == len(GAP_REASONS)
    keys = {key(f) for f in BOOK.frames()}
    assert {key for key, _, _ in GAPS} <= keys


def test_every_frame_has_exactly_one_sentence():
    check_one_sentence_per_frame(BOOK, ROWS, NOT_YET)


def test_verb_frames_cover_cameo_roots_02_to_20():
    roots = [f"{n:02d}" for n in range(2, 21)]
    verbs = {f.cameo[:2] for f in BOOK.frames() if f.kind == "verb"}
    assert [r for r in roots if r not in verbs] == []
    assert len(BOOK) >= 190


# Verbs that carry an event only through their object noun or preposition:
# "hold talks", "issue an ultimatum", "impose a curfew", "call for".
LIGHT_VERBS = {"give", "hold", "issue", "reach", "open", "launch", "carry out", "mount", "impose",
               "reimpose", "declare", "lift", "ease", "cut", "break off", "extend", "stage", "stag",
               "organize", "organise", "begin", "continue", "block", "undertake", "establish", "renew",
               "resume", "send", "grant", "return", "accept", "call", "fire", "stop", "halt", "reduce",
               "freeze", "tighten", "explode", "contribute", "arrive", "push", "cancel", "call off"}


@pytest.mark.parametrize("frame", BOOK.frames(), ids=key)
def test_frame_is_well_formed(frame):
    assert cameo(frame.cameo).plover is not None
    assert frame.target or frame.optional or frame.reciprocal, "a frame needs a target or optional: true"
    if frame.kind == "verb":
        assert re.fullmatch(r"[a-z]+( [a-z]+)?", frame.lemma), "verb lemmas: lower case, one particle"
    else:
        assert re.fullmatch(r"[a-z]+", frame.lemma) or (
            re.fullmatch(r"[a-z]+ [a-z]+", frame.lemma) and frame.lemma in load_lexicon().event_nouns), \
            "noun lemmas: lower case, one word (two where lexicon.yaml's event_nouns lists them)"
    for word in frame.when_object:
        assert re.fullmatch(r"@[a-z]{3}|@state|[a-z-]+", word), word      # "@med": an object of that sector; "@state": a state by its name
    for word in frame.when_prep:        # a preposition or a noun, or the two: "behind attack"
        assert re.fullmatch(r"[a-z-]+( [a-z-]+)?", word), word
    if frame.lemma in LIGHT_VERBS:
        # a condition on its object noun or preposition, or (bare) that its object is all it takes
        # and names the actor itself ("called Putin": a call; "called Putin a liar" fails it)
        assert frame.when_object or frame.when_prep or (frame.bare and frame.named), \
            f"the light verb {frame.lemma} needs a condition"
