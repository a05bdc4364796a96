"""The fast German tagger (chronist.lang.de.decode) gives exactly HanTa's own tags and
lemmas: on sentences written here (always) and on the first 30 10kGNAD articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from HanTa import HanoverTagger

from chronist.lang.de import split, tag
from chronist.lang.de.decode import Decoder, accelerate

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "de_news_10kgnad.csv"

SENTENCES = [
    "Abe forderte Nordkorea zu einer vollständigen und nachprüfbaren Denuklearisierung auf.",
    "Die Bundesverfassungsgerichtspräsidentin hat die Klage am 12. Juni abgewiesen.",
    "„Wir werden nicht nachgeben“, sagte der US-Außenminister in Washington.",
    "Trump-Administration verhängt Sanktionen gegen Russland wegen des Ukraine-Konflikts.",
    "Zehntausende Demonstranten protestierten gegen die abgesagte Wahl.",
    "Der Vorsitzende der Grünen, Dr. Müller, kritisierte die Regierungserklärung scharf.",
    "XYZ-123 www.example.org/ueberschrift ?! ... 3,5 Mio. Euro (dpa)",
    "Unternehmenssteuerreformgesetz Donaudampfschifffahrtsgesellschaftskapitän Ä Öl über",
]


@pytest.fixture(scope="module")
def reference():
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@pytest.fixture(scope="module")
def fast():
    return accelerate(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))


@pytest.fixture(scope="module")
def python_only():
    """The decoder without its compiled loops (as when numba is not installed)."""
    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    decoder = Decoder(tagger, compiled=False)
    tagger.analyze_forward = decoder.analyze_forward
    tagger.analyze_viterbi = decoder.analyze_viterbi
    tagger.tag_sent_viterbi = decoder.tag_sent_viterbi
    return tagger


@pytest.fixture(scope="module")
def compiled():
    """The decoder on its compiled loops from the first word (sentence and morpheme searches)."""
    pytest.importorskip("numba")
    from chronist.lang.de.decode import _compiled_model
    tagger = accelerate(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))
    tagger.decoder._compiled = _compiled_model(tagger.decoder, tagger)
    tagger.decoder._compile_after = -1
    return tagger


def _words(text: str) -> list[list[str]]:
    tokenizer = tag._tokenizer()
    out = []
    for start, end in split.split_sentences(text):
        words = [t.text for t in tokenizer(text[start:end]) if not t.is_space]
        if words:
            out.append(words)
    return out


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_sentence_tags_and_lemmas_are_hantas(sentence, reference, fast, python_only):
    for words in _words(sentence):
        expected = reference.tag_sent(words, taglevel=1)
        assert fast.tag_sent(words, taglevel=1) == expected
        assert python_only.tag_sent(words, taglevel=1) == expected


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_compiled_searches_give_hantas_tags_and_lemmas(sentence, reference, compiled):
    for words in _words(sentence):
        assert compiled.tag_sent(words, taglevel=1) == reference.tag_sent(words, taglevel=1)
        # the sentence search itself on the compiled tag-pair tables, not its Python fallback
        decoder = compiled.decoder
        scored = [decoder.word_columns(w, i > 0) for i, w in enumerate(words)]
        assert decoder._compiled.sentence(scored) == reference.tag_sent_viterbi(words)


@pytest.mark.parametrize("word", ["denuklearisierung", "nachprüfbaren", "abgesagte", "abgesagt", "us",
                                  "donaudampfschifffahrtsgesellschaftskapitän", "a", "öl", "x" * 60, "3,5"])
def test_word_analyses_are_hantas(word, reference, fast, python_only, compiled):
    expected = reference.analyze_forward(word)
    assert fast.analyze_forward(word) == expected
    assert python_only.analyze_forward(word) == expected
    assert compiled.analyze_forward(word) == expected
    for pos in (-20, -12, -17):
        assert compiled.analyze_viterbi(word, pos) == reference.analyze_viterbi(word, pos)
    for pos in ("NN", "VV(PP)", "ADJ(A)", "NE", "VV(FIN)"):
        assert fast.analyze(word, pos=pos, taglevel=3) == reference.analyze(word, pos=pos, taglevel=3)
        assert python_only.analyze(word, pos=pos, taglevel=3) == reference.analyze(word, pos=pos, taglevel=3)


def test_first_30_10kgnad_articles_tag_as_hanta(reference, fast):
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} not found (shared corpora absent): only the sentences written here were checked")
    from chronist.bench import corpus_articles
    sentences = [w for article in corpus_articles(CORPUS, limit=30) for w in _words(article.text)]
    assert len(sentences) > 500
    mismatches = [words for words in sentences if fast.tag_sent(words, taglevel=1) != reference.tag_sent(words, taglevel=1)]
    assert not mismatches, f"{len(mismatches)} sentences differ, first: {mismatches[0]}"


def test_pipeline_tokens_use_the_fast_tagger_unless_asked(monkeypatch):
    monkeypatch.delenv(tag.REFERENCE_ENV, raising=False)
    assert not tag.reference_path()
    monkeypatch.setenv(tag.REFERENCE_ENV, "hanta")
    assert tag.reference_path()


def test_compile_loads_the_compiled_searches_at_once_and_they_give_hantas_results(reference):
    """A bulk run (ingest worker, benchmark) loads the compiled loops before its first article
    (``Decoder.compile``, called by ``GermanFrontEnd.warm``); a single sentence need not."""
    pytest.importorskip("numba")
    tagger = accelerate(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"))
    decoder = tagger.decoder
    words = _words(SENTENCES[0])[0]
    tagger.tag_sent(words, taglevel=1)
    assert decoder._compiled is None                     # a few new words: the Python loops
    decoder.compile()
    assert decoder._compiled is not None
    decoder.compile()                                     # idempotent
    decoder.clear_caches()
    for sentence in SENTENCES:
        for words in _words(sentence):
            assert tagger.tag_sent(words, taglevel=1) == reference.tag_sent(words, taglevel=1)


def test_compile_loads_every_compiled_search_before_the_first_word():
    """numba reads a compiled function from its cache on its first call (0.5 s for all of them):
    ``compile`` makes those calls, so an ingest pays them once before forking its workers, not
    in each worker's first articles. In a new process: this one may have called them already."""
    pytest.importorskip("numba")
    import subprocess
    import sys
    script = (
        "from HanTa import HanoverTagger\n"
        "from chronist.lang.de import kernels\n"
        "from chronist.lang.de.decode import accelerate\n"
        "accelerate(HanoverTagger.HanoverTagger('morphmodel_ger.pgz')).decoder.compile()\n"
        "names = ('sentence', 'forward', 'viterbi', 'forward_words', 'viterbi_words', 'word_scores')\n"
        "print(' '.join(n for n in names if not getattr(kernels, n).signatures))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                         cwd=Path(__file__).resolve().parents[1])
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""


def test_a_decoder_without_compiled_loops_stays_without_them():
    decoder = Decoder(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"), compiled=False)
    decoder.compile()
    assert decoder._compiled is None


def test_the_german_front_end_warms_the_compiled_searches(monkeypatch):
    pytest.importorskip("numba")
    monkeypatch.delenv(tag.REFERENCE_ENV, raising=False)
    from chronist.lang.de import GermanFrontEnd
    tag.reset()
    try:
        GermanFrontEnd().warm()
        assert tag._tagger().decoder._compiled is not None
    finally:
        tag.reset()


def test_compiled_tables_kept_in_the_cache_folder_give_hantas_results(reference, tmp_path, monkeypatch):
    """The compiled loops' tables are built once and read back by later processes (ingest
    workers): the tables read back equal those built, and tag as HanTa does."""
    pytest.importorskip("numba")
    import numpy as np

    from chronist.loading import CACHE_ENV
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = accelerate(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"), tables="probe-tables").decoder
    built.compile()
    assert [p.name.split("-")[:2] for p in tmp_path.glob("*.pickle")] == [["probe", "tables"]]
    tagger = accelerate(HanoverTagger.HanoverTagger("morphmodel_ger.pgz"), tables="probe-tables")
    tagger.decoder.compile()
    kept, fresh = tagger.decoder._compiled, built._compiled
    assert kept is not fresh and kept.kernels is fresh.kernels and kept.guesser is tagger.decoder._guesser
    for name in ("first", "columns", "trans", "dest", "hit_first", "hit_column", "hit_value", "sent_trans",
                 "sent_rank", "suffix_row"):
        assert np.array_equal(getattr(kept, name), getattr(fresh, name)), name
    assert kept.states == fresh.states and kept.tag_number == fresh.tag_number
    for sentence in SENTENCES:
        for words in _words(sentence):
            assert tagger.tag_sent(words, taglevel=1) == reference.tag_sent(words, taglevel=1)


def test_the_pipeline_tagger_names_its_tables_after_the_model_file(tmp_path):
    model = tmp_path / "morphmodel_ger.pgz"
    model.write_bytes(b"one model")
    first = tag._tables_name(str(tmp_path / "HanoverTagger.py"))
    model.write_bytes(b"another model, longer")
    assert first.startswith("hanta-tables-") and tag._tables_name(str(tmp_path / "HanoverTagger.py")) != first


def test_searches_of_a_whole_sentence_at_once_give_hantas_results(reference, compiled):
    """The forward passes of a sentence's new words and the Viterbi passes of its lemmas are
    done in one compiled call each (``prefetch_forward``, ``prefetch_lemmas``); each word's
    result is HanTa's, including words searched again after the decoder forgot them."""
    decoder = compiled.decoder
    words = [w for sentence in SENTENCES for words in _words(sentence) for w in words] + ["x" * 60, "Öl"]
    pairs = [(w, compiled.tag2int[t]) for w in words for t in ("NN", "VV(PP)", "ADJ(A)", "VV(FIN)")]
    for _ in range(2):
        decoder.clear_caches()
        decoder.prefetch_forward(words)
        ready = dict(decoder._ready_forward)
        assert len(ready) > 12                      # the new words, searched at once
        for word in ready:
            assert decoder.analyze_forward(word) == reference.analyze_forward(word)
        decoder.prefetch_lemmas(pairs)
        ready = dict(decoder._ready_viterbi)
        assert len(ready) > 100
        for word, target in ready:
            assert decoder.analyze_viterbi(word, target) == reference.analyze_viterbi(word, target)
        assert not decoder._ready_forward and not decoder._ready_viterbi
    decoder.prefetch_lemmas(pairs)                  # all searched before: nothing to do
    assert not decoder._ready_viterbi


def test_words_of_runs_seen_before_are_the_tokenizers_words():
    """tag._words keeps each run of non-space characters' words: the same words and offsets as
    spaCy's tokenizer on the whole text, whitespace of every kind left out, runs new or seen."""
    tokenizer = tag._bare_tokenizer()
    pieces = ["Die Regierung (dpa) lehnte z.B. den „Plan“ ab.",
              "  Die  Regierung\tlehnte\u00a0den Plan\u2003ab  ,sagte er:\n„Nein!“ ",
              "US-Präsident/Vize-Kanzlerin; 3,5 Mio. Euro ... www.example.org/a?b=c",
              "", "   ", "Plan Plan Plan."]
    tag._RUN_WORDS.clear()
    for _ in range(2):
        for piece in pieces:
            expected = [(t.text, t.idx) for t in tokenizer(piece) if not t.text.isspace()]
            assert tag._words(piece) == expected
