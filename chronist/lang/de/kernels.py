"""Compiled inner loops of the morpheme searches in :mod:`chronist.lang.de.decode`.

Both searches walk a word's positions left to right; at each position they keep the
states within 1 of the fourth best (HanTa's beam), and extend each kept state, in the
order the states entered the position, by every morpheme ``word[i:j]`` under every tag
that may follow it. They visit positions, states, ends and tags in HanTa's order and add
in HanTa's order (``(lp + transition) + morpheme``), so every score, every tie and the
order in which states enter each position come out as HanTa's. Compiled with numba
(cached on disk after the first run); :mod:`decode` runs its Python loops without it.

Arrays: ``scores[i, j, k]`` is log p(word[i:j] | tag k), minus infinity where none, with
tags in a word's own compact numbering (the open tags, then those its known morphemes have);
``first[s]:first[s + 1]`` are the transitions out of state ``s``, to state ``dest`` by tag
column ``column`` with log probability ``trans``.
"""
from __future__ import annotations

import numpy as np
from numba import njit

_LOWER = -1e6


@njit(cache=True, nogil=True)
def _bound(values: np.ndarray, order: np.ndarray, count: int) -> float:
    if count <= 3:
        return _LOWER
    row = np.empty(count)
    for r in range(count):
        row[r] = values[order[r]]
    row.sort()
    return row[count - 4] - 1


@njit(cache=True, nogil=True)
def search(scores, compact, wlen, start, nstates, first, column, trans, dest, allowed, with_pointers):
    """Fill the table of a word: ``values[j, s]`` (minus infinity where absent), the
    states of each position in the order they entered it (``order[j, :count[j]]``), and,
    when asked, where each best score came from (``from_state``, ``from_pos``). Only
    tags whose ``allowed[c]`` is true are followed; tag column ``c`` is column
    ``compact[c]`` of ``scores``, or scores nothing when that is negative."""
    values = np.full((wlen + 2, nstates), -np.inf)
    order = np.empty((wlen + 2, nstates), dtype=np.int32)
    count = np.zeros(wlen + 2, dtype=np.int32)
    size = wlen + 2 if with_pointers else 1
    from_state = np.full((size, nstates), -1, dtype=np.int32)
    from_pos = np.full((size, nstates), -1, dtype=np.int32)
    values[0, start] = 0.0
    order[0, 0] = start
    count[0] = 1
    for i in range(wlen + 1):
        bound = _bound(values[i], order[i], count[i])
        for r in range(count[i]):
            state = order[i, r]
            lp = values[i, state]
            if lp < bound:
                continue
            for j in range(i + 1, wlen + 1):
                for e in range(first[state], first[state + 1]):
                    c = column[e]
                    k = compact[c]
                    if k < 0 or not allowed[c]:
                        continue
                    lp1 = lp + trans[e] + scores[i, j, k]
                    if lp1 > _LOWER:
                        new = dest[e]
                        old = values[j, new]
                        if old == -np.inf:
                            order[j, count[j]] = new
                            count[j] += 1
                        elif not lp1 > old:
                            continue
                        values[j, new] = lp1
                        if with_pointers:
                            from_state[j, new] = state
                            from_pos[j, new] = i
    return values, order, count, from_state, from_pos


@njit(cache=True, nogil=True)
def scores(wlen, ncolumns, hit_start, hit_end, hit_column, hit_value, guess, suffix_rows, suffix_known,
           suffix_value, empty_suffix, base, open_columns, penalty):
    """``scores[i, j, c]``: known morphemes (``hit_*``) for every tag and, when ``guess``,
    HanTa's guess for the open tags where the morpheme is not known under that tag:
    ``(intercept + hapax + length) + suffix``, less ``penalty`` for the whole word, for
    morphemes over 2 letters (or any, in words under 4 letters). The suffix is the
    longest of 4, 3, 2, 1 letters known to the tag and shorter than the morpheme
    (``suffix_rows[k - 1, j]`` is the row of ``word[j - k:j]``), else the empty one."""
    out = np.full((wlen + 1, wlen + 1, ncolumns), -np.inf)
    if guess:
        for i in range(wlen):
            for j in range(i + 1, wlen + 1):
                length = j - i
                if wlen >= 4 and length <= 2:
                    continue
                for t in range(open_columns.shape[0]):
                    suffix = empty_suffix[t]
                    for k in range(4, 0, -1):
                        if length > k:
                            row = suffix_rows[k - 1, j]
                            if row >= 0 and suffix_known[row, t]:
                                suffix = suffix_value[row, t]
                                break
                    lp = base[min(length, 24), t] + suffix
                    if length == wlen:
                        lp -= penalty
                    out[i, j, open_columns[t]] = lp
    for h in range(hit_start.shape[0]):
        out[hit_start[h], hit_end[h], hit_column[h]] = hit_value[h]
    return out
