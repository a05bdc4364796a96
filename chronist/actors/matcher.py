"""Find actors in the words of a phrase.

``ActorMatcher.match`` reads the tokens of one phrase (or a whole sentence), finds
the longest dictionary names (persons, organisations, countries and their
demonyms, capitals used for governments) and agent nouns, splits German compounds
("US-Präsident", "Palästinenserpräsident"), and combines what belongs to one
noun phrase into one actor: "Südkoreas Präsident Moon Jae In" is one KOR/GOV,
"nordkoreanischen Offiziellen" PRK/GOV, "Russland und Japan" two actors.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from chronist import lang as languages
from chronist.actors.dictionary import ActorDictionary, Agent, Entry, Person
from chronist.actors.parts import Part, longest, prep_before, text_of, to_parts
from chronist.errors import ConfigError, InputError
from chronist.model import Actor, Token

log = logging.getLogger(__name__)

# an acronym written with a full stop after each letter ("F.B.I.", "N.A.T.O.")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")

# Conjunctions, determiners, prepositions and the tags of verbs and nouns are the language
# pack's (``chronist.lang.get(code).words`` and ``.tags``).
_OVERRIDING = frozenset({"REB", "OPP"})
# a state's rulers and forces, and the other side of their conflicts, named apart (``_coordinated``)
_RULING = frozenset({"GOV", "MIL"})
# country forms that only give a noun its country: "russische", "der Provinz Sindh"
_MODIFIERS = frozenset({"adj", "region"})
# heads that are no actor alone but keep an organisation named in the same word one
# ("EU-Mitglieder", "FPÖ-Funktionäre"; followers only an organisation: "FPÖ-Anhänger")
_HEADS = ("orghead", "follower")
# organisations whose supporters are their fans or customers, no actor: firms ("Apple-Unterstützer",
# "Tesla-Anhänger"), papers and broadcasters; a party's or a movement's stay its own ("FPÖ-Anhänger")
_CUSTOMERS = frozenset({"BUS", "MED"})
MIN_MODIFIER = 4     # shortest first part of a split compound ("Ein-führung" is none)
MAX_PREFIX = 4       # longest part skipped inside a compound ("Ko", "Co", "Vize")
MAX_GAP = 5          # parts without a mention that end a noun phrase


@dataclass(slots=True)
class _Mention:
    kind: str                          # person, org, country, agent, orghead, follower, eli, irregular, conj
    i: int
    j: int
    entries: tuple[Entry, ...] = ()
    sector: str | None = None
    generic: bool = False
    code: str | None = None            # bound country of an agent
    form: str = ""                     # country form: name, adj, people, gov, mil
    prep: str | None = None
    comma: bool = False
    members: list["_Mention"] = field(default_factory=list)
    adj: bool = False                  # lower-case adjectival agent ("die gefangenen Soldaten")
    followers: bool = False            # a person's supporters ("Trump supporters"), not the person

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass(slots=True)
class _Draft:
    code: str
    sector: str | None
    name: str | None
    mentions: list[_Mention]
    only_countries: bool = False
    modifiers_only: bool = False
    place_like: bool = False


class ActorMatcher:
    """Matches actors in token lists; build once, call for every phrase."""

    def __init__(self, dictionary: ActorDictionary | None = None) -> None:
        self.dictionary = dictionary or ActorDictionary.default()
        # the first names of the dictionary's persons ("Michael", "Markus"): a common noun of an
        # agent right after one is a surname ("Markus Richter", "Michael Völker"), no agent
        self.first_names = frozenset(p.name.split()[0] for p in self.dictionary.persons.values() if " " in p.name)

    # --- public API -------------------------------------------------------------------
    def match(self, tokens: list[Token], *, lang: str, date: dt.date | None,
              determined: bool = False) -> list[Actor]:
        """The actors named in ``tokens`` (one phrase), in text order. ``determined``: the
        phrase's preposition has an article fused into it ("vom Schiff"), which stands right
        before its first word."""
        self._check_lang(lang)
        if not tokens:
            return []
        parts = to_parts(tokens)
        found = self._mentions(parts, lang, determined)
        mentions = self._compounds(found, parts, lang)
        words = languages.get(lang).words
        _follow_persons(found, mentions, parts, languages.get(lang))
        for m in mentions:
            if m.kind in ("country", "org"):
                m.prep = (prep_before(parts, m.i, words.all_prepositions, words.determiners)
                          or _conjunct_place(parts, m.i, words))
        drafts = self._resolve(mentions, parts, tokens, lang, date)
        for draft in drafts:
            if _one_person(draft, parts, words):
                draft.sector = "CVL"       # "ein Palästinenser", "die Italienerin": a civilian, not the state
            elif _supporters_of(draft, found, parts):
                draft.sector = "CVL"       # "Anhänger der Junta", "supporters of the president": no government
        drafts = [d for d in drafts if not _fans_of(d, found, parts)]
        return self._finish(drafts, parts, tokens)

    def match_place(self, tokens: list[Token], lang: str) -> tuple[str, str] | None:
        """(English place name, country code) for the first capital, seat of government
        or country named in ``tokens`` ("in Moskau" -> ("Moscow", "RUS"))."""
        self._check_lang(lang)
        parts = to_parts(tokens)
        index = self.dictionary.places[lang]
        for i in range(len(parts)):
            hit = longest(index, parts, i, parts[i].text)
            if hit:
                return hit[1][0]
        return None

    @staticmethod
    def _check_lang(lang: str) -> None:
        try:
            languages.get(lang)          # (no tuple of all languages made for every phrase)
        except InputError:
            raise ConfigError(f"actor matcher: language {lang!r} is not supported; use one of "
                              f"{', '.join(languages.available())}") from None

    # --- finding mentions ---------------------------------------------------------------
    def _mentions(self, parts: list[Part], lang: str, determined: bool = False) -> list[_Mention]:
        d = self.dictionary
        pack = languages.get(lang)
        out: list[_Mention] = []
        i, n = 0, len(parts)
        while i < n:
            part = parts[i]
            low = part.text.casefold()
            if low in pack.words.conjunctions or part.text == ",":
                out.append(_Mention("conj", i, i + 1, comma=part.text == ","))
                i += 1
                continue
            ent = longest(d.actors[lang], parts, i, part.text)
            if not ent and part.text[:1].isupper():
                # "Al-Sudani said", "De Mistura met": a name of several words whose dictionary
                # form opens with a lower-case particle ("al-Sudani"), capitalised where it opens
                # a sentence (a single word stays as written: "Moon" is no "moon")
                lowered = longest(d.actors[lang], parts, i, part.text[:1].lower() + part.text[1:])
                if lowered and lowered[0] > i + 1:
                    ent = lowered
            if not ent and i + 1 < n and (not part.last or parts[i + 1].text.casefold()
                                          in pack.words.leading_participles) \
                    and (pack.words.pair_stem_endings or pack.words.combining_forms):
                ent = self._pair_stem(parts, i, lang)
            if not ent and part.text[:1].isupper():
                ent = self._elided(parts, i, lang)      # "North and South Korea": North Korea too
            if not ent and _DOTTED.fullmatch(part.text):
                # "F.B.I.", "C.I.A.": an acronym written with full stops is the one without
                ent = longest(d.actors[lang], parts, i, part.text.replace(".", ""))
            if pack.compounds and part.trailing_hyphen and part.first and part.last and (
                    not ent or all(e.kind == "person" for e in ent[1])):     # "Schiffs- und Immobilienfonds
                # "Regierungs- und Oppositionsvertreter": the first part of a compound whose
                # head the next word of the list carries
                found = self._truncated(parts, i, lang)
                if found:
                    out.append(found)
                i += 1
                continue
            if ent and (ent[0] == i + 1 and self._common_word_blocked(parts, i, ent[1], lang, determined)
                        or self._other_first_name(parts, i, ent[0], ent[1], lang)):
                ent = None
            if ent and i > 0 and all(e.kind == "person" for e in ent[1]) and _names_place(parts[i - 1], part, pack):
                ent = None          # "die Villa Kerry", "der Flughafen Ben Gurion": the place's name, no actor
            if ent and ent[0] < n and not pack.compounds and all(e.kind == "person" for e in ent[1]) \
                    and _names_place(parts[ent[0] - 1], parts[ent[0]], pack, after=True):
                ent = None          # "the King Abdullah Center", "Kennedy Airport": where compounds are words
            if ent and ent[0] < n and all(e.kind == "country" and e.form in ("name", "gov") for e in ent[1]) \
                    and parts[ent[0]].text.casefold() in pack.words.premises_nouns:
                ent = None          # "the Paris offices of McDonald's": where the offices are
            if ent and all(e.kind == "country" and e.form in ("name", "gov") for e in ent[1]) \
                    and _club_name(parts, i, ent[0], pack):
                ent = None          # "Real Madrid", "Paris Saint-Germain", "Spartak Moskau": a club, no state
            if ent and ent[0] < n and parts[ent[0]].text.casefold() in pack.words.descent_nouns and all(
                    e.kind == "country" for e in ent[1]):
                ent = None          # "ein Deutscher türkischer Herkunft", "a Briton of Pakistani descent": no Turk
            if ent and ent[0] < n and parts[ent[0]].text.casefold() in pack.words.unit_nouns and all(
                    e.kind == "country" and e.form == "adj" for e in ent[1]):
                ent = None          # "elf Millionen britische Pfund", "Canadian dollars": a currency, no actor
            if ent and ent[0] == i + 1 and i > 0 and low in pack.words.continent_adjectives \
                    and parts[i - 1].text.casefold() in pack.words.region_modifiers:
                ent = None          # "the South American country", "Latin American leaders": a region, not the USA
            if (ent and ent[0] == i + 1 and part.pos in pack.tags.attributive_adjective
                    and all(e.kind == "org" for e in ent[1])):
                ent = None          # "Grüne Energie": an adjective, not the party
            agt = longest(d.agents[lang], parts, i, low)
            if not agt and part.lemma and part.lemma.casefold() != low and low not in d.other_nouns[lang]:
                agt = longest(d.agents[lang], parts, i, part.lemma.casefold())
            if not agt and not ent and part.first and part.last and (fixed := d.corrected(lang, low)):
                agt = longest(d.agents[lang], parts, i, fixed)     # "die Staatanwaltschaft": a typo
            if agt and agt[0] == i + 1 and low in pack.words.noun_agents and part.pos not in pack.tags.common_noun:
                agt = None          # "suspect sites": the adjective, not the person
            if agt and agt[0] == i + 1 and i > 0 and part.first and part.text[:1].isupper() \
                    and parts[i - 1].last and parts[i - 1].text in self.first_names \
                    and parts[i - 1].word != part.word and not ent \
                    and parts[i - 1].text.casefold() not in pack.words.determiners \
                    and parts[i - 1].pos not in pack.tags.common_noun:     # "eine Art Bürgerwehr"
                agt = None          # "Markus Richter", "Michael Völker": a surname, no judge, no peoples
            if ent and (not agt or ent[0] >= agt[0]):
                shared = {e.code: e for e in ent[1] if e.kind == "country" and e.form == "gov"}
                if len(shared) > 1 and len(shared) == len(ent[1]):     # "the two Koreas": each of them
                    for k, entry in enumerate(shared.values()):
                        if k:
                            out.append(_Mention("conj", i, i))
                        out.append(self._entity_mention(i, ent[0], [entry]))
                else:
                    out.append(self._entity_mention(i, ent[0], ent[1]))
                i = ent[0]
                continue
            if agt:
                found = _agent_mention(i, agt[0], agt[1][0])
                # "die gefangenen Soldaten": an adjective, which names the actor only when
                # no agent noun heads its phrase ("militante Palästinenser")
                found.adj = agt[1][0].noun_only and not _noun(part, pack.tags)
                out.append(found)
                i = agt[0]
                continue
            if pack.compounds and part.text[:1].isupper() and len(part.text) >= 6:
                found = self._split_compound(part, i, lang)
                if found:
                    out.append(found)
            i += 1
        return out

    def _pair_stem(self, parts: list[Part], i: int, lang: str):
        """(end, entries) of a national adjective written as its bare stem or its combining form
        before a hyphen and a second state's adjective or name in the same word
        ("russisch-ukrainische", "israelisch-palästinensischen", "Sino-US", "Franco-German"), or
        before a participle of leading, in its word or the next ("die saudisch geführte Koalition",
        "die russisch kontrollierten Gebiete", "saudisch-geführte"), which binds the state as
        ``_leads`` binds "Saudi-geführte": the pack's ``pair_stem_endings`` complete the stem, its
        ``combining_forms`` give the adjective of the form. None where the word goes on with no
        state ("russisch-orthodoxe", "Sino-Soviet", "Anglo-Saxon")."""
        part, nxt = parts[i], parts[i + 1]
        index = self.dictionary.actors[lang]
        words = languages.get(lang).words

        def country(text: str, forms: tuple[str, ...]) -> list[Entry]:
            hit = longest(index, [Part(text, "", part.tok, part.word)], 0, text)
            return [e for e in hit[1] if e.kind == "country" and e.form in forms] if hit else []

        leading = nxt.text.casefold() in words.leading_participles and part.text[:1].islower()
        if not leading and (nxt.word != part.word or not country(nxt.text, ("adj", "name"))):
            return None
        low = part.text.casefold()
        candidates = [part.text + ending for ending in sorted(words.pair_stem_endings)]
        candidates += [entry.split()[1] for entry in sorted(words.combining_forms)
                       if len(entry.split()) == 2 and entry.split()[0].casefold() == low]
        for text in candidates:
            found = country(text, ("adj",))
            if found:
                return i + 1, found
        return None

    def _common_word_blocked(self, parts: list[Part], i: int, entries: list[Entry], lang: str,
                             determined: bool = False) -> bool:
        """"the Rice": a person's name that is also a common word, after an article, also with
        attributive adjectives between them ("das südkoreanische Schiff" is a ship, no Adam
        Schiff), or first in a phrase whose preposition has the article fused into it
        (``determined``: "vom Schiff der Marine"); not before a noun of the pack's
        ``leader_government_nouns`` ("the Bush administration")."""
        if parts[i].text not in self.dictionary.common_words.get(lang, ()):
            return False
        if not all(e.kind == "person" for e in entries):
            return False
        pack = languages.get(lang)
        if i + 1 < len(parts) and parts[i + 1].text.casefold() in pack.words.leader_government_nouns:
            return False        # "the Bush administration": the president's government
        k = i - 1
        while k >= 0 and parts[k].pos in pack.tags.attributive_adjective \
                and parts[k].text.casefold() not in pack.words.articles:
            k -= 1
        return parts[k].text.casefold() in pack.words.articles if k >= 0 else determined

    def _other_first_name(self, parts: list[Part], i: int, j: int, entries: list[Entry], lang: str) -> bool:
        """"Kai-Fu Lee": a surname of the dictionary (``parts[i:j]``) after a first name that none
        of the person's names begins a word with is another person of that name ("Lee Hsien Loong"
        is no "Kai-Fu Lee"; a spelling variant of a given name keeps its initial, "Sergey
        Lavrov"), or a place ("Ain al-Assad"); the surname's own words are no first names.
        Titles are no first names ("Mr Lee", "President Lee")."""
        if i == 0 or not entries or not all(e.kind == "person" and e.form == "short" for e in entries):
            return False
        before = parts[i - 1]
        pack = languages.get(lang)
        if before.gen or not before.text[:1].isupper() or before.pos not in pack.tags.proper_noun \
                or before.text.casefold() in pack.words.honorifics:
            return False
        d = self.dictionary
        if longest(d.actors[lang], parts, i - 1, before.text) or longest(d.agents[lang], parts, i - 1,
                                                                        before.text.casefold()):
            return False
        own = {w.casefold() for p in parts[i:j] for w in re.split(r"[\s-]+", p.text) if w}
        initials = {w[:1].casefold() for e in entries
                    for w in re.split(r"[\s-]+", e.ident.split(":", 1)[1]) if w and w.casefold() not in own}
        return before.text[:1].casefold() not in initials

    @staticmethod
    def _entity_mention(i: int, j: int, entries: list[Entry]) -> _Mention:
        first = entries[0]
        return _Mention(first.kind, i, j, tuple(entries), sector=first.sector, form=first.form)

    def _split_compound(self, part: Part, i: int, lang: str) -> _Mention | None:
        """German compound written as one word: the longest agent at its end, and its
        first part as a country, person, organisation or agent (which a bound head, such
        as "-chef" or "-sprecher", needs)."""
        text = part.text
        low = text.casefold()
        suffixes = self.dictionary.suffixes[lang]
        for cut in range(MIN_MODIFIER, len(text) - 3):
            head = suffixes.get(low[cut:])
            if head is None:
                continue
            head_m = _agent_mention(i, i + 1, head)
            modifier = self._modifier(text[:cut], i, lang)
            if modifier is None:
                # "Präsidentschaftskandidat": a head no actor alone, which keeps a party
                # named before it in a hyphenated word ("FPÖ-Präsidentschaftskandidat")
                bound = low[cut:] in self.dictionary.bound_heads[lang]
                return head_m if (head.kind == "agent" and not bound) or head.kind in _HEADS else None
            return _combine(modifier, head_m)
        return None

    def _elided(self, parts: list[Part], i: int, lang: str):
        """(end, entries) of the first word of a state's name whose other words the next
        state's name in the list carries ("North and South Korea": North Korea; "East and West
        Germany"), as ``_truncated`` completes "Nord- und Südkorea" in one word; None else."""
        index = self.dictionary.actors[lang]
        if i + 3 >= len(parts) or parts[i + 1].text.casefold() not in languages.get(lang).words.conjunctions:
            return None
        after = longest(index, parts, i + 2, parts[i + 2].text)
        if not after or after[0] < i + 4 or not all(e.kind == "country" and e.form == "name" for e in after[1]):
            return None
        whole = [parts[i], *parts[i + 3:after[0]]]
        found = longest(index, whole, 0, parts[i].text)
        states = [e for e in found[1] if e.kind == "country" and e.form == "name"] if found and found[0] == len(whole) else []
        return (i + 1, states) if states else None

    def _truncated(self, parts: list[Part], i: int, lang: str) -> _Mention | None:
        """The actor of a truncated first part ("Regierungs-") completed by the head of the
        compound that ends its list ("und Oppositionsvertreter": "Regierungsvertreter"); none
        where that word is no compound of an agent ("Regierungs- und Parlamentsgebäude")."""
        words = languages.get(lang).words
        k = i + 1
        while k < len(parts) and (parts[k].text == "," or parts[k].text.casefold() in words.conjunctions
                                  or (parts[k].trailing_hyphen and parts[k].first and parts[k].last)):
            k += 1
        if k == i + 1 or k >= len(parts) or not (parts[k].first and parts[k].last):
            return None
        low = parts[k].text.casefold()
        # a state's name completed by the tail of the next one ("Nord- und Südkorea": North Korea)
        for cut in range(1, len(low) - 2):
            states = [e for rest, e in self.dictionary.actors[lang].get(parts[i].text + parts[k].text[cut:], ())
                      if not rest and e.kind == "country" and e.form == "name"]
            if states:
                return self._entity_mention(i, i + 1, states)
        suffixes = self.dictionary.suffixes[lang]
        agents = self.dictionary.agents[lang]
        for cut in range(MIN_MODIFIER, len(low) - 3):
            whole = Part(parts[i].text + low[cut:], "", parts[i].tok, parts[i].word, pos=parts[k].pos)
            known = [a for rest, a in agents.get(whole.text.casefold(), ()) if not rest and a.kind == "agent"]
            if known:
                return _agent_mention(i, i + 1, known[0])     # "Armee- und Polizeikräfte"
            if low[cut:] in suffixes:
                return self._split_compound(whole, i, lang)
        return None

    def _modifier(self, text: str, i: int, lang: str) -> _Mention | None:
        d = self.dictionary
        for linker in languages.get(lang).linkers:
            if linker and not text.endswith(linker):
                continue
            stem = text[: len(text) - len(linker)] if linker else text
            if len(stem) < 2:
                continue
            for rest, entry in d.actors[lang].get(stem, ()):
                if not rest:
                    entries = [e for r, e in d.actors[lang][stem] if not r]
                    return self._entity_mention(i, i + 1, entries)
            for rest, agent in d.agents[lang].get(stem.casefold(), ()):
                if not rest and agent.kind == "agent":
                    return _agent_mention(i, i + 1, agent)
        return None

    # --- compounds (German hyphen words, English "U.S.-backed") -----------------------------
    def _compounds(self, mentions: list[_Mention], parts: list[Part], lang: str) -> list[_Mention]:
        out: list[_Mention] = []
        k = 0
        while k < len(mentions):
            m = mentions[k]
            if m.kind == "conj":
                out.append(m)
                k += 1
                continue
            if not parts[m.i].first and not (m.kind in ("agent", *_HEADS)):
                # entity starting inside a word ("pro-russische"): not this country's actor
                k += 1
                continue
            group = [m]
            while (not parts[group[-1].j - 1].last and k + 1 < len(mentions)
                   and _next_in_word(parts, group[-1].j, mentions[k + 1].i)
                   and mentions[k + 1].kind != "conj"):
                k += 1
                group.append(mentions[k])
            k += 1
            if not parts[group[-1].j - 1].last and not _leads(group, parts, lang):
                continue     # the word's head is no actor: "Nordkorea-Konflikt", "US-Festland"
            if len(group) > 1 and group[-1].kind in ("country", "person", "org"):
                if _descent(group, parts) and not (k < len(mentions) and mentions[k].i == group[-1].j
                                                    and mentions[k].kind == "agent"):
                    continue
                out.extend(g for g in group if g.kind not in ("agent", "eli", *_HEADS))
                continue
            if group[0].kind == "person" and len(group) > 1 \
                    and _named_place_word(parts[group[-1].j - 1].text.casefold(), languages.get(lang)):
                continue     # "das Obama-Krankenhaus", "des Mandela-Spitals": a place the name names
            acc: _Mention | None = group[0]
            for nxt in group[1:]:
                acc = _combine(acc, nxt) if acc is not None else None
            if acc is not None and acc.kind == "follower" and out and out[-1].kind == "person" \
                    and out[-1].j == acc.i:
                out[-1].followers = True        # "Trump supporters", "Trump's supporters"
            if acc is None or acc.kind in _HEADS:
                continue
            if not parts[acc.i].first and acc.kind == "agent" and _eli_before(parts, acc.i, self, lang):
                acc.members.append(_Mention("eli", acc.i, acc.i))
            out.append(acc)
        return out

    # --- combining mentions into actors -------------------------------------------------
    def _resolve(self, mentions: list[_Mention], parts: list[Part], tokens: list[Token],
                 lang: str, date: dt.date | None) -> list[_Draft]:
        segments = _segments(mentions, parts, tokens, languages.get(lang).tags)
        results = [self._segment(seg, parts, lang, date) for seg in segments]
        # "der russische und der japanische Präsident": a bare demonym before a
        # coordinated agent shares its sector
        for idx, drafts in enumerate(results):
            if drafts and all(d.modifiers_only for d in drafts):
                for later in results[idx + 1:]:
                    agent_drafts = [d for d in later if not d.only_countries]
                    if agent_drafts:
                        for d in drafts:
                            d.sector = agent_drafts[0].sector
                        break
        _share_country(results, parts, languages.get(lang).words)
        flat = [d for drafts in results for d in drafts]
        if any(not d.place_like for d in flat):
            flat = [d for d in flat if not d.place_like]
        if any(d.code != "UNK" for d in flat):
            kept = {id(d) for drafts in _coordinated(results, parts, languages.get(lang).words) for d in drafts}
            flat = [d for d in flat if d.code != "UNK" or id(d) in kept]
        return flat

    def _segment(self, seg: list[_Mention], parts: list[Part], lang: str,
                 date: dt.date | None) -> list[_Draft]:
        d = self.dictionary
        eli = any(m.kind == "eli" for m in seg) or any(
            mm.kind == "eli" for m in seg for mm in m.members)
        persons: list[tuple[_Mention, tuple[str, str | None, str | None]]] = []
        for m in seg:
            if m.kind == "person":
                found = self._person(m, date)
                if found is not None:
                    persons.append((m, found))
        orgs = [m for m in seg if m.kind == "org"]
        agents = [m for m in seg if m.kind == "agent"]
        countries = _residents([m for m in seg if m.kind == "country"])
        if persons:
            out = []
            for m, (code, sector, name) in persons:
                if m.followers:     # "Trump supporter Rudy Giuliani": the supporter named
                    if len(persons) == 1:
                        out.append(_Draft(code, "CVL", None, [m]))
                    continue
                used = seg if len(persons) == 1 else [m]
                if date is None and len(persons) == 1 and name is not None:
                    # a body's office is a title too ("CSU-Generalsekretär Scheuer")
                    offices = [o for o in orgs if any(mm.kind == "agent" for mm in o.members)]
                    code, sector = self._titled_role(name, agents + offices, code, sector)
                if len(persons) == 1 and not eli and not code.startswith("IGO:"):
                    code = self._body_served(orgs, agents, countries, parts, lang) or code
                if len(persons) == 1 and _leader_government(m, agents, parts, lang):
                    sector = "GOV"  # "the Obama administration", "die Regierung Kohl": the government he led
                out.append(_Draft(code, sector, name, list(used)))
            return out
        if orgs:
            out = []
            unbound = [a for a in agents if a.code is None]
            for m in orgs:
                org = d.organisation(m.entry.ident)
                code, name = org.code, org.name
                ruling = org.actor_at(date)
                bound = None
                if code == "UNK":
                    # a name several countries' parties share: a country named with it
                    # decides ("die französischen Grünen"), else no one (the coder's task)
                    name = None
                    bound = _bind_country(countries, m, seg, parts, languages.get(lang))
                elif org.roams:
                    # a group of several states: the state its phrase names ("der libysche
                    # IS-Chef", "the Islamic State in Libya") is where this part of it acts
                    bound = _bind_roaming(countries, m, seg, parts, languages.get(lang))
                if bound is not None:
                    code = bound.entry.code
                    countries = [c for c in countries if c is not bound]
                # a group that rules a state at the time is its government ("the Taliban" after
                # August 2021), unless the phrase names another sector of it
                sector = ruling[1] if m.sector == org.sector and ruling[0] == code else m.sector
                if unbound:
                    head = _group_head(unbound, lang)
                    if head.adj and sector is not None:
                        # "die gefangenen Hamas-Kämpfer": the adjective only overrides
                        sector = head.sector if head.sector in _OVERRIDING else sector
                    elif sector is None or not head.generic:
                        sector = _party_sector(m.sector, _group_sector(unbound, head))
                if unbound or any(mm.kind == "agent" for mm in m.members):
                    # an office of the body named as former ("der frühere Bundesbank-Präsident")
                    sector = _eli(sector, eli)
                heads = unbound or [mm for mm in m.members if mm.kind == "agent"]
                if code.startswith("IGO") and heads and _citizens(heads[-1], parts, lang):
                    # a union of states has no citizens of its own: "EU-Bürger", "EU citizens" are
                    # civilians of states not named (its diplomats, troops and civilian staff stay
                    # the union's: "United Nations civilian personnel")
                    code, name = "UNK", None
                out.append(_Draft(code, sector, name, [m] + unbound))
            out = _organs_joined(out)
            out += [_Draft(a.code, a.sector, None, [a]) for a in agents if a.code]
            # (a state named right before its own body only says whose it is: "Russia's Federation
            # Council", "das US-Repräsentantenhaus"; so does a body's own state whose it is said to
            # be: "Germany's AfD", "Yemen's Houthi rebels", "Lebanon's Hezbollah"; not one listed
            # with it: "Colombia, ELN rebels")
            owned = {(d.code, d.mentions[0].i) for d in out}
            own = {d.code for d in out}
            out += [_country_draft(c) for c in countries if c.form not in _MODIFIERS and c.prep is None
                    and (c.entry.code, c.j) not in owned and not (c.entry.code in own and parts[c.j - 1].gen)]
            return out
        if agents:
            bound_codes = {a.code for a in agents if a.code}
            if len(bound_codes) > 1:
                return [_Draft(a.code, _eli(a.sector, eli), None, [a]) for a in agents if a.code]
            head = _group_head(agents, lang)
            sector = _eli(_group_sector(agents, head), eli)
            if sector == "MIL" and any(m.kind == "irregular" for m in seg):
                sector = "REB"      # "kurdische Streitkräfte", "Islamist forces": no state's army
            words = languages.get(lang).words
            used = list(agents)
            code = next(iter(bound_codes), None)
            rest = countries
            if code is None:
                bound = _bind_country(countries, head, seg, parts, languages.get(lang))
                if bound is not None:
                    code = bound.entry.code
                    used.append(bound)
                    rest = [c for c in countries if c is not bound]
            out = [_Draft(code or "UNK", sector, None, used)]
            out += [_country_draft(c) for c in rest
                    if c.form not in _MODIFIERS and (c.prep is None or c.prep not in words.all_prepositions)]
            return out
        out = []
        seen: set[str] = set()
        for c in countries:
            if c.entry.code in seen or c.form == "region":
                continue          # a region alone is a place ("in Idlib"), not its country
            seen.add(c.entry.code)
            draft = _country_draft(c)
            # (and a state's short name used as an adjective in a list before an agent noun: "US,
            # French and Turkish forces" are US forces, as "American, French and Turkish forces" are)
            words = languages.get(lang).words
            draft.modifiers_only = c.form == "adj" or parts[c.j - 1].trailing_hyphen or (
                " ".join(p.text.casefold() for p in parts[c.i:c.j]) in words.modifier_names and c.j < len(parts)
                and (parts[c.j].text.casefold() in words.conjunctions or parts[c.j].text == ","))
            draft.place_like = c.prep in languages.get(lang).words.location_prepositions
            out.append(draft)
        return out

    def _body_served(self, orgs: list[_Mention], agents: list[_Mention], countries: list[_Mention],
                     parts: list[Part], lang: str) -> str | None:
        """The international body a person's title says he serves ("der UN-Sondergesandte
        Staffan de Mistura", "UN special envoy Martin Griffiths"): the one body named in the
        phrase with an office of ``Words.body_offices`` (its own word's or a word of its own),
        and no state (not "the US envoy to the UN"); None otherwise."""
        offices = languages.get(lang).words.body_offices
        if not offices or countries or any(a.code for a in agents):
            return None
        def office(m: _Mention) -> bool:
            text = " ".join(p.text.lower() for p in parts[m.i:m.j])
            return text in offices or text.rsplit(" ", 1)[-1] in offices
        bodies = {self.dictionary.organisation(o.entry.ident).code for o in orgs}
        if len(bodies) != 1 or not next(iter(bodies)).startswith("IGO:"):
            return None
        if any(office(mm) for o in orgs for mm in o.members if mm.kind == "agent") or any(office(a) for a in agents):
            return next(iter(bodies))
        return None

    def _titled_role(self, name: str, agents: list[_Mention], code: str,
                     sector: str | None) -> tuple[str, str | None]:
        """Without a date a person is taken in his latest role; a title before the name that
        names another sector picks his latest role in that one: "Bundeskanzler Kern" is the
        chancellor (GOV), not the later leader of the opposition."""
        titles = {a.sector for a in agents if a.sector and not a.generic}
        person = self.dictionary.persons.get(name)
        if len(titles) != 1 or sector in titles or person is None:
            return code, sector
        held = [r for r in person.roles if r.sector in titles]
        if not held:
            return code, sector
        role = max(held, key=lambda r: r.start)
        return role.code, role.sector

    def _person(self, m: _Mention, date: dt.date | None) -> tuple[str, str | None, str | None] | None:
        """(code, sector, name) of a person mention at ``date``; None when a shared short
        form ("Kim", "Bush") cannot be resolved."""
        d = self.dictionary
        people: list[Person] = []
        for e in m.entries:
            p = d.person(e.ident)
            if p not in people:
                people.append(p)
        chosen: Person | None = None
        if len(people) == 1:
            chosen = people[0]
            if (m.form == "short" and chosen.short_needs_role and date is not None
                    and chosen.role_at(date) is None):
                return None
        elif date is None:
            ranked = sorted(people, key=lambda p: p.last_active(), reverse=True)
            if ranked[0].last_active() > ranked[1].last_active():
                chosen = ranked[0]
            elif len({p.country for p in ranked if p.last_active() == ranked[0].last_active()}) == 1:
                # "Sanders" without a date: the senator and the governor, both in office and
                # both American: the country is certain, the sector and the person are not
                return ranked[0].country, None, None
        else:
            active = [p for p in people if p.role_at(date) is not None]
            if len(active) == 1 or (active and len({p.actor_at(date) for p in active}) == 1):
                chosen = active[0]
            elif active and len({p.actor_at(date)[0] for p in active}) == 1:
                # "Sanders" in 2018: the White House press secretary and a senator, both
                # American: the country is certain, the sector and the person are not
                return active[0].actor_at(date)[0], None, None
            elif not active and len({(p.country, p.sector) for p in people}) == 1:
                # "Bush" after both Bushes left office: the country's elite, no name
                return people[0].country, people[0].sector, None
        if chosen is None:
            return None
        code, sector = chosen.actor_at(date)
        return code, sector, chosen.name

    # --- output ---------------------------------------------------------------------------
    def _finish(self, drafts: list[_Draft], parts: list[Part], tokens: list[Token]) -> list[Actor]:
        actors: list[Actor] = []
        seen: set[tuple[str, str | None, str | None]] = set()
        for draft in drafts:
            key = (draft.code, draft.sector, draft.name)
            if key in seen:
                continue
            seen.add(key)
            first = min(parts[m.i].tok for m in draft.mentions)
            last = max(parts[m.j - 1].tok for m in draft.mentions)
            span = tokens[first:last + 1]
            actors.append(Actor(draft.code, draft.sector, text_of(span), span[0].start, span[-1].end,
                                draft.name))
        actors.sort(key=lambda a: a.start)
        return actors


# --- helpers ----------------------------------------------------------------------------
def _follow_persons(found: list[_Mention], kept: list[_Mention], parts: list[Part], pack) -> None:
    """A person named after a supporters' noun of its own word, over a preposition or article,
    titles and adjectives ("supporters of former President Evo Morales", "Anhänger des
    Oppositionsführers Odinga"), is whom they follow: his country's people, as in
    "Trump-Anhänger", not his government."""
    gap_words = pack.words.all_prepositions | pack.words.determiners
    for head in found:
        if head.kind != "follower" or not (parts[head.i].first and parts[head.j - 1].last):
            continue
        end = head.j
        linked = False     # "supporter Binali Yildirim" names the supporter himself
        for m in sorted((m for m in kept if m.i >= head.j), key=lambda m: m.i):
            gap = parts[end:m.i]
            if not all(p.text.casefold() in gap_words or p.pos in pack.tags.attributive_adjective for p in gap):
                break
            linked = linked or any(p.text.casefold() in gap_words for p in gap)
            if m.kind in ("eli", "agent") or (m.kind == "country" and m.form in _MODIFIERS):
                end = m.j        # a title before the name ("des türkischen Präsidenten")
                continue
            if m.kind == "person" and linked:
                m.followers = True
            break


def _leader_government(person: _Mention, agents: list[_Mention], parts: list[Part], lang: str) -> bool:
    """Whether a person's name is joined to a noun of the pack's ``leader_government_nouns``, in
    one word or right before or after it ("Obama administration", "Bush-Regierung", "Regierung
    Kohl"): the government the person led, whatever the date."""
    nouns = languages.get(lang).words.leader_government_nouns
    if person.j - person.i > 1 and parts[person.j - 1].text.casefold() in nouns:
        return True
    return any((a.i == person.j or a.j == person.i) and a.j - a.i == 1 and parts[a.i].text.casefold() in nouns
               for a in agents)


def _names_place(before: Part, part: Part, pack, after: bool = False) -> bool:
    """Whether a name follows, as a word of its own, a noun of places and institutions that a
    person's name names (the pack's ``named_place_nouns``: "Villa", "Schloss", "Flughafen");
    ``after``: whether such a noun follows the name (``before``) as a word of its own, in a language
    that writes no compounds ("King Abdullah Center", "Kennedy Airport"; not "Kennedy's airport")."""
    if after:
        before, part = part, before
    if before.word == part.word or not before.text[:1].isupper() or part.gen:
        return False
    low = before.text.casefold()
    return any(low.endswith(noun.casefold()) for noun in pack.words.named_place_nouns)


def _club_name(parts: list[Part], i: int, j: int, pack) -> bool:
    """Whether the word right before a name of ``parts[i:j]``, or the one right after it (a hyphenated
    word whole), is a capitalised word of the pack's ``club_words``: a sports club's name."""
    clubs = pack.words.club_words
    if not clubs or not (parts[i].first and parts[j - 1].last):
        return False
    def word(k: int) -> str:
        return "-".join(p.text for p in parts if p.word == parts[k].word)
    near = ([word(i - 1)] if i > 0 else []) + ([word(j)] if j < len(parts) else [])
    return any(w[:1].isupper() and w.casefold() in clubs for w in near)


def _named_place_word(low: str, pack) -> bool:
    """Whether the head of a compound (lower case, perhaps in the genitive: "krankenhauses") is one
    of the pack's ``named_place_nouns``, which a person's name before it names, not owns."""
    forms = {low} | {low[:-len(end)] for end in pack.words.genitive_endings if low.endswith(end)}
    return any(form.endswith(noun.casefold()) for form in forms for noun in pack.words.named_place_nouns)


def _agent_mention(i: int, j: int, agent: Agent) -> _Mention:
    return _Mention(agent.kind, i, j, sector=agent.sector, generic=agent.generic)


def _combine(mod: _Mention, head: _Mention) -> _Mention | None:
    """One word made of ``mod`` + ``head`` ("US" + "Präsident")."""
    span = (mod.i, head.j)
    if mod.kind == "eli":
        head.members.append(mod)
        head.i = mod.i
        return head
    if head.kind == "follower" and mod.kind == "person":
        mod.followers = True    # "Trump-Anhänger": his country's people, not his government
    elif head.kind == "follower" and (mod.kind != "org" or mod.entry.sector in _CUSTOMERS):
        return None             # "US-Anhänger": no state; "Apple-Unterstützer": a firm's fans, no one
    if head.kind in _HEADS:
        if mod.kind in ("org", "person", "agent"):
            mod.j = head.j
            return mod
        return None                     # "Korea-Experten", "US-Mitarbeiter"
    if head.kind != "agent":
        return None
    if mod.kind == "country":
        sector = mod.sector if head.generic and mod.sector else head.sector
        return _Mention("agent", *span, sector=sector, generic=head.generic,
                        code=mod.entry.code, members=[mod])
    if mod.kind == "person":
        mod.j = head.j
        return mod
    if mod.kind == "org":
        out = _Mention("org", *span, mod.entries, form=mod.form, members=[*mod.members, head])
        out.sector = (_party_sector(mod.sector, head.sector) if (not head.generic or mod.sector is None)
                      else mod.sector)
        return out
    if mod.kind == "agent":
        sector = _group_sector([head, mod], head)
        return _Mention("agent", *span, sector=sector, generic=head.generic and mod.generic,
                        code=mod.code, members=mod.members + [head])
    return None


def _party_sector(org_sector: str | None, sector: str | None) -> str | None:
    """A party's "rebels" ("Tory rebels", "SPD-Rebellen") are dissenting members, no armed group;
    an armed group's soldiers, drones and bases ("Taliban-Stützpunkt", "Hamas-Drohnen") are the
    group's own, no state's army."""
    if (org_sector, sector) in (("PTY", "REB"), ("REB", "MIL")):
        return org_sector
    return sector


def _descent(group: list[_Mention], parts: list[Part]) -> bool:
    """"the Polish-American writer", "die deutsch-amerikanische Sängerin": national adjectives of
    two states joined in one word before a noun of the phrase name one person's or group's
    descent, no actor (before an agent noun the agent takes the last as its own, as before:
    "a Chinese-American scientist" is American). Alone they are the parties of the event noun
    they stand before (the front-ends make them its owner: "Russian-Ukrainian talks",
    "israelisch-palästinensische Zusammenstöße"); a name among them is a party ("die
    US-chinesischen Gespräche")."""
    end = group[-1].j
    return (all(g.kind == "country" and g.form in ("adj", "people") for g in group)
            and len({g.entry.code for g in group}) > 1 and parts[end - 1].last
            and end < len(parts) and parts[end].text[:1].isalpha())


def _leads(group: list[_Mention], parts: list[Part], lang: str) -> bool:
    """"US-geführte", "Saudi-led": a country or body named before the word's last part, a
    participle of leading; the country then binds as its adjective would ("die US-geführte
    Koalition" is American, "Saudi-led forces" Saudi); so does the author of a document
    ("Ein UN-Bericht wirft Myanmar Völkermord vor": the UN's)."""
    m = group[-1]
    head = parts[m.j] if m.j < len(parts) else None
    if (len(group) > 1 or m.kind not in ("country", "org") or head is None or not head.last
            or head.word != parts[m.j - 1].word
            or head.text.casefold() not in languages.get(lang).words.leading_participles
            | languages.get(lang).words.document_nouns):
        return False
    if m.kind == "country":
        m.form = "adj"
    return True


def _conjunct_place(parts: list[Part], i: int, words) -> str | None:
    """"in Aleppo und Idlib": the second of two one-word places shares the location
    preposition of the first."""
    k = i - 1
    if k < 2 or parts[k].text.casefold() not in words.conjunctions or not parts[k - 1].first:
        return None
    return prep_before(parts, k - 1, words.location_prepositions, words.determiners)


def _citizens(m: _Mention, parts: list[Part], lang: str) -> bool:
    """Whether an agent mention names a state's people, its citizens or residents (the pack's
    ``citizen_nouns``)."""
    return parts[m.j - 1].text.casefold() in languages.get(lang).words.citizen_nouns


def _noun(part: Part, tags) -> bool:
    """A word written and tagged as a noun: capitalised, and not tagged as an attributive
    adjective (which a capitalised sentence-initial adjective can be)."""
    return part.text[:1].isupper() and part.pos not in tags.attributive_adjective


def _next_in_word(parts: list[Part], end: int, start: int) -> bool:
    """Whether a mention at ``start`` continues the word of one ending at ``end``, directly
    or after short prefixes that name no actor ("HDP-Ko-Chefin", "US-Vize-Präsident")."""
    if start < end:
        return False
    return all(not parts[k].last and len(parts[k].text) <= MAX_PREFIX for k in range(end, start))


def _eli_before(parts: list[Part], i: int, matcher: ActorMatcher, lang: str) -> bool:
    agents = matcher.dictionary.agents[lang]
    k = i - 1
    while k >= 0 and parts[k].word == parts[i].word:
        for rest, agent in agents.get(parts[k].text.casefold(), ()):
            if not rest and agent.kind == "eli":
                return True
        k -= 1
    return False


def _coordinated(results: list[list[_Draft]], parts: list[Part], words) -> list[list[_Draft]]:
    """Rebels or an opposition of no country named joined to a state's government or forces by a
    conjunction and a determiner of their own: the other party, not a word about the first ("the
    Sudanese government and the rebels", "die malische Armee und die Dschihadisten"), which the
    actor of known country in the same phrase would otherwise hide. (Any agents so joined to any
    actor added events that the gold files do not have.) So is a government of no country named
    joined to a state or a state's government, before or after it ("Die Bundesregierung und Norwegen
    vereinbarten ...", "Russia and the government bombed Idlib"): a second state's, which the
    coder places as it places the government alone. So, the other way round, is a state's army of
    no country named joined so to an armed group named by its name, before or after it ("die Armee
    und die paramilitärischen Rapid Support Forces", "the army and al-Shabaab", "die RSF-Miliz und
    die Armee"): the group's enemy in its war, which the coder places as it places the army alone."""
    out = []
    for idx in range(1, len(results)):
        later, before = results[idx], results[idx - 1]
        if not later or not before:
            continue
        if _joined(before, later, parts, words):
            if _unnamed_government(later) and _states(before):
                out.append(later)
            elif _unnamed_government(before) and _states(later):
                out.append(before)
        if all(d.code == "UNK" and d.sector in _OVERRIDING and d.name is None for d in later) \
                and all(d.sector in _RULING and d.code != "UNK" and d.name is None for d in before) \
                and _determined(before, later, parts, words):
            out.append(later)
        elif _unnamed_force(before) and _armed_group(later) and (
                _joined(before, later, parts, words) or _determined(before, later, parts, words, described=True)):
            out.append(before)
        elif _unnamed_force(later) and _armed_group(before) and _determined(before, later, parts, words):
            out.append(later)
    return out


def _determined(before: list[_Draft], later: list[_Draft], parts: list[Part], words,
                *, described: bool = False) -> bool:
    """Whether two actors' words are joined by a conjunction and the second has a determiner of
    its own ("die Armee und die Hamas", "the government and the rebels") or a number, which counts
    a group of its own ("20 syrische Soldaten und 19 Rebellen"); ``described``: with
    words in small letters between the determiner and the name too ("die Armee und die
    paramilitärischen Rapid Support Forces")."""
    end = max(m.j for d in before for m in d.mentions)
    start = min(m.i for d in later for m in d.mentions)
    if start < end + 2 or parts[end].text.casefold() not in words.conjunctions or parts[end].text == "," \
            or not (parts[end + 1].text.casefold() in words.determiners or _count(parts[end + 1], words)):
        return False
    return start == end + 2 or described and all(p.text[:1].islower() for p in parts[end + 2:start])


def _count(part: Part, words) -> bool:
    """Whether a word is a number ("19", "1.200", "two")."""
    return part.text.replace(".", "").replace(",", "").isdigit() or part.text.casefold() in words.number_words


def _unnamed_force(drafts: list[_Draft]) -> bool:
    """A state's army of no country named ("die Armee", "the troops"); not a government, which
    may talk with the group for another state ("die Regierung und die Taliban")."""
    return all(d.code == "UNK" and d.sector == "MIL" and d.name is None for d in drafts)


def _armed_group(drafts: list[_Draft]) -> bool:
    """Rebels of a known country named by their group's name ("die Hamas", "the RSF")."""
    return all(d.code != "UNK" and d.sector == "REB" and all(m.kind == "org" for m in d.mentions) for d in drafts)


def _joined(before: list[_Draft], later: list[_Draft], parts: list[Part], words) -> bool:
    """Whether two actors' words are joined by a conjunction alone, the second with or without a
    determiner of its own ("die Regierung und Norwegen", "Norwegen und die Regierung")."""
    end = max(m.j for d in before for m in d.mentions)
    start = min(m.i for d in later for m in d.mentions)
    return end < len(parts) and parts[end].text.casefold() in words.conjunctions and parts[end].text != "," and (
        start == end + 1 or start == end + 2 and parts[end + 1].text.casefold() in words.determiners)


def _unnamed_government(drafts: list[_Draft]) -> bool:
    """A government of no country named ("die Bundesregierung", "the government")."""
    return all(d.code == "UNK" and d.sector == "GOV" and d.name is None for d in drafts)


def _states(drafts: list[_Draft]) -> bool:
    """States by their names or their governments, no person ("Norwegen", "die norwegische Regierung")."""
    return all(d.code != "UNK" and d.sector in (None, "GOV") and d.name is None and not d.place_like for d in drafts)


def _share_country(results: list[list[_Draft]], parts: list[Part], words) -> None:
    """A state named before an agent noun is the state of the agents coordinated with it without
    a determiner of their own: "israelische Zivilisten und Sicherheitskräfte", "US diplomats and
    soldiers" (not "die israelische Armee und die Polizei", nor "Syrien und Rebellen", where the
    state is named alone). Before, the second were left out as actors of no country."""
    for idx in range(1, len(results)):
        later, before = results[idx], results[idx - 1]
        if not later or not before or not all(d.code == "UNK" and d.sector for d in later):
            continue
        bound = [d for d in before if d.code != "UNK" and d.name is None
                 and any(m.kind == "agent" for m in d.mentions)
                 and any(m.kind == "country" or any(mm.kind == "country" for mm in m.members) for m in d.mentions)]
        if len(bound) != 1 or len(before) != 1:
            continue
        end = max(m.j for m in before[0].mentions)
        start = min(m.i for d in later for m in d.mentions)
        if start != end + 1 or parts[end].text.casefold() not in words.conjunctions or parts[end].text == ",":
            continue
        for draft in later:
            draft.code = bound[0].code


def _segments(mentions: list[_Mention], parts: list[Part],
              tokens: list[Token], tags) -> list[list[_Mention]]:
    """Split at coordination ("und", "and"; commas only in lists that have one), at
    verbs (when the front-end tagged them) and at long stretches without a mention,
    so that a whole sentence can be matched too."""
    has_conj = any(m.kind == "conj" and not m.comma for m in mentions)
    segments: list[list[_Mention]] = [[]]
    prev_end: int | None = None
    for m in mentions:
        if m.kind == "conj":
            if not m.comma or has_conj:
                segments.append([])
            prev_end = None
            continue
        if prev_end is not None and segments[-1] and _breaks(parts, tokens, prev_end, m.i, tags):
            segments.append([])
        segments[-1].append(m)
        prev_end = m.j
    return [s for s in segments if s]


def _breaks(parts: list[Part], tokens: list[Token], start: int, end: int, tags) -> bool:
    if end - start >= MAX_GAP:
        return True
    for k in range(start, end):
        if tags.is_verb(tokens[parts[k].tok].pos or ""):
            return True
    return False


def _group_head(agents: list[_Mention], lang: str) -> _Mention:
    agents = [a for a in agents if not a.adj] or agents
    if languages.get(lang).agent_head == "last":
        k = 0
        while k + 1 < len(agents) and agents[k + 1].i == agents[k].j:
            k += 1
        return agents[k]
    return agents[0]


def _group_sector(agents: list[_Mention], head: _Mention) -> str | None:
    if not head.adj:
        # an adjective adds its sector to a noun only when it overrides any other
        # ("oppositionelle Abgeordnete", "aufständische Soldaten"; not "gefangene Soldaten")
        for a in agents:
            if a.adj and a.sector in _OVERRIDING:
                return a.sector
    others = [a for a in agents if a is not head and a.sector and not a.adj]
    if head.generic:
        specific = [a for a in others if not a.generic]
        return specific[0].sector if specific else head.sector
    for a in others:
        if a.sector in _OVERRIDING and head.sector in ("GOV", "MIL"):
            return a.sector
    return head.sector


def _eli(sector: str | None, eli: bool) -> str | None:
    """A government or court office named as former ("Ex-Präsident", "frühere Richterin") is elite."""
    return "ELI" if eli and sector in ("GOV", "JUD") else sector


def _bind_country(countries: list[_Mention], head: _Mention, seg: list[_Mention],
                  parts: list[Part], pack) -> _Mention | None:
    before = [c for c in countries if c.j <= head.i]
    if before:
        return before[-1]
    for c in countries:
        if (c.i >= head.j and (c.prep is None or c.prep in pack.words.binding_prepositions)
                and _follows_directly(c, seg, parts, pack)):
            return c
    return None


def _bind_roaming(countries: list[_Mention], head: _Mention, seg: list[_Mention],
                  parts: list[Part], pack) -> _Mention | None:
    """The state that places a group of several states: a state's adjective before it with
    only adjectives, or nouns of actors right before the name, between ("die libysche Miliz
    IS", "the Libyan IS commander"; not "der von irakischen Truppen belagerte IS"), or before
    a noun of its parts and a genitive ("the Afghan branch of Islamic State", "der afghanische
    Ableger des IS"), or a state after it that binds as to any head ("der IS in Libyen")."""
    nouns = {k for m in seg if m.kind == "agent" for k in range(m.i, m.j)}
    before = [c for c in countries if c.j <= head.i]
    if before:
        c, k = before[-1], head.i
        while k > c.j and k - 1 in nouns:       # the group's own nouns right before its name
            k -= 1
        linked = k
        links = pack.words.determiners | pack.words.binding_prepositions
        while linked > c.j and linked > k - 2 and parts[linked - 1].text.casefold() in links:
            linked -= 1
        if linked < k and linked > c.j and parts[linked - 1].text.casefold() in pack.words.branch_nouns:
            k = linked - 1                      # "branch of (the)", "Ableger des"
        adjectives = all(parts[a].pos in pack.tags.attributive_adjective for a in range(c.j, k))
        return c if c.form == "adj" and adjectives else None
    return _bind_country([c for c in countries if c.i >= head.j], head, seg, parts, pack)


def _follows_directly(c: _Mention, seg: list[_Mention], parts: list[Part], pack) -> bool:
    """A country after its head binds through one preposition right after the head (names
    may stand between: "President Juan Carlos Varela of Panama"), not through a common noun
    or a second preposition: "the leader of Russia", "der Sprecher des russischen
    Außenministeriums", but not "the spokesman of the inquiry of Russian officials" or "der
    Sprecher der Untersuchung der russischen Einmischung". Nouns are known by their tags
    (NN, NNS), so untagged tokens bind as before."""
    ends = [m.j for m in seg if m is not c and m.j <= c.i]
    if not ends:
        return False
    seen_prep = False
    between = parts[max(ends):c.i]
    words = [p.text.casefold() for p in between]
    if c.form == "region":
        # a region named with its kind: "die Regierung der Provinz Sindh", "the government of
        # the province of Sindh"
        if len(words) >= 2 and words[-1] in pack.words.all_prepositions and words[-2] in pack.words.region_nouns:
            between = between[:-2]
        elif words and words[-1] in pack.words.region_nouns:
            between = between[:-1]
    for part in between:
        if part.text.casefold() in pack.words.all_prepositions:
            if seen_prep:
                return False
            seen_prep = True
        elif not seen_prep and part.pos in pack.tags.common_noun:
            return False
    return True


def _residents(countries: list[_Mention]) -> list[_Mention]:
    """"bosnische Serben", "Kosovo-Albaner", "Kosovo Albanians": a people noun right after
    another state's adjective or name is that people living in that state, which the phrase
    names (the people's own state is their origin, not their actor)."""
    out: list[_Mention] = []
    for c in countries:
        prev = out[-1] if out else None
        if (prev is not None and c.form == "people" and prev.form in ("adj", "name")
                and prev.j == c.i and prev.entry.code != c.entry.code):
            out[-1] = _Mention("country", prev.i, c.j, prev.entries, form="people", prep=prev.prep)
            continue
        out.append(c)
    return out


# sectors of a state's organs: their supporters, named by a word of their own, are its people
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})


def _supporters_of(draft: _Draft, found: list[_Mention], parts: list[Part]) -> bool:
    """Whether a draft of a government, a leader or a state's forces is named only as whose
    supporters a phrase's head word names ("Tausende Anhänger der Junta", "Anhänger Maduros",
    "supporters of the president", "government supporters"): they are that country's people
    (CVL), as "Trump-Anhänger" are. A supporter word inside a compound with the name is the
    compound's (``follower_heads``); a country's supporters ("Anhänger Russlands") and phrases
    that join several actors ("der Präsident und seine Anhänger") are left alone."""
    if draft.sector not in _STATE_SECTORS or any(m.kind == "conj" for m in found):
        return False
    if not any(m.kind in ("agent", "person") for m in draft.mentions):
        return False
    if any(m.kind == "person" and m.followers for m in found) and any(
            m.kind == "person" and not m.followers for m in draft.mentions):
        return False           # "Erdogan supporter Binali Yildirim": the supporter named keeps his office
    return any(m.kind == "follower" and parts[m.i].first and parts[m.j - 1].last for m in found)


def _fans_of(draft: _Draft, found: list[_Mention], parts: list[Part]) -> bool:
    """Whether a firm's or a paper's draft (``_CUSTOMERS``) is named only as whose supporters a
    phrase's head word names ("Apple supporters", "supporters of Tesla"): its fans and customers,
    no actor, as "Apple-Unterstützer" are none (``_combine``)."""
    if draft.sector not in _CUSTOMERS or any(m.kind == "conj" for m in found):
        return False
    if not all(m.kind == "org" for m in draft.mentions):
        return False
    return any(m.kind == "follower" and parts[m.i].first and parts[m.j - 1].last for m in found)


def _one_person(draft: _Draft, parts: list[Part], words) -> bool:
    """Whether a country draft names one person of that nationality: a people noun (or an
    adjective ending the phrase) after an indefinite article ("ein Syrer", "a Palestinian",
    "eine 28-jährige Italienerin"), or of a
    singular ending ("Italienerin"; pack words singular_person_endings), or an adjective before
    the person noun that ends the phrase ("the Sudanese man", "two British women")."""
    if not draft.only_countries or draft.sector is not None or len(draft.mentions) != 1:
        return False
    m = draft.mentions[0]
    if m.form == "adj" and m.j == len(parts) - 1 and (parts[m.j].lemma or parts[m.j].text).lower() in words.person_nouns:
        return True
    if not (m.form == "people" or (m.form == "adj" and m.j == len(parts))):   # "a Syrian": the adjective as a noun
        return False
    word = parts[m.j - 1].text.lower()
    return word.endswith(words.singular_person_endings) or any(
        p.text.lower() in words.indefinite for p in parts[max(0, m.i - 3):m.i])


def _organs_joined(drafts: list[_Draft]) -> list[_Draft]:
    """An organ of an international body named in one phrase with the body ("the United Nations
    Security Council", "der Sicherheitsrat der Vereinten Nationen") is one actor, not the body
    and its organ side by side: the drafts of one IGO code become the one that names a sector
    (the organ), spanning both."""
    out: list[_Draft] = []
    for draft in drafts:
        same = next((d for d in out if d.code == draft.code and d.code.startswith("IGO:")), None)
        if same is None:
            out.append(draft)
            continue
        if same.sector is None and draft.sector is not None:
            same.sector, same.name = draft.sector, draft.name
        same.mentions = same.mentions + draft.mentions
    return out


def _country_draft(c: _Mention) -> _Draft:
    sector = c.sector if c.form in ("gov", "mil") else None
    return _Draft(c.entry.code, sector, None, [c], only_countries=True)
