"""From a tagged German sentence to language-neutral Clauses.

For each clause piece (see ``fields``): the verb group gives the predicate
(separable particle joined, passive, tense, mood, modal, negation); noun chunks
(see ``chunks``) become arguments by case and position: the nominative phrase of
the Vorfeld, else the first nominative of the Mittelfeld, is the subject.
Event nouns with their possessor and prepositional phrases become noun clauses,
participial attributes ("das von Trump abgesagte Treffen") passive clauses, and
speech verbs, Konjunktiv and "nach Darstellung X" mark reported speech. Coordinated verbs
(see ``conjuncts``) give a clause each: a later conjunct takes its own phrases, shares the
subject, and shares the object when it has none ("hat drei Aktivisten festgenommen und
verhört"); a verb that ends its main clause takes the object of the next one ("Die Regierung
kritisierte und verurteilte die Angriffe").
"""
from __future__ import annotations

import dataclasses

import re
from functools import lru_cache
from bisect import bisect_left

from chronist.lang.de.chunks import (Chunk, feminine, masculine_or_neuter, nominative_number, noun_chunks, number,
                                     preposition, split_bare_attribute)
from chronist.lang.de.conjuncts import COORDINATORS, NO_OBJECT, Conjunct, repair_tags, verb_conjuncts
from chronist.lang.de.fields import FINITE, NONFINITE, QUOTES, VERBAL, Piece, pieces
from chronist import lang as languages
from chronist.lang.de.lexicon import lexicon
from chronist.lang.de.names import names_country
from chronist.lang.de.tag import participle_lemma
from chronist.model import Clause, Phrase, Predicate, Token

# the words that open an infinitive of purpose or manner ("um ... zu", "ohne ... zu", "statt ... zu")
INFINITIVE_OPENERS = ("um", "ohne", "statt", "anstatt")

# "darauf bestehen, dass ...": the pronominal adverb stands for a phrase with its preposition.
PRONOMINAL_ADVERBS = {"darauf": "auf", "dazu": "zu", "damit": "mit", "dagegen": "gegen", "darüber": "über",
                      "daran": "an", "davon": "von", "dafür": "für", "darum": "um", "davor": "vor",
                      "darin": "in", "daraus": "aus", "dabei": "bei"}
# the tags of the words of a short noun phrase between a finite verb and its adverb
_PHRASE_TAGS = {"NE", "NN", "ART", "ADJA", "PPER", "PDS", "PPOSAT", "PIAT", "CARD", "TRUNC"}
COPULAS = {"sein", "werden", "bleiben", "heißen", "scheinen", "wirken", "gelten"}


# The prepositional phrases that may follow an event noun as its own ("Gespräche mit Kim über
# Atomwaffen in Panmunjom am Freitag"); more in a row is a list, and reading every one of them
# for every noun of a long run costs the square of its length.
_MAX_ATTACHED = 6

# quotation marks that open or close a quotation the sentence splitter may cut (straight
# double marks, guillemets either way round, German single marks); not the apostrophes ' and ’
_TOGGLING_QUOTES = frozenset('"„“”»«‚‘')
_QUOTE_SENTENCES = 4
#: Most words of a name before a headline's colon that says who speaks after it.
HEADLINE_SPEAKER_WORDS = 4


class SentenceAnalyser:
    """Turns one sentence's tokens into clauses; keeps the last speaker across sentences."""

    def __init__(self) -> None:
        self.lex = lexicon()
        self.words = languages.get("de").words      # the lists the coder shares (verbs of occurring ...)
        self.last_speaker: Phrase | None = None
        # a quotation left open at the end of a sentence ('Orban sagte: "Die Lage ist ernst.'),
        # its speaker, and how many more sentences it may still carry him to (``_quoted``)
        self.quote_open = False
        self.quote_speaker: Phrase | None = None
        self.quote_left = 0

    def analyse(self, index: int, tokens: list[Token]) -> list[Clause]:
        repair_tags(tokens)
        parts = pieces(tokens)
        clauses: list[Clause] = []
        owner: dict[int, int] = {}      # piece index → its clause index
        chunks_of: dict[int, list[Chunk]] = {}
        conjuncts_of: dict[int, list[tuple[Conjunct, list[Chunk]]]] = {}
        self._continuations(parts)
        for p, piece in enumerate(parts):
            if piece.kind in ("stub", "tail") or piece.glued:
                continue
            antecedent = _antecedent(parts, piece)
            if antecedent is not None and _adjacent_antecedent(parts, piece, antecedent):
                piece.antecedent_number = number(antecedent)    # "die Rebellen, die der General bekämpfte"
            made = self._clause(index, piece)
            if made is None:
                continue
            owner[p] = len(clauses)
            made[0].conditional = self._conditional(parts, p)
            if made[0].conditional and self._attitude_first(parts, p, made[0]):
                made[0].conditional, made[0].predicate.negated = False, True
            clauses.append(made[0])
            chunks_of[p] = made[1]
            conjuncts_of[p] = made[2]
        self._link(parts, owner, clauses)
        for p, conjuncts in conjuncts_of.items():
            first = clauses[owner[p]]
            finite = parts[p].tokens[parts[p].finite] if parts[p].finite is not None else None
            made = [self._conjunct(first, c, own, finite) for c, own in conjuncts]
            for clause in made:
                clause.adverbial = clause.adverbial or first.adverbial
            clauses.extend(made)
            if conjuncts:
                self._content_of_last_conjunct(parts, p, owner, clauses)
        before = self.last_speaker
        self._speech(parts, owner, clauses, tokens)
        self._quoted(tokens, clauses, self.last_speaker if self.last_speaker is not before else None)
        extra: list[Clause] = []
        for p, c in owner.items():
            extra.extend(self._noun_events(index, parts[p], clauses[c], c, chunks_of[p]))
            extra.extend(self._participles(index, parts[p], c))
        self._mediated_nouns(extra, clauses)
        clauses.extend(extra)
        for piece in parts:
            if piece.kind == "tail":
                clauses.extend(self._tail(index, piece))
        if not clauses and any(piece.kind == "stub" for piece in parts):
            clauses.extend(self._headline_participles(index, tokens))
        if not clauses and any(piece.kind == "stub" for piece in parts):
            # a verbless line ("Kim Jong Un am Samstag bei seinem Treffen mit Moon."): noun events only
            holder = Clause(sentence=index, predicate=Predicate(lemma="", tokens=[], kind="none"))
            for piece in parts:
                chunks = noun_chunks(piece.tokens)
                found = self._noun_events(index, piece, holder, None, chunks)
                topic = next((c for c in chunks if c.prep is None), None)
                for clause in found:
                    if topic is not None and topic.tokens[-1].start < clause.predicate.tokens[0].start:
                        clause.arguments.insert(0, _phrase(topic, "subject"))
                clauses.extend(found)
        return clauses

    def _tail(self, index: int, piece: Piece) -> list[Clause]:
        """A teaser's verbless part after a dash that follows a closed main clause ("... werfen
        dem Minister Versagen vor – Auch Kritik der NEOS", ``fields.pieces``): a clause of no
        predicate that holds its phrases (the actors it names count for the article as any
        phrase's do), and its noun events, as a verbless line's are."""
        chunks = noun_chunks(piece.tokens)
        holder = Clause(sentence=index, predicate=Predicate(lemma="", tokens=[], kind="none"))
        holder.arguments = [_phrase(c, "subject" if c.prep is None else "prep") for c in chunks]
        return [holder] + self._noun_events(index, piece, holder, None, chunks)

    def _continuations(self, parts: list[Piece]) -> None:
        """"Russland begrüßte das Abkommen, kritisierte aber die Ukraine": a main clause after
        another that opens with its finite verb and a continuing adverb goes on with the subject
        of the clause before, as after "und" (not a speech verb's inversion: "..., sagte aber der
        Minister")."""
        seen_main = False
        for piece in parts:
            toks = piece.tokens
            if (seen_main and piece.kind == "main" and not piece.coordinated and len(toks) > 2
                    and toks[0].pos == "VVFIN" and self._continued(toks)
                    and toks[0].lemma not in self.lex.speech_verbs
                    and not any(t.pos == "PTKVZ" and t.text.lower() + toks[0].lemma in self.lex.speech_verbs
                                for t in toks)):
                piece.coordinated = True
            seen_main = seen_main or piece.kind == "main"
        # "Die Polizei stürmte das Gebäude, nahm 20 Journalisten fest und beschlagnahmte Computer":
        # a list of predicates, each opened by its finite verb, ends in one after "und"; all share
        # the subject of the clause that opens the list, also past an infinitive clause of the
        # predicate before ("Das Weiße Haus weigerte sich, mit dem Ausschuss zu kooperieren,
        # bezeichnete ihn als illegitim und warf den Demokraten Wahlbetrug vor")
        for k in range(1, len(parts) - 1):
            b = k - 1
            while b > 0 and parts[b].kind == "inf":
                b -= 1
            before, piece, after = parts[b], parts[k], parts[k + 1]
            # (not a condition between them: "warnte, sollte X nicht freigegeben werden, und bestellte ... ein")
            if piece.kind == "main" and not piece.coordinated and before.kind == "main" \
                    and self._verb_first(piece) and after.kind == "main" and after.coordinated \
                    and self._verb_first(after) and not self._conditional(parts, k):
                piece.coordinated = True

    def _continued(self, toks: list[Token]) -> bool:
        """A continuing adverb right after the finite verb, or after the one short phrase the verb
        takes first ("forderte Washington jedoch auf", "kritisierte die Ukraine aber scharf")."""
        for k, token in enumerate(toks[1:6], start=1):
            if token.text.lower() in self.lex.continuing_adverbs:
                return True
            if token.pos not in _PHRASE_TAGS:
                return False
        return False

    def _verb_first(self, piece: Piece) -> bool:
        """A clause opened by its finite verb that is no verb of saying ("nahm ... fest"; not
        "..., sagte der Minister")."""
        toks = piece.tokens
        return (len(toks) > 1 and toks[0].pos in ("VVFIN", "VAFIN", "VMFIN")
                and toks[0].lemma not in self.lex.speech_verbs
                and not any(t.pos == "PTKVZ" and t.text.lower() + toks[0].lemma in self.lex.speech_verbs
                            for t in toks))

    def _headline_participles(self, index: int, tokens: list[Token]) -> list[Clause]:
        """A headline without a finite verb tells its acts by participles: "Zwei Palästinenser
        erschossen, vier Israelis verletzt" is two passive clauses in the past, one per stretch
        between commas, colons, dashes and an "und" after a participle that ends in a participle
        after a noun phrase; a stretch of a participle alone shares the phrases of the one
        before ("drei Häuser beschossen und zerstört")."""
        out: list[Clause] = []
        stretch: list[Token] = []
        before: list[Chunk] = []
        for token in tokens + [None]:
            if token is not None and not (token.pos in ("$,", "$.") or token.text in ":;–—-" or (
                    token.pos == "KON" and token.text.lower() in COORDINATORS and stretch
                    and stretch[-1].pos == "VVPP")):
                stretch.append(token)
                continue
            words = [t for t in stretch if t.text not in QUOTES]
            stretch = []
            if not words or words[-1].pos != "VVPP" or any(t.pos in FINITE for t in words):
                before = []
                continue
            chunks = noun_chunks(words[:-1])
            if not any(c.prep is None for c in chunks):
                if any(t.pos not in ("ADV", "ADJD") for t in words[:-1]) or not before:
                    before = []
                    continue
                chunks = before
            main = words[-1]
            predicate = Predicate(lemma=main.lemma, tokens=[main], voice="passive", tense="past")
            clause = Clause(sentence=index, predicate=predicate)
            self._arguments(clause, Piece(tokens=words, kind="main"), chunks, None)
            predicate.objects = _objects(clause)
            out.append(clause)
            before = chunks
        return out

    # -- one clause --------------------------------------------------------
    def _future_infinitive(self, main: Token, finite: Token | None, verbs: list[Token], toks: list[Token]) -> bool:
        """Whether a participle after "werden" that has the form of its infinitive ("empfangen",
        "verlassen", "erhalten", "überfallen") is the infinitive of the future: "Putin wird Xi im
        Kreml empfangen", "Die USA werden das Abkommen verlassen". So when "werden" is the only
        auxiliary, no von- or durch-phrase names an agent, and two noun phrases with no preposition
        stand beside the verb, neither a time ("nächste Woche") nor one joined to the other: a
        subject and an object, which a passive would not have ("Xi wird im Kreml empfangen")."""
        if finite is None or finite.lemma != "werden" or main.text.lower() != main.lemma.lower() or \
                sum(t.lemma == "werden" for t in verbs) != 1 or any(t.pos == "VAPP" for t in verbs):
            return False
        chunks = noun_chunks(toks)
        if any(c.prep in ("von", "durch") for c in chunks):
            return False
        bare = [c for c in chunks if c.prep is None and not c.coordinated
                and c.head_token.lemma not in self.lex.time_nouns and c.head_token.text not in self.lex.time_nouns]
        return len(bare) >= 2

    def _clause(self, index: int, piece: Piece) -> tuple[Clause, list[Chunk], list[tuple[Conjunct, list[Chunk]]]] | None:
        toks = piece.tokens
        verbs = [t for t in toks if t.pos in FINITE or t.pos in NONFINITE]
        if not verbs:
            return None
        finite = toks[piece.finite] if piece.finite is not None else None
        main, conjuncts = verb_conjuncts(toks, _main_verb(verbs, finite, toks))
        lemma = main.lemma
        particle = next((t for t in toks if t.pos == "PTKVZ"), None)
        if particle is not None and main is finite:
            lemma = particle.text.lower() + lemma
        lemmas = {t.lemma for t in verbs}
        passive = (main.pos == "VVPP" and "werden" in lemmas and lemma != "werden" and not self._future_infinitive(
            main, finite, verbs, toks)) or (main.pos == "VVIZU" and finite is not None and finite.lemma == "sein")   # "ist hervorzuheben"
        if main.pos == "VVPP" and not passive and finite is not None and finite.lemma == "werden":
            main.pos = "VVINF"    # "Putin wird Xi im Kreml empfangen": the future, read as it is
        modal = next((t.lemma for t in verbs if t.pos.startswith("VM")), None)
        mood = self._mood(finite)
        if main.pos == "VVPP" and not passive and finite is not None and finite.lemma in ("haben", "sein"):
            tense = "past"
        elif modal is not None and finite is not None and finite.lemma == "haben" \
                and any(t.pos.startswith("VM") and t is not finite and t.text.lower() == t.lemma.lower() for t in verbs):
            tense = "past"        # "hat ... abziehen müssen": the perfect of a modal, in its infinitive
        elif finite is not None and finite.lemma == "werden" and (any(
                t.pos == "VVINF" or (t.pos == "VVFIN" and t is not finite and t.text.lower() == t.lemma.lower())
                for t in verbs) or passive and sum(t.lemma == "werden" for t in verbs) >= 2):
            # the tagger takes a clause-final infinitive for finite now and then; "würden
            # vernichtet werden" is the future of the passive
            tense = "future"
        elif passive and finite is not None and finite.lemma == "sein" and modal is None \
                and any(t.lemma == "werden" and t.pos == "VAPP" for t in verbs):
            tense = "past"        # "ist ... festgenommen worden", "seien getötet worden": the perfect of the passive
        elif finite is not None and _looks_past(finite):
            tense = "past"
        else:
            tense = "present"
        negated = any((t.pos == "PTKNEG" and not _focus(toks, k, self.lex.focus_after_negation)
                       and not _predicative_negation(toks, k))
                      or t.text.lower() in self.lex.negating_adverbs for k, t in enumerate(toks))
        # "soll ... getötet haben", "könnte ... angegriffen haben": the act lies before the modal
        # ("sollen ... festgenommen worden sein" in the passive)
        perfect = modal is not None and main.pos == "VVPP" and any(
            t is not finite and t.lemma in ("haben", "sein") and t.text.lower() == t.lemma for t in verbs) and (
            not passive or any(t.lemma == "werden" and t.pos == "VAPP" for t in verbs))
        if perfect:
            tense = "past"
        # "ist gereist" is a perfect, "ist verboten" a state: the coder tells them apart by the
        # frame (a verb acting on an object takes "haben" in the perfect)
        stative = main.pos == "VVPP" and not passive and finite is not None and (
            finite.lemma == "sein" or _reflexive_state(finite, toks) is main) \
            and not any(t.lemma in ("haben", "werden") for t in verbs if t is not main)
        shown = None if any(c.verb is finite for c in conjuncts) else finite   # "belagerte und beschoss"
        predicate_tokens = [t for t in (shown, main, particle) if t is not None]
        predicate = Predicate(lemma=lemma, tokens=sorted({t.start: t for t in predicate_tokens}.values(), key=lambda t: t.start),
                              voice="passive" if passive else "active", tense=tense, mood=mood,
                              modal=modal, negated=negated, perfect=perfect, stative=stative)
        clause = Clause(sentence=index, predicate=predicate)
        clause.possible = tense == "present" and any(t.text.lower() in self.lex.habitual_adverbs for t in toks)
        # "Russland hat angeblich die Ukraine angegriffen": said to, as "soll ... angegriffen haben"
        clause.reported = any(t.pos in ("ADV", "ADJD") and t.lemma.lower() in self.lex.hearsay_adverbs for t in toks)
        clause.intent = (modal in self.lex.intent_modals or lemma in self.lex.intent_verbs or tense == "future"
                         or (passive and not perfect and modal in self.lex.planned_passive_modals))
        if modal is not None and tense == "past" and any(t.text.lower() in self.lex.thwarted_adverbs for t in toks):
            clause.possible = True      # "wollten eigentlich am Mittwoch unterzeichnen": meant to, not done
        opener = piece.kind in ("sub", "wh", "inf") and (
            toks[0].pos in ("KOUS", "KOUI", "PWAV") or toks[0].text.lower() in INFINITIVE_OPENERS)
        chunks = noun_chunks(toks[1:] if opener else toks)
        own = [[c for c in chunks if _within(c, conjunct.words)] for conjunct in conjuncts]
        taken = {id(c) for group in own for c in group}
        self._arguments(clause, piece, [c for c in chunks if id(c) not in taken], finite)
        if finite is not None and modal is None and _addressed(toks, finite):
            _address(clause, toks, finite)      # "„Herr Putin, beenden Sie den Krieg“, sagte ..."
        predicate.objects = _objects(clause)
        if lemma in self.lex.reflexive_senses and any(
                len(a.tokens) == 1 and a.tokens[0].pos == "PRF" for a in clause.args("object", "dative")):
            predicate.lemma = "sich " + lemma      # "verspricht sich von der Reform": expects, no promise
            clause.intent = modal in self.lex.intent_modals or tense == "future"
        later = {id(t) for conjunct in conjuncts for t in conjunct.words}
        predicative = _predicative([t for t in toks if id(t) not in later])
        if predicative is not None:
            predicate.objects.append(predicative.lemma)   # "für den Anschlag verantwortlich machen"
            # and the adjectives joined to it ("bezeichnete die Sanktionen als empörend und idiotisch")
            predicate.objects.extend(t.lemma for t in _joined_adjectives([t for t in toks if id(t) not in later],
                                                                         predicative))
        if lemma in self.lex.manner_verbs:   # "die Truppen seien illegal in Syrien", "zeigte sich besorgt"
            predicate.objects.extend(t.lemma for t in toks if t.pos == "ADJD" and id(t) not in later
                                     and t is not predicative)
            if not any(t.pos in ("VAFIN", "VMFIN") for t in toks):
                # with no auxiliary, a participle is no verb of the clause but how it was shown
                # ("zeigte sich von der Entscheidung enttäuscht", "reagierte darauf verärgert")
                predicate.objects.extend(t.text.lower() for t in toks if t.pos == "VVPP" and id(t) not in later)
        predicate.objects.extend(t.text.lower() for t in toks if t.text.lower() in self.lex.phrase_adverbs
                                 and id(t) not in later)      # "stellte die Pläne infrage"
        if any((a.determiner or a.tokens[0]).text.lower().startswith("kein")
               for a in clause.args("object", "dative", "subject", "prep", "predicative") if a.tokens):
            # "werde keinen Vertrag schließen", "keine [an ...] geknüpfte Hilfe", "stimmte keinem Plan
            # zu", "kein Staat erkannte ... an", "kam zu keiner Einigung", "seien keine Bedrohung"
            predicate.negated = True
        if piece.kind == "inf" and toks[0].text.lower() in self.lex.negating_prepositions:
            predicate.negated = True          # "ohne die Regierung zu informieren", "statt zu verhandeln"
        if piece.negated:
            predicate.negated = True          # "ohne dass er den Minister traf", "statt dass sie verhandelten"
        if predicate.negated and any(t.text.lower() in self.lex.ceasing_adverbs for t in toks):
            predicate.ceased = True           # "erkennt Taiwan nicht mehr an", "nicht länger" (lemma "lang")
        return clause, chunks, list(zip(conjuncts, own))

    @staticmethod
    def _auxiliary_sibling(parts: list[Piece], p: int, owner: dict[int, int], before: int) -> int | None:
        """"Erdoğan hat Syrien gewarnt, die Türkei werde angreifen, und sie aufgefordert, sich
        zurückzuziehen": a coordinated main piece with no finite verb that ends in a participle
        shares the auxiliary ("hat") of the last main clause before it that has one with a
        participle, not the clause of another finite verb between them ("werde"); that clause is
        its sibling (and the host of a list's ellipsis). None when the clause just before is that
        one, or no such clause is there."""
        piece = parts[p]
        words = [t for t in piece.tokens if not t.pos.startswith("$")]
        if piece.finite is not None or not words or words[-1].pos != "VVPP":
            return None
        for q in range(p - 1, -1, -1):
            other = parts[q]
            if other.kind != "main" or q not in owner:
                continue
            if owner[q] == before and other.finite is not None \
                    and other.tokens[other.finite].lemma in ("haben", "sein"):
                return None
            if other.finite is not None and other.tokens[other.finite].lemma in ("haben", "sein") \
                    and any(t.pos == "VVPP" for t in other.tokens) and not other.coordinated:
                return owner[q]
        return None

    def _content_of_last_conjunct(self, parts: list[Piece], p: int, owner: dict[int, int],
                                  clauses: list[Clause]) -> None:
        """"Aserbaidschan hat Stepanakert beschossen und gefordert, dass die Truppen abziehen": the
        content clause ("dass", "ob", an infinitive with "zu") right after a piece that ends in its
        last conjunct's verb is that verb's, not the first verb's; the conjunct has it for its
        object and takes no object of the first ("Stepanakert" was not demanded). (The conjunct's
        clause is the last one made.)"""
        nxt = p + 1
        if nxt not in owner or parts[nxt].kind not in ("sub", "inf") or parts[nxt].coordinated:
            return
        opener = parts[nxt].tokens[0]
        if parts[nxt].kind == "sub" and opener.text.lower() not in self.lex.possibility_openers:
            return
        verbs = [t for t in parts[p].tokens if t.pos in VERBAL]
        last = clauses[-1]
        if not verbs or not last.predicate.tokens or verbs[-1] is not last.predicate.tokens[-1] \
                or parts[p].tokens[-1] is not verbs[-1]:
            return
        child = clauses[owner[nxt]]
        if child.parent != owner[p]:
            return
        child.parent = len(clauses) - 1
        first_objects = {id(a.tokens[0]) for a in clauses[owner[p]].args("object") if a.tokens}
        last.arguments = [a for a in last.arguments
                          if not (a.role == "object" and a.tokens and id(a.tokens[0]) in first_objects)]
        last.predicate.objects = _objects(last)

    def _conjunct(self, first: Clause, conjunct: Conjunct, own: list[Chunk], finite: Token | None) -> Clause:
        """The clause of a verb coordinated with the first verb of its clause: its own phrases,
        the first clause's subject, and its objects and other phrases when it has none."""
        verb, fp = conjunct.verb, first.predicate
        tokens = [verb] if finite is None or finite is verb or finite in fp.tokens else [finite, verb]
        predicate = Predicate(lemma=verb.lemma, tokens=sorted(tokens, key=lambda t: t.start), voice=fp.voice,
                              tense=fp.tense, mood=fp.mood, modal=fp.modal, negated=fp.negated, perfect=fp.perfect)
        clause = Clause(sentence=first.sentence, predicate=predicate, parent=first.parent,
                        conditional=first.conditional, possible=first.possible, relative=first.relative, reported=first.reported,
                        speaker=first.speaker,
                        place=first.place, refused=first.refused,
                        intent=first.intent or verb.lemma in self.lex.intent_verbs)
        self._arguments(clause, Piece(tokens=conjunct.words, kind="ellipsis"), own, None)
        clause.time = clause.time or first.time
        alone = not any(c.prep is None for c in own)
        for arg in first.arguments:
            role = arg.role
            if role == "object" and predicate.voice == "active" and verb.lemma in NO_OBJECT:
                continue
            if role in ("subject", "agent", "object") and clause.args(role):
                continue
            if role in ("subject", "agent", "object") or alone:
                clause.arguments.append(_copy(arg))
        predicate.objects = _objects(clause)
        return clause

    def _mood(self, finite: Token | None) -> str:
        if finite is None:
            return "indicative"
        low = finite.text.lower()
        if low in self.lex.subjunctive_forms:
            return "subjunctive"
        lemma = finite.lemma
        if lemma.endswith("en") and low == lemma[:-2] + "e" and lemma not in ("sein",):
            return "subjunctive"      # Konjunktiv I: "habe", "müsse", "gebe"
        return "indicative"

    def _arguments(self, clause: Clause, piece: Piece, chunks: list[Chunk], finite: Token | None) -> None:
        lex = self.lex
        core: list[Chunk] = []
        position = {id(t): i for i, t in enumerate(piece.tokens)}      # (once: a piece may hold thousands)
        for k, chunk in enumerate(chunks):
            head = chunk.head_token
            if head.lemma in lex.time_nouns or head.text in lex.time_nouns or (
                    chunk.tokens[0].pos == "CARD" and chunk.prep in ("am", "an", "bis", "seit", "für")):
                clause.time = clause.time or _phrase(chunk, "time")
                continue
            if chunk.prep in lex.source_prepositions or (
                    chunk.prep == "nach" and any(t.lemma in lex.source_nouns for t in chunk.tokens)) or (
                    chunk.prep is None and _after_source_adverb(piece, chunks, k, lex, position)):
                clause.speaker = _phrase(chunk, "speaker")
                clause.reported = True
                continue
            if chunk.prep is None:
                core.append(chunk)
                continue
            role = "prep"
            number = _partitive_number(piece, chunk, position)
            if clause.predicate.voice == "passive" and number is not None:
                # "Zwei von ihnen wurden getötet": the number and its "von" pronoun are the one the
                # passive tells of, no agent
                clause.arguments.append(Phrase(tokens=[number, chunk.prep_token] + chunk.tokens, role="object", counted=True))
                continue
            if _vorfeld_attribute(chunks, k, piece, finite) or _participle_agent(chunks, k):
                role = "attribute"    # the noun's, not the verb's (see _vorfeld_attribute, _participle_agent)
            elif clause.predicate.voice == "passive" and chunk.prep in lex.passive_agent_prepositions \
                    and not _attributive(chunks, k, piece, finite, lex.time_nouns, lex.place_prepositions):
                role = "agent"   # but "während des Besuchs von Papst Franziskus" qualifies the noun
            elif chunk.prep == "mit" and _word_before(piece, chunk.prep_token) in lex.companion_adverbs:
                role = "companion"   # "gemeinsam mit Litauen": with the subject, not its partner
            phrase = _phrase(chunk, role)
            clause.arguments.append(phrase)
            if chunk.prep in lex.place_prepositions and any(t.pos == "NE" for t in chunk.tokens) and clause.place is None:
                clause.place = phrase
        for token in piece.tokens:
            if token.pos == "PROAV" and token.text.lower() in PRONOMINAL_ADVERBS:
                clause.arguments.append(Phrase(tokens=[token], role="prep", pronoun=True,
                                               prep=PRONOMINAL_ADVERBS[token.text.lower()]))
        if finite is not None and clause.predicate.voice == "active" and not any("nom" in c.cases for c in core):
            core = _split_for_subject(core)
        if finite is not None and piece.kind == "main" and _plural(finite):
            # "Es protestierten Tausende": a lone "es" before a plural verb only fills the place;
            # it is no phrase of the clause
            filler = [c for c in core if len(c.tokens) == 1 and c.tokens[0].text.lower() == "es"
                      and c.prep is None and c.tokens[0].start < finite.start]
            if filler and any("nom" in c.cases for c in core if c not in filler):
                core = [c for c in core if c not in filler]
        appended = _appended(piece, core)
        if appended and len(appended) < len(core):
            core = [c for c in core if c not in appended]
        if piece.kind in ("inf", "ellipsis"):
            subject = None
        elif piece.coordinated and finite is not None and piece.tokens[0] is finite:
            # "... und befürchten eine Eskalation": the subject is shared unless one is certain
            subject = next((c for c in core if c.cases == {"nom"}), None)
        else:
            subject = self._subject(core, piece, finite, clause.predicate.lemma)
        copula = clause.predicate.lemma in COPULAS
        active = clause.predicate.voice == "active"
        dative_verb = active and clause.predicate.lemma in lex.dative_verbs
        for chunk in core:
            # beside the subject of an active verb a phrase is no nominative: "der Ukraine" is then dative
            cases = chunk.cases - {"nom"} if subject is not None and active and chunk.cases != {"nom"} else chunk.cases
            if chunk is subject:
                role = "object" if clause.predicate.voice == "passive" else "subject"
            elif copula and "nom" in chunk.cases:
                role = "predicative"      # "ist ein erfahrener Diplomat"
            elif cases == {"dat"} or (cases <= {"dat", "gen"} and "dat" in cases) or (dative_verb and "dat" in cases) \
                    or (clause.predicate.stative and subject is not None and "dat" in cases):
                # "hilft der Ukraine", "droht Russland"; and beside the subject of a participle with
                # "sein", which takes no accusative: "ist Sanktionen der USA ausgesetzt"
                role = "dative"
            elif chunk.cases == {"gen"}:
                role = "genitive"
            else:
                role = "object"
            clause.arguments.append(_phrase(chunk, role))
        # one object at most; a second accusative-able phrase is most likely a dative
        objects = clause.args("object")
        # (not one right after a comparing "wie": "kündigte Vergeltungszölle auf US-Produkte wie
        # Whiskey und Jeans an" names examples, and the first phrase stays the object)
        compared = {c.tokens[0].start for c in _compared(piece.tokens, core)}
        objects = [o for o in objects if not (o.tokens and o.tokens[0].start in compared)]
        if clause.predicate.voice == "active" and len(objects) > 1:
            objects[0].role = "dative"

    def _subject(self, core: list[Chunk], piece: Piece, finite: Token | None, lemma: str) -> Chunk | None:
        candidates = [c for c in core if "nom" in c.cases]
        aside = _compared(piece.tokens, candidates) + _nachfeld(piece, candidates)
        candidates = [c for c in candidates if c not in aside] or candidates   # "wie ein nasser Sack"
        if not candidates:
            return None
        if finite is not None and finite.lemma == "geben":
            expletive = [c for c in candidates if c.tokens[0].text.lower() == "es" and len(c.tokens) == 1]
            if expletive:
                return expletive[0]           # "es gibt keine Lösung": the rest is the object
        if lemma in COPULAS and len(candidates) > 1:
            # "..., die russischen Behauptungen seien Lügen": of two nominatives the definite one
            # before the other is the subject, the bare or indefinite one says what it is (not one
            # after a bare noun in the Vorfeld: "Religion ist die Erbin vieler Namen")
            definite = [c for c in candidates if _definite(c)]
            if len(definite) == 1 and definite[0] is candidates[0] \
                    and all(_indefinite(c) for c in candidates[1:]):
                return definite[0]
        certain = [c for c in candidates if c.cases == {"nom"}]      # "ich", "er", "man", "er und Kim"
        if lemma in COPULAS:      # "ist ein guter Ort": the predicative noun is as nominative as the subject
            certain = [c for c in certain if c.tokens[0].pos not in ("ART", "PPOSAT", "PIAT")]
        if certain:
            return certain[0]
        if lemma in self.lex.dative_verbs:
            # a verb of a dative and no accusative: a phrase that cannot be the dative is the
            # subject ("Russland droht eine Niederlage", "Österreich droht eine Strafe")
            undative = [c for c in candidates if "dat" not in c.cases]
            if len(undative) == 1 and len(candidates) > 1:
                return undative[0]
        if piece.kind == "main" and finite is not None and piece.tokens[0] is finite \
                and finite.text.lower() in ("habe", "hab", "bin", "war", "hatte", "kann", "muss", "werde"):
            return None           # "Habe die Artikel erhalten.": first person, subject left out
        if len(candidates) > 1:
            # "Es fand eine Einweisung statt": a lone "es" in the Vorfeld only fills the place
            vorfeld_es = [c for c in candidates if c.tokens[0].text.lower() == "es" and len(c.tokens) == 1
                          and finite is not None and c.tokens[-1].start < finite.start
                          and lemma in self.lex.expletive_verbs]
            candidates = [c for c in candidates if c not in vorfeld_es] or candidates
        if finite is not None and len(candidates) > 1:
            # the finite verb agrees with its subject: "Die Regierung kritisierten die
            # Demonstranten", "Die Soldaten griff der Kommandeur an"
            wanted = "pl" if _plural(finite) else "sg"
            agreeing = [c for c in candidates if _number_as_subject(c, piece) in (wanted, None)]
            candidates = agreeing or candidates
        plural = finite is not None and _plural(finite)
        if plural:
            coordinated = [c for c in candidates if c.coordinated]
        else:
            coordinated = []
            candidates = [c for c in candidates if not c.coordinated] or candidates
        if piece.kind == "main" and finite is not None and len(candidates) == 2 and len(core) == 2 \
                and lemma not in self.lex.dative_verbs:
            # "Die Delegation empfing der Präsident", "Das Treffen sagte der Präsident ab": after
            # the verb, "der" before a masculine noun is its nominative (a dative or genitive "der"
            # is of a feminine one), and the phrase in front, nominative or accusative, is the object
            front, back = candidates
            if front.tokens[-1].start < finite.start < back.tokens[0].start and front.cases == {"nom", "acc"} \
                    and front.tokens[0].pos in ("ART", "PDAT", "PPOSAT", "PIAT") and _masculine_nominative(back):
                return back
        if piece.kind == "main" and finite is not None:
            vorfeld = [c for c in candidates if c.tokens[-1].start < finite.start]
            # "Das sagte Merkel bei einem Treffen mit Macron", "Dies teilte das Ministerium mit":
            # before a verb of saying a lone "das" or "dies" is what was said, the phrase after
            # the verb says it
            after = [c for c in candidates if c.tokens[0].start > finite.start]
            saying = lemma in self.lex.speech_verbs or lemma in self.lex.statement_predicates or any(
                f"{lemma} {t.lemma.lower()}" in self.lex.statement_predicates for t in piece.tokens if t.pos == "ADJD")
            if vorfeld and after and saying and len(vorfeld[0].tokens) == 1 and vorfeld[0].tokens[0].pos == "PDS":
                return after[0]
            if vorfeld and after and lemma in self.lex.judging_verbs and "acc" in vorfeld[0].cases \
                    and self.lex.event_noun(_own_head(vorfeld[0]).lemma) is not None \
                    and self.lex.event_noun(_own_head(after[0]).lemma) is None:
                return after[0]           # "Die Forderung Trumps wies die Nato zurück": the object in front
            if vorfeld:
                return vorfeld[0]
            if coordinated and candidates[0] not in coordinated and candidates[0].tokens[0].start > finite.start \
                    and not _after_punctuation(piece.tokens, coordinated[0]):
                # "Angesichts der Rückschläge legen die USA die Ausbildung und Ausrüstung der
                # Rebellen auf Eis": after the verb the subject comes first, a list after it is the
                # object (not a list set off by a dash or comma: "treffen sich die Staatschefs der
                # vier Staaten – Polen, Ungarn ... – in Prag" names the subject's states)
                return candidates[0]
        if coordinated:
            return coordinated[0]
        return next((c for c in candidates if c.head_token.pos != "PRF"), None)

    def _object_again(self, clause: Clause, before: Clause) -> None:
        """An object pronoun of a plural or a feminine ("sie", "diese") of a clause that goes on
        from ``before`` with its subject refers to the object ``before`` names ("rief die Senatoren
        an und überzeugte sie", "traf die Gewerkschafter, um diese davon zu überzeugen"): the
        pronoun gets the object's words, so the actor matcher sees them. Not when ``before`` names
        a masculine or neuter one ("den Präsidenten", "das Ministerium": no "sie"), nor a pronoun."""
        mine = [a for a in clause.args("object") if a.pronoun and len(a.tokens) == 1
                and a.tokens[0].text.lower() in self.lex.object_back_pronouns]
        theirs = [a for a in before.args("object") if not a.pronoun and a.tokens
                  and any(t.pos in ("NN", "NE") for t in a.tokens)]
        if len(mine) != 1 or len(theirs) != 1 or theirs[0].tokens[0].start >= mine[0].tokens[0].start:
            return
        first = theirs[0].tokens[0]
        if first.pos in ("ART", "PPOSAT", "PDAT", "PIAT") and not first.text.lower().endswith("e"):
            return              # "den", "einen", "das", "ein": masculine or neuter, no "sie"
        mine[0].tokens = list(theirs[0].tokens)
        mine[0].pronoun, mine[0].counted = False, theirs[0].counted

    # -- links between clauses --------------------------------------------
    def _link(self, parts: list[Piece], owner: dict[int, int], clauses: list[Clause]) -> None:
        main_before: int | None = None
        main_piece: Piece | None = None
        for p, piece in enumerate(parts):
            c = owner.get(p)
            if c is None:
                continue
            clause = clauses[c]
            if piece.kind == "main" and piece.coordinated and main_before is not None:
                sibling = clauses[main_before]          # "X kam und sah Y": a sibling, not a dependent
                if (k := self._auxiliary_sibling(parts, p, owner, main_before)) is not None:
                    sibling = clauses[k]
                if sibling.predicate.mood == "subjunctive" and clause.predicate.mood != "subjunctive" \
                        and sibling.parent is not None and clauses[sibling.parent].predicate.lemma in self.lex.speech_verbs:
                    # "Peking erklärte, die Schiffe seien eingedrungen, und forderte Manila auf": an
                    # indicative after the reported subjunctive joins the speech verb, not what it reports
                    sibling = clauses[sibling.parent]
                clause.parent = sibling.parent
                # the one a passive sibling is about stands as its object, as in a passive clause of its own
                # ("Er half seinem Freund und wurde von X erschossen")
                role = "object" if clause.predicate.voice == "passive" else "subject"
                if not clause.args("subject") and not (role == "object" and clause.args("object")):
                    shared = sibling.args("subject") or (
                        sibling.args("object") if sibling.predicate.voice == "passive" else [])
                    for subj in shared:
                        clause.arguments.insert(0, Phrase(tokens=subj.tokens, role=role, pronoun=subj.pronoun,
                                                          counted=subj.counted))
                if main_piece is not None and _ends_in_verb(main_piece) and _takes_object(sibling):
                    # "Die Armee beschoss und bombardierte Stellungen": the object of both
                    sibling.arguments.extend(_copy(a) for a in clause.args("object"))
                    sibling.predicate.objects.extend(_heads(clause.args("object")))
                elif clause.predicate.voice == "active":
                    self._object_again(clause, sibling)     # "rief die Senatoren an und überzeugte sie"
                main_before, main_piece = c, piece
                continue
            if piece.kind == "main":
                if main_before is not None and clause.parent is None:
                    prev = clauses[main_before]
                    if (prev.predicate.lemma not in self.lex.speech_verbs or clause.predicate.mood == "subjunctive") \
                            and not _own_main(clause, prev):
                        clause.parent = main_before
                if main_before is not None and self._conditional(parts, p):
                    continue      # "warnte, sollte X nicht freigegeben werden, und bestellte ... ein": a condition, no sibling
                main_before, main_piece = c, piece
                continue
            clause.parent = main_before
            if piece.kind == "ellipsis" and main_before is not None \
                    and (k := self._auxiliary_sibling(parts, p, owner, main_before)) is not None:
                clause.parent = k     # "hat X gewarnt, die Türkei werde angreifen, und sie aufgefordert"
            if piece.kind == "inf" and p and p - 1 in owner and parts[p - 1].kind == "ellipsis" \
                    and parts[p - 1].tokens[-1].pos == "VVPP" and clauses[owner[p - 1]].parent != main_before \
                    and piece.tokens[0].pos != "KOUI":
                clause.parent = owner[p - 1]    # "..., und sie aufgefordert, sich zurückzuziehen": that verb's
            if piece.kind == "rel" and piece.antecedent is not None and parts[piece.antecedent].kind == "inf" \
                    and piece.antecedent in owner and (antecedent := _antecedent(parts, piece)) is not None \
                    and any(a.tokens and a.tokens[0] is antecedent.tokens[0]
                            for a in clauses[owner[piece.antecedent]].arguments):
                clause.parent = owner[piece.antecedent]     # "zu vermitteln, ein Angebot, das ...": of that clause
            if piece.kind in ("inf", "sub") and self._after_subordinate(parts, p, owner, main_piece, clauses):
                clause.parent = owner[p - 1]   # "weil sich der Minister weigerte, ... zu verhandeln"
            if clause.parent is None:
                nxt = next((owner[q] for q in range(p + 1, len(parts)) if q in owner and parts[q].kind == "main"), None)
                clause.parent = nxt
            earlier = owner.get(p - 1)
            if piece.kind == "inf" and piece.coordinated and earlier is not None and parts[p - 1].kind == "inf":
                # "um die Senatoren anzurufen und diese davon zu überzeugen": the first one's sibling
                clause.parent = clauses[earlier].parent
                self._object_again(clause, clauses[earlier])
            if piece.kind == "sub" and piece.tokens[0].text.lower() in self.lex.adverbial_openers \
                    and not any(a.pronoun for a in clause.args("subject")):
                # "..., nachdem russische Raketen Kiew getroffen hatten": a clause of time is the
                # circumstance of the act above it, an act of its own (as English "after":
                # ``adverbial_marks``), not what that act is about; not one whose subject is a
                # pronoun, which may mean the object above ("bestellte den Botschafter ein, nachdem er ...")
                clause.adverbial = True
            if piece.kind == "sub" and clause.args("subject") and piece.tokens[0].text.lower() in self.lex.contrast_openers:
                clause.parent = None        # "..., während Russland den Angriff verurteilte": beside it
            parent = clauses[clause.parent] if clause.parent is not None else None
            if main_before is None and parent is not None and piece.tokens[0].text.lower() in self.lex.generic_openers:
                # "Wer flieht, riskiert Haftstrafen für seine Familie": whoever does it, a rule, not an
                # act done; so is what the rule says will follow, unless it tells the past
                clause.conditional = True
                parent.possible = parent.possible or parent.predicate.tense != "past"
            if piece.kind == "inf" and parent is not None and piece.tokens[0].text.lower() in self.lex.purpose_openers:
                self._object_again(clause, parent)          # "traf die Senatoren, um sie zu überzeugen"
            clause.relative = piece.kind == "rel" or self._place_relative(parts, p)
            if piece.kind == "rel" and piece.antecedent is not None:
                antecedent = _antecedent(parts, piece)
                relative = next((a for a in clause.arguments if a.tokens and a.tokens[0].pos == "PRELS"
                                 and a.tokens[0].text.lower() != "was"), None)   # "was" refers to a clause
                if antecedent is not None and relative is not None:
                    relative.tokens = list(antecedent.tokens) + relative.tokens   # "die Küche ... die"
                    relative.pronoun = False
            if piece.kind == "inf" and parent is not None and self._announces(clause.parent, clauses, parts, owner):
                clause.intent = True      # "seine Bereitschaft bekräftigt, ... zu beenden", "ist bereit, ... zu"
            if parent is not None and self._possibility(piece, parent):
                if parent.predicate.voice == "passive" and parent.predicate.lemma in self.lex.passive_intent_verbs:
                    clause.intent = True      # "Es wird erwartet, dass Macron Xi drängen wird": to come
                else:
                    clause.possible = True    # "die Gefahr wächst, dass ...", "schloss nicht aus, ... zu"
            if parent is not None and self._doubted(piece, next((parts[q] for q, k in owner.items() if k == clause.parent), None)):
                clause.possible = True    # "Es ist unklar, ob ...", "hält es für unwahrscheinlich, dass ..."
            if parent is not None and self._denied(piece, parent, next((parts[q] for q, k in owner.items() if k == clause.parent), None)):
                clause.possible = True    # "Es ist nicht so, dass ...", "Das heißt nicht, dass ..."
            if piece.kind == "sub" and piece.tokens[0].text.lower() in self.lex.goal_openers and parent is not None \
                    and parent.predicate.tense != "past" and (clause.predicate.tense != "past" or _perfect_form(piece)):
                # "bleiben in Kraft, bis Russland seine Truppen abzieht": not reached yet; so is a
                # perfect there ("werde fortgesetzt, bis die Separatisten ihre Waffen niedergelegt hätten")
                clause.possible = True
            if parent is not None and self._striving(parent) and (
                    piece.kind == "sub" and piece.tokens[0].text.lower() in self.lex.possibility_openers
                    or piece.kind == "inf" and any(t.text.lower() in self.lex.striving_correlates
                                                   for a in parent.args("prep") for t in a.tokens)):
                clause.possible = True    # "setzt sich dafür ein, dass Russland abzieht": the aim
            if piece.kind in ("sub", "wh", "rel") and piece.tokens[0].text.lower() in self.lex.report_openers:
                clause.reported = True    # "Berichte, wonach Russland angegriffen habe": what is said
            if piece.kind == "sub" and piece.tokens[0].text.lower() in self.lex.question_openers:
                clause.possible = True    # "prüft, ob neue Sanktionen nötig sind": a question asked
            if parent is not None and (piece.kind == "inf" or piece.kind == "sub" and piece.tokens[0].text.lower()
                                       in self.lex.possibility_openers) and (
                    parent.predicate.lemma in self.lex.preventing_verbs and not parent.predicate.negated
                    or parent.predicate.lemma in self.lex.permitting_verbs):
                clause.possible = True    # "verhinderte, dass sie das Parlament stürmten", "verbot, ... zu"
            if piece.kind == "inf" and parent is not None and parent.predicate.lemma in self.lex.persuading_verbs:
                clause.possible = True    # "um die Senatoren davon zu überzeugen, Kavanaugh zu unterstützen": their act, to be
            if piece.kind == "inf" and parent is not None and not clause.predicate.negated and (
                    parent.predicate.lemma in self.lex.omitting_verbs and not parent.predicate.negated
                    or parent.predicate.lemma in self.lex.managing_verbs and parent.predicate.negated):
                clause.predicate.negated = True    # "verzichtete darauf, ... zu verhängen", "schaffte es nicht, ... zu"
            if piece.kind == "inf" and parent is not None and (parent.predicate.lemma in self.lex.refusal_verbs or (
                    parent.predicate.negated and parent.predicate.lemma in self.lex.negated_refusal_verbs)):
                clause.refused = True     # "weigerte sich, mit der Opposition zu verhandeln", "denkt nicht daran, ... zu"
            if piece.kind == "inf" and parent is not None and not parent.predicate.negated \
                    and parent.predicate.lemma in self.lex.affirmed_refusal_verbs:
                clause.refused, clause.possible = True, False     # "schloss aus, die Regierung anzuerkennen"
                if clause.predicate.tense == "present":
                    clause.predicate.tense = parent.predicate.tense    # refused when it was ruled out
            if piece.kind == "inf" and parent is not None and parent.predicate.lemma in self.lex.ceasing_verbs \
                    and not parent.predicate.negated:
                clause.predicate.negated = clause.predicate.ceased = True    # "hörte auf, Waffen zu liefern"
            if piece.kind == "inf" and p and not _embedded_in(parts[p - 1], piece) \
                    and (noun := _last_noun(_before(parts[p - 1], piece).tokens)) is not None \
                    and (self._request_noun(noun.lemma) or noun.lemma in self.lex.threat_nouns):
                # "sträubte sich gegen die Forderung der EU, das Kosovo anzuerkennen": asked, not
                # done; "die Drohung Chinas, Taiwan anzugreifen": threatened, not done
                clause.possible = True
            if piece.kind == "ellipsis" and parent is not None:
                _continue_list(clause, piece, parent)
                _share_modal(clause, parent)
            if piece.kind == "sub" and parent is not None and piece.tokens[0].text.lower() in self.lex.manner_openers:
                self._manner_subject(clause, parent)
            shared = piece.kind in ("inf", "ellipsis") or (piece.coordinated and piece.kind == "main")
            # the words before a zu-infinitive in the piece before it: an infinitive inside a
            # main clause ("hat die Forderung der EU, ... freizulassen, zurückgewiesen") hangs on
            # the noun before it, not on the words of the clause after it
            before = _before(parts[p - 1], piece) if piece.kind == "inf" and p else None
            embedded = before is not None and len(before.tokens) < len(parts[p - 1].tokens)
            owner_of_noun = self._noun_controller(before) if before is not None else None
            if owner_of_noun is not None and not clause.args("subject") and clause.predicate.voice == "active":
                clause.arguments.insert(0, _phrase_of(owner_of_noun, "subject"))
                clause.refused = clause.refused or self._refusal_noun(before)
            elif piece.kind == "inf" and p and parent is not None and (
                    parent.predicate.lemma not in self.lex.owning_verbs or embedded) \
                    and not clause.args("subject") and (unowned := self._unowned_control_noun(before)):
                # "begrüßte die Entscheidung, die Sanktionen aufzuheben": not the subject's act, but
                # that of whoever the noun belongs to, whom the clause does not name
                clause.arguments.insert(0, _phrase_of(unowned, "subject"))
            elif embedded and not clause.args("subject") and (noun := _last_noun(before.tokens)) is not None:
                # "die Forderung der EU, die Journalisten freizulassen": the act of whom the demand
                # is made of, whom the clause does not name (not the subject's, not the EU's)
                clause.arguments.insert(0, _phrase_of([noun], "subject"))
            elif piece.kind == "inf" and parent is not None and not clause.args("subject") \
                    and clause.predicate.voice == "active" and parent.predicate.lemma in self.lex.object_control_verbs \
                    and (controllers := [c for c in parent.args("object") or parent.args("dative")
                                         if c.tokens and c.tokens[0].pos != "PRF"]):
                # "wies Polen an, das Gesetz auszusetzen", "überredete Erdogan, die Grenze zu
                # schließen": the one asked or told does what the infinitive says, not the asker
                # (a reflexive object is the subject itself: "verpflichtete sich, ... abzuziehen")
                controller = controllers[0]
                clause.arguments.insert(0, Phrase(tokens=controller.tokens, role="subject", pronoun=controller.pronoun,
                                                  counted=controller.counted))
            elif shared and parent is not None and not clause.args("subject"):
                role = "object" if clause.predicate.voice == "passive" else "subject"
                if not (role == "object" and clause.args("object")):
                    for subj in parent.args("subject"):
                        clause.arguments.insert(0, Phrase(tokens=subj.tokens, role=role, pronoun=subj.pronoun,
                                                          counted=subj.counted))

    def _manner_subject(self, clause: Clause, parent: Clause) -> None:
        """"Russland reagierte, indem es 20 Diplomaten auswies": the pronoun that is the subject of
        a clause of manner is the subject of the clause it tells how the act was done (as English
        "responded by expelling"), which outside reported speech no pronoun would name."""
        own = clause.args("subject")
        if len(own) != 1 or not own[0].pronoun or len(own[0].tokens) != 1 \
                or own[0].tokens[0].text.lower() not in self.lex.manner_pronouns:
            return
        for subj in parent.args("subject")[:1]:
            if subj.pronoun:
                return            # a pronoun above is resolved as it is
            at = clause.arguments.index(own[0])
            clause.arguments[at] = Phrase(tokens=subj.tokens, role=own[0].role, pronoun=False, counted=subj.counted)

    def _after_subordinate(self, parts: list[Piece], p: int, owner: dict[int, int], main_piece: Piece | None,
                           clauses: list[Clause]) -> bool:
        """Whether a zu-infinitive, or a dass- or ob-clause, follows a subordinate clause that
        ends the sentence's main clause and whose verb takes such a complement ("..., als sich die
        Marine weigerte, das Schiff abzunehmen", "..., während ein Abgeordneter vorschlug, dass
        Farage die Verhandlungen leiten sollte"): it stands in that clause's Nachfeld and is its
        complement."""
        if p == 0 or parts[p - 1].kind not in ("sub", "rel", "wh", "inf") or (p - 1) not in owner:
            return False          # (or an infinitive: "versuchte, Erdogan davon zu überzeugen, ... aufzunehmen")
        if parts[p].kind == "inf" and parts[p - 1].kind == "sub" and parts[p].tokens[0].text.lower() in INFINITIVE_OPENERS:
            # an infinitive of purpose or manner after a dass- or weil-clause is that clause's, done
            # by its subject ("..., dass Panama Peking anerkannt hatte, ohne auf Widerstand zu stoßen")
            return main_piece is None or main_piece.tokens[-1].start < parts[p - 1].tokens[0].start
        lemma = clauses[owner[p - 1]].predicate.lemma
        if parts[p].kind == "sub":
            if parts[p].tokens[0].text.lower() not in self.lex.possibility_openers \
                    or lemma not in self.lex.infinitive_verbs | self.lex.speech_verbs:
                return False
        elif lemma not in self.lex.infinitive_verbs | self.lex.intent_verbs | self.lex.refusal_verbs:
            return False
        return main_piece is None or main_piece.tokens[-1].start < parts[p - 1].tokens[0].start

    def _noun_controller(self, before: Piece) -> list[Token] | None:
        """The owner of a noun of will or attempt that ends the clause before a zu-infinitive,
        who is the infinitive's subject: "der Regierung" of "die Weigerung der Regierung, mit
        den Rebellen zu verhandeln", "Moskaus" of "Moskaus Versuch, ... zu"."""
        chunks = noun_chunks(before.tokens)
        if not chunks:
            return None
        last = chunks[-1]
        words = [t for t in before.tokens if not t.pos.startswith("$")]
        if not words or words[-1] is not last.tokens[-1]:
            return None
        head = next((t for t in last.tokens if t.pos == "NN"), None)
        if head is None or not self._control_noun(head.lemma.lower()):
            return None
        if last.possessor and last.possessor[0].pos != "PPOSAT":
            return list(last.possessor)           # "Moskaus Versuch"
        genitive = _until_punctuation(last.tokens[last.tokens.index(head) + 1:])
        if genitive and (genitive[0].text.lower() in ("der", "des")
                         or genitive[0].pos == "NE" and genitive[0].text.endswith("s")):
            return genitive                       # "die Weigerung der Regierung", "die Entscheidung Russlands"
        return None

    def _unowned_control_noun(self, before: Piece) -> list[Token] | None:
        """The noun of will or attempt with no owner of its own that ends the clause before a
        zu-infinitive ("die Entscheidung, ... zu"; not "seine Entscheidung", "die Entscheidung der
        Regierung"), whose owner the verb tells (``owning_verbs``) or no one does; None if none."""
        chunks = noun_chunks(before.tokens)
        words = [t for t in before.tokens if not t.pos.startswith("$")]
        if not chunks or not words or words[-1] is not chunks[-1].tokens[-1]:
            return None
        last = chunks[-1]
        head = next((t for t in last.tokens if t.pos == "NN"), None)
        if head is None or not self._control_noun(head.lemma.lower()) or last.possessor:
            return None
        if _until_punctuation(last.tokens[last.tokens.index(head) + 1:]):
            return None
        return list(last.tokens)

    def _refusal_noun(self, before: Piece) -> bool:
        words = [t for t in before.tokens if t.pos == "NN"]
        return any(t.lemma.lower().endswith(n.lower()) for t in words[-2:] for n in self.lex.refusal_nouns)

    def _request_noun(self, lemma: str) -> bool:
        """A noun of a demand or appeal, or a compound ending in one ("EU-Forderung")."""
        low = lemma.lower()
        return any(low == n or low.endswith(n) and len(low) - len(n) >= 3
                   for n in (w.lower() for w in self.lex.request_nouns))

    def _control_noun(self, low: str) -> bool:
        """A noun of will or attempt, or a compound ending in one ("Verhandlungsbereitschaft"); the
        tagger's lemma may be of the old spelling ("Beschluß")."""
        low = low.replace("ß", "ss")
        return any(low == n or low.endswith(n) and len(low) - len(n) >= 3
                   for n in (w.lower() for w in self.lex.control_nouns | self.lex.intent_nouns))

    def _conditional(self, parts: list[Piece], p: int) -> bool:
        """A verb-first clause that states a condition: the first of two verb-first clauses
        ("Sollten sie angreifen, werde die Nato reagieren", "Greift Russland an, wird ...") or a
        later one opened by "sollte(n)" ("..., sollten die Kämpfer die Stadt einnehmen"); a
        subordinate clause opened by a conditional conjunction ("wenn", "falls")."""
        piece = parts[p]
        if " ".join(t.text.lower() for t in piece.tokens[:2]) in self.lex.conditional_openers:
            return True           # "als ob sie angegriffen hätten": a comparison with what did not happen
        if piece.kind == "sub":
            return piece.tokens[0].text.lower() in self.lex.conditional_openers   # "wenn", "falls"
        if piece.kind != "main" or piece.finite != 0:
            return False
        if p == 0:
            return len(parts) > 1 and parts[1].kind == "main" and parts[1].finite == 0
        return piece.tokens[0].text.lower() in self.lex.conditional_forms

    def _attitude_first(self, parts: list[Piece], p: int, clause: Clause) -> bool:
        """Whether a condition is an attitude to a party (``attitude_verbs``), not negated, that
        the clause before says must come first ("Abrüstung finde nur statt, wenn es Moskau trauen
        könne", "erst wenn"): an attitude withheld now (as English "unless it can trust")."""
        piece = parts[p]
        return piece.kind == "sub" and p > 0 and clause.predicate.lemma.lower() in self.words.attitude_verbs \
            and not clause.predicate.negated \
            and any(t.text.lower() in self.lex.only_condition_adverbs for t in parts[p - 1].tokens)

    def _place_relative(self, parts: list[Piece], p: int) -> bool:
        """A clause opened by a relative adverb of place right after a noun ("vor dem Gebäude, wo
        die Polizei Tränengas einsetzte"): it tells of that place, as a relative clause does, and
        is no content of the clause before it."""
        piece = parts[p]
        return (piece.kind == "wh" and p > 0 and bool(parts[p - 1].tokens)
                and piece.tokens[0].text.lower() in self.lex.relative_adverbs
                and parts[p - 1].tokens[-1].pos in ("NN", "NE"))

    def _possibility(self, piece: Piece, parent: Clause) -> bool:
        """Does a dass-, ob- or zu-clause tell what its governing clause fears, hopes for or does not
        rule out (a verb of fearing, hoping or ruling out, a noun of danger or fear among its
        phrases)? Questions, aims and prevented acts: see ``question_openers``, ``striving_verbs``
        and ``preventing_verbs`` where the clause is made."""
        if not (piece.kind == "inf" or (piece.kind == "sub" and piece.tokens[0].text.lower() in self.lex.possibility_openers)):
            return False
        return parent.predicate.lemma in self.lex.possibility_verbs or any(
            t.lemma in self.lex.possibility_nouns for a in parent.arguments for t in a.tokens)

    def _doubted(self, piece: Piece, governing: Piece | None) -> bool:
        """Does a dass- or ob-clause tell what its governing clause calls unclear, unlikely or only
        possible ("Es ist unklar, ob Russland angegriffen hat", "hält es für unwahrscheinlich, dass
        ...")? Only a predicative adjective says so ("der unklare Status führte dazu, dass ..." does not)."""
        if governing is None or piece.kind != "sub" or piece.tokens[0].text.lower() not in self.lex.possibility_openers:
            return False
        return any(t.pos == "ADJD" and t.lemma.lower() in self.lex.doubt_adjectives for t in governing.tokens)

    def _denied(self, piece: Piece, parent: Clause, governing: Piece | None) -> bool:
        """Does a dass-clause tell what its governing clause denies, a negated verb of meaning ("Das
        heißt nicht, dass ...") or a negated "sein" with its correlate ("Es ist nicht so, dass ...")?"""
        if governing is None or piece.kind != "sub" or piece.tokens[0].text.lower() not in self.lex.possibility_openers \
                or not parent.predicate.negated:
            return False
        lemma = parent.predicate.lemma
        return lemma in self.lex.denying_verbs or (lemma == "sein" and any(
            t.text.lower() in self.lex.denying_correlates for t in governing.tokens))

    def _announces(self, parent: int, clauses: list[Clause], parts: list[Piece], owner: dict[int, int]) -> bool:
        """Does the governing clause announce an intention for its infinitive: an intent verb or
        modal ("kündigte an", "will"), an intent noun ("Bereitschaft") or adjective ("bereit")?"""
        governing = clauses[parent]
        if governing.intent:
            return True
        if any(t.lemma in self.lex.intent_nouns for a in governing.args("object", "subject") for t in a.tokens):
            return True
        piece = next((parts[p] for p, c in owner.items() if c == parent), None)
        return piece is not None and any(t.lemma.lower() in self.lex.intent_adjectives
                                         for t in piece.tokens if t.pos in ("ADJD", "ADJA"))

    def _speech(self, parts: list[Piece], owner: dict[int, int], clauses: list[Clause], tokens: list[Token]) -> None:
        # a speech verb reports its own dependent clauses, the clause it depends on and every
        # top-level clause; the first speech verb to report a clause gives it its speaker (each
        # clause is looked at once: a fuzzed line of 1,000s of "sagte" was quadratic here)
        children: dict[int, list[int]] = {}
        for k, clause in enumerate(clauses):
            if clause.parent is not None:
                children.setdefault(clause.parent, []).append(k)
        unreported_top = [k for k, c in enumerate(clauses) if c.parent is None]
        told: set[int] = set()      # relative clauses of a speech verb that are the narrator's
        opener = {k: parts[p].tokens[0].text.lower() for p, k in owner.items() if parts[p].tokens}
        for si, s in enumerate(clauses):
            if (s.predicate.lemma not in self.lex.speech_verbs and not self._trailing_saying(s, clauses, tokens)) \
                    or not s.args("subject") or self._self_declared(s):
                continue
            speaker = self._impersonal_source(s) or s.args("subject")[0]
            if s.relative:
                # "den Journalisten, der für die Zeitung schreibt, festgenommen": a relative
                # clause tells of its antecedent; its speech verb reports only its own clauses
                for k in children.get(si, []):
                    clauses[k].reported = True
                    clauses[k].speaker = clauses[k].speaker or speaker
                self.last_speaker = speaker
                continue
            # (not a relative clause it has in the indicative: "Die USA kündigten Manöver an, was
            # Caracas verurteilte" tells what Caracas did, not what the USA announced)
            told.update(k for k in children.get(si, []) if clauses[k].relative
                        and clauses[k].predicate.mood != "subjunctive")
            reached = [k for k in children.get(si, []) if k not in told]
            # (a clause of time or cause tells when or why the act above it happened: "Polen bestellte
            # den Botschafter ein, nachdem Schulz von einer Putinisierung gesprochen hatte")
            if opener.get(si) not in self.lex.circumstance_openers:
                reached += [k for k in unreported_top if k != si] + ([s.parent] if s.parent is not None else [])
            for k in reached:
                clauses[k].reported = True
                clauses[k].speaker = clauses[k].speaker or speaker
            unreported_top = [k for k in unreported_top if clauses[k].speaker is None]
            self.last_speaker = speaker
        for clause in clauses:
            if clause.predicate.mood == "subjunctive" and not clause.reported and self.last_speaker is not None \
                    and clause.predicate.lemma not in self.lex.speech_verbs:
                clause.reported = True
                clause.speaker = self.last_speaker
        for p, k in owner.items():    # "Seehofer: Wir werden mehr Afghanen abschieben"
            speaker = self._lead_in_speaker(parts[p])
            if speaker is not None and clauses[k].speaker is None:
                clauses[k].reported = True
                clauses[k].speaker = speaker
        for k, clause in enumerate(clauses):       # complements of reported clauses are reported too
            if clause.parent is not None and clauses[clause.parent].reported and not clause.reported \
                    and k not in told:
                clause.reported = True
                clause.speaker = clauses[clause.parent].speaker

    def _self_declared(self, clause: Clause) -> bool:
        """A verb of saying with "sich" for its only object ("erklärte sich zum Präsidenten"):
        it says what its subject made itself, not words it reports (``self_declaring_verbs``)."""
        objects = clause.args("object")
        return clause.predicate.lemma in self.lex.self_declaring_verbs and len(objects) == 1 \
            and len(objects[0].tokens) == 1 and objects[0].tokens[0].pos == "PRF"

    def _impersonal_source(self, clause: Clause) -> Phrase | None:
        """The source of a speech verb said impersonally, "es" for its subject (lexicon
        impersonal_speech_verbs, impersonal_subjects): its phrase with one of the
        impersonal_source_prepositions ("hieß es aus dem Auswärtigen Amt", "In einer Erklärung der
        Nato hieß es"), None when it has none."""
        lex = self.lex
        subject = clause.args("subject")[0]
        if clause.predicate.lemma not in lex.impersonal_speech_verbs or len(subject.tokens) != 1 \
                or subject.tokens[0].text.lower() not in lex.impersonal_subjects:
            return None
        return next((a for a in clause.args("prep") if a.prep in lex.impersonal_source_prepositions), None)

    def _trailing_saying(self, clause: Clause, clauses: list[Clause], tokens: list[Token]) -> bool:
        """A verb of the pack's trailing_speech_verbs that says what the subjunctive clause
        before it says, or the quotation that closes between the two, with no object of its own:
        "Libyen müsse die Verdächtigen herausgeben, bekräftigte der Außenminister", "„Italien muss
        die Häfen öffnen“, forderte Macron"."""
        if clause.predicate.lemma not in self.lex.trailing_speech_verbs or clause.parent is None \
                or clause.args("object") or clause.relative:
            return False
        said = clauses[clause.parent]
        if not said.predicate.tokens or not clause.predicate.tokens \
                or said.predicate.tokens[0].start >= clause.predicate.tokens[0].start:
            return False
        if said.predicate.mood == "subjunctive":
            return True
        last, verb = said.predicate.tokens[-1].start, clause.predicate.tokens[0].start
        return any(last < t.start < verb and t.text and all(ch in _TOGGLING_QUOTES for ch in t.text) for t in tokens)

    def _quoted(self, tokens: list[Token], clauses: list[Clause], speaker: Phrase | None) -> None:
        """A quotation over several sentences: the sentence splitter keeps "„...“" and "«...»"
        together, but not straight marks, "»...«" or "‚...‘" ('Orban sagte: "Die Sanktionen
        schaden Europa. Wir fordern Brüssel auf, sie aufzuheben."'). A sentence that begins
        inside a quotation opened by a sentence with a speaker is his: its top-level clauses
        with no speaker of their own are reported, with him as their speaker (at most
        ``_QUOTE_SENTENCES`` sentences on, so that an unclosed mark does not carry him through
        an article). Each mark of ``_TOGGLING_QUOTES`` opens or closes (no apostrophes)."""
        began_open = self.quote_open
        if began_open and self.quote_speaker is not None and self.quote_left > 0:
            self.quote_left -= 1
            for clause in clauses:
                if clause.parent is None and clause.speaker is None \
                        and clause.predicate.lemma not in self.lex.speech_verbs:
                    clause.reported = True
                    clause.speaker = self.quote_speaker
            for clause in clauses:
                if clause.parent is not None and clauses[clause.parent].reported and not clause.reported:
                    clause.reported = True
                    clause.speaker = clauses[clause.parent].speaker
        marks = sum(1 for t in tokens if t.text and all(ch in _TOGGLING_QUOTES for ch in t.text))
        self.quote_open = began_open ^ (marks % 2 == 1)
        if not self.quote_open:
            self.quote_speaker, self.quote_left = None, 0
        elif not began_open:
            self.quote_speaker, self.quote_left = speaker, _QUOTE_SENTENCES

    def _lead_in_speaker(self, piece: Piece) -> Phrase | None:
        """The speaker a headline names before its colon ("Seehofer: Wir werden mehr Afghanen
        abschieben", "Merkel: Wir verhandeln nicht mit den Taliban"): at most
        ``HEADLINE_SPEAKER_WORDS`` capitalised nouns and names, when the clause after the colon
        speaks in the first person plural (the lexicon's ``speaker_pronouns``); a lead-in that
        is only a topic ("Brexit: Die Briten ...", "Berlin: Demonstration gegen Rassismus")
        names no one who speaks."""
        words = [t for t in piece.lead_in if t.text not in QUOTES and t.text != ":"]
        if not words or len(words) > HEADLINE_SPEAKER_WORDS or any(
                t.pos not in ("NE", "NN") or not t.text[:1].isupper() for t in words):
            return None
        if not any(t.text.lower() in self.lex.speaker_pronouns for t in piece.tokens):
            return None
        return _phrase_of(words, "subject")

    # -- noun events and participial attributes ----------------------------
    def _noun_events(self, index: int, piece: Piece, holder: Clause, parent: int | None,
                     chunks: list[Chunk]) -> list[Clause]:
        out = []
        for i, chunk in enumerate(chunks):
            nouns = [t for t in chunk.tokens if t.pos == "NN"]
            undergone = None
            if chunk.coordinated:
                heads = nouns[:1]
            else:
                # the head ("die Festnahme eines Journalisten") and the last noun of a genitive
                # attribute ("am Rande des Besuchs von Obama")
                before_head = [t for t in chunk.tokens[:chunk.head + 1] if t.pos == "NN"]
                main = before_head[-1] if before_head else None      # "Versprechen" in "Versprechen Chinas"
                heads = [t for t in (main, nouns[-1] if nouns else None) if t is not None]
                # the event a target or victim noun names in its genitive ("Ziel einer Razzia der
                # Polizei", "Opfer eines Anschlags"): its own head, aimed at the copula's subject
                undergone = next((t for t in nouns if main is not None and t.start > main.start), None) \
                    if main is not None and main.lemma.lower() in self.words.undergoer_nouns else None
                if undergone is not None:
                    heads.append(undergone)
                heads = list({t.start: t for t in heads}.values())
            for head in heads:
                # Any noun may head an event ("Vermittlungsmission zwischen Syrien und ..."):
                # the frames decide which do; the front-end only gathers their arguments.
                arguments: list[Phrase] = []
                place: Phrase | None = None
                named = self._named_place(head)
                prefix = _compound_prefix(head) if not named else []
                if prefix:
                    arguments.append(_phrase_of(prefix, "possessor"))   # "US-Luftangriff", "Trump-Putin-Gipfel"
                if chunk.possessor and head is not undergone:
                    arguments.append(_phrase_of(chunk.possessor, "possessor"))
                if head is undergone:
                    attributes = _attributes_before(chunk.tokens, head)
                    genitive = _until_punctuation(chunk.tokens[chunk.tokens.index(head) + 1:])
                    arguments += [_phrase_of(part, "possessor") for part in (attributes, genitive) if part]
                genitive = _until_punctuation(chunk.tokens[chunk.tokens.index(head) + 1:])   # "der USA"
                if named and genitive and all(t.pos == "NE" and not t.text.endswith(("s", "'", "’"))
                                              for t in genitive):
                    genitive = []          # "die Villa Kerry": the name of the place, not its owner
                if genitive and head is heads[0] and not chunk.coordinated:
                    # after a possessive pronoun the genitive is what the act is aimed at, not whose
                    # it is: "seine Ablehnung der EU" (the possessor is "seine")
                    own = chunk.possessor and chunk.possessor[0].pos == "PPOSAT"
                    arguments.append(_phrase_of(genitive, "genitive" if own else "possessor"))
                k = i + 1
                while (k < len(chunks) and k - i <= _MAX_ATTACHED and chunks[k].prep is not None
                       and _adjacent(piece.tokens, chunks[k - 1], chunks[k])):
                    arguments.append(_phrase(chunks[k], "prep"))
                    if chunks[k].prep in self.lex.place_prepositions and any(t.pos == "NE" for t in chunks[k].tokens):
                        place = place or arguments[-1]
                    k += 1
                if not arguments and self.lex.event_noun(head.lemma) is None and head is not undergone and not (
                        head is heads[0] and self._occurring(holder, chunk)):
                    continue          # a plain noun with nothing attached carries no event (no clause made),
                                      # unless a verb of occurring holds it, whose phrases may name its
                                      # parties ("zwischen Indien und Pakistan kam es zu Gefechten")
                predicate = Predicate(lemma=head.lemma, tokens=[head], kind="noun",
                                      negated=chunk.prep in self.lex.negating_prepositions
                                      or any(t.text.lower().startswith("kein") for t in chunk.tokens))
                if head is heads[0] and self._unhappened(holder, chunk):
                    predicate.negated = True      # "Ein Treffen fand nicht statt", "Das Treffen wurde abgesagt"
                if head is not heads[0] and heads[0].lemma in self.lex.ceasing_nouns or self._ceased(holder, chunk):
                    predicate.negated = predicate.ceased = True     # "die Aussetzung der Gespräche", "beendete die Hilfe"
                clause = Clause(sentence=index, predicate=predicate, arguments=arguments, parent=parent,
                                reported=holder.reported, speaker=holder.speaker, time=holder.time, place=place,
                                possible=holder.possible or self._feared(piece, chunks, i, head, heads)
                                or self._prevented(holder, chunk) or self._feared_object(holder, chunk)
                                or self._striven(holder, chunk) or self._conditioned(holder, chunk)
                                or self._referred(holder, chunk))
                # a national adjective names the actor of the phrase's own head, not of a noun in
                # its genitive attribute ("die Niederschlagung albanischer Unruhen": not Albania's act)
                attributes = _attributes_before(chunk.tokens, head) if head is heads[0] else []
                against = _hostile(attributes, self.words)
                if against is not None:
                    # "antichinesische Proteste": Proteste gegen China (hostile_prefixes), nicht Chinas
                    attributes = [t for t in attributes if t.start != against.start]
                    clause.arguments.append(against)
                if attributes and not any(a.role == "possessor" for a in clause.arguments):
                    clause.arguments.insert(0, _phrase_of(attributes, "possessor"))   # "türkische Luftangriffe"
                clause.place = clause.place or holder.place
                predicate.objects = _heads(a for a in clause.arguments if a.role == "prep")
                # "sei zu Gesprächen bereit", "zu Verhandlungen mit Kiew entschlossen": wanted, not held
                # ("an einem Treffen interessiert", "offen für Gespräche": wish_adjectives)
                clause.intent = clause.intent or (chunk.prep == "zu" and any(
                    t.pos in ("ADJD", "PTKVZ") and t.lemma.lower() in self.lex.intent_adjectives for t in piece.tokens)) or (
                    chunk.prep in self.lex.wish_prepositions and any(
                        t.pos in ("ADJD", "PTKVZ", "VVPP") and t.text.lower() in self.lex.wish_adjectives for t in piece.tokens))
                # "ein möglicher Angriff Russlands": possible, no act; "angebliche Geheimvereinbarungen": said to be
                attributes = {t.lemma.lower() for t in _attributes_before(chunk.tokens, head)}
                clause.possible = clause.possible or bool(attributes & self.lex.possibility_attributes)
                clause.planned = bool(attributes & self.lex.intent_attributes)   # "der geplante Besuch"
                clause.reported = clause.reported or bool(attributes & self.lex.hearsay_adverbs)
                out.append(clause)
        return out

    def _named_place(self, head: Token) -> bool:
        """Whether a noun is one of places and institutions a person's name names (the pack's
        ``named_place_nouns``): "Abdullah-Zentrum", "Villa", "Kulturzentrum"; by its lemma too,
        as the genitive's ending hides the noun ("des Abdullah-Zentrums")."""
        return named_place(head.text) or named_place(head.lemma)

    def _prevented(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun that is the object of a verb keeping it from happening ("um Angriffe
        auf Zivilisten zu verhindern", "einem Anschlag vorbeugen"), unless that verb is negated
        ("konnte den Angriff nicht verhindern": it took place)."""
        if holder.predicate.lemma not in self.lex.preventing_verbs or holder.predicate.negated:
            return False
        inside = {t.start for a in holder.args("object", "dative") for t in a.tokens}
        return chunk.prep is None and chunk.head_token.start in inside

    def _striven(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun in the phrase of what a verb of striving strives for ("setzt sich für
        Gespräche mit der Türkei ein", "macht sich für das Abkommen stark"): the aim, not done, as
        the dass-clause of such a verb is. Not a noun of its own object or of another phrase."""
        if chunk.prep not in self.lex.striving_prepositions or not self._striving(holder):
            return False
        return any(a.start <= chunk.head_token.start < a.end and (a.prep or "").lower() == chunk.prep
                   for a in holder.args("prep"))

    def _striving(self, clause: Clause) -> bool:
        """Whether a clause's verb is one of striving (``striving_verbs``), alone or with the
        adjective it makes one with ("macht sich ... stark")."""
        return _verb_among(clause, self.lex.striving_verbs)

    def _conditioned(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun in the object of a verb that makes it depend on a condition it names
        ("knüpft weitere Finanzhilfen an Reformen", "macht Kredite von Reformen abhängig"): a
        condition set, not an act done (``conditioning_verbs``)."""
        if not _verb_among(holder, self.lex.conditioning_verbs) or not any(
                (a.prep or "").lower() in self.lex.conditioning_prepositions for a in holder.args("prep")):
            return False
        # (a dative too: the tagger reads "die Annäherung" of "koppeln die Annäherung an ..." as one)
        inside = {t.start for a in holder.args("object", "dative") for t in a.tokens}
        return chunk.prep is None and chunk.head_token.start in inside

    def _referred(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun in the phrase of what a verb refers to, remembers or compares with
        ("erinnerte an den Überfall auf Polen", "verglich die Proteste mit dem Angriff auf die
        Ukraine"): a reference, not an act the text reports (``reference_verbs``)."""
        if chunk.prep is None or f"{holder.predicate.lemma} {chunk.prep}" not in self.lex.reference_verbs:
            return False
        return any(a.start <= chunk.head_token.start < a.end and (a.prep or "").lower() == chunk.prep
                   for a in holder.args("prep"))

    def _feared_object(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun that is the object of a verb of fearing, risking or ruling out ("Polen
        befürchtet einen Angriff auf die Ukraine", "schloss Sanktionen nicht aus", "riskiert seine
        Festnahme"): a possibility, as the dass- or zu-clause of such a verb is (``_possibility``)."""
        if holder.predicate.lemma not in self.lex.possibility_verbs:
            return False
        # or of its phrase of what is hoped for or feared ("hofft auf Gespräche mit den Rebellen",
        # "rechnet mit einem Angriff")
        if chunk.prep in self.lex.possibility_verb_prepositions:
            return any(a.start <= chunk.head_token.start < a.end for a in holder.args("prep"))
        inside = {t.start for a in holder.args("object") for t in a.tokens}
        return chunk.prep is None and chunk.head_token.start in inside

    def _occurring(self, holder: Clause, chunk: Chunk) -> bool:
        """A noun that a verb of occurring says happened ("kam zu Gefechten", "Gespräche fanden
        statt"), with a phrase of that verb besides the noun's (that may name its parties)."""
        pred = holder.predicate
        if pred.kind != "verb" or not any(chunk.head_token.start not in {t.start for t in a.tokens}
                                          for a in holder.args("prep")):
            return False
        if chunk.prep is not None:
            return self._occurs_in(pred.lemma, chunk.prep)
        inside = lambda role: any(chunk.head_token.start in {t.start for t in a.tokens} for a in holder.args(role))
        return pred.lemma in self.words.occurrence_verbs and (inside("subject") or inside("object"))    # "gab es Gefechte"

    def _unhappened(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun that its clause says did not happen: the subject of a negated verb of
        occurring ("Ein Treffen fand nicht statt"), its noun in the verb's phrase ("Es kam nicht
        zu Gesprächen"), or what a verb of calling off names ("sagte das Treffen ab", "Das
        Treffen wurde abgesagt")."""
        pred = holder.predicate
        inside = lambda role: any(chunk.head_token.start in {t.start for t in a.tokens} for a in holder.args(role))
        if pred.lemma in self.lex.cancelling_verbs and not pred.negated:
            return chunk.prep is None and inside("object")       # the passive's subject is its object role
        if pred.lemma in self.lex.omitting_verbs and not pred.negated and pred.voice == "active":
            # "verzichtete auf Sanktionen", "vermied jede Kritik an Peking": an act forgone
            return (chunk.prep is None and inside("object")) or (
                chunk.prep in self.lex.omitting_prepositions and inside("prep"))
        if not pred.negated:
            return False
        if chunk.prep is not None:
            return self._occurs_in(pred.lemma, chunk.prep)
        return pred.lemma in self.words.occurrence_verbs and inside("subject")

    def _occurs_in(self, verb: str, prep: str) -> bool:
        """Whether a phrase of ``prep`` under ``verb`` holds the event the verb says happened ("kam zu")."""
        return verb in self.words.occurrence_verbs and prep in self.words.occurrence_prepositions

    def _ceased(self, holder: Clause, chunk: Chunk) -> bool:
        """An event noun that is the object of a verb ending it ("beendete seine Militärhilfe",
        "stellte die Zusammenarbeit ein"), unless that verb is negated; in the passive ("Die
        Luftbrücke wurde beendet") the act is told as done and over, not as cut off by someone."""
        if holder.predicate.lemma not in self.lex.ceasing_verbs or holder.predicate.negated \
                or holder.predicate.voice != "active":
            return False
        inside = {t.start for a in holder.args("object") for t in a.tokens}
        return chunk.prep is None and chunk.head_token.start in inside

    def _feared(self, piece: Piece, chunks: list[Chunk], i: int, head: Token, heads: list[Token]) -> bool:
        """An event noun that a noun of danger or fear governs: "die Gefahr eines Krieges" (in
        its genitive attribute), "die Angst vor einem Angriff" (the phrase right after it)."""
        if head is not heads[0]:
            return heads[0].lemma in self.lex.possibility_nouns
        return i > 0 and chunks[i].prep in self.lex.possibility_prepositions \
            and chunks[i - 1].head_token.lemma in self.lex.possibility_nouns and _adjacent(piece.tokens, chunks[i - 1], chunks[i])

    def _mediated_nouns(self, extra: list[Clause], clauses: list[Clause]) -> None:
        """A participle attribute of mediation (``mediating_participles``: "eine von den USA
        vermittelte Waffenruhe", "die von Katar vermittelten Gespräche") hangs from the clause of
        the event noun it qualifies (``extra`` follows ``clauses``), as the English "a US-brokered
        truce": the parties of that noun's clause are the ones mediated between. Only where the
        noun is the object of a verb whose subject is a party to it (``mediated_party_verbs``:
        "akzeptierte", not "kritisierte" nor "nach der ... vermittelten Freilassung")."""
        for clause in extra:
            if clause.predicate.kind != "verb" or clause.predicate.voice != "passive" \
                    or clause.predicate.lemma not in self.lex.mediating_participles or clause.parent is None:
                continue
            holder = clauses[clause.parent]
            if holder.predicate.lemma not in self.lex.mediated_party_verbs:
                continue
            held = {t.start for p in holder.args("object", "dative") for t in p.tokens}
            heads = {p.tokens[0].start for p in clause.args("object") if p.tokens and p.tokens[0].start in held}
            noun = next((k for k, c in enumerate(extra) if c.predicate.kind == "noun" and c.predicate.tokens
                         and c.predicate.tokens[0].start in heads and c.parent == clause.parent), None)
            if noun is not None:
                clause.parent = len(clauses) + noun

    def _participles(self, index: int, piece: Piece, parent: int) -> list[Clause]:
        toks = piece.tokens
        out = []
        chunks: list[Chunk] | None = None
        for i, tok in enumerate(toks):
            if tok.pos != "ADJA":
                continue
            # (or the name right after the participle: "die von Russland angegriffene Ukraine")
            head = next((t for t in toks[i + 1:i + 4] if t.pos == "NN"), None) \
                if i + 1 >= len(toks) or toks[i + 1].pos != "NE" else toks[i + 1]
            if head is None:
                continue
            agent = None
            for j in range(i - 1, max(-1, i - 12), -1):
                if toks[j].pos in FINITE or toks[j].pos == "$,":
                    break
                if toks[j].pos in ("APPR", "APPRART") and preposition(toks[j]) in self.lex.passive_agent_prepositions:
                    agent = [t for t in toks[j + 1:i] if t.pos in ("NE", "NN", "ART", "ADJA", "PPER")]
                    break
            if agent is None:
                continue
            # what the participle makes its object, after "als" between the agent and it: "die von
            # Rebellen als Geiseln genommenen Touristen" (the agent is the rebels, "als Geiseln" the
            # participle's phrase, as in "nahmen Touristen als Geiseln")
            kokom = next((k for k in range(j + 1, i) if toks[k].pos in ("KOKOM", "APPR") and preposition(toks[k]) == "als"), None)
            as_phrase: list[Phrase] = []
            if kokom is not None:
                agent = [t for t in agent if t.start < toks[kokom].start]
                named_as = [t for t in toks[kokom + 1:i] if t.pos in ("NE", "NN", "ART", "ADJA")]
                if named_as:
                    as_phrase = [Phrase(tokens=named_as, role="prep", prep="als")]
            else:
                # the agent runs to the first preposition that does not qualify it ("von der Regierung
                # in Kiew"); the phrases after it are the participle's own: "die von den USA gegen den
                # Iran erhobenen Vorwürfe" as "erhoben Vorwürfe gegen den Iran"
                span = toks[j + 1:i]
                cut = next((k for k, t in enumerate(span) if t.pos in ("APPR", "APPRART")
                            and preposition(t) not in self.lex.agent_attribute_prepositions), None)
                if cut is not None and any(t.pos in ("NE", "NN") for t in span[:cut]):
                    agent = [t for t in span[:cut] if t.pos in ("NE", "NN", "ART", "ADJA", "PPER")]
                    groups: list[tuple[str, list[Token]]] = []
                    for t in span[cut:]:
                        if t.pos in ("APPR", "APPRART"):
                            groups.append((preposition(t), []))
                        elif t.pos in ("NE", "NN", "ART", "ADJA", "PPER"):
                            groups[-1][1].append(t)
                    as_phrase = [Phrase(tokens=words, role="prep", prep=prep) for prep, words in groups
                                 if any(t.pos in ("NE", "NN") for t in words)]
            lemma = participle_lemma(tok.text)      # a word search: after the cheap tests
            if lemma is None or lemma in self.lex.describing_participles:
                continue
            if chunks is None:
                chunks = noun_chunks(list(toks))
            # no noun between the preposition and the participle: the preposition governs the
            # participle's own phrase ("berichtete von dutzenden getöteten Rebellen"), which
            # tells harm done by no one named, not an agent (a noun is capitalised: a number word
            # in lower case tagged NN is none)
            named = any(t.pos == "PPER" or (t.pos in ("NE", "NN") and t.text[:1].isupper()) for t in agent)
            predicate = Predicate(lemma=lemma, tokens=[tok], voice="passive", tense="past")
            clause = Clause(sentence=index, predicate=predicate, parent=parent,
                            arguments=([_phrase_of(agent, "agent")] if named else []) + [_phrase_of(_named_head(toks, head), "object")]
                            + as_phrase + _head_prepositional(toks, head, chunks))
            predicate.objects = [head.lemma]
            out.append(clause)
        return out


def _named_head(toks: list[Token], head: Token) -> list[Token]:
    """A participle attribute's noun with the names right after it: "der von der Türkei
    inhaftierte Pastor Andrew Brunson", "die von Russland angegriffene Ukraine"."""
    k = next((i for i, t in enumerate(toks) if t is head), None)
    if k is None:
        return [head]
    end = k + 1
    while end < len(toks) and toks[end].pos == "NE":
        end += 1
    return toks[k:end]


def _own_head(chunk: Chunk) -> Token:
    """The noun a phrase is about, before its genitive attribute or name ("Forderung" of "die
    Forderung Trumps")."""
    if chunk.attribute:
        return chunk.tokens[chunk.attribute - 1]
    return next((t for t in chunk.tokens[:chunk.head + 1] if t.pos == "NN"), chunk.head_token)


def _head_prepositional(toks: list[Token], head: Token, chunks: list[Chunk]) -> list[Phrase]:
    """The prepositional phrase right after an attribute's head noun is the participle's own
    argument: "die von der EU verhängten Sanktionen [gegen Russland]", "die vom Iran angedrohte
    Vergeltung [gegen die USA]"."""
    k = next((i for i, t in enumerate(toks) if t is head), None)
    if k is None or k + 1 >= len(toks):
        return []
    after = toks[k + 1]
    return [_phrase(c, "prep") for c in chunks if c.prep and c.prep_token is after and c.prep not in ("von", "durch")]


def _focus(toks: list[Token], k: int, words: frozenset[str]) -> bool:
    """Whether the negation at ``k`` only focuses the phrase after it ("nicht nur die USA")."""
    return k + 1 < len(toks) and toks[k + 1].text.lower() in words


def _definite(chunk: Chunk) -> bool:
    """A phrase with a definite article, a demonstrative or a possessive ("die Behauptungen",
    "diese Politik", "seine Äußerungen")."""
    first = chunk.tokens[0]
    return first.pos in ("PDAT", "PPOSAT") or (first.pos == "ART" and not first.text.lower().startswith("ein"))


def _indefinite(chunk: Chunk) -> bool:
    """A phrase with no article ("Lügen", "reine Propaganda") or an indefinite one ("eine Farce",
    "keine Lösung")."""
    first = chunk.tokens[0]
    return first.pos in ("NN", "ADJA", "PIAT") or (first.pos == "ART" and first.text.lower().startswith("ein"))


def _predicative_negation(toks: list[Token], k: int) -> bool:
    """Whether the negation at ``k`` only denies the adjective after it, right after a
    preposition or a predicative "als" ("kritisierte die Vorschläge als nicht umsetzbar", "wies
    die Forderung als nicht hinnehmbar zurück", "hielt den Plan für nicht umsetzbar", "mit nicht
    genehmigten Waffen"): the verb is done, its judgement negative."""
    return 0 < k < len(toks) - 1 and toks[k - 1].pos in ("KOKOM", "APPR") and toks[k + 1].pos in ("ADJD", "ADJA")


def _addressed(toks: list[Token], finite: Token) -> bool:
    """Whether a clause is an order in the polite form addressed to someone named before it and a
    comma: "„Herr Präsident Putin, beenden Sie diesen Krieg“" (a name with no article before
    the comma, the verb in the form of the infinitive, "Sie" right after it; no question)."""
    f = next((k for k, t in enumerate(toks) if t is finite), None)
    if f is None or f < 2 or f + 1 >= len(toks) or toks[f - 1].text != "," or toks[f + 1].text != "Sie":
        return False
    if finite.pos not in ("VVFIN", "VVINF", "VVIMP") or finite.text.lower() != finite.lemma.lower().split()[-1]:
        return False
    if any(t.text == "?" for t in toks):
        return False
    start = next((k for k, t in enumerate(toks[:f - 1]) if t.text not in QUOTES), f - 1)
    words = toks[start:f - 1]      # the coder takes it for a demand only in quoted or reported speech
    return bool(words) and any(t.pos == "NE" for t in words) and all(t.pos in ("NE", "NN", "ADJA") for t in words)


def _address(clause: Clause, toks: list[Token], finite: Token) -> None:
    """Make an order addressed by name an imperative whose subject is the one addressed, without
    the "Sie" that stands for them."""
    f = next(k for k, t in enumerate(toks) if t is finite)
    sie = toks[f + 1]
    clause.arguments = [a for a in clause.arguments if not (len(a.tokens) == 1 and a.tokens[0] is sie)]
    start = next(k for k, t in enumerate(toks[:f - 1]) if t.text not in QUOTES)
    named = toks[start:f - 1]
    if not any(a.role == "subject" for a in clause.arguments):
        clause.arguments.insert(0, _phrase_of(named, "subject"))
    clause.predicate.mood = "imperative"


def _perfect_form(piece: Piece) -> bool:
    """A verb-final clause in a perfect: a participle before its finite "haben" or "sein" ("...
    niedergelegt hätten", "abgezogen ist")."""
    if piece.finite is None or piece.finite == 0:
        return False
    finite = piece.tokens[piece.finite]
    return finite.lemma in ("haben", "sein") and piece.tokens[piece.finite - 1].pos == "VVPP"


def _within(chunk: Chunk, words: list[Token]) -> bool:
    """Whether the phrase stands among ``words`` (a conjunct's own words)."""
    return bool(words) and words[0].start <= (chunk.prep_token or chunk.tokens[0]).start \
        and chunk.tokens[-1].end <= words[-1].end


def _continue_list(clause: Clause, piece: Piece, parent: Clause) -> None:
    """"hat Häuser beschossen, zerstört und geplündert": participles after a comma share the
    auxiliary's tense, and the object when they open their piece and have none of their own."""
    if piece.finite is None:
        clause.predicate.tense = parent.predicate.tense
    if piece.tokens[0].pos in ("VVPP", "VVINF") and _takes_object(clause):
        clause.arguments.extend(_copy(a) for a in parent.args("object"))
        clause.predicate.objects.extend(_heads(parent.args("object")))


def _own_main(clause: Clause, prev: Clause) -> bool:
    """A main clause after a comma that tells an act of its own, no content of the one before:
    this one is in the indicative with a subject of its own before its verb, and the one before
    has its object already (a noun, not "sich": "wandte sich dagegen: Die Forderung ist ...") or
    a phrase with a preposition, which may be what it says, and this one is in the simple past,
    which no one's words are reported in ("Mazedonien ließ nur wenige Flüchtlinge passieren,
    die Polizei setzte Tränengas ein"; "Die USA mahnten zur
    Zurückhaltung, Russland bot sich als Vermittler an"; not "Russland warf der Nato vor, sie
    rücke vor", nor "kritisierte, die Regierung hat versagt", nor the inverted verb of saying
    after a quote: "„...“, kritisierte Kickl")."""
    told = any(not p.pronoun for p in prev.args("object")) \
        or (bool(prev.args("prep")) and clause.predicate.tense == "past"
            and not any(t.pos.startswith(("VA", "VM")) for t in clause.predicate.tokens))
    return told and prev.predicate.mood != "subjunctive" \
        and clause.predicate.mood not in ("subjunctive", "imperative") and bool(clause.predicate.tokens) \
        and any(p.tokens and p.start < clause.predicate.tokens[0].start for p in clause.args("subject"))


def _ends_in_verb(piece: Piece) -> bool:
    """A main clause that ends in its finite verb ("Die Armee beschoss", "nahm fest"): its
    object, if it has one, comes after the next conjunct's verb."""
    if piece.finite is None or piece.finite == 0:
        return False
    return all(t.pos in ("ADV", "ADJD", "PTKVZ") for t in piece.tokens[piece.finite + 1:])


def _takes_object(clause: Clause) -> bool:
    pred = clause.predicate
    return (pred.voice == "active" and pred.kind == "verb" and not clause.args("object")
            and pred.lemma not in NO_OBJECT and pred.lemma not in COPULAS)


def _share_modal(clause: Clause, parent: Clause) -> None:
    """A bare infinitive after the modal verb of the clause before, coordinated with its
    infinitive after a comma ("Die Regierung müsse nicht nur sparen, sondern auch die Renten
    kürzen", "will verhandeln, aber auch Truppen schicken"): the modal governs it too, as it
    does a verb joined by "und" (``_conjunct``)."""
    pred, first = clause.predicate, parent.predicate
    if pred.modal is not None or first.modal is None or not pred.tokens or not first.tokens \
            or any(t.pos != "VVINF" for t in pred.tokens) or pred.tokens[0].start < first.tokens[0].start:
        return
    pred.modal = first.modal
    clause.intent = clause.intent or parent.intent
    clause.parent = parent.parent        # a sibling of the modal's clause, as a verb joined by "und"


def _copy(phrase: Phrase) -> Phrase:
    return Phrase(tokens=list(phrase.tokens), role=phrase.role, prep=phrase.prep, case=phrase.case,
                  pronoun=phrase.pronoun, counted=phrase.counted, attribute=phrase.attribute)


def _attributive(chunks: list[Chunk], k: int, piece: Piece, finite: Token | None,
                 time_nouns: frozenset[str], place_prepositions: frozenset[str] = frozenset()) -> bool:
    """A von/durch phrase right after a noun modifies that noun ("die Forderung von Annan")
    when the noun is inside a prepositional phrase, when both stand in the Vorfeld (which
    holds one phrase: "Die Bombardierung Syriens durch Russland wurde verurteilt"), or when
    another von/durch phrase further on can be the agent. Not after a phrase of place that ends
    in a name ("wurde in Caracas von Soldaten angegriffen", "in Paris von Macron empfangen", "im
    Südwesten Chinas von einem Schwein angegriffen"): a place name takes no von-phrase; a common
    noun of place may ("im Süden von Syrien", "in der Nähe von Kabul"). Nor is one inside a
    participle attribute, between the determiner and the participle of the phrase after it, unless
    that phrase names a motion, a document or a message, whose authors say what it says ("In dem von
    allen Parteien getragenen Antrag wird die Landesregierung aufgefordert": the parties ask)."""
    following = chunks[k + 1] if k + 1 < len(chunks) else None
    if following is not None and following.determiner is not None \
            and following.determiner.start < chunks[k].tokens[0].start \
            and following.head_token.lemma.lower() not in _written_nouns():
        return True           # "in der von der Hamas kontrollierten Enklave": the participle's agent
    later = any(c.prep in ("von", "durch") for c in chunks[k + 1:])
    in_vorfeld = finite is not None and piece.kind == "main" and chunks[k].tokens[-1].start < finite.start
    if in_vorfeld and later:
        return True           # "Der vom Präsidenten unterbreitete Vorschlag ist vom Führer ... zurückgewiesen worden"
    if k == 0 or not _adjacent(piece.tokens, chunks[k - 1], chunks[k]):
        return False
    if chunks[k - 1].head_token.text in time_nouns:
        return False          # "ist am Sonntag von Sambia ausgeliefert worden"
    if chunks[k - 1].head_token.lemma.lower() in lexicon().partitive_nouns and chunks[k].prep == "von":
        return True           # "eine Gruppe von 40 Journalisten wurde verhaftet": of whom, not by whom
    if chunks[k - 1].prep in place_prepositions and not in_vorfeld and (
            chunks[k - 1].tokens[-1].pos == "NE" or names_country(chunks[k - 1].tokens[-1].text)):
        return False          # "wurde in Caracas von Soldaten angegriffen", "im Südwesten Chinas von einem Schwein";
        # also a country's name tagged as a common noun ("im Westjordanland von israelischen Soldaten")
    return chunks[k - 1].prep is not None or later or in_vorfeld


def _participle_agent(chunks: list[Chunk], k: int) -> bool:
    """A von/durch phrase between a determiner and the participle of the phrase after it is
    the participle's agent ("Die von Russland angegriffene Ukraine bat um Hilfe", "die von
    Rebellen entführten Journalisten"), not a phrase of the clause's verb: the participle's
    own clause takes it (``_participles``); the verb's frames must not ("bat von Russland").
    Not when the phrase names an event: its maker is what the verb's frames look for there ("Die
    von Putin erhobene Forderung stieß bei der Nato auf Ablehnung")."""
    following = chunks[k + 1] if k + 1 < len(chunks) else None
    return chunks[k].prep in ("von", "durch") and following is not None and following.prep is None \
        and following.determiner is not None and following.determiner.start < chunks[k].tokens[0].start \
        and following.tokens[0].pos == "ADJA" and lexicon().event_noun(following.head_token.lemma) is None


@lru_cache(maxsize=1)
def _written_nouns() -> frozenset[str]:
    """Nouns of a motion, a document or a message (``authored_nouns``), in lower case."""
    return frozenset(w.lower() for w in lexicon().authored_nouns)


def _vorfeld_attribute(chunks: list[Chunk], k: int, piece: Piece, finite: Token | None) -> bool:
    """A von-, in- or aus-phrase (the lexicon's ``vorfeld_attribute_prepositions``) right after
    the noun that opens a main clause's Vorfeld is that noun's attribute, no phrase of the verb:
    the Vorfeld holds one phrase ("Die Armee von Präsident Assad eroberte mehrere Dörfer von
    Rebellen zurück", "Die Regierung von Präsident Maduro wies den Botschafter aus", "Die
    Huthi-Rebellen im Jemen bekannten sich zu dem Angriff"). Kept as an "attribute" phrase: its
    actor may still place the noun's ("Kämpfer von der Hisbollah", "die Regierung in Teheran")."""
    if chunks[k].prep not in lexicon().vorfeld_attribute_prepositions or k != 1 or finite is None \
            or piece.kind != "main":
        return False
    before = chunks[0]
    return (before.prep is None and chunks[k].tokens[-1].start < finite.start
            and before.head_token.pos in ("NN", "NE") and _adjacent(piece.tokens, before, chunks[k]))


def _until_punctuation(tokens: list[Token]) -> list[Token]:
    """The words before an apposition's comma or bracket."""
    for i, token in enumerate(tokens):
        if token.pos.startswith("$"):
            return tokens[:i]
    return tokens


def _attributes_before(tokens: list[Token], head: Token) -> list[Token]:
    """The adjectives right before a noun ("die jüngsten türkischen Luftangriffe" → "jüngsten
    türkischen"): a national adjective among them names whose act the noun is."""
    out: list[Token] = []
    for token in reversed(tokens[:tokens.index(head)]):
        if token.pos != "ADJA":
            break
        out.insert(0, token)
    return out


def _verb_among(clause: Clause, verbs: frozenset[str]) -> bool:
    """Whether a clause's verb is one of ``verbs``, alone or with the adjective it makes one with
    (an entry of two words: "stark machen", "abhängig machen")."""
    lemma = clause.predicate.lemma
    if lemma in verbs:
        return True
    # the few two-word entries with this verb, looked up among the objects (a verb may hold thousands)
    firsts = [v.split(" ", 1)[0] for v in verbs if v.endswith(" " + lemma)]
    return bool(firsts) and not {f.lower() for f in firsts}.isdisjoint(o.lower() for o in clause.predicate.objects)


@lru_cache(maxsize=50_000)
def named_place(word: str, lang: str = "de") -> bool:
    """Whether a noun (the last part of a hyphenated one) is or ends in one of the pack's
    ``named_place_nouns`` (kept per word: it is asked for every noun of every sentence)."""
    return word.rsplit("-", 1)[-1].lower().endswith(_named_place_endings(lang))


@lru_cache(maxsize=None)
def _named_place_endings(lang: str) -> tuple[str, ...]:
    return tuple(noun.lower() for noun in languages.get(lang).words.named_place_nouns)


def _compound_prefix(head: Token) -> list[Token]:
    """The parts of a hyphenated noun before its last as words of their own: "US" of
    "US-Luftangriff"; "Trump" and "Putin" of "Trump-Putin-Gipfel" (its parties), each a word
    apart, so that a part that is no name leaves the one before it ("FBI" of
    "FBI-Undercover-Agent")."""
    first, dash, rest = head.text.partition("-")
    if not dash or not rest or not first[:1].isupper() or len(first) < 2:
        return []
    out, start = [], head.start
    for part in head.text.split("-")[:-1]:
        if not part[:1].isupper() or len(part) < 2:
            break
        out.append(Token(text=part, lemma=part, pos="NE", start=start, end=start + len(part)))
        start += len(part) + 1
    return out


def _objects(clause: Clause) -> list[str]:
    """The head lemmas of a clause's objects and prepositional phrases, and of its dative when it
    has no object: the noun complement of a verb of the dative ("schworen der Gewalt ab")."""
    roles = ("object", "prep") if clause.args("object") else ("object", "dative", "prep")
    return _heads(a for a in clause.arguments if a.role in roles)


def _heads(phrases) -> list[str]:
    """The lemmas that name what phrases are, for the frames' object conditions: the head, not
    a noun of its genitive attribute ("die Aussetzung der Gespräche" is no talks), unless the
    head only begins, goes on with or counts the act of its attribute ("die Aufnahme der
    Gespräche", "eine Reihe neuer Sanktionen"); the last word of a phrase of unknown structure
    and of a prepositional phrase (whose every word a frame's condition on it reads)."""
    out: list[str] = []
    for phrase in phrases:
        if phrase.attribute is None or phrase.prep is not None:
            out.append(phrase.tokens[-1].lemma)
            continue
        head = phrase.tokens[phrase.attribute - 1]
        out.append(head.lemma)
        if head.lemma in lexicon().aspect_nouns:
            nouns = [t for t in _until_punctuation(phrase.tokens[phrase.attribute:]) if t.pos in ("NN", "NE")]
            out.extend(t.lemma for t in nouns[-1:])
    return out


def _phrase(chunk: Chunk, role: str) -> Phrase:
    case = next(iter(chunk.cases)) if len(chunk.cases) == 1 else None
    pronoun = chunk.head_token.pos in ("PPER", "PDS", "PRELS") and len(chunk.tokens) == 1
    counted = any(t.pos == "CARD" or t.lemma.lower() in lexicon().quantity_words for t in chunk.tokens[:chunk.head])
    return Phrase(tokens=list(chunk.tokens), role=role, prep=chunk.prep, case=case, pronoun=pronoun,
                  counted=counted, determiner=chunk.determiner, attribute=chunk.attribute)


def _hostile(attributes: list[Token], words) -> Phrase | None:
    """The phrase of whom an adjective of hostility before an event noun names, its prefix (the
    pack's ``hostile_prefixes``) taken off ("antichinesische Proteste", "anti-amerikanische
    Demonstrationen": "chinesische", "amerikanische"), as a phrase of the first of
    ``hostile_prepositions`` ("Proteste gegen China"); None when no adjective has such a prefix."""
    if not words.hostile_prepositions:
        return None
    for t in attributes:
        low = t.text.lower()
        prefix = next((p for p in words.hostile_prefixes if low.startswith(p) and len(low) - len(p) >= 4), None)
        if t.pos == "ADJA" and prefix is not None:
            rest = t.text[len(prefix):]
            lemma = t.lemma[len(prefix):] if t.lemma.lower().startswith(prefix) else rest
            word = Token(text=rest, lemma=lemma, pos=t.pos, start=t.start + len(prefix), end=t.end)
            return Phrase(tokens=[word], role="prep", prep=words.hostile_prepositions[0])
    return None


def _phrase_of(tokens: list[Token], role: str) -> Phrase:
    pronoun = len(tokens) == 1 and tokens[0].pos in ("PPER", "PDS", "PPOSAT")
    return Phrase(tokens=list(tokens), role=role, pronoun=pronoun)


def _before(host: Piece, piece: Piece) -> Piece:
    """``host`` with only its words before ``piece`` (all of them unless ``piece`` interrupts it)."""
    start = piece.tokens[0].start if piece.tokens else None
    if start is None or not host.tokens or host.tokens[-1].start < start:
        return host
    return dataclasses.replace(host, tokens=[t for t in host.tokens if t.start < start])


def _embedded_in(host: Piece, piece: Piece) -> bool:
    """Whether ``piece`` interrupts ``host`` (an infinitive inside a main clause)."""
    return len(_before(host, piece).tokens) < len(host.tokens)


def _last_noun(tokens: list[Token]) -> Token | None:
    """The last common noun of ``tokens`` when they end in its phrase (a genitive after it may follow)."""
    words = [t for t in tokens if not t.pos.startswith("$")]
    chunks = noun_chunks(words) if words else []
    if not chunks or words[-1] is not chunks[-1].tokens[-1]:
        return None
    return next((t for t in chunks[-1].tokens if t.pos == "NN"), None)


def _adjacent(tokens: list[Token], a: Chunk, b: Chunk) -> bool:
    """Whether phrase ``b`` follows ``a`` with at most one adverb or conjunction between."""
    end = a.tokens[-1].end
    start = (b.prep_token or b.tokens[0]).start
    first = bisect_left(tokens, end, key=lambda t: t.start)
    between = [t for t in tokens[first:first + 2] if t.start < start]
    return len(between) <= 1 and all(t.pos in ("ADV", "ADJD", "KON") for t in between)


def _split_for_subject(core: list[Chunk]) -> list[Chunk]:
    """The phrases of a clause with no nominative, the first bare genitive attribute that can be
    one made a phrase of its own ("Nun droht den Findern juristischer Ärger")."""
    for k, chunk in enumerate(core):
        parts = split_bare_attribute(chunk)
        if parts is not None and "nom" in parts[1].cases:
            return core[:k] + list(parts) + core[k + 1:]
    return core


def _antecedent(parts: list[Piece], piece: Piece) -> Chunk | None:
    if piece.kind != "rel" or piece.antecedent is None:
        return None
    pronoun = next((t.text.lower() for t in piece.tokens if t.pos == "PRELS"), None)
    return _last_chunk(parts[piece.antecedent].tokens[:piece.antecedent_end], pronoun)


def _adjacent_antecedent(parts: list[Piece], piece: Piece, antecedent: Chunk) -> bool:
    """Whether the antecedent phrase ends right before the relative clause (no verb between)."""
    before = [t for t in parts[piece.antecedent].tokens[:piece.antecedent_end] if not t.pos.startswith("$")]
    return bool(before) and before[-1] is antecedent.tokens[-1]


def _last_chunk(tokens: list[Token], pronoun: str | None = None) -> Chunk | None:
    """The antecedent of a relative clause: the last phrase that agrees with the relative
    pronoun, or the noun a last prepositional phrase modifies when that one does not or
    tells a place ("Hilfe von Ländern, die ..."; "der Bonus für die Aktionäre, der ..."), unless
    that noun cannot by its form be the pronoun's and the last phrase, a name or a phrase whose
    form agrees, can ("die Zahlungen an Tunesien, das ...": Tunisia, not the payments; "das
    Treffen mit der Türkei, die ..."; not a phrase of time, "das Parlament in dieser Woche, denen")."""
    chunks = noun_chunks(tokens)
    attribute = _agreeing_attribute(pronoun, chunks[-1]) if chunks else None
    if attribute is not None:
        return attribute          # "die Arbeit des Sonderermittlers, der ...": the investigator
    if len(chunks) > 1 and chunks[-1].prep is not None and chunks[-2].prep is None \
            and _adjacent(tokens, chunks[-2], chunks[-1]) and not (
                _disagrees(pronoun, chunks[-2]) and (_agrees(pronoun, chunks[-1]) or (
                    chunks[-1].head_token.pos == "NE" and not _disagrees(pronoun, chunks[-1])))) and not (
                _agrees(pronoun, chunks[-1]) and chunks[-1].prep not in lexicon().place_prepositions):
        return chunks[-2]         # "die Flüchtlinge in den Grenzstädten, die ...": people, not the place
    return chunks[-1] if chunks else None


def _agreeing_attribute(pronoun: str | None, chunk: Chunk) -> Chunk | None:
    """The genitive attribute that ends a phrase as a phrase of its own, where the relative
    pronoun cannot by its form be of the phrase's head but can be of the attribute ("die
    Arbeit des Ermittlers, der"; "den Sprecher der Regierung, die" is left to the head)."""
    k = chunk.attribute
    if k is None or chunk.coordinated or not _disagrees(pronoun, chunk):
        return None
    tail = chunk.tokens[k:]
    nouns = [i for i, t in enumerate(tail) if t.pos in ("NN", "NE")]
    if not nouns:
        return None
    attribute = Chunk(tokens=tail, head=nouns[0], cases={"gen"})
    return attribute if _agrees(pronoun, attribute) else None


def _disagrees(pronoun: str | None, chunk: Chunk) -> bool:
    """Whether a phrase's head is by its form of another gender or number than the relative
    pronoun ("die Arbeit" of "der", "dem Präsidenten" of "die", "die Rebellen" of "der")."""
    found = number(chunk)
    if pronoun in ("der", "den", "dem", "dessen", "das"):
        return found == "pl" or found == "sg" and feminine(chunk.head_token)
    if pronoun == "denen":
        return found == "sg"
    if pronoun in ("die", "deren"):
        return found == "sg" and masculine_or_neuter(chunk)
    return False


def _agrees(pronoun: str | None, chunk: Chunk) -> bool:
    """Whether a phrase is by its form of the number and gender of a relative pronoun ("von
    Ländern" of "die", "dem Präsidenten" of "der"; a feminine noun is taken for no "der", whose
    dative is rarer than its nominative)."""
    found = number(chunk)
    if pronoun in ("der", "den", "dem", "dessen", "das"):
        return found == "sg" and not feminine(chunk.head_token)
    if pronoun == "denen":
        return found == "pl"
    if pronoun in ("die", "deren"):
        return found == "pl" or found == "sg" and not masculine_or_neuter(chunk)
    return False


def _partitive_number(piece: Piece, chunk: Chunk, position: dict[int, int]) -> Token | None:
    """The number right before a "von" phrase of a pronoun ("Zwei von ihnen", "vier von ihnen"),
    not itself inside a phrase of a preposition ("mit zwei von ihnen"); else None."""
    if chunk.prep != "von" or chunk.prep_token is None or len(chunk.tokens) != 1 \
            or chunk.tokens[0].pos not in ("PPER", "PDS"):
        return None
    at = position.get(id(chunk.prep_token))
    if at is None or at == 0 or piece.tokens[at - 1].pos != "CARD":
        return None
    if at >= 2 and piece.tokens[at - 2].pos in ("APPR", "APPRART", "ART", "ADV"):
        return None
    return piece.tokens[at - 1]


def _masculine_nominative(chunk: Chunk) -> bool:
    """A phrase of "der" (or "dieser", "jener") and a singular common noun that is neither
    feminine by its ending ("-ung", "-heit", ...; ``feminine``) nor a woman's title in "-in" nor a
    noun in "-e", most of which are feminine: "der Präsident", "der russische Außenminister"; its
    "der" is a nominative. (A name may be feminine though no list says so: not a name.)"""
    if chunk.prep is not None or chunk.coordinated or chunk.tokens[0].text.lower() not in ("der", "dieser", "jener"):
        return False
    head = chunk.head_token
    low = head.lemma.lower()
    return head.pos == "NN" and head.text == head.lemma and not feminine(head) and not low.endswith(("in", "e"))


def _after_punctuation(tokens: list[Token], chunk: Chunk) -> bool:
    """Whether a punctuation mark (a comma, a dash, a bracket) comes right before the phrase, also
    one the clause's tokens left out (more than a space between the phrase and the word before)."""
    first = chunk.tokens[0]
    k = next((k for k, t in enumerate(tokens) if t is first), 0)
    return k > 0 and (tokens[k - 1].pos.startswith("$") or not tokens[k - 1].text[:1].isalnum()
                      or first.start - tokens[k - 1].end > 1)


def _number_as_subject(chunk: Chunk, piece: Piece) -> str | None:
    """The number of a subject candidate; a relative "die" has its antecedent's."""
    if len(chunk.tokens) == 1 and chunk.head_token.pos == "PRELS" and chunk.head_token.text.lower() == "die":
        return piece.antecedent_number
    return nominative_number(chunk)


def _compared(tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """The phrases right after a comparing "wie" or "als" ("wie ein nasser Sack", "als
    Präsident"): a comparison or a role, not a subject of their own; "mehr als 10.000
    Flüchtlinge" is a number."""
    before = {id(b): a for a, b in zip(tokens, tokens[1:])}
    out = []
    for chunk in chunks:
        word = before.get(id(chunk.tokens[0]))
        if chunk.prep_token is None and word is not None and word.pos == "KOKOM" and not (
                getattr(before.get(id(word)), "text", "").lower() in ("mehr", "weniger") and (
                    chunk.tokens[0].pos == "CARD" or chunk.tokens[0].lemma.lower() in lexicon().quantity_words)):
            out.append(chunk)
    return out


def _nachfeld(piece: Piece, chunks: list[Chunk]) -> list[Chunk]:
    """The phrases after the clause's closing verbs ("feuerten vier Granaten ab, ein seltener
    Zwischenfall"; "hat zugestimmt, die Embargos ..." where the infinitive was not cut off): an
    apposition or a piece of the next clause, not the subject. A clause whose only verb is its
    finite verb in second place has no closing verbs."""
    closing = [t for k, t in enumerate(piece.tokens) if t.pos in VERBAL and k != piece.finite]
    if piece.kind != "main" and piece.finite is not None:
        closing.append(piece.tokens[piece.finite])       # "dass ... angegriffen hat": the finite verb closes it
    if not closing:
        return []
    end = max(t.start for t in closing)
    return [c for c in chunks if (c.prep_token or c.tokens[0]).start > end]


def _appended(piece: Piece, chunks: list[Chunk]) -> list[Chunk]:
    """The bare noun phrases of the Nachfeld that a comma sets off, alone or with a comparing
    conjunction ("wird Serbien und Ungarn besuchen, zwei Länder, die ..."; "hat zwei Diplomaten
    ausgewiesen, als Reaktion auf den Mord"): an apposition to a phrase before the closing verbs or
    to the whole clause, no phrase of the clause itself (not a second object that would make the
    first a dative)."""
    at = {id(t): k for k, t in enumerate(piece.tokens)}

    def set_off(chunk: Chunk) -> bool:
        k = at.get(id(chunk.tokens[0]), 0)
        before = [t.pos for t in piece.tokens[max(0, k - 2):k]]
        return before[-1:] == ["$,"] or before == ["$,", "KOKOM"] or before == ["$,", "KOUS"]

    # (a noun phrase: a pronoun set off so, "da, das direkt ...", starts an elliptic clause of its own)
    return [c for c in _nachfeld(piece, chunks) if c.prep_token is None and set_off(c)
            and c.head_token.pos in ("NN", "NE")]


def _plural(finite: Token) -> bool:
    """Third person plural forms end in -en/-n (trafen, mahnten, sind); "bin", "kann", "schien" do not count."""
    low = finite.text.lower()
    return low == "sind" or (low.endswith("n") and not low.endswith(("in", "ann", "on", "ien")) and len(low) > 3)


def _predicative(tokens: list[Token]) -> Token | None:
    """The adjective that ends a clause's middle field, right before its verbs or at its end:
    the predicate of a support verb ("für den Anschlag verantwortlich machen", "den
    Oppositionellen schuldig sprechen"), which frames may name as they name an object."""
    for tok in reversed(tokens):
        if tok.pos.startswith("$") or tok.pos in VERBAL:
            continue
        return tok if tok.pos == "ADJD" else None
    return None


def _joined_adjectives(tokens: list[Token], last: Token) -> list[Token]:
    """The adjectives a conjunction or a comma joins to a clause's predicative adjective, before
    it ("empörend und idiotisch", "unverantwortlich, gefährlich und illegal")."""
    at = next((k for k, t in enumerate(tokens) if t is last), None)
    out: list[Token] = []
    k = (at if at is not None else 0) - 1
    while k >= 1:
        link = tokens[k]
        if link.pos.startswith("$(") :
            k -= 1
            continue
        if not (link.pos == "KON" or link.pos == "$,"):
            break
        j = k - 1
        while j >= 0 and tokens[j].pos.startswith("$("):
            j -= 1
        if j < 0 or tokens[j].pos != "ADJD":
            break
        out.append(tokens[j])
        k = j - 1
    return out


# verbs that say how likely the infinitive after them is when no comma parts them ("droht zu
# scheitern", "scheint zu wirken"): the infinitive is the clause's verb
RAISING_VERBS = ("drohen", "scheinen", "pflegen")


def _main_verb(verbs: list[Token], finite: Token | None, toks: list[Token]) -> Token:
    """The lexical verb: a finite full verb itself, else the first full verb after the
    finite auxiliary (coordinated participles follow it), else the last verb."""
    if finite is not None and finite.pos == "VVFIN":
        infinitives = [t for t in verbs if t.pos == "VVINF"]
        if finite.lemma == "lassen" and infinitives:
            return infinitives[0]     # "ließ durchblicken", "ließ die Demonstranten festnehmen"
        with_zu = [t for k, t in enumerate(toks) if t.start > finite.start and (
            t.pos == "VVIZU" or t.pos == "VVINF" and k and toks[k - 1].pos == "PTKZU")]
        if finite.lemma in RAISING_VERBS and with_zu:
            return with_zu[0]         # "droht zu scheitern" is a risk, not a threat (that is "drohte, ... zu")
        state = _reflexive_state(finite, toks)
        if state is not None:
            return state              # "sah sich Kritik ausgesetzt": the participle's state, as "war ... ausgesetzt"
        return finite
    lexical = [t for t in verbs if t.pos.startswith("VV")]
    if finite is not None:
        after = [t for t in lexical if t.start > finite.start]
        if after:
            return after[0]
    return lexical[-1] if lexical else (finite or verbs[-1])


def _reflexive_state(finite: Token, toks: list[Token]) -> Token | None:
    """The participle of the lexicon's ``state_reflexive_participles`` after a finite verb of its
    ``state_reflexive_verbs`` with a reflexive pronoun right after it, which tells the participle's
    state as "sein" does ("sah sich scharfer Kritik ausgesetzt", "sieht sich mit Forderungen
    konfrontiert"), else None."""
    lex = lexicon()
    if finite.lemma not in lex.state_reflexive_verbs:
        return None
    after = [t for t in toks if t.start > finite.start]
    if not after or after[0].pos != "PRF":
        return None
    participle = next((t for t in after if t.pos == "VVPP"), None)
    return participle if participle is not None and participle.lemma in lex.state_reflexive_participles else None


def _looks_past(finite: Token) -> bool:
    low = finite.text.lower()
    lemma = finite.lemma.lower()
    if low == lemma:
        return False              # "beraten", "töten": the plural present is the infinitive
    if finite.lemma in ("haben", "sein", "werden"):
        return low in ("hatte", "hatten", "war", "waren", "wurde", "wurden")
    if lemma in lexicon().modal_verbs:
        return bool(re.search(r"(te|ten|test|tet)$", low))   # "kann", "darf", "muss" are present
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    if _present_form(low, stem):
        return False              # "verhaftet", "tötet", "nimmt", "hält", "erhält", "empfiehlt"
    if lemma == "wissen":
        return low.startswith("wusst")   # "weiß"
    # what is neither is the past, the stem's vowel changed ("nahm", "erhielt") or not ("sagte")
    return low not in (stem + "e", stem + "n", stem + "en")


# the vowel of a strong verb's stem in the 2nd and 3rd person singular present
_PRESENT_VOWELS = (("au", "äu"), ("a", "ä"), ("o", "ö"), ("e", "i"), ("e", "ie"))


def _present_form(low: str, stem: str) -> bool:
    """A singular (or 2nd plural) present of the verb of ``stem``: the stem, its vowel changed
    as strong verbs change it ("trifft", "läuft", "empfiehlt"; "nimmt" of "nehm"), with -t,
    -et, -st or -est, or bare when the stem ends in -t or -d ("hält", "gilt", "lädt")."""
    if not stem:
        return False
    stems = {stem}
    for old, new in _PRESENT_VOWELS:
        k = stem.rfind(old)
        if k >= 0 and not any(stem.rfind(v) > k + len(old) - 1 for v in "aeiouäöü"):
            changed = stem[:k] + new + stem[k + len(old):]
            stems.add(changed)
            if changed.endswith("hm"):
                stems.add(changed[:-2] + "mm")      # "nehm" → "nimm"
    for s in stems:
        if low in (s + "t", s + "et", s + "st", s + "est"):
            return True
        if s != stem and s.endswith(("t", "d")) and low in (s, s + "st"):
            return True
        if s != stem and s[-1] == "t" and low == s + "t":
            return True
    return False


def _after_source_adverb(piece: Piece, chunks: list[Chunk], k: int, lex, position: dict[int, int]) -> bool:
    """Whether the phrase ``chunks[k]`` names a source after a comma and a source adverb (", so
    der Sprecher", ", so Kuleba am Dienstag"): a name or a noun, the last phrase of its clause
    but for phrases of time, place or a preposition. ``position``: the piece's tokens' indices by id."""
    chunk = chunks[k]
    at = position.get(id(chunk.tokens[0]))
    if at is None or at < 2 or piece.tokens[at - 1].text.lower() not in lex.source_adverbs \
            or piece.tokens[at - 2].text != ",":
        return False
    if chunk.head_token.pos not in ("NN", "NE"):
        return False
    return all(c.prep is not None or c.head_token.lemma in lex.time_nouns or c.head_token.text in lex.time_nouns
               for c in chunks[k + 1:])


def _word_before(piece: Piece, token: Token | None) -> str | None:
    """The lower-case word right before ``token`` in the piece, None at its start."""
    for before, tok in zip(piece.tokens, piece.tokens[1:]):
        if tok is token:
            return before.text.lower()
    return None
