"""Faster decoders over HanTa's German model, with exactly HanTa's results.

HanTa (LGPL-3) tags a sentence with a Viterbi search over tag pairs, and analyses each
new word with two searches over its morphemes: a forward pass that scores the word's
parts of speech, and a Viterbi pass that finds the morphemes (and so the lemma) for the
chosen tag. All three are pure Python, and most of their time goes into scoring every
substring of a word against every morpheme tag, once per source state and per position.

This module reads the parameters of a loaded HanTa model at run time (nothing of HanTa
is copied here) and runs the same three searches with the same beams, the same order of
visits and the same floating-point sums, so ties break the same way and the results are
identical, but:

- the score of each substring under each tag is computed once per word, the guesses for
  unknown morphemes (HanTa's suffix, length and hapax model) vectorised with numpy over
  all substrings and open tags at once, and known morphemes looked up in one inverted
  index instead of one dictionary per tag;
- pairs that can score nothing are skipped instead of being scored as minus infinity;
- the sentence search visits only a word's possible tags, not every tag the previous
  state can be followed by, and each word's tag scores are cached;
- with the compiled loops, the morpheme searches of all new words of a sentence (and of
  all its new lemmas) are one call, each ending in the word's end states and its best
  path inside the compiled code: a call's fixed cost was most of a short word's time.

:func:`accelerate` puts these searches on a HanTa tagger instance, so HanTa's own
``tag_sent``, ``analyze`` and lemma rules run unchanged on top of them (``makelemma``
with each tag's longest lemma ending measured once, not on every call).
"""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy as np

# HanTa's reserved tag numbers (its model's conventions)
_EMPTY, _START, _END, _UNKNOWN, _END_UNKNOWN = 0, 1, 2, 3, -3
_LOWER = -1e6                  # HanTa's lower bound on a log probability worth keeping
_WHOLE_WORD_PENALTY = 4.6      # HanTa's penalty on reading a whole word as one unknown morpheme
_NEG = -math.inf


class Decoder:
    """The three searches of a HanTa model, faster. Build one per tagger instance."""

    def __init__(self, tagger: Any, *, cache_size: int = 200_000, compiled: bool = True,
                 tables: str | None = None):
        self.tagger = tagger
        # the name under which the compiled loops' tables of this model are kept in the cache
        # folder (chronist.loading.cached); None: built in each process
        self.tables = tables
        self.strict = tagger.strict
        self.nonfinal = tagger.LP_trans_nonfinal
        self.final = tagger.LP_trans_final
        self.reachability = tagger.reachability
        self.trans_word = tagger.LP_trans_word
        # known morphemes: morpheme -> {tag: log p(m|t)} (HanTa keeps one dict per tag)
        known: dict[str, dict[int, float]] = {}
        for tag, table in tagger.LP_m_t.items():
            for morpheme, lp in table.items():
                known.setdefault(morpheme, {})[tag] = lp
        self.known = known
        # unknown morphemes are guessed for the open tags only
        self.open_tags = [t for t in tagger.LP_m_t if t in tagger.LP_hapax_t and t in tagger.LP_s_t]
        self._open_column = {t: c for c, t in enumerate(self.open_tags)}
        self._guesser = _Guesser(tagger, self.open_tags)
        self._reachable_follow: dict[tuple, list] = {}
        # (tag, log p, whether the tag's unknown morphemes are guessed) after each state
        self._follows = {state: [(t, p, t in self._open_column) for t, p in follow]
                         for state, follow in self.nonfinal.items()}
        self._follows_strict = {state: [(t, p, False) for t, p in follow]
                                for state, follow in self.nonfinal.items()}
        self._step_cache: dict[tuple, list] = {}
        self._positions: dict[tuple, dict[int, int]] = {}
        self._recent: dict[str, _Scores] = {}
        # the compiled loops (numba: ~1 s to import and load) only once a run has analysed
        # enough new words to repay it; a single sentence stays on the Python loops
        self._compiled: _CompiledModel | None = None
        self._compile_after = _COMPILE_AFTER if compiled else -1
        self.word_scores = lru_cache(maxsize=cache_size)(self._word_scores)
        # (word, case-sensitive) -> its tags and scores as the compiled sentence search reads
        # them: a plain dict, so that a sentence's known words cost one lookup each and only its
        # new ones are normalised and searched
        self._columns: dict[tuple[str, bool], tuple] = {}
        self._columns_max = cache_size
        # searches done for many words of a sentence in one compiled call, waiting to be
        # asked for; and the words (and word-tag pairs) searched so far, not to search again
        self._ready_forward: dict[str, list] = {}
        self._ready_viterbi: dict[tuple[str, int], list] = {}
        self._forwarded: set[str] = set()
        self._lemmatised: set[tuple[str, int]] = set()

    def _model(self) -> "_CompiledModel | None":
        if self._compile_after > 0:
            self._compile_after -= 1
            if self._compile_after == 0:
                self._compiled = _compiled_model(self, self.tagger)
        return self._compiled

    def compile(self) -> None:
        """Load the compiled loops now rather than after the first new words (bulk runs),
        each of them: numba reads a compiled function from its cache on the first call, and an
        ingest loads them once in the main process before its workers are forked."""
        if self._compiled is None and self._compile_after > 0:
            self._compiled = _compiled_model(self, self.tagger)
            self._compile_after = -1
            if self._compiled is not None:
                self._compiled.load()

    def clear_caches(self) -> None:
        """Forget the words seen so far (for benchmarks that must start cold)."""
        self.word_scores.cache_clear()
        self._columns.clear()
        for seen in (self._ready_forward, self._ready_viterbi, self._forwarded, self._lemmatised):
            seen.clear()
        self._recent.clear()
        self._step_cache.clear()

    # -- scores of every substring of a word -------------------------------------------

    def _scores(self, word: str) -> "_Scores":
        scores = self._recent.get(word)
        if scores is None:
            if len(self._recent) >= 4096:
                self._recent.clear()
            scores = self._recent[word] = _Scores(self, word)
        return scores

    # -- the forward pass over morphemes: the word's parts of speech --------------------

    def prefetch_forward(self, sent: list[str]) -> None:
        """The forward passes of the new words of ``sent`` (as HanTa's ``_tag_word`` will ask
        for them: normalised, unless in its cache of frequent words), in one compiled call."""
        model = self._compiled
        if model is None:
            return
        normalize, frequent, seen = self.tagger.normalize, self.tagger.cache, self._forwarded
        if len(seen) > _SEEN_MAX:
            seen.clear()
        new = []
        for word in sent:
            word = normalize(word)
            if word not in seen and word not in frequent and 0 < len(word) <= _COMPILED_MAX_LEN:
                seen.add(word)
                new.append(word)
        if new:
            self._ready_forward = dict(zip(new, model.forward_words(new, not self.strict, self._rank)))

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        ready = self._ready_forward.pop(word, None)
        if ready is not None:
            return ready
        self._forwarded.add(word)
        wlen = len(word)
        model = self._model()
        if model is not None and 0 < wlen <= _COMPILED_MAX_LEN:
            ends, scores = model.forward(self._scores(word).matrix(self.strict), wlen)
            return self._rank(zip([model.end_pos[e] for e in ends.tolist()], scores.tolist()))
        return self._forward_python(word)

    def _forward_python(self, word: str) -> list[tuple[int, float]]:
        wlen = len(word)
        scores = self._scores(word)
        follows = self._follows if not self.strict else self._follows_strict
        table: list[dict] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            _relax(table, i, lambda state: follows.get(state, ()), scores, self.strict)
        return self._finish_forward(table[-2].items())

    def _finish_forward(self, row) -> list[tuple[int, float]]:
        """From the states at the word's end (in the order they came) to the ranked tags."""
        last, _ = self._last_step(row, 0)
        return self._rank((-state[1], lp) for state, lp in last.items())

    @staticmethod
    def _rank(ends) -> list[tuple[int, float]]:
        """The parts of speech of the word's end states ``(pos, log p)``, in the order they
        were reached: the scores of one part of speech summed (HanTa's log-add, in that order),
        ranked best first."""
        results: dict[int, float] = {}
        for pos, lp in ends:
            if lp == _NEG:
                continue
            results[pos] = np.logaddexp(results[pos], lp) if pos in results else lp
        ranked = sorted(results.items(), key=lambda item: item[1], reverse=True)
        return ranked or [(_UNKNOWN, 0)]

    # -- the Viterbi pass over morphemes for a known tag: the word's morphemes ----------

    def _follow_to(self, state: tuple, target: int, strict: bool) -> list:
        key = (state, target, strict)
        follow = self._reachable_follow.get(key)
        if follow is None:
            reach = self.reachability.get(target, frozenset())
            follow = [(t, p, not strict and t in self._open_column)
                      for t, p in self.nonfinal.get(state, ()) if t in reach]
            self._reachable_follow[key] = follow
        return follow

    def prefetch_lemmas(self, pairs: list[tuple[str, int]]) -> None:
        """The Viterbi passes that HanTa's ``_analyze`` will ask for to lemmatise the words
        ``pairs`` (word, HanTa's tag number), for the new ones in one compiled call."""
        model = self._compiled
        if model is None:
            return
        atomic, seen = self.tagger.atomic_class, self._lemmatised
        if len(seen) > _SEEN_MAX:
            seen.clear()
        new = []
        for word, pos in pairs:
            key = (word.lower(), -pos)
            if key not in seen and key[1] not in atomic and 0 < len(key[0]) <= _COMPILED_MAX_LEN:
                seen.add(key)
                new.append(key)
        if new:
            allowed = [model.reach(self.reachability.get(target, frozenset())) for _, target in new]
            paths = model.viterbi_words([word for word, _ in new], [target for _, target in new], allowed)
            self._ready_viterbi = {key: path if path else self._unknown_path(len(key[0]))
                                   for key, path in zip(new, paths)}

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        ready = self._ready_viterbi.pop((word, targetpos), None)
        if ready is not None:
            return ready
        self._lemmatised.add((word, targetpos))
        wlen = len(word)
        model = self._model()
        if model is None or not 0 < wlen <= _COMPILED_MAX_LEN:
            return self._viterbi_python(word, targetpos)
        scores = self._scores(word)
        allowed = model.reach(self.reachability.get(targetpos, frozenset()))
        for strict in (True, False):
            states, ends = model.viterbi(scores.matrix(strict), wlen, allowed, targetpos)
            if len(states):
                break
        else:
            return self._unknown_path(wlen)
        return model.path_of(states.tolist(), ends.tolist())

    def _finish_viterbi(self, row, wlen: int, targetpos: int) -> tuple[dict, dict]:
        """The word's last step, to the end state of ``targetpos``: scores and pointers."""
        return self._last_step(row, wlen, targetpos)

    def _last_step(self, row, wlen: int, targetpos: int | None = None) -> tuple[dict, dict]:
        """From the states at the word's end to its end states (all, or only ``targetpos``'s):
        the best score of each and the state it came from."""
        last: dict = {}
        back: dict = {}
        for state, lp in row:
            for tag, lpt in self.final.get(state, ()):
                if targetpos is not None and tag != targetpos:
                    continue
                lp1 = lp + lpt
                if lp1 > _LOWER:
                    new = (state[1], tag)
                    old = last.get(new)
                    if old is None or lp1 > old:
                        last[new] = lp1
                        back[new] = (state, wlen)
                if targetpos is not None:
                    break
        return last, back

    @staticmethod
    def _best(last: dict):
        best, best_lp = None, _NEG
        for state, lp in last.items():
            if lp > best_lp:
                best, best_lp = state, lp
        return best

    @staticmethod
    def _unknown_path(wlen: int) -> list[tuple[int, int]]:
        return [(_UNKNOWN, wlen), (_END_UNKNOWN, wlen + 1)]

    def _viterbi_python(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        wlen = len(word)
        scores = self._scores(word)
        for strict in (True, False):
            table: list[dict] = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
            back: list[dict] = [{} for _ in range(wlen + 2)]
            for i in range(wlen + 1):
                _relax(table, i, lambda state: self._follow_to(state, targetpos, strict), scores, strict, back)
            last, back[-1] = self._finish_viterbi(table[-2].items(), wlen, targetpos)
            if last:
                break
        best = self._best(last)
        if best is None:
            return self._unknown_path(wlen)
        i = len(back) - 1
        path = [(best, i)]
        state = best
        while i > 0:
            state, i = back[i][state]
            path.append((state, i))
        path.pop()
        return [(state[1], end) for state, end in reversed(path)]

    # -- the sentence: tags of words ------------------------------------------------------

    def _word_scores(self, word: str, casesensitive: bool) -> tuple[tuple[int, ...], dict[int, float]]:
        """The word's possible tags (HanTa's order) and their scores; none when HanTa
        cannot analyse it (then any tag may follow)."""
        scores = dict(self.tagger._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True))
        if len(scores) == 1 and _UNKNOWN in scores:
            scores = {}
        return tuple(scores), scores

    def word_columns(self, word: str, casesensitive: bool) -> tuple[tuple[int, ...], tuple[float, ...], bool]:
        """The word's possible tags and scores as the compiled sentence search reads them."""
        key = (word, casesensitive)
        found = self._columns.get(key)
        if found is None:
            if len(self._columns) >= self._columns_max:
                self._columns.clear()
            found = self._columns[key] = self._compiled.sentence_columns(self.word_scores(word, casesensitive))
        return found

    def _steps(self, state: tuple, tags: tuple[int, ...]) -> list[tuple[int, float]]:
        """The tags of ``tags`` that may follow ``state``, in the order HanTa visits them
        (its transition table's), with their transition scores; all of them for ``()``."""
        key = (state, tags)
        steps = self._step_cache.get(key)
        if steps is None:
            if len(self._step_cache) > 500_000:
                self._step_cache.clear()
            lp_t = self.trans_word[state]
            if tags:
                order = self._positions.get(state)
                if order is None:
                    order = self._positions[state] = {c: n for n, c in enumerate(lp_t) if c != _END}
                steps = [(c, lp_t[c]) for _, c in sorted((order[c], c) for c in tags if c in order)]
            else:
                steps = [(c, lp) for c, lp in lp_t.items() if c != _END]
            self._step_cache[key] = steps
        return steps

    def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        if self._compiled is not None and sent:
            columns = self._columns
            keys = [(word, casesensitive) for word in sent]
            keys[0] = (sent[0], False)        # HanTa reads a sentence's first word without its case
            words = [columns.get(key) for key in keys]
            if None in words:
                self.prefetch_forward([key[0] for key, found in zip(keys, words) if found is None])
                for k, found in enumerate(words):
                    if found is None:
                        words[k] = self.word_columns(*keys[k])
            tags = self._compiled.sentence(words)
            if tags is not None:
                return tags
        return self._tag_sent_python(sent, casesensitive)

    def _tag_sent_python(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        trans = self.trans_word
        prev: dict = {(_EMPTY, _START): 0.0}
        backs: list[dict] = []
        for i, word in enumerate(sent):
            tags, scores = self.word_scores(word, i > 0 and casesensitive)
            row: dict = {}
            back: dict = {}
            bound = sorted(prev.values(), reverse=True)[5] - 1 if len(prev) > 5 else _LOWER
            for state, lp0 in prev.items():
                if lp0 < bound:
                    continue
                b = state[1]
                for c, lp_tc in self._steps(state, tags):
                    lp = lp0 + lp_tc + (scores[c] if tags else 0)
                    if lp > _LOWER:
                        new = (b, c)
                        old = row.get(new)
                        if old is None or lp > old:
                            row[new] = lp
                            back[new] = state
            backs.append(back)
            prev = row
        final = (_END, _EMPTY)
        best = _NEG
        back = {}
        for state, lp0 in prev.items():
            lp = lp0 + trans[state].get(_END, _NEG)
            if lp > best:
                best = lp
                back[final] = state
        backs.append(back)
        tags = []
        state = final
        for back in reversed(backs[1:]):      # backs[0] leads back to the start state
            state = back[state]
            tags.append(state[1])
        tags.reverse()
        return tags




_COMPILE_AFTER = 100          # new word analyses before the compiled loops are loaded
_SEEN_MAX = 500_000           # words (and word-tag pairs) remembered as searched
_COMPILED_MAX_LEN = 48       # longer tokens (URLs, runs of symbols) take the Python loops


class _CompiledModel:
    """HanTa's morpheme transitions as arrays for :mod:`kernels`: states numbered, the
    transitions out of each state in HanTa's order, tags as columns."""

    def __init__(self, decoder: Decoder, tagger: Any, kernels: Any):
        self.kernels = kernels
        columns = sorted(t for t in tagger.LP_m_t)
        self.column = {t: c for c, t in enumerate(columns)}
        self.ncolumns = len(columns)
        self.open_columns = [self.column[t] for t in decoder.open_tags]
        states: list[tuple] = [(_EMPTY, _START)]
        ids = {states[0]: 0}

        def number(state: tuple) -> int:
            if state not in ids:
                ids[state] = len(states)
                states.append(state)
            return ids[state]

        for state, follow in decoder.nonfinal.items():
            number(state)
            for tag, _ in follow:
                number((state[1], tag))
        first, column, trans, dest = [0], [], [], []
        for sid, state in enumerate(states):     # states added while numbering come last
            for tag, lp in decoder.nonfinal.get(state, ()):
                column.append(self.column[tag])
                trans.append(lp)
                dest.append(number((state[1], tag)))
            first.append(len(column))
        # dest states numbered in this pass have no transitions of their own: pad "first"
        first.extend([len(column)] * (len(states) + 1 - len(first)))
        self.states, self.state_id = states, ids
        self._end_model(decoder.final)
        self.first = np.array(first, dtype=np.int64)
        self.columns = np.array(column, dtype=np.int64)
        self.trans = np.array(trans, dtype=np.float64)
        self.dest = np.array(dest, dtype=np.int64)
        self.everything = np.ones(self.ncolumns, dtype=np.bool_)
        self._reach: dict[frozenset, np.ndarray] = {}
        # known morphemes in a trie by code point, each node with its tags and scores; the
        # guesser's suffixes (up to 4 letters, the longest it reads) in a trie of reversed suffixes
        morphemes = _trie(decoder.known)
        self.morphemes = morphemes[:3]
        nodes = morphemes[3]
        hits: list[tuple] = [()] * len(nodes)
        for m, hit in decoder.known.items():
            hits[nodes[m]] = tuple((self.column[t], lp) for t, lp in hit.items())
        self.hit_first = np.cumsum([0] + [len(h) for h in hits]).astype(np.int64)
        self.hit_column = np.array([c for h in hits for c, _ in h], dtype=np.int64)
        self.hit_value = np.array([lp for h in hits for _, lp in h], dtype=np.float64)
        guesser = decoder._guesser
        self.guesser = guesser
        self.suffix_known = ~np.isnan(guesser.suffix)
        self.suffix_value = np.nan_to_num(guesser.suffix, nan=0.0, posinf=np.inf, neginf=-np.inf)
        self.open_compact = np.full(self.ncolumns, -1, dtype=np.int64)
        self.open_compact[self.open_columns] = np.arange(len(self.open_columns))
        self.open_compact_ids = np.arange(len(self.open_columns), dtype=np.int64)
        short = {s[::-1]: row for s, row in guesser.suffix_row.items() if len(s) <= 4}
        suffixes = _trie(short)
        self.suffixes = suffixes[:3]
        suffix_row = np.full(len(suffixes[3]), -1, dtype=np.int64)
        for key, row in short.items():
            suffix_row[suffixes[3][key]] = row
        self.suffix_row = suffix_row
        self._sentence_model(decoder.trans_word)

    def load(self) -> None:
        """Call each compiled search once, on a made-up word, through the same wrappers as the
        decoder (so with the same argument types): their results are not kept anywhere."""
        word, target = "ab", self.end_states[0][1]
        allowed = self.reach(frozenset())
        for strict in (True, False):
            matrix = self.matrix(word, strict)
            self.forward(matrix, len(word))
            self.viterbi(matrix, len(word), allowed, target)
        self.forward_words([word], True, list)
        self.viterbi_words([word], [target], [allowed])
        self.sentence([((), (), True)])

    # -- kept in the cache folder: the tables, without the kernels module and the guesser -

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("kernels", "guesser", "_reach")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, kernels=None, guesser=None, _reach={})

    def attach(self, decoder: Decoder, kernels: Any) -> "_CompiledModel":
        """Tables read back from the cache folder, joined to this process's decoder and kernels."""
        self.kernels, self.guesser = kernels, decoder._guesser
        return self

    # -- the sentence search over tag pairs (HanTa's trans_word) --------------------------

    def _sentence_model(self, trans_word: dict) -> None:
        """Tags numbered compactly, states as pairs ``a * ntags + b``, HanTa's transition
        table as dense arrays of scores and of the place of each tag in it."""
        tags = sorted({t for state, follow in trans_word.items() for t in (*state, *follow)})
        self.tag_number = number = {t: n for n, t in enumerate(tags)}
        self.tag_of = np.array(tags, dtype=np.int64)
        ntags = self.ntags = len(tags)
        nstates = ntags * ntags
        trans = np.full((nstates, ntags), -np.inf)
        rank = np.full((nstates, ntags), -1, dtype=np.int64)
        has_table = np.zeros(nstates, dtype=np.bool_)
        any_tags: list[list[int]] = [[] for _ in range(nstates)]
        for (a, b), follow in trans_word.items():
            s = number[a] * ntags + number[b]
            has_table[s] = True
            for place, (c, lp) in enumerate(follow.items()):
                trans[s, number[c]] = lp
                if c != _END:
                    rank[s, number[c]] = place
                    any_tags[s].append(number[c])
        self.sent_trans, self.sent_rank, self.has_table = trans, rank, has_table
        self.any_first = np.cumsum([0] + [len(t) for t in any_tags]).astype(np.int64)
        self.any_tags = np.array([c for t in any_tags for c in t], dtype=np.int64)
        self.sent_start = number[_EMPTY] * ntags + number[_START]
        self.sent_end = number[_END]

    def sentence_columns(self, word: tuple) -> tuple[tuple[int, ...], tuple[float, ...], bool]:
        """A word's possible tags and scores (:meth:`Decoder._word_scores`) as the compiled
        sentence search reads them: the tags' compact numbers, their scores, and whether
        the word may take any tag."""
        possible, score = word
        number = self.tag_number
        known = [t for t in possible if t in number]
        return tuple(number[t] for t in known), tuple(score[t] for t in known), not possible

    def sentence(self, words: list[tuple]) -> list[int] | None:
        """HanTa's tags for a sentence whose words have the tags and scores ``words``
        (:meth:`sentence_columns` of :meth:`Decoder._word_scores`), or None when no path reaches its end."""
        first, tags, scores, any_tag = [0], [], [], []
        for numbers, values, anything in words:
            any_tag.append(anything)
            tags += numbers
            scores += values
            first.append(len(tags))
        found = self.kernels.sentence(
            len(words), np.array(first, dtype=np.int64), np.array(tags, dtype=np.int64),
            np.array(scores, dtype=np.float64), np.array(any_tag, dtype=np.bool_), self.sent_trans, self.sent_rank,
            self.any_first, self.any_tags, self.has_table, self.ntags, self.sent_start, self.sent_end)
        if len(found) != len(words):
            return None
        return self.tag_of[found].tolist()

    def matrix(self, word: str, strict: bool) -> tuple[np.ndarray, np.ndarray]:
        """HanTa's ``lp_m_t`` for every substring of ``word`` and tag: ``m[i, j, k]`` with
        ``k = compact[column]`` (negative: the tag scores nothing in this word); known
        morphemes everywhere, guesses for the open tags unless ``strict``."""
        codes = np.frombuffer(word.encode("utf-32-le", "surrogatepass"), dtype=np.int32)
        return self.kernels.word_scores(codes, not strict, *self._scoring())

    def reach(self, tags: frozenset) -> np.ndarray:
        mask = self._reach.get(tags)
        if mask is None:
            mask = np.array([t in tags for t in sorted(self.column)], dtype=np.bool_)
            self._reach[tags] = mask
        return mask

    def _end_model(self, final: dict) -> None:
        """HanTa's transitions from a word's last morpheme to its end (``LP_trans_final``) as
        arrays over the numbered states, and the end states they reach, numbered."""
        first, tags, trans, dest = [0], [], [], []
        ends: list[tuple] = []
        end_id: dict[tuple, int] = {}
        for state in self.states:
            for tag, lp in final.get(state, ()):
                new = (state[1], tag)
                if new not in end_id:
                    end_id[new] = len(ends)
                    ends.append(new)
                tags.append(tag)
                trans.append(lp)
                dest.append(end_id[new])
            first.append(len(tags))
        self.end_states = ends
        self.state_tag = [state[1] for state in self.states]
        self.end_pos = [-tag for _, tag in ends]          # the part of speech of each end state
        self.final_first = np.array(first, dtype=np.int64)
        self.final_tag = np.array(tags, dtype=np.int64)
        self.final_trans = np.array(trans, dtype=np.float64)
        self.final_dest = np.array(dest, dtype=np.int64)

    def forward(self, scores: tuple, wlen: int) -> tuple[np.ndarray, np.ndarray]:
        """HanTa's forward pass over a word's morphemes and its last step
        (:meth:`Decoder._forward_python` and :meth:`Decoder._last_step`): the end states
        (numbers of ``end_states``) in the order reached, and their best scores."""
        matrix, compact = scores
        return self.kernels.forward(matrix, compact, wlen, len(self.states), self.first, self.columns, self.trans,
                                    self.dest, self.everything, self.final_first, self.final_tag, self.final_trans,
                                    self.final_dest, len(self.end_states))

    def _scoring(self) -> tuple:
        """The arguments of :func:`kernels.word_scores` after the word and ``guess``."""
        child_first, child_char, child_node = self.morphemes
        suffix_first, suffix_char, suffix_node = self.suffixes
        guesser = self.guesser
        return (child_first, child_char, child_node, self.hit_first, self.hit_column, self.hit_value,
                self.open_compact, len(self.open_columns), suffix_first, suffix_char, suffix_node, self.suffix_row,
                self.suffix_known, self.suffix_value, guesser.empty_suffix, guesser.base, self.open_compact_ids,
                _WHOLE_WORD_PENALTY)

    @staticmethod
    def _codes(words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        codes = np.frombuffer("".join(words).encode("utf-32-le", "surrogatepass"), dtype=np.int32)
        # (numpy's cumsum of a short list costs more than the sums: it makes an array first)
        offsets = np.fromiter(accumulate(map(len, words), initial=0), dtype=np.int64, count=len(words) + 1)
        return codes, offsets

    def forward_words(self, words: list[str], guess: bool, rank) -> list[list[tuple[int, float]]]:
        """:meth:`forward` of every word of ``words`` in one compiled call, each result
        ranked by ``rank`` as :meth:`Decoder.analyze_forward` ranks it."""
        codes, offsets = self._codes(words)
        found, ends, scores = self.kernels.forward_words(
            codes, offsets, guess, *self._scoring(), len(self.states), self.first, self.columns, self.trans,
            self.dest, self.everything, self.final_first, self.final_tag, self.final_trans, self.final_dest,
            len(self.end_states))
        found, ends, scores, pos = found.tolist(), ends.tolist(), scores.tolist(), self.end_pos
        return [rank(zip([pos[e] for e in ends[a:b]], scores[a:b])) for a, b in zip(found, found[1:])]

    def viterbi_words(self, words: list[str], targets: list[int], allowed: list[np.ndarray]) -> list[list]:
        """:meth:`viterbi` of every word of ``words`` (to its end tag in ``targets``, with the
        tags ``allowed``) in one compiled call, strict first as :meth:`Decoder.analyze_viterbi`:
        each word's ``(tag, end)`` morphemes, empty where no path ends."""
        codes, offsets = self._codes(words)
        found, states, ends = self.kernels.viterbi_words(
            codes, offsets, np.array(targets, dtype=np.int64), np.stack(allowed), *self._scoring(),
            len(self.states), self.first, self.columns, self.trans, self.dest, self.final_first, self.final_tag,
            self.final_trans, self.final_dest, len(self.end_states))
        found, states, ends = found.tolist(), states.tolist(), ends.tolist()
        return [self.path_of(states[a:b], ends[a:b]) if b > a else [] for a, b in zip(found, found[1:])]

    def path_of(self, states: list[int], ends: list[int]) -> list[tuple[int, int]]:
        """A word's morphemes ``(tag, end)`` from the states of :func:`kernels.viterbi`."""
        tags = [self.state_tag[s] for s in states[:-1]] + [self.end_states[states[-1]][1]]
        return list(zip(tags, ends))

    def viterbi(self, scores: tuple, wlen: int, allowed: np.ndarray, target: int) -> tuple[np.ndarray, np.ndarray]:
        """HanTa's Viterbi pass over a word's morphemes to the end of ``target``
        (:meth:`Decoder._viterbi_python`): the best path's states (numbers of ``states``, the
        last one of ``end_states``) and where each ends; empty arrays when there is none."""
        matrix, compact = scores
        return self.kernels.viterbi(matrix, compact, wlen, len(self.states), self.first, self.columns, self.trans,
                                    self.dest, allowed, self.final_first, self.final_tag, self.final_trans,
                                    self.final_dest, len(self.end_states), target)


def _trie(keys) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """A trie of the strings ``keys`` for :mod:`kernels`: the children of node ``n`` are
    ``child_char/child_node[child_first[n]:child_first[n + 1]]``, sorted by code point;
    node 0 is the empty string, and ``nodes`` numbers every prefix of a key."""
    nodes = {"": 0}
    edges: list[tuple[int, int, int]] = []
    for key in keys:
        for n in range(1, len(key) + 1):
            prefix = key[:n]
            if prefix not in nodes:
                nodes[prefix] = len(nodes)
                edges.append((nodes[key[:n - 1]], ord(key[n - 1]), nodes[prefix]))
    edges.sort()
    parents = np.array([e[0] for e in edges], dtype=np.int64)
    child_first = np.zeros(len(nodes) + 1, dtype=np.int64)
    child_first[1:] = np.cumsum(np.bincount(parents, minlength=len(nodes)))
    child_char = np.array([e[1] for e in edges], dtype=np.int32)
    child_node = np.array([e[2] for e in edges], dtype=np.int64)
    return child_first, child_char, child_node, nodes


def _compiled_model(decoder: Decoder, tagger: Any) -> _CompiledModel | None:
    try:
        from chronist.lang.de import kernels
    except ImportError:          # numba missing: the Python loops give the same results
        return None
    if decoder.tables is None:
        return _CompiledModel(decoder, tagger, kernels)
    from chronist.loading import cached
    return cached(decoder.tables, lambda: _CompiledModel(decoder, tagger, kernels)).attach(decoder, kernels)

class _Scores:
    """HanTa's ``lp_m_t`` for every substring of one word and every tag, as candidate
    lists. A pair missing from them scores minus infinity; entries of minus infinity may
    remain (the searches never keep them)."""

    def __init__(self, decoder: Decoder, word: str):
        self.decoder, self.word = decoder, word
        self._known: list[dict[int, list]] | None = None
        self._grid: np.ndarray | None = None
        self._rows: dict[int, dict[int, list]] = {}
        self._matrices: dict[bool, tuple[np.ndarray, np.ndarray]] = {}

    @property
    def known(self) -> list[dict[int, list]]:
        """``known[i][tag]``: the ``(j, log p)`` of the known morphemes ``word[i:j]``."""
        if self._known is None:
            word, known = self.word, self.decoder.known
            wlen = len(word)
            hits: list[dict[int, list]] = [{} for _ in range(wlen + 1)]
            for i in range(wlen):
                row = hits[i]
                for j in range(i + 1, wlen + 1):
                    hit = known.get(word[i:j])
                    if hit:
                        for tag, lp in hit.items():
                            row.setdefault(tag, []).append((j, lp))
            self._known = hits
        return self._known

    def matrix(self, strict: bool) -> tuple[np.ndarray, np.ndarray]:
        """The scores of every substring under every tag, dense, for the compiled searches
        (see :meth:`_CompiledModel.matrix`)."""
        cached = self._matrices.get(strict)
        if cached is None:
            cached = self._matrices[strict] = self.decoder._compiled.matrix(self.word, strict)
        return cached

    def row(self, i: int, strict: bool) -> dict[int, list]:
        """The candidates from ``i`` by tag; in a loose row the open tags are filled in
        by :meth:`guesses` when first asked for."""
        if strict:
            return self.known[i]
        row = self._rows.get(i)
        if row is None:
            opened = self.decoder._open_column
            row = self._rows[i] = {t: found for t, found in self.known[i].items() if t not in opened}
        return row

    def guesses(self, i: int, tag: int) -> list:
        column = self.decoder._open_column[tag]
        return list(zip(range(i + 1, len(self.word) + 1), self.grid()[i, i + 1:, column].tolist()))

    def grid(self) -> np.ndarray:
        """Guesses for the open tags, with known morphemes in their place where known."""
        if self._grid is None:
            decoder = self.decoder
            grid = decoder._guesser.grid(self.word)
            for i, row in enumerate(self.known):
                for tag, found in row.items():
                    column = decoder._open_column.get(tag)
                    if column is not None:
                        for j, lp in found:
                            grid[i, j, column] = lp
            self._grid = grid
        return self._grid

class _Guesser:
    """HanTa's score of an unknown morpheme under an open tag, for all substrings of a
    word at once: intercept + hapax + length + longest known suffix (of 4, 3, 2, 1
    letters, shorter than the morpheme, else the empty suffix), minus a penalty when the
    morpheme is the whole word; only for words under 4 letters or morphemes over 2."""

    def __init__(self, tagger: Any, open_tags: list[int]):
        n = len(open_tags)
        # (intercept + hapax) + length, summed in HanTa's order, per length 0..24
        self.base = np.array([[tagger.Int_t + tagger.LP_hapax_t[t] + tagger.LP_len_t[t][length]
                               for t in open_tags] for length in range(25)])
        suffixes = sorted({s for t in open_tags for s in tagger.LP_s_t[t] if s})
        self.suffix_row = {s: r for r, s in enumerate(suffixes)}
        table = np.full((len(suffixes) + 1, n), np.nan)      # the last row: no such suffix
        for c, t in enumerate(open_tags):
            for s, lp in tagger.LP_s_t[t].items():
                if s:
                    table[self.suffix_row[s], c] = lp
        self.suffix = table
        self.missing = len(suffixes)
        self.empty_suffix = np.array([tagger.LP_s_t[t][""] for t in open_tags])

    def grid(self, word: str) -> np.ndarray:
        """``g[i, j, c]``: the score of ``word[i:j]`` under the c-th open tag, minus
        infinity where no guess is allowed (``j <= i``, or 1-2 letters of a longer word)."""
        wlen = len(word)
        lengths = np.arange(wlen + 1)[None, :] - np.arange(wlen + 1)[:, None]
        suffix = self.empty_suffix[None, None, :]
        rows = self.suffix_row
        for k in (1, 2, 3, 4):
            ids = [rows.get(word[j - k:j], self.missing) if j >= k else self.missing for j in range(wlen + 1)]
            cand = self.suffix[ids][None, :, :]
            suffix = np.where((lengths > k)[:, :, None] & ~np.isnan(cand), cand, suffix)
        scores = self.base[np.clip(lengths, 0, 24)] + suffix
        scores[lengths == wlen] -= _WHOLE_WORD_PENALTY
        allowed = (lengths > 2) if wlen >= 4 else (lengths > 0)
        scores[~allowed] = _NEG
        return scores


def accelerate(tagger: Any, *, cache_size: int = 200_000, tables: str | None = None) -> Any:
    """Put the fast searches on ``tagger`` (a loaded ``HanoverTagger``) and return it.

    HanTa's ``tag_sent``, ``analyze`` and ``_analyze`` then run as shipped, on the fast
    searches; each word's tag scores in a sentence are cached (``cache_size`` words).
    ``tables``: a name under which the compiled loops' tables of this model are kept in
    the cache folder, so that a new process reads them instead of building them.
    """
    decoder = Decoder(tagger, cache_size=cache_size, tables=tables)
    tagger.makelemma = _lemma_rule(tagger)
    tagger.analyze_forward = decoder.analyze_forward
    tagger.analyze_viterbi = decoder.analyze_viterbi
    tagger.tag_sent_viterbi = decoder.tag_sent_viterbi
    tagger.decoder = decoder
    return tagger


def _lemma_rule(tagger: Any):
    """HanTa's ``makelemma`` (the stem, a lemma suffix by the longest known ending, a
    capital for nouns) with the length of each tag's longest ending found once, not for
    every word (HanTa measures all endings of the tag on each call)."""
    table = tagger.lemmasuffixtable
    longest_of = {tag: max(len(e) for e in endings) for tag, endings in table.items() if len(endings) > 0}
    tag2int, capitalized = tagger.tag2int, tagger.capitalizedlemmata

    def makelemma(stem_morphemes, pos):
        mainpostag = pos.split("(")[0]
        lemma = "".join(stem_morphemes)
        suffix = ""
        endings = table.get(mainpostag, ())
        if len(endings) > 0:
            longest = longest_of[mainpostag]
            if len(lemma) + 1 < longest:
                longest = len(lemma)
            marked = "#" + lemma
            for i in range(longest + 1, 0, -1):
                ending = marked[-i:]
                if ending in endings:
                    suffix = endings[ending]
                    break
        if tag2int.get(pos, 0) in capitalized:
            lemma = lemma[0].upper() + lemma[1:]
        return lemma + suffix
    return makelemma


def _relax(table: list[dict], i: int, steps, scores, strict: bool, back: list[dict] | None = None) -> None:
    """Carry the best states of ``table[i]`` one morpheme on (HanTa's beam: the four best and
    those within 1 of the fourth), keeping the better score of each new state at the position it
    reaches and, for the Viterbi search, where it came from in ``back``. ``steps(state)`` gives
    (tag, log-probability, guessed) of the tags that may follow; each table[j] still gets its new
    states in HanTa's order."""
    row = table[i]
    bound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else _LOWER
    here = scores.row(i, strict)
    for state, lp in row.items():
        if lp < bound:
            continue
        b = state[1]
        for tag, lpt, guessed in steps(state):
            found = here.get(tag)
            if found is None:
                if not guessed:
                    continue
                found = here[tag] = scores.guesses(i, tag)
            base = lp + lpt
            new = (b, tag)
            for j, lpm in found:
                lp1 = base + lpm
                if lp1 > _LOWER:
                    cell = table[j]
                    old = cell.get(new)
                    if old is None or lp1 > old:
                        cell[new] = lp1
                        if back is not None:
                            back[j][new] = (state, i)
