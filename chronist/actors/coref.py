"""Pronouns and definite descriptions resolved to actors mentioned earlier.

A deliberately small rule set, the same for German and English:
- a possessive ("sein", "his") refers to its clause's subject when it has one;
- a relative possessive ("dessen", "deren") refers to the nearest actor named before it
  in the sentence (see ActorAnnotator);
- a personal pronoun ("er", "he") refers to the speaker of reported speech,
  else to the last person named earlier in the sentence, else to the speaker of the
  previous sentence ("X schüre den Konflikt, sagte Y. Er rief ...": Y), else to its
  subject, else to the last person named at all (a person of an
  international body, not the body: not "die Vereinten Nationen" named in between); when that
  person is one the dictionaries do not know ("sagte Prieth", "der Anwalt David Prieth",
  "Prieth" after him), or he is the speaker, it refers to nothing;
- a feminine pronoun of a singular verb ("sie kritisierte", "..., sagte sie") refers to the last
  person named in its sentence or the two before who may be a woman, when the article told she is
  one (a feminine title: "die Außenministerin Annalena Baerbock"; "Frau Merkel"; a woman's first
  name of the dictionary: "Merkel") and no other woman or unknown person was named there; "er" to
  no woman ("Doskozil und Mikl-Leitner ... er": Doskozil); "ihr", "ihre" to such a subject;
- a demonstrative ("dieser") refers to the last person named before it;
- a definite description with no name of its own ("der Präsident", "the
  minister") refers to the last named actor of the same sector, or to a person the
  dictionaries do not know named with a title after it ("den russischen Botschafter Sergej
  Andrejew ... der Diplomat");
- a group pronoun ("sie" with a plural verb, "ihnen", "they", "their") outside reported speech,
  or in the speech of a speaker it does not agree with in number ("„Sie müssen abziehen“, sagte
  er"), refers to the group named last: a coordination ("Russland und die Türkei") or a plural noun
  phrase, in the nearest sentence before its own that names an actor (its subject, or its only
  group);
- "beide Seiten", "both sides" refer to the last coordination of two parties, or where there
  is none to the two states of the nearest sentence before that names two ("X traf Y."), and
  when appealed to (not a subject), to the subject and the one other party of that sentence's
  clause ("Die Armee griff die Rebellen an"); "die beiden Länder", "both countries" to
  the last two states, and "die Staatschefs beider Länder", "the two countries' leaders" to
  those states' leaders (the phrase's own sector); "das Land", "the country" to the one
  state named in the nearest sentence before that names one the clause does not; "der
  Mann", "die 72-Jährige" to the one person of the sentence before ("ein Palästinenser");
  "der 78-Jährige" with no person in the sentence before to the one person of the dictionary
  named in the three sentences before, unless an unknown person was named since;
  "die beiden Staatsoberhäupter", "the two leaders" to the two persons of the nearest sentence
  that names persons, and to nothing (not to one of them) when it names one or three;
  "die Nachbarn", "the neighbours" (no number word) as "the two neighbours"; "die Verbündeten", "the
  allies" to the states last named together in one phrase ("Russland und Belarus"), never to two
  named apart, and "the two allies" only to two; "the rivals' leaders", "die Außenminister der
  Nachbarn", "the allies' defence ministers" to those states' officials (the phrase's own sector);
  "die ausländischen Streitkräfte", "the foreign forces" to the forces of other states than the
  one the article names most, named last however far back; "die Gruppe", "die Organisation" to
  the one organisation named by its name in the three sentences before ("Ansar Dine");
- a name the dictionaries do not know ("Kowalczyk") refers to the actor of the phrase that
  named the person in full before ("der malische Außenminister Abdoulaye Kowalczyk").
Where no antecedent fits, or two do, they refer to nothing: no event rather than a wrong one.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from chronist import lang as languages
from chronist.loading import read_yaml
from chronist.model import ANY_AGREEMENT, Actor, Token


def description_kind(tokens: list[Token], lang: str) -> str | None:
    """What a phrase describes, by the pack's words: "forces" ("the foreign forces"), and in a
    phrase of four words at most "sides" ("beide Seiten", "die
    Konfliktparteien", "both sides"), "countries" ("die beiden Länder", "the two countries"),
    "their" (in up to seven words: "die Staatschefs beider Länder", "the two countries' leaders",
    "the rivals' leaders", "die Außenminister der Nachbarn"), "their allies" ("the allies' defence
    ministers"), "allies" and "two allies" ("the allies", "den beiden Verbündeten"),
    "country" ("das Land", "die Regierung des Landes", "the country's president"), "persons"
    (any other pair: "die beiden Staatsoberhäupter", "the two leaders") or "person" ("der Mann",
    "die 72-Jährige", "the man"; "aged" for an age: "der 78-Jährige"); None for any other phrase."""
    return _description_kind(tuple(t.text.lower() for t in tokens), lang)


@lru_cache(maxsize=50_000)
def _description_kind(low: tuple[str, ...], lang: str) -> str | None:
    """:func:`description_kind` of a phrase's words in lower case (phrases repeat: once each)."""
    words = languages.get(lang).words
    if low[0] in words.definite and any(low[i] in words.force_nouns and any(
            w.startswith(words.foreign_modifiers) for w in low[1:i]) for i in range(2, min(len(low), 4))):
        return "forces"       # "die ausländischen Streitkräfte", "the foreign forces of ..."
    # (not the pair itself: "the two sides", "the two countries" are "sides" and "countries")
    if len(low) <= 7 and any((low[i] in words.countries_nouns or low[i] in words.side_nouns) and low[i - 1] in words.pair_words
                             and not (i == 2 == len(low) - 1 and low[0] in words.definite) for i in range(2, len(low))):
        return "their"        # "die Staatschefs beider Länder", "the two countries' leaders", "commanders from both sides"
    owned = [i for i in range(1, len(low) - 2) if low[i - 1] in words.definite and low[i + 1] in _CLITICS]
    if len(low) <= 5 and any(low[i] in words.party_nouns or low[i] in words.pair_nouns for i in owned):
        return "their"        # "the rivals' leaders", "the neighbours' foreign ministers"
    if len(low) <= 5 and any(low[i] in words.allies_nouns for i in owned):
        return "their allies"     # "the allies' defence ministers"
    if 4 <= len(low) <= 7 and low[0] in words.definite and low[-2] in words.definite:
        # "die Außenminister der Nachbarn", "the foreign ministers of the neighbours"
        if low[-1] in words.pair_nouns:
            return "their"
        if low[-1] in words.allies_nouns:
            return "their allies"     # "die Verteidigungsminister der Verbündeten"
    if len(low) > 4:
        return None
    head = low[-1].rsplit("-", 1)[-1]
    paired = any(w in words.pair_words for w in low[:2]) and (low[0] in words.pair_words or low[0] in words.definite)
    if (paired and head in words.side_nouns) or (low[0] in words.definite and (
            head in words.party_nouns or " ".join(low[-2:]) in words.party_nouns)):
        return "sides"
    if paired and head in words.allies_nouns:
        return "two allies"   # "the two allies", "den beiden Verbündeten": two states named together
    if paired:
        return "countries" if head in words.countries_nouns else "persons"     # "die beiden Staatsoberhäupter"
    # (with one word between that counts nothing: "the nuclear-armed neighbours", "die engen Verbündeten")
    plain = len(low) == 2 or (len(low) == 3 and low[1] not in words.number_words and low[1] not in words.pair_words)
    if plain and low[0] in words.definite and head in words.pair_nouns:
        return "countries"    # "the neighbours", "die Nachbarn": the two states named last
    if plain and low[0] in words.definite and head in words.allies_nouns:
        return "allies"       # "the allies", "die Verbündeten": the states named last together
    if len(low) == 3 and low[0] in words.definite and low[1] in words.number_words[1:] and head in words.countries_nouns:
        return "countries"    # "the three countries", "die zwei Staaten": as many states named last
    if len(low) == 2 and low[0] in words.definite and any(h.split()[0] == low[1] for h in words.half_states):
        return "half"         # "the North": the divided country's half named before (capitalised)
    if (len(low) == 2 and low[0] in words.definite and low[1] in words.latter_words) \
            or (len(low) == 1 and low[0] in words.latter_words):
        return "latter"       # "the latter", "Letzterer": the second of the two named just before
    if (len(low) == 2 and low[0] in words.definite and low[1] in words.former_words) \
            or (len(low) == 1 and low[0] in words.former_words):
        return "former"
    if len(low) == 2 and low[0] in words.possessive_pronouns | words.owner_possessives | words.group_possessives:
        if head in words.peer_nouns:
            return "peer"         # "his counterpart", "seinen Amtskollegen": another state's official
        if head in words.neighbour_nouns:
            return "neighbour"    # "its neighbour", "seinen Nachbarn": another state
    if low[0] in words.definite and head not in words.countries_nouns and any(w in words.neighbour_words for w in low):
        return "neighbour"    # "das Nachbarland", "the neighbouring country": not the subject's state
    if any(w in _body_nouns(lang) and any(v in words.definite for v in low[max(0, i - 3):i])
           for i, w in enumerate(low)):
        return "body"         # "the bloc", "das Bündnis": the body of that form named last
    if any(_contains(low, f.split()[:-1], words.definite) for f in words.region_form_nouns):
        return "region"       # "the Gulf state", "der baltische Staat": the state of that group named last
    form_nouns = {f.split()[0] for f in words.state_form_nouns}
    if any(w in form_nouns and any(v in words.definite for v in low[max(0, i - 3):i]) for i, w in enumerate(low)):
        return "form"         # "the kingdom", "des Emirats": the state of that form named last
    if any(w in words.country_nouns and any(v in words.definite for v in low[max(0, i - 3):i])
           for i, w in enumerate(low)):
        return "country"
    if low[0] in words.definite and head in words.age_nouns:
        return "aged"     # "der 78-Jährige": a person named before, not only in the sentence before
    if len(low) == 2 and low[0] in words.definite and low[1] in words.organisation_nouns:
        return "organisation"     # "die Gruppe": the organisation named shortly before
    if len(low) == 2 and low[0] in words.definite and low[1] in words.coalition_nouns:
        return "coalition"        # "the coalition": the "Saudi-led coalition" named shortly before
    return "person" if low[0] in words.definite and head in words.person_nouns else None


def _contains(low: tuple[str, ...], words: list[str], definite: frozenset[str]) -> bool:
    """Whether ``words`` stand together in ``low`` after a definite article at most three words
    before them ("the former Soviet republic")."""
    n = len(words)
    return any(list(low[i:i + n]) == words and any(v in definite for v in low[max(0, i - 3):i])
               for i in range(1, len(low) - n + 1))


@lru_cache(maxsize=4)
def _body_nouns(lang: str) -> frozenset[str]:
    """The nouns of the pack's ``body_form_nouns`` ("bloc", "Bündnis")."""
    return frozenset(f.split()[0] for f in languages.get(lang).words.body_form_nouns)


def word_agreement(word: str, lang: str) -> frozenset[str]:
    """The genders and numbers (m, f, n, pl) a pronoun or article goes with, by the pack's
    lists ("er": m; "die": f or pl; "they": pl); empty when the lists do not name it."""
    return _word_agreement(word.lower(), lang)


@lru_cache(maxsize=10_000)
def _word_agreement(low: str, lang: str) -> frozenset[str]:
    words = languages.get(lang).words
    return frozenset(k for k, listed in (("m", words.masculine_words), ("f", words.feminine_words),
                                         ("n", words.neuter_words), ("pl", words.plural_words)) if low in listed)


def phrase_agreement(tokens: list[Token], actors: list[Actor], *, lang: str, plural: bool, person: bool,
                     head: str = "") -> frozenset[str]:
    """The genders and numbers a phrase that names ``actors`` may have, by what its words tell:
    a group (``plural``: "Russland und die Türkei", "police") is plural; its article ("die
    Polizei": f or pl); a person of the dictionaries (``person``) is m or f, as a title before the
    name tells ("Mr Farage", "Frau Merkel"; not "die Politik Trumps"); a state named by its
    bare name ("Russland", "Russia") and an organisation named by its name or by an institution
    noun (``head``: "the government") take the pack's agreement of states and organisations.
    Every one when nothing tells, or what the words tell contradicts itself."""
    words = languages.get(lang).words
    if plural:
        return frozenset({"pl"})
    told = ANY_AGREEMENT
    article = word_agreement(tokens[0].text, lang) if tokens and pronoun_kind(tokens[0], lang) is None else frozenset()
    if person:
        # the article of a phrase that names a person may be another noun's ("die Politik Trumps"):
        # only a title right before the name tells ("Mr Farage", "Frau Merkel")
        tags = languages.get(lang).tags
        title = article if tokens[0].pos in tags.common_noun | tags.proper_noun else ANY_AGREEMENT
        told &= frozenset({"m", "f"}) & title or frozenset({"m", "f"})
    elif article:
        told &= article
    elif not article and actors and words.state_agreement and all(
            _state(a.code) and not a.name for a in actors) and not head:
        told &= words.state_agreement           # "Russland", "Russia": no article, no noun
    elif actors and words.organisation_agreement and (head in words.institution_nouns or not (article or head) and all(
            a.name or a.code.startswith(("IGO:", "NGO:")) for a in actors)):
        told &= words.organisation_agreement    # "the government", "Hamas", "the UN"
    return told or ANY_AGREEMENT


def _named(mention: "Mention") -> int:
    """How many of a mention's actors have a known country."""
    return sum(a.code != "UNK" for a in mention.actors)


def pronoun_kind(token: Token, lang: str) -> str | None:
    """possessive, relative, demonstrative, personal, plural (resolved to a speaker, else as a
    group), first (resolved to a speaker only), group or group-possessive, by the pronoun lists and pronoun tags of the language pack;
    None for any other token."""
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
    if pos in tags.personal and low in words.first_person_pronouns or low in words.speaker_indefinites:
        return "first"
    if pos in tags.personal and low in words.group_pronouns:
        return "group"
    if pos in tags.possessive and low in words.group_possessives:
        return "group-possessive"
    return None


@dataclass(slots=True)
class Mention:
    actors: list[Actor]
    sentence: int
    start: int
    subject: bool
    speaker: bool = False
    plural: bool = False      # a group: "Russland und die Türkei", "die Rebellen", "zwei Soldaten"
    single: bool = False      # one person: a named one or "ein Palästinenser"
    clause: int = -1          # id of the clause it is an argument of
    place: bool = False       # named as a place ("in Havanna"), not as an actor
    last: str = ""            # the phrase's last word, lower case, when it has more than one
    agreement: frozenset[str] = ANY_AGREEMENT     # its genders and numbers (see phrase_agreement)
    # the first of a name of two words after a word that is no name, lower case ("spokesman Geng
    # Shuang"): a family name where it comes first, as Chinese and Korean names put it ("Geng said")
    first: str = ""
    head: str = ""            # the phrase's last word, lower case ("the Saudi-led coalition": "coalition")
    # an official named by his office as the object of a main clause: only a pronoun of his own
    # sentence means him ("expelled the German ambassador, accusing him"), not the next one's
    local: bool = False
    # a phrase that names a person of a body named by its name ("the Hamas leader", "ein Sprecher
    # der Hamas"), not the body alone: "er", "he" may mean him (see ``resolve``)
    person: bool = False


@dataclass(slots=True)
class Mentions:
    """Named actors of an article so far, in text order."""

    items: list[Mention] = field(default_factory=list)
    person_names: frozenset[str] = frozenset()     # the names of persons: "er" and "he" refer only to them
    every: list[Mention] = field(default_factory=list)     # every phrase with actors, named or not
    # those of them with an actor of known country when added: what a description may mean (a
    # line of a thousand unknown "Die Armee" must not cost a scan of all of them for each)
    known: list[Mention] = field(default_factory=list)
    strangers: list[Mention] = field(default_factory=list)     # persons the dictionaries do not know
    # where a person the dictionaries do not know was named in full whose last name alone is one
    # of theirs ("Lukas Nielsen"), with that last name in lower case (see add_bearer)
    bearers: list[tuple[int, str]] = field(default_factory=list)
    office: Callable[[str], str | None] = lambda name: None     # a person's office ("President") by name
    # the genders pronouns that meant a person told ("she said" of Merkel: f), by name
    genders: dict[str, set[str]] = field(default_factory=dict)

    def add(self, actors: list[Actor], *, sentence: int, start: int, subject: bool = False,
            speaker: bool = False, plural: bool = False, single: bool = False, clause: int = -1,
            resolved: bool = False, place: bool = False, last: str = "", first: str = "",
            agreement: frozenset[str] = ANY_AGREEMENT, head: str = "", person: bool = False) -> None:
        """``resolved``: actors a pronoun or description referred to, kept for the next group
        pronoun or description ("Sie ... Dort landeten sie"), not for "er". ``person``: the phrase
        names a person of a body named by its name ("the Hamas leader"; see ``Mention.person``)."""
        named = [a for a in actors if a.name]
        if named and not resolved:
            self.items.append(Mention(named, sentence, start, subject, speaker, agreement=agreement, person=person))
        if actors or plural:    # a group with no actor ("die Gespräche") is what a later "sie" may mean
            self.every.append(Mention(list(actors), sentence, start, subject, speaker, plural, single, clause, place,
                                      last.lower(), agreement, first.lower(), head.lower()))
            if any(a.code != "UNK" for a in actors):
                self.known.append(self.every[-1])

    def add_chained(self, actors: list[Actor], *, sentence: int, start: int, subject: bool, speaker: bool,
                    agreement: frozenset[str] = ANY_AGREEMENT) -> None:
        """A person a pronoun that is a subject or speaker referred to ("He said ... . And he
        defended ..."): the next sentence's "he" means him, not the last person named in
        between ("relations with Kim")."""
        named = [a for a in actors if a.name]
        if named and len(named) == 1:
            self.items.append(Mention(named, sentence, start, subject, speaker, agreement=agreement, person=True))
            self.items.sort(key=lambda m: m.start)

    def add_stranger(self, *, sentence: int, start: int, subject: bool = False, speaker: bool = False,
                     actors: list[Actor] | None = None, agreement: frozenset[str] = ANY_AGREEMENT,
                     local: bool = False) -> None:
        """A person the dictionaries do not know ("sagte Prieth"): "er" after him refers to
        him, not to a known person named before him: to the one actor of a state his own phrase
        gives him ("der russische Botschafter Sergej Andrejew": RUS/GOV, as "der Diplomat" after
        him), else to nothing; one of no public office ("der amerikanische Passagier Bill Jaynes",
        "der Berliner Unternehmer Martin Gruber") to nothing still. ``actors``: his phrase's actors;
        ``agreement``: the genders a pronoun that means him may have ("a woman": she, not he)."""
        own = [a for a in actors or [] if not a.name]
        kept = own if len(own) == 1 and _state(own[0].code) and own[0].sector \
            and own[0].sector in _OFFICE_SECTORS else []
        self.strangers.append(Mention(list(kept), sentence, start, subject, speaker, agreement=agreement, local=local))

    def tell(self, actors: list[Actor], agreement: frozenset[str]) -> None:
        """Keep the gender a personal pronoun that says something ("..., she said") and was found to
        mean ``actors`` tells of them, when they are one person of the dictionaries."""
        names = {a.name for a in actors}
        if len(names) == 1 and len(agreement) == 1 and agreement <= _GENDERS:
            name = names.pop()
            if name in self.person_names:
                self.genders.setdefault(name, set()).update(agreement)

    def by_surname(self, name: Token, endings: tuple[str, ...] = ()) -> list[Actor]:
        """The actors of the person named earlier in full whose last name ``name`` is ("Walid
        al-Moualem" ... "Al-Moualem" / "Moualem"), also with one of the pack's genitive
        ``endings`` ("Andrejews Worte" after "der russische Botschafter Sergej Andrejew"), the
        latest first; also the first word of a name of two ("Geng" after "spokesman Geng Shuang",
        a family name put first); [] when none."""
        low = name.text.lower()
        forms = {low} | {low[:-len(e)] for e in endings if e and low.endswith(e) and len(low) > len(e) + 2}
        for m in reversed(self.every):
            # (also a titled person of no named state, whose state the coder gives: "Attorney
            # General Consuelo Porras ... Porras")
            if m.start < name.start and not m.plural and len(m.actors) == 1 \
                    and (m.actors[0].code != "UNK" or m.actors[0].sector in _STATE_OFFICES) \
                    and (m.last and any(m.last == f or m.last.endswith("-" + f) for f in forms) or m.first in forms):
                return _copy(m.actors, name)
        return []

    def add_bearer(self, start: int, last: str) -> None:
        """A person the dictionaries do not know named in full ("the striker Lukas Nielsen"), whose
        last name alone is that of a person they know: the bare name after him is his."""
        self.bearers.append((start, last.lower()))

    def other_bearer(self, name: Token, actors: list[Actor], endings: tuple[str, ...] = ()) -> list[Actor] | None:
        """The actors of the person named earlier in full whose last name ``name`` is, when
        that is not the person the dictionary took the bare name for ("Kai-Fu Lee ... Lee" is
        no "Lee Hsien Loong"; "Lukas Nielsen ... Nielsen", of no actor, is none); None when that
        person was named before in the article (then the bare name is his: "Kim" after "Kim
        Jong Un" and "Sung Kim") or no other was. ``endings``: the pack's genitive endings, which
        the bare name may have ("Nielsens Kritik")."""
        low, names = name.text.lower(), {a.name for a in actors}
        forms = {low} | {low[:-len(e)] for e in endings if e and low.endswith(e) and len(low) > len(e) + 2}
        before = [m for m in self.every if m.start < name.start]
        if any(a.name in names for m in before for a in m.actors):
            return None
        bearer = max((start for start, last in self.bearers if start < name.start and last in forms), default=-1)
        for m in reversed(before):
            if m.start < bearer:
                break
            if not m.plural and len(m.actors) == 1 and m.last and any(m.last == f or m.last.endswith("-" + f) for f in forms):
                return _copy(m.actors, name)
        return [] if bearer >= 0 else None

    def by_head(self, token: Token, *, sentence: int) -> list[Actor]:
        """The organisation named last in the sentences just before (or earlier in this one)
        whose name ends in the noun ``token`` ("the U.N. Human Rights Council ... the council",
        "der UN-Sicherheitsrat ... der Rat"); none when it names no organisation of states or
        groups."""
        word = token.text.lower()
        for m in reversed(self.every):
            if m.start >= token.start or m.sentence < sentence - _REACH:
                continue
            orgs = [a for a in m.actors if ":" in a.code]
            if len(orgs) == 1 and len(m.actors) == 1 and len(word) > 2 and m.head.endswith(word) \
                    and orgs[0].text.lower().endswith(word):
                return _copy(orgs, token)
        return []

    def _before(self, start: int) -> list[Mention]:
        return [m for m in self.items if m.start < start]

    def resolve(self, token: Token, *, lang: str, sentence: int, subject: list[Actor] | None = None,
                speaker: list[Actor] | None = None, group: bool = True,
                subject_plural: bool = False, governing: list[Actor] | None = None,
                agrees: bool = True, stranger_speaker: bool = False,
                agreement: frozenset[str] = ANY_AGREEMENT, subject_agreement: frozenset[str] = ANY_AGREEMENT,
                speaker_agreement: frozenset[str] = ANY_AGREEMENT, speaker_office: bool = False,
                coarguments: frozenset[tuple[int, int]] = frozenset()) -> list[Actor]:
        """The actors ``token`` refers to. ``group``: the pronoun may be plural here (its verb
        is); ``subject_plural``: the clause's subject is a group; ``governing``: the group that is
        the subject of the clause governing the pronoun's, which reported speech means before its
        speaker ("Die Soldaten seien in einen Hinterhalt geraten, als sie ...": the soldiers, not
        the speaker; outside speech such a group is mostly the subject of an event coded already);
        ``agrees``: the speaker agrees with the pronoun in number ("die Zeitung" is no "sie" of a
        plural verb); ``stranger_speaker``: the speaker is a person the dictionaries do not
        know, whom "er" in his speech means (no actor then). ``agreement``: the genders and numbers
        of the pronoun, ``subject_agreement`` and ``speaker_agreement`` those of the clause's subject
        and speaker: a personal or possessive pronoun refers only to an actor it agrees with ("Die
        Polizei verteidigte sein Vorgehen": not the police's; "er" is no "die Hamas" named
        before), and to no one when none does. ``speaker_office``: the speaker is one person named
        by his office and no name ("Israel's attorney general said he would indict ...", "Der
        Außenminister sagte, er werde ..."): "he" in his speech is he, as a named speaker is.
        ``coarguments``: the spans of the phrases of the pronoun's clause that it cannot mean (the
        subject of an object pronoun: "Trump recognised him" is not Trump)."""
        kind = pronoun_kind(token, lang)
        if kind is None:
            return []
        earlier = self._before(token.start)
        if kind == "possessive" and subject and agreement & subject_agreement:
            return _copy(subject, token)
        if kind == "demonstrative":
            # the actor named last before it, by position, not a place ("Merkel forderte Erdogan
            # auf, ... zu stoppen, doch dieser lehnte ab": Erdogan, not the infinitive's subject
            # added after him; "Putin empfing Erdogan in Moskau. Dieser ...": not Moscow)
            near = [m for m in earlier if not m.place and m.agreement & agreement]
            return _copy(max(near, key=lambda m: m.start).actors, token) if near else []
        if kind == "plural" and speaker is not None and governing and group:    # reported speech
            return _copy(governing, token)
        if kind == "plural" and speaker and agrees:
            return _copy(speaker, token)
        if kind == "first":         # the one speaker of the speech, else no one
            return _copy(speaker, token) if speaker and len(speaker) == 1 else []
        # "Sie kritisierte Russland": "sie" of a singular verb outside reported speech is a woman, and
        # so is it in the speech of a group it is not ("Berater sagten, sie werde ... verhandeln")
        if kind == "plural" and not group and (speaker is None or not agrees) and agreement == _FEMININE:
            return _copy(self._woman(token, sentence, lang), token)
        # "„Sie müssen abziehen“, erklärte er": not the one speaker, a group named before
        if kind in ("plural", "group"):
            in_list = token.text.lower() in languages.get(lang).words.group_pronouns
            return self._group(token, sentence=sentence) if in_list and group else []
        if kind == "group-possessive":
            if subject:         # "Russland und die Türkei bekräftigten ihre ...": a singular subject may be "her"
                woman = subject_agreement == _FEMININE and all(a.name in self.person_names for a in subject)
                if subject_plural or woman:
                    return _copy(subject, token)
                women = languages.get(lang).words.feminine_first_names
                if len(subject) == 1 and subject[0].name in self.person_names and subject_agreement != _FEMININE \
                        and subject[0].name.split()[0] not in women:
                    # one man named as the subject is not "their" or "ihre" ("Senator Grassley
                    # rejected their request"): a group named before, as with no subject
                    return self._group(token, sentence=sentence)
                return []
            return self._group(token, sentence=sentence)
        if stranger_speaker:
            return []
        if speaker and any(a.name for a in speaker) and agreement & speaker_agreement:
            return _copy([a for a in speaker if a.name], token)
        if speaker and speaker_office and kind == "personal" and agreement & speaker_agreement:
            return _copy(speaker, token)
        # "er", "he": not an international body named in between ("Ri sprach vor der
        # Generalversammlung der Vereinten Nationen. Er rief ..."); a person the dictionaries do
        # not know, named since, means no actor
        # a personal pronoun ("er", "ihn", "he", "him") means a person: not a party, company or armed
        # group named by its name ("Der Täter habe sich zum IS bekannt. Ein Polizist wurde getroffen.
        # Dabei verletzte er ...": no actor rather than the IS); a possessive may be their own
        earlier = [m for m in earlier if any(a.name in self.person_names or (
                       ":" not in a.code and (kind != "personal" or m.person)) for a in m.actors)
                   and m.agreement & agreement]
        # nor a person a pronoun of the other gender meant before ("Merkel said Putin had lied. 'I
        # think he insulted them,' she said": not Merkel); (not by the gender of a phrase that names
        # the person as another's kin: "Badawis Ehefrau" is no woman Badawi)
        other = {name for name, genders in self.genders.items() if len(genders) == 1 and not genders & agreement}
        if other and agreement <= _GENDERS:
            earlier = [m for m in earlier if not all(a.name in other for a in m.actors)]
        # a stranger's own actor is what "er" means, not "sein" of a subject no actor names
        strangers = [m if kind == "personal" else dataclasses.replace(m, actors=[])
                     for m in self.strangers if m.start < token.start and m.agreement & agreement
                     and (not m.local or m.sentence == sentence)]
        earlier = sorted(earlier + strangers, key=lambda m: m.start)
        women = languages.get(lang).words.feminine_first_names

        def his(actors: list[Actor]) -> list[Actor]:
            # "Doskozil und Mikl-Leitner ... er": not the woman of the two
            return actors if "f" in agreement else [a for a in actors if not (a.name and a.name.split()[0] in women)]
        same = [m for m in earlier if m.sentence == sentence and not any(a <= m.start < b for a, b in coarguments)]
        if same:
            return _copy(his(same[-1].actors), token)
        previous = [m for m in earlier if m.sentence == sentence - 1 and m.speaker] or [
            m for m in earlier if m.sentence == sentence - 1 and m.subject]
        if previous:
            return _copy(his(previous[0].actors), token)
        return _copy(his(earlier[-1].actors), token) if earlier else []

    def woman(self, token: Token, sentence: int, lang: str) -> list[Actor]:
        """The woman a feminine singular pronoun refers to, if any (see ``_woman``)."""
        return _copy(self._woman(token, sentence, lang), token)

    def _woman(self, token: Token, sentence: int, lang: str) -> list[Actor]:
        """The woman a feminine singular pronoun ("sie kritisierte") refers to: the last person
        named in its sentence or the ``_WOMAN_REACH`` before who may be a woman, when her phrase
        tells she is one ("die Außenministerin Annalena Baerbock", "Frau Merkel") and no other
        woman was named there; nothing when that person is one the dictionaries do not know or
        one whose phrase tells no gender ("Meloni")."""
        # a woman is one a phrase before told is ("Kanzlerin Angela Merkel ... Merkel"), a man one told is
        told = {a.name: m.agreement for m in self.items if m.start < token.start and len(m.agreement) == 1
                for a in m.actors}
        # (not a man whose first name tells he is one: "Alexander Lukaschenko")
        men = languages.get(lang).words.masculine_first_names
        persons = sorted((m for m in self.items if m.start < token.start and m.sentence >= sentence - _WOMAN_REACH
                          and "f" in m.agreement and all(a.name in self.person_names and "f" in told.get(a.name, "f")
                                                         for a in m.actors)
                          and not all(a.name and a.name.split()[0] in men for a in m.actors)), key=lambda m: m.start)
        strangers = [m for m in self.strangers if m.start < token.start and m.sentence >= sentence - _WOMAN_REACH
                     and "f" in m.agreement]
        women = {a.name for m in persons for a in m.actors if told.get(a.name) == _FEMININE}
        told_strangers = [m for m in strangers if m.agreement == _FEMININE]
        if strangers and (not persons or strangers[-1].start > persons[-1].start):
            # a woman the dictionaries do not know named last, with an office ("die polnische
            # Außenministerin Anna Kowalska"): her office's actor, when no other woman was named
            last = strangers[-1]
            one = len({tuple((a.code, a.sector) for a in m.actors) for m in told_strangers}) == 1
            return last.actors if last.agreement == _FEMININE and one and not women else []
        if not persons or told_strangers or len(women) != 1 or any(a.name not in women for a in persons[-1].actors):
            return []
        return persons[-1].actors

    def _group(self, token: Token, *, sentence: int) -> list[Actor]:
        """The group a plural pronoun refers to: in the nearest sentence before its own that names
        an actor or a group, its group subject, else its only group; nothing when that sentence
        names none or two, or when the group is no actor ("Die Gespräche dauerten an. Sie ...").
        (Inside a sentence the front-ends bind "they" by the clauses, and a group named in the
        same sentence is mostly its subject, whose own event is coded already.)"""
        last = self._last_sentence(lambda m: m.sentence < sentence)
        # one phrase is one group, however many clauses share it ("the forces were there
        # illegally and will be dealt with": the subject copied into the second clause), named
        # by what it was resolved to ("the foreign forces": those named before)
        by_start: dict[int, Mention] = {}
        for m in last:
            if m.plural and (m.start not in by_start or _named(m) > _named(by_start[m.start])):
                by_start[m.start] = m
        groups = list(by_start.values())
        subjects = [m for m in groups if m.subject]
        chosen = subjects[:1] or (groups if len(groups) == 1 else [])
        return _copy(chosen[0].actors, token) if chosen else []

    def _one_side(self, pair: Mention) -> bool:
        """Whether two parties named together act as one side: the subject of a clause that names
        a third party ("Deutschland und die Niederlande sagten der Ukraine Systeme zu"): "beide
        Seiten", "both sides" after them are not they, and refer to no one."""
        if not pair.subject or pair.clause < 0:
            return False
        codes = {a.code for a in pair.actors}
        return any(m.clause == pair.clause and m is not pair and not m.subject and not m.place
                   and any(a.code not in codes and a.code != "UNK" for a in m.actors)
                   for m in self.every if m.sentence == pair.sentence)

    def _last_sentence(self, keep: Callable[[Mention], bool]) -> list[Mention]:
        """The mentions ``keep`` takes of the last sentence that has any, in text order (a walk
        back from the end, so that a long article costs no more per pronoun)."""
        found: list[Mention] = []
        for m in reversed(self.every):
            if found and m.sentence != found[0].sentence:
                break
            if keep(m):
                found.append(m)
        return sorted(found, key=lambda m: m.start)

    def _since(self, sentence: int, start: int, clause: int) -> list[Mention]:
        """The mentions from ``sentence`` on before ``start``, outside ``clause``, in text order."""
        found = []
        for m in reversed(self.every):
            if m.sentence < sentence:
                break
            if m.start < start and m.clause != clause:
                found.append(m)
        return sorted(found, key=lambda m: m.start)

    def refer(self, kind: str, tokens: list[Token], actors: list[Actor], *, sentence: int, clause: int,
              own: frozenset[str] = frozenset(), halves: frozenset[str] = frozenset(),
              state_forms: dict[str, frozenset[str]] | None = None, numbers: tuple[str, ...] = (),
              subject: bool = False) -> list[Actor]:
        """A description of ``kind`` (see :func:`description_kind`) with no actor of known
        country → the actors it refers to (see the module's doc); ``actors``: its own of unknown
        country, which take the state of "des Landes"; ``own``: the states named before it in
        its sentence, which "das Land" does not mean; ``numbers``: the pack's number words, from
        one up ("the three countries"); ``subject``: the phrase is its clause's subject."""
        span = Token(" ".join(t.text for t in tokens), "", "", tokens[0].start, tokens[-1].end)
        if kind == "forces":
            return _copy(self._foreign_forces(span.start, clause), span)
        earlier = self._since(sentence - _REACH, span.start, clause)
        if kind == "sides":
            # the two sides of a conflict or talks: the last two parties named together, however
            # far back; when none were, two states a sentence shortly before names ("X traf Y.")
            # (for sides one acts on, not the pair that acts: "Die USA und Saudi-Arabien drängten
            # beide Seiten, zurückzukehren", whose subject the infinitive's clause names again)
            pairs = self._last_sentence(lambda m: m.start < span.start and m.clause != clause
                                        and len({(a.code, a.sector) for a in m.actors}) == 2
                                        and (subject or not {a.code for a in m.actors} <= own))
            if pairs and self._one_side(pairs[-1]):
                return []       # allies who acted together are not the two sides
            if pairs:
                return _copy(pairs[-1].actors, span)
            # the sides a party appeals to may be the two of the fight just told ("Die Armee begann
            # eine Offensive gegen die TPLF. Die UNO rief beide Seiten zur Zurückhaltung auf"), not
            # those said to act together ("Seit 2013 hatten beide Seiten eine Waffenruhe
            # eingehalten": an old truce between others than the last fight's)
            opponents = [] if subject else _opponents([m for m in earlier if m.sentence < sentence])
            codes = _nearest_states(earlier, own, 2, [m for m in self.every if m.start < span.start])
            if opponents and {a.code for a in opponents} == set(codes):
                # the two states are the fight's sides, as their sectors tell ("Die Hisbollah
                # feuerte Raketen auf Nordisrael ab. Frankreich rief beide Seiten zur Zurückhaltung
                # auf": Hezbollah, not Lebanon's government)
                return _copy(opponents, span)
            return _states(codes, span) or _copy(opponents, span)
        if kind == "their":
            # "die Außenminister beider Länder": the phrase's own actors, one of each of the two states
            codes = _nearest_states(earlier, own, 2)
            return [Actor(code=c, sector=a.sector, text=span.text, start=span.start, end=span.end)
                    for c in codes for a in actors[:1]]
        if kind == "their allies":
            # "the allies' defence ministers": the phrase's own actors, one of each state named together
            codes = list(dict.fromkeys(a.code for a in _together(earlier, own)))
            return [Actor(code=c, sector=a.sector, text=span.text, start=span.start, end=span.end)
                    for c in codes for a in actors[:1]]
        if kind == "persons":
            # with the persons pronouns of the sentences before meant ("Zelensky visited Warsaw. He
            # thanked Poland. ... Duda pledged tanks. The two leaders signed ...")
            chained = [m for m in self.items if sentence - _REACH <= m.sentence < sentence and m.start < span.start]
            return self._two_persons(sorted(earlier + chained, key=lambda m: m.start), span, sentence)
        if kind == "organisation":
            # the body named last by the same noun first ("Turkey's defence procurement agency ...
            # the agency"), else the one organisation named by its name
            return _copy(self._coalition(earlier, tokens[-1].text.lower()) or self._organisation(earlier), span)
        if kind == "coalition":
            return _copy(self._coalition(earlier, tokens[-1].text.lower()), span)
        if kind in ("allies", "two allies"):    # "the two allies": two of them, no more
            together = _together(earlier, own)
            return _copy(together, span) if kind == "allies" or len({a.code for a in together}) == 2 else []
        if kind == "countries":
            article = [m for m in self.every if m.start < span.start]
            return _states(_nearest_states(earlier, own, _number(tokens, numbers), article), span)
        if kind == "half":
            if not tokens[-1].text[:1].isupper():
                return []         # "the north": a region
            codes = {h.split()[1] for h in halves if h.split()[0] == tokens[-1].text.lower()}
            for m in reversed(self.every):
                named = [a.code for a in m.actors if a.code in codes]
                if m.start < span.start and not m.place and named:
                    return _states(named[:1], span)
            return []
        if kind == "neighbour":     # ``own``: the states of the clause's subject
            return _states(_nearest_states(earlier, own, 1), span)
        if kind in ("latter", "former"):
            return _copy(_one_of_two(earlier, kind == "latter"), span)
        if kind == "peer":          # ``own``: the possessor's states; no other state's person named, no one
            return _copy(self._peer(earlier, own), span) if own else []
        if kind == "body":          # the body of that form named last, else the coalition named by the noun
            codes = self._last_of_form(tokens, span.start, clause, state_forms or {})
            return _states(codes, span) or _copy(self._coalition(earlier, tokens[-1].text.lower()), span)
        if kind == "region":        # the state of that group named last, else no one
            return _states(self._last_of_form(tokens, span.start, clause, state_forms or {}), span)
        if kind == "form":
            codes = self._last_of_form(tokens, span.start, clause, state_forms or {})
            kind = "country"        # none named: as "the country"
        else:
            codes = []
        if kind == "country":
            codes = codes or _nearest_states(earlier, own, 1)
            if not codes or not actors:
                return _states(codes, span)
            return [Actor(code=codes[0], sector=a.sector, text=a.text, start=a.start, end=a.end) for a in actors]
        persons = [m for m in earlier if m.sentence == sentence - 1 and m.single]
        chosen = persons if len(persons) == 1 else [m for m in persons if m.subject]
        if len(chosen) == 1:
            return _copy(chosen[0].actors, span)
        if kind == "aged" and not persons:      # the one person named shortly before, unless an unknown one since
            named = [m for m in self.items if m.start < span.start and m.sentence >= sentence - _REACH
                     and any(a.name in self.person_names for a in m.actors)]
            names = {a.name for m in named for a in m.actors if a.name in self.person_names}
            if len(names) == 1 and not any(m.start > named[-1].start for m in self.strangers
                                           if m.start < span.start):
                return _copy([a for a in named[-1].actors if a.name in self.person_names], span)
        return []

    def _acting_state(self, start: int, sentence: int, others: frozenset[str]) -> str | None:
        """The one state of the subject named last before ``start``, in ``sentence`` or the one before,
        when that subject is the state or its government, none of ``others``, and was not named as a
        place (see ``describe``)."""
        for m in reversed(self.every):
            if m.start >= start or m.sentence < sentence - 1 or not m.subject or m.place:
                continue
            codes = {a.code for a in m.actors if _state(a.code)}
            if not codes:
                continue          # (the description itself, or a subject of no state)
            if len(codes) != 1 or len(m.actors) != 1 or m.actors[0].name or m.actors[0].sector not in (None, "GOV"):
                return None       # (a person, or no state's government: "Der frühere Generalsekretär Jagland")
            code = codes.pop()
            return None if code in others else code
        return None

    def _last_of_form(self, tokens: list[Token], start: int, clause: int,
                      state_forms: dict[str, frozenset[str]]) -> list[str]:
        """The state of the form of state a word of ``tokens`` names (``state_forms``: noun -> states)
        named last before ``start`` outside ``clause``, however far back ("Saudi Arabia ... Turkey
        ... the kingdom": Saudi Arabia); [] when none was."""
        text = " " + " ".join(t.text.lower() for t in tokens) + " "
        states = frozenset().union(*(codes for noun, codes in state_forms.items() if f" {noun} " in text))
        for m in reversed(self.every):
            if m.start < start and m.clause != clause:
                named = [a.code for a in m.actors if a.code in states]
                if named:
                    return named[:1]
        return []

    def _peer(self, mentions: list[Mention], own: frozenset[str]) -> list[Actor]:
        """The person of the dictionary of another state than ``own`` the nearest sentence of
        ``mentions`` that names one names ("Scholz empfing Morawiecki. Die beiden sprachen über die
        Hilfe für die Ukraine. Scholz sagte seinem Amtskollegen ... zu": Morawiecki, not Ukraine);
        [] when that sentence names persons of two other states."""
        for index in sorted({m.sentence for m in mentions}, reverse=True):
            persons = {a.code: a for m in mentions if m.sentence == index and not m.place for a in m.actors
                       if a.name in self.person_names and _state(a.code) and a.code not in own}
            if persons:
                return list(persons.values()) if len(persons) == 1 else []
        return []

    def _organisation(self, mentions: list[Mention]) -> list[Actor]:
        """The one organisation of the dictionary named by its name in ``mentions`` ("Ansar Dine",
        "die Islamistengruppe Ansar Dine" ... "die Gruppe"; "Amnesty International ... Die
        Organisation"): a named actor with a sector, or an international or non-governmental body,
        that is no person; [] when none or two different ones were named. Names of one body
        with one code are one ("die EU-Kommission" and the "EU" of its compound): the last of them
        with a sector."""
        named = [m for m in mentions if not m.place and len(m.actors) == 1 and m.actors[0].name
                 and (m.actors[0].sector or m.actors[0].code.startswith(("IGO:", "NGO:")))
                 and m.actors[0].name not in self.person_names]
        names = {m.actors[0].name for m in named}
        if len(names) == 1:
            return named[-1].actors
        codes = {m.actors[0].code for m in named}
        if len(codes) == 1 and next(iter(codes)).startswith(("IGO:", "NGO:")):
            return next((m.actors for m in reversed(named) if m.actors[0].sector), named[-1].actors)
        return []

    @staticmethod
    def _coalition(mentions: list[Mention], noun: str) -> list[Actor]:
        """The actors of the last phrase in ``mentions`` that ends in ``noun`` and names them
        ("The Saudi-led coalition bombed Sanaa ... The Houthis accused the coalition"; "the
        European Commission ... the Commission"), also as the end of a compound ("die EU-Kommission
        ... die Kommission"); [] when none did."""
        named = [m for m in mentions if not m.place and m.head and _same_noun(m.head, noun) and m.actors
                 and all(a.code != "UNK" for a in m.actors)]
        return named[-1].actors if named else []

    def _two_persons(self, mentions: list[Mention], span: Token, sentence: int) -> list[Actor]:
        """The last two persons of the dictionary named, sentence by sentence back from the
        nearest that names any ("Vucic put the army on alert. Kurti accused Belgrade ... called
        on both leaders"), each once; [] when the sentence that brings the count to two names
        more than that. One person named before the phrase in its own sentence is who meets them,
        not one of them ("Von der Leyen will join the two leaders"): the pair is then looked for
        further back."""
        persons: dict[str, Actor] = {}
        for index in sorted({m.sentence for m in mentions}, reverse=True):
            here = {a.name: a for m in mentions if m.sentence == index for a in m.actors
                    if a.name in self.person_names and a.name not in persons}
            if len(here) == 1 and index == sentence:
                continue
            persons |= here
            if len(persons) >= 2:
                return _copy(list(persons.values()), span) if len(persons) == 2 else []
        return []

    def _foreign_forces(self, start: int, clause: int) -> list[Actor]:
        """The armed forces of states named last before ``start``, however far back, other than
        the forces of the state the article names most (theirs are not foreign)."""
        before = [m for m in self.every if m.start < start]
        named = Counter(a.code for m in before for a in m.actors if _state(a.code))
        home = named.most_common(1)[0][0] if named else None
        for m in reversed(before):
            forces = [a for a in m.actors if a.sector == "MIL" and _state(a.code) and a.code != home]
            if forces and m.clause != clause:
                return forces
        return []

    def describe(self, actor: Actor, *, lang: str, besides: frozenset[str] = frozenset(), sentence: int = -1,
                 plural: bool = False, others: frozenset[str] = frozenset()) -> Actor:
        """"der Präsident" (UNK/GOV) → the last named person who holds that office (the pack's
        titles.yaml names the offices of a description noun), else the last named actor of that
        sector who holds no other office. ``besides``: the persons named in the description's own
        clause, whom it does not mean ("Staatschef X forderte den Premier auf": not X); ``sentence``:
        the description's, whose own persons of no dictionary it does not mean either ("Der
        französische Präsident besuchte die Kanzlerin"). A ruler noun ("the junta", "die Putschisten")
        takes the state last named as a place before it ("Abuja - ECOWAS discussed the coup in
        Niger. The junta rejected the ultimatum": Niger's, not the dateline's), else it is left to take
        the article's country. A ``plural`` description ("the leaders", "die Rebellen") is no one
        person named before. A state's body that is its clause's subject and acts on ``others``, the
        states its clause names besides, with no body of that noun named before, is the state that
        was the subject just before, in its sentence or the one before, when that is none of them
        ("Litauen rief seinen Botschafter aus Minsk zurück. Die Regierung warf Lukaschenko vor ...":
        Lithuania's, not the article's most named state, whose leader it accuses)."""
        if actor.code != "UNK" or not actor.sector or " " in actor.text.strip():
            return actor
        if actor.text.strip().lower() in languages.get(lang).words.ruler_nouns:
            # (not a capital named as the place of what a state that is no party did, when other
            # states were named as parties before: "The EU sanctioned Myanmar's generals. At a
            # summit in Jakarta ASEAN agreed on a plan. The junta rejected it" is not Indonesia's,
            # left to take the article's country; a state named as a place still counts: "the coup
            # in Niger")
            parties = {a.code for m in self.every if m.start < actor.start and not m.place
                       for a in m.actors if _state(a.code)}
            for m in reversed(self.every):
                if m.start < actor.start and m.place:
                    states = {a.code for a in m.actors if _state(a.code)}
                    if len(states) == 1 and not states & parties and parties - states and all(
                            a.sector == "GOV" for a in m.actors):
                        continue
                    if len(states) == 1:
                        return Actor(code=states.pop(), sector=actor.sector, text=actor.text,
                                     start=actor.start, end=actor.end)
                    break
            return actor
        offices = _offices(actor.text, lang)
        before = list(reversed(self._before(actor.start)))
        known = [a for m in before for a in m.actors
                 if a.sector == actor.sector and a.code != "UNK" and a.name not in besides]
        words = languages.get(lang).words
        if words.federal_prefixes and actor.text.strip().lower().startswith(words.federal_prefixes):
            # a federation's body ("die Bundesregierung"): the last federation named in any role
            # ("den deutschen Botschafter", "aus Berlin"), not the last state
            for found in [a for m in reversed(self.every) if m.start < actor.start for a in m.actors
                          if a.code in words.federations][:1]:
                return Actor(code=found.code, sector=actor.sector, text=actor.text, start=actor.start, end=actor.end)
            return actor
        if _body(actor.text, lang):
            # "die Regierung", "the ministry": a state's body, no person and no organisation of states;
            # first the one named before with the same noun, even after a person ("the Trump
            # administration ... the administration", "die US-Regierung ... die Regierung"), or an
            # organisation of states ("the International Criminal Court ... the court"), not the
            # last state named since
            same = [a for m in reversed(self.known) if m.start < actor.start for a in m.actors
                    if a.sector == actor.sector and a.code != "UNK" and (
                        _same_noun(a.text, actor.text) or _linked_head(a.text, actor.text, words.name_links))]
            known = same[:1] or [a for a in known if a.name not in self.person_names and _state(a.code)]
            if not known and any(_state(c) for c in others):
                acting = self._acting_state(actor.start, sentence, others)
                if acting is not None:
                    return Actor(code=acting, sector=actor.sector, text=actor.text, start=actor.start, end=actor.end)
        held = [a for a in known if offices and a.name and self.office(a.name) in offices]
        free = [a for a in known if not (offices and a.name and self.office(a.name))]
        # a person the dictionaries do not know, named with a title of that sector after anyone
        # of it ("Außenminister Schetyna zitierte den russischen Botschafter Sergej Andrejew ...
        # der Diplomat"): the description is that person
        strangers = {m.start for m in self.strangers if m.start < actor.start and m.sentence != sentence and not m.local}
        newer = [a for m in reversed(self.known) if m.start in strangers and len(m.actors) == 1 for a in m.actors
                 if a.sector == actor.sector and a.code != "UNK" and not a.name]
        if newer and not plural and (not known or newer[0].start > known[0].start):
            return Actor(code=newer[0].code, sector=newer[0].sector, text=actor.text, start=actor.start, end=actor.end)
        # a group named before by the same noun with its country ("90 Palestinian prisoners ... Israel
        # freed the prisoners", "palästinensische Häftlinge ... die Häftlinge"), later than any named
        # actor of the sector: the description is that group
        group = [a for m in reversed(self.known) if m.start < actor.start for a in m.actors
                 if a.sector == actor.sector and a.code != "UNK" and not a.name and a.text != actor.text
                 and _same_noun(a.text, actor.text)][:1]
        if group and not _body(actor.text, lang) and (not known or group[0].start > known[0].start):
            return Actor(code=group[0].code, sector=group[0].sector, text=actor.text, start=actor.start, end=actor.end)
        if plural:
            held = [a for a in held if a.name not in self.person_names]
            free = [a for a in free if a.name not in self.person_names]
        for found in held[:1] or free[:1]:
            return Actor(code=found.code, sector=found.sector, text=actor.text,
                         start=actor.start, end=actor.end, name=found.name)
        return actor


# the offices of a state below its government (courts, prosecutors, lawmakers, forces), whose titled
# holder of no named state serves the article's state (a minister with no state: -1 FP news_dev)
_STATE_OFFICES = ("JUD", "LEG", "MIL", "COP")
# sectors of public office: "er" after a stranger titled with one of them refers to his actor
OFFICE_SECTORS = _OFFICE_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "ELI")
_CLITICS = frozenset({"'", "\u2019"})      # the possessive mark after a plural noun ("the rivals' leaders")
_REACH = 3     # how many sentences back a description looks
_WOMAN_REACH = 2     # how many sentences back "sie" of a singular verb looks for a woman
_FEMININE = frozenset({"f"})
_GENDERS = frozenset({"m", "f"})


def _body(noun: str, lang: str) -> bool:
    """Whether a description noun names a body of a state ("Regierung", "Außenministerium",
    "government"): the words of the pack's ``institution_nouns`` or nouns that end in one."""
    low = noun.strip().lower()
    return any(low == word or low.endswith(word) for word in languages.get(lang).words.institution_nouns)


def _same_noun(text: str, noun: str) -> bool:
    """Whether a phrase ends in a description noun, alone or as the end of a compound ("Trump
    administration", "US-Regierung" for "administration", "Regierung")."""
    last, low = text.strip().lower(), noun.strip().lower()
    return last == low or last.endswith((" " + low, "-" + low))


def _linked_head(text: str, noun: str, links: frozenset[str]) -> bool:
    """Whether a description noun is the head of an organisation's name that joins it to the rest
    by one of ``links`` ("International Court of Justice" for "court", with "of")."""
    words, low = text.strip().lower().split(), noun.strip().lower()
    return any(w == low and after in links for w, after in zip(words, words[1:]))


def _offices(noun: str, lang: str) -> frozenset[str]:
    """The offices a description noun names ("Präsidenten" → President), by the longest noun of
    the pack's titles.yaml the word starts with, allowing an inflection ending."""
    low = noun.lower()
    table = _title_table(lang)
    keys = [k for k in table if low.startswith(k) and len(low) - len(k) <= 2]
    return table[max(keys, key=len)] if keys else frozenset()


@lru_cache(maxsize=8)
def _title_table(lang: str) -> dict[str, frozenset[str]]:
    path = languages.get(lang).data("titles.yaml")
    data = read_yaml(path.read_text("utf-8")) if path else {}
    return {k.lower(): frozenset(v) for k, v in (data or {}).items()}


def _nearest_states(mentions: list[Mention], own: frozenset[str], count: int,
                    article: list[Mention] | None = None) -> list[str]:
    """The ``count`` states of the nearest sentence (last first) that names states other than
    ``own``, not only as places ("Gespräche in Havanna": Cuba is no party to them): a
    coordination of that many there first. Where it names more, the ``count`` of them that most
    sentences of the ``article`` so far name, when those stand out ("Egypt pledged to support
    Somalia and warned Ethiopia ... The AU urged both countries": Somalia and Ethiopia, named
    through the article, not Egypt); where it names fewer, those and the states the article
    names most besides, when they stand out ("Die Türkei zog das Schiff zurück, beide Länder
    vereinbarten Gespräche" in an article on Greece and Turkey); else []."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index in sorted(by_sentence, reverse=True):
        if not any(_codes(m, own) for m in by_sentence[index]):
            continue
        group = [m for m in by_sentence[index] if _codes(m, own) and not m.place]
        together = [m for m in group if len(_codes(m, own)) == count]
        if together:
            return list(_codes(together[-1], own))
        near = sorted({c for m in group for c in _codes(m, own)})
        if len(near) == count or not article:
            return near if len(near) == count else []
        named = Counter(c for c, _ in {(c, m.sentence) for m in article for c in _codes(m, own)})
        if len(near) > count:
            return _most_named(Counter({c: named[c] for c in near}), count)
        rest = _most_named(Counter({c: n for c, n in named.items() if c not in near}), count - len(near))
        return sorted(near + rest) if rest else []
    return []


def _most_named(named: Counter[str], count: int) -> list[str]:
    """The ``count`` codes named most, when they are named more than any other; else []."""
    ranked = [n for _, n in named.most_common()] + [0]
    if count < 1 or len(ranked) <= count or ranked[count - 1] <= ranked[count]:
        return []
    return sorted(c for c, n in named.items() if n >= ranked[count - 1])


def _one_of_two(mentions: list[Mention], second: bool) -> list[Actor]:
    """The second (else the first) of the two actors the nearest sentence of ``mentions`` that
    names any names, not as places ("Pompeo met Lavrov in Sochi. The latter ...": Lavrov); [] when
    it names one or more than two."""
    named = [m for m in mentions if not m.place and any(a.code != "UNK" for a in m.actors)]
    if not named:
        return []
    last = [m for m in named if m.sentence == named[-1].sentence]
    named = {a.code for m in last for a in m.actors if a.name}
    groups: dict[tuple, list[Actor]] = {}
    for m in last:         # "US-Außenminister Mike Pompeo": one actor, the "US" of his title his own
        for a in m.actors:
            if a.name or a.code not in named:
                groups.setdefault((a.code, a.name), []).append(a)
    if len(groups) != 2:
        return []
    return list(groups.values())[1 if second else 0][:1]


def _opponents(mentions: list[Mention]) -> list[Actor]:
    """The two sides of the nearest sentence of ``mentions`` that names any: its clause's subject and the one
    other party that clause names as an argument, when they differ by state or sector ("Die
    Armee begann eine Offensive gegen die TPLF": the army and the rebels); [] when the subject
    has no other party or several, or only a place ("Merkel sprach in Paris"). Where that
    sentence names one side only, the two of the sentence before when that side is one of them
    ("Erdogan kritisierte Schweden. Die Regierung in Stockholm wies die Vorwürfe zurück. Die Nato
    forderte beide Seiten auf ...": Turkey and Sweden)."""
    sentences = sorted({m.sentence for m in mentions if m.actors}, reverse=True)
    if not sentences:
        return []
    pair = _pair_of(mentions, sentences[0])
    if pair or len(sentences) < 2:
        return pair
    one = {a.code for m in mentions if m.sentence == sentences[0] and not m.place for a in m.actors
           if a.code != "UNK"}
    pair = _pair_of(mentions, sentences[1])
    return pair if len(one) == 1 and one <= {a.code for a in pair} else []


def _pair_of(mentions: list[Mention], last: int) -> list[Actor]:
    """The subject and the one other party of the clause of sentence ``last`` (see _opponents)."""
    named = [m for m in mentions if m.sentence == last and m.actors]
    subjects = [m for m in named if m.subject and not m.place]
    if len(subjects) != 1:
        return []
    sides = {(a.code, a.sector) for a in subjects[0].actors}
    others = {(a.code, a.sector): a for m in named if m.clause == subjects[0].clause and not m.subject and not m.place
              for a in m.actors if (_state(a.code) or a.sector) and (a.code, a.sector) not in sides}
    if len(sides) != 1 or len(others) != 1:
        return []
    return [subjects[0].actors[0], *others.values()]


def _together(mentions: list[Mention], own: frozenset[str]) -> list[Actor]:
    """The actors of the last phrase of ``mentions`` that names two states or more together, not as
    places, none of them ``own`` ("Russia and Belarus held joint exercises. Poland condemned the
    allies": Russia and Belarus); [] when none did (two states named apart may be foes)."""
    for m in reversed(mentions):
        states = [a for a in m.actors if _state(a.code)]
        codes = {a.code for a in states}
        if m.place or len(codes) < 2:
            continue
        if codes & own or len(states) != len(m.actors):
            return []
        return states
    return []


def _number(tokens: list[Token], numbers: tuple[str, ...]) -> int:
    """How many a description counts by its number word (``numbers``, from one up: "the three
    countries" 3); two when it names none ("both countries", "die beiden Länder")."""
    return next((numbers.index(low) + 1 for t in tokens if (low := t.text.lower()) in numbers), 2)


def _state(code: str) -> bool:
    return len(code) == 3 and code != "UNK"


def _codes(mention: Mention, own: frozenset[str]) -> list[str]:
    """The states of a mention other than ``own``, in order, each once."""
    return list(dict.fromkeys(a.code for a in mention.actors if _state(a.code) and a.code not in own))


def _states(codes: list[str], token: Token) -> list[Actor]:
    return [Actor(code=c, text=token.text, start=token.start, end=token.end) for c in codes]


def _copy(actors: list[Actor], token: Token) -> list[Actor]:
    return [Actor(code=a.code, sector=a.sector, text=token.text, start=token.start, end=token.end, name=a.name)
            for a in actors]
