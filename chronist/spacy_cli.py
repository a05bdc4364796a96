"""Importing spaCy without its command line.

``import spacy`` imports spaCy's own command line (``spacy.cli``: typer, weasel, rich,
jinja2, pydantic's models of its project files; about a third of the modules and a quarter
of the time of ``import spacy``) only to offer ``spacy.info``. Chronist runs no spaCy command,
so :func:`defer_spacy_cli`, called before spaCy is first imported, puts stand-ins for
``spacy.cli`` and ``spacy.cli.info`` in its place: ``spacy.info`` and anything else asked of
them import the real modules then, and spaCy's tokenizers, models and pipelines do not use
them.
"""
from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import os
import sys
import types

_NAMES = ("spacy.cli", "spacy.cli.info")


class _Deferred(types.ModuleType):
    """A stand-in for a module of spaCy's command line: the first use of a name it does not
    hold imports the real module and gives that module's name."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "info" and self.__name__ == "spacy.cli.info":
            # spaCy's own ``from .cli.info import info``, while ``spacy`` is being imported: the
            # import system sets no ``spacy.cli`` for a module it finds in place, so set it here
            spacy, cli = sys.modules.get("spacy"), sys.modules.get("spacy.cli")
            if spacy is not None and cli is not None:
                spacy.cli = cli
            return _info
        return getattr(_load(self.__name__), name)


def _load(name: str) -> types.ModuleType:
    """The real module ``name`` of spaCy's command line, the stand-ins gone."""
    for stand_in in _NAMES:
        if isinstance(sys.modules.get(stand_in), _Deferred):
            del sys.modules[stand_in]
    module = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = sys.modules["spacy.cli"]
    return module


def _info(*args, **kwargs):
    """``spacy.info``: spaCy's own, imported on first use."""
    return _load("spacy.cli.info").info(*args, **kwargs)


def deferred() -> bool:
    """Whether spaCy's command line is still a stand-in."""
    return isinstance(sys.modules.get("spacy.cli"), _Deferred)


def defer_spacy_cli() -> None:
    """Stand-ins for spaCy's command line until it is used; nothing when spaCy is already
    imported or not installed."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.origin:
        return
    folder = os.path.join(os.path.dirname(spec.origin), "cli")
    cli = _Deferred("spacy.cli")
    cli.__spec__ = importlib.machinery.ModuleSpec("spacy.cli", None, is_package=True)
    cli.__path__ = [folder]
    info = _Deferred("spacy.cli.info")
    info.__spec__ = importlib.machinery.ModuleSpec("spacy.cli.info", None)
    cli.info = info
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
