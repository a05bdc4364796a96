"""Coordinated verbs inside one German clause.

"Die Rebellen haben den Konvoi angegriffen und zwei Soldaten getötet", "Russland werde die
Sanktionen prüfen und ablehnen", "die Soldaten, die kurdische Kämpfer ausbilden und beraten":
one clause piece, two lexical verbs joined by "und", "oder" or "sowie" (a list may use commas
before the last one). Each verb after the first is a conjunct with the words between its
conjunction and itself; the clause builder makes one clause per conjunct. Also two repairs of
the tagger's reading that hide such verbs: a past tense read as an adjective after "und"
("beschoss und bombardierte Stellungen") and a plural verb-final present read as an infinitive
("die kurdische Kämpfer ausbilden und beraten").
"""
from __future__ import annotations

from dataclasses import dataclass

from chronist.lang.de.fields import FINITE, VERBAL, _phrases_before_verbs
from chronist.lang.de.tag import participle_lemma
from chronist.model import Token

COORDINATORS = frozenset({"und", "oder", "sowie"})
LEXICAL = frozenset({"VVFIN", "VVINF", "VVPP", "VVIZU"})
# Words that may stand between a verb and the conjunction after it ("festgenommen und später verhört").
_BETWEEN = frozenset({"ADV", "ADJD", "PTKNEG", "PTKVZ"})
_RELATIVE_FORMS = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren"})
_STRETCH_ENDS = frozenset({"$,", "$.", "$("})

# Verbs without an accusative object: a conjunct of one of them does not share the object of
# the other ("kam und kritisierte die Regierung"); those with a dative ("drohte") neither.
NO_OBJECT = frozenset({
    "kommen", "gehen", "reisen", "fliehen", "flüchten", "sterben", "ankommen", "eintreffen",
    "zurückkehren", "abreisen", "aufbrechen", "demonstrieren", "protestieren", "marschieren",
    "streiken", "zurücktreten", "bleiben", "warten", "schweigen", "sprechen", "reden",
    "reagieren", "antworten", "zustimmen", "widersprechen", "drohen", "helfen", "danken",
    "folgen", "gratulieren", "vertrauen", "kämpfen", "siegen", "scheitern", "entstehen",
    "geschehen", "passieren", "explodieren", "einlenken", "nachgeben", "abstimmen", "wählen",
})


@dataclass(slots=True)
class Conjunct:
    """A verb coordinated with an earlier one in the same clause, and its own words."""

    verb: Token
    words: list[Token]          # between its conjunction (or comma) and the verb


def repair_tags(tokens: list[Token]) -> None:
    """Mend two tags that hide a coordinated verb (see the module notes); in place."""
    for i in range(len(tokens) - 2):
        verb, kon, word = tokens[i:i + 3]
        if (verb.pos == "VVFIN" and kon.pos == "KON" and kon.text.lower() in COORDINATORS
                and word.pos == "ADJA" and word.text.lower().endswith(("te", "ten"))):
            lemma = participle_lemma(word.text)       # "bombardierte" -> bombardieren
            if lemma is not None:
                word.pos, word.lemma = "VVFIN", lemma
    start = 0
    for i, token in enumerate(tokens + [None]):
        if token is None or token.pos in _STRETCH_ENDS:
            _verb_final_plural(tokens, start, i)
            start = i + 1


def _verb_final_plural(tokens: list[Token], start: int, end: int) -> None:
    """", die kurdische Kämpfer ausbilden und beraten,": a stretch after a comma opened by a
    relative pronoun, with no finite verb and no "zu", that ends in two infinitives joined by
    a conjunction ends in its finite verb."""
    stretch = tokens[start:end]
    if (start == 0 or tokens[start - 1].text != "," or len(stretch) < 4
            or stretch[0].text.lower() not in _RELATIVE_FORMS
            or [t.pos for t in stretch[-3:]] != ["VVINF", "KON", "VVINF"]
            or stretch[-2].text.lower() not in COORDINATORS
            or any(t.pos in FINITE or t.pos in ("PTKZU", "VVIZU") for t in stretch)):
        return
    stretch[-1].pos = "VVFIN"


def verb_conjuncts(tokens: list[Token], main: Token) -> tuple[Token, list[Conjunct]]:
    """The first verb of the coordination that holds ``main`` and the conjuncts after it
    (none when ``main`` is not coordinated)."""
    links: dict[int, tuple[int, int, bool]] = {}     # left verb -> (right verb, coordinator, is "und")
    for k, token in enumerate(tokens):
        is_kon = token.pos == "KON" and token.text.lower() in COORDINATORS
        if not (is_kon or token.text == ","):
            continue
        a = _verb_before(tokens, k)
        b = _verb_after(tokens, k)
        if a is None and is_kon and (a := _verb_before_auxiliary(tokens, k)) is not None and b is not None \
                and _phrases_before_verbs(tokens[k + 1:b + 1]) > 1:
            a = None          # "..., die X angegriffen hatten und die Armee Y beschoss": a clause of its own subject
        if a is not None and b is not None and _compatible(tokens, a, b):
            links[a] = (b, k, is_kon)
    if not links:
        return main, []
    heads = {b for b, _, _ in links.values()}
    position = tokens.index(main)
    for first in (a for a in links if a not in heads):
        chain, conjuncts, a, closed = [first], [], first, False
        while a in links:
            b, k, is_kon = links[a]
            closed = closed or is_kon
            chain.append(b)
            conjuncts.append(Conjunct(verb=tokens[b], words=tokens[k + 1:b]))
            a = b
        if position in chain and closed:
            return tokens[first], conjuncts
    return main, []


def _verb_before(tokens: list[Token], k: int) -> int | None:
    j = k - 1
    while j >= 0 and tokens[j].pos in _BETWEEN:
        j -= 1
    return j if j >= 0 and tokens[j].pos in LEXICAL else None


def _verb_before_auxiliary(tokens: list[Token], k: int) -> int | None:
    """"weil Russland die Ukraine bombardiert hatte und Polen bedroht hatte": a clause with its
    verbs last, the left verb's own auxiliary or modal right before the conjunction."""
    if k < 2 or tokens[k - 1].pos not in ("VAFIN", "VMFIN"):
        return None
    return _verb_before(tokens, k - 1)


def _verb_after(tokens: list[Token], k: int) -> int | None:
    for j in range(k + 1, len(tokens)):
        if tokens[j].pos in VERBAL:
            return j if tokens[j].pos in LEXICAL else None
        if tokens[j].pos in ("KON", "KOUS", "PRELS", "$,") or tokens[j].text == ",":
            return None
    return None


def _compatible(tokens: list[Token], a: int, b: int) -> bool:
    """Two verbs of one form ("angegriffen und getötet", "prüfen und ablehnen"), or an
    infinitive before the finite verb that ends the clause ("ausbilden und beraten")."""
    pa, pb = tokens[a].pos, tokens[b].pos
    if pa == pb:
        return True
    return pa == "VVINF" and pb == "VVFIN" and all(t.pos not in VERBAL for t in tokens[b + 1:])
