"""English verb and noun frames (coding/data/en/frames.yaml): every frame fires on a sentence
written for it and yields the expected event.

Each row of SENTENCES names a frame as kind:lemma:cameo, a sentence, and the event it must
give as "SOURCE PLOVER TARGET" (actor codes joined by "+", "-" for no target). NOT_YET holds
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
from chronist.model import Article
from chronist.pipeline import Pipeline
from frame_tables import check_one_sentence_per_frame, gap_params, key, outcome, rows, sentence_params

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
verb:provide:07 | Canada provided Ukraine with ammunition. | CAN AID UKR
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
verb:oppose:12 | Hungary opposed Ukraine. | HUN REJECT UKR
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
verb:stag:14 | Students staged a protest against the government of Sri Lanka. | LKA PROTEST LKA
verb:stage:14 | Workers will stage a strike against the government of Nigeria. | NGA PROTEST NGA
verb:organize:14 | The opposition of Belarus organized a rally in Minsk. | BLR PROTEST BLR
verb:organise:14 | Farmers organise a march against the government of India. | IND PROTEST IND
verb:begin:14 | Teachers began a strike against the government of Kenya. | KEN PROTEST KEN
verb:continue:14 | Workers continued their strike against the government of France. | FRA PROTEST FRA
verb:block:144 | Farmers blocked roads in Poland. | POL PROTEST POL
verb:mobilize:15 | Armenia mobilized against Azerbaijan. | ARM MOBILIZE AZE
verb:mobilise:15 | Serbia mobilised against Kosovo. | SRB MOBILIZE XKX
verb:deploy:15 | Russia deployed troops to Belarus. | RUS MOBILIZE BLR
verb:impose:1723 | The Tunisian government imposed a curfew. | TUN COERCE TUN
verb:impose:1724 | Ecuador imposed a state of emergency. | ECU COERCE ECU
verb:impose:163 | Canada imposed an embargo on Venezuela. | CAN SANCTION VEN
verb:impose:191 | Israel imposed a blockade on Gaza. | ISR COERCE PSE
verb:extend:1723 | Sri Lanka extended the curfew in Colombo. | LKA COERCE LKA
verb:extend:1724 | Ethiopia extended the state of emergency. | ETH COERCE ETH
verb:sanction:16 | The United States sanctioned Iran. | USA SANCTION IRN
verb:expel:1663 | Niger expelled the ambassador of France. | NER SANCTION FRA
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
verb:carry out:19 | Israel carried out airstrikes on Syria. | ISR ASSAULT SYR
verb:retake:190 | Israeli troops are trying to retake the Gaza Strip. | ISR ASSAULT PSE
verb:retook:190 | Israeli troops retook the Gaza Strip. | ISR ASSAULT PSE
verb:capture:190 | The Taliban captured Kabul. | AFG ASSAULT AFG
verb:occupy:192 | Iraq occupied Kuwait. | IRQ COERCE KWT
noun:talk:040 | After the talk with Indonesia, Australia signed the treaty. | AUS CONSULT IDN
noun:talks:040 | The talks of China with Brazil ended on Friday. | CHN CONSULT BRA
noun:meeting:040 | The meeting of Japan with South Korea ended on Friday. | JPN CONSULT KOR
noun:summit:040 | The summit of India with Japan ended on Friday. | IND CONSULT JPN
noun:negotiation:046 | The negotiation of Serbia with Kosovo failed. | SRB CONSULT XKX
noun:negotiations:046 | Armenia's negotiations with Azerbaijan failed. | ARM CONSULT AZE
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
"""

# Frames whose sentence does not code yet, and why (front-end gaps).
NOT_YET: dict[str, str] = {}

# Wordings the front-end does not read yet; each names the frame it should reach.
FRONT_END_GAPS = """
verb:launch:09 | Britain launched an investigation into Russia. | GBR ACCUSE RUS
verb:shell:194 | Azerbaijan shelled Armenia. | AZE ASSAULT ARM
verb:push:10 | Japan pushed for North Korea to return to talks. | JPN REQUEST PRK
"""

GAP_REASONS = [
    "front-end: 'into Russia' is attached to the object noun 'investigation' only, so the verb "
    "clause 'launch' has no prep:into (with 'opened an investigation into' and 'launched a probe "
    "into' it reaches the verb)",
    "parser: the bare name after 'shelled' is read as an adverbial (npadvmod), not as the object, "
    "so the clause has no object",
    "front-end: 'push for X to do' drops the for-phrase and the clause 'return' is not linked as "
    "the complement of 'push', so when_prep [for] does not hold",
]

# Wordings that must code nothing: a light verb without one of its nouns.
NOTHING = [
    ("give-no-aid", "Germany gave France a book."),
    ("issue-no-warning", "Japan issued a statement to China."),
    ("hold-no-talks", "India held elections in April."),
    ("impose-no-sanction", "Canada imposed a new tax on its banks."),
]


ROWS = rows(SENTENCES)
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
        assert re.fullmatch(r"[a-z]+", frame.lemma), "noun lemmas: lower case, one word"
    for word in frame.when_object | frame.when_prep:
        assert re.fullmatch(r"[a-z-]+", word), word
    if frame.lemma in LIGHT_VERBS:
        assert frame.when_object or frame.when_prep, f"the light verb {frame.lemma} needs a condition"
