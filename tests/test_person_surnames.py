"""A person named in full is named later by the last name alone, also where the tagger takes that
name for a plural name ("Evo Morales ... Morales's resignation": annotate._plural), in the
English parse that hangs the object on it ("granted Morales political asylum":
repairs.receivers_read_as_compounds); and such a last name is no town that forces fire on
("Morales supporters": Coder._attacked_towns). Sentences written for these tests."""
from __future__ import annotations

from tests.coded_events import coded

LEAD = "Bolivian President Evo Morales resigned on Sunday. "


def test_a_last_name_tagged_plural_is_the_person_named_before():
    assert coded(LEAD + "The United States welcomed Morales's resignation.", "en") == [("USA", "051", "BOL", "asserted")]


def test_asylum_granted_to_a_last_name():
    assert coded(LEAD + "Mexico granted Morales political asylum.", "en") == [("MEX", "075", "BOL", "asserted")]


def test_a_last_name_is_no_town():
    # "Morales" is also a town in Colombia
    assert not [e for e in coded(LEAD + "Soldiers opened fire on Morales supporters.", "en") if e[2] == "COL"]
