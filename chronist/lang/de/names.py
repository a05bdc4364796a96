"""Two names side by side that are two actors, not one name: "dass Panama Peking anerkannt
hatte", "dass die USA Israel kritisiert hatten". German puts subject and object next to each
other before the verb at the end; "Moon Jae In" and "Israel Katz" stay one name."""
from __future__ import annotations

from functools import lru_cache

# forms of a dictionary entry that name the actor by themselves: a country's or
# organisation's name, a seat of government ("Peking"), a person's full or short name
_STATE_FORMS = {"name", "gov"}
_ACTOR_FORMS = {"name", "gov", "full", "short"}


def _entries(word: str):
    from chronist.actors.dictionary import ActorDictionary    # the actor data, loaded once
    return ActorDictionary.default().actors.get("de", {}).get(word, [])


@lru_cache(maxsize=20_000)
def names_state(word: str) -> bool:
    """``word`` alone names a state or organisation, or a state by its seat ("Warschau")."""
    return any(rest == () and e.kind in ("country", "org") and e.form in _STATE_FORMS for rest, e in _entries(word))


@lru_cache(maxsize=20_000)
def state_in_s(word: str) -> bool:
    """``word`` names a state or its seat by a name that ends in s ("Tiflis", "Belarus", "Damaskus"):
    no genitive, since the word without its s names none ("Russlands" is one of "Russland")."""
    return word.endswith("s") and names_state(word) and not names_state(word[:-1])


@lru_cache(maxsize=20_000)
def names_country(word: str) -> bool:
    """``word`` alone names a state, or a state by its seat ("Taiwan", "Warschau"; not an
    organisation: "die Rebellengruppe ADF" is one name)."""
    return any(rest == () and e.kind == "country" and e.form in _STATE_FORMS for rest, e in _entries(word))


@lru_cache(maxsize=20_000)
def two_actors(first: str, second: str) -> bool:
    """``first`` alone names a state, an organisation or a person ("Am Montag empfing Erdogan
    Putin"), ``second`` alone names an actor, and no name in the dictionary begins with the two
    words."""
    entries = _entries(first)
    if not (names_state(first) or names_person(first)):
        return False
    if any(rest and rest[0] == second.casefold() for rest, _ in entries):
        return False
    return any(rest == () and e.form in _ACTOR_FORMS for rest, e in _entries(second))


@lru_cache(maxsize=20_000)
def state_then_name(first: str, second: str) -> bool:
    """``first`` alone names a country by its name, not its seat ("Laut Kiew griff Russland
    Charkiw an": the attacker, then the town; "die Washington Post" stays one name), and no name
    in the dictionary begins with the two words ("Israel Katz"). (The caller asks only of a name
    that no preposition governs.)"""
    entries = _entries(first)
    if not any(rest == () and e.kind == "country" and e.form == "name" for rest, e in entries):
        return False
    return not any(rest and rest[0] == second.casefold() for rest, _ in entries)


@lru_cache(maxsize=20_000)
def one_name(first: str, second: str) -> bool:
    """``first second`` is a name of the actor dictionary by itself ("Nigel Farage")."""
    return any(rest == (second.casefold(),) for rest, _ in _entries(first))


@lru_cache(maxsize=20_000)
def _person_names(first: str) -> tuple[tuple[str, ...], ...]:
    """The rests of the dictionary's person names beginning with ``first``, longest first."""
    return tuple(rest for rest, e in _entries(first) if rest and e.kind == "person")


@lru_cache(maxsize=20_000)
def first_name(word: str) -> bool:
    """``word`` begins a person's name of the actor dictionary that has more words ("Reinhold"
    of "Reinhold Mitterlehner"): a first name."""
    return bool(_person_names(word))


@lru_cache(maxsize=50_000)
def may_begin_name(word: str) -> bool:
    """``word`` begins a person's name of the actor dictionary that has more words, as written
    or with a small initial (a sentence's first word): else :func:`name_with_particles` of
    words that begin with it is 0, and the words need not be looked at."""
    return bool(_person_names(word)) or (word[:1].isupper() and word[1:].islower()
                                         and bool(_person_names(word[:1].lower() + word[1:])))


def name_with_particles(words: tuple[str, ...]) -> int:
    """The length of the person's name of the actor dictionary that begins ``words`` and
    holds a lower-case particle ("Ursula von der Leyen", "Van der Bellen"), or 0. A
    sentence's first word is also tried with a small initial ("Von der Leyen")."""
    if not words:
        return 0
    firsts = [words[0]]
    if words[0][:1].isupper() and words[0][1:].islower():
        firsts.append(words[0][:1].lower() + words[0][1:])
    for first in firsts:
        for rest in _person_names(first):
            n = len(rest)
            if len(words) <= n or tuple(w.casefold() for w in words[1:n + 1]) != rest:
                continue
            if any(w[:1].islower() for w in (first,) + words[1:n + 1]):
                return n + 1
    return 0


def person_name_length(words: tuple[str, ...]) -> int:
    """How many of ``words`` the longest person's name of the actor dictionary that begins
    them takes ("Brett Kavanaugh", "Jean-Claude Juncker" as three tokens "Jean - Claude" or
    one), or 0."""
    if not words:
        return 0
    parts: list[tuple[str, int]] = []       # (part, index of its word)
    for k, word in enumerate(words):
        parts.extend((piece, k) for piece in word.split("-") if piece)
    if not parts or parts[0][1] != 0:
        return 0
    best = 0
    for rest, e in _entries(parts[0][0]):
        n = len(rest)
        if e.kind != "person" or len(parts) <= n \
                or tuple(p.casefold() for p, _ in parts[1:n + 1]) != rest:
            continue
        if n + 1 == len(parts) or parts[n + 1][1] != parts[n][1]:      # the name ends with a word
            best = max(best, parts[n][1] + 1)
    return best


@lru_cache(maxsize=20_000)
def goes_on(words: tuple[str, ...], word: str) -> bool:
    """``words`` and ``word`` after them begin a name of the actor dictionary ("Human Rights" and
    "Watch"): a word of the name in -s ("Rights") is no genitive that ends it."""
    wanted = tuple(w.casefold() for w in words[1:] + (word,))
    return bool(words) and any(rest[:len(wanted)] == wanted for rest, _ in _entries(words[0]))


@lru_cache(maxsize=20_000)
def stands_alone(word: str) -> bool:
    """``word`` alone names an actor of the dictionary ("Russlands", "Putins"), not only
    begins a name ("Hans" of "Hans Peter Doskozil")."""
    return any(rest == () for rest, _ in _entries(word))


@lru_cache(maxsize=20_000)
def place_adjective(word: str) -> bool:
    """``word`` is the adjective of a capital or region that names its state's agents
    ("Kiewer", "Bagdader": the capital's name with -er, which German does not inflect)."""
    return word.endswith("er") and any(rest == () and e.kind == "country" and e.form == "region"
                                       for rest, e in _entries(word))


@lru_cache(maxsize=20_000)
def names_person(word: str) -> bool:
    """``word`` alone is a person's name of the actor dictionary ("Kurz", "Merkel")."""
    return any(rest == () and e.kind == "person" for rest, e in _entries(word))


@lru_cache(maxsize=20_000)
def names_agent(word: str) -> bool:
    """``word`` is an agent noun of the actor dictionary, or a compound that ends in one
    ("Landeshauptmann", "Richterkandidat"; not "Geld")."""
    from chronist.actors.dictionary import ActorDictionary
    d = ActorDictionary.default()
    low = word.rsplit("-", 1)[-1].casefold()
    suffixes = d.suffixes.get("de", {})
    return any(not rest for rest, _ in d.agents.get("de", {}).get(low, ())) or any(
        low[cut:] in suffixes for cut in range(1, len(low) - 3))
