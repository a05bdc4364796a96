"""art38b: possessives in reported speech. A state's "its positions" / "seine Stellungen" in what
that state says, with another state as the attacker, are the speaker's positions (the attacker does
not attack its own), in English and German, before or after the speech verb. What only a state has
("its border guards", sovereign_nouns) in a phrase whose actor is of no known country is the
speaker's too."""
from tests.coded_events import coded

EN_REPORT = ("Armenia said on Tuesday that Azerbaijan had attacked its positions near the village of Sotk. "
             "The Armenian defence ministry said two soldiers were wounded.")
DE_REPORT = ("Aserbaidschan habe in der Nacht seine Stellungen bei Sotk angegriffen, "
             "teilte Armenien am Dienstag mit. Zwei Soldaten seien verletzt worden.")


def test_its_positions_are_the_speakers():
    assert ("AZE", "190", "ARM", "reported") in coded(EN_REPORT, "en")


def test_its_positions_shelled_by_forces():
    assert ("AZE", "194", "ARM", "reported") in coded(
        "Armenia said Azerbaijani forces had shelled its positions near the border.", "en")


def test_seine_stellungen_are_the_speakers():
    assert ("AZE", "190", "ARM", "reported") in coded(DE_REPORT, "de")


def test_seine_stellungen_speech_verb_first():
    assert ("AZE", "190", "ARM", "reported") in coded(
        "Armenien erklärte, Aserbaidschan habe seine Stellungen angegriffen.", "de")


def test_own_troops_stay_the_speakers():
    assert coded("Russia said its troops had attacked Ukrainian positions.", "en") == [
        ("RUS", "190", "UKR", "asserted")]


def test_its_border_guards_are_the_speakers():
    assert ("UNK", "190", "POL", "reported") in coded("Poland said migrants had attacked its border guards.", "en")
