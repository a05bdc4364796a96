"""Pronouns and definite descriptions resolved to actors mentioned earlier.

A deliberately small rule set, the same for German and English:
- a possessive ("sein", "his") refers to its clause's subject when it has one;
- a relative possessive ("dessen", "deren") refers to the nearest actor named before it
  in the sentence (see ActorAnnotator);
- a personal pronoun ("er", "he") refers to the speaker of reported speech,
  else to the last person named earlier in the sentence, else to the speaker of the
  previous sentence ("X schüre den Konflikt, sagte Y. Er rief ...": Y), else to its
  subject, else to the last person named at all (a person of an
  international body, not the body: not "die Vereinten Nationen" named in between);
- a demonstrative ("dieser") refers to the last person named before it;
- a definite description with no name of its own ("der Präsident", "the
  minister") refers to the last named actor of the same sector.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chronist import lang as languages
from chronist.model import Actor, Token


def pronoun_kind(token: Token, lang: str) -> str | None:
    """possessive, relative, demonstrative, personal or plural (resolved only to a speaker), by the
    pronoun lists and pronoun tags of the language pack; None for any other token."""
    return _pronoun_kind(token.text, token.pos, lang)


@lru_cache(maxsize=100_000)
def _pronoun_kind(text: str, pos: str, lang: str) -> str | None:
    pack = languages.get(lang)
    words, tags = pack.words, pack.tags
    low = text.lower()
    if pos in tags.possessive and low in words.possessive_pronouns:
        return "possessive"
    if pos in tags.possessive and low in words.relative_possessives:
        return "relative"
    if pos in tags.demonstrative and low in words.demonstrative_pronouns:
        return "demonstrative"
    if pos in tags.personal and low in words.personal_pronouns:
        return "personal"
    if pos in tags.personal and low in words.plural_pronouns:
        return "plural"
    return None


@dataclass(slots=True)
class Mention:
    actors: list[Actor]
    sentence: int
    start: int
    subject: bool
    speaker: bool = False


@dataclass(slots=True)
class Mentions:
    """Named actors of an article so far, in text order."""

    items: list[Mention] = field(default_factory=list)
    person_names: frozenset[str] = frozenset()     # the names of persons: "er" and "he" refer only to them

    def add(self, actors: list[Actor], *, sentence: int, start: int, subject: bool = False,
            speaker: bool = False) -> None:
        named = [a for a in actors if a.name]
        if named:
            self.items.append(Mention(named, sentence, start, subject, speaker))

    def _before(self, start: int) -> list[Mention]:
        return [m for m in self.items if m.start < start]

    def resolve(self, token: Token, *, lang: str, sentence: int, subject: list[Actor] | None = None,
                speaker: list[Actor] | None = None) -> list[Actor]:
        kind = pronoun_kind(token, lang)
        if kind is None:
            return []
        earlier = self._before(token.start)
        if kind == "possessive" and subject:
            return _copy(subject, token)
        if kind == "demonstrative":
            return _copy(earlier[-1].actors, token) if earlier else []
        if kind == "plural":
            return _copy(speaker, token) if speaker else []
        if speaker and any(a.name for a in speaker):
            return _copy([a for a in speaker if a.name], token)
        # "er", "he": not an international body named in between ("Ri sprach vor der
        # Generalversammlung der Vereinten Nationen. Er rief ...")
        earlier = [m for m in earlier if any(a.name in self.person_names or ":" not in a.code for a in m.actors)]
        same = [m for m in earlier if m.sentence == sentence]
        if same:
            return _copy(same[-1].actors, token)
        previous = [m for m in earlier if m.sentence == sentence - 1 and m.speaker] or [
            m for m in earlier if m.sentence == sentence - 1 and m.subject]
        if previous:
            return _copy(previous[0].actors, token)
        return _copy(earlier[-1].actors, token) if earlier else []

    def describe(self, actor: Actor) -> Actor:
        """"der Präsident" (UNK/GOV) → the last named actor of that sector."""
        if actor.code != "UNK" or not actor.sector or " " in actor.text.strip():
            return actor
        for mention in reversed(self._before(actor.start)):
            for known in mention.actors:
                if known.sector == actor.sector and known.code != "UNK":
                    return Actor(code=known.code, sector=known.sector, text=actor.text,
                                 start=actor.start, end=actor.end, name=known.name)
        return actor


def _copy(actors: list[Actor], token: Token) -> list[Actor]:
    return [Actor(code=a.code, sector=a.sector, text=token.text, start=token.start, end=token.end, name=a.name)
            for a in actors]
