"""Demands told as obligations (sentences written for these tests, after a probe of some 70 news
sentences per language): what a speaker says another actor must not or should not do is a
demand on that actor, as what it must do is ("Syria must not use chemical weapons, the White House
said", "Die Türkei dürfe nicht in Syrien einmarschieren"; the pack's prohibitive_modals: not
"muss nicht", need not, nor "dürfte nicht", probably not); "needs to" and "has to" in the present
say "must" (not "will have to", "does not need to"); what a speaker calls necessary ("it is
essential that ...", "es sei notwendig, dass ...") is demanded as what must be done is; German
verbs of demanding and warning after the obligation they voice report it ("Israel solle die
Angriffe einstellen, forderte der Präsident"), and "bekräftigte" does so as the tag after it with
no object of its own."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran must not close the Strait of Hormuz, the British defence secretary said.", "en", ("GBR", "REQUEST", "IRN")),
    ("Japan said China should not send coast guard ships into its waters.", "en", ("JPN", "REQUEST", "CHN")),
    ("Belarus must not let Russian troops attack from its soil, Poland's president said.", "en", ("POL", "REQUEST", "BLR")),
    # "needs to", "has to" in the present: an obligation as "must" is
    ("Washington says Beijing needs to stop its military drills around Taiwan.", "en", ("USA", "REQUEST", "CHN")),
    ("Venezuela has to hold free elections, the Colombian foreign minister said.", "en", ("COL", "REQUEST", "VEN")),
    # what a speaker calls necessary
    ("It is essential that China releases the two journalists, the Australian foreign minister said.", "en", ("AUS", "REQUEST", "CHN")),
    ("Es sei unerlässlich, dass Aserbaidschan die Blockade des Korridors beende, sagte der armenische Regierungschef.", "de", ("ARM", "REQUEST", "AZE")),
    ("Der Iran dürfe die Straße von Hormus nicht sperren, sagte der britische Verteidigungsminister.", "de", ("GBR", "REQUEST", "IRN")),
    ("Japan erklärte, China solle keine Schiffe der Küstenwache in seine Gewässer schicken.", "de", ("JPN", "REQUEST", "CHN")),
    ("Serbien dürfe sich nicht in die Angelegenheiten Bosniens einmischen, warnte der bosnische Außenminister.", "de", ("BIH", "REQUEST", "SRB")),
    ("Ägypten müsse den Grenzübergang öffnen, forderte der palästinensische Präsident.", "de", ("PSE", "REQUEST", "EGY")),
    ("Moskau solle die Journalisten freilassen, verlangte die amerikanische Regierung.", "de", ("USA", "REQUEST", "RUS")),
    ("Nigeria müsse die entführten Schülerinnen befreien, mahnte der kamerunische Präsident.", "de", ("CMR", "REQUEST", "NGA")),
    ("Nordkorea müsse die Raketentests einstellen, drängte die südkoreanische Außenministerin.", "de", ("KOR", "REQUEST", "PRK")),
    ("Venezuela müsse die Oppositionellen freilassen, bekräftigte der kolumbianische Präsident.", "de", ("COL", "REQUEST", "VEN")),
])
def test_obligation_is_demand(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    # the demanded act is not coded, neither as done nor as refused
    ("India must not send troops across the border, Pakistan's army chief said.", "en"),
    ("Die Türkei solle keine Truppen nach Libyen schicken, sagte die griechische Regierung.", "de"),
])
def test_demanded_act_not_coded(text, lang):
    coded = events(text, lang)
    assert coded and all(e[1] == "REQUEST" for e in coded)


@pytest.mark.parametrize("text, lang", [
    ("Iran must not be allowed to get a nuclear weapon, the Israeli prime minister said.", "en"),
    ("We must not forget the victims of the war, the Polish president said.", "en"),
    ("Russia does not need to fear new sanctions, Hungary's prime minister said.", "en"),
    ("Serbia will have to pay for its crimes, the Croatian president said.", "en"),
    ("It is not necessary that Turkey closes its border, the Bulgarian president said.", "en"),
    ("Es sei nicht notwendig, dass die Türkei ihre Grenze schließe, sagte der bulgarische Präsident.", "de"),
    # an obligation to come is a forecast
    ("Die Ukraine werde im Winter weitere Kraftwerke abschalten müssen, sagte der russische Energieminister.", "de"),
    ("Russland müsse nicht mit Sanktionen rechnen, sagte der ungarische Regierungschef.", "de"),
    ("Russland dürfte die Ukraine im Frühjahr nicht angreifen, sagten Experten.", "de"),
    ("Wir dürfen die Opfer des Krieges nicht vergessen, sagte der polnische Präsident.", "de"),
    ("Der Präsident bekräftigte seine Bereitschaft zu einem Treffen mit dem Kremlchef.", "de"),
])
def test_no_demand(text, lang):
    assert not any(e[1] == "REQUEST" for e in events(text, lang))
