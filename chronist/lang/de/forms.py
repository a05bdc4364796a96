"""German inflection of dictionary base forms: the names, adjectives, people and agent nouns
of the actor dictionary as they occur in running text ("Nordkoreas", "nordkoreanischen",
"Südkoreanern", "Ministerinnen")."""
from __future__ import annotations

import re

ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def expand_star(text: str) -> list[str]:
    """"Vereinigt* Staaten" -> Vereinigte/Vereinigten/... Staaten (one ending for all stars,
    since the adjectives of one phrase agree)."""
    if "*" not in text:
        return [text]
    return [text.replace("*", ending) for ending in ADJ_ENDINGS]


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def genitive(name: str) -> str:
    last = name[-1:]
    return name + ("es" if last in "sßxz" else "s")


def name_forms(name: str) -> list[str]:
    """German proper names: the name, its adjective slots and its genitive."""
    out: list[str] = []
    for form in expand_star(name):
        out.append(form)
        if not form.endswith("."):
            out.append(genitive(form))
    return out


def body_forms(name: str) -> list[str]:
    """German names of bodies: as proper names, and with the genitive in -es that the common
    noun they end in also takes ("des Sicherheitsrates", "des Bundestages", "des Kremls"
    beside "des Sicherheitsrats"). Only after a lower-case consonant: no acronym ("des BND")."""
    out = name_forms(name)
    for form in expand_star(name):
        last = form[-1:]
        if last.isalpha() and last.islower() and last not in "aeiouyäöüsßxz":
            out.append(form + "es")
    return out


def adj_forms(stem: str) -> list[str]:
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


def people_forms(base: str) -> list[str]:
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


def umlaut(word: str) -> str | None:
    """The word with the umlaut of its last vowel (Haus -> Häus, Anwalt -> Anwält, Hof ->
    Höf); None when that vowel takes none (Minister, Partei, Bauer)."""
    m = _LAST_VOWELS.search(word)
    if m is None or m.group(1) not in _UMLAUT:
        return None
    return word[: m.start(1)] + _UMLAUT[m.group(1)] + m.group(2)


def agent_forms(base: str) -> list[str]:
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
    umlauted = umlaut(head)
    if umlauted is not None and not head.endswith(("e", "el", "en", "er", "um")):
        forms.update({umlauted + "e", umlauted + "en", umlauted + "er", umlauted + "ern",
                      umlauted + "in", umlauted + "innen"})
    return sorted(lead + f for f in forms)
