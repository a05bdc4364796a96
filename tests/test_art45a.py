"""Belarus 2020-21 and the poisoning of Navalny, round art45a (sentences written for these tests).

- A refusal to recognise an election's result is aimed at the state whose election it was
  (``Coder._poll_refused``), as rejecting the result itself is (``_polled``): "The EU refused to
  recognise the result of the presidential election in Belarus" is IGO:EU 12 BLR (was no
  target), "Die EU lehnte es ab, das Wahlergebnis in Belarus anzuerkennen" too; only the refuser's
  own act refused, not a claim denied.
- Scorn words: "unreliable" (English ``scorn`` class) and "unzuverlässig", "ungerechtfertigt"
  (German frames-light.yaml): "Lavrov called the EU unreliable", "Maas nannte die Ausweisungen
  ungerechtfertigt" disapprove (111). German adjectives of "un-" and a participle that HanTa reads
  as participles of no verb ("ungerechtfertigt", "unbeantwortet") stay adjectives (lexicon
  ``predicative_adjectives``, tag.py).
- A request left unanswered is rejected (12, frames-art45a.yaml): "Moskau ließ die Bitte Berlins
  unbeantwortet", "The Kremlin left the German requests unanswered"; labelling critics
  ("stempelte ... als Banditen ab") disparages them (111).
- Actors: the ICAO (IGO:ICAO) and Roman Protasevich (BLR/MED).
- An act of coercion criticised by its noun with no doer is one of its own kind told before
  (``Coder._earlier_doer``: the three digits of a 17 code, not the two): "Maas nannte die
  Ausweisungen unbegründet" after a Moscow court sentenced Navalny (172) and Germany
  expelled a diplomat is aimed at no court (was DEU 111 RUS/JUD); arrests condemned after arrests
  stay aimed at the police. The English scorn words and the front-end's evaluative_adjectives
  stay one list ("The EU is unreliable, Lavrov said": RUS 111 IGO:EU).
- A refusal to yield (a release, 08) to the refuser's own people answers who asked
  (``Coder._yield_refused_to``): "The United States urged Belarus to free the journalist. Belarus
  refused to release Protasevich" is BLR 12 USA (was BLR 12 BLR/MED, the prisoner); "Die EU
  forderte die Freilassung Nawalnys. Russland lehnte es ab, Nawalny freizulassen" RUS 12 IGO:EU
  (the last act aimed at the prisoner by another state). With no one who asked, and a refusal to
  meet one's own opposition, the target stays.
- German "sie" of a singular verb refers to the one woman named shortly before also when a man
  the dictionary knows was named after her, whose first name tells he is one (words
  ``masculine_first_names``, ``Coreference._woman``): "Tichanowskaja hat Alexander Lukaschenko zum
  Rücktritt aufgefordert. Sie verlangte die Freilassung ..." is Tichanowskaja's demand (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("The EU refused to recognise the result of the presidential election in Belarus.", "en",
     ("IGO:EU", "12", "BLR")),
    ("The United States declined to recognise the outcome of the vote in Belarus.", "en",
     ("USA", "12", "BLR")),
    ("Die EU weigerte sich, das Ergebnis der Präsidentenwahl in Belarus anzuerkennen.", "de",
     ("IGO:EU", "12", "BLR")),
    ("Die EU lehnte es ab, das Ergebnis der Wahl in Belarus anzuerkennen.", "de",
     ("IGO:EU", "12", "BLR")),
])
def test_refused_recognition_of_a_poll_is_aimed_at_its_state(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_a_denied_claim_about_a_poll_stays_no_event():
    assert _events("Minsk rejected claims that the election in Belarus was rigged.", "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Lavrov called the EU unreliable.", "en", ("RUS", "111", "IGO:EU")),
    ("Lawrow nannte die EU einen unzuverlässigen Partner.", "de", ("RUS", "111", "IGO:EU")),
    ("Russland wies drei deutsche Diplomaten aus. Maas nannte die Ausweisungen ungerechtfertigt.", "de",
     ("DEU", "111", "RUS")),
    ("Russland wies drei deutsche Diplomaten aus. Maas bezeichnete die Ausweisungen als ungerechtfertigt.", "de",
     ("DEU", "111", "RUS")),
])
def test_scorn_words(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Moskau ließ die Bitte Berlins unbeantwortet.", "de", ("RUS", "12", "DEU")),
    ("Russia left the German requests unanswered.", "en", ("RUS", "12", "DEU")),
    ("Lukaschenko stempelte die Demonstranten als Banditen ab.", "de", ("BLR", "111", "BLR")),
])
def test_unanswered_requests_and_labels(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Lithuania petitioned the ICAO to investigate.", "en", ("LTU/GOV", "020", "IGO:ICAO/None")),
    ("Litauen ersuchte die Internationale Zivilluftfahrtorganisation um eine Untersuchung.", "de",
     ("LTU/GOV", "020", "IGO:ICAO/None")),
    ("Belarus charged Protasevich with organising mass unrest.", "en", ("BLR/GOV", "112", "BLR/MED")),
    ("Belarus klagte Protassewitsch wegen der Organisation von Massenunruhen an.", "de",
     ("BLR/GOV", "112", "BLR/MED")),
])
def test_new_actors(text, lang, expected):
    assert sectored(text, lang) == [expected]


def test_an_expulsion_criticised_is_no_earlier_sentence():
    text = ("Ein Moskauer Gericht verurteilte Nawalny im Februar zu drei Jahren Haft. Deutschland reagierte "
            "mit der Ausweisung eines russischen Diplomaten. Maas nannte die Ausweisungen unbegründet.")
    assert ("DEU/GOV", "111", "RUS/JUD") not in sectored(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Belarusian police detained dozens of opposition activists. The EU condemned the arrests.", "en",
     ("IGO:EU", "111", "BLR")),
    ("Die belarussische Polizei nahm Dutzende Oppositionelle fest. Die EU verurteilte die Festnahmen.", "de",
     ("IGO:EU", "111", "BLR")),
    ("The EU is unreliable, Lavrov said.", "en", ("RUS", "111", "IGO:EU")),
])
def test_acts_of_their_kind_still_criticised(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States urged Belarus to free the jailed blogger. Belarus refused to release Protasevich.", "en",
     ("BLR", "12", "USA")),
    ("Die USA forderten Belarus auf, den Blogger freizulassen. Belarus weigerte sich, Protassewitsch freizulassen.",
     "de", ("BLR", "12", "USA")),
    ("The EU called for Navalny's release. Russia refused to free Navalny.", "en", ("RUS", "12", "IGO:EU")),
    ("Die EU forderte die Freilassung Nawalnys. Russland lehnte es ab, Nawalny freizulassen.", "de",
     ("RUS", "12", "IGO:EU")),
])
def test_a_refused_release_answers_who_asked(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Police arrested Navalny. Russia refused to free Navalny.", "en", ("RUS", "12", "RUS")),
    ("Washington urged Minsk to talk to the opposition. Lukashenko refused to meet Tsikhanouskaya.", "en",
     ("BLR", "12", "BLR")),
])
def test_no_one_else_asked_or_no_release(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Oppositionsführerin Swetlana Tichanowskaja hat Alexander Lukaschenko zum Rücktritt aufgefordert. "
     "Sie verlangte außerdem die Freilassung aller politischen Gefangenen.", ("BLR/OPP", "1053", "BLR/CVL")),
    ("Kanzlerin Angela Merkel empfing Wladimir Putin in Meseberg. Sie kritisierte die Festnahme Nawalnys.",
     ("DEU/GOV", "111", "RUS/OPP")),
])
def test_she_after_a_man_named_with_his_first_name(text, expected):
    assert sectored(text, "de")[-1] == expected


def test_she_after_two_women_stays_no_one():
    text = "Tichanowskaja traf Merkel in Berlin. Sie kritisierte Lukaschenko."
    assert [e for e in sectored(text, "de") if e[1] == "111"] == []
