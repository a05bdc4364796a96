"""Brexit, the UK and the institutions of the EU (branch art30c), with sentences written for it.

Covers: the British and EU office holders of the Brexit years that the dictionaries lacked or
dated wrong (Jourová, Weyand, Robbins, Letwin, Batten; Fox, Mordaunt and Rudd in the cabinet of
2019, Starmer as shadow Brexit secretary, Foster as DUP leader); "die Brüsseler Behörde" as the EU
Commission; the EU's procedures against its member states (Vertragsverletzungs- and
Rechtsstaatsverfahren, proceedings triggered or started) and the fines of its court; "May" read
as the name the parser took for a modal ("May urged ..."), "May's deal" after "Theresa May", and
"for a second time", which is no phrase a frame reads ("voted for"); ministers who quit in protest;
acts named in a phrase of the reason of an act of no force ("wegen des Angriffs auf die Ukraine
verhängte die EU Sanktionen"), which are not the act of its subject; the one fined named before
the sum ("fined Hungary 200 million euros"); "die EU-27", "the EU27"; the person whose proposal one
votes against ("stimmte gegen den Vertrag von Premierministerin Theresa May"), not a place or
people a thing is named after; what a blocked or vetoed text would have said ("Hungary blocked an
EU statement condemning China": no condemnation); "the Commission", "die Kommission" after the
Commission was named in full.
"""
from __future__ import annotations

import pytest

from coded_events import coded

# a date of the Brexit negotiations: Theresa May is prime minister, Juncker and Tusk lead the EU
BREXIT = __import__("datetime").date(2019, 3, 4)


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Vera Jourova criticised Poland.", "en", ("IGO:EU", "111", "POL", "asserted")),
    ("Sabine Weyand met Olly Robbins in Brussels.", "en", ("IGO:EU", "040", "GBR", "asserted")),
    ("Oliver Letwin criticised the DUP.", "en", ("GBR", "111", "GBR", "asserted")),
    ("Die Brüsseler Behörde wirft Warschau vor, die Unabhängigkeit der Justiz zu untergraben.", "de",
     ("IGO:EU", "112", "POL", "asserted")),
], ids=["jourova", "weyand-robbins", "letwin", "bruesseler-behoerde"])
def test_actors_of_the_brexit_years(text, lang, event):
    assert event in coded(text, lang, BREXIT)


@pytest.mark.parametrize(("name", "sector"), [
    ("Liam Fox", "GOV"), ("Penny Mordaunt", "GOV"), ("Amber Rudd", "GOV"), ("Keir Starmer", "OPP"),
    ("Arlene Foster", "PTY"), ("Gerard Batten", "PTY"),
], ids=["fox", "mordaunt", "rudd", "starmer", "foster", "batten"])
def test_roles_in_march_2019(name, sector):
    from coded_events import PIPELINE
    from chronist.model import Article
    doc = PIPELINE.process(Article(text=f"{name} criticised Ireland.", id="t", date=BREXIT), lang="en")
    assert [(a.code, a.sector) for e in doc.events for a in e.source] == [("GBR", sector)]


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Das Europaparlament hatte im vergangenen Jahr ein Rechtsstaatsverfahren nach Artikel 7 gegen Ungarn eingeleitet.",
     "de", ("IGO:EU", "115", "HUN", "asserted")),
    ("Brüssel – Die EU-Kommission eröffnete am Mittwoch ein Vertragsverletzungsverfahren gegen Polen.",
     "de", ("IGO:EU", "115", "POL", "asserted")),
    ("Der EuGH verhängte gegen Polen ein Zwangsgeld von einer Million Euro pro Tag.",
     "de", ("IGO:EU", "172", "POL", "asserted")),
    ("The European Parliament voted in September to trigger Article 7 proceedings against Hungary.",
     "en", ("IGO:EU", "115", "HUN", "asserted")),
], ids=["rechtsstaatsverfahren", "vertragsverletzungsverfahren", "zwangsgeld", "article-7"])
def test_procedures_against_member_states(text, lang, event):
    assert event in coded(text, lang, BREXIT)


def test_article_50_triggered_against_no_one():
    assert coded("Britain triggered Article 50 in March 2017.", "en", BREXIT) == []


ARTICLE = ("London (Reuters) - British Prime Minister Theresa May flew to Brussels on Monday for talks on the "
           "Irish backstop. May urged European Commission President Jean-Claude Juncker to reopen the "
           "withdrawal agreement. May warned EU leaders against a hard border in Ireland. On Tuesday, "
           "British lawmakers voted against May's deal for a second time.")


def test_may_after_theresa_may():
    events = coded(ARTICLE, "en", BREXIT)
    assert ("GBR", "02", "IGO:EU", "asserted") in events           # May urged Juncker
    assert ("GBR", "12", "GBR", "asserted") in events              # lawmakers voted against May's deal


def test_may_the_modal_stays_a_modal():
    assert coded("May God protect the Queen, the crowd sang.", "en", BREXIT) == []


@pytest.mark.parametrize("text", [
    "The Commons voted against the government for a second time.",
    "British lawmakers voted against the government for the third time on Tuesday.",
], ids=["second", "third"])
def test_which_time_is_no_argument(text):
    assert ("GBR", "12", "GBR", "asserted") in coded(text, "en", BREXIT)


@pytest.mark.parametrize("text", [
    "Die EU verhängte wegen des Angriffs auf die Ukraine Sanktionen gegen Russland.",
    "Die EU hat wegen der Vergiftung von Alexej Nawalny Sanktionen gegen Russland verhängt.",
], ids=["angriff", "vergiftung"])
def test_the_reason_of_a_sanction_is_not_the_sanctioners_act(text):
    events = coded(text, "de", BREXIT)
    assert ("IGO:EU", "163", "RUS", "asserted") in events
    assert [e for e in events if e[0] == "IGO:EU" and e[1] != "163"] == []


def test_quit_in_protest():
    assert ("GBR", "14", "GBR", "asserted") in coded("Esther McVey quit in protest at the Brexit deal.", "en", BREXIT)


@pytest.mark.parametrize(("text", "fined"), [
    ("The European Court of Justice fined Hungary 200 million euros.", "HUN"),
    ("The European Court of Justice fined Poland one million euros a day.", "POL"),
], ids=["name-read-as-modifier", "indirect-object"])
def test_the_one_fined_before_the_sum(text, fined):
    from coded_events import PIPELINE
    from chronist.model import Article
    doc = PIPELINE.process(Article(text=text, id="t", date=BREXIT), lang="en")
    # the state fined, its government: not "Hungary 200 million euros", people counted (CVL)
    assert [(e.cameo, [(a.code, a.sector) for a in e.target]) for e in doc.events] == [("172", [(fined, "GOV")])]


@pytest.mark.parametrize(("text", "lang", "event"), [
    ("Die EU-27 wiesen die Forderungen Großbritanniens zurück.", "de", ("IGO:EU", "12", "GBR", "asserted")),
    ("The EU27 rejected Britain's demands.", "en", ("IGO:EU", "12", "GBR", "asserted")),
], ids=["de", "en"])
def test_eu27(text, lang, event):
    assert event in coded(text, lang, BREXIT)


def test_vote_against_a_persons_proposal():
    text = "London – Das britische Unterhaus stimmte gegen den Vertrag von Premierministerin Theresa May."
    assert ("GBR", "12", "GBR", "asserted") in coded(text, "de", BREXIT)


@pytest.mark.parametrize("text", [
    "Frankreich stimmte gegen den Vertrag von Lissabon.",
    "Der Bundestag stimmte gegen die Aufnahme von Flüchtlingen aus Syrien.",
], ids=["place", "people"])
def test_vote_against_what_is_named_after_no_one(text):
    assert coded(text, "de", BREXIT) == []


@pytest.mark.parametrize(("text", "event"), [
    ("Hungary blocked a joint EU statement condemning China.", ("HUN", "129", "IGO:EU", "asserted")),
    ("Hungary vetoed an EU statement that criticised Israel.", ("HUN", "129", "IGO:EU", "asserted")),
], ids=["participle", "relative"])
def test_what_a_blocked_text_would_have_said_is_not_said(text, event):
    assert coded(text, "en", BREXIT) == [event]


def test_what_people_kept_out_did_is_done():
    text = "The army prevented protesters who attacked the embassy from entering."
    assert [e for e in coded(text, "en", BREXIT) if e[1] == "145"]     # protesters' attack: a riot


@pytest.mark.parametrize(("text", "lang"), [
    ("Brussels (Reuters) - The European Commission criticised Poland on Wednesday. The Commission also "
     "warned Hungary.", "en"),
    ("Brüssel – Die EU-Kommission kritisierte Polen. Die Kommission warnte auch Ungarn.", "de"),
], ids=["en", "de"])
def test_the_commission_named_before(text, lang):
    assert ("IGO:EU", "13", "HUN", "asserted") in coded(text, lang, BREXIT)
