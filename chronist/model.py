"""The shared vocabulary: articles, sentences, clauses, actors and events.

Every stage of the pipeline reads and writes these types and nothing else, so a
language front-end, the actor matcher or the coder can be replaced on its own.
Character offsets (``start``, ``end``) always count into ``Article.text``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

MODALITIES = ("asserted", "intent", "negated", "reported")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(slots=True)
class Article:
    """One news report, as read from a file or a JSON Lines record."""

    text: str
    id: str = ""
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    lang: str | None = None
    # Pre-split sentences (gold records, one sentence each). When given, the
    # front-end keeps them as they are instead of splitting ``text``; ``text``
    # is then the sentences joined by single spaces.
    sentences: list[str] | None = None

    def __post_init__(self) -> None:
        # A lone surrogate ("\ud800" from a JSON escape) is no character: it cannot be hashed,
        # stored or printed as UTF-8, so it is refused here rather than deep in the store.
        for name in ("text", "title", "id"):
            value = getattr(self, name)
            if isinstance(value, str) and not value.isascii() and _SURROGATE.search(value):
                from chronist.errors import InputError
                raise InputError(f"article {self.id!r}: its {name} holds a lone surrogate "
                                 f"(\\u{ord(_SURROGATE.search(value).group()):04x}), which is not a character; "
                                 "fix the \\u escape in the input or drop it")

    @property
    def content_hash(self) -> str:
        """Identity of the text for idempotent re-ingest."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Token:
    """A word as the front-end sees it (language-neutral)."""

    text: str
    lemma: str
    pos: str          # STTS for German, Penn/UD for English: front-end specific
    start: int
    end: int


# every gender and number a phrase may have (masculine, feminine, neuter, plural): nothing told
ANY_AGREEMENT = frozenset({"m", "f", "n", "pl"})


@dataclass(slots=True)
class Phrase:
    """A stretch of tokens: an argument, a speaker, a place or a time phrase."""

    tokens: list[Token]
    role: str = ""            # subject, object, dative, prep, agent, genitive, possessor, attribute (a von-phrase of the Vorfeld noun, German)
    prep: str | None = None   # governing preposition, lower case
    case: str | None = None   # nom, acc, dat, gen (German), None when unknown
    pronoun: bool = False
    counted: bool = False     # a number of people: "zwei Palästinenser", "thousands of Hungarians"
    # the phrase's determiner when an attribute's own phrase stands between them: "keine" of
    # "keine [an Bedingungen] geknüpfte Hilfe"
    determiner: Token | None = None
    # where an attribute after the head begins ("der Gespräche" in "die Aussetzung der
    # Gespräche"): the words before it name what the phrase is; None when unknown or none
    attribute: int | None = None
    actors: list["Actor"] = field(default_factory=list)  # set by the actor stage
    # the genders and numbers (m, f, n, pl) a pronoun of the phrase may refer to, or a phrase
    # may be referred to by, as far as its words tell; set by the actor stage
    agreement: frozenset[str] = field(default_factory=lambda: ANY_AGREEMENT)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @property
    def start(self) -> int:
        return self.tokens[0].start if self.tokens else 0

    @property
    def end(self) -> int:
        return self.tokens[-1].end if self.tokens else 0


@dataclass(slots=True)
class Predicate:
    """What happens in a clause: a verb (with its particle) or an event noun."""

    lemma: str                    # "auffordern", "meet", "Treffen"
    tokens: list[Token]           # the words that carry it, in text order
    kind: str = "verb"            # verb, noun, adj
    voice: str = "active"         # active, passive
    tense: str = "present"        # past, present, future
    mood: str = "indicative"      # indicative, subjunctive
    modal: str | None = None      # wollen, sollen, will, would, ...
    negated: bool = False
    perfect: bool = False         # a perfect infinitive under a modal: "soll getötet haben", "should have attacked"
    stative: bool = False         # "ist verboten", "sei gefordert": a perfect or a state passive, as the frame tells
    ceased: bool = False          # negated as a stop: "no longer", "nicht mehr"
    # lemmas of object nouns (and of a predicative adjective: "verantwortlich machen") that may refine the frame
    objects: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


@dataclass(slots=True)
class Clause:
    """A language-neutral predicate-argument structure.

    Noun-headed events ("Treffen mit Abe", "sanctions on Iran") are clauses too,
    with ``predicate.kind == "noun"``.
    """

    sentence: int
    predicate: Predicate
    arguments: list[Phrase] = field(default_factory=list)
    speaker: Phrase | None = None       # for reported speech
    reported: bool = False              # Konjunktiv I, quote, "X said"
    intent: bool = False                # announced, planned, "wollen", "Bereitschaft"
    refused: bool = False               # governed by a refusal: "weigerte sich, ... zu", "refused to"
    conditional: bool = False           # a condition, not an act: "Sollten sie angreifen, ...", "if they attack"
    possible: bool = False              # a possibility, not an act: "die Gefahr, dass sie angreifen", "schloss nicht aus, ... zu klagen"
    planned: bool = False               # an event noun named as planned: "der geplante Besuch" (intent; the act keeps its type)
    relative: bool = False              # a relative clause: it describes its antecedent ("Kredite, die die Bank genehmigen muss")
    adverbial: bool = False             # a clause of time, cause or concession: the circumstance of the act above it ("as Moon visited Pyongyang")
    time: Phrase | None = None          # temporal phrase attached to the clause
    place: Phrase | None = None         # place phrase attached to the clause
    parent: int | None = None           # index (within the sentence) of the governing clause

    def args(self, *roles: str, prep: str | None = None) -> list[Phrase]:
        """Arguments with one of ``roles`` (and the preposition, when given)."""
        return [a for a in self.arguments
                if a.role in roles and (prep is None or a.prep == prep)]


@dataclass(slots=True)
class Sentence:
    index: int
    text: str
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    caption: bool = False               # photo credit, caption, byline
    dateline: str | None = None         # the place words of a leading dateline ("Genf – "), not analysed


@dataclass(slots=True)
class Actor:
    """An actor found in text: country (or IGO:/NGO: code) and sector."""

    code: str                 # "USA", "IGO:UN", "UNK"
    sector: str | None = None # GOV, MIL, REB, ...
    text: str = ""
    start: int = 0
    end: int = 0
    name: str | None = None   # canonical name when a person or body was matched
    abroad: bool = False      # said to be foreign, unknown or of many countries ("westliche Regierungen"):
                              # an unknown country that is not the article's

    def record(self) -> dict[str, Any]:
        out: dict[str, Any] = {"actor": self.code}
        if self.sector:
            out["sector"] = self.sector
        out["text"] = self.text
        return out


@dataclass(slots=True)
class Event:
    """One coded interaction, with provenance back to its sentence."""

    article: str
    sentence_index: int
    sentence: str
    source: list[Actor]
    target: list[Actor]
    plover: str
    cameo: str
    quad: str
    goldstein: float
    modality: str
    event_text: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None         # the PLOVER manual's mode of the type, where it has one
    context: list[str] = field(default_factory=list)   # PLOVER contexts of the CAMEO code
    date: str | None = None
    date_basis: str | None = None   # expression (its clause), sentence (elsewhere in it), publication, None
    location: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.5
    # Clues for the date and place stages; not part of the record. The phrases are the
    # clause's own, with their tokens and offsets, so those stages need not find them again.
    time_text: str | None = None
    place_text: str | None = None
    time_phrase: Phrase | None = None
    place_phrase: Phrase | None = None
    tense: str = "past"
    # Stable, unique id (see ``make_id``); set by ``Document.assign_event_ids`` (the store and
    # the exports call it), None on an event that no document has numbered yet.
    id: str | None = None

    @staticmethod
    def make_id(content_hash: str, sentence_index: int, n: int) -> str:
        """``<first 16 hex digits of the article's content hash>-<sentence>-<n>``, n counting the
        events of the sentence from 1 in text order: the same in every run, store and format."""
        return f"{content_hash[:16]}-{sentence_index}-{n}"

    def record(self) -> dict[str, Any]:
        """The event record of ../shared/eval/FORMAT.md ("What the system reads and writes"),
        with the event's ``id`` first."""
        return {
            "id": self.id,
            "article": self.article,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": [a.record() for a in self.source],
            "target": [a.record() for a in self.target],
            "plover": self.plover,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "modality": self.modality,
            "event_text": self.event_text,
            "date": self.date,
            "date_basis": self.date_basis,
            "location": self.location,
            "location_country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "confidence": self.confidence,
            "spans": {
                "source": [[a.start, a.end] for a in self.source],
                "target": [[a.start, a.end] for a in self.target],
                "trigger": [self.trigger_start, self.trigger_end],
            },
        }


@dataclass(slots=True)
class Document:
    """An article as it moves through the pipeline."""

    article: Article
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Where the article was filed: its dateline's place (English name) and country, if any.
    place: str | None = None
    country: str | None = None

    def assign_event_ids(self) -> None:
        """Give every event its stable id (:meth:`Event.make_id`) from the article's content hash.

        Events are numbered per sentence in text order (trigger start, then end, then their
        order in ``events``), so the ids do not depend on the order the coder found them in.
        Calling it again gives the same ids.
        """
        content_hash = self.article.content_hash
        ordered = sorted(self.events, key=lambda e: (e.sentence_index, e.trigger_start, e.trigger_end))
        last, n = None, 0
        for event in ordered:
            n = n + 1 if event.sentence_index == last else 1
            last = event.sentence_index
            event.id = Event.make_id(content_hash, event.sentence_index, n)
