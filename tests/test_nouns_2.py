"""English event nouns, second batch (chronist/lang/en/frames-nouns-2.yaml) and the places a
noun's parties stand in: the "by" phrase ("the arrest of three activists by Russian police"), a
phrase the parser hangs on the noun's "of" phrase ("Morocco's severing of ties with Iran"), the
"by" phrase of a noun in another event noun's "of" phrase ("the suppression of the protests by
the police": the suppression's doer), an object put after what it is called ("denounced as a
crime Serbia's suppression of ..."). And guards: a noun only mentioned (feared, called for,
planned, doubted, remembered, called possible or unlikely) is no event the text reports. The same for German
(chronist/lang/de/frames-nouns-2.yaml)."""
from __future__ import annotations

from functools import cache

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

# sentence, an event it must give as "SOURCE CAMEO TARGET MODALITY"
CODED = [
    ("by-expulsion", "The expulsion of two Russian diplomats by Poland angered Moscow.", "POL 166 RUS asserted"),
    ("by-invasion", "The invasion of Ukraine by Russia shocked Europe.", "RUS 192 UKR asserted"),
    ("by-blockade", "The blockade of Qatar by Saudi Arabia ended in 2021.", "SAU 191 QAT asserted"),
    ("by-deportation", "The deportation of Afghan migrants by Pakistan drew criticism from the UN.",
     "PAK 174 AFG asserted"),
    ("by-release", "The release of two Americans by Iran was welcomed in Washington.", "IRN 0841 USA asserted"),
    ("by-killing", "The killing of a Palestinian teenager by Israeli soldiers sparked protests in Ramallah.",
     "ISR 18 PSE asserted"),
    ("by-occupation", "The occupation of the West Bank by Israel continues.", "ISR 192 PSE asserted"),
    ("by-seizure", "The seizure of a British tanker by Iran raised tensions in the Gulf.", "IRN 17 GBR asserted"),
    ("by-attached-to-person", "The arrest of three activists by Russian police drew condemnation from Germany.",
     "RUS 173 RUS asserted"),
    ("of-phrase-with", "Morocco's severing of ties with Iran surprised observers.", "MAR 161 IRN asserted"),
    ("of-phrase-between", "The exchange of prisoners between Russia and Ukraine took place on Saturday.",
     "RUS+UKR 0841 RUS+UKR asserted"),
    ("of-phrase-to", "The sale of fighter jets to Egypt by France was completed on Monday.", "FRA 062 EGY asserted"),
    ("by-on-to-phrase", "The supply of weapons to Ukraine by Germany increased in May.", "DEU 072 UKR asserted"),
    ("led-blockade", "A Saudi-led blockade of Qatar ended in 2021.", "SAU 191 QAT asserted"),
    ("led-invasion", "The US-led invasion of Iraq began in 2003.", "USA 192 IRQ asserted"),
    ("headline-plural", "US strikes on Syrian air base", "USA 190 SYR asserted"),
    ("headline-verb-kept", "US strikes Syrian air base", "USA 190 SYR asserted"),
    ("shifted-object-target", "Poland condemned as a provocation Russia's deployment of missiles in Kaliningrad.",
     "POL 111 RUS asserted"),
    ("warned-against-doer", "Washington warned against Chinese meddling in Taiwan.", "USA 13 CHN asserted"),
    ("called-for-doer", "The EU called for a Russian withdrawal from Kherson.", "IGO:EU 02 RUS asserted"),
    ("outer-by-in-subject", "The suspension of talks with Iran by the EU angered Tehran.", "IRN 111 IGO:EU asserted"),
    ("of-phrase-ceased", "The US suspension of military aid to Egypt took effect in October.", "USA 162 EGY asserted"),
    ("ceased-noun-phrase", "The EU's lifting of sanctions on Belarus took effect on Monday.",
     "IGO:EU 081 BLR asserted"),
    ("postponed-summit", "The postponement of the summit between Biden and Xi was announced.",
     "USA+CHN 040 USA+CHN negated"),
]

# sentence, a CAMEO prefix no asserted event may have ("" for none at all)
NOT_ASSERTED = [
    ("fears-of", "Markets fell on fears of an invasion of Taiwan by China.", ""),
    ("threat-of", "Iran faces the threat of sanctions by the United States.", ""),
    ("feared", "Kyiv fears a Russian annexation of the occupied regions.", ""),
    ("possibility-of", "Lawmakers discussed the possibility of arms sales to Taiwan.", ""),
    ("anniversary-of", "The anniversary of the overthrow of the monarchy was marked in Kathmandu.", ""),
    ("no-evidence-of", "There is no evidence of Chinese espionage against Germany.", ""),
    ("suspicions-of", "Suspicions of Russian meddling in the election have grown in Paris.", ""),
    ("signs-of", "There were signs of a Russian withdrawal from Kherson.", ""),
    ("called-for", "The opposition called for the withdrawal of Russian troops from Moldova.", "0874"),
    ("calls-for", "Germany rejected calls for the supply of long-range missiles to Ukraine.", "072"),
    ("demanded", "The protesters demanded the ouster of President Maduro.", "17"),
    ("urged", "Activists urged the release of the detained journalists by Iran.", "0841"),
    ("proposed", "France proposed the restoration of relations with Niger.", "054"),
    ("planned", "Serbia plans the normalisation of ties with Kosovo.", "054"),
    ("considered", "Poland is considering the closure of the Belarusian consulate.", "161"),
    ("denied", "Russia denied any meddling in the French election.", "111"),
    ("warned-against", "Washington warned against Chinese attacks on Taiwan.", "19"),
    ("lifted-sanctions", "The EU's lifting of sanctions on Belarus took effect on Monday.", "163"),
    ("nested-by", "The suppression of the protests by Iranian security forces left dozens dead.", "14"),
    ("shifted-object", "Albania denounced as an ugly crime Serbia's suppression of ethnic Albanian unrest.", "175"),
    ("is-possible", "An invasion of Taiwan by China is possible.", ""),
    ("seem-unlikely", "Talks between Serbia and Kosovo seem unlikely.", ""),
    ("remains-unlikely", "The recognition of Kosovo by Spain remains unlikely.", ""),
    ("led-no-actor", "Food-led pubs suffered in the hot summer.", ""),
    ("state-boycott", "The boycott of the Olympics by the United States angered Beijing.", "143"),
]


# German: the attribute of a noun of yielding names what it lifts ("die Aufhebung der Sanktionen"),
# and the same guards
CODED_DE = [
    ("aufhebung-attribute", "Die Aufhebung der Sanktionen gegen Iran durch die EU trat am Montag in Kraft.",
     "IGO:EU 081 IRN asserted"),
]
NOT_ASSERTED_DE = [
    ("gefordert", "Die EU forderte die Aufhebung der Sanktionen gegen Belarus.", "081"),
    ("erwogen", "Die EU erwägt eine Lockerung der Sanktionen gegen Syrien.", "081"),
    ("gefürchtet", "Die Opposition fürchtet einen Putsch der Armee gegen die Regierung.", "17"),
    ("angst-vor", "Die Angst vor einer Einmischung Russlands wächst in Moldau.", "111"),
    ("gewarnt", "Berlin warnte vor einer Einmischung Russlands in die Wahl.", "111"),
    ("hinweise-auf", "Es gibt keine Hinweise auf Spionage Chinas gegen Deutschland.", ""),
    ("verdacht-auf", "Der Verdacht auf eine Einmischung Russlands in die Wahl wächst.", ""),
]


@cache
def _coded(lang: str) -> dict[str, list[tuple[str, str]]]:
    rows = CODED + NOT_ASSERTED if lang == "en" else CODED_DE + NOT_ASSERTED_DE
    texts = [t for _, t, _ in rows]
    docs = Pipeline.default().process_many(
        [Article(text=t, id=f"nouns-2-{lang}-{i}") for i, t in enumerate(texts)], lang=lang)
    return {t: [("%s %s %s %s" % ("+".join(a.code for a in e.source), e.cameo,
                                  "+".join(a.code for a in e.target) or "-", e.modality), e.cameo)
                for e in doc.events] for t, doc in zip(texts, docs)}


@pytest.mark.parametrize("lang, text, expected", [pytest.param("en", t, e, id=n) for n, t, e in CODED]
                         + [pytest.param("de", t, e, id=n) for n, t, e in CODED_DE])
def test_noun_codes_its_parties(lang, text, expected):
    events = [e for e, _ in _coded(lang)[text]]
    assert expected in events, events


@pytest.mark.parametrize("lang, text, prefix", [pytest.param("en", t, p, id=n) for n, t, p in NOT_ASSERTED]
                         + [pytest.param("de", t, p, id=n) for n, t, p in NOT_ASSERTED_DE])
def test_noun_only_mentioned_is_no_event(lang, text, prefix):
    events = [e for e, code in _coded(lang)[text] if code.startswith(prefix) and e.endswith(" asserted")]
    assert events == [], events
