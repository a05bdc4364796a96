"""The registry of language packs: the one list of the languages Chronist reads.

    >>> import chronist.lang
    >>> chronist.lang.available()
    ('de', 'en')
    >>> chronist.lang.get("de").words.deontic_modals
    frozenset({'müssen', 'sollen'})

Every subfolder ``chronist/lang/<code>/`` whose ``__init__.py`` defines ``PACK`` (a
:class:`~chronist.lang.pack.Language`) is a built-in pack; ``load_folder`` registers a pack
from any other folder (a test's made-up language, a user's own). Nothing else in the package
names a language: the stages ask ``get(code)`` for its words, tags, data files and front-end.
"""
from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from pathlib import Path

from chronist.errors import InputError
from chronist.lang.pack import FrontEnd, Language, Morphology, Tags, Words

__all__ = ["FrontEnd", "Language", "Morphology", "Tags", "Words", "available", "built_in", "get",
           "load_folder", "register", "unregister"]

_PACKS: dict[str, Language] = {}
_found = False


def _discover() -> None:
    global _found
    if _found:
        return
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.ispkg:
            pack = getattr(importlib.import_module(f"{__name__}.{info.name}"), "PACK", None)
            if isinstance(pack, Language):
                _PACKS.setdefault(pack.code, pack)
    _found = True


def available() -> tuple[str, ...]:
    """The codes of the registered languages, built-in ones first."""
    _discover()
    return tuple(_PACKS)


def get(code: str) -> Language:
    """The pack of ``code``; InputError naming the languages there are when it has none."""
    pack = _PACKS.get(code) if _found else None      # (called for every phrase: no search once found)
    if pack is None:
        _discover()
        pack = _PACKS.get(code)
    if pack is None:
        raise InputError(f"unsupported language {code!r}; Chronist reads {', '.join(_PACKS)}")
    return pack


def built_in(code: str) -> bool:
    """Whether ``code``'s pack is one shipped inside the package (not registered from elsewhere)."""
    folder = get(code).folder.resolve()
    return folder.is_relative_to(Path(__file__).resolve().parent)


def register(pack: Language) -> Language:
    """Add a pack (or replace the one of the same code); returns it."""
    _discover()
    _PACKS[pack.code] = pack
    return pack


def unregister(code: str) -> None:
    """Remove a pack that ``register`` added (a test's made-up language)."""
    _discover()
    _PACKS.pop(code, None)


def load_folder(folder: str | Path) -> Language:
    """Import the pack of a folder outside the package (its ``__init__.py`` defines ``PACK``)
    and register it."""
    folder = Path(folder).resolve()
    init = folder / "__init__.py"
    if not init.is_file():
        raise InputError(f"{folder}: no __init__.py; a language pack folder defines PACK in its __init__.py")
    name = f"chronist_pack_{folder.name}"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    pack = getattr(module, "PACK", None)
    if not isinstance(pack, Language):
        raise InputError(f"{init}: defines no PACK; set PACK = Language.from_folder(...)")
    return register(pack)
