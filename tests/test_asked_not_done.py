"""What a demand or an appeal asks for is not done by whoever resists it, also when the demand
stands in a prepositional phrase or a dative and its infinitive follows the clause:
- English: the parser hangs "to recognise" of "balked at the EU demand to recognise Kosovo" on
  the verb; it is hung on the noun of the phrase, as for an object ("defied the US demand to
  withdraw", ``repairs.infinitives_read_as_verb_complements``);
- German: a zu-infinitive after a clause that ends in a noun of demand or appeal (lexicon
  ``request_nouns``: "sträubte sich gegen die Forderung der EU, das Kosovo anzuerkennen") is
  asked, not done (``Clause.possible``).
- English: a that-clause in the subjunctive after a demand noun ("rejected Germany's demand that
  it free the protesters") is asked, not done (`lang/en/clauses.py`, `Clause.possible`).
Before, each coded the resister doing what was asked (Serbia recognising Kosovo, 054; Iran
freeing the protesters, 0841)."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, rejection", [
    ("en", "Belgrade balked at the EU demand to recognise Kosovo.", ("SRB", "12", "IGO:EU")),
    ("en", "Warsaw objected to the EU call to accept refugees.", ("POL", "12", "IGO:EU")),
    ("de", "Belgrad sträubte sich gegen die Forderung der EU, das Kosovo anzuerkennen.", ("SRB", "12", "IGO:EU")),
    ("de", "Polen wandte sich gegen den Aufruf der EU, Flüchtlinge aufzunehmen.", ("POL", "12", "IGO:EU")),
    ("de", "Belgrad widersetzte sich der Forderung der EU, das Kosovo anzuerkennen.", ("SRB", "12", "IGO:EU")),
])
def test_the_act_asked_for_is_not_done(lang, text, rejection):
    events = [e[:3] for e in coded(text, lang)]
    assert rejection in events
    assert not [e for e in events if e[1] in ("054", "075")], events


def test_complying_with_a_demand_still_does_it():
    events = [e[:3] for e in coded("Belgrad kam der Forderung der EU nach, das Kosovo anzuerkennen.", "de")]
    assert ("SRB", "054", "XKX") in events


@pytest.mark.parametrize("text, rejection", [
    ("Moscow rejected the Dutch demand that it hand over the suspects.", ("RUS", "12", "NLD")),
    ("Tehran ignored the French demand that Iran free the aid worker.", ("IRN", "128", "FRA")),
])
def test_the_content_of_a_demand_in_the_subjunctive_is_not_done(text, rejection):
    # "that it hand over", "that Iran free": the parser's acl or relcl of the demand noun
    events = [e[:3] for e in coded(text, "en")]
    assert events == [rejection]
