"""Known open items in both languages, round art49c (Europe 2022-24: NATO bids, Hungary and
Poland, farmers' protests, Serbia and Kosovo; sentences written for these tests, branch art49c).

- A visit called off names its visitor as the target when no place or partner is named:
  "Ankara cancelled a visit by the Swedish defence minister" TUR 164 SWE, "Ankara hat einen
  Besuch des schwedischen Verteidigungsministers abgesagt" TUR 16 SWE (frames.yaml, both
  languages: the object as the last target).
- An embassy's staff evacuated from the host's capital is an embassy evacuated (161): "Finland
  evacuated its embassy staff from Kyiv" FIN 161 UKR (frames-art28a.yaml: prep:from), "Finnland
  hat seine Botschaftsmitarbeiter aus Kiew evakuiert" (Botschaftspersonal, -mitarbeiter, Diplomat;
  prep:aus).
- An ambassador summoned in the passive with no agent and no place was summoned by the one who
  tells of it: "The Swedish ambassador was summoned, the Turkish foreign ministry said" TUR 114
  SWE, "Der schwedische Botschafter wurde einbestellt, teilte das türkische Außenministerium mit"
  (the speaker as the last source of summon and einbestellen).
- German "ausliefern nach": the state a person is extradited to by "nach", the one that
  extradites by "aus" ("wurde aus Polen nach Ungarn ausgeliefert" POL 063 HUN), as English
  "extradited to Hungary".
- A package, aid or a loan vetoed or blocked for someone is refused to him when the object names
  no one: "Hungary vetoed an 18-billion-euro aid package for Ukraine" HUN 129 UKR, "Hungary
  blocked an aid package for Ukraine" HUN 120 UKR, "Ungarn blockierte ein Hilfspaket für die
  Ukraine" HUN 12 UKR (the for-phrase as the last target); a package of a named body stays aimed
  at the body ("the EU's aid package for Ukraine").
- German "zitieren ins Außenministerium" in the passive with no agent: the ministry's state
  summoned him, as for "einbestellen" ("Der ungarische Geschäftsträger wurde ins polnische
  Außenministerium zitiert" POL 114 HUN); and "ins Auswärtige Amt zitiert".
- Roads barricaded (English) or versperrt (German) by protesters are roads blocked (144,
  frames-art49c.yaml in both packs): "Serbs barricaded roads in northern Kosovo" SRB 144 XKX,
  "Die Bauern haben die Zufahrten zum Hamburger Hafen versperrt"; a road a fallen tree blocks or
  protesters barricaded in a building are no protest of anyone's.
- German "ratifizieren" names whose accession it ratifies in its object, as English "ratify"
  does: "Das ungarische Parlament hat den Beitritt Schwedens ratifiziert" HUN 057 SWE (was no
  event; a treaty with someone stays aimed at him by "mit").
- Manure, slurry or straw dumped or sprayed outside or on an office by farmers is a protest (14,
  frames-art49c.yaml): "Farmers dumped manure outside the prefecture in Agen", German "kippten
  Mist vor der Präfektur ab", "luden vor dem Kanzleramt Mist ab"; slurry on one's own field is
  farming.
- Tried and dropped: a border or border crossing closed as a restriction of movement (191,
  "Serbia closed its border with Kosovo"): it added a wrong event on the English PLOVER file, as
  the German frame did before (frames-art34b.yaml); German criticism met in a state's in-phrase
  ("stieß in Polen auf Kritik" POL 111), which made a state the critic for lobby groups in it on the
  corpus, as art44b had found; a bare international body as a government for a frame's subject
  condition ("NATO sent additional troops to Kosovo" 154), which took an EU response with
  countermeasures to a plainer frame (tests/test_art37b.py).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Ankara cancelled a visit by the Swedish defence minister.", "en", ("TUR", "164", "SWE")),
    ("Ankara hat einen Besuch des schwedischen Verteidigungsministers abgesagt.", "de", ("TUR", "16", "SWE")),
])
def test_cancelled_visit_names_its_visitor(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Finland evacuated its embassy staff from Kyiv.", "en", ("FIN", "161", "UKR")),
    ("Finnland hat seine Botschaftsmitarbeiter aus Kiew evakuiert.", "de", ("FIN", "161", "UKR")),
    ("Österreich evakuierte sein Botschaftspersonal aus Khartum.", "de", ("AUT", "161", "SDN")),
])
def test_embassy_staff_evacuated_from_a_capital(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Swedish ambassador was summoned, the Turkish foreign ministry said.", "en", ("TUR", "114", "SWE")),
    ("Der schwedische Botschafter wurde einbestellt, teilte das türkische Außenministerium mit.", "de",
     ("TUR", "114", "SWE")),
    ("Der schwedische Botschafter sei einbestellt worden, sagte ein Sprecher des türkischen Außenministeriums.",
     "de", ("TUR", "114", "SWE")),
])
def test_summoned_by_the_speaker(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The German ambassador was summoned, the German foreign office said.", "en"),
    ("Der deutsche Botschafter wurde einbestellt, teilte das Auswärtige Amt mit.", "de"),
])
def test_no_summons_of_ones_own_envoy(text, lang):
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Polen lieferte den früheren Vizeminister nach Ungarn aus.", ("POL", "063", "HUN")),
    ("Der frühere ungarische Vizeminister wurde aus Polen nach Ungarn ausgeliefert.", ("POL", "063", "HUN")),
])
def test_extradited_to_a_state(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Hungary vetoed an 18-billion-euro aid package for Ukraine in December.", "en", ("HUN", "129", "UKR")),
    ("Hungary blocked an aid package for Ukraine.", "en", ("HUN", "120", "UKR")),
    ("Hungary blocked the EU's aid package for Ukraine.", "en", ("HUN", "120", "IGO:EU")),
    ("Ungarn blockierte ein Hilfspaket für die Ukraine.", "de", ("HUN", "12", "UKR")),
])
def test_package_blocked_for_someone(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Der ungarische Geschäftsträger wurde ins polnische Außenministerium zitiert.", ("POL", "114", "HUN")),
    ("Der russische Botschafter wurde ins Auswärtige Amt zitiert.", ("DEU", "114", "RUS")),
])
def test_cited_to_a_ministry_in_the_passive(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Serbs barricaded roads in northern Kosovo.", "en", [("SRB", "144", "XKX")]),
    ("Serben versperrten die Straßen im Norden des Kosovo mit Lastwagen.", "de", [("SRB", "144", "XKX")]),
    ("Französische Bauern versperrten in Paris mehrere Autobahnzufahrten.", "de", [("FRA", "144", "FRA")]),
    ("The protesters barricaded themselves in the building.", "en", []),
    ("Ein umgestürzter Baum versperrte die Straße.", "de", []),
])
def test_roads_barricaded(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Das ungarische Parlament hat den Beitritt Schwedens ratifiziert.", [("HUN", "057", "SWE")]),
    ("Die Türkei ratifizierte den NATO-Beitritt Finnlands.", [("TUR", "057", "FIN")]),
    ("Der Bundestag ratifizierte das Abkommen.", []),
])
def test_accession_ratified(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("French farmers dumped manure in front of the prefecture in Agen.", "en", [("FRA", "14", "FRA")]),
    ("Französische Bauern kippten Mist vor der Präfektur in Agen ab.", "de", [("FRA", "14", "FRA")]),
    ("Bauern luden vor dem Kanzleramt Mist ab.", "de", [("DEU", "14", "DEU")]),
    ("The farmer sprayed slurry on his fields.", "en", []),
    ("Der Bauer kippte Gülle auf sein Feld.", "de", []),
])
def test_manure_dumped_at_an_office(text, lang, expected):
    assert _events(text, lang) == expected
