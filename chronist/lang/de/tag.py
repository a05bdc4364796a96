"""Tokens, STTS tags and lemmas for German: spaCy's tokenizer and HanTa.

HanTa's tags come as ``VV(FIN)``; they are normalised to plain STTS (``VVFIN``).
Tagging a sentence costs milliseconds, so whole sentences and single-word
analyses are cached: wire copy repeats datelines, names and phrases.
"""
from __future__ import annotations

import logging
import os
import re
from functools import lru_cache

from chronist.lang.de.lexicon import lexicon
from chronist.loading import without_gc
from chronist.model import Token

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MAX_TOKENS = 400        # longer runs are tagged in windows: HanTa is quadratic-ish in memory


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy
    return spacy.blank("de").tokenizer


@lru_cache(maxsize=1)
def _bare_tokenizer():
    """The same tokenizer, on its own vocabulary without lexical attributes: the words it
    cuts are the same, but each new word is not also given a shape, a norm, flags and
    the like, which nothing here reads (whitespace is tested on the text)."""
    import spacy
    nlp = spacy.blank("de")
    tokenizer = nlp.tokenizer
    tokenizer.vocab.lex_attr_getters = {}
    # a full stop after a name in mixed case that ends in a capital ends the sentence: "die AfD.",
    # "die PiS." (spaCy splits it off after two capitals, "die CDU.", or after a small letter)
    # and so does one after a name of capitals and digits: "mit der M23.", "die G20.", "H5N1." (spaCy
    # keeps the stop on it, as on an ordinal, "am 12. Juni", which has no capital)
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(
        list(nlp.Defaults.suffixes) + [MIXED_CASE_STOP, CODE_NAME_STOP]).search
    return tokenizer


# the full stop after a word in mixed case that ends in a capital ("AfD.", "PiS.", "GmbH.")
MIXED_CASE_STOP = r"(?<=[a-zäöüß][A-ZÄÖÜ])\."
# the full stop after a capital and one to three digits ("M23.", "G20.", "F16.", "COP28.")
CODE_NAME_STOP = r"(?<=[A-ZÄÖÜ][0-9])\.|(?<=[A-ZÄÖÜ][0-9]{2})\.|(?<=[A-ZÄÖÜ][0-9]{3})\."


REFERENCE_ENV = "CHRONIST_DE_TAGGER"    # "hanta": HanTa's own searches (the reference path)


def reference_path() -> bool:
    """True when ``CHRONIST_DE_TAGGER=hanta`` asks for HanTa's own searches instead of
    :mod:`chronist.lang.de.decode` (same results, several times slower)."""
    return os.environ.get(REFERENCE_ENV, "").strip().lower() == "hanta"


_MODEL = "morphmodel_ger.pgz"


def _tables_name(module_file: str) -> str:
    """The cache name of the decoder's compiled tables for HanTa's German model: they are
    built from the model file, so its size and time of modification are part of the name."""
    info = os.stat(os.path.join(os.path.dirname(module_file), _MODEL))
    return f"hanta-tables-{info.st_size:x}{info.st_mtime_ns:x}"


@lru_cache(maxsize=1)
@without_gc
def _tagger():
    """HanTa's German model, with its searches made fast and its analyses memoised.

    :func:`chronist.lang.de.decode.accelerate` swaps HanTa's three searches (sentence,
    word forward, word morphemes) for faster ones with identical results; HanTa caches
    the analyses of its most frequent words only, so both per-word analyses (pure
    functions of their arguments) are also wrapped in bounded caches on this instance.
    """
    from HanTa import HanoverTagger
    tagger = HanoverTagger.HanoverTagger(_MODEL)
    if not reference_path():
        from chronist.lang.de.decode import accelerate
        accelerate(tagger, tables=_tables_name(HanoverTagger.__file__))
    tagger.analyze_forward = lru_cache(maxsize=200_000)(tagger.analyze_forward)
    tagger._analyze = lru_cache(maxsize=200_000)(tagger._analyze)
    return tagger


def clear_caches() -> None:
    """Forget every memoised analysis (for benchmarks that must start cold)."""
    _tag_words.cache_clear()
    _LEMMAS.clear()
    _RUN_WORDS.clear()
    participle_lemma.cache_clear()
    tagger = _tagger()
    tagger.analyze_forward.cache_clear()
    tagger._analyze.cache_clear()
    decoder = getattr(tagger, "decoder", None)
    if decoder is not None:
        decoder.clear_caches()


def reset() -> None:
    """Forget the tagger and every memoised analysis: the next call builds the tagger
    anew, on HanTa's own searches or the fast ones as ``CHRONIST_DE_TAGGER`` then says."""
    _tag_words.cache_clear()
    _LEMMAS.clear()
    _RUN_WORDS.clear()
    participle_lemma.cache_clear()
    compound_lemma.cache_clear()
    _tagger.cache_clear()


def plain_tagger():
    """A HanTa tagger exactly as HanTa ships it, without Chronist's caches (the benchmark's reference)."""
    from HanTa import HanoverTagger
    return HanoverTagger.HanoverTagger(_MODEL)


def _stts(tag: str) -> str:
    """HanTa's tag as plain STTS: "VV(FIN)" → "VVFIN"; its "NNA" (a nominalised adjective,
    "der Vorsitzende") and "NNI" (a nominalised infinitive, "das Vorgehen der Polizei", "das
    Ersuchen der Türkei") are nouns, "NN"."""
    tag = tag.replace("(", "").replace(")", "")
    return "NN" if tag in ("NNA", "NNI") else tag


# Tags whose lemma Chronist never reads: names keep their text, numbers and
# punctuation are not looked up. Skipping HanTa's morpheme search for them saves time.
_NO_LEMMA = {"NE", "FM", "CARD", "XY", "$.", "$,", "$("}


# (word, HanTa's tag) -> (lemma, STTS tag): a word's lemma under a tag is a pure function of
# the two, so each pair is lemmatised once, not again in every sentence that has it
_LEMMAS: dict[tuple[str, str], tuple[str, str]] = {}
_LEMMAS_MAX = 100_000


@lru_cache(maxsize=50_000)
def _tag_words(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    tagger = _tagger()
    tags = tagger.tag_sent(list(words), taglevel=0)
    known = _LEMMAS
    if len(known) > _LEMMAS_MAX:
        known.clear()
    new = [pair for pair in zip(words, tags) if pair not in known]
    if new:
        parts = [_lemma_parts(word, tag) for word, tag in new]
        decoder = getattr(tagger, "decoder", None)
        if decoder is not None:           # the fast searches: all new lemmas of the sentence at once
            decoder.prefetch_lemmas([(part[1], tagger.tag2int[tag]) for part, (_, tag) in zip(parts, new) if part])
        for (word, tag), part in zip(new, parts):
            if part is None:
                lemma = word
            else:
                head, last = part
                lemma = tagger._analyze(last, tagger.tag2int[tag], 1)[0]
                if head is not None:
                    lemma = f"{head}-{lemma}"
            known[word, tag] = (lemma, _stts(tag))
    return tuple([known[pair] for pair in zip(words, tags)])


def _lemma_parts(word: str, tag: str) -> tuple[str | None, str] | None:
    """What of ``word`` HanTa lemmatises: None for a tag whose lemma is never read; for a
    hyphenated noun ("US-Luftangriffe") the first parts, kept as written, and the last one;
    else (None, the word)."""
    if tag in _NO_LEMMA:
        return None
    if tag == "NN" and "-" in word.strip("-"):
        head, _, last = word.rpartition("-")
        return head, last
    return None, word


def _tag(words: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i in range(0, len(words), _MAX_TOKENS):
        out.extend(_tag_words(tuple(words[i:i + _MAX_TOKENS])))
    return out


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ][^\W\d_]+$")


def particle_name(word: str) -> bool:
    """A name after a short lower-case particle and a hyphen, as Arabic names are written
    in German news ("al-Assad", "el-Sisi", "ad-Dschafari")."""
    return _PARTICLE_NAME.match(word) is not None


# a hyphenated word whose last part is written with a capital: a noun ("Boko-Haram-Kämpfer",
# "Anti-Terror-Einheit"); compound adjectives end in lower case ("deutsch-französische")
_NOUN_COMPOUND = re.compile(r"[^\W_][\w.]*(?:-[\w.]+)*-[A-ZÄÖÜ][a-zäöüß]+$")


def noun_compound(word: str) -> bool:
    """Whether ``word`` is a hyphenated compound of a noun, which HanTa may tag as a
    predicative adjective when its first parts are unknown to it ("Boko-Haram-Kämpfer griffen
    ... an" read as ADJD at the start of a sentence)."""
    return _NOUN_COMPOUND.match(word) is not None and not particle_name(word)


def _model_compound(word: str) -> bool:
    """A noun compound whose first parts hold a number, the name of a type ("F-16-Kampfjets",
    "T-72-Panzer"): HanTa takes it for a name or keeps it whole as its lemma."""
    head = word.rpartition("-")[0]
    return any(ch.isdigit() for ch in head) and noun_compound(word)


@lru_cache(maxsize=10_000)
def compound_lemma(word: str) -> str:
    """The lemma of a hyphenated noun: its first parts as written and its last part's noun lemma."""
    tagger = _tagger()
    head, _, last = word.rpartition("-")
    return f"{head}-{tagger._analyze(last, tagger.tag2int['NN'], 1)[0]}"


@lru_cache(maxsize=50_000)
def participle_lemma(word: str) -> str | None:
    """The verb lemma when ``word`` is a participle used as an adjective ("abgesagte" → "absagen")."""
    stem = re.sub(r"(e|en|er|es|em)$", "", word)
    if not stem or stem == word and not word.endswith("t"):
        return None
    lemma, tag = _tagger().analyze(stem)
    return lemma if _stts(tag) == "VVPP" else None


_RUN = re.compile(r"\S+")       # (\s is str.isspace, as spaCy's tokenizer splits)
# a run of non-space characters -> its words as spaCy's tokenizer cuts it, with offsets in the run
_RUN_WORDS: dict[str, tuple[tuple[str, int], ...]] = {}
_RUN_WORDS_MAX = 200_000


def _words(piece: str) -> list[tuple[str, int]]:
    """The words of ``piece`` as spaCy's tokenizer cuts them, with their offsets; whitespace
    left out. The tokenizer cuts each run of non-space characters on its own (its cache holds
    runs), but each call still builds a Doc and a string per word: here each run's words are
    kept, and only the runs not seen before go to the tokenizer, in one call, joined by spaces."""
    if len(_RUN_WORDS) > _RUN_WORDS_MAX:
        _RUN_WORDS.clear()
    runs = [(m.group(), m.start()) for m in _RUN.finditer(piece)]
    new = list(dict.fromkeys(run for run, _ in runs if run not in _RUN_WORDS))
    if new:
        found = [(t.text, t.idx) for t in _bare_tokenizer()(" ".join(new))]   # spaCy makes a new str at each .text
        k = 0
        offset = 0
        for run in new:
            end = offset + len(run)
            own = []
            while k < len(found) and found[k][1] < end:
                own.append((found[k][0], found[k][1] - offset))
                k += 1
            _RUN_WORDS[run] = tuple(own)
            offset = end + 1
    return [(word, at + off) for run, at in runs for word, off in _RUN_WORDS[run]]


# what ends a sentence; a line without it (a headline) is tagged as if a full stop ended it, as
# the tagger read its training sentences ("Biden: USA werden Sanktionen verhängen": the
# infinitive, not a participle)
_CLOSING = frozenset('.!?:;"\'«»„“”‚‘’)]…-–—')


@lru_cache(maxsize=1)
def _wrong_endings() -> tuple[tuple[str, ...], dict[str, str]]:
    """The lexicon's wrong ends of HanTa's noun lemmas (``wrong_lemma_endings``: "Gegenzöll",
    "Antidumpingverfahre"), as a tuple for ``str.endswith`` and a map to their right ends."""
    pairs = dict(entry.split() for entry in lexicon().wrong_lemma_endings)
    return tuple(pairs), pairs


def _right_end(lemma: str, ends: dict[str, str]) -> str:
    """``lemma`` with the longest wrong end of ``ends`` it has put right."""
    end = max((e for e in ends if lemma.endswith(e)), key=len)
    return lemma[:-len(end)] + ends[end]


# typographic double quotes, which HanTa does not know (it tags "„" as a foreign word and "“" as
# XY, and misreads the words beside them: "bis Tripolis „von den Milizen befreit“ sei" had a finite
# "befreit"), are given to it as the plain quote it tags as punctuation
_PLAIN_QUOTES = {mark: '"' for mark in "„“”«»"}


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Tagged tokens of ``text[start:end]`` with offsets into ``text``."""
    piece = _CONTROL.sub(" ", text[start:end])
    words = _apostrophe_genitives(_words(piece), piece)
    if not words:
        return []
    tags = _tag([_PLAIN_QUOTES.get(word, word) for word, _ in words]
                + ([] if words[-1][0] in _CLOSING else ["."]))[:len(words)]
    result = []
    phrase_adverbs = lexicon().phrase_adverbs
    wrong_ends = _wrong_endings()
    for (word, at), (lemma, tag) in zip(words, tags):
        if "-" in word and particle_name(word):
            tag = "NE"                  # HanTa reads an unknown lower-case word as an adverb or adjective
        elif tag not in ("NN", "NE") and noun_compound(word):
            tag, lemma = "NN", compound_lemma(word)
        elif tag in ("NN", "NE") and lemma == word and _model_compound(word):
            tag, lemma = "NN", compound_lemma(word)    # "F-16-Kampfjets", "S-400-Raketen": no name
        if tag == "NE" or not lemma:
            lemma = word
        elif tag == "NN" and lemma.endswith(wrong_ends[0]):
            lemma = _right_end(lemma, wrong_ends[1])
        if word.lower() in phrase_adverbs:
            tag, lemma = "ADV", word.lower()    # HanTa takes "infrage gestellt" for a verb "infragen"
        result.append(Token(word, lemma, tag, start + at, start + at + len(word)))
    _fixed_adverbs(result)
    _reciprocal_adverbs(result)
    _months_after_time_nouns(result)
    _particles_in_names(result)
    _verbs_in_names(result)
    _adjectives_in_names(result)
    _adjectives_as_names(result)
    _nouns_in_names(result)
    _verbs_in_lower_case(result)
    _subjunctive_preterites(result)
    _finite_infinitives(result)
    _finite_participles(result)
    _governed_infinitives(result)
    _attributive_participles(result)
    _preterites_after_phrases(result)
    _adjective_particles(result)
    _particles_as_adjectives(result)
    _particle_participles(result)
    _participles_as_particles(result)
    _quoted_particles(result)
    _dash_particles(result)
    _honorifics_in_names(result)
    _place_adjectives(result)
    _preposition_zu(result)
    _articles_after_closed_clauses(result)
    return result


_APOSTROPHES = ("'", "’")


def _apostrophe_genitives(words: list[tuple[str, int]], piece: str) -> list[tuple[str, int]]:
    """A name of the lexicon's ``apostrophe_genitive_endings`` and the apostrophe right after it,
    before a word with a capital, as one word: "Kurz' Partei", "Abbas’ Regierung" (the tokenizer
    cuts the apostrophe off as a quotation mark); not one that closes a quotation it opened
    ("'Kurz' Partei")."""
    ends = lexicon().apostrophe_genitive_endings
    out: list[tuple[str, int]] = []
    k = 0
    while k < len(words):
        word, at = words[k]
        if k + 2 < len(words) and words[k + 1][0] in _APOSTROPHES and words[k + 1][1] == at + len(word) \
                and word[:1].isupper() and word.isalpha() and len(word) > 2 and any(word.endswith(e) for e in ends) \
                and words[k + 2][1] > words[k + 1][1] + 1 and words[k + 2][0][:1].isupper() \
                and piece.count(words[k + 1][0], 0, at) % 2 == 0:
            out.append((word + words[k + 1][0], at))
            k += 2
            continue
        out.append((word, at))
        k += 1
    return out


def _articles_after_closed_clauses(tokens: list[Token]) -> None:
    """"Aserbaidschan hat Maßnahmen eingeleitet, die Regionalhauptstadt beschossen und gefordert,
    dass ...": after a comma that follows the participle closing a clause with its auxiliary, a
    "die" or "den" that HanTa took for a relative pronoun is the article of the next participle's
    object, one more verb joined to that auxiliary, when the stretch up to the next comma has a
    participle and no finite verb (a relative clause has one: "..., die die Stadt beschossen
    hatten") and the noun after it is singular (a relative pronoun with a bare noun after it has
    a plural object: "Truppen entsandt, die Zivilisten beschossen")."""
    for i in range(2, len(tokens) - 1):
        tok = tokens[i]
        if tok.pos != "PRELS" or tok.text.lower() not in ("der", "die", "das", "den", "dem") \
                or tokens[i - 1].pos != "$," or tokens[i - 2].pos != "VVPP":
            continue
        noun = tokens[i + 1]
        if noun.pos not in ("NN", "NE") or noun.lemma.lower() != noun.text.lower():
            continue
        end = next((k for k in range(i, len(tokens)) if tokens[k].pos in ("$,", "$.")), len(tokens))
        stretch = tokens[i + 1:end]
        if any(t.pos.endswith("FIN") or t.pos.startswith(("VA", "VM")) for t in stretch) \
                or not any(t.pos == "VVPP" for t in stretch):
            continue
        start = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].pos == "$."), 0)
        if not any(t.pos == "VAFIN" for t in tokens[start:i]):
            continue
        tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="ART", start=tok.start, end=tok.end)


def _preposition_zu(tokens: list[Token]) -> None:
    """"zu" that HanTa took for the particle of an infinitive though a noun phrase follows it
    ("wegen ihrer Rolle beim Referendum 2017 zu langjährigen Haftstrafen verurteilt": "langen"
    and "langjährigen" may be read as verbs after a number) is the preposition: before an
    article, a number, a possessive or a noun, or an attributive adjective with its noun. So is
    one before a word written with a capital inside the sentence that HanTa took for an
    infinitive ("kam es erneut zu Kämpfen", read as "to fight"): an infinitive after "zu" is
    written in lower case, and the word is the noun."""
    for i, tok in enumerate(tokens[:-1]):
        if tok.pos != "PTKZU" or tok.text.lower() != "zu":
            continue
        nxt = tokens[i + 1]
        if i > 0 and nxt.pos in ("VVINF", "VAINF") and nxt.text[:1].isupper() and tokens[i - 1].pos not in ("$.", "$("):
            tagger = _tagger()
            tokens[i] = Token(text=tok.text, lemma="zu", pos="APPR", start=tok.start, end=tok.end)
            tokens[i + 1] = Token(text=nxt.text, lemma=tagger._analyze(nxt.text, tagger.tag2int["NN"], 1)[0],
                                  pos="NN", start=nxt.start, end=nxt.end)
            continue
        if nxt.pos in ("ART", "CARD", "PPOSAT", "NN") or (
                nxt.pos == "ADJA" and i + 2 < len(tokens) and tokens[i + 2].pos == "NN"):
            tokens[i] = Token(text=tok.text, lemma="zu", pos="APPR", start=tok.start, end=tok.end)


# words that open a clause with its verb at the end: subordinating conjunctions, relative and
# interrogative pronouns and adverbs
_VERB_LAST = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")
# words that may be a clause's subject or stand before its verb
_NOMINAL = ("NN", "NE", "PPER", "PDS", "PIS", "PRELS", "PWS")


def _stretches(tokens: list[Token], barred: tuple[str, ...]):
    """The stretches between commas and sentence ends (as ranges of indices) that have no finite
    verb and no token of a tag in ``barred``."""
    start = 0
    for end in range(len(tokens) + 1):
        if end < len(tokens) and tokens[end].pos not in ("$,", "$."):
            continue
        seg = range(start, end)
        start = end + 1
        if seg and not any(tokens[k].pos.endswith("FIN") or tokens[k].pos in barred for k in seg):
            yield seg


def _main_stretch(tokens: list[Token], seg: range) -> bool:
    """Whether a stretch is a main clause: the sentence's first, or one after a verb of saying
    ("sagte, die Milizen kontrollieren ..."), not one after a comma of a list."""
    return seg[0] == 0 or tokens[seg[0] - 1].pos == "$." or seg[0] >= 2 and tokens[seg[0] - 2].pos.endswith("FIN")


def _finite_infinitives(tokens: list[Token]) -> None:
    """The present plural of a German verb is spelt as its infinitive, and HanTa, which reads
    a word with its neighbours, takes it for the infinitive where no finite verb is near:
    "Die Rebellen bekämpfen die Armee", "wo islamistische Gruppen das Geschäft
    kontrollieren" had no verb, and no clause. In a stretch between commas that has no finite
    verb and no "zu", an infinitive with a word that may be its subject before it is the
    finite verb: the only verb of the stretch, or in a clause that puts its verb last ("dass",
    "die", "wo" ...), each full verb that ends its verb group ("..., die X fordern und Y
    kritisieren")."""
    for seg in _stretches(tokens, ("PTKZU", "VVIZU")):
        verbs = [k for k in seg if tokens[k].pos in ("VVINF", "VMINF", "VAINF")]
        if not verbs:
            continue
        if tokens[seg[0]].pos in _VERB_LAST:
            # a full verb only: "haben", "werden" and the modals at the end of such a clause are
            # no acts, and read as finite they take the clause's nouns from the verb before it
            # ("kritisierte, dass viele Beamte zweckentfremdet werden")
            chosen = [k for k in verbs if tokens[k].pos == "VVINF"
                      and (k + 1 == seg.stop or tokens[k + 1].pos in ("KON", "$("))]
        elif len(verbs) == 1 and tokens[verbs[0]].pos == "VVINF" and _main_stretch(tokens, seg):
            # a main clause: the sentence's first, or one after a verb of saying ("sagte, die
            # Milizen kontrollieren ..."); not a stretch after a comma of a list ("aus dem Irak,
            # Syrien und Afghanistan erklären"), which the verb before the comma governs
            chosen = verbs
        else:
            continue
        for k in chosen:
            if not any(tokens[j].pos in _NOMINAL for j in range(seg[0], k)):
                continue
            tok = tokens[k]
            tokens[k] = Token(text=tok.text, lemma=tok.lemma, pos=tok.pos[:2] + "FIN",
                              start=tok.start, end=tok.end)


# what may stand in the phrase before a main clause's verb (its first place)
_FIRST_PLACE = ("ART", "ADJA", "CARD", "PPOSAT", "PIAT", "PDAT", "NN", "NE", "PPER", "TRUNC")


def _finite_participles(tokens: list[Token]) -> None:
    """The present third person singular of a verb in "-ieren" or with an unstressed prefix is
    spelt as its participle ("stationiert", "erobert"), and HanTa takes a few of them for the
    participle where no auxiliary is near: "Die Nato stationiert 4000 Soldaten in Litauen" had no
    verb. In a main clause's stretch between commas (the sentence's first, or one after a verb of
    saying) with no finite verb and no "zu", a participle of that spelling that follows a first
    phrase with a noun or a pronoun in it and no number (a singular subject), and has words after
    it, is the finite verb (second place); one at the stretch's end or before a dash stays a
    participle ("Die Stadt erobert, ...", "26 Menschen verletzt – 50 Festnahmen")."""
    for seg in _stretches(tokens, ("PTKZU", "VVIZU", "VAINF", "VMINF", "VVINF")):
        if not _main_stretch(tokens, seg):
            continue
        participles = [k for k in seg if tokens[k].pos == "VVPP"]
        if len(participles) != 1:
            continue
        k = participles[0]
        tok = tokens[k]
        lemma = tok.lemma
        third = lemma[:-2] + "t" if lemma.endswith("en") else lemma[:-1] + "t" if lemma.endswith(("ern", "eln")) else None
        if third is None or tok.text.lower() != third.lower() or k + 1 >= seg.stop or k == seg[0] \
                or tokens[k + 1].pos.startswith("$") \
                or not all(tokens[j].pos in _FIRST_PLACE and tokens[j].pos != "CARD" for j in range(seg[0], k)) \
                or not any(tokens[j].pos in _NOMINAL for j in range(seg[0], k)):
            continue
        tokens[k] = Token(text=tok.text, lemma=tok.lemma, pos="VVFIN", start=tok.start, end=tok.end)


def _attributive_participles(tokens: list[Token]) -> None:
    """A participle between the agent phrase that opens a sentence and the noun it qualifies
    ("Von Katar vermittelte Gespräche zwischen Israel und der Hamas wurden fortgesetzt"), which
    HanTa reads as the past tense in a long sentence: with a finite verb after it in its stretch
    between commas, it is an attribute (a main clause has one finite verb in second place, and
    the agent phrase alone would be its first)."""
    from chronist import lang as languages      # the pack's words; the pack imports this module
    agents = languages.get("de").words.agent_prepositions
    start = 0
    for i, tok in enumerate(tokens):
        if tok.pos == "$.":
            start = i + 1
        if tok.pos != "VVFIN" or i + 1 >= len(tokens) or tokens[i + 1].pos not in ("NN", "ADJA") \
                or tokens[start].pos not in ("APPR", "APPRART") or tokens[start].lemma.lower() not in agents \
                or not all(t.pos in ("NE", "NN", "ART", "ADJA") for t in tokens[start + 1:i]) or start + 1 == i:
            continue
        rest = tokens[i + 1:]
        stop = next((k for k, t in enumerate(rest) if t.pos in ("$,", "$.")), len(rest))
        if not any(t.pos.endswith("FIN") for t in rest[:stop]) or participle_lemma(tok.text) is None:
            continue
        stem = tok.text[:-1] if tok.text.endswith("e") else tok.text[:-2]
        tokens[i] = Token(text=tok.text, lemma=stem, pos="ADJA", start=tok.start, end=tok.end)


# what a prepositional phrase that opens a sentence is made of after its preposition
_PHRASE_WORDS = ("ART", "ADJA", "CARD", "NN", "NE", "PPOSAT")
# what may open the subject after a verb in second place
_SUBJECT_START = ("NN", "NE", "ART", "ADJA", "CARD", "PIAT", "PIS", "PDS", "PPER")


def _preterites_after_phrases(tokens: list[Token]) -> None:
    """The past tense of a weak verb with an inseparable prefix is spelt as the inflected
    participle ("entführten", "verhafteten", "verletzten"), and HanTa, after a prepositional
    phrase that opens a sentence, reads it as an attribute of the noun after it: "In Mali
    entführten Islamisten zwei Touristen", "Am Montag verhafteten Polizisten zwei Journalisten"
    had no finite verb, and no clause, nor had "Nach Angaben des Ministeriums bombardierten
    russische Kampfjets ein Krankenhaus". A sentence that ends with its full stop, opens with such a
    phrase and has no finite verb up to its first comma: the word right after the phrase, read
    both as a participle and as a finite verb of one lemma, with a noun phrase after it, is the
    finite verb in second place (not in a headline: "In Mali entführte Deutsche wieder frei")."""
    if not tokens or tokens[-1].pos != "$." or tokens[0].pos not in ("APPR", "APPRART"):
        return
    end = next((k for k, t in enumerate(tokens) if t.pos in ("$,", "$.")), len(tokens))
    if any(t.pos.endswith("FIN") for t in tokens[:end]):
        return
    for i in range(2, end - 1):
        if not all(t.pos in _PHRASE_WORDS for t in tokens[1:i - 1]):
            return
        if tokens[i - 1].pos not in ("NN", "NE"):
            continue                  # the phrase goes on: "Nach Angaben des Ministeriums"
        tok = tokens[i]
        if tok.pos != "ADJA" or tokens[i + 1].pos not in _SUBJECT_START:
            continue
        lemma = _finite_verb_lemma(tok.text)
        if lemma is not None and lemma == participle_lemma(tok.text):
            tokens[i] = Token(text=tok.text, lemma=lemma, pos="VVFIN", start=tok.start, end=tok.end)
        return


def _governed_infinitives(tokens: list[Token]) -> None:
    """An infinitive after a finite "lassen" or modal verb of its stretch that HanTa took for a
    finite verb because a coordinated finite verb follows "und" ("Maduro ließ die Grenze
    teilweise schließen und brach die Beziehungen ab" had the verbs "ließ" and "schließen", and
    no closing of the border): spelt as its lemma, directly before "und" or "oder", with no
    other finite verb between it and the governing one, it is that verb's infinitive."""
    modal = lexicon().modal_verbs
    governor = None
    for k, tok in enumerate(tokens):
        if tok.pos in ("$,", "$.") or tok.text in ("„", "“", "»", "«", '"'):
            governor = None
            continue
        if not tok.pos.endswith("FIN"):
            continue
        if governor is not None and tok.pos == "VVFIN" and tok.text.lower() == tok.lemma.lower() \
                and k + 1 < len(tokens) and tokens[k + 1].pos == "KON" and k > governor + 1:
            tokens[k] = Token(text=tok.text, lemma=tok.lemma, pos="VVINF", start=tok.start, end=tok.end)
            governor = None
            continue
        governor = k if (tok.pos == "VVFIN" and tok.lemma == "lassen") or (
            tok.pos == "VMFIN" and tok.lemma.lower() in modal) else None


# the marks that close a quotation ("„...“", "»...«", "«...»", '"..."')
_CLOSING_QUOTES = frozenset('“”»«"')


def _quoted_particles(tokens: list[Token]) -> None:
    """A preposition that ends a quotation before a comma or full stop is the separable particle
    of its clause's finite full verb: HanTa, which reads the closing mark as a foreign word, takes
    it for a preposition ('„Wir werfen Russland Kriegsverbrechen vor“, sagte Selenskyj', '„Mein
    Land lehnt die Forderungen der USA ab“, sagte Maduro' had the verbs "werfen" and "lehnen"),
    though a preposition never ends a clause. Only where the stretch before it has one finite
    full verb, not in its first place (as :func:`_adjective_particles`)."""
    start = 0
    for i, tok in enumerate(tokens):
        if tok.pos in ("$,", "$.") or tok.text in ("„", "«", "»", "“"):
            start = i + 1
            continue
        if tok.pos != "APPR" or i + 1 >= len(tokens) or tokens[i + 1].text not in _CLOSING_QUOTES:
            continue
        if i + 2 < len(tokens) and tokens[i + 2].text not in (",", "."):
            continue
        verbs = [t for t in tokens[start:i] if t.pos.startswith(("VV", "VA", "VM"))]
        if len(verbs) == 1 and verbs[0].pos == "VVFIN" and tokens[start:i].index(verbs[0]) > 0:
            tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="PTKVZ", start=tok.start, end=tok.end)


def _dash_particles(tokens: list[Token]) -> None:
    """A preposition right before a dash that ends a clause, where a capital opens what follows
    (a teaser's second part: "Die Grünen werfen dem Minister Versagen vor – Auch Kritik der
    NEOS"), is the separable particle of its clause's finite full verb, as at a quotation's end
    (:func:`_quoted_particles`): HanTa, which reads the dash as a foreign word, takes it for a
    preposition of the words after the dash. Only where the stretch before it has one finite
    full verb, not in its first place; not before a dash that opens an aside in lower case
    ("kämpfte gegen – so hieß es – die Regierung")."""
    start = 0
    for i, tok in enumerate(tokens):
        if tok.pos in ("$,", "$.") or tok.text in ("„", "«", "»", "“", "–", "—"):
            start = i + 1
            continue
        if tok.pos != "APPR" or i + 1 >= len(tokens) or tokens[i + 1].text not in ("–", "—"):
            continue
        if i + 2 < len(tokens) and not tokens[i + 2].text[:1].isupper():
            continue
        verbs = [t for t in tokens[start:i] if t.pos.startswith(("VV", "VA", "VM"))]
        if len(verbs) == 1 and verbs[0].pos == "VVFIN" and tokens[start:i].index(verbs[0]) > 0:
            tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="PTKVZ", start=tok.start, end=tok.end)


def _reciprocal_adverbs(tokens: list[Token]) -> None:
    """A reciprocal adverb of the lexicon's ``reciprocal_adverbs`` is an adverb ("schossen
    aufeinander", "kämpften gegeneinander"), no particle of a verb HanTa makes up
    ("aufeinanderschießen"), unless it is the particle of a verb of the lexicon's
    ``reciprocal_particle_verbs`` whose stem the sentence has ("gerieten ... aneinander":
    "aneinandergeraten")."""
    words = lexicon().reciprocal_adverbs
    verbs = lexicon().reciprocal_particle_verbs
    stems = {t.lemma.lower() for t in tokens if t.pos.startswith("VV")}
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        if low in words and not any(low + stem in verbs for stem in stems):
            tokens[i] = Token(text=tok.text, lemma=low, pos="ADV", start=tok.start, end=tok.end)


def _adjective_particles(tokens: list[Token]) -> None:
    """A separable particle spelt as an adjective ("frei", "fest") that ends a main clause whose
    finite verb is a full verb is the verb's particle: HanTa reads "gab den Tanker frei" as
    "freigeben" but after an adverb takes the particle for an adjective ("gab den Tanker wieder
    frei", "ließ die Seeleute am Montag wieder frei" had the verbs "geben" and "lassen"). Not
    after a participle or an infinitive ("hat ... frei gelassen" is the tagger's to read), nor
    after "sein" ("ist wieder frei" is a state)."""
    particles = lexicon().adjective_particles
    start = 0
    for i, tok in enumerate(tokens):
        if tok.pos in ("$,", "$.") or tok.text in ("„", "«", "»", "“"):
            start = i + 1
            continue
        if tok.pos != "ADJD" or tok.text.lower() not in particles:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].pos not in ("$.", "$,", "KON", "$("):
            continue
        verbs = [t for t in tokens[start:i] if t.pos.startswith(("VV", "VA", "VM"))]
        if len(verbs) == 1 and verbs[0].pos == "VVFIN" and tokens[start:i].index(verbs[0]) > 0:
            tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="PTKVZ", start=tok.start, end=tok.end)


def _particle_participles(tokens: list[Token]) -> None:
    """A participle or infinitive right after a separable particle spelt apart as an adjective
    is the particle verb: "hätten 150 Kämpfer gefangen genommen" is "gefangennehmen", "sollen
    die Geiseln frei gelassen haben" "freilassen" (the spelling of the reform; HanTa reads the
    joined "gefangengenommen" itself). The particle keeps its tag."""
    particles = lexicon().adjective_particles
    for i in range(len(tokens) - 1):
        tok, verb = tokens[i], tokens[i + 1]
        if tok.pos != "ADJD" or tok.text.lower() not in particles or verb.pos not in ("VVPP", "VVINF") \
                or not verb.lemma.islower():
            continue
        tokens[i + 1] = Token(text=verb.text, lemma=tok.text.lower() + verb.lemma, pos=verb.pos,
                              start=verb.start, end=verb.end)


def _particles_as_adjectives(tokens: list[Token]) -> None:
    """A predicative adjective of the lexicon's ``predicative_adjectives`` that HanTa read as a
    separable particle ("Trump machte die Demokraten für den Shutdown verantwortlich" had the verb
    "verantwortlichmachen") or as a participle of a verb there is none of ("nannte die Ausweisungen
    ungerechtfertigt" had "unrechtfertigen") is the adjective it is."""
    words = lexicon().predicative_adjectives
    for i, tok in enumerate(tokens):
        if tok.pos in ("PTKVZ", "VVPP") and tok.text.lower() in words:
            tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="ADJD", start=tok.start, end=tok.end)


def _participles_as_particles(tokens: list[Token]) -> None:
    """A participle spelt as a separable particle (the lexicon's ``particle_participles``) that
    HanTa read as the particle ("Der IS hat sich zu dem Anschlag bekannt", "hat sich schuldig
    bekannt" had the verb "bekannthaben"): in a stretch between commas whose only verb is a finite
    "haben", at its end or right before that verb ("..., dass sich der IS zu dem Anschlag bekannt
    hat"), it is the participle of the verb HanTa's analysis of it as a participle gives."""
    words = lexicon().particle_participles
    start = 0
    for end in range(len(tokens) + 1):
        if end < len(tokens) and tokens[end].pos not in ("$,", "$."):
            continue
        seg, start = tokens[start:end], end + 1
        verbs = [k for k, t in enumerate(seg) if t.pos.startswith(("VV", "VA", "VM"))]
        if len(verbs) != 1 or seg[verbs[0]].pos != "VAFIN" or seg[verbs[0]].lemma != "haben":
            continue
        for k, tok in enumerate(seg):
            if tok.pos != "PTKVZ" or tok.text.lower() not in words or k not in (len(seg) - 1, verbs[0] - 1):
                continue
            tagger = _tagger()
            lemma, tag = tagger._analyze(tok.text.lower(), tagger.tag2int["VV(PP)"], 1)
            if tag == "VV(PP)" and lemma != tok.text.lower():
                i = tokens.index(tok)
                tokens[i] = Token(text=tok.text, lemma=lemma, pos="VVPP", start=tok.start, end=tok.end)


def _fixed_adverbs(tokens: list[Token]) -> None:
    """The words of a fixed adverbial phrase of the lexicon are adverbs: "nach wie vor", "ab
    und zu" (HanTa reads "nach" and "vor" as separable particles, and "ruft nach wie vor zur
    Gewalt auf" becomes "nachrufen")."""
    from chronist.lang.de.lexicon import lexicon
    phrases = _fixed_phrases(lexicon().fixed_adverbs)
    for i in range(len(tokens)):
        for words in phrases.get(tokens[i].text.lower(), ()):
            if tuple(t.text.lower() for t in tokens[i:i + len(words)]) == words:
                for k in range(i, i + len(words)):
                    tok = tokens[k]
                    tokens[k] = Token(text=tok.text, lemma=tok.text.lower(), pos="ADV", start=tok.start, end=tok.end)


def _months_after_time_nouns(tokens: list[Token]) -> None:
    """A time noun of the lexicon right after another is a noun, not a name: HanTa reads the
    Austrian "Jänner" and "Feber" as names, and "ließ Nawalny Ende Jänner frei" lost its object to a
    name "Nawalny Ende Jänner" (as "Ende Juli", a noun there, never did); a first name that is a
    month ("August Wöginger") follows no time noun."""
    time_nouns = lexicon().time_nouns
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tok.pos == "NE" and tok.text in time_nouns and tokens[i - 1].text in time_nouns:
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NN", start=tok.start, end=tok.end)


@lru_cache(maxsize=1)
def _fixed_phrases(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The lexicon's fixed phrases as word tuples, by their first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        found.setdefault(words[0], []).append(words)
    return {first: tuple(w) for first, w in found.items()}


def _particles_in_names(tokens: list[Token]) -> None:
    """A person's name of the actor dictionary written with lower-case particles is one
    name: "Ursula von der Leyen", "Van der Bellen" (HanTa reads "von" as a preposition and
    "der" as an article, and the name falls apart)."""
    from chronist.lang.de.names import may_begin_name, name_with_particles
    i = 0
    while i < len(tokens):
        n = name_with_particles(tuple(t.text for t in tokens[i:i + 6])) if may_begin_name(tokens[i].text) else 0
        if n and (i == 0 or tokens[i - 1].pos not in ("NE",) or tokens[i].text[:1].isupper()):
            for k in range(i, i + n):
                tok = tokens[k]
                tokens[k] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)
            i += n
        else:
            i += 1


def _nouns_in_names(tokens: list[Token]) -> None:
    """A word that HanTa reads as a common noun, right after a first name with which it makes
    a name of the actor dictionary, ends that name: "Nigel Farage schwor" (not the noun
    "Farag"); so does one after a common noun with which it makes one: "die Republik Moldau" (not
    the river "Moldau", which HanTa takes for a noun: the name fell apart). So does a capitalised
    word HanTa reads as a verb after a first name: "Der Gouverneur von Texas, Greg Abbott, hat ..."
    (not a form of "abbieten"; German writes verbs in lower case inside a sentence)."""
    from chronist.lang.de.names import one_name
    for i in range(1, len(tokens)):
        tok, prev = tokens[i], tokens[i - 1]
        if tok.pos.startswith("V") and tok.text[:1].isupper() and prev.pos == "NE" and one_name(prev.text, tok.text):
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)
        elif tok.pos == "NN" and prev.pos in ("NE", "NN") and one_name(prev.text, tok.text):
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)


def _adjectives_in_names(tokens: list[Token]) -> None:
    """A capitalised word inside a sentence that HanTa reads as an adverb or a predicative
    adjective, right after a name, ends that name: "Sebastian Kurz", "Ursula Klug" (German
    writes adjectives and adverbs in lower case after the first word of a sentence)."""
    for i in range(1, len(tokens)):
        tok, prev = tokens[i], tokens[i - 1]
        if tok.pos in ("ADJD", "ADV") and tok.text[:1].isupper() and tok.text[1:].islower() and prev.pos == "NE":
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)


def _adjectives_as_names(tokens: list[Token]) -> None:
    """A capitalised word inside a sentence that HanTa reads as a predicative adjective or an
    adverb, and that alone is a person's name of the actor dictionary, is that name: "Lawrow
    traf Kurz in Wien", "Außenminister Kurz" (not the adjective "kurz", which German writes in
    lower case after the first word of a sentence); so is one that HanTa reads as an imperative and
    that alone names a state or an organisation of the dictionary: "verhängte gegen Google eine
    Strafe" (not the imperative of "googeln"; a person's short name, "Ri", only before the rest of
    the name: _verbs_in_names). Where a sentence may begin (its first word, after a colon, a dash,
    an opening quotation mark) the name only right before a finite verb."""
    from chronist.lang.de.names import names_person, names_state
    for i in range(len(tokens)):
        tok = tokens[i]
        verb = tok.pos == "VVIMP"
        if not ((verb or tok.pos in ("ADJD", "ADV")) and tok.text[:1].isupper() and tok.text[1:].islower()):
            continue
        if i == 0 or not (tokens[i - 1].text[:1].isalnum() or tokens[i - 1].text == ","):
            # where a sentence may begin, only the Vorfeld of a finite verb: "Kurz sagte", "Kurz
            # hatte ... aufgekündigt" (not "Kurz danach", "Kurz vor der Wahl")
            if i + 1 >= len(tokens) or not tokens[i + 1].pos.endswith("FIN"):
                continue
        if names_state(tok.text) if verb else names_person(tok.text):
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)


def _verbs_in_names(tokens: list[Token]) -> None:
    """A capitalised word inside a sentence that HanTa reads as a verb, right before a name,
    starts that name: "Außenminister Ri Yong Ho" ("Ri" is not the imperative of "raten").
    German writes verbs in lower case after the first word of a sentence: so also after a verb
    ("sagte Ri Yong Ho"). The first word of a sentence, read as a full verb, is a name's when
    a name of two words or more follows it ("Ri Yong Ho, der oberste Diplomat Nordkoreas,
    kritisierte ...": a verb first with its subject after it names that subject with one word
    or two, "Greift Russland an"), or when a finite verb in lower case follows ("Ri
    kritisierte die USA")."""
    for i in range(1, len(tokens) - 1):
        tok, prev, nxt = tokens[i], tokens[i - 1], tokens[i + 1]
        if (tok.pos.startswith("V") and tok.text[:1].isupper() and nxt.pos == "NE"
                and (prev.pos in ("NN", "NE", "ADJA", "ART") or prev.pos.endswith("FIN"))):
            tokens[i] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)
    if len(tokens) > 2 and tokens[0].pos in ("VVFIN", "VVIMP") and tokens[0].text[:1].isupper() \
            and _name_opens_sentence(tokens):
        tok = tokens[0]
        tokens[0] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)


def _name_opens_sentence(tokens: list[Token]) -> bool:
    """Whether the words after a sentence's first word, read as a finite verb, make it the
    first word of a name: a finite verb in lower case right after it or after the names that
    follow it ("Ri kritisierte", "Ri Yong Ho kritisierte"), or those names closed by a comma
    and an apposition ("Ri Yong Ho, der oberste Diplomat"). A finite verb that opens a
    sentence has its subject and object after it, and then its particle or a comma and the
    main clause ("Greift Russland Polen an, wird ..."); a participle may stand before the
    finite verb ("Ermittelt wurde gegen ...", not read here)."""
    k = 1
    while k < len(tokens) and tokens[k].pos == "NE" and tokens[k].text[:1].isupper():
        k += 1
    if k >= len(tokens) - 1:
        return False
    nxt = tokens[k]
    if nxt.pos.endswith("FIN") and nxt.text.islower():
        return True
    return k > 1 and nxt.pos == "$," and tokens[k + 1].pos in ("ART", "ADJA", "NN", "PPOSAT")


# what may follow a verb at the end of its clause: punctuation, a quotation mark, nothing
_CLAUSE_END = ("$,", "$.", "$(", "XY")


def _verbs_in_lower_case(tokens: list[Token]) -> None:
    """A lower-case word at the end of a clause that HanTa reads as a noun or a name but that
    is the finite form of a verb with its particle joined, as a subordinate clause puts it last
    ("dass Russland die Ukraine angriff" is no "Angriff"; "mit der er über die Demokraten
    herzog" is no "Herzog"): German writes nouns and names with a capital, and HanTa, which
    looks at the word alone, takes the capital's word. The verb's lemma is HanTa's own
    analysis of the word as a finite verb."""
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if tok.pos not in ("NN", "NE") or not (tok.text.isalpha() and tok.text.islower()):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].pos not in _CLAUSE_END:
            continue
        lemma = _finite_verb_lemma(tok.text)
        if lemma:
            tokens[i] = Token(text=tok.text, lemma=lemma, pos="VVFIN", start=tok.start, end=tok.end)


# the vowels of a strong verb's preterite stem and the umlauts its subjunctive II makes of them
# (brach -> bräche, schoss -> schösse, grub -> grübe; warf -> würfe, stand -> stünde)
_UMLAUTED = {"ä": ("a",), "ö": ("o", "a"), "ü": ("u", "a")}
_SUBJUNCTIVE_ENDS = ("est", "et", "en", "e")


def _subjunctive_preterites(tokens: list[Token]) -> None:
    """The subjunctive II of a strong verb, as German reported speech uses it where the
    subjunctive I would read as the indicative ("die USA würfen Russland Einmischung vor",
    "die Türken brächen das Völkerrecht", "die Amerikaner untergrüben das Vertrauen"): HanTa
    knows the preterite stems of strong verbs (brach, schoss, grub, warf) but not all of their
    umlauted forms, and left such a word as its own lemma, or took it for a noun ("würfen" as
    "Wurf"), so the clause had no known verb. A lower-case word read as a finite verb whose
    lemma is the word itself, or as a noun, is the subjunctive II of the verb whose preterite
    stem it umlauts (see ``_subjunctive_lemma``)."""
    for i, tok in enumerate(tokens):
        if not (tok.text.isalpha() and tok.text.islower()) or not any(ch in _UMLAUTED for ch in tok.text):
            continue
        if not (tok.pos == "VVFIN" and tok.lemma == tok.text or tok.pos in ("NN", "NE")):
            continue
        lemma = _subjunctive_lemma(tok.text)
        if lemma:
            tokens[i] = Token(text=tok.text, lemma=lemma, pos="VVFIN", start=tok.start, end=tok.end)


@lru_cache(maxsize=10_000)
def _subjunctive_lemma(word: str) -> str | None:
    """The infinitive of which ``word`` is the subjunctive II, when the word is a prefix, an
    umlauted stem that HanTa does not know (as a verb's stem or one of its variants) and a subjunctive ending, and the stem without its
    umlaut is a preterite stem HanTa knows ("beschössen": be + schöss + en, schoss ->
    beschießen; "würfen": würf, warf -> werfen)."""
    tagger = _tagger()
    variants = tagger.stemdict.get(tagger.tag2int.get("VV_VAR"), {})
    stems = tagger.LP_m_t.get(tagger.tag2int.get("VV"), {})
    for end in _SUBJUNCTIVE_ENDS:
        if not word.endswith(end):
            continue
        body = word[:-len(end)]
        for cut in range(len(body) - 2):
            prefix, stem = body[:cut], body[cut:]
            if stem in variants or stem in stems:
                return None                   # a stem HanTa knows ("führen", "drängen", "lösen")
            for at, ch in enumerate(stem):
                for vowel in _UMLAUTED.get(ch, ()):
                    base = variants.get(stem[:at] + vowel + stem[at + 1:])
                    if base:
                        return prefix + base + ("n" if base.endswith("e") else "en")
    return None


@lru_cache(maxsize=10_000)
def _finite_verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` read as a finite full verb, if HanTa knows it as one."""
    tagger = _tagger()
    lemma, tag = tagger._analyze(word, tagger.tag2int["VV(FIN)"], 1)
    if tag != "VV(FIN)" or lemma == word or not lemma.islower() or not lemma.endswith("n"):
        return None
    return lemma


def _place_adjectives(tokens: list[Token]) -> None:
    """A capital's adjective before a noun is an adjective ("die Kiewer Regierung", "die
    Bagdader Führung"): HanTa reads the -er forms it does not know as nouns, and a noun before
    the head noun ends the phrase early."""
    from chronist.lang.de.names import place_adjective
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if tok.pos == "NN" and tokens[i + 1].pos == "NN" and place_adjective(tok.text):
            tokens[i] = Token(text=tok.text, lemma=tok.text.lower(), pos="ADJA", start=tok.start, end=tok.end)


def _honorifics_in_names(tokens: list[Token]) -> None:
    """An honorific of a British name with the one to three capitalised words after it is a
    name ("Lord Adonis, Peer der Labour Partei", "Sir Alan Duncan"): HanTa reads "Lord" and an
    unknown surname as common nouns, and a description before it ("Außenminister Lord
    Cameron") takes the honorific for a phrase of its own."""
    honorifics = lexicon().honorifics
    for i in range(len(tokens) - 1):
        if tokens[i].text not in honorifics or tokens[i].pos not in ("NN", "NE"):
            continue
        end = i + 1
        while end < len(tokens) and end <= i + 3 and tokens[end].pos in ("NN", "NE") \
                and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
            end += 1
        if end == i + 1:
            continue
        for k in range(i + 1, end):
            tok = tokens[k]
            tokens[k] = Token(text=tok.text, lemma=tok.text, pos="NE", start=tok.start, end=tok.end)
