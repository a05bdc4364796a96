"""A body referred to by its noun ("the agency") is the one named last by that noun
("Turkey's defence procurement agency"), before any organisation named by its own name; and
a state receives parties (persons, delegations, bodies), not things ("receiving U.S. export
licenses" is no visit hosted). Sentences written for these tests."""
from tests.coded_events import coded


def test_the_agency_named_by_its_noun():
    events = coded("The United States imposed sanctions on Turkey's defense procurement agency, straining ties "
                   "between the NATO allies. The agency condemned the sanctions.", "en")
    assert [e[:3] for e in events] == [("USA", "163", "TUR"), ("TUR", "111", "USA")]


def test_the_organisation_named_by_its_name():
    events = coded("Amnesty International accused Myanmar of genocide. The organisation also criticised China.", "en")
    assert ("NGO:AI", "111", "CHN") in [e[:3] for e in events]


def test_things_are_not_received_as_visitors():
    assert not [e for e in coded("Turkey received U.S. export licenses.", "en")
                if e[1].startswith("04")]


def test_persons_are_received():
    assert [e[:3] for e in coded("Putin received Erdogan in the Kremlin.", "en")] == [("RUS", "043", "TUR")]
