"""Where each event of an article happened.

An event's place is, in this order:

1. its clause's place phrase, as the front-end read it ("in Moskau"); a region or country
   that only locates a city named right before it gives the city ("die Stadt Marat Numan
   im Nordwesten Syriens" happened in the city); else, for a visit or an attack, the place
   the visited or attacked side is named by ("Pompeo will visit Pyongyang", "Kiew empfing
   den Kanzler", "Russian drones struck Odesa");
2. a place phrase elsewhere in its sentence: a place name that a place preposition opens
   ("östlich von Chan Junis", "nahe der Stadt Aleppo", "bei einem Angriff auf ein
   Krankenhaus in Marat Numan") or a noun of places stands before ("die Stadt Azaz");
3. the scene: the place the last sentence that named one was at, for a sentence that goes
   on telling what happened there ("Bei den anschließenden Kämpfen seien auch neun Soldaten
   getötet worden"); when the scene is the country or area of the dateline's city, the city;
4. the dateline's city.

An armed group that acts in several states (``roams`` in the actor data: the Islamic State in
Syria, Iraq, Libya ...) takes the state of an event its own sentence places (1-2): "ein Lager
der Miliz IS in Libyen" is LBY/REB. Not the scene's or the dateline's: a campaign speech in
Iowa about fighting the Islamic State is no act of it in the United States.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from chronist import lang as languages
from chronist.geo.gazetteer import Gazetteer, Place, Words
from chronist.geo.locate import Mention, best, locate, locate_words, mentions, pick
from chronist.model import Actor, Document, Event, Sentence

_WORD = re.compile(r"\w[\w’'.-]*\w|\w|[^\w\s]")
_REACH = 6               # words between a place preposition and the name, at most
_ADJECTIVES = 2          # adjectives among them, at most ("der überwiegend kurdischen Provinz")
# Where a visit or an attack is: at the place that names the visited (make a visit, 042), the
# host (host a visit, 043) or the attacked (18, 19, 20), when that side is named by a place.
_AT_PLACE_OF = {"042": "target", "043": "source", "18": "target", "19": "target", "20": "target"}


def place_events(doc: Document, gazetteer: Gazetteer | None = None, roaming: frozenset[str] = frozenset()) -> None:
    """Set every event's ``location``, ``country``, ``lat`` and ``lon``, and the state of the
    groups named in ``roaming`` (see the module doc)."""
    gaz = gazetteer or Gazetteer.default()
    words = gaz.words[doc.lang]
    breaks = _breaks(doc.lang, words)
    proper = languages.get(doc.lang).tags.proper_noun      # the tags of names
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in doc.events:
        by_sentence[event.sentence_index].append(event)
    scene: Place | None = None
    settled: dict[tuple[str, str], str] = {}     # (group, its unplaced code): where it was placed
    for sentence in doc.sentences:
        events = by_sentence.pop(sentence.index, [])
        tokens = [t.text for t in sentence.tokens] or _WORD.findall(sentence.text)
        found = whole_names(mentions(tokens, lang=doc.lang, gazetteer=gaz),
                            {k for k, t in enumerate(sentence.tokens) if t.pos in proper})
        phrased = place_phrases(tokens, found, words, breaks)
        clause_places = []
        for event in events:
            codes = _codes(event)
            own = _clause_place(event, sentence, tokens, found, words, doc.lang, gaz) \
                or _named_place(event, doc.lang, gaz)
            clause_places.append(own)
            told = own or best(phrased, codes)
            _put(event, told or _carried(scene, doc, codes, gaz))
            if roaming:
                _settle(event, roaming, settled, told is not None)
        sentence_codes = [code for event in events for code in _codes(event)]
        here = best(phrased, sentence_codes) or next((p for p in clause_places if p is not None), None)
        if here is not None:
            scene = here
    for events in by_sentence.values():              # events of no known sentence: the dateline
        for event in events:
            _put(event, _filed(doc, _codes(event), gaz))


def whole_names(found: list[Mention], proper: set[int]) -> list[Mention]:
    """The mentions that are a whole proper name, not part of a longer one: in "die Ortschaft
    Tal Abu Samra" no town "Tal" or "Abu" is meant. ``proper``: the positions of the words
    tagged as proper nouns."""
    out = []
    for m in found:
        start, end = m.start, m.end
        while start - 1 in proper:
            start -= 1
        while end in proper:
            end += 1
        if (start, end) == (m.start, m.end):
            out.append(m)
    return out


def place_phrases(words: list[str], found: list[Mention], place_words: Words,
                  breaks: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions of ``found`` that are the place of a phrase: opened by a place preposition
    with only fillers, skip words and a few adjectives between, right after a noun of places,
    or joined by a conjunction to such a mention ("in Aleppo und Idlib")."""
    out: list[Mention] = []
    for m in found:
        i = m.start
        before = words[i - 1].casefold() if i > 0 else ""
        if before in place_words.place_nouns or _opened(words, i, place_words, breaks) or (
                before in place_words.conjunctions and out and out[-1].end == i - 1):
            out.append(m)
    return out


def _opened(words: list[str], i: int, place_words: Words, breaks: frozenset[str]) -> bool:
    adjectives = 0
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = words[k]
        low = word.casefold()
        if low in place_words.place_prepositions:
            return True
        if low in place_words.fillers or low in place_words.place_nouns or word in place_words.skip:
            continue
        if (word.isalpha() and word.islower() and low not in breaks and adjectives < _ADJECTIVES
                and low.endswith(place_words.adjective_endings)):
            adjectives += 1
            continue
        return False
    return False


def _breaks(lang: str, place_words: Words) -> frozenset[str]:
    """Prepositions that open some other phrase ("aus", "gegen", "über"): no adjectives."""
    pack = languages.get(lang).words
    others = pack.prepositions | pack.binding_prepositions | pack.seat_prepositions
    return frozenset(w.casefold() for w in others) - place_words.fillers - place_words.place_prepositions


def _clause_place(event: Event, sentence: Sentence, words: list[str], found: list[Mention],
                  place_words: Words, lang: str, gaz: Gazetteer) -> Place | None:
    phrase = event.place_phrase
    if phrase is None or not phrase.tokens:
        return None
    codes = _codes(event)
    index = {t.start: n for n, t in enumerate(sentence.tokens)}
    first, last = index.get(phrase.tokens[0].start), index.get(phrase.tokens[-1].start)
    if first is None or last is None:
        return locate_words([t.text for t in phrase.tokens], lang=lang, countries=codes, gazetteer=gaz)
    place = best([m for m in found if first <= m.start and m.end <= last + 1], codes)
    if place is None or place.kind not in ("region", "country"):
        return place
    # "die Stadt Marat Numan im Nordwesten Syriens": the phrase locates the city before it
    k = first - 1 if first > 0 and words[first - 1].casefold() in place_words.place_prepositions else first
    for m in found:
        if m.end == k and m.specificity == 0:
            city = pick(m, codes)
            if city.country == place.country:
                return city
    return place


def _named_place(event: Event, lang: str, gaz: Gazetteer) -> Place | None:
    """The place the visited or attacked side is named by (``_AT_PLACE_OF``): a place name that
    ends its phrase, only lower-case words before it ("Pyongyang", "the port of Odesa"; not
    "Kim", "Chinas Präsident Xi")."""
    role = next((side for code, side in _AT_PLACE_OF.items() if event.cameo.startswith(code)), None)
    for actor in getattr(event, role) if role else ():
        words = _WORD.findall(actor.text)
        found = [m for m in mentions(words, lang=lang, gazetteer=gaz) if m.end == len(words)]
        if found and all(w.islower() for w in words[:found[0].start]):
            return pick(found[0], [actor.code])
    return None


def _carried(scene: Place | None, doc: Document, codes: list[str], gaz: Gazetteer) -> Place | None:
    filed = _filed(doc, codes, gaz)
    if scene is None:
        return filed
    if filed is not None and scene.kind == "country" and scene.country == filed.country:
        return filed                 # "in Kuba" with the dateline Havanna: Havana
    return scene


def _filed(doc: Document, codes: list[str], gaz: Gazetteer) -> Place | None:
    return locate(doc.place, lang=doc.lang, countries=codes, gazetteer=gaz) if doc.place else None


def _codes(event: Event) -> list[str]:
    return [a.code for a in (*event.source, *event.target)]


def _settle(event: Event, roaming: frozenset[str], settled: dict[tuple[str, str], str], told: bool) -> None:
    """The groups of ``roaming`` among the event's actors take the state it is placed in, when
    its sentence places it (``told``); an event its sentence places nowhere, the state an
    earlier event of the article placed the group in, as the article goes on about it ("Islamic
    State fighters stormed a village in northeastern Nigeria ... Nigerian troops later arrested
    two Islamic State fighters": Nigeria's). ``settled`` keeps those states by group and the
    code the group had before (a state's adjective that bound it, "der libysche IS", stays)."""
    if told and (event.country is None or len(event.country) != 3):
        return
    def state(a: Actor) -> str | None:
        if a.name not in roaming:
            return None
        if told:
            settled[(a.name, a.code)] = event.country
            return event.country
        return settled.get((a.name, a.code))
    def placed(actors: list[Actor]) -> list[Actor]:
        return [dataclasses.replace(a, code=code) if (code := state(a)) else a for a in actors]
    event.source, event.target = placed(event.source), placed(event.target)


def _put(event: Event, place: Place | None) -> None:
    if place is not None:
        event.location, event.country, event.lat, event.lon = place.name, place.country, place.lat, place.lon
