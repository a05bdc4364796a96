"""English counterpart of tests/test_doer_of_act_de.py: the target of a verb whose object or
prepositional phrase names an act is the act's doer, named by "by", not whom the "of" phrase names:
"condemned the arrest of a French journalist by Iranian authorities" is aimed at Iran (the parser
hangs that "by" on the journalist), "protested against the expulsion of its diplomats by Russia" at
Russia (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected, wrong", [
    ("Germany condemned the arrest of a French journalist by Iranian authorities.",
     ("DEU", "ACCUSE", "IRN"), ("DEU", "ACCUSE", "FRA")),
    ("Turkey condemned the detention of a German reporter by Greek border guards.",
     ("TUR", "ACCUSE", "GRC"), ("TUR", "ACCUSE", "DEU")),
    ("Britain protested against the expulsion of its diplomats by Russia.",
     ("GBR", "ACCUSE", "RUS"), ("GBR", "ACCUSE", "GBR")),
    ("France protested against the expulsion of its diplomats by the Russian government.",
     ("FRA", "ACCUSE", "RUS"), ("FRA", "ACCUSE", "FRA")),
], ids=["by-on-the-person", "by-on-the-act", "prep-against", "prep-against-government"])
def test_the_doer_is_the_target(text, expected, wrong):
    found = events(text, "en")
    assert expected in found and wrong not in found


@pytest.mark.parametrize("text, expected", [
    ("The German foreign minister rejected the proposal of the Hungarian prime minister.",
     ("DEU", "REJECT", "HUN")),
    ("Italy criticised Austria's closure of the border.", ("ITA", "ACCUSE", "AUT")),
    ("The EU welcomed the release of the activists by the Russian authorities.",
     ("IGO:EU", "SUPPORT", "RUS")),
    ("Poland criticised the seizure of its fishing boats by Russian coastguards.",
     ("POL", "ACCUSE", "RUS")),
], ids=["of-doer", "possessor", "praise", "by-already"])
def test_other_objects_keep_their_target(text, expected):
    assert expected in events(text, "en")
