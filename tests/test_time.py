"""Temporal expressions resolved against the publication date (a Sunday)."""
import datetime as dt

import pytest

from chronist.time.resolve import resolve

SUNDAY = dt.date(2018, 5, 27)


@pytest.mark.parametrize("expression, future, expected", [
    ("am Samstag", False, "2018-05-26"),
    ("am Samstagabend", False, "2018-05-26"),
    ("am Sonntag", False, "2018-05-27"),
    ("am Montag", False, "2018-05-21"),
    ("am Montag", True, "2018-05-28"),
    ("on Saturday", False, "2018-05-26"),
    ("am Wochenende", False, "2018-05-26"),
    ("diese Woche", False, "2018-W21"),
    ("vergangene Woche", False, "2018-W20"),
    ("next week", False, "2018-W22"),
    ("gestern", False, "2018-05-26"),
    ("heute", False, "2018-05-27"),
    ("am 12. Juni", False, "2018-06-12"),
    ("den 1. Juni", False, "2018-06-01"),
    ("June 12", False, "2018-06-12"),
    ("im April", False, "2018-04"),
    ("im März 2017", False, "2017-03"),
    ("am 31. Februar", False, None),
    ("zum zweiten Mal", False, None),
], ids=lambda v: str(v))
def test_resolve(expression, future, expected):
    assert resolve(expression, SUNDAY, future=future) == expected


def test_no_publication_date_no_date():
    assert resolve("am Samstag", None) is None
