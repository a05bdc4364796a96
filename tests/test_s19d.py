"""Reference on real news, branch s19d (sentences written for these tests).

- A personal pronoun ("er", "ihn", "he", "him") means a person, not a party, company or armed
  group named by its bare name before (``Mentions.resolve``): "Der Fahrer arbeitete für Gazprom.
  Er griff einen Polizisten an" is no Russian company's act. A phrase that names a person of such
  a body by a noun ("ein Sprecher der Taliban", "the Hamas leader", "PKK-Chef"; the pack's
  ``person_heads``, ``name_titles``) or the party in brackets after a name ("Günther Platter
  (ÖVP)") is still one he may mean (``ActorAnnotator._names_person``).
- A pronoun that meant a person tells that person's gender for the rest of the article
  (``Mentions.tell``): in '"He insulted the Ukrainians," she said' after "Merkel said Putin had
  lied", "she" is Merkel, so "he" is not she but Putin (was DEU 111 UKR).
- One unnamed person named as the subject of a main clause (or the patient of a passive before its
  verb) by a person noun or as a policeman or soldier ("Der Mann", "the soldier", "Der 40-jährige
  Polizist wurde verletzt") is whom "er", "he" of the next sentence means
  (``ActorAnnotator._unnamed_person``): no actor, or his own where his phrase gives a state ("Ein
  russischer Soldat"), not the last person the dictionaries know named sentences before ("Merkel
  traf Macron in Paris. Der Mann sprach von einem Erfolg. Er kritisierte Russland" was FRA 111 RUS).
- A state named by its part of the world ("the South American country", "the Central Asian
  state", "das westafrikanische Land", "den Balkanstaat") is the state of that part named last
  (``region_form_nouns`` with the regions of countries.yaml ``state_forms``), however far back and
  whatever other state was named since ("Bolivia elected ... Spain praised the vote. Brazil
  criticised the South American country" was BRA 111 ESP).
- "das Land", "the country" as the subject of a clause after another clause of its sentence that
  names a state may mean that state or the one named before: no one ("Turkey criticised the EU,
  but the country kept negotiating with Brussels" after Greece and Bulgaria met was BGR 046 EU).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text", [
    "Der Fahrer arbeitete für Gazprom. Er griff einen Polizisten an.",
    "Der Angreifer habe sich zur IS-Miliz bekannt. Dann griff er einen Polizisten an.",
])
def test_er_is_no_body_named_by_its_name(text):
    assert not [e for e in _events(text, "de") if e[0] in ("RUS", "SYR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ein Sprecher der Taliban bestätigte den Angriff. Er drohte der Regierung mit weiteren Anschlägen.", "de",
     ("AFG", "1383", "AFG")),
    ("Der Hamas-Chef erklärte, die Gespräche seien gescheitert. Er warf Israel vor, zu lügen.", "de",
     ("PSE", "112", "ISR")),
    ("The Hamas leader said the talks had failed. He accused Israel of lying.", "en", ("PSE", "112", "ISR")),
    ("The spokesman of Hamas said the talks had failed. He accused Israel of lying.", "en", ("PSE", "112", "ISR")),
])
def test_a_person_of_a_named_body_is_still_he(text, lang, expected):
    assert expected in _events(text, lang)


def test_party_in_brackets_after_a_name_stands_for_the_person():
    text = ("Tirols Landeschef Günther Platter (ÖVP) liebäugelt nun mit einem Demoverbot für die kommende "
            "Kundgebung: Es geht um die Sicherheit der Demonstranten, erklärte er am Montag. Die Behörden "
            "müssten die Lage genau prüfen.")
    assert ("AUT", "10", "AUT") in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ('Merkel said Putin had lied. "He insulted the Ukrainians," she said.', ("RUS", "111", "UKR")),
    ('Jacinda Ardern said Scott Morrison had treated her country badly. "He insulted New Zealand," she told '
     'reporters.', ("AUS", "111", "NZL")),
    ('Theresa May met Donald Trump in London. "He praised Britain," she said later.', ("USA", "051", "GBR")),
])
def test_he_is_not_the_woman_she_meant(text, expected):
    events = _events(text, "en")
    assert expected in events
    assert not [e for e in events if e[1] == expected[1] and e[0] != expected[0]]


@pytest.mark.parametrize("text, lang, wrong", [
    ("Merkel traf Macron in Paris. Der Mann sprach von einem Erfolg. Er kritisierte Russland.", "de",
     ("FRA", "111", "RUS")),
    ("Scholz besuchte Warschau. Der 40-jährige Polizist wurde dabei verletzt. Dann griff er einen "
     "Demonstranten an.", "de", ("DEU", "190", "DEU")),
    ("Biden flew to Kyiv. The soldier was wounded in the east. He later criticised Russia.", "en",
     ("USA", "111", "RUS")),
    ("Putin visited Ankara. A student called the visit a disgrace. He accused Russia of war crimes.", "en",
     ("RUS", "1124", "RUS")),
])
def test_he_after_an_unnamed_person_is_not_a_leader_named_before(text, lang, wrong):
    assert wrong not in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Merkel traf Macron in Paris. Ein russischer Soldat wurde verletzt. Er kritisierte die Ukraine.", "de",
     ("RUS", "111", "UKR")),
    ("Biden flew to Kyiv. A Russian soldier was captured in the east. He later criticised Ukraine.", "en",
     ("RUS", "111", "UKR")),
])
def test_he_after_an_unnamed_soldier_of_a_state_is_that_state_s(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Bolivia elected a new president in October. Spain praised the vote. On Monday Brazil criticised the "
     "South American country.", "en", ("BRA", "111", "BOL")),
    ("Kazakhstan held talks with China. Prices rose. Russia later accused the Central Asian state of "
     "disloyalty.", "en", ("RUS", "112", "KAZ")),
    ("Bolivien wählte im Oktober einen neuen Präsidenten. Spanien lobte die Wahl. Brasilien kritisierte das "
     "südamerikanische Land.", "de", ("BRA", "111", "BOL")),
    ("Serbien hatte die Grenze geschlossen. Die EU forderte den Balkanstaat auf, sie wieder zu öffnen.", "de",
     ("IGO:EU", "10", "SRB")),
])
def test_a_state_named_by_its_part_of_the_world(text, lang, expected):
    events = _events(text, lang)
    assert expected in events
    assert not [e for e in events if e[:2] == expected[:2] and e[2] != expected[2]]


@pytest.mark.parametrize("text, lang, wrong", [
    ("Die Außenminister Athens und Ankaras vereinbarten eine Kooperation. Doch das Verhältnis ist nicht "
     "ungetrübt. So fordert die Türkei Visa-Freiheit ein, allerdings erfüllt das Land die Bedingungen nicht.",
     "de", ("TUR", "10", "GRC")),
    ("Greece met Bulgaria on Monday. Turkey criticised the EU, but the country kept negotiating with Brussels.",
     "en", ("BGR", "046", "IGO:EU")),
])
def test_the_country_after_a_state_of_its_sentence_is_no_one_named_before(text, lang, wrong):
    assert wrong not in _events(text, lang)
