"""Latin America 2021-2023 (sentences written for these tests, branch art48b).

- A person titled with a state office below the government (a court, prosecutor, lawmaker,
  officer: sectors JUD, LEG, MIL, COP) but of no named state is found again by his last name
  (``Mentions.by_surname``), and the coder gives him the article's state as it gave the full
  mention: "Attorney General Consuelo Porras ... The United States barred Porras from entering the
  country" is USA 172 GTM (the target was the United States itself), "The European Union imposed
  sanctions on Porras" IGO:EU 163 GTM (was no event). A minister of no named state is not
  (measured: one wrong event more on the German news file).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


_MET = "Guatemalan President Alejandro Giammattei met Attorney General Consuelo Porras on Monday. "


@pytest.mark.parametrize("text, expected", [
    (_MET + "The European Union imposed sanctions on Porras.", ("IGO:EU", "163", "GTM")),
    (_MET + "The United States barred Porras from entering the country.", ("USA", "172", "GTM")),
])
def test_titled_official_found_again_by_last_name(text, expected):
    assert _events(text, "en")[-1] == expected
