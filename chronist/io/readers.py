"""Reading articles from files, folders and standard input.

Formats, chosen by extension (standard input and unknown extensions are sniffed):

- plain text (``.txt``, ``.text``, ``.md``, anything else): one article a file, its
  id the file name; a front-matter block or a dpa-style dateline may carry
  metadata (:func:`chronist.io.formats.parse_plain`);
- JSON Lines (``.jsonl``, ``.ndjson``): one article a line with ``text`` and
  optionally ``id``, ``lang``, ``date`` (or ``pub_date``, as gold files have
  it), ``title``, ``url``, ``source``. Consecutive records that share a ``doc``
  (gold files) are one article whose sentences are the records' texts;
- HTML pages (``.html``, ``.htm``): main text, title and date by trafilatura;
- RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``): one article an item;
- CSV (``.csv``): a ``text`` column, or ``category;text`` rows (10kGNAD);
- folders: the files above, recursively, in name order; other files are
  listed as ignored.

:func:`iter_inputs` yields one :class:`Input` per article found, problems
included: an input the reader could not turn into an article carries a state
(``skipped`` with the reason, or ``failed`` with the error) instead of being
dropped, so that ingest can record it. :func:`read_articles` is the strict
form for ``chronist code`` and the evaluation: the first problem raises.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from chronist.errors import InputError
from chronist.io import formats
from chronist.io.decode import clean_controls, decode
from chronist.lang.segments import join_sentences
from chronist.model import Article

log = logging.getLogger(__name__)

KINDS = {".txt": "text", ".text": "text", ".md": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
         ".html": "html", ".htm": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed", ".csv": "csv"}
#: Longest article text coded; longer ones are skipped with the reason (raise with ``max_chars``).
DEFAULT_MAX_CHARS = 1_000_000
STDIN = "-"
#: The string fields of a JSON Lines record besides ``text``; ``id`` and ``doc`` may also be numbers.
RECORD_STRINGS = ("title", "url", "source", "lang", "date", "pub_date")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LATIN_FALLBACK = "chronist-cp1252"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: bytes that are not UTF-8 are read as Windows-1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252", "replace"), exc.end


codecs.register_error(_LATIN_FALLBACK, _cp1252_fallback)


@dataclass(slots=True)
class Input:
    """One article read from the input, or what stands in for it when reading failed."""

    where: str                     # "news/a.txt", "dump.jsonl:12", "feed.xml#3", "<stdin>"
    article: Article
    state: str | None = None       # None: to be coded; "skipped" or "failed": decided while reading
    reason: str | None = None
    key: str | None = None         # the store identity of a problem row (see input_key)
    done: int = 0                  # bytes of the whole input read up to here (for progress)


@dataclass(slots=True)
class Source:
    """A file to read: its path, the name its articles are known by, its format and size."""

    path: Path
    name: str
    kind: str
    size: int
    stdin: bool = False
    problem: str | None = None     # why it cannot be read (a dangling link, a FIFO ...): recorded as failed
    keep: object | None = None     # what must stay open while the source is read (the stdin spool)


@dataclass(slots=True)
class Listing:
    sources: list[Source] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)   # files in folders with another extension

    @property
    def size(self) -> int:
        return sum(s.size for s in self.sources)


def input_key(where: str) -> str:
    """Store identity of an input recorded without an article text of its own (an empty or
    unreadable file, a broken line): its place, so that reading it again finds the same row."""
    return "input:" + hashlib.sha256(where.encode("utf-8")).hexdigest()


def parse_date(value: object, *, where: str) -> dt.date | None:
    """An ISO publication date (a timestamp keeps its day); None stays None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not an ISO date; write it as YYYY-MM-DD") from None


# -- listing ----------------------------------------------------------------


def list_sources(names: Iterable[str | Path], *, stdin: BinaryIO | None = None) -> Listing:
    """The files behind command-line arguments: files, folders (recursively) and ``-``.

    Raises InputError for a name that does not exist, before anything is read.
    """
    listing = Listing()
    for name in names:
        if str(name) == STDIN:
            listing.sources.append(_spool_stdin(stdin or sys.stdin.buffer))
            continue
        path = Path(name)
        if path.is_dir():
            _walk(path, listing)
        elif path.is_file():
            listing.sources.append(Source(path, path.name, KINDS.get(path.suffix.lower()) or _sniff(path),
                                          path.stat().st_size))
        elif path.is_symlink():
            listing.sources.append(_unreadable(path, path.name))
        else:
            raise InputError(f"{path}: no such file" if not path.exists() else
                             f"{path}: not a regular file; give files, folders or - for standard input")
    return listing


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _not_regular(mode: int) -> str | None:
    """What a file that is not a regular file is ("a FIFO", ...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _FILE_KINDS if test(mode)), "not a regular file")


def _unreadable(path: Path, name: str, error: OSError | None = None) -> Source:
    """A source that cannot be read, with the reason (recorded as a failed input)."""
    if error is None:
        try:
            os.stat(path)
        except OSError as exc:
            error = exc
    if path.is_symlink() and isinstance(error, FileNotFoundError):
        why = f"a symbolic link to a missing file ({os.readlink(path)}); fix or remove the link"
    elif error is not None and error.errno == 40:        # ELOOP
        why = "a symbolic link that points back to itself (a loop); fix or remove the link"
    elif isinstance(error, PermissionError):
        why = "no permission to read it; make it readable (chmod +r) or leave it out"
    else:
        why = f"cannot be read ({error.strerror if error is not None else 'unknown error'}); check the file"
    return Source(path, name, "problem", 0, problem=why)


def _walk(folder: Path, listing: Listing) -> None:
    def unreadable_folder(error: OSError) -> None:
        where = Path(error.filename or folder)
        listing.sources.append(_unreadable(where, where.as_posix(), error))

    for root, dirs, files in os.walk(folder, onerror=unreadable_folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            path = Path(root, file)
            kind = KINDS.get(path.suffix.lower())
            if file.startswith(".") or kind is None:
                listing.ignored.append(path)
                continue
            name = path.relative_to(folder.parent).as_posix() if folder.parent != folder else file
            try:
                info = os.stat(path)              # follows a link: what would be read
            except OSError as exc:
                listing.sources.append(_unreadable(path, name, exc))
                continue
            other = _not_regular(info.st_mode)
            if other is not None:
                listing.sources.append(Source(path, name, "problem", 0,
                                              problem=f"not a regular file but {other}; only regular files "
                                                      "are read, leave it out"))
                continue
            listing.sources.append(Source(path, name, kind, info.st_size))


def _sniff_bytes(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    if start.startswith(b"<"):
        return "feed" if (b"<rss" in start or b"<feed" in start or b"<rdf" in start or b"<?xml" in start) \
            else "html"
    return "text"


def _sniff(path: Path) -> str:
    """The format of a file without a known extension: JSON Lines, HTML or a feed by their
    first characters, else plain text (also when it cannot be read now: reading it says why)."""
    try:
        with _open_regular(path) as handle:
            return _sniff_bytes(handle.read(512))
    except (OSError, InputError):
        return "text"


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary mode, if it is a regular file.

    Opened without blocking first, so that a FIFO (which would wait for a writer
    forever) is refused rather than read; raises InputError for anything but a
    regular file, OSError when it cannot be opened.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        other = _not_regular(os.fstat(fd).st_mode)
        if other is not None:
            raise InputError(f"{path}: not a regular file but {other}; only regular files are read")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path) -> bytes:
    with _open_regular(path) as handle:
        return handle.read()


def _spool_stdin(stream: BinaryIO) -> Source:
    """Standard input, copied to a temporary file so it can be read like any file.

    The file has no name (it is removed at once, or made with O_TMPFILE): a killed
    run leaves nothing behind in the temporary folder. It is read again through
    ``/proc/self/fd``; where that does not exist, a named file is removed after reading.
    """
    fd_folder = Path("/proc/self/fd")
    if fd_folder.is_dir():
        spool = tempfile.TemporaryFile(prefix="chronist-stdin-")
        path = fd_folder / str(spool.fileno())
    else:                                               # pragma: no cover (not Linux)
        spool = tempfile.NamedTemporaryFile(prefix="chronist-stdin-", delete=False)
        path = Path(spool.name)
    while chunk := stream.read(1 << 20):
        spool.write(chunk)
    spool.flush()
    return Source(path, "<stdin>", _sniff(path), os.fstat(spool.fileno()).st_size, stdin=True, keep=spool)


# -- reading ----------------------------------------------------------------


def iter_inputs(listing: Listing, *, date: dt.date | None = None, lang: str | None = None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Input]:
    """Every article of every source, problems included (see the module docstring)."""
    base = 0
    for source in listing.sources:
        reader = _READERS[source.kind]
        where = _where(source)
        try:
            for item in reader(source, date=date, lang=lang, max_chars=max_chars):
                item.done += base
                yield item
        except InputError as exc:           # a file that turned out unreadable: the next one is read
            yield _problem(where, "failed", str(exc).removeprefix(f"{where}: "), article_id=source.name,
                           done=base + source.size)
        except OSError as exc:
            yield _problem(where, "failed", f"cannot be read ({exc.strerror or exc}); check the file",
                           article_id=source.name, done=base + source.size)
        except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
            log.debug("reading %s failed", where, exc_info=True)
            yield _problem(where, "failed", f"cannot be read ({type(exc).__name__}: {exc})",
                           article_id=source.name, done=base + source.size)
        finally:
            if source.keep is not None:
                source.keep.close()
            if source.stdin and not str(source.path).startswith("/proc/"):
                source.path.unlink(missing_ok=True)
        base += source.size


def _problem(where: str, state: str, reason: str, *, article_id: str | None = None,
             text: str = "", done: int = 0) -> Input:
    return Input(where=where, article=Article(text=text, id=article_id or where), state=state, reason=reason,
                 key=input_key(where), done=done)


def _too_long(chars: int, max_chars: int, unit: str = "characters") -> str:
    return (f"too long: {chars:,} {unit}, more than the {max_chars:,} characters one article may have; "
            "split it, or raise the limit with --max-chars")


def _whole_file(source: Source, *, max_chars: int) -> tuple[str | None, Input | None]:
    """The decoded text of a one-article file, or the problem input standing in for it."""
    where = _where(source)
    if source.size > 4 * max_chars + 4:            # more bytes than max_chars characters can take
        return None, _problem(where, "skipped", _too_long(source.size, max_chars, "bytes"),
                              article_id=source.name, done=source.size)
    data = _read_bytes(source.path)
    try:
        text = decode(data, where=where)
    except InputError as exc:
        return None, _problem(where, "failed", str(exc).removeprefix(f"{where}: "),
                              article_id=source.name, done=source.size)
    if not text.strip():
        return None, _problem(where, "skipped", "no text: the file is empty",
                              article_id=source.name, done=source.size)
    if len(text) > max_chars:
        return None, _problem(where, "skipped", _too_long(len(text), max_chars),
                              article_id=source.name, done=source.size)
    return text, None


def _build(fields: formats.Fields, *, article_id: str, where: str, date: dt.date | None,
           lang: str | None, sentences: list[str] | None = None) -> Article:
    """An Article from format fields; a bad date raises InputError naming ``where``.

    Control characters are removed from the text (a text that is mostly control
    characters raises InputError: binary data); a lone surrogate raises InputError."""
    text = clean_controls(fields.text, where=where)
    if sentences is not None and text is not fields.text:
        sentences = [clean_controls(s, where=where) for s in sentences]
    return Article(text=text, id=fields.id or article_id, title=fields.title, source=fields.source,
                   url=fields.url, date=parse_date(fields.date, where=where) or date,
                   lang=(fields.lang or "").lower()[:2] or lang, sentences=sentences)


def _record_input(where: str, item_id: str, fields: formats.Fields | None, done: int, empty: str, *,
                  article_id: str, date: dt.date | None, lang: str | None, max_chars: int) -> Input:
    """One feed item or CSV row: skipped when it has no text or too much, else its article."""
    if fields is None:
        return _problem(where, "skipped", empty, article_id=item_id, done=done)
    if len(fields.text) > max_chars:
        return _problem(where, "skipped", _too_long(len(fields.text), max_chars),
                        article_id=fields.id or item_id, done=done)
    return _one(where, fields.text,
                lambda: _build(fields, article_id=article_id, where=where, date=date, lang=lang),
                article_id=item_id, done=done)


def _one(where: str, raw: str, make, *, article_id: str, done: int) -> Input:
    """Call ``make()`` for the article; an InputError becomes a failed input."""
    try:
        return Input(where=where, article=make(), done=done)
    except InputError as exc:
        return _problem(where, "failed", str(exc).removeprefix(f"{where}: "), article_id=article_id,
                        text=_storable(raw[:10_000]), done=done)


def _storable(text: str) -> str:
    """``text`` as the store can keep it: lone surrogates replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _read_problem(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    """A file found in a folder that cannot be read: a dangling or looping link, no permission, a FIFO."""
    yield _problem(str(source.path), "failed", source.problem or "cannot be read", article_id=source.name)


def _where(source: Source) -> str:
    """How an input names its file: the path, or the name of standard input."""
    return str(source.path) if not source.stdin else source.name


def _read_text(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    text, where, problem = _whole_input(source, max_chars=max_chars)
    if problem:
        yield problem
        return
    yield _one(where, text, lambda: _build(formats.parse_plain(text, where=where), article_id=source.name,
                                           where=where, date=date, lang=lang),
               article_id=source.name, done=source.size)


def _read_html(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    text, where, problem = _whole_input(source, max_chars=max_chars)
    if problem:
        yield problem
        return
    fields = formats.parse_html(text, where=where)
    if fields is None:
        yield _problem(where, "skipped", "no text: no article found in the HTML page "
                       f"(fewer than {formats.MIN_WORDS} words of main text)",
                       article_id=source.name, done=source.size)
        return
    yield _one(where, text, lambda: _build(fields, article_id=source.name, where=where, date=date, lang=lang),
               article_id=source.name, done=source.size)


def _whole_input(source: Source, *, max_chars: int) -> tuple[str | None, str, Input | None]:
    """A file read whole: (text, how the input names it, None) or (None, name, the problem)."""
    text, problem = _whole_file(source, max_chars=max_chars)
    return text, _where(source), problem


def _read_feed(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    """The items of a feed, streamed: one item in memory at a time, however long the feed."""
    where = _where(source)
    with _open_regular(source.path) as handle:
        items = 0
        try:
            for number, fields in formats.parse_feed(handle, where=where):
                items += 1
                item_where = f"{where}#{number}"
                item_id = f"{source.name}#{number}"
                done = min(handle.tell(), source.size)
                yield _record_input(item_where, item_id, fields, done, "no text: the feed item has no text",
                                    article_id=(fields.url if fields else None) or item_id,
                                    date=date, lang=lang, max_chars=max_chars)
        except InputError as exc:
            yield _problem(where, "failed", str(exc).removeprefix(f"{where}: "), article_id=source.name,
                           done=source.size)
            return
    if not items:
        yield _problem(where, "skipped", "no text: the feed has no items", article_id=source.name,
                       done=source.size)


def _read_csv(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    where = _where(source)
    with _open_regular(source.path) as raw:
        encoding = "utf-8-sig" if raw.read(3) == b"\xef\xbb\xbf" else "utf-8"
        raw.seek(0)
        # Bytes that are not UTF-8 are read as Windows-1252 where they stand, not the whole file.
        handle = io.TextIOWrapper(raw, encoding=encoding, errors=_LATIN_FALLBACK, newline="")
        for number, fields in formats.csv_rows(handle, where=where, max_field=4 * max_chars + 4):
            row_where = f"{where}:{number}"
            row_id = f"{source.name}:{number}"
            done = min(raw.tell(), source.size)
            if isinstance(fields, InputError):
                yield _problem(row_where, "failed", str(fields).removeprefix(f"{row_where}: "),
                               article_id=row_id, done=done)
            else:
                yield _record_input(row_where, row_id, fields, done, "no text: the row's text is empty",
                                    article_id=row_id, date=date, lang=lang, max_chars=max_chars)


def _read_jsonl(source: Source, *, date, lang, max_chars) -> Iterator[Input]:
    where = _where(source)
    group: list[tuple[str, dict]] = []       # consecutive records of one gold doc
    done = 0
    with _open_regular(source.path) as handle:
        for number, (raw, size) in enumerate(_lines(handle, limit=_line_limit(max_chars)), 1):
            done += size
            line_where = f"{where}:{number}"
            record, problem = _json_record(raw, size, where=line_where, name=f"{source.name}:{number}",
                                           max_chars=max_chars, first=number == 1, done=done)
            if problem is None and record is None:
                continue                                   # a blank line
            doc = record.get("doc") if record else None
            if group and (problem is not None or doc != group[0][1]["doc"]):
                yield _gold_doc(group, date=date, lang=lang, done=done)
                group = []
            if problem is not None:
                yield problem
            elif doc:
                group.append((line_where, record))
            else:
                yield _one(line_where, record["text"], lambda: _record_article(
                    record, where=line_where, article_id=f"{source.name}:{number}", date=date, lang=lang),
                    article_id=str(record.get("id") or f"{source.name}:{number}"), done=done)
    if group:
        yield _gold_doc(group, date=date, lang=lang, done=done)


def _line_limit(max_chars: int) -> int:
    """Longest JSON Lines line read, in bytes: a text of ``max_chars`` characters and its fields."""
    return 4 * max_chars + 10_000


def _lines(handle: BinaryIO, *, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, its size in bytes) for each line; a line over ``limit`` bytes is not kept in
    memory: (None, its size) stands for it."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(1 << 16)
            if not line:
                break
            size += len(line)
        yield None, size


def _json_record(raw: bytes | None, size: int, *, where: str, name: str, max_chars: int, first: bool,
                 done: int) -> tuple[dict | None, Input | None]:
    if raw is None:
        return None, _problem(where, "skipped", _too_long(size, max_chars, "bytes"),
                              article_id=name, done=done)
    if not raw.strip():
        return None, None
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        return None, _problem(where, "failed", f"not UTF-8 (byte {exc.start}); JSON Lines are UTF-8",
                              article_id=name, done=done)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, _problem(where, "failed", f"not valid JSON ({exc.msg}, column {exc.colno}); "
                              "one JSON object a line", article_id=name, text=_storable(line[:10_000]), done=done)
    except RecursionError:
        return None, _problem(where, "failed", "not a record: JSON nested too deeply; one flat JSON object a line",
                              article_id=name, text=_storable(line[:10_000]), done=done)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None, _problem(where, "failed", 'a record needs a "text" string', article_id=name,
                              text=_storable(line[:10_000]), done=done)
    wrong = _record_problem(record)
    if wrong:
        return None, _problem(where, "failed", wrong, article_id=name, text=_storable(line[:10_000]), done=done)
    article_id = str(record.get("id") or name)
    if not record["text"].strip() and "events" not in record:
        return None, _problem(where, "skipped", "no text: the record's text is empty",
                              article_id=article_id, done=done)
    if len(record["text"]) > max_chars:
        return None, _problem(where, "skipped", _too_long(len(record["text"]), max_chars),
                              article_id=article_id, done=done)
    return record, None


def _record_problem(record: dict) -> str | None:
    """What is wrong with a record's fields (a field of the wrong type, a lone surrogate), or None."""
    for key in ("id", "doc"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int))):
            return f'"{key}" is a {type(value).__name__} ({_short(value)}); give a string or a number'
    for key in RECORD_STRINGS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f'"{key}" is a {type(value).__name__} ({_short(value)}); give a string'
    for key in ("text", "id", "doc", *RECORD_STRINGS):
        value = record.get(key)
        if isinstance(value, str) and _SURROGATE.search(value):
            char = _SURROGATE.search(value).group()
            return (f'"{key}" holds a lone surrogate (\\u{ord(char):04x}), which is not a character; '
                    "fix the \\u escape (a pair such as \\ud83d\\ude00 is fine) or drop it")
    return None


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "..."


def _record_article(record: dict, *, where: str, article_id: str, date: dt.date | None,
                    lang: str | None) -> Article:
    # a gold record is one sentence or passage: keep it whole
    sentences = [record["text"]] if "events" in record else None
    fields = formats.Fields(text=record["text"], title=record.get("title"), url=record.get("url"),
                            source=record.get("source"), lang=record.get("lang"),
                            date=record.get("date", record.get("pub_date")),
                            id=str(record["id"]) if record.get("id") not in (None, "") else None)
    return _build(fields, article_id=article_id, where=where, date=date, lang=lang, sentences=sentences)


def _gold_doc(group: list[tuple[str, dict]], *, date, lang, done: int) -> Input:
    """Records of one article (gold files): its sentences, in file order."""
    where, first = group[0]
    sentences = [record["text"] for _, record in group]

    def make() -> Article:
        article = _record_article(first, where=where, article_id=str(first["doc"]), date=date, lang=lang)
        article.id = str(first["doc"])
        article.text = join_sentences(sentences)
        article.sentences = sentences
        return article
    return _one(where, join_sentences(sentences), make, article_id=str(first["doc"]), done=done)


_READERS = {"text": _read_text, "jsonl": _read_jsonl, "html": _read_html, "feed": _read_feed,
            "csv": _read_csv, "problem": _read_problem}


# -- the strict form ----------------------------------------------------------


def read_articles(path: str | Path, *, date: dt.date | None = None, lang: str | None = None,
                  max_chars: int = DEFAULT_MAX_CHARS) -> list[Article]:
    """The articles in one file. ``date`` and ``lang`` fill in what a record leaves open.

    Raises InputError at the first input that cannot be coded (a broken line,
    an empty or binary file, ...), naming where it is and the fix.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the files inside it")
    articles = []
    for item in iter_inputs(list_sources([path]), date=date, lang=lang, max_chars=max_chars):
        if item.state is not None:
            raise InputError(f"{item.where}: {item.reason}")
        articles.append(item.article)
    return articles


def record_ids(path: str | Path) -> dict[str, list[str]]:
    """For a JSON Lines file: article id → the record ids of its sentences, in order."""
    ids: dict[str, list[str]] = {}
    path = Path(path)
    text = decode(path.read_bytes(), where=str(path))
    for line in text.splitlines():
        if line.strip():
            record = json.loads(line)
            ids.setdefault(record.get("doc") or str(record.get("id")), []).append(str(record.get("id")))
    return ids
