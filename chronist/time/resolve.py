"""Event dates: the temporal phrase of a clause resolved against the publication date.

Resolves the expressions wire copy uses most ("am Samstag", "am Wochenende",
"diese Woche", "gestern", "am 12. Juni", "on Saturday", "last week", "June 12")
and keeps their precision: a day (``2018-05-26``), a week (``2018-W21``), a month
(``2018-05``). Weekdays go back to the most recent such day before publication,
or forward for future tense. Issue "When and where" extends this module.
"""
from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
}
RELATIVE_DAYS = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
                 "morgen": 1, "tomorrow": 1, "übermorgen": 2}
THIS_WEEK = re.compile(r"\b(diese[rn]?|this)\s+(woche|week)\b")
LAST_WEEK = re.compile(r"\b(vergangene[rn]?|letzte[rn]?|vorige[rn]?|last)\s+(woche|week)\b")
NEXT_WEEK = re.compile(r"\b(nächste[rn]?|kommende[rn]?|next)\s+(woche|week)\b")
WEEKEND = re.compile(r"\b(wochenende|weekend)\b")
DAY_MONTH = re.compile(r"\b(\d{1,2})\.?\s+([a-zäöü]+)\b")
MONTH_DAY = re.compile(r"\b([a-z]+)\s+(\d{1,2})\b")
YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _weekday(pub: dt.date, weekday: int, *, future: bool) -> dt.date:
    if future:
        delta = (weekday - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta)
    # the day itself counts: "am Sonntag" in a Sunday paper is that Sunday
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def resolve(expression: str, pub: dt.date | None, *, future: bool = False) -> str | None:
    """The ISO date (day, week or month) of a temporal expression, or None."""
    if pub is None or not expression:
        return None
    text = expression.lower()
    for word, offset in RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text):
            return (pub + dt.timedelta(days=offset)).isoformat()
    match = DAY_MONTH.search(text) or None
    if match and match.group(2) in MONTHS:
        return _in_year(pub, MONTHS[match.group(2)], int(match.group(1)), text)
    match = MONTH_DAY.search(text)
    if match and match.group(1) in MONTHS:
        return _in_year(pub, MONTHS[match.group(1)], int(match.group(2)), text)
    for word, weekday in WEEKDAYS.items():
        if word in text:          # also "Samstagabend", "Sonntagmorgen"
            return _weekday(pub, weekday, future=future).isoformat()
    if WEEKEND.search(text):
        return _weekday(pub, 5, future=future).isoformat()
    if THIS_WEEK.search(text):
        return _week(pub)
    if LAST_WEEK.search(text):
        return _week(pub - dt.timedelta(days=7))
    if NEXT_WEEK.search(text):
        return _week(pub + dt.timedelta(days=7))
    for word, month in MONTHS.items():
        if re.search(rf"\b{word}\b", text):
            year = int(YEAR.search(text).group(1)) if YEAR.search(text) else pub.year
            return f"{year}-{month:02d}"
    return None


def _in_year(pub: dt.date, month: int, day: int, text: str) -> str | None:
    year_match = YEAR.search(text)
    year = int(year_match.group(1)) if year_match else pub.year
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
