"""Event dates: the temporal phrase of a clause resolved against the publication date.

``resolve`` gives the ISO value of one expression ("am Samstag" -> ``2018-05-26``,
"diese Woche" -> ``2018-W21``, "Ende April" -> ``2018-04``, "2018" -> ``2018``).
``date_event`` dates one event and says on what basis:

1. ``expression``: the temporal phrase of the event's clause (or its governing
   clause), widened to the full expression the tagger finds at that place in the
   sentence ("Ende" -> "seit Ende April"). A reference point ("seit Ende April",
   "bis Juni") is not the event's time and is skipped.
2. ``sentence``: with no such phrase, the temporal expression of the same sentence
   nearest to the event's trigger (weaker: it may belong to another clause).
3. ``publication``: a past-tense report (asserted or reported) without either
   happened by the publication date; that date is the default.
4. None: intentions, negations and present-tense statements get no date.

Future tense and intentions look forward ("am Montag" -> the next Monday).
"""
from __future__ import annotations

import datetime as dt

from chronist import lang as languages
from chronist.time.tagger import Timex, find

BASES = ("expression", "sentence", "publication")


def direction_of(tense: str, modality: str) -> str:
    """past, present or future: which way an expression without a year or week looks."""
    if tense == "future" or (modality == "intent" and tense == "present"):
        return "future"
    return "past" if tense == "past" else "present"


def resolve(expression: str, pub: dt.date | None, *, lang: str | None = None,
            direction: str = "past") -> str | None:
    """The ISO value (day, week, month or year) of the first expression in ``expression``.

    ``lang`` None tries every registered language in turn (German, then English)."""
    if not expression:
        return None
    for code in ((lang,) if lang else languages.available()):
        for timex in find(expression, pub, lang=code, direction=direction):
            if timex.value is not None:
                return timex.value
    return None


def _locate(phrase: str, sentence: str) -> tuple[int, int] | None:
    """Where the coder's time phrase (tokens joined by spaces) lies in the sentence."""
    at = sentence.find(phrase)
    if at >= 0:
        return at, at + len(phrase)
    words = phrase.split()
    if not words:
        return None
    first, last = sentence.find(words[0]), sentence.rfind(words[-1])
    if first >= 0 and last >= first:
        return first, last + len(words[-1])
    return None


def date_event(*, sentence: str, time_text: str | None, trigger: int | None, pub: dt.date | None,
               lang: str, tense: str, modality: str, sentence_fallback: bool = True,
               timexes: list[Timex] | None = None,
               time_span: tuple[int, int] | None = None) -> tuple[str | None, str | None]:
    """(date, basis) of one event; ``trigger`` is the trigger's offset in ``sentence``.

    ``timexes`` may pass ``find(sentence, ...)`` already computed for the sentence.
    ``time_span``: where the clause's time phrase lies in ``sentence`` (the pipeline passes the
    offsets of the front-end's tokens); without it ``time_text`` is looked for in the sentence."""
    direction = direction_of(tense, modality)
    if timexes is None:
        timexes = find(sentence, pub, lang=lang, direction=direction) if sentence else []
    if time_span is not None:
        time_text = sentence[time_span[0]:time_span[1]]
    if time_text:
        # The clause's own time phrase: for a past event it cannot lie after publication.
        own_direction = "settled" if direction == "past" and modality in ("asserted", "reported") else direction
        span = time_span if time_span is not None else _locate(time_text, sentence)
        hits = [t for t in timexes if span and t.start < span[1] and span[0] < t.end]
        if hits:
            usable = [t for t in hits if not t.anchor and t.value is not None]
            if usable:
                first = usable[0]
                if own_direction != direction:     # the same words, resolved as settled
                    again = [t for t in find(first.text, pub, lang=lang, direction=own_direction) if t.value]
                    return (again[0] if again else first).value, "expression"
                return first.value, "expression"
        else:
            own = [t for t in find(time_text, pub, lang=lang, direction=own_direction)
                   if not t.anchor and t.value is not None]
            if own:
                return own[0].value, "expression"
    if sentence_fallback and trigger is not None:      # no phrase, or one that names no time
        usable = [t for t in timexes if not t.anchor and t.value is not None]
        if usable:
            nearest = min(usable, key=lambda t: min(abs(t.start - trigger), abs(t.end - trigger)))
            return nearest.value, "sentence"
    if pub is not None and tense == "past" and modality in ("asserted", "reported"):
        return pub.isoformat(), "publication"
    return None, None
