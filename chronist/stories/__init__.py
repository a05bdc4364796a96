"""Stories: events that report the same real-world event, across sentences, articles and languages.

Each stored event is a *mention* of exactly one story (``events.story``); the ``stories`` table
keeps GDELT's counts per story (mentions, distinct articles, distinct sources, first and last
report). :mod:`chronist.stories.rules` says when two mentions are one event,
:mod:`chronist.stories.assign` applies the rules as articles are stored (incrementally, through
an index by key and date) or to the whole store again (:func:`recluster`).
"""
from chronist.stories.assign import assign_article, assign_missing, recluster
from chronist.stories.rules import SYMMETRIC, Mention, StoryState, dyad_key, interval, story_key

__all__ = ["SYMMETRIC", "Mention", "StoryState", "assign_article", "assign_missing", "dyad_key", "interval",
           "recluster", "story_key"]
