"""chronist.loading: building tables with the garbage collector paused, and reading YAML."""
from __future__ import annotations

import dataclasses
import gc
from pathlib import Path

import pytest
import yaml

from chronist.loading import pickled_by_fields, read_yaml, without_gc

PACKAGE = Path(__file__).resolve().parents[1] / "chronist"


def test_collector_is_paused_during_a_build_and_restored_after() -> None:
    seen = []

    @without_gc
    def inner():
        seen.append(("inner", gc.isenabled()))
        return 1

    @without_gc
    def outer():
        seen.append(("outer", gc.isenabled()))
        return inner() + 1

    assert gc.isenabled()
    assert outer() == 2
    assert seen == [("outer", False), ("inner", False)]
    assert gc.isenabled()


def test_collector_is_restored_when_a_build_fails() -> None:
    @without_gc
    def broken():
        raise ValueError("bad data")

    with pytest.raises(ValueError):
        broken()
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused() -> None:
    gc.disable()
    try:
        assert without_gc(gc.isenabled)() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.yaml")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_read_yaml_gives_what_safe_load_gives(path: Path) -> None:
    text = path.read_text("utf-8")
    assert read_yaml(text) == yaml.safe_load(text)


def test_read_yaml_raises_yaml_errors() -> None:
    with pytest.raises(yaml.YAMLError):
        read_yaml("a: [1, 2\nb: 3")


# -- the cache of built tables -------------------------------------------------------------

def _counting_build(calls: list[int]):
    def build() -> dict:
        calls.append(1)
        return {"built": len(calls), "table": list(range(100))}
    return build


def test_a_table_is_built_once_then_read_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    from chronist.loading import CACHE_ENV, cached
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    calls: list[int] = []
    first = cached("probe", _counting_build(calls))
    second = cached("probe", _counting_build(calls))
    assert first == second == {"built": 1, "table": list(range(100))}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in tmp_path.glob("*.pickle")] == ["probe"]


def test_cache_turned_off_builds_every_time(tmp_path: Path, monkeypatch) -> None:
    from chronist.loading import CACHE_ENV, cached
    monkeypatch.setenv(CACHE_ENV, "0")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []
    cached("probe", _counting_build(calls))
    cached("probe", _counting_build(calls))
    assert len(calls) == 2 and list(tmp_path.rglob("*.pickle")) == []


def test_a_damaged_cache_is_built_anew_and_replaced(tmp_path: Path, monkeypatch) -> None:
    from chronist.loading import CACHE_ENV, cached, table_file
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    table_file(tmp_path, "probe").write_bytes(b"not a pickle")
    calls: list[int] = []
    assert cached("probe", _counting_build(calls))["built"] == 1
    assert cached("probe", _counting_build(calls))["built"] == 1 and len(calls) == 1


def test_tables_of_an_older_package_are_removed(tmp_path: Path, monkeypatch) -> None:
    from chronist.loading import CACHE_ENV, cached, table_file
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    place = table_file(tmp_path, "probe").name.split("-")[1]
    old = tmp_path / f"probe-{place}-0123456789abcdef.pickle"
    old.write_bytes(b"old")
    other = tmp_path / f"another-{place}-0123456789abcdef.pickle"
    other.write_bytes(b"old")
    cached("probe", _counting_build([]))
    assert not old.exists() and other.exists()


def test_installations_in_two_places_keep_a_table_each(tmp_path: Path, monkeypatch) -> None:
    """Two checkouts or virtual environments sharing the cache folder do not remove each
    other's tables (each run of either would otherwise build them again)."""
    from chronist import loading
    monkeypatch.setenv(loading.CACHE_ENV, str(tmp_path))
    calls: list[int] = []
    loading.cached("probe", _counting_build(calls))
    here = loading.table_file(tmp_path, "probe")
    monkeypatch.setattr(loading, "PACKAGE", tmp_path / "elsewhere" / "chronist")
    loading.cached("probe", _counting_build(calls))
    assert here.exists() and len(list(tmp_path.glob("probe-*.pickle"))) == 2
    monkeypatch.undo()
    monkeypatch.setenv(loading.CACHE_ENV, str(tmp_path))
    loading.cached("probe", _counting_build(calls))
    assert len(calls) == 2


def test_an_unwritable_cache_folder_only_costs_the_build(tmp_path: Path, monkeypatch) -> None:
    from chronist.loading import CACHE_ENV, cached
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "chronist"))
    calls: list[int] = []
    assert cached("probe", _counting_build(calls))["built"] == 1
    assert cached("probe", _counting_build(calls))["built"] == 2


def test_the_cached_dictionary_and_gazetteer_equal_fresh_builds(tmp_path: Path, monkeypatch) -> None:
    from chronist import lang as languages
    from chronist.actors.dictionary import DATA_DIR, ActorDictionary
    from chronist.geo.gazetteer import Gazetteer
    from chronist.loading import CACHE_ENV, cached
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    langs = languages.available()
    for build in (lambda: ActorDictionary.load(DATA_DIR, langs=langs), Gazetteer.build):
        cached("probe-table", build)                                   # written
        fresh, kept = build(), cached("probe-table", build)            # read back
        for name in ("countries", "organisations", "persons", "actors", "agents", "suffixes", "surfaces"):
            if hasattr(fresh, name):
                assert getattr(kept, name) == getattr(fresh, name), name
        if hasattr(fresh, "index"):          # the gazetteer read back makes its entries as lookups ask
            assert kept.index == {}
            assert all(kept.candidates(key) == entries for key, entries in fresh.index.items())
            assert kept.candidates("Berlin")[0].place is kept.candidates("Berlin")[0].place
        for old in tmp_path.glob("*.pickle"):
            old.unlink()


def test_the_cached_frame_book_equals_a_fresh_read(tmp_path: Path, monkeypatch) -> None:
    from chronist import lang as languages
    from chronist.coding import frames
    from chronist.loading import CACHE_ENV
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    for lang in languages.available():
        frames.frame_book.cache_clear()
        written = frames.frame_book(lang)
        frames.frame_book.cache_clear()
        kept = frames.frame_book(lang)                       # read back from the cache folder
        fresh = frames._read_frame_book(lang)
        assert kept is not written
        assert kept.frames() == fresh.frames() and (kept.settled, kept.whole) == (fresh.settled, fresh.whole)
    assert sorted(p.name.split("-")[1] for p in tmp_path.glob("frames-*.pickle")) == sorted(languages.available())
    frames.frame_book.cache_clear()


# -- dataclasses pickled by their fields ----------------------------------------------------

@pickled_by_fields
@dataclasses.dataclass(slots=True, frozen=True)
class _Point:
    x: int
    label: str | None = None


def test_a_dataclass_pickled_by_fields_comes_back_equal_and_shared_objects_stay_shared() -> None:
    import pickle
    one = _Point(1, "a")
    back = pickle.loads(pickle.dumps([one, one, _Point(2)]))
    assert back == [_Point(1, "a"), _Point(1, "a"), _Point(2)]
    assert back[0] is back[1]


def test_pickled_by_fields_refuses_fields_the_constructor_does_not_take() -> None:
    with pytest.raises(TypeError):
        @pickled_by_fields
        @dataclasses.dataclass(slots=True)
        class Counted:
            name: str
            seen: int = dataclasses.field(default=0, init=False)


def test_gazetteer_places_and_dictionary_entries_are_pickled_by_fields() -> None:
    import datetime as dt
    import pickle

    from chronist.actors.dictionary import Entry, Person, Role
    from chronist.geo.gazetteer import Place
    place = Place("Tokyo", "JPN", 35.7, 139.7, "city", 8_000_000, True)
    person = Person("Shinzo Abe", "JPN", roles=(Role("JPN", "GOV", dt.date(2012, 12, 26)),))
    for value in (place, person, Entry("country", "name", "country:JPN", "JPN")):
        assert type(value).__reduce__(value)[0] is type(value)
        assert pickle.loads(pickle.dumps(value)) == value


def test_a_warmed_pipeline_collects_garbage_less_often() -> None:
    """A bulk run (ingest, benchmark) warms its pipeline; the collector's first threshold goes
    up to BULK_GC_THRESHOLD, and a higher one the caller set is kept."""
    import gc

    from chronist.loading import BULK_GC_THRESHOLD, for_bulk_work
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        for_bulk_work()
        assert gc.get_threshold() == (BULK_GC_THRESHOLD, 10, 10)
        gc.set_threshold(BULK_GC_THRESHOLD * 2, 5, 5)
        for_bulk_work()
        assert gc.get_threshold() == (BULK_GC_THRESHOLD * 2, 5, 5)
        gc.set_threshold(700, 10, 10)
        from chronist.pipeline import Pipeline
        Pipeline.from_config({"stages": ["frontend"]}).warm("en")
        assert gc.get_threshold()[0] == BULK_GC_THRESHOLD
    finally:
        gc.set_threshold(*saved)


def test_a_build_is_frozen_without_a_collection(monkeypatch) -> None:
    """What a build made goes to the permanent generation at once: no full collection walks it
    first (that was a quarter of a second before ingest could start its workers)."""
    calls = []
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append(args) or 0)

    @without_gc
    def build():
        return [[i] for i in range(1000)]

    before = gc.get_freeze_count()
    table = build()
    assert calls == [] and gc.isenabled()
    assert gc.get_freeze_count() >= before + len(table)
