"""A mediation that names its sides by kinds of actor of no country told ("to mediate between the
generals and the protest movement") is between those sides, of the article's country; not between
the parties of the act told before it ("The United States and Britain condemned the crackdown").
Sentences written for these tests; each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("KHARTOUM (Reuters) - Security forces raided the sit-in, killing dozens of protesters. The United States "
     "and Britain condemned the crackdown. Ethiopian Prime Minister "
     "Abiy Ahmed flew to Khartoum to mediate between the generals and the protest movement.", "en",
     ("ETH", "045", "SDN+SDN", "asserted")),
    ("Khartum – Die USA verurteilten das Vorgehen der Armee. Äthiopiens Ministerpräsident Abiy Ahmed reiste "
     "nach Khartum, um zwischen den Generälen und der Protestbewegung zu vermitteln.", "de",
     ("ETH", "045", "SDN+SDN", "asserted")),
])
def test_mediation_between_named_sides(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)
