"""Fuzzing the pipeline: random Unicode and word salad in German and English, for a set time.

    .venv/bin/python benchmarks/fuzz.py --lang de --minutes 10
    .venv/bin/python benchmarks/fuzz.py --lang en --minutes 10 --max-bytes 100000

Every input goes through ``Pipeline.process`` (front-end, actors, coder, time, geo) with a
publication date drawn from the whole calendar (0001-01-01 to 9999-12-31). An exception is a
crash: it is counted, its first line printed with the input that raised it, and the run goes
on. At the end: inputs tried, crashes, and the slowest input with its time (wall clock and
the CPU time of the process, which a loaded machine inflates less) and size, and the input
that took the most CPU time. ``--keep DIR`` writes every input over 5 s there.
Not part of ``make test``; ``tests/test_hostile.py`` runs a bounded version (a few hundred
small examples) with the same strategies.

The inputs (hypothesis strategies, generation only, no shrinking):

- random Unicode text: any code point, surrogates excluded (an Article's text is valid
  Unicode; lone surrogates are refused by the readers);
- word salad: words of the language (news words, actor names, dates, time words), punctuation,
  quotes, brackets and odd white space, in random order;
- hostile pieces: long tokens, runs of punctuation, zero-width spaces, nested brackets, URLs;
- any of these repeated up to ``--max-bytes`` (UTF-8), to find what grows faster than the text.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

WORDS = {
    "de": ("der die das und nicht mit von zu im am auf für sich dass ist hat wurde werden soll "
           "Merkel Macron Putin Trump Abe Nordkorea Russland Ukraine Deutschland Frankreich Israel "
           "Regierung Minister Präsident Kanzlerin Armee Soldaten Rebellen Polizei Demonstranten "
           "forderte auf traf verurteilte drohte griff an kritisierte unterstützte verhandelten "
           "besuchte Gespräche Sanktionen gegen Treffen Forderung Angriff Abkommen "
           "gestern morgen heute vorgestern übermorgen Montag Samstagabend letzte nächste Woche "
           "vor zwei Tagen im März Ende April 12. Juni 2018 diese Jahr sagte erklärte laut "
           "Berlin Seoul (dpa) Washington Kiew Gaza-Streifen US-Präsident Trump-Administration").split(),
    "en": ("the a of and not with to in on for that is has was were will would should "
           "Merkel Macron Putin Trump Abe North Korea Russia Ukraine Germany France Israel "
           "government minister president chancellor army troops rebels police protesters "
           "demanded met condemned threatened attacked criticised supported negotiated visited "
           "talks sanctions against meeting demand attack agreement "
           "yesterday tomorrow today Monday Saturday night last next week two days ago in March "
           "end of April June 12 2018 this year said told according to "
           "Berlin Seoul (Reuters) Washington Kyiv Gaza Strip U.S. President Trump administration").split(),
}
SEPARATORS = (" ", " ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", " - ", " – ", "\t", "\u00a0",
              "\u200b", " „", "“ ", " «", "» ", " (", ") ", ": ", "; ", "...", " '", "' ")
HOSTILE = (".", ",", "(", ")", "\u200b", "\u0301", "-", "/", "_", "a", "x", "https://example.org/a?b=",
           "😀", "\u202e", "\x00", "\x0b", "%", "ß", "İ", "\ufeff")


def article_texts(lang: str, *, max_bytes: int = 100_000, max_words: int = 400) -> st.SearchStrategy[str]:
    """Inputs for one language (see the module docstring), at most ``max_bytes`` in UTF-8."""
    unicode = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300)
    salad = st.lists(st.tuples(st.sampled_from(WORDS[lang]), st.sampled_from(SEPARATORS)),
                     max_size=max_words).map(lambda pairs: "".join(w + s for w, s in pairs))
    hostile = st.lists(st.tuples(st.sampled_from(HOSTILE), st.integers(1, 3000)), min_size=1, max_size=4) \
        .map(lambda parts: " ".join(piece * n for piece, n in parts))
    mixed = st.lists(st.one_of(salad, hostile, unicode), min_size=1, max_size=4).map(" ".join)
    base = st.one_of(unicode, salad, hostile, mixed)
    repeated = st.tuples(base, st.integers(1, 2000)).map(lambda pair: pair[0] * pair[1])

    def fit(text: str) -> str:
        data = text.encode("utf-8")
        return text if len(data) <= max_bytes else data[:max_bytes].decode("utf-8", "ignore")
    return st.one_of(base, base, repeated).map(fit)


pub_dates = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(2018, 5, 27)]))


class TimeUp(BaseException):
    """Raised inside the hypothesis loop when the set time is over (not a failure)."""


def fuzz(lang: str, *, seconds: float, max_bytes: int, pipeline=None, out=sys.stdout,
         max_examples: int = 10**9, keep: Path | None = None) -> dict:
    """Run the pipeline on generated inputs for ``seconds``; returns the figures."""
    from chronist.model import Article
    from chronist.pipeline import Pipeline
    pipeline = pipeline or Pipeline.default()
    warm = {"de": "Seoul (dpa) - Merkel traf gestern Macron in Berlin.",   # loads the gazetteer too
            "en": "SEOUL (Reuters) - Merkel met Macron in Berlin yesterday."}[lang]
    pipeline.process(Article(text=warm, id="warm", date=dt.date(2018, 5, 27)), lang=lang)
    figures = {"lang": lang, "tried": 0, "crashes": 0, "crashed": [], "slowest": 0.0, "slowest_input": "",
               "slowest_bytes": 0, "slowest_cpu": 0.0, "most_cpu": 0.0, "most_cpu_bytes": 0, "bytes": 0}
    deadline = time.monotonic() + seconds

    @settings(max_examples=max_examples, deadline=None, database=None, derandomize=False,
              phases=[Phase.generate], print_blob=False, suppress_health_check=list(HealthCheck))
    @given(text=article_texts(lang, max_bytes=max_bytes), date=pub_dates)
    def one(text: str, date: dt.date | None) -> None:
        if time.monotonic() > deadline:
            raise TimeUp
        figures["tried"] += 1
        size = len(text.encode("utf-8"))
        figures["bytes"] += size
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            pipeline.process(Article(text=text, id=f"fuzz-{figures['tried']}", date=date), lang=lang)
        except Exception as exc:      # a crash: recorded, and the fuzzing goes on
            figures["crashes"] += 1
            if len(figures["crashed"]) < 20:
                figures["crashed"].append((repr(text[:200]), date, f"{type(exc).__name__}: {exc}",
                                           traceback.format_exc(limit=-3)))
            print(f"CRASH {type(exc).__name__}: {exc} on {text[:120]!r} (date {date})", file=out, flush=True)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        if took > figures["slowest"]:
            figures.update(slowest=took, slowest_input=text, slowest_bytes=size, slowest_cpu=cpu)
        if cpu > figures["most_cpu"]:
            figures.update(most_cpu=cpu, most_cpu_bytes=size)
        if took > 5:
            print(f"SLOW {took:.1f} s ({cpu:.1f} s CPU), {size:,} bytes: {text[:120]!r}", file=out, flush=True)
            if keep is not None:
                (keep / f"slow-{figures['tried']}.txt").write_text(text, encoding="utf-8")

    try:
        one()
    except TimeUp:
        pass
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("de", "en"), required=True)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--max-bytes", type=int, default=100_000, help="largest input in UTF-8 bytes")
    parser.add_argument("--keep", type=Path, help="a folder to write every input over 5 s to")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    started = time.monotonic()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    figures = fuzz(args.lang, seconds=args.minutes * 60, max_bytes=args.max_bytes, keep=args.keep)
    elapsed = time.monotonic() - started
    print(f"lang {figures['lang']}: {figures['tried']:,} inputs tried in {elapsed / 60:.1f} min "
          f"({figures['bytes'] / 1e6:.1f} MB), {figures['crashes']} crashes; slowest input "
          f"{figures['slowest']:.2f} s, {figures['slowest_cpu']:.2f} s CPU ({figures['slowest_bytes']:,} bytes): "
          f"{figures['slowest_input'][:160]!r}; most CPU {figures['most_cpu']:.2f} s ({figures['most_cpu_bytes']:,} bytes)")
    for text, date, error, trace in figures["crashed"]:
        print(f"  crash: {error}\n    input {text} date {date}\n{trace}")
    return 1 if figures["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
