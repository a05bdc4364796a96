"""Event nouns whose parties stand beside them ("talks with Iran", "a meeting between Macron and
Scholz", "ein Treffen zwischen Putin und Selenskyj"): only planned, proposed, offered, prepared,
hoped for, feared or asked for they are no event held (the object of a verb of ``planning_verbs``,
a phrase of ``planning_phrases``, the complement of a noun of ``planning_nouns``): the event is
planned, its modality intent (as the gold codes "Trump's meeting with Rosenstein could be pushed
back"); hoped or feared, a mention (frames.yaml ``mentions``), no event. A plan to meet that the
front-end marks as its subject's intent stays that intent (036: "Russland bot Gespräche mit der
Ukraine an"). Held ones stay held ("held talks with", "the meeting between X and Y ended",
"nach Gesprächen mit")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

NOT_HELD = [
    ("en", "Italy proposed a meeting between Meloni and Erdogan in Rome.", "ITA+TUR"),
    ("en", "The European Union is preparing a summit with Japan in Brussels.", "IGO:EU"),
    ("en", "Qatar called for negotiations between Israel and Hamas on Sunday.", "ISR+PSE"),
    ("en", "Egypt announced a summit between Sudan and South Sudan.", "SDN+SSD"),
    ("en", "Oil prices fell on hopes of trade talks between Washington and Beijing.", "USA+CHN"),
    ("en", "Lithuania rejected a proposal for talks with Belarus on Friday.", "LTU"),
    ("en", "India welcomed the call for talks between Armenia and Azerbaijan.", "ARM+AZE"),
    ("en", "Talks between Serbia and Kosovo are expected in Brussels next week.", "SRB+XKX"),
    ("de", "Italien schlug ein Treffen zwischen Meloni und Erdogan in Rom vor.", "ITA+TUR"),
    ("de", "Katar forderte Verhandlungen zwischen Israel und der Hamas.", "ISR+PSE"),
    ("de", "Ägypten kündigte einen Gipfel zwischen dem Sudan und dem Südsudan an.", "SDN+SSD"),
    ("de", "Die UN riefen zu Verhandlungen zwischen Armenien und Aserbaidschan auf.", "ARM+AZE"),
    ("de", "Kroatien plant Gespräche zwischen Serbien und dem Kosovo.", "SRB+XKX"),
]


@pytest.mark.parametrize("lang, text, parties", NOT_HELD, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(NOT_HELD)])
def test_a_planned_event_noun_with_its_parties_is_not_held(lang: str, text: str, parties: str) -> None:
    assert not [e for e in coded(text, lang) if e[0] == parties and e[1].startswith(("03", "04"))
                and e[3] == "asserted"]


HELD = [
    ("en", "Britain held talks with Iran in London on Monday.", ("GBR", "040", "IRN", "asserted")),
    ("en", "The meeting between Meloni and Erdogan ended without a statement.", ("ITA+TUR", "040", "ITA+TUR", "asserted")),
    ("en", "Talks between Serbia and Kosovo resumed in Brussels.", ("SRB+XKX", "040", "SRB+XKX", "asserted")),
    ("en", "Spain announced the results of its talks with Morocco.", ("ESP", "040", "MAR", "asserted")),
    ("de", "Das Treffen zwischen Meloni und Erdogan endete ohne Ergebnis.", ("ITA+TUR", "040", "ITA+TUR", "asserted")),
    ("de", "Nach Gesprächen mit China kehrte Biden nach Washington zurück.", ("USA", "040", "CHN", "asserted")),
    ("de", "Großbritannien führte Gespräche mit dem Iran.", ("GBR", "040", "IRN", "asserted")),
    ("de", "Russland bot Gespräche mit der Ukraine an.", ("RUS", "036", "UKR", "intent")),
    # an offer of talks is an act of its own (036), as the German frame of "anbieten"
    ("en", "Britain offered talks with Iran on Tuesday.", ("GBR", "036", "IRN", "asserted")),
]


@pytest.mark.parametrize("lang, text, event", [
    ("en", "Italy proposed a meeting between Meloni and Erdogan in Rome.", ("ITA+TUR", "040", "ITA+TUR", "intent")),
    ("en", "The European Union is preparing a summit with Japan in Brussels.", ("IGO:EU", "040", "JPN", "intent")),
    ("de", "Katar forderte Verhandlungen zwischen Israel und der Hamas.", ("ISR+PSE", "046", "ISR+PSE", "intent")),
], ids=["en-0", "en-1", "de-0"])
def test_a_planned_event_noun_is_an_intent(lang: str, text: str, event: tuple) -> None:
    assert event in coded(text, lang)


@pytest.mark.parametrize("lang, text, event", HELD, ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(HELD)])
def test_a_held_or_intended_event_noun_with_its_parties_stays(lang: str, text: str, event: tuple) -> None:
    assert event in coded(text, lang)
