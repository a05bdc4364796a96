"""An act of force that a verb of protest or criticism reacts to is placed by its own phrases
only: "Kurdish groups held a rally in Vienna against the Turkish offensive" had coded a Turkish
offensive against Austria (the rally's town taken as the offensive's target). The act's own place
still counts ("Deutschland verurteilte die türkische Offensive in Nordsyrien": TUR 190 SYR)."""
from __future__ import annotations

from coded_events import coded


def test_the_reactions_town_is_not_the_acts_target():
    events = [e[:3] for e in coded("Kurdish groups held a rally in Vienna against the Turkish offensive.", "en")]
    assert not any(e[1].startswith("19") for e in events)


def test_the_acts_own_place_is_its_target():
    events = [e[:3] for e in coded("Deutschland verurteilte die türkische Offensive in Nordsyrien.", "de")]
    assert ("DEU", "111", "TUR") in events and ("TUR", "190", "SYR") in events
