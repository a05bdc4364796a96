"""Structures that carry an event beyond its verb, on sentences written for these tests: an
event noun whose time a modal verb moves ("the meeting could be delayed") is still planned; a
copula with a condemning adjective or adverb is the speaker's accusation ("the troops are
there illegally"); a refusal made on a condition is aimed at the other party in the condition
("will not free them unless Spain apologizes", "wary of signing without Seoul first ...")."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 3, 12)


def events(text: str, lang: str) -> set[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=PUBLISHED), lang=lang)
    return {("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events}


FOUND = [
    ("en-could-be-delayed", "en", "Macron's meeting with Vladimir Putin could be delayed again, the Elysee said.",
     ("FRA", "CONSULT", "RUS")),
    ("en-may-be-pushed-back", "en", "Angela Merkel's talks with Xi Jinping may be pushed back by a month.",
     ("DEU", "CONSULT", "CHN")),
    ("de-koennte-verschoben", "de", "Macrons Treffen mit Putin könnte verschoben werden.",
     ("FRA", "CONSULT", "RUS")),
    ("en-copula-adjective", "en", "Venezuela said that the Colombian border closure was unlawful.",
     ("VEN", "ACCUSE", "COL")),
    ("en-copula-adverb", "en", "Tehran said the British warships were in Iranian waters illegally.",
     ("IRN", "ACCUSE", "GBR")),
    ("de-copula-adverbial", "de", "Teheran sagte, die britischen Kriegsschiffe seien illegal in iranischen Gewässern.",
     ("IRN", "ACCUSE", "GBR")),
    ("en-refusal-unless", "en", "Cuba said it would not free the prisoners unless Spain apologized.",
     ("CUB", "REJECT", "ESP")),
    ("en-refusal-if-not", "en", "Hamas will never disarm if it cannot trust Cairo.", ("PSE", "REJECT", "EGY")),
    ("de-refusal-wenn-nicht", "de", "Die Hamas werde niemals abrüsten, wenn sie Kairo nicht trauen könne.",
     ("PSE", "REJECT", "EGY")),
    # an act in the of-phrase of a ceasing noun is no longer done
    ("en-suspension-of-talks", "en", "Cairo announced the suspension of talks with Doha.", ("EGY", "SANCTION", "QAT")),
    ("en-freeze-of-cooperation", "en", "Vienna ordered a freeze of military cooperation with Ankara.",
     ("AUT", "SANCTION", "TUR")),
    ("de-stopp-der-hilfe", "de", "Kairo verkündete den Stopp der Hilfe für Tripolis.", ("EGY", "SANCTION", "LBY")),
    # "they" of the next sentence: the group named before, once however many clauses share it
    ("en-they-group-shared", "en", "Lavrov said the American troops were in Syria and would be dealt with "
     "accordingly. \"They must withdraw at once,\" he told the assembly.", ("RUS", "REQUEST", "USA")),
    # an accusation or protest aimed at an act is aimed at who did it, told by a participle
    ("en-probe-into-crimes-by", "en", "Bosnian police opened an investigation into killings committed by Serbian soldiers.",
     ("BIH", "ACCUSE", "SRB")),
    ("en-condemn-killings-by", "en", "Kenya condemned the killings committed by Somali militants.", ("KEN", "ACCUSE", "SOM")),
    ("en-protest-raids-by", "en", "Lebanon protested against the raids carried out by Israel.", ("LBN", "ACCUSE", "ISR")),
    # "upon" is "on"
    ("en-call-upon", "en", "Damascus called upon Ankara to withdraw its troops.", ("SYR", "REQUEST", "TUR")),
    # a meeting two parties want or plan is one between them
    ("en-both-want-summit", "en", "Both Macron and Putin want a new summit.", ("FRA+RUS", "AGREE", "FRA+RUS")),
    ("en-refusal-without", "en", "Tokyo is wary of signing the treaty without Seoul first taking significant steps.",
     ("JPN", "REJECT", "KOR")),
]

ABSENT = [
    ("en-copula-plain", "en", "Tehran said the British warships were in Iranian waters.", ("IRN", "ACCUSE", "GBR")),
    ("en-copula-unsaid", "en", "The British warships were in Iranian waters illegally.", ("UNK", "ACCUSE", "GBR")),
    ("en-suspended-talks-no-talks", "en", "Cairo announced the suspension of talks with Doha.",
     ("EGY", "CONSULT", "QAT")),
    ("de-stopped-aid-no-aid", "de", "Kairo verkündete den Stopp der Hilfe für Tripolis.", ("EGY", "AID", "LBY")),
    ("en-protest-raids-by-not-self", "en", "Lebanon protested against the raids carried out by Israel.",
     ("LBN", "ACCUSE", "LBN")),
    ("de-copula-plain", "de", "Teheran sagte, die britischen Kriegsschiffe seien lange in iranischen Gewässern.",
     ("IRN", "ACCUSE", "GBR")),
    # a past act that did not happen is no refusal, and violence not done is no rejection
    ("en-not-done-because", "en", "Cuba did not free the prisoners because Spain did not apologize.",
     ("CUB", "REJECT", "ESP")),
    ("en-no-attack-unless", "en", "Iran would not attack Israel unless it was attacked first.", ("IRN", "REJECT", "ISR")),
]


@pytest.mark.parametrize(("text", "lang", "event"), [(c[2], c[1], c[3]) for c in FOUND],
                         ids=[c[0] for c in FOUND])
def test_event_found(text: str, lang: str, event: tuple) -> None:
    assert event in events(text, lang)



@pytest.mark.parametrize(("text", "lang", "event"), [(c[2], c[1], c[3]) for c in ABSENT], ids=[c[0] for c in ABSENT])
def test_event_absent(text: str, lang: str, event: tuple) -> None:
    assert event not in events(text, lang)
