"""Courts, prosecutions, elections and government formation as whole wire reports tell them
(sentences written for these tests, branch art27a).

- "he" in the speech of a speaker named by his office and no name ("Israel's attorney general
  said he would indict ...", "Der Außenminister sagte, er werde ...") is that speaker, as in the
  speech of a named one (it referred to no one before).
- English parse repair: a past tense after the comma that closes an apposition of the subject
  ("Netanyahu's main challenger, Benny Gantz, called on ...") is the sentence's verb; the parser
  made it a reduced relative clause of the noun and lost the subject.
- A verdict referred back to ("rejected the verdict", "kritisierte das Urteil") is the court's:
  the reaction is aimed at who convicted or sentenced (Words.verdict_anaphors; only an act of the
  judiciary).
- German chunks: a preposition before a determiner whose noun follows a participle attribute's
  phrase ("gegen den nach Belgien geflohenen Regionalpräsidenten") stays the phrase's.
"""
from __future__ import annotations

import pytest

from tests.coded_events import events


def _events(sentences: list[str], lang: str = "en") -> list[tuple[str, str, str]]:
    return events(" ".join(sentences), lang)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Egypt's foreign minister said on Sunday he would travel to Ankara to meet his Turkish counterpart.",
     "en", ("EGY", "CONSULT", "TUR")),
    ("Brazil's top prosecutor said he intends to charge former President Michel Temer with bribery.",
     "en", ("BRA", "ACCUSE", "BRA")),
    ("Der ungarische Außenminister kündigte an, er werde kommende Woche nach Peking reisen.",
     "de", ("HUN", "CONSULT", "CHN")),
    ("Der rumänische Generalstaatsanwalt erklärte, er werde die frühere Regierungschefin anklagen.",
     "de", ("ROU", "ACCUSE", "ROU")),
])
def test_he_in_the_speech_of_an_office_holder_is_he(sentence, lang, expected):
    assert expected in _events([sentence], lang)


def test_he_is_no_ministry():
    # a body is no "he": the pronoun of its speech still refers to no one
    assert _events(["Russia's foreign ministry said he would visit Israel next month."]) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Brazil's top diplomat, Ernesto Araujo, called on Caracas to hold new elections.", ("BRA", "REQUEST", "VEN")),
    ("Guaido, the head of Venezuela's National Assembly, called on the army to abandon Maduro.",
     ("VEN", "REQUEST", "VEN")),
    ("Pompeo, the top U.S. diplomat, urged Beijing to release the detained Canadians.",
     ("USA", "REQUEST", "CHN")),
])
def test_a_verb_after_an_apposition_has_the_subject(sentence, expected):
    assert expected in _events([sentence])


def test_a_participle_after_a_comma_stays_an_attribute():
    # ", brokered by Egypt," is no verb of the sentence
    coded = _events(["The ceasefire, brokered by Egypt, collapsed after two days."])
    assert not [e for e in coded if e[0] == "EGY" and e[1] != "CONSULT"]


@pytest.mark.parametrize("sentences, lang, expected", [
    (["A court in Dhaka sentenced opposition leader Khaleda Zia to five years in prison for embezzlement.",
      "The United States criticised the ruling."], "en", ("USA", "ACCUSE", "BGD")),
    (["A court in Dhaka sentenced opposition leader Khaleda Zia to five years in prison for embezzlement.",
      "Her Bangladesh Nationalist Party rejected the verdict."], "en", ("BGD", "REJECT", "BGD")),
    (["Ein Gericht in Minsk hat den Oppositionspolitiker Sergej Tichanowski zu 18 Jahren Haft verurteilt.",
      "Litauen kritisierte das Urteil scharf."], "de", ("LTU", "ACCUSE", "BLR")),
])
def test_a_verdict_referred_back_to_is_the_courts(sentences, lang, expected):
    assert expected in _events(sentences, lang)


def test_a_verdict_is_no_arrest_by_the_police():
    # the police's arrest is no verdict: criticising "the verdict" names no one then
    coded = _events(["Police in Cairo arrested three activists on Monday.",
                     "Amnesty International condemned the verdict."])
    assert [e for e in coded if e[1] == "ACCUSE" and e[2] == "EGY"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Die Staatsanwaltschaft erließ einen Haftbefehl gegen den nach Spanien geflohenen Ex-Minister Nikola Gruevski.",
     ("MKD", "COERCE", "MKD")),
])
def test_a_preposition_before_an_attribute_phrase_stays(sentence, expected):
    assert expected in _events([sentence], "de")


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Die Ukraine hat eine Dringlichkeitssitzung des UN-Sicherheitsrats zum Vormarsch der russischen Armee verlangt.",
     "de", ("UKR", "REQUEST", "IGO:UN")),
])
def test_what_a_demanded_meeting_is_about_is_no_target(sentence, lang, expected):
    # the meeting of the object is what is asked for, and of whom; the advance it is about is not
    coded = _events([sentence], lang)
    assert expected in coded
    assert not [e for e in coded if e[1] == "REQUEST" and e[2] == "RUS"]


@pytest.mark.parametrize("text, expected", [
    ("Berlin – Die CDU hat am Montag Sondierungsgespräche mit der FDP aufgenommen.",
     ("DEU", "CONSULT", "DEU")),
    ("Wien – Die ÖVP führte am Dienstag erneut Koalitionsverhandlungen mit den Grünen.",
     ("AUT", "CONSULT", "AUT")),
])
def test_coalition_talks_are_talks(text, expected):
    # a compound of "Gespräch" or "Verhandlung" meets a frame's condition on talks (frames-art27a.yaml)
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Ein Gericht in Minsk hat drei Oppositionelle wegen der Proteste 2020 zu langen Haftstrafen verurteilt.",
     ("BLR", "COERCE", "BLR")),
])
def test_zu_before_a_noun_phrase_is_a_preposition(text, expected):
    # HanTa took "zu" after a number for the particle of an infinitive ("zu langen")
    coded = events(text, "de")
    assert expected in coded
    assert not [e for e in coded if e[1] == "PROTEST"]


@pytest.mark.parametrize("text, expected", [
    ("ISLAMABAD (Reuters) - The anti-graft bureau on Monday charged former Prime Minister Nawaz Sharif with "
     "corruption.", ("PAK", "ACCUSE", "PAK")),
    ("KIEV (Reuters) - The anti-corruption court on Friday ordered the arrest of a former deputy defence minister.",
     ("UKR", "COERCE", "UKR")),
])
def test_anti_corruption_bodies_are_actors(text, expected):
    # agents-justice.yaml: the bureau, agency or court of the judiciary, of the dateline's country
    assert expected in events(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Der russische Rubel gab nach der Ankündigung neuer Sanktionen deutlich nach.", "de"),
    ("The Turkish lira retreated from its highs after the central bank decision.", "en"),
    ("Russian stocks retreated sharply after the announcement of new sanctions.", "en"),
])
def test_a_currency_yields_to_no_one(text, lang):
    # market_nouns: a currency, a share or a price is no actor of the country its adjective names
    assert [e for e in events(text, lang) if e[1] in ("CONCEDE", "RETREAT")] == []


@pytest.mark.parametrize("sentences, lang, expected", [
    (["A court in Moscow sentenced Ukrainian filmmaker Oleg Sentsov to 20 years in prison.",
      "Belarus defended the ruling."], "en", ("BLR", "SUPPORT", "RUS")),
    (["Ein Gericht in Teheran hat eine britisch-iranische Doppelstaatlerin zu fünf Jahren Haft verurteilt.",
      "Syrien verteidigte das Urteil."], "de", ("SYR", "SUPPORT", "IRN")),
])
def test_defending_anothers_act_supports_its_doer(sentences, lang, expected):
    assert expected in _events(sentences, lang)


def test_defending_ones_own_decision_is_no_support():
    coded = _events(["Russia expelled two British diplomats.", "Moscow defended its decision."])
    assert [e for e in coded if e[1] == "SUPPORT"] == []


@pytest.mark.parametrize("sentences, lang, expected", [
    (["The opposition asked Kenya's Supreme Court to annul the presidential election.",
      "The court rejected the request on Monday."], "en", ("KEN", "REJECT", "KEN")),
    (["Die Ukraine forderte von Ungarn die Auslieferung des früheren Ministers.",
      "Budapest lehnte die Forderung am Montag ab."], "de", ("HUN", "REJECT", "UKR")),
])
def test_a_request_referred_back_to_is_the_requesters(sentences, lang, expected):
    # request_anaphors: rejecting "the request" answers whoever made it in the sentences before
    assert expected in _events(sentences, lang)


@pytest.mark.parametrize("sentences, lang, expected", [
    (["U.S. prosecutors charged a Russian businessman with fraud and money laundering.",
      "Moscow called the investigation a witch hunt."], "en", ("RUS", "ACCUSE", "USA")),
    (["Die Staatsanwaltschaft in Jerusalem hat Ermittlungen gegen Ministerpräsident Benjamin Netanjahu eingeleitet.",
      "Die Türkei kritisierte die Ermittlungen als Hexenjagd."], "de", ("TUR", "ACCUSE", "ISR")),
])
def test_proceedings_referred_back_to_are_their_doers(sentences, lang, expected):
    # proceedings_anaphors: criticising "the investigation" aims at whoever investigated or charged
    assert expected in _events(sentences, lang)
