"""Branch s17e: German and English coding of international news, from misses on unseen 10kGNAD
articles (sentences written for these tests).

- Criticism suffered, with the critics in a bei-phrase ("geriet bei der EU-Kommission in die
  Kritik", frames-vocab0.yaml) or owning a noun that meets someone ("Dem Präsidenten schlug Kritik
  aus Brüssel entgegen", frames-s17e.yaml).
- Resistance announced or vowed is a rejection intended: "kündigte Widerstand gegen die
  Regierung an", "vowed resistance to the reform" (English was a promise, 03).
- People taken into one's power: "nahmen drei Touristen in ihre Gewalt" 181 (frames.yaml); taken as hostages in
  a participle attribute: "die von Islamisten als Geiseln genommenen Schülerinnen" (the front-end
  took "als Geiseln" into the agent, chronist/lang/de/clauses.py).
- Captives freed from the power or hands of their captors by force (190): "befreiten 20
  Schülerinnen aus den Händen von Boko Haram", "rescued three tourists from the hands of the FARC"
  (English was a release, 0841, by the soldiers).
- Backing shown (051): "machte sich für die Ukraine stark", "jubelten dem US-Präsidenten zu",
  "äußerte ihren Respekt für den ukrainischen Präsidenten".
- What a copula's subject became the target or victim of, with "zu" ("Die Ukraine wurde zum Ziel
  russischer Luftangriffe", words.yaml undergoer_prepositions), or with no one named in the noun's
  genitive ("Die Zeitung war Ziel einer Polizeirazzia": the front-end made no clause of a noun with
  nothing attached, lang/de/clauses.py), as "wurde Ziel eines Angriffs der Polizei".
- A medium closed or banned, a party banned, told as a noun: "ordneten die Schließung der
  Zeitung an", "das Verbot der Oppositionspartei", "ordered the closure of the newspaper"; not a
  ban on advertising ("das Partei-Werbeverbot an den Hochschulen" bans no party).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Der ungarische Regierungschef geriet bei der EU-Kommission in die Kritik.", "de", ("IGO:EU", "111", "HUN")),
    ("Dem polnischen Präsidenten schlug scharfe Kritik aus Brüssel entgegen.", "de", ("IGO:EU", "111", "POL")),
    ("Kolumbianische Rebellen nahmen drei Touristen in ihre Gewalt.", "de", ("COL", "181", "COL")),
    ("Die nigerianische Armee suchte nach den von Islamisten als Geiseln genommenen Schülerinnen.", "de", ("NGA", "181", "NGA")),
    ("Die türkischen Behörden ordneten die Schließung der Zeitung an.", "de", ("TUR", "1721", "TUR")),
    ("Das Verbot des Senders durch die russische Regierung sorgte für Empörung.", "de", ("RUS", "1721", "RUS")),
    ("Das thailändische Verfassungsgericht beschloss das Verbot der Oppositionspartei.", "de", ("THA", "1722", "THA")),
    ("The Egyptian authorities ordered the closure of the newspaper.", "en", ("EGY", "1721", "EGY")),
    ("Die deutsche Kanzlerin machte sich in Brüssel für die Ukraine stark.", "de", ("DEU", "051", "UKR")),
    ("Tausende Kubaner jubelten dem US-Präsidenten zu.", "de", ("CUB", "051", "USA")),
    ("Die deutsche Kanzlerin äußerte ihren Respekt für den ukrainischen Präsidenten.", "de", ("DEU", "051", "UKR")),
    ("Die türkische Zeitung wurde zum Ziel einer Razzia der Polizei.", "de", ("TUR", "17", "TUR")),
    ("Die Ukraine wurde zum Ziel russischer Luftangriffe.", "de", ("RUS", "195", "UKR")),
    ("Der kolumbianische Präsident wurde zum Opfer eines Anschlags der FARC.", "de", ("COL", "180", "COL")),
    ("Die türkische Zeitung Cumhuriyet war Ziel einer Polizeirazzia.", "de", ("TUR", "17", "TUR")),
    ("Nigerianische Soldaten befreiten 20 Schülerinnen aus den Händen von Boko Haram.", "de", ("NGA", "190", "NGA")),
    ("Colombian soldiers rescued three tourists from the hands of the FARC.", "en", ("COL", "190", "COL")),
], ids=["geriet-bei-in-die-Kritik", "schlug-Kritik-entgegen", "in-ihre-Gewalt", "als-Geiseln-genommenen",
        "Schliessung-der-Zeitung", "Verbot-des-Senders", "Verbot-der-Partei", "closure-of-the-newspaper",
        "machte-sich-stark", "jubelten-zu", "aeusserte-Respekt",
        "zum-Ziel-einer-Razzia", "zum-Ziel-russischer-Luftangriffe", "zum-Opfer-eines-Anschlags", "Ziel-einer-Polizeirazzia",
        "befreiten-aus-den-Haenden", "rescued-from-the-hands"])
def test_coded(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die serbische Opposition kündigte Widerstand gegen die Regierung in Belgrad an.", "de", ("SRB", "12", "SRB", "intent")),
    ("Hungarian unions vowed resistance to the government's reform.", "en", ("HUN", "12", "HUN", "intent")),
], ids=["kuendigte-Widerstand-an", "vowed-resistance"])
def test_resistance_announced_is_a_rejection_intended(text: str, lang: str, expected: tuple[str, str, str, str]) -> None:
    events = coded(text, lang)
    assert expected in events
    assert not [e for e in events if e[1].startswith("03")]


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung ordnete die Schließung der Schulen an.", "de"),
    ("Die Rebellen nahmen die Stadt in ihre Gewalt.", "de"),
    ("Der Ausbau der Armee machte das Land stark.", "de"),
    ("Das Ziel einer Reform ist klar.", "de"),
    ("Das Partei-Werbeverbot an den Hochschulen gilt seit Jänner.", "de"),
    ("The government ordered the closure of schools.", "en"),
    ("The army freed the hostages from captivity.", "en"),
], ids=["Schliessung-der-Schulen", "Stadt-in-ihre-Gewalt", "machte-das-Land-stark", "Ziel-einer-Reform", "Partei-Werbeverbot", "closure-of-schools",
        "freed-from-captivity"])
def test_no_event(text: str, lang: str) -> None:
    assert coded(text, lang) == []
