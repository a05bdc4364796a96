"""Refusals told as what cannot be done, in the speaker's words (twenty-second session, s22h).

"Iran said the demands of the United States could not be accepted": an acceptance or a meeting
of demands (03, 083) told in the passive, negated with an ability modal (the packs'
``ability_modals``) or as what will or would not be done ("would not be accepted"), with no doer
named, is the speaker's refusal (12), aimed at the owner of what
is refused, as "Iran rejected the demands of the United States". A doer named in the passive stays
the refuser; an act that is no acceptance ("the sanctions could not be lifted") and a plain
negated past ("was not accepted", "have not been met", "konnten nicht erfüllt werden": a report,
not a refusal) stay as they were.

"die Forderungen der USA seien nicht annehmbar", "the US demands were not acceptable": "be" with
the predicative "acceptable" (English lexicon ``acceptance_adjectives``; German frame words in
frames-s22h.yaml), said by a speaker, is his agreement (03), negated his refusal (12) of the
thing's owner. "unacceptable"/"inakzeptabel" stay words of scorn (111, frames-light.yaml).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded as _coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Chile said the demands of Bolivia could not be accepted.", "en", ("CHL", "12", "BOL", "asserted")),
    ("Kenya says Somalia's conditions cannot be met.", "en", ("KEN", "12", "SOM", "asserted")),
    ("Bolivia's proposals could not be accepted, the Chilean foreign minister said.", "en", ("CHL", "12", "BOL", "asserted")),
    ("Chile erklärte, die Forderungen Boliviens könnten nicht erfüllt werden.", "de", ("CHL", "12", "BOL", "asserted")),
    ("Kenia sagt, die Bedingungen Somalias können nicht akzeptiert werden.", "de", ("KEN", "12", "SOM", "asserted")),
    ("Chile said the demands of Bolivia would not be accepted.", "en", ("CHL", "12", "BOL", "asserted")),
    ("Chile erklärte, die Forderungen Boliviens werden nicht erfüllt werden.", "de", ("CHL", "12", "BOL", "asserted")),
    ("Chile said the demands of Bolivia were not acceptable.", "en", ("CHL", "12", "BOL", "asserted")),
    ("Somalia's latest offer is not acceptable, Kenya's government said.", "en", ("KEN", "12", "SOM", "asserted")),
    ("Chile erklärte, die Forderungen Boliviens seien nicht annehmbar.", "de", ("CHL", "12", "BOL", "asserted")),
    ("Der Plan Somalias sei nicht hinnehmbar, sagte die kenianische Regierung.", "de", ("KEN", "12", "SOM", "asserted")),
    ("Chile erklärte, das Angebot Boliviens sei für Peru nicht akzeptabel.", "de", ("PER", "12", "BOL", "asserted")),
])
def test_refusal_said_as_what_cannot_be_accepted(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang, absent", [
    # a doer named in the passive refuses, not the speaker
    ("Chile said the demands of Bolivia could not be accepted by Peru.", "en", ("CHL", "12", "BOL")),
    # no acceptance: a concession one says cannot be made is not the speaker's
    ("Chile said the sanctions on Bolivia could not be lifted.", "en", ("CHL", "12", "BOL")),
    # a past negated passive reports, it does not refuse
    ("Chile said the proposal of Bolivia was not accepted.", "en", ("CHL", "12", "BOL")),
    ("Chile said the demands of Bolivia have not been met.", "en", ("CHL", "12", "BOL")),
    ("Die Forderungen Boliviens konnten nicht erfüllt werden, sagte Chile.", "de", ("CHL", "12", "BOL")),
    # "unacceptable" stays scorn
    ("Chile said the demands of Bolivia were unacceptable.", "en", ("CHL", "12", "BOL")),
])
def test_not_the_speakers_refusal(text, lang, absent):
    assert not any(e[:3] == absent for e in _coded(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Chile said the situation was not acceptable.", "en"),
    ("Chile erklärte, die Lage sei nicht hinnehmbar.", "de"),
])
def test_unowned_thing_no_event(text, lang):
    assert not [e for e in _coded(text, lang) if e[1] in ("12", "03")]
