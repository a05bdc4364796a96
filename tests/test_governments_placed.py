"""A government named by its noun that acts on another party takes the article's country, or its
dateline's, before the country the sentence places the act in: "Berlin – Die Bundesregierung hat die
Türkei zur Zurückhaltung im Norden Syriens aufgefordert" is Germany's appeal, not Syria's. An
authority no word names keeps the place ("sind in Belgien angeklagt"). Sentences written for these
tests."""
from tests.coded_events import coded

ARTICLE = ("Berlin – Die Bundesregierung hat die Türkei zur Zurückhaltung im Norden Syriens aufgefordert. "
           "Die türkische Armee griff Stellungen der Kurden an. Ankara wies die Kritik zurück. "
           "Die Türkei kündigte weitere Angriffe an.")


def test_named_government_takes_the_dateline_over_the_place():
    events = [e[:3] for e in coded(ARTICLE, "de")]
    assert ("DEU", "1056", "TUR") in events
    assert not [e for e in events if e[0] == "SYR"]


def test_unnamed_authority_keeps_the_place():
    text = ("Rabat – In Marokko ist ein Belgier festgenommen worden. Marokko sprach mit Belgien. "
            "Mehrere Verdächtige sind in Belgien bereits angeklagt.")
    assert ("BEL", "112", "BEL") in [e[:3] for e in coded(text, "de")]
