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
            # transitions before ends: each cell still receives its states in HanTa's
            # order (by transition, for one source state), and a tag is checked once
            for e in range(first[state], first[state + 1]):
                c = column[e]
                k = compact[c]
                if k < 0 or not allowed[c]:
                    continue
                lpt = lp + trans[e]
                for j in range(i + 1, wlen + 1):
                    lp1 = lpt + scores[i, j, k]
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


@njit(cache=True, nogil=True)
def sentence(nwords, word_first, word_tags, word_scores, word_any, trans, rank, any_first, any_tags, has_table,
             ntags, start, end):
    """HanTa's Viterbi search over tag pairs for one sentence: the tag (compact number)
    of each word, or an empty array when no path reaches the end.

    States are pairs ``a * ntags + b``; ``trans[s, c]`` is log p(c | s) (minus infinity
    where HanTa's table has none) and ``rank[s, c]`` the place of ``c`` in that table
    (negative where absent, and for the end tag). Word ``w`` may take the tags
    ``word_tags[word_first[w]:word_first[w + 1]]`` with their scores, or, when
    ``word_any[w]``, every tag of the state's table (``any_tags[any_first[s]:any_first[s + 1]]``)
    scored 0. As in HanTa, each position keeps the states within 1 of its sixth best,
    visits them in the order they entered it, extends each by its tags in table order,
    and keeps the first of equal scores. A kept state without a table of its own (where
    HanTa's search would fail) also gives the empty array."""
    nstates = ntags * ntags
    values = np.full(nstates, -np.inf)
    fresh = np.full(nstates, -np.inf)
    order = np.empty((nwords + 1, nstates), dtype=np.int32)
    count = np.zeros(nwords + 1, dtype=np.int32)
    back = np.empty((nwords + 1, nstates), dtype=np.int32)
    stamp = np.full(nstates, -1, dtype=np.int64)
    picked = np.empty(ntags, dtype=np.int64)
    picked_rank = np.empty(ntags, dtype=np.int64)
    picked_score = np.empty(ntags)
    # position 0 holds the start state; position w + 1 the states after word w
    order[0, 0] = start
    count[0] = 1
    values[start] = 0.0
    for w in range(nwords):
        n = count[w]
        bound = _LOWER
        if n > 5:
            row = np.empty(n)
            for r in range(n):
                row[r] = values[order[w, r]]
            row.sort()
            bound = row[n - 6] - 1
        for r in range(n):
            state = order[w, r]
            lp0 = values[state]
            if lp0 < bound:
                continue
            if not has_table[state]:
                return np.empty(0, dtype=np.int64)
            b = state % ntags
            # the word's tags that may follow this state, in the table's order
            m = 0
            if word_any[w]:
                for e in range(any_first[state], any_first[state + 1]):
                    picked[m] = any_tags[e]
                    picked_score[m] = 0.0
                    m += 1
            else:
                for e in range(word_first[w], word_first[w + 1]):
                    c = word_tags[e]
                    place = rank[state, c]
                    if place < 0:
                        continue
                    # insertion by rank (a word has a handful of tags)
                    q = m
                    while q > 0 and picked_rank[q - 1] > place:
                        picked[q] = picked[q - 1]
                        picked_rank[q] = picked_rank[q - 1]
                        picked_score[q] = picked_score[q - 1]
                        q -= 1
                    picked[q] = c
                    picked_rank[q] = place
                    picked_score[q] = word_scores[e]
                    m += 1
            for q in range(m):
                c = picked[q]
                lp = lp0 + trans[state, c] + picked_score[q]
                if lp > _LOWER:
                    new = b * ntags + c
                    if stamp[new] != w:
                        stamp[new] = w
                        order[w + 1, count[w + 1]] = new
                        count[w + 1] += 1
                    elif not lp > fresh[new]:
                        continue
                    fresh[new] = lp
                    back[w + 1, new] = state
        # the new position's scores become the current ones
        for r in range(count[w + 1]):
            state = order[w + 1, r]
            values[state] = fresh[state]
    best = -np.inf
    last = -1
    for r in range(count[nwords]):
        state = order[nwords, r]
        if not has_table[state]:
            return np.empty(0, dtype=np.int64)
        lp = values[state] + trans[state, end]
        if lp > best:
            best = lp
            last = state
    tags = np.empty(0 if last < 0 else nwords, dtype=np.int64)
    state = last
    for w in range(nwords if last >= 0 else 0, 0, -1):
        tags[w - 1] = state % ntags
        state = back[w, state]
    return tags


@njit(cache=True, nogil=True)
def _child(node, char, child_first, child_char, child_node):
    """The trie node under ``node`` by ``char`` (children sorted by character), or -1."""
    lo = child_first[node]
    hi = child_first[node + 1]
    while lo < hi:
        mid = (lo + hi) // 2
        found = child_char[mid]
        if found < char:
            lo = mid + 1
        elif found > char:
            hi = mid
        else:
            return child_node[mid]
    return -1


@njit(cache=True, nogil=True)
def word_scores(codes, guess, child_first, child_char, child_node, hit_first, hit_column, hit_value,
                open_compact, nopen, suffix_first, suffix_char, suffix_node, suffix_row, suffix_known,
                suffix_value, empty_suffix, base, open_columns, penalty):
    """:func:`scores` of the word with code points ``codes``, its known morphemes found in
    a trie of HanTa's morphemes (node ``n``'s tags and scores are
    ``hit_column/hit_value[hit_first[n]:hit_first[n + 1]]``) and, when ``guess``, its
    suffixes in a trie of the guesser's reversed suffixes (``suffix_row[n]``, -1 where the
    node is no suffix). Returns the matrix and the word's compact numbering of columns:
    the open tags, then the others its morphemes have in order of first appearance."""
    wlen = codes.shape[0]
    # the substrings that are known morphemes: (start, end, trie node)
    found_start = np.empty(wlen * (wlen + 1) // 2 + 1, dtype=np.int64)
    found_end = np.empty_like(found_start)
    found_node = np.empty_like(found_start)
    nfound = 0
    compact = open_compact.copy()
    used = nopen
    nhits = 0
    for i in range(wlen):
        node = 0
        for j in range(i, wlen):
            node = _child(node, codes[j], child_first, child_char, child_node)
            if node < 0:
                break
            if hit_first[node + 1] > hit_first[node]:
                found_start[nfound] = i
                found_end[nfound] = j + 1
                found_node[nfound] = node
                nfound += 1
                nhits += hit_first[node + 1] - hit_first[node]
                for h in range(hit_first[node], hit_first[node + 1]):
                    if compact[hit_column[h]] < 0:
                        compact[hit_column[h]] = used
                        used += 1
    hit_start = np.empty(nhits, dtype=np.int64)
    hit_end = np.empty(nhits, dtype=np.int64)
    hit_col = np.empty(nhits, dtype=np.int64)
    hit_val = np.empty(nhits)
    n = 0
    for f in range(nfound):
        node = found_node[f]
        for h in range(hit_first[node], hit_first[node + 1]):
            hit_start[n] = found_start[f]
            hit_end[n] = found_end[f]
            hit_col[n] = compact[hit_column[h]]
            hit_val[n] = hit_value[h]
            n += 1
    suffix_rows = np.full((4, wlen + 1), -1, dtype=np.int64)
    if guess:
        for j in range(1, wlen + 1):
            node = 0
            for k in range(1, 5):
                if j - k < 0:
                    break
                node = _child(node, codes[j - k], suffix_first, suffix_char, suffix_node)
                if node < 0:
                    break
                suffix_rows[k - 1, j] = suffix_row[node]
    out = scores(wlen, used, hit_start, hit_end, hit_col, hit_val, guess, suffix_rows, suffix_known,
                 suffix_value, empty_suffix, base, open_columns, penalty)
    return out, compact


@njit(cache=True, nogil=True)
def word_end(values, order, count, j, final_first, final_tag, final_lp, final_dest, nends, target, any_target):
    """The word's last step from the states at its end (position ``j``, in the order they
    entered it) to its end states: each state's transitions ``final_*[final_first[s]:]`` in
    HanTa's order, or, unless ``any_target``, only its first one to the end tag ``target``.
    Returns the end states in the order they were first reached, their best scores, and the
    state each best came from (the first of equal scores, as in HanTa)."""
    best = np.full(nends, -np.inf)
    came = np.full(nends, -1, dtype=np.int64)
    reached = np.empty(nends, dtype=np.int64)
    n = 0
    for r in range(count[j]):
        state = order[j, r]
        lp = values[j, state]
        for e in range(final_first[state], final_first[state + 1]):
            if not any_target and final_tag[e] != target:
                continue
            lp1 = lp + final_lp[e]
            if lp1 > _LOWER:
                d = final_dest[e]
                if came[d] < 0:
                    reached[n] = d
                    n += 1
                    best[d] = lp1
                    came[d] = state
                elif lp1 > best[d]:
                    best[d] = lp1
                    came[d] = state
            if not any_target:
                break
    ids = reached[:n].copy()
    return ids, best[ids], came[ids]


@njit(cache=True, nogil=True)
def forward(scores, compact, wlen, nstates, first, column, trans, dest, allowed, final_first, final_tag,
            final_trans, final_dest, nends):
    """The forward pass over a word's morphemes (:func:`search` from the start state, state 0)
    and its last step to every end (:func:`word_end`), in one call: the end states in the
    order reached and their best scores."""
    values, order, count, _, _ = search(scores, compact, wlen, 0, nstates, first, column, trans, dest, allowed,
                                        False)
    ends, best, _ = word_end(values, order, count, wlen, final_first, final_tag, final_trans, final_dest, nends,
                             0, True)
    return ends, best


@njit(cache=True, nogil=True)
def viterbi(scores, compact, wlen, nstates, first, column, trans, dest, allowed, final_first, final_tag,
            final_trans, final_dest, nends, target):
    """The Viterbi pass over a word's morphemes to the end of the part of speech ``target``:
    the best path's states and the positions where they end, first to last, starting with
    the first morpheme's state and ending with the end state (numbered as the end states of
    :func:`word_end`, the others as the states of ``first``); empty when no path ends there."""
    values, order, count, from_state, from_pos = search(scores, compact, wlen, 0, nstates, first, column, trans,
                                                        dest, allowed, True)
    ends, best, came = word_end(values, order, count, wlen, final_first, final_tag, final_trans, final_dest,
                                nends, target, False)
    if ends.shape[0] == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    k = 0
    for r in range(1, ends.shape[0]):      # the first of the best, as HanTa's search keeps it
        if best[r] > best[k]:
            k = r
    states = np.empty(wlen + 2, dtype=np.int64)
    at = np.empty(wlen + 2, dtype=np.int64)
    states[0] = ends[k]
    at[0] = wlen + 1
    n = 1
    state = came[k]
    i = wlen
    while i > 0:
        states[n] = state
        at[n] = i
        n += 1
        state, i = from_state[i, state], from_pos[i, state]
    return states[n - 1::-1].copy(), at[n - 1::-1].copy()


@njit(cache=True, nogil=True)
def forward_words(codes, offsets, guess, child_first, child_char, child_node, hit_first, hit_column, hit_value,
                  open_compact, nopen, suffix_first, suffix_char, suffix_node, suffix_row, suffix_known,
                  suffix_value, empty_suffix, base, open_columns, penalty, nstates, first, column, trans, dest,
                  allowed, final_first, final_tag, final_trans, final_dest, nends):
    """:func:`word_scores` and :func:`forward` of many words in one call (word ``k`` has the
    code points ``codes[offsets[k]:offsets[k + 1]]``): the end states and scores of word
    ``k`` are ``ends/scores[found[k]:found[k + 1]]``."""
    nwords = offsets.shape[0] - 1
    found = np.zeros(nwords + 1, dtype=np.int64)
    all_ends = np.empty(nwords * nends, dtype=np.int64)
    all_scores = np.empty(nwords * nends)
    n = 0
    for k in range(nwords):
        matrix, compact = word_scores(codes[offsets[k]:offsets[k + 1]], guess, child_first, child_char, child_node,
                                      hit_first, hit_column, hit_value, open_compact, nopen, suffix_first,
                                      suffix_char, suffix_node, suffix_row, suffix_known, suffix_value, empty_suffix,
                                      base, open_columns, penalty)
        ends, best = forward(matrix, compact, offsets[k + 1] - offsets[k], nstates, first, column, trans, dest,
                             allowed, final_first, final_tag, final_trans, final_dest, nends)
        for r in range(ends.shape[0]):
            all_ends[n] = ends[r]
            all_scores[n] = best[r]
            n += 1
        found[k + 1] = n
    return found, all_ends[:n].copy(), all_scores[:n].copy()


@njit(cache=True, nogil=True)
def viterbi_words(codes, offsets, targets, allowed, child_first, child_char, child_node, hit_first, hit_column,
                  hit_value, open_compact, nopen, suffix_first, suffix_char, suffix_node, suffix_row, suffix_known,
                  suffix_value, empty_suffix, base, open_columns, penalty, nstates, first, column, trans, dest,
                  final_first, final_tag, final_trans, final_dest, nends):
    """:func:`viterbi` of many words in one call, each to its end tag ``targets[k]`` with
    the tags ``allowed[k]``: on the word's known morphemes first and, when no path ends,
    with guesses for unknown ones (HanTa's two tries). The path of word ``k`` is
    ``states/ends[found[k]:found[k + 1]]``, empty when neither try ends."""
    nwords = offsets.shape[0] - 1
    found = np.zeros(nwords + 1, dtype=np.int64)
    all_states = np.empty(codes.shape[0] + 2 * nwords, dtype=np.int64)
    all_ends = np.empty(codes.shape[0] + 2 * nwords, dtype=np.int64)
    n = 0
    for k in range(nwords):
        word = codes[offsets[k]:offsets[k + 1]]
        wlen = offsets[k + 1] - offsets[k]
        for guess in (False, True):
            matrix, compact = word_scores(word, guess, child_first, child_char, child_node, hit_first, hit_column,
                                          hit_value, open_compact, nopen, suffix_first, suffix_char, suffix_node,
                                          suffix_row, suffix_known, suffix_value, empty_suffix, base, open_columns,
                                          penalty)
            states, ends = viterbi(matrix, compact, wlen, nstates, first, column, trans, dest, allowed[k],
                                   final_first, final_tag, final_trans, final_dest, nends, targets[k])
            if states.shape[0] > 0:
                break
        for r in range(states.shape[0]):
            all_states[n] = states[r]
            all_ends[n] = ends[r]
            n += 1
        found[k + 1] = n
    return found, all_states[:n].copy(), all_ends[:n].copy()
