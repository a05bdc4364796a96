"""Event nouns told by a verb that says only that they happened or whom they hit: the noun takes
its parties where the construction puts them. A verb of occurring lends the noun its phrases of
the parties ("zwischen Indien und Pakistan kam es zu Gefechten", "talks took place between Russia
and Ukraine"); a copula with a target or victim noun makes its subject the target of the event in
the attribute ("Israel wurde Ziel eines Raketenangriffs der Hamas", "was the victim of a Taliban
attack"); a frame of what the subject suffered reads the doer from its noun ("geriet in die
Kritik der EU", "came under attack from Russian forces")."""
from __future__ import annotations

import pytest

from frame_tables import batch_events

CASES = {
    "de": [
        ("Zwischen Armenien und Aserbaidschan kam es am Wochenende zu Gefechten.", ("ARM+AZE", "ASSAULT", "ARM+AZE")),
        ("Zwischen Indien und Pakistan kam es in Kaschmir zu schweren Kämpfen.", ("IND+PAK", "ASSAULT", "IND+PAK")),
        ("Zwischen Eritrea und Äthiopien gab es an der Grenze erneut Gefechte.", ("ERI+ETH", "ASSAULT", "ERI+ETH")),
        ("Zwischen Kirgistan und Tadschikistan brachen am Sonntag schwere Kämpfe aus.", ("KGZ+TJK", "ASSAULT", "KGZ+TJK")),
        # one list of these verbs for the front-end and the coder (the front-end lacked "ereignen",
        # the coder "zustandekommen")
        ("Zwischen Israel und der Hamas ereigneten sich an der Grenze schwere Gefechte.", ("ISR+PSE", "ASSAULT", "ISR+PSE")),
        ("Zwischen Serbien und dem Kosovo kamen am Montag Gespräche zustande.", ("SRB+XKX", "CONSULT", "SRB+XKX")),
        ("In Minsk kam es am Sonntag erneut zu Protesten gegen die Regierung.", ("BLR", "PROTEST", "BLR")),
        ("Die Ukraine wurde in der Nacht Ziel massiver russischer Luftangriffe.", ("RUS", "ASSAULT", "UKR")),
        ("Israel wurde erneut Ziel eines Raketenangriffs der Hamas.", ("PSE", "ASSAULT", "ISR")),
        ("Ein französischer Journalist wurde Opfer eines Anschlags der Taliban.", ("AFG", "ASSAULT", "FRA")),
        ("Die polnische Regierung geriet in die Kritik der EU-Kommission.", ("IGO:EU", "ACCUSE", "POL")),
    ],
    "en": [
        ("Talks took place between Russia and Ukraine in Istanbul on Friday.", ("RUS+UKR", "CONSULT", "RUS+UKR")),
        ("Fighting broke out between Armenia and Azerbaijan over the weekend.", ("ARM+AZE", "ASSAULT", "ARM+AZE")),
        ("Clashes erupted between Indian and Pakistani troops in Kashmir.", ("IND+PAK", "ASSAULT", "IND+PAK")),
        ("There were large protests against the government in Minsk on Sunday.", ("BLR", "PROTEST", "BLR")),
        ("Israel was the target of a Hamas rocket attack on Sunday.", ("PSE", "ASSAULT", "ISR")),
        ("Ukraine was the target of a massive Russian missile attack overnight.", ("RUS", "ASSAULT", "UKR")),
        ("A French journalist was the victim of a Taliban attack.", ("AFG", "ASSAULT", "FRA")),
        ("A Japanese diplomat fell victim to a Taliban attack.", ("AFG", "ASSAULT", "JPN")),
        ("The Ukrainian army came under attack from Russian forces near Bakhmut.", ("RUS", "ASSAULT", "UKR")),
    ],
}

# the same verbs with no event noun, or with a noun only mentioned: nothing is coded
GUARDS = {
    "de": [
        "Zwischen Berlin und Hamburg kam es am Montag zu Verzögerungen im Bahnverkehr.",
        "Zwischen Indien und Pakistan gab es Gerüchte über einen Angriff.",
        "Die Stadt war Ziel vieler Touristen aus Frankreich.",
        "Am Abend fand in Paris ein Konzert statt.",
        "In Minsk kam es am Sonntag nicht zu Protesten.",
    ],
    "en": [
        "There were delays between Berlin and Hamburg on Monday.",
        "There were rumours of a Russian attack on Ukraine.",
        "Paris was the target of many tourists from Germany.",
        "A concert took place in Paris on Friday evening.",
        "There were no protests in Minsk on Sunday.",
    ],
}


@pytest.mark.parametrize("lang,text,expected", [pytest.param(lang, t, e, id=f"{lang}-{i}")
                                                 for lang, rows in CASES.items() for i, (t, e) in enumerate(rows)])
def test_the_event_noun_takes_its_parties_from_the_construction(lang, text, expected):
    events = batch_events(lang, tuple(t for t, _ in CASES[lang]), "occurrence")[text]
    assert expected in events, events


@pytest.mark.parametrize("lang,text", [pytest.param(lang, t, id=f"{lang}-{i}")
                                       for lang, rows in GUARDS.items() for i, t in enumerate(rows)])
def test_the_same_verbs_without_an_event_noun_code_nothing(lang, text):
    assert batch_events(lang, tuple(GUARDS[lang]), "occurrence-guard")[text] == []
