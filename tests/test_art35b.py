"""Sub-Saharan Africa (branch art35b): sentences written for this branch in the style of wire
reports on Sudan's war, the DR Congo and Rwanda, Nigeria, Somalia and the Sahel's juntas.

An acronym in capitals that opens an English sentence ("ECOWAS imposed sanctions on Niger") is
the subject of the verb after it, though the tagger takes it for a verb whose object is the noun
after the true verb, and that verb for a participle of the noun.

A state suspended by an international body ("ECOWAS suspended Guinea", "the African Union
suspended Niger from all its activities") has its membership suspended (161), as "suspended
Guinea's membership"; a frame's "IGO" in when_subject is met by an international body, and
"@GOV" in when_object by a state named by its bare name. A government that suspends an official
does no such thing.

"RSF" alone is Sudan's Rapid Support Forces (SDN REB), in English and German.

A town, a city or a base seized by an army or by rebels is taken by force (190), as "captured";
goods or ships seized stay a seizure (17). Agreements revoked ("revoked its military agreements
with France"), and in German "kündigte die Militärabkommen", "widerrief die
Verteidigungsabkommen", reduce relations (160), as "terminated" and "scrapped" do; the agreement
noun is then no signing (057).

An unnamed army that the article's one army gives a country stays a partner of a joint act with
the rebels it is named with ("Sudan's army and the RSF have fought since April. The army and the
RSF agreed to a ceasefire": both sides agree, 0356), though the same pair is dropped where the
army would be fighting those it was given the country of. The armed gangs of Nigeria's north-west
("bandits", "Banditen") are rebels (REB), as "gunmen" are.

A state's suspension lifted by a bloc ("The African Union lifted Mali's suspension", "Die Ecowas hob
die Suspendierung Guineas auf") eases a sanction (081), as sanctions lifted do; in German the
suspension noun was coded as a suspension (16) before.

A ruler noun ("the junta", "die Militärjunta", "die Putschisten", "die Machthaber") takes the state
last named as a place before it ("the coup in Niger", "In Niger hat das Militär die Macht
übernommen"), not the dateline's country nor the last government named; with no place named it
still takes the article's country. The Alliance of Sahel States is an international body
(IGO:AES), Russia's Africa Corps its forces (RUS MIL), the Alliance Fleuve Congo the M23's (COD REB).

"The West African bloc" is ECOWAS, as news names it after the first mention; the African Union's
Peace and Security Council is the AU's, not the UN's Security Council.

German: the full stop after a name of a capital and digits ends the sentence ("mit der M23.", "der
G20.", "H5N1."), as after a name in mixed case ("die AfD."); spaCy kept it on the name, as on an
ordinal ("am 12. Juni"), so the name was no actor.
"""
import pytest

from tests.coded_events import coded

CASES = [
    ("en", "ECOWAS imposed sanctions on Niger.", ("IGO:ECOWAS", "163", "NER")),
    ("en", "On Sunday, ECOWAS imposed sanctions on Mali.", ("IGO:ECOWAS", "163", "MLI")),
    ("en", "West African bloc ECOWAS imposed sanctions on Niger.", ("IGO:ECOWAS", "163", "NER")),
    ("en", "ECOWAS suspended Guinea after the military seized power.", ("IGO:ECOWAS", "161", "GIN")),
    ("en", "The African Union suspended Niger from all its activities.", ("IGO:AU", "161", "NER")),
    ("en", "The RSF accused the army of violating the truce in Sudan.", ("SDN", "112", "SDN")),
    ("en", "The RSF shelled El Fasher.", ("SDN", "194", "SDN")),
    ("de", "Die RSF warf der sudanesischen Armee vor, die Feuerpause gebrochen zu haben.", ("SDN", "112", "SDN")),
    ("en", "M23 rebels seized the city of Goma.", ("COD", "190", "COD")),
    ("en", "The RSF seized the city of El Fasher.", ("SDN", "190", "SDN")),
    ("en", "Niger's junta revoked its military agreements with France.", ("NER", "160", "FRA")),
    ("de", "Niamey – Die Militärjunta hat die Militärabkommen mit Frankreich gekündigt.", ("NER", "160", "FRA")),
    ("de", "Niamey – Die Junta widerrief die Verteidigungsabkommen mit Frankreich.", ("NER", "160", "FRA")),
    ("en", "Sudan's army and the Rapid Support Forces have fought since April. "
           "The army and the Rapid Support Forces agreed to a ceasefire.",
     ("SDN+SDN", "0356", "SDN+SDN")),
    ("en", "Sudan's army and the RSF have fought since April. The army and the RSF clashed in Omdurman.",
     ("SDN+SDN", "190", "SDN+SDN")),
    ("en", "Abuja - Bandits abducted 287 pupils in Kuriga.", ("NGA", "181", "NGA")),
    ("de", "Abuja – Banditen haben im Nordwesten Nigerias 287 Schüler entführt.", ("NGA", "181", "NGA")),
    ("en", "The African Union lifted Mali's suspension.", ("IGO:AU", "081", "MLI")),
    ("en", "ECOWAS lifted the suspension of Guinea.", ("IGO:ECOWAS", "081", "GIN")),
    ("de", "Abuja – Die Ecowas hob die Suspendierung Guineas auf.", ("IGO:ECOWAS", "081", "GIN")),
    ("en", "Abuja - ECOWAS met in Abuja on Thursday to discuss the coup in Niger. The junta rejected the bloc's ultimatum.",
     ("NER", "124", "IGO:ECOWAS")),
    ("en", "Paris - Soldiers seized power in Niger last month. France refused to recognise the new rulers. "
           "The junta ordered the French ambassador to leave.", ("NER", "10", "FRA")),
    ("de", "Abuja – Die Ecowas beriet in Abuja über den Putsch in Niger. Die Militärjunta wies das Ultimatum "
           "des Staatenbundes zurück.", ("NER", "12", "IGO:ECOWAS")),
    ("de", "Paris – In Niger hat das Militär vor einem Monat die Macht übernommen. Frankreich erkennt die neuen "
           "Machthaber nicht an. Die Putschisten wiesen den französischen Botschafter aus.", ("NER", "166", "FRA")),
    ("en", "Myanmar's military government sentenced Aung San Suu Kyi. The British Foreign Office protested. "
           "The junta has detained thousands of protesters.", ("MMR", "173", "MMR")),
    ("en", "The Alliance of Sahel States accused Ukraine of supporting terrorists.", ("IGO:AES", "112", "UKR")),
    ("de", "Bamako – Die Allianz der Sahelstaaten warf der Ukraine vor, Terroristen zu unterstützen.", ("IGO:AES", "112", "UKR")),
    ("en", "Africa Corps troops attacked a village in Mali.", ("RUS", "190", "MLI")),
    ("en", "The Alliance Fleuve Congo accused Kinshasa of violating the ceasefire.", ("COD", "112", "COD")),
    ("en", "The West African bloc suspended Niger.", ("IGO:ECOWAS", "161", "NER")),
    ("en", "The AU's Peace and Security Council suspended Gabon.", ("IGO:AU", "161", "GAB")),
    ("de", "Kinshasa – Katar vermittelte zwischen der kongolesischen Regierung und der M23.", ("QAT", "045", "COD+COD")),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_coded(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


NONE = [
    ("en", "Nigeria's government suspended the governor of Rivers state."),
    ("en", "The EU suspended Hungary's voting rights."),
    ("en", "Kenya's president suspended the interior minister."),
    ("en", "Trump suspended the US ambassador to Ukraine."),
]


@pytest.mark.parametrize("lang,text", NONE, ids=[c[1][:40] for c in NONE])
def test_no_suspension(lang, text):
    assert not [e for e in coded(text, lang) if e[1] == "161"]


def test_lifted_suspension_is_no_suspension():
    assert "16" not in [e[1] for e in coded("Addis Abeba – Die Afrikanische Union hat die Suspendierung Malis aufgehoben.", "de")]


def test_seized_ship_stays_a_seizure():
    assert [e[1] for e in coded("Iran seized a British tanker.", "en")] == ["17"]


@pytest.mark.parametrize("text", [
    "Niamey – Die Militärjunta hat die Militärabkommen mit Frankreich gekündigt.",
    "Niamey – Die Junta widerrief die Verteidigungsabkommen mit Frankreich.",
], ids=["gekündigt", "widerrief"])
def test_revoked_agreement_is_no_signing(text):
    assert "057" not in [e[1] for e in coded(text, "de")]


def test_peace_and_security_council_is_no_un_body():
    events = coded("The AU's Peace and Security Council suspended Gabon.", "en")
    assert all("IGO:UN" not in e[0] for e in events)


@pytest.mark.parametrize("text,words", [
    ("Katar vermittelte mit der M23. Die G20. Das Virus H5N1.", ["M23", ".", "G20", ".", "H5N1", "."]),
    ("Am 12. Juni trat Karl V. ab.", ["12.", "V."]),
], ids=["names", "ordinals"])
def test_stop_after_code_name(text, words):
    from chronist.lang.de.tag import _bare_tokenizer
    cut = [t.text for t in _bare_tokenizer()(text)]
    assert all(w in cut for w in words) and not any(w in cut for w in ("M23.", "G20.", "H5N1."))


def test_rsf_sector():
    """The RSF are the Sudanese state's rebels (REB), as the repo codes armed groups."""
    from tests.coded_events import PIPELINE
    from chronist.model import Article
    doc = PIPELINE.process(Article(text="The RSF shelled El Fasher.", id="t"), lang="en")
    assert [(a.code, a.sector) for e in doc.events for a in e.source] == [("SDN", "REB")]
