"""Criticism said in a judgement of another's act, written for these tests; each coded nothing
before (or, where noted, lost its target):

- a danger, an imperialism or a smear said of another's act is a criticism of whoever did it:
  English "be" with one of the words of scorn the parser reads as an adjective ("was
  dangerous") takes them from the one list (lexicon evaluative_adjectives is the class scorn of
  frames-light.yaml), German gains "gefährlich", "Imperialismus" and their kin;
- the "by" phrase of a noun in its plural names its maker, as the singular's did ("the remarks
  by the Australian prime minister");
- undermining the rule of law, a state's institutions or trust is a wrong the speaker says of
  the subject, as undermining its sovereignty was;
- bearing responsibility or blame, said by another, is that one's accusation (as German
  "trägt die Verantwortung"), and in German so is being to blame for a failure, a crisis or an
  escalation as for an attack ("sei schuld an der Eskalation");
- engaging in a wrong of the scorn list ("engaging in economic terrorism"), said by another;
- an organisation's name listed for every language is found in the German genitive too ("die
  Resolution des Bundestags")."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kremlin said Washington's decision was dangerous.", "en", ("RUS", "ACCUSE", "USA")),
    ("Beijing said the new American sanctions were economic imperialism.", "en", ("CHN", "ACCUSE", "USA")),
    ("The Chinese foreign ministry said the remarks by the Australian prime minister were irresponsible.",
     "en", ("CHN", "ACCUSE", "AUS")),
    ("The European Commission said Hungary's new media law undermined the rule of law.", "en",
     ("IGO:EU", "ACCUSE", "HUN")),
    ("Saudi Arabia bears full responsibility for the killing, the Turkish foreign minister said.", "en",
     ("TUR", "ACCUSE", "SAU")),
    ("The Iranian president said the United States was engaging in economic terrorism.", "en",
     ("IRN", "ACCUSE", "USA")),
    ("Der Kreml sagte, die Entscheidung Washingtons sei gefährlich.", "de", ("RUS", "ACCUSE", "USA")),
    ("Athen erklärte, Ankara sei schuld an der Eskalation in der Ägäis.", "de", ("GRC", "ACCUSE", "TUR")),
    ("Orbán bezeichnete Merkels Flüchtlingspolitik als moralischen Imperialismus.", "de", ("HUN", "ACCUSE", "DEU")),
    ("Erdoğan verurteilte die Resolution des Bundestags scharf.", "de", ("TUR", "ACCUSE", "DEU")),
], ids=["dangerous", "imperialism", "remarks-by", "undermine-rule-of-law", "bears-responsibility",
        "engaging-in", "gefaehrlich", "schuld-an-der-Eskalation", "imperialismus", "genitive-of-an-organisation"])
def test_a_judgement_of_another_is_criticism(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The storm was dangerous, the governor said.", "en"),
    ("Saudi Arabia bears responsibility for the pilgrims.", "en"),
    ("Die Lage sei gefährlich, sagte der Minister.", "de"),
    ("Der Minister sagte, die Regierung sei für die Sicherheit verantwortlich.", "de"),
], ids=["no-actor", "said-by-no-one", "keine-Partei", "keine-Schuld"])
def test_no_criticism_without_a_party_and_a_speaker(text, lang):
    assert events(text, lang) == []


def test_the_words_of_scorn_are_one_list():
    """The English front-end's predicatives of "be" and the frames' class are the same words, so
    "was dangerous" (an adjective to the parser) and "was a danger" cannot drift apart."""
    import yaml

    from chronist.lang.en.lexicon import LEXICON_PATH, load_lexicon

    frames = LEXICON_PATH.parent / "frames-light.yaml"
    scorn = yaml.safe_load(frames.read_text(encoding="utf-8"))["classes"]["scorn"]
    assert load_lexicon().evaluative_adjectives == frozenset(scorn)
