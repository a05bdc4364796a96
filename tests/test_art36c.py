"""German translations that should code as their English originals (branch art36c). Sentences
written for this branch, in the style of wire reports and their German translations, dated 2025
(the actors' roles are dated).

A demand or an appeal of a kind the German frames name (a ceasefire, a withdrawal, talks, aid,
a resignation: fordern, verlangen, aufrufen zu) made of no one named is still a demand, as it is
in English, where every "demand" frame and "call for" stands without a target: "Guterres forderte
eine sofortige Waffenruhe" (IGO:UN 1056, as "Guterres demanded an immediate ceasefire"). Before,
the German frame found no target and the sentence gave no event at all, while "forderte X" of
any other object gave a demand (10) of no one.

English "the warring parties", "the warring sides", "the warring factions" are the two sides named
last, as German "die Konfliktparteien", "die Kriegsparteien" are: "The UN urged the warring parties
to respect the ceasefire" after Armenian and Azerbaijani troops exchanged fire (IGO:UN 02 ARM+AZE;
before, UNK).

German: one taken into pre-trial or deportation custody (in Untersuchungshaft, U-Haft, Abschiebehaft
nehmen) is detained (173), as one taken into custody (in Haft, in Gewahrsam nehmen) and English
"remanded in custody": "Ein Gericht in Istanbul hat den Bürgermeister Ekrem Imamoglu in
Untersuchungshaft genommen" (TUR 173 TUR; before, no event).

English: a second charge in -ing after "and" ("accuse him of corruption and supporting a terrorist
organisation"), which the parser makes a second verb of the accusers, is joined to the first charge,
as "and of supporting" and German "wirft ihm Korruption und Unterstützung ... vor" are: an
allegation, no act of support (before: TUR 05 TUR besides the accusation).
"""
import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2025, 3, 1)

CASES = [
    # demands and appeals of a named kind, of no one named
    ("de", "UN-Generalsekretär António Guterres forderte eine sofortige Waffenruhe.", ("IGO:UN", "1056", "")),
    ("en", "UN Secretary-General António Guterres demanded an immediate ceasefire.", ("IGO:UN", "1056", "")),
    ("de", "UN-Generalsekretär António Guterres rief zu einer sofortigen Waffenruhe auf.", ("IGO:UN", "0256", "")),
    ("de", "Nato-Generalsekretär Mark Rutte rief beide Seiten zum Dialog auf.", ("IGO:NATO", "026", "")),
    ("de", "Der russische Außenminister Sergej Lawrow forderte Gespräche über Rüstungskontrolle.", ("RUS", "106", "")),
    ("en", "Russian Foreign Minister Sergei Lavrov demanded talks on arms control.", ("RUS", "106", "")),
    ("de", "Die Arabische Liga forderte humanitäre Hilfe für die Bevölkerung.", ("IGO:ARAB_LEAGUE", "103", "")),
    # a target named is still the target
    ("de", "Die Regierung in Tiflis forderte den Rücktritt des Ombudsmanns.", ("GEO", "1041", "GEO")),
    ("de", "Guterres forderte von Israel eine sofortige Waffenruhe.", ("IGO:UN", "1056", "ISR")),
    # "the warring parties" are the two sides named last, as "die Konfliktparteien"
    ("en", "Armenian and Azerbaijani troops exchanged fire on the border. The UN urged the warring parties "
           "to respect the ceasefire.", ("IGO:UN", "02", "ARM+AZE")),
    ("de", "Armenische und aserbaidschanische Truppen lieferten sich Schusswechsel an der Grenze. Die UN "
           "forderten die Konfliktparteien auf, die Waffenruhe einzuhalten.", ("IGO:UN", "10", "ARM+AZE")),
    ("en", "The Sudanese army and the RSF clashed in Khartoum. Egypt offered to host talks between the "
           "warring parties.", ("EGY", "039", "SDN+SDN")),
    ("en", "Serbian and Albanian militias clashed near the border. The EU called on the warring factions "
           "to lay down their arms.", ("IGO:EU", "02", "SRB+ALB")),
    # taken into pre-trial custody
    ("de", "Ein Gericht in Istanbul hat den Bürgermeister Ekrem Imamoglu in Untersuchungshaft genommen.",
     ("TUR", "173", "TUR")),
    ("en", "A court in Istanbul has remanded Mayor Ekrem Imamoglu in custody.", ("TUR", "173", "TUR")),
    ("de", "Die russischen Behörden nahmen den Oppositionellen in Untersuchungshaft.", ("RUS", "173", "RUS")),
]

# a second charge in -ing is part of the accusation, no act of its own
ALLEGED = [
    ("Turkish prosecutors accuse Imamoglu of corruption and supporting a terrorist organisation.",
     [("TUR", "1121", "TUR")]),
    ("Russia accused Britain of espionage and helping Ukrainian saboteurs.", [("RUS", "1125", "GBR")]),
    ("Iran accused the United States of hypocrisy and arming Israel.", [("IRN", "112", "USA")]),
    # a finite verb after "and" stays the subject's act
    ("Moscow accused Kyiv of terrorism and attacked a power plant.", [("RUS", "112", "UKR"), ("RUS", "190", "UKR")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:60] for c in CASES])
def test_coded(lang, text, expected):
    got = [e[:3] for e in coded(text, lang, DATE)]
    assert expected in got, got


@pytest.mark.parametrize("text,expected", ALLEGED, ids=[c[0][:60] for c in ALLEGED])
def test_alleged(text, expected):
    assert [e[:3] for e in coded(text, "en", DATE)] == expected
