"""Noun phrases and prepositional phrases of a German clause, with case.

A noun phrase is a run of determiners, adjectives and numbers ending in nouns,
names or a pronoun; names and genitive attributes that follow the head belong to
it ("Präsident Moon Jae In", "Vertretern Nordkoreas"), coordinated phrases are
joined ("Russland und Japan"). Case comes from the determiner or pronoun, else
from the governing preposition; a bare name keeps every case open.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache

from chronist.lang.de.lexicon import lexicon
from chronist import lang as languages
from chronist.lang.de.names import (first_name, goes_on, names_agent, names_country, names_person, names_state,
                                    person_name_length, stands_alone, state_in_s, state_then_name, two_actors)
from chronist.lang.de.tag import particle_name
from chronist.model import Token

NOUNS = {"NN", "NE", "FM"}
PRONOUNS = {"PPER", "PDS", "PIS", "PRF", "PPOSS", "PRELS", "PWS"}
PRENOMINAL = {"ART", "PDAT", "PIAT", "PPOSAT", "PWAT", "CARD", "ADJA", "PIDAT"}
PREPOSITIONS = {"APPR", "APPRART", "APPO"}
# the tags of a word at which noun_chunks may do anything (open a phrase, a preposition's
# phrase or a run of premodifiers); at any other word ("bis" aside) it only steps on
_OPENERS = frozenset(NOUNS | PRONOUNS | PRENOMINAL | {"APPR", "APPRART", "KOKOM", "ADV", "KON", "$,", "TRUNC"})

ALL_CASES = frozenset({"nom", "acc", "dat", "gen"})

# Case sets of determiner and pronoun forms (any gender and number).
_DETERMINER_CASES = {
    "der": {"nom", "dat", "gen"}, "die": {"nom", "acc"}, "das": {"nom", "acc"},
    "den": {"acc", "dat"}, "dem": {"dat"}, "des": {"gen"},
    "ein": {"nom", "acc"}, "eine": {"nom", "acc"}, "einen": {"acc"}, "einem": {"dat"},
    "einer": {"gen", "dat"}, "eines": {"gen"},
}
_PRONOUN_CASES = {
    "ich": {"nom"}, "du": {"nom"}, "er": {"nom"}, "sie": {"nom", "acc"}, "es": {"nom", "acc"},
    "wir": {"nom"}, "ihr": {"nom", "dat"}, "man": {"nom"},
    "mich": {"acc"}, "dich": {"acc"}, "ihn": {"acc"}, "uns": {"acc", "dat"}, "euch": {"acc", "dat"},
    "mir": {"dat"}, "dir": {"dat"}, "ihm": {"dat"}, "ihnen": {"dat"}, "sich": {"acc", "dat"},
    "dieser": {"nom", "dat", "gen"}, "diese": {"nom", "acc"}, "dieses": {"nom", "acc", "gen"},
    "diesen": {"acc", "dat"}, "diesem": {"dat"}, "dem": {"dat"}, "der": {"nom", "dat", "gen"},
    "die": {"nom", "acc"}, "das": {"nom", "acc"}, "den": {"acc", "dat"}, "denen": {"dat"},
    "niemand": {"nom"}, "jemand": {"nom"}, "wer": {"nom"}, "niemanden": {"acc"}, "jemanden": {"acc"},
    "deren": {"gen"}, "dessen": {"gen"},
}
_ENDING_CASES = {"em": {"dat"}, "es": {"nom", "acc", "gen"}, "en": {"acc", "dat", "gen"},
                 "er": {"nom", "dat", "gen"}, "e": {"nom", "acc"}}

# Determiners that decline like "der" (dieser, jeder) and like "ein" (kein, sein), by ending.
_DER_WORDS = ("dies", "jen", "jed", "welch", "manch", "solch")
_DER_ENDINGS = {"er": {"nom", "dat", "gen"}, "e": {"nom", "acc"}, "es": {"nom", "acc", "gen"},
                "en": {"acc", "dat"}, "em": {"dat"}}
_EIN_WORDS = ("kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")
_EIN_ENDINGS = {"": {"nom", "acc"}, "e": {"nom", "acc"}, "en": {"acc", "dat"}, "em": {"dat"},
                "er": {"gen", "dat"}, "es": {"gen"}}

# Prepositions and the cases they govern (two-way prepositions take both).
PREPOSITION_CASES = {
    "mit": {"dat"}, "von": {"dat"}, "zu": {"dat"}, "bei": {"dat"}, "nach": {"dat"}, "aus": {"dat"},
    "seit": {"dat"}, "gegenüber": {"dat"}, "binnen": {"dat", "gen"},
    "für": {"acc"}, "gegen": {"acc"}, "durch": {"acc"}, "ohne": {"acc"}, "um": {"acc"},
    "an": {"acc", "dat"}, "auf": {"acc", "dat"}, "in": {"acc", "dat"}, "über": {"acc", "dat"},
    "unter": {"acc", "dat"}, "vor": {"acc", "dat"}, "hinter": {"acc", "dat"},
    "neben": {"acc", "dat"}, "zwischen": {"acc", "dat"},
    "wegen": {"gen", "dat"}, "während": {"gen"}, "trotz": {"gen", "dat"}, "laut": {"gen", "dat"},
    "zufolge": {"dat"}, "angesichts": {"gen"}, "innerhalb": {"gen"}, "außerhalb": {"gen"},
}
# Words before a noun that make it a noun of its own phrase ("die Richtung", "in Richtung")
_DETERMINED_BY = ("ART", "APPR", "APPRART", "ADJA", "PPOSAT", "PIAT", "PDAT", "PIDAT", "CARD")
# Contracted forms: "am" = an dem, "zur" = zu der, ...
APPRART = {"am": "an", "an's": "an", "im": "in", "ins": "in", "zum": "zu", "zur": "zu", "vom": "von",
           "beim": "bei", "aufs": "auf", "ans": "an", "durchs": "durch", "fürs": "für", "übers": "über"}


@dataclass(slots=True)
class Chunk:
    """A noun phrase, possibly inside a prepositional phrase."""

    tokens: list[Token]
    head: int                       # index into tokens of the (last) head noun
    cases: set[str]
    prep: str | None = None         # governing preposition
    prep_token: Token | None = None
    possessor: list[Token] = field(default_factory=list)   # "Trumps" in "Trumps Forderung", "seinem"
    coordinated: bool = False
    determiner: Token | None = None     # "keine" of "keine [an Bedingungen] geknüpfte Hilfe"
    attribute: int | None = None    # where a genitive attribute after the head begins

    @property
    def head_token(self) -> Token:
        return self.tokens[self.head]


def preposition(token: Token) -> str:
    low = token.text.lower()
    return APPRART.get(low, low)


def _cases_of(tokens: list[Token], prep: str | None) -> set[str]:
    cases: set[str] = set(ALL_CASES)
    first = tokens[0]
    low = first.text.lower()
    if first.pos in ("PPER", "PDS", "PRF", "PIS", "PWS", "PRELS") and low in _PRONOUN_CASES:
        cases = set(_PRONOUN_CASES[low])
    elif len(tokens) > 1 and f"{first.text.title()} {tokens[1].text}" in lexicon().article_names:
        pass                               # "Den Haag": a name, its article no case
    elif first.pos in ("ART", "PDAT", "PPOSAT", "PIAT", "PIDAT"):
        if low in _DETERMINER_CASES:
            cases = set(_DETERMINER_CASES[low])
        else:
            for stems, endings in ((_DER_WORDS, _DER_ENDINGS), (_EIN_WORDS, _EIN_ENDINGS)):
                stem = next((st for st in stems if low.startswith(st) and low[len(st):] in endings), None)
                if stem is not None:
                    cases = set(endings[low[len(stem):]])
                    break
    elif first.pos == "ADJA":
        for ending, endcases in _ENDING_CASES.items():
            if low.endswith(ending):
                cases = set(endcases)
                break
    if "nom" in cases and first.text.lower() in ("der", "einer", "dieser", "jener", "keiner", "seiner", "ihrer") \
            and feminine(tokens[-1]):
        cases.discard("nom")               # "der Regierung": dative or genitive of a feminine noun
    if cases == {"acc", "dat"} and feminine(tokens[-1]) and tokens[-1].text != tokens[-1].lemma:
        cases = {"dat"}                    # "den Forderungen": a feminine noun has no accusative "den", an inflected one is plural
    if cases == {"nom", "acc"} and first.pos in ("ART", "PPOSAT", "PIAT") and low.startswith(_EIN_WORDS + ("ein",)) \
            and low[-1:] not in ("e", "s") and len(tokens) > 1 and tokens[1].pos == "ADJA" and tokens[1].text.lower().endswith("er"):
        cases = {"nom"}                    # "ein harter Winter", "kein neuer Vertrag": the accusative is "einen harten"
    if "nom" in cases and low in ("der", "dieser", "jener") and len(tokens) > 1 and tokens[1].pos == "ADJA" \
            and tokens[1].text.lower().endswith("en"):
        cases.discard("nom")               # "der linken Guerilla": a nominative "der" takes "-e" ("der linke")
    if prep and prep in PREPOSITION_CASES:
        narrowed = cases & PREPOSITION_CASES[prep]
        cases = narrowed or set(PREPOSITION_CASES[prep])
    return cases


_MASCULINE_ENDINGS = ("eur", "holik", "tholik")
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ei", "ik", "enz", "anz", "ur",
                     "arbeit", "nahme", "sicht", "kunft", "macht", "armee", "kraft", "waffe", "behörde", "miliz")


def feminine(token: Token) -> bool:
    """A noun of a feminine ending ("Regierung", "Partei", "Diktatur"), or a name of the pack's
    ``feminine_names`` ("Ukraine", "Hamas"); "-eur" and "-ik" for a
    person are masculine ("Gouverneur", "Kommandeur", "Katholik")."""
    lemma = token.lemma.lower()
    if token.pos == "NE":
        return token.text in lexicon().feminine_names      # "die Ukraine", "die Hamas"
    return (token.pos == "NN" and lemma.endswith(_FEMININE_ENDINGS)
            and not lemma.endswith(_MASCULINE_ENDINGS))


def _is_genitive_name(token: Token) -> bool:
    """"Trumps", "Nordkoreas"; not a first name that ends in s ("Hans", "Andreas"), nor the name of
    a state or a capital that does ("nahm in Tiflis Dutzende Demonstranten fest")."""
    if token.pos == "NE" and token.text.endswith(("'", "’")) and len(token.text) > 3:
        return True       # "Kurz' Partei" (tag.tokens joins the name and its apostrophe)
    return (token.pos == "NE" and token.text.endswith("s") and len(token.text) > 3 and not first_name(token.text)
            and not state_in_s(token.text))


def _graded(tokens: list[Token], j: int) -> bool:
    """An adverbial adjective before an attributive one: "kurdisch" of "kurdisch geführten"."""
    return tokens[j].pos == "ADJD" and j + 1 < len(tokens) and tokens[j + 1].pos == "ADJA"


def _inside_premodifier(tokens: list[Token], j: int) -> bool:
    """Words inside a run of premodifiers: "höchst wichtige", "vollständigen und nachprüfbaren",
    and a genitive name before its noun: "Trumps öffentlicher Forderung", with the first names
    before it: "Donald Trumps Treffen"."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None:
        return False
    tok = tokens[j]
    if tok.pos == "ADV" and (nxt.pos in ("ADJA", "ADJD") or (nxt.pos == "ADV" and _inside_premodifier(tokens, j + 1))):
        return True                       # "sehr ernste", "sehr, sehr ernste"
    if j > 0 and tokens[j - 1].pos in PRENOMINAL and _graded(tokens, j):
        return True                       # "die kurdisch geführten Milizen", "der international anerkannten Regierung"
    if tok.pos == "NN" and tok.lemma.lower().rstrip("e") in _QUANTITIES and nxt.pos in ("NN", "ADJA"):
        return True                       # "Zehntausende Studenten", "Hunderte wütende Demonstranten"
    if tok.pos in ("KON", "$,") and j > 0 and tokens[j - 1].pos == "ADJA" and nxt.pos == "ADJA":
        return True                       # "die amerikanischen, französischen und türkischen Truppen"
    if tok.pos == "TRUNC" and nxt.pos in ("KON", "$,", "TRUNC"):
        return True                       # "Regierungs- und Oppositionsvertreter": one phrase
    if tok.pos in ("KON", "$,") and j > 0 and tokens[j - 1].pos == "TRUNC" and nxt.pos in NOUNS | {"TRUNC"}:
        return True
    if tok.pos == "NE" and first_name(tok.text) and nxt.pos == "NE":
        return _inside_premodifier(tokens, j + 1)
    if tok.pos == "NN" and j > 0 and tokens[j - 1].pos == "APPR" and _present_participle(nxt) \
            and j + 2 < len(tokens) and tokens[j + 2].pos in NOUNS \
            and not (j > 1 and tokens[j - 2].pos in _STRANDING):
        # "zwischen Steine werfenden Palästinensern": the object of the attribute, right after the
        # preposition (not "gewährten Venezolanern vorübergehenden Schutz": two phrases); not
        # the noun of a preposition with its article ("die im Norden kämpfenden Rebellen") nor of
        # the phrase of an attribute after its determiner ("die seit Jahren kämpfenden Rebellen"):
        # those end the preposition's phrase
        return True
    # (not a name in -s after an article, which a genitive name before its noun never has: "in
    # der von der Hamas kontrollierten Enklave" is the agent "der Hamas" of the participle)
    return _is_genitive_name(tok) and nxt.pos in ("ADJA", "NN") and not (j > 0 and tokens[j - 1].pos == "ART")


# determiners that a participle attribute's own phrase may follow ("die [seit Jahren] kämpfenden")
_STRANDING = ("ART", "PDAT", "PIAT", "PPOSAT")


def _present_participle(token: Token) -> bool:
    """An attributive present participle: "werfenden", "protestierende" (stem, "end", ending);
    not a number word that ends the same way ("Tausende", "Zehntausenden")."""
    return token.pos == "ADJA" and re.search(r"[a-zäöü]end(e|en|er|es|em)$", token.text) is not None \
        and re.sub(r"(e|en|er|es|em)$", "", token.text.lower()) not in _QUANTITIES


_QUANTITIES = {"tausend", "zehntausend", "hunderttausend", "hundert", "dutzend", "million", "millionen"}

@lru_cache(maxsize=1)
def _title_endings() -> tuple[str, ...]:
    return tuple(lexicon().title_endings)


def _title(token: Token) -> bool:
    """A title noun ("Außenminister", "Präsidentin", "Generalsekretär"; lexicon title_endings)."""
    return token.lemma.lower().endswith(_title_endings()) or token.text.lower().endswith(_title_endings())


def _name_after_title(phrase: list[Token], tok: Token) -> bool:
    """A name after a title and a word in -s: "Außenminister Jens Müller", "Präsident Hans
    Kovacs" (a first name, not a genitive: the word alone names no actor), "Außenminister
    Russlands Sergej Lawrow" (the title's state, then the person)."""
    prev = phrase[-1]
    if not (len(phrase) >= 2 and phrase[-2].pos == "NN" and _title(phrase[-2]) and tok.pos == "NE"
            and tok.text[:1].isupper()):
        return False
    return not stands_alone(prev.text) or (names_state(prev.text) and not names_state(tok.text))


def _continues_name(phrase: list[Token], tok: Token, *, governed: bool = False,
                    following_name: bool = False, listed: bool = False, inverted: bool = False) -> bool:
    """A noun or name that continues the phrase: "Moon Jae In", "Präsident Moon",
    "im Grenzort Panmunjom", "Vertretern Nordkoreas" (a genitive name). ``listed``: a comma or a
    conjunction follows ``tok``, or nothing in its piece ("den Nachbarstaaten Slowenien, Kroatien und
    Mazedonien"). ``inverted``: the phrase comes right after a plural finite verb."""
    prev = phrase[-1]
    if inverted and tok.pos == "NE" and _bare_plural(phrase) and not _is_genitive_name(tok):
        # a bare plural of adjectives in -e right after a plural finite verb is the subject of an
        # inverted clause, and a name after it no title of a single person opens: the object
        # ("Am Morgen beschossen ukrainische Soldaten Belgorod", "Gestern lobten französische
        # Minister Macron"; a title before a name takes "der" or "-er": "der französische
        # Minister Macron", "französischer Minister Macron")
        return False
    if following_name and tok.pos == prev.pos == "NN" and _title(prev) and _title(tok) and _capitalised(tok):
        return True                      # a title, then the title of the name after it: "der oberste Führer Ajatollah Ali Chamenei"
    if tok.pos not in ("NE", "FM") and not (tok.pos == "NN" and prev.pos in ("NE", "FM")):
        return False
    if tok.pos == prev.pos == "FM":
        return True                      # a foreign phrase is one, small words too: "zur Persona non grata"
    if not _capitalised(tok):
        return False
    if prev.pos in ("NE", "FM") or any(t.pos in ("NE", "FM") for t in phrase):
        if _is_genitive_name(prev) and not _name_after_title(phrase, tok) and not goes_on(_last_names(phrase), tok.text):
            return False
        if (tok.pos == prev.pos == "NE" and (len(phrase) == 1 or phrase[-2].pos != "NE")
                and (two_actors(prev.text, tok.text) or not governed and state_then_name(prev.text, tok.text)
                     and not _name_after_title(phrase, tok))):
            return False                 # "dass Panama Peking anerkannt hatte"
        if tok.pos == prev.pos == "NE" and _person_then_state(phrase, tok):
            return False                 # "warf Olaf Scholz Russland Erpressung vor"
        if not governed and prev.pos == "NE" and _person_then_person(phrase, tok, following_name):
            return False                 # "kritisierte Olaf Scholz Emmanuel Macron", "warf Scholz Präsident Macron ... vor"
        # a common noun after a name starts a new phrase ("Nepal Hilfe"), unless the
        # name goes on after it ("Moon Jae In", where the tagger took "Jae" for a noun) or
        # a preposition governs the name ("bei Jim Block")
        # a noun after a first name ("Bruno Rossmann", the tagger's noun) is the surname
        # ... but not after the name of a state or its capital alone ("in Hongkong Beamte
        # angegriffen": the place, then the object), nor a title and a name after it ("in Mali
        # Präsident Keïta festgenommen": the place, then the person)
        # (also with its article: "von den USA Raketen erhalten", "der Türkei Waffen geliefert")
        placed = governed and (len(phrase) == 1 or len(phrase) == 2 and phrase[0].pos == "ART") \
            and names_state(prev.text)
        if placed and following_name and _title(tok):
            return False
        placed = placed and not following_name
        return tok.pos != "NN" or len(tok.text) <= 3 or following_name or (governed and not placed) or (
            len(phrase) >= 2 and prev.pos == "NE" and first_name(prev.text))
    if _is_genitive_name(tok):
        return True
    if prev.text in lexicon().time_nouns:        # "am Montag Ungarn": a date, then the object
        return False
    title = _title(prev)
    if ((title and names_state(tok.text))
            or ((names_agent(prev.text) or names_state(prev.text)) and names_country(tok.text))) \
            and not following_name:
        # "warf der Diplomat Warschau vor" (not "Außenminister Israel Katz"); "Am Montag bedrohte
        # die chinesische Marine Taiwan", "kritisierte die Regierung Israel", "Gestern verurteilte
        # der Sicherheitsrat Nordkorea": two actors
        return False
    if _unnamed_body(prev) and names_person(tok.text) and not following_name:
        return False                     # "Gestern nahm die Polizei Nawalny fest": two actors
    if not title and not listed and _plural_noun(prev) and (names_state(tok.text) or names_country(tok.text)) \
            and not following_name:
        # "nachdem russische Raketen Kiew getroffen hatten": what hit, then where (not a list of
        # states in apposition: "den Nachbarstaaten Slowenien, Kroatien und Mazedonien")
        return False
    if not title and not listed and not governed and _plural_in_any_case(prev) and tok.pos == "NE" \
            and any(t.pos == "ADJA" for t in phrase[:-1]) and not following_name \
            and not names_person(tok.text) and not first_name(tok.text):
        # ... and a town no dictionary names, after a plural of an adjective that no preposition
        # governs ("Am Montag griffen russische Truppen Charkiw an", "trafen israelische Raketen
        # Gaza"): the doers, then the place
        return False
    determined = governed or any(t.pos in ("ART", "PPOSAT", "PDAT", "ADJA") for t in phrase[:-1])
    # a first name and a surname after a bare singular noun: the noun is a title ("Klubobmann
    # Reinhold Lopatka"; not "Demonstranten Donald Trump")
    named = following_name and prev.pos == "NN" and first_name(tok.text) and not _plural_noun(prev)
    return title or determined or named


def _plural_finite(token: Token) -> bool:
    """A finite verb of the third person plural: "griffen", "beschossen", "kritisierten",
    "handelten", "haben", "wollten" (no singular ends in -en: "begann", "griff", "kritisierte",
    "hat")."""
    low = token.text.lower()
    return token.pos in ("VVFIN", "VAFIN", "VMFIN") and low.endswith(("en", "ern", "eln"))


def _bare_plural(phrase: list[Token]) -> bool:
    """Adjectives and a noun that no feminine ending marks, with no determiner and the adjectives
    in -e, or after a determiner in -e and the adjectives in -en: a plural in the nominative or
    the accusative ("ukrainische Soldaten", "französische Minister", "die deutschen Politiker";
    not "russische Armee", "deutsche Ministerin", "deutsches Militär", "der deutsche Minister",
    "die deutsche Ministerin")."""
    words = phrase[1:] if phrase and phrase[0].pos in ("ART", "PDAT", "PIAT", "PPOSAT") else phrase
    *adjectives, noun = words
    if not adjectives or noun.pos != "NN" or feminine(noun):
        return False
    if noun.text.endswith("in") and not _plural_in_any_case(noun):
        return False          # "Ministerin", "Kanzlerin": a woman's title
    if words is phrase:
        return all(t.pos == "ADJA" and t.text.endswith("e") for t in adjectives)
    return phrase[0].text.lower().endswith("e") and all(t.pos == "ADJA" and t.text.endswith("en") for t in adjectives)


def _last_names(phrase: list[Token]) -> tuple[str, ...]:
    """The words of the run of names that ends the phrase ("Human Rights" of "die Organisation
    Human Rights")."""
    k = len(phrase)
    while k and phrase[k - 1].pos in ("NE", "FM"):
        k -= 1
    return tuple(t.text for t in phrase[k:])


def _person_then_state(phrase: list[Token], tok: Token) -> bool:
    """The phrase's names are a whole person's name of the actor dictionary ("Olaf Scholz",
    "Scholz") and ``tok`` alone names a state that no longer name goes on with: two actors,
    the subject after the verb and the object after it ("warf Olaf Scholz Russland ... vor")."""
    names = tuple(t.text for t in phrase if t.pos in ("NE", "FM"))
    if not names or not names_state(tok.text):
        return False
    length = person_name_length(names)
    return length == len(names) and person_name_length(names + (tok.text,)) == length


def _person_then_person(phrase: list[Token], tok: Token, following_name: bool) -> bool:
    """The phrase's names are a whole person's name of the actor dictionary ("Olaf Scholz",
    "Scholz") and ``tok`` begins another person's ("Emmanuel" of "Emmanuel Macron", "Macron"),
    or is a title with a name after it ("Präsident"): two actors, the subject after the verb and
    the object after it ("Am Montag kritisierte Olaf Scholz Emmanuel Macron")."""
    names = _last_names(phrase)
    if not names or person_name_length(names) != len(names):
        return False
    if tok.pos == "NN":
        return following_name and _title(tok)
    if tok.pos != "NE" or not tok.text[:1].isupper() or not (names_person(tok.text) or first_name(tok.text)):
        return False
    # (not a name the dictionary goes on with: "Abdullah bin Zayed", "Xi Jinping")
    return person_name_length(names + (tok.text,)) == len(names) and not goes_on(names, tok.text)


def _nominative_adjective(token: Token) -> bool:
    """An adjective in -e after "der" or "einer", which no genitive has (its adjective ends in -en:
    "der früheren Präsidentin", "einer neuen Regierung"): "der frühere Parteichef" after a noun
    is a phrase of its own ("wurde im Februar der frühere Parteichef beschuldigt"), no attribute."""
    low = token.text.lower()
    return token.pos == "ADJA" and low.endswith("e") and not low.endswith("en")


def _continues_genitive(prev: Token, tok: Token) -> bool:
    """A name goes on a genitive attribute ("der Regierung Assad", "des Ministers Lawrow"); a
    common noun after its noun starts a new phrase ("zur Unterstützung der Armee Luftangriffe
    fliegen"); nor does a state's name after a state's ("warf die Regierung der Ukraine Russland
    ... vor": two actors, the attribute's and the dative object)."""
    if tok.pos == prev.pos == "NE" and two_actors(prev.text, tok.text):
        return False
    return tok.pos in ("NE", "FM") or (tok.pos == "NN" and prev.pos in ("NE", "FM"))


def _nominalised(tokens: list[Token], first: int, last: int) -> bool:
    """A capitalised adjective that ends its phrase stands for a noun ("der 25-Jährige": the
    capital after the hyphen). At the start of a sentence capitals say nothing, so there a
    determiner, a preposition, a comma, a conjunction or a verb must come before it
    ("verletzten Unbekannte zwei Israelis": the unknown attackers, then the victims)."""
    token = tokens[last]
    if token.pos != "ADJA" or not token.text.rsplit("-", 1)[-1][:1].isupper():
        return False
    return last > 0 and (last > first or tokens[last - 1].pos in ("APPR", "APPRART", "$,", "KON")
                         or tokens[last - 1].pos.startswith(("VV", "VA", "VM")))


def _number_after_noun(tokens: list[Token], first: int, j: int) -> bool:
    """Whether a number at ``j`` comes after a capitalised adjective of the phrase that begins at
    ``first``, which then stands for a noun and ends its phrase: no number follows an adjective
    within one ("nach dem Anschlag auf einen Oppositionellen zwei Diplomaten ausgewiesen": two
    phrases; "die zwei russischen Diplomaten" is one)."""
    return (tokens[j].pos == "CARD" and j > first and tokens[j - 1].pos == "ADJA"
            and _nominalised(tokens, first, j - 1))


def _bare_number(tokens: list[Token], first: int, end: int, prep_token: Token | None) -> bool:
    """Whether the words from ``first`` up to ``end`` are a phrase of their own that a number
    ends with no noun after it, a word before the number counting on from others ("Weitere 64
    wurden festgenommen", "die übrigen 30 kamen frei"): the number stands for the noun left out.
    Not after a preposition ("stieg auf 64") nor for a number alone ("2015 wurden ...")."""
    return (end - first >= 2 and prep_token is None and tokens[end - 1].pos == "CARD"
            and tokens[end - 2].pos in ("ADJA", "PIAT", "PIDAT")
            and (end == len(tokens) or not (_is_noun(tokens[end]) or tokens[end].pos in PRONOUNS)))


def _is_noun(token: Token) -> bool:
    """A noun or name: the tagger's word, but German nouns are capitalised ("lecker" is not one)."""
    return token.pos in NOUNS and (_capitalised(token) or token.pos == "FM" or token.text[:1].isdigit())


def _capitalised(token: Token) -> bool:
    """Written with a capital, or a name after a lower-case particle ("al-Assad"), or a
    particle the tagger took as part of a dictionary name ("von der Leyen")."""
    return (token.text[:1].isupper() or particle_name(token.text)
            or (token.pos == "NE" and token.text.isalpha() and token.text.islower() and len(token.text) <= 4))


def _number_bound(tokens: list[Token], i: int) -> bool:
    """"bis zu" before a number: "bis zu 12.000 Menschen" is a noun phrase, not a phrase with "zu"."""
    return (i + 2 < len(tokens) and tokens[i].text.lower() == "bis" and tokens[i + 1].text.lower() == "zu"
            and tokens[i + 2].pos == "CARD")


def _measure(tokens: list[Token], j: int, prep_token: Token | None) -> bool:
    """A noun of measure after a number and before a bare noun, in a phrase of a preposition
    of measure: "zu drei Jahren Haft", "mit zehn Kilo Kokain"."""
    if prep_token is None:
        return False
    lex = lexicon()
    return (preposition(prep_token) in lex.measure_prepositions
            and 0 < j < len(tokens) - 1 and tokens[j - 1].pos == "CARD" and tokens[j].pos == "NN"
            and tokens[j].lemma.lower() in lex.measure_nouns and tokens[j + 1].pos == "NN")


def _class_apposition(tokens: list[Token], k: int, chunk: Chunk) -> int:
    """A bare noun, or bare nouns joined by a conjunction, right after a noun of a field
    (lexicon ``class_nouns``: "im Bereich Energie", "in den Bereichen Kultur und Bildung") belong
    to its phrase: the chunk takes them as its attribute; the index after them."""
    n = len(tokens)
    last = chunk.tokens[-1]
    if last.pos != "NN" or last.lemma.lower() not in lexicon().class_nouns or k >= n \
            or tokens[k].pos != "NN" or not tokens[k].text[:1].isupper():
        return k
    m = k + 1
    while m + 1 < n and tokens[m].pos == "KON" and tokens[m].text.lower() in ("und", "oder", "sowie") \
            and tokens[m + 1].pos == "NN":
        m += 2
    if chunk.attribute is None:
        chunk.attribute = len(chunk.tokens)
    chunk.tokens.extend(tokens[k:m])
    return m


def _genitive_owner(tokens: list[Token], chunks: list[Chunk], stranded: Token, stranded_prep: Token | None) -> Chunk | None:
    """The chunk whose genitive attribute a participle phrase opened by ``stranded`` is: the chunk
    that ends in a common noun right before that determiner, which opens a genitive as
    in the genitive attribute of :func:`noun_chunks` ("des", "eines"; "der" and "einer": "die
    Forderung der [von Iran] unterstützten Rebellen"); None when there is none."""
    low = stranded.text.lower()
    if stranded_prep is not None or not chunks or not (low in lexicon().genitive_determiners or (
            low in ("der", "einer") and stranded.pos == "ART")):
        return None
    at = next((m for m, t in enumerate(tokens) if t is stranded), None)
    if at is None or at == 0 or tokens[at - 1].pos != "NN":
        return None
    return next((c for c in reversed(chunks) if c.tokens[-1] is tokens[at - 1]), None)


def _before_attribute_phrase(tokens: list[Token], i: int) -> bool:
    """A determiner before the phrase of a participle attribute: "die [in Kiew] stationierten
    Soldaten", "keine [an Bedingungen] geknüpfte Hilfe". The tagger takes "keine" there for a
    pronoun at times; then an attribute and its noun must follow the phrase."""
    if not (i + 2 < len(tokens) and tokens[i + 1].pos in ("APPR", "APPRART")):
        return False
    if tokens[i].pos in ("ART", "PDAT", "PIAT", "PPOSAT"):
        return True
    if tokens[i].pos != "PIS":
        return False
    for j in range(i + 2, min(i + 8, len(tokens) - 1)):
        if tokens[j].pos == "ADJA" and tokens[j + 1].pos in NOUNS:
            return True
        if tokens[j].pos not in NOUNS | PRENOMINAL:
            return False
    return False


def _reciprocal_preposition(token: Token) -> str | None:
    """The preposition of a reciprocal adverb of the pack's ``reciprocal_adverbs``
    ("aufeinander": "auf", "gegeneinander": "gegen"), else None."""
    low = token.text.lower()
    if low not in lexicon().reciprocal_adverbs:
        return None
    return max((p for p in PREPOSITION_CASES if low.startswith(p)), key=len, default=None)


def _predicative_als(tokens: list[Token], i: int) -> bool:
    """"Russland als sehr ernste Bedrohung": "als" after a noun phrase and before another is the
    preposition of a predicative phrase, though the tagger took it for a comparison ("mehr als
    2.000", "größer als" stay comparisons)."""
    return (tokens[i].pos == "KOKOM" and tokens[i].text.lower() == "als" and 0 < i < len(tokens) - 1
            and tokens[i - 1].pos in NOUNS | PRONOUNS and tokens[i + 1].pos in PRENOMINAL | NOUNS | {"ADV"})


def noun_chunks(tokens: list[Token]) -> list[Chunk]:
    """Noun phrases of a clause's tokens, in order, each with its preposition and cases."""
    chunks: list[Chunk] = []
    i, n = 0, len(tokens)
    quantity_words = lexicon().quantity_words
    noun_prepositions = lexicon().noun_prepositions
    for k in range(n - 1):
        if tokens[k].pos == "PDS" and tokens[k + 1].pos in ("NN", "ADJA"):
            tokens[k].pos = "PPOSAT"      # "für dessen Unterstützung", "deren Politik": a possessor, not a phrase
        if tokens[k].pos == "NN" and tokens[k].text in noun_prepositions and tokens[k + 1].pos in ("NN", "NE", "ART") \
                and (k == 0 or tokens[k - 1].pos not in _DETERMINED_BY):
            tokens[k].pos = "APPR"        # "den Vormarsch Richtung Süden": a preposition, not a phrase
    stranded: Token | None = None    # "Die [in Kiew] stationierten Soldaten": the determiner before an attribute's phrase
    stranded_prep: Token | None = None     # "gegen den [nach Belgien] geflohenen ...": the preposition before it
    while i < n:
        if tokens[i].pos not in _OPENERS and tokens[i].text.lower() != "bis":
            i += 1              # a verb, a particle, punctuation: no phrase starts here
            continue
        prep_token = None
        start = i
        if tokens[i].pos == "ADV" and (prep := _reciprocal_preposition(tokens[i])):
            # "gingen aufeinander los": the phrase "auf einander" in one word, the subjects' own
            chunks.append(Chunk(tokens=[tokens[i]], head=0, cases=set(PREPOSITION_CASES[prep]), prep=prep,
                                prep_token=tokens[i]))
            i += 1
            continue
        if _before_attribute_phrase(tokens, i):
            stranded, stranded_prep = tokens[i], None
            i += 1
            continue
        if tokens[i].pos in ("APPR", "APPRART") and tokens[i + 1:i + 2] and tokens[i + 1].pos == "ART" \
                and _before_attribute_phrase(tokens, i + 1):
            stranded, stranded_prep = tokens[i + 1], tokens[i]
            i += 2
            continue
        if _number_bound(tokens, i):
            i += 2                # "bis zu 12.000 Menschen": the bound of a number, no preposition
        elif (tokens[i].pos in ("APPR", "APPRART") or _predicative_als(tokens, i)) and i + 1 < n:
            prep_token = tokens[i]
            i += 1
            start = i
        j = i
        while j < n and not _number_after_noun(tokens, i, j) and (tokens[j].pos in PRENOMINAL or _inside_premodifier(tokens, j)
                         or (j + 1 < n and tokens[j].pos == "NN" and _is_noun(tokens[j + 1])
                             and tokens[j].lemma.lower() in quantity_words)   # "Zehntausende Ungarn"
                         or _measure(tokens, j, prep_token)
                         or (j == i and prep_token is not None and tokens[j].pos == "ADV" and j + 1 < n
                             and tokens[j + 1].pos == "CARD"
                             and tokens[j].text.lower() in lexicon().number_adverbs)):   # "von rund 400 Millionen Dollar"
            j += 1
            if j == i + 1 and prep_token is not None and j + 1 < n and tokens[j + 1].pos == "CARD" and \
                    f"{tokens[i].text} {tokens[j].text}".lower() in lexicon().number_adverbs:
                j += 1            # "gegen mehr als 200 Demonstranten": two words of a comparison before the number
        if j > i and (j == n or not _is_noun(tokens[j])) and _nominalised(tokens, i, j - 1):
            j -= 1                # "der Vorsitzende", "die Grünen", "Kriegsgefangene": an adjective as noun
            tokens[j].pos = "NN"
        bare_number = _bare_number(tokens, i, j, prep_token)
        if bare_number:
            j -= 1                # "Weitere 64 wurden festgenommen": the number stands for the noun left out
        if j < n and (bare_number or _is_noun(tokens[j]) or (tokens[j].pos in PRONOUNS and j == i)):
            pronoun = tokens[j].pos in PRONOUNS
            k = j + 1
            while not pronoun and k < n:
                inverted = prep_token is None and start > 0 and _plural_finite(tokens[start - 1])
                if _continues_name(tokens[start:k], tokens[k], governed=prep_token is not None,
                                   following_name=k + 1 < n and tokens[k + 1].pos == "NE",
                                   listed=(k + 1 >= n and not inverted) or (k + 1 < n and tokens[k + 1].pos in ("$,", "KON")),
                                   inverted=inverted):
                    k += 1
                elif not (inverted and _bare_plural(tokens[start:k])) \
                        and (named := _known_person_after_noun(tokens, start, k, governed=prep_token is not None)):
                    k += named
                else:
                    break
            head = k - 1
            chunk_tokens = tokens[start:k]
            possessor: list[Token] = []
            if chunk_tokens and chunk_tokens[0].pos == "PPOSAT":
                possessor = [chunk_tokens[0]]
            elif len(chunk_tokens) > 1:
                names = next((m for m, t in enumerate(chunk_tokens) if t.pos != "NE"), len(chunk_tokens))
                if 0 < names < len(chunk_tokens) and _is_genitive_name(chunk_tokens[names - 1]) \
                        and chunk_tokens[names].pos in NOUNS | {"ADJA"}:
                    possessor = chunk_tokens[:names]       # "Trumps Forderung", "Donald Trumps Forderung"
            prep = preposition(prep_token) if prep_token else None
            chunk = Chunk(tokens=chunk_tokens, head=head - start, cases=_cases_of(chunk_tokens, prep),
                          prep=prep, prep_token=prep_token, possessor=possessor)
            if stranded is not None and prep is None:
                if chunk_tokens[0].pos == "ADJA":     # the participle phrase ends: its determiner tells the case
                    if stranded_prep is not None:     # and the preposition before it is the phrase's
                        chunk.prep, chunk.prep_token = preposition(stranded_prep), stranded_prep
                    chunk.cases = _cases_of([stranded] + chunk_tokens, chunk.prep)
                    chunk.determiner = stranded
                    owner = _genitive_owner(tokens, chunks, stranded, stranded_prep)
                    if owner is not None:
                        # "die Kritik des [von Russland] unterstützten Präsidenten": the genitive
                        # attribute of the noun before the determiner, as "die Kritik des Präsidenten"
                        if owner.attribute is None:
                            owner.attribute = len(owner.tokens)
                        owner.tokens.extend([stranded] + chunk_tokens)
                        # the attribute's own phrase ("von Russland") is no phrase of the clause (no
                        # agent of its passive), and the phrases after the noun ("an der Türkei")
                        # follow the noun they belong to
                        del chunks[next(m for m, c in enumerate(chunks) if c is owner) + 1:]
                        stranded, stranded_prep = None, None
                        i = k
                        continue
                stranded, stranded_prep = None, None
            # genitive attribute: "des Außenministeriums", "Nordkoreas"
            while k < n and not pronoun:
                bare_plural = (tokens[k].pos == "ADJA" and tokens[k].text.lower().endswith("er")
                               and k + 1 < n and tokens[k + 1].pos == "NN" and chunk.tokens[-1].pos == "NN")
                low = tokens[k].text.lower()
                possessive = (tokens[k].pos == "PPOSAT" and low.startswith(_EIN_WORDS) and low.endswith(("es", "er"))
                              and chunk.tokens[-1].pos == "NN")      # "der Ausweisung seiner Soldaten"
                if bare_plural or possessive or low in lexicon().genitive_determiners or (
                        tokens[k].text.lower() in ("der", "einer") and tokens[k].pos == "ART"
                        and k + 1 < n and (tokens[k + 1].pos in ("ADJA", "NN", "NE", "PIAT", "PIDAT")   # "der beiden Politiker"
                                           or _graded(tokens, k + 1))
                        and not _nominative_adjective(tokens[k + 1])
                        and chunk.tokens[-1].pos == "NN"):
                    m = k + 1
                    while m < n and (tokens[m].pos in PRENOMINAL or _graded(tokens, m)):
                        m += 1
                    if m < n and tokens[m].pos in NOUNS:
                        while m + 1 < n and _continues_genitive(tokens[m], tokens[m + 1]):
                            m += 1
                        if chunk.attribute is None:
                            chunk.attribute = len(chunk.tokens)
                        chunk.tokens.extend(tokens[k:m + 1])
                        k = m + 1
                        continue
                break
            k = _class_apposition(tokens, k, chunk)
            if chunk.prep is None and k < n and tokens[k].pos == "APPO":
                chunk.prep, chunk.prep_token = tokens[k].text.lower(), tokens[k]   # "Berichten zufolge"
                k += 1
            chunks.append(chunk)
            i = k
            continue
        i = max(i + 1, start + 1) if prep_token is None else i
    return _coordinate(tokens, _titled_across_phrase(tokens, chunks))


def _known_person_after_noun(tokens: list[Token], start: int, k: int, *, governed: bool) -> int:
    """How many tokens from ``k`` on a person's name of the actor dictionary takes that follows
    the phrase's only noun, a singular one that is a noun for a person or stands bare, first in
    its stretch (``_opens``) and with no preposition: the noun is that person's title
    ("Richterkandidat Brett Kavanaugh", "dem Kremlkritiker Nawalny", "Vize Reinhold
    Mitterlehner"; not "Demonstranten Trump", "wie viel Geld Van der Bellen ausgibt", "in
    diesem Text Niessl"). 0 when none does."""
    prev = tokens[k - 1]
    if prev.pos != "NN" or not _capitalised(prev) or _plural_noun(prev) or _unnamed_body(prev) \
            or any(t.pos in NOUNS for t in tokens[start:k - 1]):
        return 0
    words = []
    for token in tokens[k:k + 4]:
        if not _capitalised(token) or token.pos not in NOUNS | {"FM"}:
            break
        words.append(token.text)
    named = person_name_length(tuple(words))
    if named and (_person_noun(prev) or (start == k - 1 and not governed and _opens(tokens, start))):
        return named
    return 0


def _unnamed_body(noun: Token) -> bool:
    """A noun of a body that names no one person and is not named after its leader (the pack's
    ``collective_bodies`` less its ``leader_named_bodies``): a person's name after it is another
    actor, the object after the subject ("Gestern nahm die Polizei Nawalny fest", "Danach
    kritisierte die Opposition Orbán"; "die Regierung Merkel" is one phrase)."""
    words = languages.get("de").words
    low = noun.lemma.lower()
    return low in words.collective_bodies and low not in words.leader_named_bodies


def _opens(tokens: list[Token], start: int) -> bool:
    """A phrase at ``start`` stands first in its stretch: at the start, or after punctuation,
    a conjunction or a finite verb (not after "wie viel")."""
    return start == 0 or tokens[start - 1].pos in ("$,", "$(", "$.", "KON", "VVFIN", "VAFIN", "VMFIN")


def _person_noun(token: Token) -> bool:
    """A noun for a person: a title, an agent noun of the actor dictionary ("Landeshauptmann",
    "Richterkandidat"), a title the pack names persons by ("Anwalt", "Aktivistin"), or one of
    the lexicon's person_endings ("Kremlkritiker")."""
    low = token.text.lower()
    return (_title(token) or names_agent(token.text) or low.endswith(tuple(lexicon().person_endings))
            or any(low.endswith(t) for t in languages.get("de").words.name_titles if len(t) > 4))


def _name_tail(tokens: list[Token]) -> int | None:
    """Where a name that ends ``tokens`` begins after a noun before it: a person's name of the
    actor dictionary, or two capitalised names or more ("Repräsentantenhaus Nancy Pelosi");
    None when there is none."""
    for j in range(1, len(tokens)):
        if tokens[j - 1].pos not in NOUNS:
            continue
        if _is_name(tokens[j:]):
            return j
    return None


def _is_name(words: list[Token]) -> bool:
    """Capitalised nouns that are a person's name of the actor dictionary, or two names or more."""
    if not words or not all(_capitalised(t) and t.pos in NOUNS for t in words):
        return False
    return person_name_length(tuple(t.text for t in words)) == len(words) or (
        len(words) >= 2 and all(t.pos == "NE" for t in words))


def _titled_across_phrase(tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """A title, a prepositional phrase of what or where it is and a name are one phrase, the
    titled person: "die Minderheitsführerin im Repräsentantenhaus Nancy Pelosi", "der
    Sondergesandte für Syrien, Staffan de Mistura,". Only before the finite verb or after a
    speech verb ("sagte der Mehrheitsführer im Senat Mitch McConnell"); elsewhere the name
    may be an object ("empfing der Präsident im Weißen Haus Angela Merkel")."""
    if len(chunks) < 2:
        return chunks
    position = {id(t): k for k, t in enumerate(tokens)}
    lex = lexicon()
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        a = chunks[k]
        out.append(a)
        k += 1
        b = chunks[k] if k < len(chunks) else None
        if b is None or b.prep not in lex.title_prepositions or b.prep_token is None \
                or a.head != len(a.tokens) - 1 or a.head_token.pos != "NN" or not _title(a.head_token) \
                or position[id(b.prep_token)] != position[id(a.tokens[-1])] + 1:
            continue
        first = position[id(a.prep_token or a.tokens[0])]
        finite = [t for t in tokens[:first] if t.pos in ("VVFIN", "VAFIN", "VMFIN")]
        if finite and finite[-1].lemma not in lex.speech_verbs:
            continue
        added = [b.prep_token] + b.tokens
        if _name_tail(b.tokens) is None:
            name = _apposed_name(tokens, position, b, chunks[k + 1] if k + 1 < len(chunks) else None)
            if name is None:
                continue
            added += tokens[position[id(b.tokens[-1])] + 1:position[id(name.tokens[0])]] + name.tokens
            k += 1
        if a.attribute is None:
            a.attribute = len(a.tokens)
        a.tokens.extend(added)
        a.head = len(a.tokens) - 1
        k += 1
    return out


def _apposed_name(tokens: list[Token], position: dict[int, int], b: Chunk, c: Chunk | None) -> Chunk | None:
    """``c`` when it is a name (``_is_name``) set off by commas right after the phrase ``b``
    (", Staffan de Mistura,")."""
    if c is None or c.prep_token is not None:
        return None
    at, end = position[id(c.tokens[0])], position[id(c.tokens[-1])]
    if at != position[id(b.tokens[-1])] + 2 or tokens[at - 1].text != "," \
            or (end + 1 < len(tokens) and tokens[end + 1].text != ","):
        return None
    return c if _is_name(c.tokens) else None


def _genitive_conjunct(prev: Chunk, chunk: Chunk) -> bool:
    """Whether ``chunk`` ("und der Rebellen") continues the genitive attribute that ends ``prev``
    ("die Vertreter der Regierung"), not ``prev`` itself: it opens with "des", or with "der"
    before a feminine or plural noun (a masculine one is nominative: "und der Präsident"), or
    it is a name in the genitive after one ("das Treffen Putins und Erdoğans")."""
    if (len(prev.tokens) > 1 and _is_genitive_name(prev.tokens[-1]) and any(t.pos == "NN" for t in prev.tokens[:-1])
            and all(t.pos == "NE" for t in chunk.tokens) and _is_genitive_name(chunk.tokens[-1])):
        return True           # "das Treffen Putins und Erdoğans": both names in the genitive
    # (the attribute a genitive name too: "die Außenminister Russlands und der Türkei")
    attribute = any(t.pos == "ART" and t.text.lower() in ("der", "des") for t in prev.tokens[1:]) or (
        len(prev.tokens) > 1 and _is_genitive_name(prev.tokens[-1]) and any(t.pos == "NN" for t in prev.tokens[:-1]))
    first = chunk.tokens[0].text.lower()
    if not attribute or "gen" not in chunk.cases or first not in ("der", "des"):
        return False
    nouns = [t for t in chunk.tokens if t.pos in ("NN", "NE")]
    return first == "des" or any(feminine(t) or _plural_in_any_case(t) for t in nouns)


def _plural_noun(token: Token) -> bool:
    """A noun longer than its lemma by a plural ending ("Rebellen" of "Rebell", "Staaten")."""
    text, lemma = token.text.lower(), token.lemma.lower()
    return text != lemma and text.startswith(lemma) and text[len(lemma):] in ("e", "en", "n", "er", "s", "nen")


_UMLAUTS = str.maketrans("äöü", "aou")


def _plural_in_any_case(token: Token) -> bool:
    """A plural noun in any case, its vowel changed or not: "Rebellen", "Ländern" of "Land",
    "Männer" of "Mann"."""
    if _plural_noun(token):
        return True
    text, lemma = token.text.lower().translate(_UMLAUTS), token.lemma.lower().translate(_UMLAUTS)
    return (text != lemma and token.text.lower() != token.lemma.lower() and text.startswith(lemma)
            and text[len(lemma):] in ("e", "en", "er", "ern"))


def _is_list(tokens: list[Token], position: dict[int, int], chunk: Chunk) -> bool:
    """Is the phrase after the comma a list item ("A, B und C") rather than an apposition?"""
    end = position[id(chunk.tokens[-1])]
    return end + 1 < len(tokens) and tokens[end + 1].pos == "KON"


def _coordinate(tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    """Join "A und B" (same preposition or none) into one chunk."""
    if len(chunks) < 2:
        return chunks
    position = {id(t): k for k, t in enumerate(tokens)}
    out = [chunks[0]]
    for chunk in chunks[1:]:
        prev = out[-1]
        a = position[id(prev.tokens[-1])]
        b = position[id(chunk.prep_token or chunk.tokens[0])]
        between = tokens[a + 1:b]
        closed = bool(between) and between[0].text == ")"    # "Faymann (SPÖ) und Merkel"
        if closed:
            between = between[1:]
        start = position[id(prev.prep_token or prev.tokens[0])]
        joins = (len(between) in (1, 2) and between[0].pos == "KON"
                 and between[0].text.lower() in ("und", "sowie", "oder")
                 and all(t.pos == "ADV" for t in between[1:])) or (   # "und anschließend", "und auch"
            # "sowohl Kim als auch Trump"
            start > 0 and tokens[start - 1].text.lower() == "sowohl"
            and [t.text.lower() for t in between] == ["als", "auch"]) or (
            # "nicht nur die USA, sondern auch Japan"
            start > 1 and [t.text.lower() for t in tokens[start - 2:start]] == ["nicht", "nur"]
            and [t.text.lower() for t in between if t.text.lower() != "sondern"] == [",", "auch"])
        # "Kenzo Oshima, der Koordinator der UN", "Beratung, Planung und Aufbau", "Forum (APEC)"
        apposition = (not closed and len(between) == 1 and between[0].text in (",", "(")
                      and chunk.head_token.pos not in PRONOUNS)      # not "..., wir haben"
        # "Menschenrechtsgruppen, darunter Human Rights Watch": the members named
        apposition = apposition or (not closed and len(between) == 2 and between[0].text == ","
                                    and between[1].text.lower() in lexicon().member_adverbs
                                    and chunk.head_token.pos not in PRONOUNS)
        if apposition and chunk.prep_token is None:
            prev.tokens.extend(between + chunk.tokens)
            prev.coordinated = prev.coordinated or _is_list(tokens, position, chunk)
            continue
        if joins and chunk.prep_token is None and _genitive_conjunct(prev, chunk):
            prev.tokens.extend(between + chunk.tokens)      # "die Vertreter der Regierung und der Rebellen"
            continue
        if joins and chunk.prep_token is None and (prev.cases & chunk.cases):
            prev.tokens.extend(between + chunk.tokens)
            prev.head = len(prev.tokens) - 1
            prev.coordinated = True
            prev.attribute = None           # each conjunct has a head of its own
            prev.cases &= chunk.cases or prev.cases
            if not prev.cases:
                prev.cases = set(ALL_CASES)
            continue
        out.append(chunk)
    return out


# Pronouns and determiners whose number is certain in the nominative ("es" is not: "es kamen
# viele", nor "ihr": "ihr findet").
_SINGULAR_PRONOUNS = {"ich", "du", "er", "man", "jemand", "niemand", "wer", "dieser", "dieses", "jener", "jenes",
                      "der", "das", "dies", "welcher", "welches"}      # "die Soldaten, die der General ..."
_SINGULAR_DETERMINERS = ("der", "das", "ein", "eine", "kein", "dieser", "dieses", "jener", "jenes",
                         "jeder", "jede", "jedes", "mein", "dein", "sein", "unser", "euer")


_SINGULAR_ONLY = ("dem", "des", "das", "ein", "einem", "einen", "eines", "kein", "keinem", "keinen", "keines",
                  "diesem", "dieses", "jedem", "jeden", "jedes", "jeder", "jede")


def number(chunk: Chunk) -> str | None:
    """The number of a phrase in any case, where its form decides: "pl" for "von Ländern",
    "den Rebellen", coordinated phrases, numbers above one; "sg" for "dem Präsidenten",
    "des Landes", "die Regierung"; None where it could be either ("der Lehrer", "Russland")."""
    if chunk.coordinated:
        return "pl"
    head = chunk.head_token
    if head.pos not in NOUNS:
        return nominative_number(chunk)
    before = chunk.tokens[:chunk.head]
    first = chunk.tokens[0]
    if first.pos == "CARD" or any(t.text.lower() == "paar" for t in before):
        return nominative_number(chunk)
    determiners = [t.text.lower() for t in before if t.pos in ("ART", "PDAT", "PIAT", "PPOSAT")]
    if any(d in _SINGULAR_ONLY for d in determiners):
        return "sg"                   # "dem Präsidenten", "des Präsidenten"
    if "den" in determiners and chunk.cases <= {"acc", "nom"}:
        return "sg"                   # "gegen den Präsidenten": the plural accusative is "die"
    if head.pos == "NN" and _plural_in_any_case(head):
        return "pl"
    if head.pos == "NN" and head.text == head.lemma and feminine(head):
        return "sg"
    return None


def masculine_or_neuter(chunk: Chunk) -> bool:
    """A singular phrase whose determiner is of a masculine or neuter noun ("dem Präsidenten",
    "des Landes", "ein Soldat", "das Dorf")."""
    return any(t.pos in ("ART", "PDAT", "PIAT", "PPOSAT") and t.text.lower() in _SINGULAR_ONLY
               and t.text.lower() not in ("jeder", "jede") for t in chunk.tokens[:chunk.head])


def split_bare_attribute(chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """A phrase and its bare genitive attribute of an adjective in -er ("den Findern juristischer
    Ärger") as two phrases, the second as nominative as genitive: where the clause has no
    other subject, it is one ("droht den Findern juristischer Ärger")."""
    k = chunk.attribute
    if k is None or chunk.prep is not None or chunk.coordinated or chunk.tokens[k].pos != "ADJA" \
            or not chunk.tokens[k].text.lower().endswith("er"):
        return None
    tail = chunk.tokens[k:]
    nouns = [i for i, t in enumerate(tail) if t.pos in NOUNS]
    if not nouns:
        return None
    head = Chunk(tokens=chunk.tokens[:k], head=chunk.head, cases=set(chunk.cases), possessor=chunk.possessor,
                 determiner=chunk.determiner)
    return head, Chunk(tokens=tail, head=nouns[-1], cases=_cases_of(tail, None))


def nominative_number(chunk: Chunk) -> str | None:
    """The number of a phrase read as a nominative, where its form decides: "sg" for "der
    Rebellenführer", "die Regierung" (a feminine noun keeps its form in the singular), "er";
    "pl" for "die Demonstranten" (a plural ending on the lemma after a
    determiner or adjective: the tagger guesses the lemma of a word it does not know), "wir",
    "zwei Soldaten", "ein paar Leute", coordinated phrases; None where it could be either
    ("die Lehrer", "sie")."""
    if chunk.coordinated:
        return "pl"
    first, head = chunk.tokens[0], chunk.head_token
    low = first.text.lower()
    if len(chunk.tokens) == 1 and head.pos in PRONOUNS:
        return "sg" if low in _SINGULAR_PRONOUNS else "pl" if low == "wir" else None
    if head.pos not in NOUNS:
        return None
    before = chunk.tokens[:chunk.head]
    if any(t.text.lower() == "paar" for t in before):
        return "pl"                   # "ein paar Leute"
    if first.pos == "CARD":
        return "sg" if low in ("1", "ein", "eine", "einer") else "pl"
    if first.pos in ("ART", "PDAT", "PIAT", "PPOSAT") and low in _SINGULAR_DETERMINERS:
        return "sg"                   # "der", "das", "ein", "kein", "sein" + noun: no plural nominative
    if head.pos == "NN" and _plural_noun(head) and any(t.pos in PRENOMINAL for t in before):
        return "pl"
    if head.pos == "NN" and head.text == head.lemma and feminine(head):
        return "sg"                   # "die Regierung", "die Opposition"
    return None                       # a bare name: "Russland", but also "Taliban", "Grüne"
