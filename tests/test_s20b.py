"""Branch s20b: false events found on unseen NTREX news (silver s20b: sport, culture and consumer
articles of 2018, which hold no codeable event) and on the German corpus (sentences written for
these tests).

- A bare last name after a person the dictionaries do not know was named in full with it ("Lukas
  Nielsen ... Nielsen", "Maria Lavrov ... Lavrov") is that person, of no actor, not the person of
  the dictionaries with that last name (``Mentions.other_bearer``, ``add_bearer``; in German also
  with a genitive ending, "Nielsens Kritik"), unless that
  person was named before in the article ("Kirstjen Nielsen ... Nielsen"). It was coded as the
  dictionary's person: "Erik Nielsen met reporters in Oslo. Nielsen praised Canada" USA 051 CAN.
- A verb takes no frames of a noun its lemma ends in (``FrameBook.find``; a compound noun still
  does, "Maximalforderung" as "Forderung"): German "übertreffen" (to exceed) is no "treffen" (to
  meet), "weiterversuchen" no "ersuchen", "hervorgehen" no "vorgehen". "Indien übertraf China
  beim Wachstum" was IND 040 CHN.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples


@pytest.mark.parametrize("text, lang", [
    ("Maria Lavrov, a student from Leeds, wrote to the newspaper. Lavrov accused France of lying.", "en"),
    ("Erik Nielsen met reporters in Oslo on Monday. Nielsen praised Canada for its help.", "en"),
    ("Chris Pompeo scored in the final minute. Pompeo thanked Germany.", "en"),
    ("Anna Nielsen, eine Lehrerin aus Aarhus, schrieb an die Zeitung. Nielsen warf Kanada Lügen vor.", "de"),
    ("Der Stürmer Luca Pompeo traf zweimal. Pompeo lobte Deutschland.", "de"),
    ("Die Bloggerin Sara Nielsen schrieb an die Zeitung. Nielsens Kritik an Kanada war scharf.", "de"),
])
def test_last_name_of_a_stranger_named_in_full_is_his(text, lang):
    assert triples(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Erik Nielsen met reporters in Oslo. Nielsen praised Canada. Kirstjen Nielsen visited Mexico on "
     "Friday. Nielsen criticised Mexico.", "en", [("USA", "042", "MEX"), ("USA", "111", "MEX")]),
    ("Anna Nielsen schrieb an die Zeitung. Nielsen lobte Kanada. Kirstjen Nielsen besuchte am Freitag "
     "Mexiko. Nielsen kritisierte Mexiko.", "de", [("USA", "042", "MEX"), ("USA", "111", "MEX")]),
])
def test_last_name_is_the_known_persons_once_named(text, lang, expected):
    assert triples(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Indien übertraf im vergangenen Jahr China beim Wirtschaftswachstum.",
    "Japan übertrifft Südkorea bei den Exporten nach Europa.",
])
def test_exceeding_is_no_meeting(text):
    assert triples(text, "de") == []


def test_trying_on_is_no_request():
    assert triples("Die Opposition versuchte weiter, mit der Regierung in Ankara zu verhandeln.", "de") \
        == [("TUR", "046", "TUR")]

