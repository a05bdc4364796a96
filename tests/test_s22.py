"""Trust said to be wanting first (twenty-second session, after s22b).

s22b made trust withheld a rejection (120: the packs' ``attitude_verbs``), also trust one says must
come first ("would not resume unless it could trust India"). The same holds where the condition is
made the only one ("only if", German "nur, wenn", "erst wenn": the packs' lexicon lists
``only_condition_adverbs``), and for German "trauen" beside "vertrauen" (a dative verb, with the
frame trauen 051 in frames-s22b.yaml). A condition of trust that is not the only one stays a
condition, and a negated "sich trauen" (to dare) is no attitude to a party.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded as _coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Japan says trade will recover only if it can trust China.", "en", ("JPN", "120", "CHN", "asserted")),
    ("Chile said it would sign the treaty only if it could trust Peru.", "en", ("CHL", "120", "PER", "asserted")),
    ("Polen sagt, eine Einigung gebe es nur, wenn es Russland trauen könne.", "de", ("POL", "120", "RUS", "asserted")),
    ("Die Regierung in Warschau erklärte, ein Abkommen werde erst unterzeichnet, wenn sie Moskau vertrauen könne.", "de",
     ("POL", "120", "RUS", "asserted")),
    ("Polen traut Russland nicht.", "de", ("POL", "120", "RUS", "asserted")),
    ("Die litauische Regierung traut den Vereinigten Staaten.", "de", ("LTU", "051", "USA", "asserted")),
])
def test_trust_wanting_first_is_withheld(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Japan says trade will recover if it can trust China.", "en"),
    ("Polen sagt, eine Einigung gebe es, wenn es Russland trauen könne.", "de"),
    ("Der Minister traut sich nicht, Moskau zu kritisieren.", "de"),
    ("Das Paar ließ sich in Wien trauen.", "de"),
])
def test_a_mere_condition_or_daring_is_no_rejection(text, lang):
    assert not [e for e in _coded(text, lang) if e[1] == "120"]
