"""Dictionary specs: ``builtin`` (Chronist's own data) and ``petrarch:DIR`` (a folder of
``*.actors.txt``, ``*.agents.txt``, ``*.verbs.txt``, ``*.discards.txt``; ``petrarch:DIR/GLOB``
reads only the files matching GLOB), comma-separated,
the first taking precedence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chronist.errors import ConfigError


@dataclass(slots=True)
class PetrarchDir:
    path: Path
    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    verbs: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)


@dataclass(slots=True)
class DictionarySpec:
    parts: list[str | PetrarchDir]

    @property
    def builtin(self) -> bool:
        return "builtin" in self.parts

    @property
    def petrarch(self) -> list[PetrarchDir]:
        return [p for p in self.parts if isinstance(p, PetrarchDir)]

    def __str__(self) -> str:
        return ",".join(p if isinstance(p, str) else f"petrarch:{p.path}" for p in self.parts)


def parse_spec(text: str | None) -> DictionarySpec:
    parts: list[str | PetrarchDir] = []
    for item in (text or "builtin").split(","):
        item = item.strip()
        if not item:
            continue
        if item == "builtin":
            parts.append("builtin")
        elif item.startswith("petrarch:"):
            parts.append(petrarch_dir(item.split(":", 1)[1]))
        else:
            raise ConfigError(f"dictionaries: {item!r} is neither 'builtin' nor 'petrarch:DIR'")
    if not parts:
        raise ConfigError("dictionaries: empty spec; write 'builtin' or 'petrarch:DIR'")
    return DictionarySpec(parts)


def petrarch_dir(path: str | Path) -> PetrarchDir:
    folder, pattern = Path(path).expanduser(), "*"
    if not folder.is_dir() and "*" in folder.name:
        folder, pattern = folder.parent, folder.name       # petrarch:DIR/PETR.Validate.*
    if not folder.is_dir():
        raise ConfigError(f"dictionaries: petrarch:{path} is not a folder")
    found = PetrarchDir(folder)
    for file in sorted(folder.glob(pattern)):
        name = file.name.lower()
        for kind in ("actors", "agents", "verbs", "discards"):
            if re.search(rf"\.{kind}\.txt$", name):
                getattr(found, kind).append(file)
    if not (found.actors or found.agents or found.verbs):
        raise ConfigError(f"dictionaries: {folder} has no *.actors.txt, *.agents.txt or *.verbs.txt")
    return found


def read_discards(path: str | Path) -> list[tuple[tuple[str, ...], bool]]:
    """(phrase words upper case, story-level) per discard line ("+" marks a story discard)."""
    from chronist.actors.petrarch import _lines
    out = []
    for _, line in _lines(Path(path)):
        text = line.strip()
        story = text.startswith("+")
        words = tuple(text.lstrip("+").replace("_", " ").upper().split())
        if words:
            out.append((words, story))
    return out


def sentence_coder(spec: DictionarySpec):
    """A :class:`~chronist.petrarch.coder.SentenceCoder` over the PETRARCH folders of
    ``spec`` (the first folder's entries win where several define a phrase)."""
    from chronist.actors import petrarch as reader
    from chronist.petrarch.coder import ActorBook, SentenceCoder
    from chronist.petrarch.verbs import VerbBook
    dirs = spec.petrarch
    if not dirs:
        raise ConfigError("petrarch-test needs --dictionaries petrarch:DIR")
    dicts = reader.load(actors=[f for d in dirs for f in d.actors],
                        agents=[f for d in dirs for f in d.agents])
    verbs = VerbBook()
    for d in dirs:
        for f in d.verbs:
            verbs.read(f)
    discards = [w for d in dirs for f in d.discards for w, _ in read_discards(f)]
    return SentenceCoder(ActorBook(dicts.actors, dicts.agents), verbs, discards)
