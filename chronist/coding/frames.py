"""Verb and noun frames: a predicate plus its argument pattern → a CAMEO code.

Frames are data of the language pack: ``chronist/lang/<code>/frames.yaml`` and any further
``frames-*.yaml`` in that folder (frames.yaml first, the others in name order; one book per language); this module loads
and checks them and picks the frame that fits a clause.

A frame file may name classes of words (``classes: {weapons: [tank, missile, ...]}``) that any
frame of the language lists in its conditions as ``=weapons``: one list of the nouns of a kind
for all the verbs that take them ("delivered tanks", "sent tanks", "supplied tanks"); with a
preposition before it (``with =weapons``) each word takes that preposition ("supplied Kyiv with tanks").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from chronist import lang as languages
from chronist.coding.ontology import cameo
from chronist.errors import ConfigError
from chronist.loading import cached, pickled_by_fields, read_yaml, without_gc
from chronist.model import Clause

# CAMEO codes of yielding: intending, doing, demanding and refusing it
YIELDING_CODES = ("035", "08", "105", "124")
# CAMEO codes of rejecting: with a claim for its object, a denial (see FrameBook.denial)
_REJECTING = ("12",)
# acts of violence: a verb of denying whose object is one denies that it happened
_VIOLENT = ("18", "19", "20")
# and acts of backing: support, cooperation, arms deliveries a state is said to give to others
# ("Ruanda bestritt die Unterstützung der Rebellen", "denied any backing for the M23")
_BACKING = ("05", "06", "072")
_ROLE = re.compile(r"^(subject|object|dative|agent|possessor|genitive|complement|predicative|speaker|prep:\w+)$")
_FIELDS = {"lemma", "cameo", "target", "source", "when_object", "when_prep", "when_subject", "optional",
           "reciprocal", "intent", "intransitive", "transitive", "bare", "named", "instrument", "alone", "also", "also_target",
           "when_negated"}


def _bare_preposition(frame: Frame, clause: Clause) -> int | None:
    """Where the first phrase of the clause starts whose bare preposition meets the frame's
    preposition condition, when that condition names prepositions only ("gegen", not "gegen
    Kredit" or a noun) and nothing else of the clause meets it; else None."""
    if not frame.when_prep or any(" " in w for w in frame.when_prep):
        return None
    preps = clause.args("prep")
    if frame.when_prep & {_fold(t.lemma) for a in preps for t in a.tokens}:
        return None
    starts = [a.start for a in preps if a.prep and _fold(a.prep) in frame.when_prep]
    return min(starts) if starts else None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Frame:
    lemma: str
    kind: str                      # verb, noun
    cameo: str
    target: tuple[str, ...]
    source: tuple[str, ...]
    when_object: frozenset[str] = frozenset()
    when_prep: frozenset[str] = frozenset()
    when_subject: frozenset[str] = frozenset()     # sectors: "landeten" is a deployment when troops or jets land
    optional: bool = False
    reciprocal: bool = False
    intent: bool = False
    intransitive: bool = False     # only with no direct object ("demonstrated its strength" is no protest)
    transitive: bool = False       # only with a direct object ("blamed the bombing on India", not "is to blame for the attack on Kyiv")
    # only with a direct object and nothing said of it: no predicative noun or adjective after it,
    # no prepositional phrase ("called Putin" is a telephone call, "called Putin a liar", "called
    # Netanyahu weak" or "called Congress into session" is not)
    bare: bool = False
    instrument: bool = False       # a when_prep noun may be the subject (passive: agent) instead: the weapon ("Raketen trafen Kiew");
                                   # a when_object noun the subject of an active clause with no object ("troops pulled back")
    # the target is an actor a phrase names by its head, not the owner of a thing it names
    # ("kämpfte gegen die Politik der Regierung" is no fight with the government), or by one of
    # these heads, which stand for the actor itself ("erkannte die Unabhängigkeit des Kosovo an")
    named: bool = False
    named_by: frozenset[str] = frozenset()
    # the CAMEO code of the act when a reciprocal frame finds no partner and the doer is a state,
    # a government, an army or an international body: exercises held with someone are military
    # cooperation (062), held alone a show of force (150: "Russia held military exercises in Crimea")
    alone: str = ""
    # a second act the same words do to another party, with the CAMEO code ``also`` and the target
    # the roles ``also_target`` name: recognition switched from one state to another establishes
    # ties with the one (054) and cuts them with the other (161: "switched recognition from Taiwan
    # to Beijing")
    also: str = ""
    also_target: tuple[str, ...] = ()
    # the act is told only when the verb is negated, and then as done: not ruling out a hostile
    # act threatens it ("did not rule out military action against Ukraine", "schloss einen
    # Militäreinsatz gegen die Ukraine nicht aus"); not negated, the words tell of no event
    # ("ruled out military action": no threat, and no rejection of anyone either)
    when_negated: bool = False

    @property
    def suffered(self) -> bool:
        """Whether the subject is what the act is aimed at ("geriet unter Beschuss", "came
        under attack"): the frame names no agent in the subject. Not a frame whose doer is the one
        who says it ("mische sich in die Angelegenheiten Hongkongs ein, sagte ...": Hong Kong, whose
        affairs they are, suffers nothing and does not speak)."""
        return self.target[:1] == ("subject",) and "speaker" not in self.source

    def stands_for(self, lemma: str) -> bool:
        """Whether a head noun names the target actor itself for this frame (``named_by``)."""
        return _fold(lemma) in self.named_by

    def fits(self, clause: Clause, compounds: frozenset[str] = frozenset(),
             waters: frozenset[str] = frozenset(), leaders: frozenset[str] = frozenset()) -> bool:
        """Whether the clause meets the frame's conditions. ``compounds``: compound nouns that an
        object condition reads as the noun they end in ("Koalitionsgespräche" as "Gespräch");
        ``waters``: nouns of open water, whose phrase meets no condition of a bare preposition
        that names the frame's target ("fired two missiles into the sea" aims them at no one;
        warships sent "in das Südchinesische Meer" are a show of force there); ``leaders``: nouns of
        the head of a body, whose object an object condition reads as the body its attribute names
        too ("die Leiter der Botschaften abziehen" as "die Botschaften abziehen")."""
        if self.intransitive and clause.args("object"):
            return False
        if self.transitive and not clause.args("object"):
            return False
        if self.bare:
            objects = clause.args("object")
            said = {_fold(t.lemma) for p in objects for t in p.tokens} | {_fold(t.text) for p in objects for t in p.tokens}
            if not objects or clause.args("predicative", "prep") or any(_fold(o) not in said for o in clause.predicate.objects):
                return False
        # a state named by its bare name ("Russia", sector unknown) is its government; for a
        # frame only a government's act fits (an official protest) not one that only qualifies
        # the phrase's head ("Canadian loggers"; "Israeli jets" may be its forces, and so the
        # adjective of a head no list names does frames of forces: "die britische Mutter
        # Vodafone zog ihr Personal ab", a known error)
        # the doer: in the passive the agent ("von der syrischen Armee zurückerobert"), not what
        # was done to (a passive that names no doer names no sector)
        doers = [(a, p) for p in clause.args("agent") for a in p.actors] if clause.predicate.voice == "passive" \
            else [(a, p) for p in clause.args("subject") for a in p.actors]
        if self.when_subject and not any(
                (a.sector or ("GOV" if len(a.code) == 3 and a.code != "UNK"
                              and (self.when_subject != {"GOV"} or _heads(a, p)) else None))
                in self.when_subject for a, p in doers):
            return False
        if self.when_object:
            # the head of an object names it ("die Aussetzung der Gespräche" is no talks), but a
            # frame of yielding names what is eased, which stands in the attribute of the easing
            # noun ("die Aufhebung des Ausnahmezustands")
            yielding = self.cameo.startswith(YIELDING_CODES)
            heads = {_fold(t.lemma) for a in clause.args("object", "predicative")
                     for t in (a.tokens if yielding else a.tokens[:a.attribute])}
            if leaders and not yielding:
                heads |= {_fold(t.lemma) for a in clause.args("object") if a.attribute is not None
                          and a.tokens[:a.attribute] and _fold(a.tokens[:a.attribute][-1].lemma) in leaders
                          for t in a.tokens[a.attribute:]}
            heads |= {_fold(o) for o in clause.predicate.objects} - (_bodies(clause) - heads)
            if clause.predicate.kind == "noun":
                # a noun has no object: what it acts on stands in its genitive attribute, which
                # the front-end gives the possessor role ("die Aufhebung der Sanktionen")
                heads |= {_fold(t.lemma) for a in clause.args("possessor", "genitive") for t in a.tokens}
                # and in a phrase the frame takes as its target, which stands for the genitive of
                # a bare plural ("die Ausweisung von zehn Diplomaten")
                heads |= {_fold(t.lemma) for a in clause.args("prep") if f"prep:{a.prep}" in self.target
                          for t in a.tokens[:a.attribute]}
            heads |= {h.rsplit("-", 1)[1] for h in heads if "-" in h}     # "US-Tarnkappenjet"
            # an object whose head names an actor of a sector meets "@" and the sector ("@med": "banned Al
            # Jazeera", a medium by its own name, as "banned the broadcaster"; not "military aid",
            # whose head is a thing), and an object whose head is a state's bare name meets "@state"
            heads |= {f"@{x.sector.lower()}" for a in clause.args("object") for x in a.actors
                      if x.sector and x.end >= a.tokens[:a.attribute][-1].end}
            heads |= {"@state" for a in clause.args("object") for x in a.actors if not x.sector
                      and len(x.code) == 3 and x.code != "UNK" and x.end >= a.tokens[:a.attribute][-1].end}
            if self.instrument and clause.predicate.kind == "verb" and not clause.args("object") \
                    and clause.predicate.voice == "active":
                # what the doer moves or uses as the subject of a clause with no object: "Chinese
                # troops pulled back from two positions" is "pulled back troops from two positions"
                heads |= {_fold(t.lemma) for a in clause.args("subject") for t in a.tokens[:a.attribute]}
            if clause.predicate.stative and self.target[:1] != ("subject",):
                # a participle with "sein" whose noun stands in the dative tells what the subject is
                # exposed to ("war Angriffen der Rebellen ausgesetzt"), not what was done to that noun:
                # only a frame whose target is the subject reads it
                heads -= {_fold(t.lemma) for a in clause.args("dative") for t in a.tokens[:a.attribute]} - {
                    _fold(t.lemma) for a in clause.args("object") for t in a.tokens[:a.attribute]}
            listed = heads & compounds
            heads |= {w for w in self.when_object if any(h.endswith(w) for h in listed)}
            if not heads & self.when_object:
                return False
        if self.when_prep:
            preps = [a for a in clause.args("prep") if not waters or f"prep:{a.prep}" not in self.target
                     or not any(_fold(t.lemma) in waters for t in a.tokens[:a.attribute])]
            # a preposition ("for"), a noun of a prepositional phrase ("visit"), or the two
            # together ("behind attack": "was behind the attack"), which names what the phrase
            # is: its head, not an attribute ("für eine Lockerung der Sanktionen" is no "für Sanktion")
            found = {a.prep for a in preps} | {
                _fold(t.lemma) for a in clause.args("prep") for t in a.tokens} | {
                f"{a.prep} {_fold(t.lemma)}" for a in clause.args("prep") for t in a.tokens[:a.attribute]}
            # a hyphenated compound names what its last part names ("aus dem INF-Vertrag", "vor der
            # US-Botschaft"), as an object does
            found |= {h.rsplit("-", 1)[1] if " " not in h else f"{h.split(' ', 1)[0]} {h.rsplit('-', 1)[1]}"
                      for h in found if "-" in h}
            objects = sorted(clause.args("object"), key=lambda a: a.start)
            if clause.predicate.kind == "verb" and len(objects) == 2:
                # the second of two objects is what the first is named, as an "as" phrase says it
                # ("designated the TPLF a terrorist organisation" as "designated the TPLF as a ...")
                found |= {_fold(t.lemma) for t in objects[1].tokens[:objects[1].attribute]}
            if self.instrument:
                # the weapon as the subject, or in the passive as the agent: "Russische Raketen trafen
                # Kiew", "Kiew wurde von russischen Raketen getroffen" are "traf Kiew mit Raketen"
                role = "subject" if clause.predicate.voice == "active" else "agent"
                found |= {_fold(t.lemma) for a in clause.args(role) for t in a.tokens[:a.attribute]}
            if not found & self.when_prep:
                return False
        return True


class FrameBook:
    """All frames of one language, by predicate lemma, with the few words the coder needs
    (``settled``: prepositions that present an event noun as a fact; ``whole``: nouns that end
    in a frame noun but are no kind of it; ``claims``: nouns of what is said, whose rejection
    is a denial; ``demanded_claims``: words before such a noun that make it a demand, whose
    rejection is one, "opposed China's territorial claims"; ``denials``: verbs of denying, a denial when they deny a clause; ``topics``:
    prepositions that make an event noun the topic of talk; ``mentions``: nouns of what is
    feared, hoped or rumoured with the preposition that links their event noun, which is no
    act done; ``again``: prefixes that say an act is done again, "wiedereroberte" taking the
    frames of "erobern" where it has none of its own, see frames.yaml; ``compounds``: compound
    nouns that an object condition reads as the noun they end in, "Koalitionsgespräche" as
    "Gespräch", see frames-art27a.yaml; ``waters``: nouns of open water, which meet no
    condition on a preposition, "fired missiles into the sea", see frames.yaml; ``leaders``: nouns
    of the head of a body, "die Leiter der Botschaften" read as the embassies by an object condition,
    see frames-s17g.yaml)."""

    def __init__(self, frames: list[Frame], *, settled: frozenset[str] = frozenset(),
                 whole: frozenset[str] = frozenset(), claims: frozenset[str] = frozenset(),
                 demanded_claims: frozenset[str] = frozenset(), denials: frozenset[str] = frozenset(), topics: frozenset[str] = frozenset(),
                 mentions: frozenset[str] = frozenset(), again: frozenset[str] = frozenset(),
                 compounds: frozenset[str] = frozenset(), waters: frozenset[str] = frozenset(),
                 leaders: frozenset[str] = frozenset()):
        self.settled = settled
        self.leaders = leaders
        self.again = again
        self.compounds = compounds
        self.waters = waters
        self.topics = topics
        self.mentions = mentions
        self.mention_links = frozenset(p.rsplit(" ", 1)[-1] for p in mentions if " " in p)
        self.whole = whole
        self.claims = claims
        self.demanded_claims = demanded_claims
        self.denials = denials
        self._by_lemma: dict[tuple[str, str], list[Frame]] = {}
        for frame in frames:
            self._by_lemma.setdefault((frame.kind, frame.lemma.lower()), []).append(frame)
        for group in self._by_lemma.values():
            # conditional frames before the general one, more conditions first, a condition on
            # the object before one on a preposition alone ("flew medicine to Sudan" is aid before
            # it is a trip "to"), and a preposition named with its noun before a bare one ("came
            # to the aid of" before "came to"), and a weapon named before a kind of doer ("Russian
            # missiles struck Izmail" is a missile strike before it is a state's attack)
            group.sort(key=lambda f: (-_conditions(f), not f.when_object, not _phrases_only(f), not f.instrument))
        self._nouns = {lemma for kind, lemma in self._by_lemma if kind == "noun" and lemma}
        self._heads: dict[str, str] = {}

    def __len__(self) -> int:
        return sum(len(g) for g in self._by_lemma.values())

    def left_open(self, frame: Frame) -> bool:
        """Whether the frame's verb, negated, leaves an act open rather than telling one done or
        refused: a verb with a ``when_negated`` frame ("rule out", "ausschließen"), whose other
        frames negated tell of no event ("did not rule out talks with Kyiv" neither rejects nor
        holds them)."""
        return not frame.when_negated and any(
            f.when_negated for f in self._by_lemma.get((frame.kind, frame.lemma.lower()), ()))

    def frames(self) -> list[Frame]:
        return [f for group in self._by_lemma.values() for f in group]

    def find(self, clause: Clause) -> Frame | None:
        """The first frame of the clause's predicate that fits it; with a predicative, one whose
        object condition names what the object is called ("called the strikes a crime" is a
        criticism before it is a strike called)."""
        kind = "noun" if clause.predicate.kind == "noun" else "verb"
        lemma = self._known(kind, clause.predicate.lemma.lower())
        # (a compound takes the frames of the noun it ends in, a noun's: a verb that ends in the
        # spelling of a frame noun is no form of that noun's verb, "übertreffen" no "treffen",
        # "weiterversuchen" no "ersuchen", "hervorgehen" no "vorgehen")
        group = self._by_lemma.get((kind, lemma), ()) or (
            self._by_lemma.get((kind, self._head(lemma)), ()) if kind == "noun" else ())
        fitting = (frame for frame in group if frame.fits(clause, self.compounds, self.waters, self.leaders))
        first = next(fitting, None)
        if first is None or len(group) == 1:
            return first
        at = _bare_preposition(first, clause)
        if at is not None:
            # of two frames that a bare preposition of the clause each fits, the one whose phrase
            # comes first: "sprach sich gegen neue Kredite für Griechenland aus" rejects (gegen),
            # "sprach sich für Sanktionen gegen Russland aus" supports (für)
            earlier = [(start, frame) for frame in group if frame is not first and frame.fits(
                clause, self.compounds, self.waters, self.leaders) and (start := _bare_preposition(frame, clause)) is not None
                and start < at]
            if earlier:
                return min(earlier, key=lambda pair: pair[0])[1]
        # (what the object is called: a predicative, or an object word of the predicate's that
        # no phrase of the clause holds, as the English front-end keeps "a crime" in "called X a crime")
        called = {_fold(t.lemma) for a in clause.args("predicative") for t in a.tokens[:a.attribute]} | (
            {_fold(o) for o in clause.predicate.objects} - {_fold(t.lemma) for a in clause.arguments for t in a.tokens})
        if not called or first.when_object & called:
            return first
        return next((frame for frame in fitting if frame.when_object & called), first)

    def denial(self, frame: Frame, clause: Clause) -> bool:
        """Whether a frame of rejecting has a claim for its object ("wies die Vorwürfe zurück",
        "denied the allegations"), or is a verb of denying with no object ("bestritt, dass seine
        Truppen ... angegriffen hätten", "denied that ..."): that is a denial, a statement, not
        the rejection of a demand or an offer ("denied them access" is one)."""
        if not frame.cameo.startswith(_REJECTING):
            return False
        if frame.lemma.lower() in self.denials and not clause.args("object", "dative"):
            return True
        heads = {_fold(t.lemma) for a in clause.args("object") for t in a.tokens[:a.attribute]}
        heads |= {h.rsplit("-", 1)[1] for h in heads if "-" in h}
        if frame.lemma.lower() in self.denials and any(
                f.cameo.startswith(_VIOLENT) for h in heads for f in self.nouns(h)):
            return True     # "denies the genocide", "denied the attack": that it happened, no refusal
        if frame.lemma.lower() in self.denials and not clause.args("dative") and any(
                f.cameo.startswith(_BACKING) for h in heads for f in self.nouns(h)):
            return True     # "denied any support for the rebels": that it gave it, no refusal to give it
        # (a claim to land or waters is a demand, whose rejection is one: "opposed China's
        # territorial claims", "rejected Beijing's maritime claims")
        if heads & self.demanded_claims:
            return False
        # a compound names a claim by its last part ("Korruptionsvorwurf")
        return any(h in self.claims or any(h.endswith(c) and len(h) > len(c) + 3 for c in self.claims)
                   for h in heads)

    def verbs(self, lemma: str) -> list[Frame]:
        """The verb frames of a lemma, fitting a clause or not."""
        return self._by_lemma.get(("verb", self._known("verb", lemma.lower())), [])

    def nouns(self, lemma: str) -> list[Frame]:
        """The noun frames of a lemma, or of the longest noun with frames that it ends in."""
        lemma = self._known("noun", lemma.lower())
        return self._by_lemma.get(("noun", lemma), []) or self._by_lemma.get(("noun", self._head(lemma)), [])

    def _known(self, kind: str, lemma: str) -> str:
        """The lemma as the frames spell it: the tagger's lemma, else its other spelling of ß
        and ss (HanTa gives the old "Kompromiß", "Prozeß", a frame may say "Beschuss"); a verb
        done again ("wiedererobern") with no frames of its own, the verb itself ("erobern")."""
        if (kind, lemma) in self._by_lemma:
            return lemma
        known = next((v for v in spellings(lemma) if (kind, v) in self._by_lemma), None)
        if known is None and kind == "verb":
            known = next((rest for prefix in self.again if lemma.startswith(prefix)
                          and len(rest := lemma[len(prefix):]) > 3 and (kind, rest) in self._by_lemma), None)
        return known or lemma

    def _head(self, lemma: str) -> str:
        """The longest noun with a frame that a compound ends in: "maximalforderung" → "forderung",
        "us-luftangriff" → "luftangriff"."""
        found = self._heads.get(lemma)
        if found is None and (" " in lemma or any(lemma.endswith(w) for w in self.whole)):
            # "(qualitäts)anforderung" is no "forderung", "sich versprechen" no "versprechen"
            found = self._heads[lemma] = ""
        if found is None:
            # the longest suffix that leaves at least 3 letters before it (two nouns of one
            # length cannot both end the lemma, so the first found is the only one)
            found = next((lemma[-n:] for n in range(len(lemma) - 3, 0, -1) if lemma[-n:] in self._nouns), "")
            self._heads[lemma] = found
        return found


def _bodies(clause: Clause) -> set[str]:
    """The words of a clause's prepositional phrases that name a state's body or forces ("traf
    Trump im Weißen Haus", "im Pentagon"): they name where or with whom, no thing an object
    condition reads ("Haus" is no house hit). A body of no known state is none: a word of office
    alone names what someone is called ("bezeichnete Assad als Diktator"), no place or party."""
    return {_fold(t.lemma) for a in clause.args("prep") for t in a.tokens
            if any(x.start <= t.start < x.end and x.sector in _STATE_SECTORS and x.code != "UNK" for x in a.actors)}


# the sectors of a state's bodies and forces
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


def _conditions(frame: Frame) -> int:
    """How many conditions a frame sets: the more, the sooner it is tried ("Kampfjets flogen nach
    Polen" is a deployment before "flog nach Polen" is a visit)."""
    return sum(bool(c) for c in (frame.when_object, frame.when_prep, frame.when_subject))


def _phrases_only(frame: Frame) -> bool:
    """Whether a frame's prepositional condition names each preposition with its noun ("to
    aid", "in Frage"), which is more specific than a preposition or a noun alone."""
    return bool(frame.when_prep) and all(" " in w for w in frame.when_prep)


def spellings(word: str) -> tuple[str, ...]:
    """A word with its ß and ss both ways ("kompromiss", "kompromiß"): the German tagger keeps
    the old spelling of some nouns, the frames may use either. Spellings that are no word
    ("straße" -> "strasse") only ever fail to match."""
    return tuple(dict.fromkeys((word, word.replace("ß", "ss"), word.replace("ss", "ß"))))


def _fold(word: str) -> str:
    """A frame word or a lemma in lower case with ß written ss, the one spelling the
    conditions are compared in ("Kompromiß" and "Kompromiss" both give "kompromiss")."""
    return word.lower().replace("ß", "ss")


def _heads(actor, phrase) -> bool:
    """Whether an actor reaches the head of its phrase (before any attribute): "Russland", "the
    Kremlin", not the adjective of "Canadian loggers"."""
    head = phrase.tokens[:phrase.attribute] or phrase.tokens
    return not head or actor.end >= head[-1].end


def _classes(data: dict, where: str) -> dict[str, list[str]]:
    """The word classes a frame file names (``classes``), checked."""
    classes = data.get("classes") or {}
    if not isinstance(classes, dict):
        raise ConfigError(f"{where}: classes must map a name to a list of words, got {classes!r}")
    for name, words in classes.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"{where}: class {name!r} must be a list of words, got {words!r}")
    return classes


def _expanded(words: list[str], classes: dict[str, list[str]], where: str, lemma: str) -> list[str]:
    """A condition's words with each ``=name`` replaced by the words of that class."""
    out: list[str] = []
    for word in words:
        before, _, last = word.rpartition(" ")
        if last.startswith("="):          # "=weapons", or with a preposition: "with =weapons"
            if last[1:] not in classes:
                raise ConfigError(f"{where}: frame {lemma!r} names the class {last[1:]!r}, which no "
                                  f"frame file of the language defines (known: {', '.join(sorted(classes)) or 'none'})")
            out += [f"{before} {w}" if before else w for w in classes[last[1:]]]
        else:
            out.append(word)
    return out


def _frame(entry: dict, kind: str, where: str, classes: dict[str, list[str]] | None = None) -> Frame:
    if not isinstance(entry, dict) or "lemma" not in entry or "cameo" not in entry:
        raise ConfigError(f"{where}: a frame needs 'lemma' and 'cameo', got {entry!r}")
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)} in frame {entry['lemma']!r}")
    for key in ("when_object", "when_prep", "when_subject", "target", "source", "also_target"):
        values = entry.get(key, ())
        if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
            raise ConfigError(f"{where}: frame {entry['lemma']!r}: {key} must be a list of words "
                              f"(quote YAML keywords such as \"on\"), got {values!r}")
    entry = dict(entry)
    for key in ("when_object", "when_prep"):
        if key in entry:
            entry[key] = _expanded(entry[key], classes or {}, where, entry["lemma"])
    code = str(entry["cameo"])
    if cameo(code).plover is None:
        raise ConfigError(f"{where}: frame {entry['lemma']!r} has CAMEO {code}, which codes no event")
    if "alone" in entry and (not entry.get("reciprocal") or cameo(str(entry["alone"])).plover is None):
        raise ConfigError(f"{where}: frame {entry['lemma']!r}: 'alone' needs a reciprocal frame and a CAMEO "
                          f"code of an event, got {entry['alone']!r}")
    if ("also" in entry) != ("also_target" in entry) or ("also" in entry and cameo(str(entry["also"])).plover is None):
        raise ConfigError(f"{where}: frame {entry['lemma']!r}: 'also' needs 'also_target' and a CAMEO code of an "
                          f"event, got {entry.get('also')!r} with {entry.get('also_target')!r}")
    target = tuple(entry.get("target", ()))
    source = tuple(entry.get("source", ("possessor", "parent") if kind == "noun" else ("subject",)))
    if kind == "noun" and "possessor" in source and "agent" not in source + target:
        # the "by" phrase a front-end gives an event noun names its doer as its possessor does
        # ("the arrest of three activists by Russian police" as "Russia's arrest of ...")
        at = source.index("possessor") + 1
        source = source[:at] + ("agent",) + source[at:]
    for role in target + tuple(entry.get("also_target", ())) + tuple(r for r in source if r != "parent"):
        if not _ROLE.match(role):
            raise ConfigError(f"{where}: frame {entry['lemma']!r} has unknown role {role!r}")
    return Frame(lemma=str(entry["lemma"]), kind=kind, cameo=code, target=target, source=source,
                 when_object=frozenset(v for w in entry.get("when_object", ()) for v in (w.lower(), _fold(w))),
                 when_prep=frozenset(v for w in entry.get("when_prep", ()) for v in (w.lower(), _fold(w))),
                 when_subject=frozenset(w.upper() for w in entry.get("when_subject", ())),
                 optional=bool(entry.get("optional", False)),
                 reciprocal=bool(entry.get("reciprocal", False)), intent=bool(entry.get("intent", False)),
                 intransitive=bool(entry.get("intransitive", False)),
                 transitive=bool(entry.get("transitive", False)),
                 bare=bool(entry.get("bare", False)),
                 instrument=bool(entry.get("instrument", False)),
                 named=bool(entry.get("named", False)),
                 named_by=frozenset(v for w in (entry["named"] if isinstance(entry.get("named"), list) else ())
                                    for v in (w.lower(), _fold(w))),
                 alone=str(entry.get("alone", "")), also=str(entry.get("also", "")),
                 also_target=tuple(entry.get("also_target", ())),
                 when_negated=bool(entry.get("when_negated", False)))


def _read(text: str, where: str) -> dict:
    try:
        data = read_yaml(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: a frame file is a mapping (verbs, nouns, ...), got {type(data).__name__}")
    return data


def parse_frames(text: str, *, where: str, classes: dict[str, list[str]] | None = None) -> FrameBook:
    """The frames of one file; ``classes`` are the word classes of the language's other files
    (the file's own are added)."""
    return _book(_read(text, where), where, {**(classes or {}), **_classes(_read(text, where), where)})


def _book(data: dict, where: str, classes: dict[str, list[str]]) -> FrameBook:
    frames = [_frame(e, kind, where, classes) for kind, key in (("verb", "verbs"), ("noun", "nouns"))
              for e in data.get(key) or []]
    words = {}
    for key, what in (("settled", "prepositions"), ("whole", "nouns"), ("claims", "nouns"),
                      ("demanded_claims", "words before a claim noun"), ("denials", "verbs"),
                      ("topics", "prepositions"), ("mentions", "nouns with their preposition"),
                      ("again", "verb prefixes"), ("compounds", "nouns"), ("waters", "nouns"), ("leaders", "nouns")):
        words[key] = data.get(key) or []
        if not isinstance(words[key], list) or not all(isinstance(w, str) and w.strip() for w in words[key]):
            raise ConfigError(f"{where}: {key} is {words[key]!r}; give a list of {what}")
    return FrameBook(frames, settled=frozenset(w.lower() for w in words["settled"]),
                     whole=frozenset(v for w in words["whole"] for v in spellings(w.lower())),
                     claims=frozenset(_fold(w) for w in words["claims"]),
                     demanded_claims=frozenset(_fold(w) for w in words["demanded_claims"]),
                     denials=frozenset(w.lower() for w in words["denials"]),
                     topics=frozenset(w.lower() for w in words["topics"]),
                     mentions=frozenset(_fold(w) for w in words["mentions"]),
                     again=frozenset(w.lower() for w in words["again"]),
                     compounds=frozenset(_fold(w) for w in words["compounds"]),
                     waters=frozenset(_fold(w) for w in words["waters"]),
                     leaders=frozenset(_fold(w) for w in words["leaders"]))


@lru_cache(maxsize=None)
@without_gc
def frame_book(lang: str) -> FrameBook:
    """The frames of a language pack (cached: a pack registered again under the same code
    needs ``frame_book.cache_clear()``)."""
    if lang not in languages.available():
        raise ConfigError(f"no frames for language {lang!r}; use one of {', '.join(languages.available())}")
    if languages.built_in(lang):          # the package's own files: kept built in the cache folder
        return cached(f"frames-{lang}", lambda: _read_frame_book(lang))
    return _read_frame_book(lang)


def _read_frame_book(lang: str) -> FrameBook:
    pack = languages.get(lang)
    files = [(f"lang/{lang}/{path.name}", _read(path.read_text("utf-8"), f"lang/{lang}/{path.name}"))
             for path in pack.frame_files()]
    classes: dict[str, list[str]] = {}
    for where, data in files:
        for name, words in _classes(data, where).items():
            if name in classes:
                raise ConfigError(f"{where}: the class {name!r} is defined twice in the frames of {lang!r}")
            classes[name] = words
    books = [_book(data, where, classes) for where, data in files]
    return FrameBook([f for book in books for f in book.frames()],
                     settled=frozenset().union(*(book.settled for book in books)),
                     whole=frozenset().union(*(book.whole for book in books)),
                     claims=frozenset().union(*(book.claims for book in books)),
                     demanded_claims=frozenset().union(*(book.demanded_claims for book in books)),
                     denials=frozenset().union(*(book.denials for book in books)),
                     topics=frozenset().union(*(book.topics for book in books)),
                     mentions=frozenset().union(*(book.mentions for book in books)),
                     again=frozenset().union(*(book.again for book in books)),
                     compounds=frozenset().union(*(book.compounds for book in books)),
                     waters=frozenset().union(*(book.waters for book in books)),
                     leaders=frozenset().union(*(book.leaders for book in books)))


def load_frames(path: str | Path) -> FrameBook:
    """A user's own frame file, in the same format."""
    return parse_frames(Path(path).read_text("utf-8"), where=str(path))
