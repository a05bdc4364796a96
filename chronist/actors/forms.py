"""Surface forms: inflection of dictionary entries and the keys they are looked up by.

The dictionary files hold base forms only; the forms that occur in running text
(German genitive "Nordkoreas", adjective endings "nordkoreanischen", plural and
dative "Südkoreanern", English plurals "officials") are generated here. Text is
compared as *parts*: words split at spaces and hyphens, so "Moon Jae-In",
"Moon Jae In" and spaCy's "Jae - In" are one name.
"""
from __future__ import annotations

import re

ADJ_ENDINGS = ("e", "en", "er", "es", "em")
POSSESSIVE = ("'s", "’s")
_SPACE = re.compile(r"\s+")


def split_parts(text: str) -> tuple[str, ...]:
    """Split a name or a token into parts: at spaces and inner hyphens; drop "'s"."""
    parts: list[str] = []
    for piece in _SPACE.split(text.strip()):
        if not piece:
            continue
        for suffix in POSSESSIVE:
            if piece.endswith(suffix) and len(piece) > len(suffix):
                piece = piece[: -len(suffix)]
                break
        if piece == "-" or "-" not in piece.strip("-"):
            parts.append(piece)
            continue
        parts.extend(p for p in piece.split("-") if p)
    return tuple(parts)


def name_key(parts: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Lookup key of a name: the first part exact (names are case-sensitive), the rest
    case-folded, so "Jong-un", "Jong-Un" and "Jong Un" are the same."""
    if not parts:
        return ()
    return (parts[0],) + tuple(p.casefold() for p in parts[1:])


def fold_key(parts: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Lookup key of a common noun: every part case-folded."""
    return tuple(p.casefold() for p in parts)


def expand_star(text: str) -> list[str]:
    """"Vereinigt* Staaten" -> Vereinigte/Vereinigten/... Staaten (one ending for all stars,
    since the adjectives of one phrase agree)."""
    if "*" not in text:
        return [text]
    return [text.replace("*", ending) for ending in ADJ_ENDINGS]


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def de_genitive(name: str) -> str:
    last = name[-1:]
    return name + ("es" if last in "sßxz" else "s")


def de_name_forms(name: str) -> list[str]:
    """German proper names: the name, its adjective slots and its genitive."""
    out: list[str] = []
    for form in expand_star(name):
        out.append(form)
        if not form.endswith("."):
            out.append(de_genitive(form))
    return out


def de_adj_forms(stem: str) -> list[str]:
    """German adjective stem -> every ending, lower and capitalised (sentence start,
    nominalised "die Deutschen")."""
    out: list[str] = []
    for ending in ADJ_ENDINGS:
        form = stem + ending
        out.append(form)
        upper = _upper_first(form)
        if upper != form:
            out.append(upper)
    return out


def de_people_forms(base: str) -> list[str]:
    """German people noun -> singular, plural, dative plural, genitive, feminine forms."""
    if base.endswith("er"):
        return [base, base + "n", base + "s", base + "in", base + "innen"]
    if base.endswith("e"):
        return [base, base + "n", base[:-1] + "in", base[:-1] + "innen"]
    if base[-1:] in "aiouy":
        return [base, base + "s"]
    if base.endswith("in") or base.endswith("innen"):
        return [base]
    return [base, base + "en", base + "in", base + "innen"]


_UMLAUT = {"au": "äu", "a": "ä", "o": "ö", "u": "ü", "Au": "Äu", "A": "Ä", "O": "Ö", "U": "Ü"}
_LAST_VOWELS = re.compile(r"([AaOoUuEeIiÄäÖöÜüYy]+)([^AaOoUuEeIiÄäÖöÜüYy]*)$")


def de_umlaut(word: str) -> str | None:
    """The word with the umlaut of its last vowel (Haus -> Häus, Anwalt -> Anwält, Hof ->
    Höf); None when that vowel takes none (Minister, Partei, Bauer)."""
    m = _LAST_VOWELS.search(word)
    if m is None or m.group(1) not in _UMLAUT:
        return None
    return word[: m.start(1)] + _UMLAUT[m.group(1)] + m.group(2)


def de_agent_forms(base: str) -> list[str]:
    """German agent noun -> its inflected forms (over-generated on purpose): endings -s, -n,
    -en, -e, -es, -er, -ern, feminine -in/-innen, umlaut plurals (Häuser, Anwälte, Höfe,
    Ärztin), -nis -> -nisse and -um -> -en (Ministerien)."""
    if "*" in base:
        return expand_star(base)
    head = base.split()[-1]
    lead = base[: len(base) - len(head)]
    forms = {head, head + "s", head + "n", head + "en", head + "e", head + "es", head + "er",
             head + "ern"}
    if head.endswith("e"):
        forms.update({head[:-1] + "in", head[:-1] + "innen"})
    else:
        forms.update({head + "in", head + "innen", head + "nen"})
    if head.endswith("in"):
        forms.add(head + "nen")
    if head.endswith("nis"):
        forms.update({head + "se", head + "sen", head + "ses"})
    if head.endswith("um") and len(head) > 4:
        forms.update({head[:-2] + "en"})
    umlauted = de_umlaut(head)
    if umlauted is not None and not head.endswith(("e", "el", "en", "er", "um")):
        forms.update({umlauted + "e", umlauted + "en", umlauted + "er", umlauted + "ern",
                      umlauted + "in", umlauted + "innen"})
    return sorted(lead + f for f in forms)


def en_plural(word: str) -> list[str]:
    """English noun (possibly several words) -> singular and plural of the last word."""
    head = word.split()[-1]
    lead = word[: len(word) - len(head)]
    low = head.casefold()
    if low.endswith("man"):
        plural = head[:-3] + "men"
    elif low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        plural = head[:-1] + "ies"
    elif low.endswith("arch") and not low.endswith("earch") and len(low) > 5:
        plural = head + "s"          # monarchs, patriarchs, oligarchs (but marches, searches)
    elif low.endswith("ach") and low[-4:-3] not in tuple("aeiou"):
        plural = head + "s"          # stomachs (but coaches, approaches)
    elif low.endswith(("s", "x", "ch", "sh")):
        plural = head + "es"
    else:
        plural = head + "s"
    return [word, lead + plural]


def en_people_from_adj(adj: str) -> list[str]:
    """English demonyms in -an or -i have the plural as people noun (Afghans, Israelis)."""
    if adj.endswith(("an", "i")):
        return [adj + "s"]
    return []
