"""An unnamed army or police facing rebels of one state, with no place named, is that state's,
not the state an article names most ("Die RSF-Miliz, die gegen die Armee kämpft" in an
article filed in New York about Russia's veto) (coding.coder._localise; sentences written here)."""
from __future__ import annotations

from tests.coded_events import coded

TEXT = ("New York – Russland hat im UN-Sicherheitsrat eine Resolution blockiert, die eine Waffenruhe im Sudan "
        "gefordert hätte. Die britische Botschafterin warf Moskau vor, dem Frieden im Weg zu stehen. Der russische "
        "Vizebotschafter wies das zurück. Die RSF-Miliz, die seit April gegen die Armee kämpft, begrüßte den Entwurf.")


def test_the_army_the_rebels_fight_is_their_states():
    got = [event[:3] for event in coded(TEXT, "de")]
    assert ("SDN", "190", "SDN") in got and ("SDN", "190", "RUS") not in got
