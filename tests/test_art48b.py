"""Latin America 2021-2023 (sentences written for these tests, branch art48b).

- A person titled with a state office below the government (a court, prosecutor, lawmaker,
  officer: sectors JUD, LEG, MIL, COP) but of no named state is found again by his last name
  (``Mentions.by_surname``), and the coder gives him the article's state as it gave the full
  mention: "Attorney General Consuelo Porras ... The United States barred Porras from entering the
  country" is USA 172 GTM (the target was the United States itself), "The European Union imposed
  sanctions on Porras" IGO:EU 163 GTM (was no event). A minister of no named state is not
  (measured: one wrong event more on the German news file).
- A demand that its target leave the demanders' own state, named as a place, expels the target
  (166), as a demand to leave "the country" does (``Coder._departure``): "Lima ordered the Mexican
  ambassador to leave Peru" PER 166 MEX, "Der Kreml forderte zehn polnische Diplomaten auf,
  Russland zu verlassen" RUS 166 POL (were 10). Forces told to leave stay a demand ("Ukraine
  demanded that Russian troops leave Ukraine" UKR 10 RUS).
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


@pytest.mark.parametrize("text, lang, expected", [
    ("Lima ordered the Mexican ambassador to leave Peru within 72 hours.", "en", ("PER", "166", "MEX")),
    ("Managua told the EU ambassador to leave Nicaragua.", "en", ("NIC", "166", "IGO:EU")),
    ("Der Kreml forderte zehn polnische Diplomaten auf, Russland zu verlassen.", "de", ("RUS", "166", "POL")),
    ("Lima forderte den mexikanischen Botschafter auf, Peru binnen 72 Stunden zu verlassen.", "de",
     ("PER", "166", "MEX")),
])
def test_told_to_leave_the_demanders_state_is_expelled(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_forces_told_to_leave_stay_a_demand():
    assert _events("Ukraine demanded that Russian troops leave Ukraine.", "en") == [("UKR", "10", "RUS")]
