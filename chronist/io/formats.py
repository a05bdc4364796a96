"""Article formats other than JSON Lines: plain text, HTML pages, RSS/Atom feeds, CSV.

Each function turns the text of one file into article fields; the readers in
:mod:`chronist.io.readers` decide what becomes of problems.
"""
from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import itertools
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import BinaryIO

import yaml
from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import iterparse

from chronist.errors import InputError

log = logging.getLogger(__name__)

#: Fewer words than this after extraction: the page or feed item holds no article.
MIN_WORDS = 8

# "Seoul/Washington (dpa) - ", "BERLIN (Reuters) — ", "Paris (AFP/dpa) – "
_DATELINE = re.compile(r"^\s*(?P<place>[A-ZÄÖÜ][\w.'/ -]{0,60}?)\s*\((?P<agency>[A-Za-z][\w/.-]{1,20})\)\s*[-–—]\s")
_FRONT = re.compile(r"\A---[ \t]*\r?\n(?P<block>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_META_KEYS = ("title", "date", "source", "url", "lang", "id")


@dataclass(slots=True)
class Fields:
    """What a format yields for one article, before it becomes an ``Article``."""

    text: str
    title: str | None = None
    date: str | None = None           # as written in the source, parsed by the reader
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    id: str | None = None


def parse_plain(text: str, *, where: str) -> Fields:
    """A plain text article; a front-matter block (``---`` YAML ``---``) or a dpa-style
    dateline ("Seoul/Washington (dpa) - ...") on the first line carries metadata."""
    meta: dict = {}
    match = _FRONT.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group("block"))
        except yaml.YAMLError as exc:
            raise InputError(f"{where}: the front-matter block is not YAML ({exc.problem}); "
                             "write it as key: value lines between two --- lines") from None
        if isinstance(loaded, dict):
            unknown = sorted(set(map(str, loaded)) - set(_META_KEYS))
            if unknown:
                log.info("%s: front-matter keys %s ignored; known: %s", where, unknown, ", ".join(_META_KEYS))
            meta = {k: loaded.get(k) for k in _META_KEYS if loaded.get(k) not in (None, "")}
            text = text[match.end():]
    fields = Fields(text=text, **{k: str(v) if k != "date" else v for k, v in meta.items()})
    if isinstance(fields.date, (dt.date, dt.datetime)):
        fields.date = fields.date.isoformat()
    elif fields.date is not None:
        fields.date = str(fields.date)
    line = next((l for l in text.splitlines() if l.strip()), "")
    dateline = _DATELINE.match(line)
    if dateline and fields.source is None:
        fields.source = dateline.group("agency")
    return fields


def word_count(text: str) -> int:
    return len(text.split())


def parse_html(text: str, *, where: str) -> Fields | None:
    """The main text, title and date of an HTML page (``trafilatura``); None when it holds no article."""
    import trafilatura
    found = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                        include_tables=False)
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if word_count(body) < MIN_WORDS:
        return None
    return Fields(text=body, title=getattr(found, "title", None), date=getattr(found, "date", None),
                  url=getattr(found, "url", None), source=getattr(found, "sitename", None),
                  lang=getattr(found, "language", None))


class _TextOnly(HTMLParser):
    """Text of an HTML fragment (feed descriptions), block elements as line breaks."""

    _BLOCKS = frozenset("p br div li h1 h2 h3 h4 h5 h6 tr blockquote".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_fragment_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    value = "".join(element.itertext()).strip()
    return value or None


def feed_date(value: str | None) -> str | None:
    """An RSS (RFC 822) or Atom (RFC 3339) date as YYYY-MM-DD; other forms are returned as written."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return value.strip()


def _xml_refused(exc: DefusedXmlException) -> str:
    """The reason a feed with a DTD construct is refused, naming the attack it looks like."""
    if isinstance(exc, EntitiesForbidden) and (exc.sysid or exc.pubid):
        return (f"declares the external XML entity {exc.name!r} ({exc.sysid or exc.pubid}): refused as an "
                "XXE attack; feeds need no entity declarations, remove the DOCTYPE block")
    if isinstance(exc, EntitiesForbidden):
        return (f"declares the XML entity {exc.name!r}: refused as an entity bomb (billion laughs); "
                "feeds need no entity declarations, remove the DOCTYPE block")
    if isinstance(exc, ExternalReferenceForbidden):
        return (f"refers to an external resource ({exc.sysid or exc.pubid!r}): refused as an external entity "
                "(XXE); remove the DOCTYPE block")
    if isinstance(exc, DTDForbidden):
        return "has a DOCTYPE block: refused; remove it"
    return f"unsafe XML ({type(exc).__name__}); remove the DOCTYPE block"


def parse_feed(source: BinaryIO | bytes, *, where: str) -> Iterator[tuple[int, Fields | None]]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed as (item number, fields or None when empty).

    The feed is streamed (``iterparse``): each item is turned into fields and then
    dropped, so memory stays flat however long the feed is. The parser is defusedxml's:
    entity declarations (billion laughs, XXE) are refused, whatever expat version is linked.
    Raises InputError naming the line and column when the XML is not well formed (the
    items before it have been yielded).
    """
    handle = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    kind = None
    channel_lang = None
    open_items = 0              # items or entries open around the current element
    number = 0
    stack: list[ET.Element] = []
    try:
        for event, element in iterparse(handle, events=("start", "end")):
            name = _local(element.tag)
            if event == "start":
                if not stack:
                    kind = name
                    if kind not in ("rss", "RDF", "feed"):
                        raise InputError(f"{where}: an XML file but not an RSS or Atom feed (root element "
                                         f"<{kind}>); give an RSS or Atom feed")
                    channel_lang = element.get("{http://www.w3.org/XML/1998/namespace}lang")
                stack.append(element)
                open_items += name in ("item", "entry")
                continue
            stack.pop()
            if name == "language" and not open_items and kind == "rss" and channel_lang is None:
                channel_lang = _text(element)
            if name not in ("item", "entry"):
                continue
            open_items -= 1
            if open_items:
                continue
            number += 1
            yield number, _item_fields(element, kind=kind, channel_lang=channel_lang)
            if stack:                              # the item is done: free it
                stack[-1].remove(element)
    except ET.ParseError as exc:
        line, column = exc.position
        raise InputError(f"{where}: not well-formed XML (line {line}, column {column}); "
                         "save the feed again or check it with an XML validator") from None
    except DefusedXmlException as exc:
        raise InputError(f"{where}: {_xml_refused(exc)}") from None


def _item_fields(item: ET.Element, *, kind: str, channel_lang: str | None) -> Fields | None:
    body = _text(_child(item, "encoded", "content")) or _text(_child(item, "description", "summary")) or ""
    body = html_fragment_text(body) if "<" in body else body.strip()
    if word_count(body) < MIN_WORDS:
        return None
    link = _child(item, "link")
    url = (link.get("href") or _text(link)) if link is not None else None
    date = _text(_child(item, "pubDate", "published", "date", "updated"))
    return Fields(text=body, title=_text(_child(item, "title")), url=url,
                  date=feed_date(date) if kind != "feed" else (date or None),
                  id=_text(_child(item, "guid", "id")), lang=(channel_lang or "")[:2] or None)


def csv_rows(handle: io.TextIOBase, *, where: str,
             max_field: int = 4_000_000) -> Iterator[tuple[int, Fields | InputError | None]]:
    """Rows of a CSV file of articles as (line number, fields, or None when a row has no text,
    or an InputError for a row that cannot be read: a field over ``max_field`` characters).

    Two layouts: a header row naming a ``text`` column (and optionally ``id``,
    ``title``, ``date``, ``url``, ``source``, ``lang``), delimiter ``,`` ``;``
    or tab; or no header and ``category;text`` rows quoted with ``'`` (10kGNAD).
    """
    csv.field_size_limit(max_field)     # the default, 128 KiB, is less than one long article
    first = handle.readline(max_field)
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter), [])]
    except csv.Error:
        header = []
    if "text" in header:
        reader = csv.reader(handle, delimiter=delimiter)
        line = 1
    else:
        header = []
        reader = csv.reader(itertools.chain([first], handle), delimiter=";", quotechar="'")
        line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number, line = line + 1, reader.line_num + (1 if header else 0)
            yield number, InputError(f"{where}:{number}: the row cannot be read ({exc}); "
                                     f"rows longer than {max_field:,} characters are not articles")
            continue
        number, line = line + 1, reader.line_num + (1 if header else 0)
        if not any(cell.strip() for cell in row):
            continue
        if header:
            record = dict(zip(header, row))
            fields = Fields(text=record.get("text", ""), **{k: record.get(k) or None
                                                            for k in ("title", "date", "url", "source", "lang", "id")})
        else:
            fields = Fields(text=row[1] if len(row) > 1 else "")
        yield number, (fields if fields.text.strip() else None)
