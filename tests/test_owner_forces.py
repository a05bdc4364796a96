"""Forces named only as the owner of a thing ("on a Mexican air force plane", "mit einem Flugzeug
der mexikanischen Luftwaffe") are not the article's one army whose country its unnamed soldiers
take (Coder._owner_only; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Bolivian President Evo Morales resigned on Sunday. He flew to Mexico on a Mexican air force "
           "plane. On Monday the army urged the protesters to go home."),
    ("de", "Boliviens Präsident Evo Morales ist am Sonntag zurückgetreten. Er flog mit einem Flugzeug der "
           "mexikanischen Luftwaffe nach Mexiko. Am Montag forderte die Armee die Demonstranten auf, nach "
           "Hause zu gehen."),
])
def test_forces_that_own_a_plane_are_no_army_of_the_article(lang, text):
    assert not [e for e in coded(text, lang) if e[1].startswith(("02", "10")) and "MEX" in (e[0], e[2])]


def test_soldiers_of_a_named_army_still_make_it_the_article_army():
    events = coded("Israeli army soldiers entered Jenin on Monday. The soldiers arrested two men.", "en")
    assert [e[0] for e in events if e[1].startswith("17")] == ["ISR"]
