"""Branch s20b: false events found on unseen NTREX news (silver s20b: sport, culture and consumer
articles of 2018, which hold no codeable event) and on the German corpus (sentences written for
these tests).

- A verb takes no frames of a noun its lemma ends in (``FrameBook.find``; a compound noun still
  does, "Maximalforderung" as "Forderung"): German "übertreffen" (to exceed) is no "treffen" (to
  meet), "weiterversuchen" no "ersuchen", "hervorgehen" no "vorgehen". "Indien übertraf China
  beim Wachstum" was IND 040 CHN.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples


@pytest.mark.parametrize("text", [
    "Indien übertraf im vergangenen Jahr China beim Wirtschaftswachstum.",
    "Japan übertrifft Südkorea bei den Exporten nach Europa.",
])
def test_exceeding_is_no_meeting(text):
    assert triples(text, "de") == []


def test_trying_on_is_no_request():
    assert triples("Die Opposition versuchte weiter, mit der Regierung in Ankara zu verhandeln.", "de") \
        == [("TUR", "046", "TUR")]

