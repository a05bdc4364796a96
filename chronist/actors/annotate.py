"""The actors stage: the actors of every phrase of a document's clauses.

For each argument and speaker it matches the dictionary's actors in the phrase's own
words, takes a seat from the phrase right after it ("die Regierung in Warschau"), marks
counted people as civilians ("Tausende Ungarn"), and resolves pronouns and definite
descriptions to actors named before (:mod:`chronist.actors.coref`). It sets
``Phrase.actors``; the coder (:mod:`chronist.coding.coder`) reads them.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import replace

import datetime as dt

from chronist import lang as languages
from chronist.actors import forms
from chronist.actors.coref import OFFICE_SECTORS, Mentions, description_kind, phrase_agreement, pronoun_kind, word_agreement
from chronist.model import ANY_AGREEMENT, Actor, Clause, Document, Phrase, Sentence, Token


_COUNTED_ROLES = frozenset({"subject", "object", "dative"})
# a speaker who is a state or one of its organs, and the forces and police a possessive in its
# speech makes the state's (see Annotator._speakers_own)
_OWNER_SECTORS = frozenset({None, "GOV", "MIL", "COP"})
_ARMED_ORGANS = frozenset({"MIL", "COP"})
# the roles of a phrase whose agents a possessive before them gives its possessor (see _owned_agents)
_OWNED_ROLES = frozenset({"subject", "object", "dative"})
_MATCHED_MAX = 100_000      # matcher answers kept (a few tens of MB at most); then they start afresh


class ActorAnnotator:
    """Sets the actors of every phrase of a Document, pronouns resolved."""

    def __init__(self, *, lang: str, matcher):
        self.lang = lang
        self.words = languages.get(lang).words
        self.tags = languages.get(lang).tags
        self.head_first = languages.get(lang).agent_head == "first"
        self.matcher = matcher
        self.persons = matcher.dictionary.persons
        self.person_names = frozenset(p.name for p in self.persons.values())
        # the first names of the dictionary's persons ("Heinz-Christian", "David"): a name of two
        # words or more that starts with one and that the dictionaries do not know is a person's
        self.first_names = frozenset(n.split()[0] for n in self.person_names if " " in n)
        # the title nouns long enough to end a compound ("Oppositionsführer"), for one endswith
        self.long_titles = tuple(sorted(t for t in self.words.name_titles if len(t) > 4))
        self.person_heads = tuple(sorted(t for t in self.words.person_heads if len(t) > 3))
        # "the kingdom" -> the monarchies of that form of state (see Words.state_form_nouns)
        # and "the bloc" -> the international bodies of that form (see Words.body_form_nouns)
        # and "the Gulf state" -> the states of that group (see Words.region_form_nouns)
        self.state_forms = {" ".join(parts[:-1]): matcher.dictionary.state_forms.get(parts[-1], frozenset())
                            for parts in (f.split() for f in self.words.state_form_nouns
                                          | self.words.body_form_nouns | self.words.region_form_nouns)}
        self._matched: dict[tuple, tuple[tuple, ...]] = {}      # see _match

    def _match(self, phrase: Phrase, date: dt.date | None, before: Token | None = None) -> list[Actor]:
        """The matcher's actors of the phrase's words (pronouns aside). Phrases repeat ("die
        Regierung", "Österreich"), and the matcher reads only the words, their spacing and the
        date: its answer is kept, with offsets relative to the first word, and new Actors are
        made from it each time (the stage changes them). ``before``: the sentence's word right
        before the phrase."""
        tokens = phrase.tokens
        # "his opposition to the EU": a stance after a possessive pronoun, not the opposition
        words = [t for k, t in enumerate(tokens) if pronoun_kind(t, self.lang) is None and not (
            k and t.text.lower() in self.words.stance_agents and tokens[k - 1].text.lower() in self.words.stance_possessors)]
        if not words:
            return []
        base = words[0].start
        # a preposition with its article fused into it ("vom", "zum"; the pack's articles) right
        # before the phrase's first word: a common word there is no person's name ("vom Schiff")
        determined = before is not None and words[0] is tokens[0] and before.text.casefold() in self.words.articles
        key = (date, determined, tuple((t.text, t.lemma, t.pos, t.start - base, t.end - base) for t in words))
        found = self._matched.get(key)
        if found is None:
            if len(self._matched) >= _MATCHED_MAX:
                self._matched.clear()
            found = self._matched[key] = tuple(
                (a.code, a.sector, a.text, a.start - base, a.end - base, a.name)
                for a in self.matcher.match(words, lang=self.lang, date=date, determined=determined))
        return [Actor(code, sector, text, start + base, end + base, name)
                for code, sector, text, start, end, name in found]

    @functools.cached_property
    def _organisation_pairs(self) -> frozenset[tuple[str, str]]:
        """Two words that follow each other in the name of an organisation of the dictionary (an
        international or non-governmental one, or a party or a movement of one state), lower case
        ("komitee", "vom"; "alternative", "für"): only where a phrase ends in the first and the
        second follows can a name run on past the phrase (_names_running_on)."""
        pairs = set()
        for first, bucket in self.matcher.dictionary.actors.get(self.lang, {}).items():
            for rest, entry in bucket:
                if rest and (":" in (getattr(entry, "code", None) or "") or (
                        getattr(entry, "kind", None) == "org" and getattr(entry, "sector", None) == "PTY")):
                    words = (first, *rest)
                    pairs.update((a.lower(), b.lower()) for a, b in zip(words, words[1:]))
        return frozenset(pairs)

    def _names_running_on(self, pairs: list[tuple[Clause, Phrase]], tokens: list[Token], date: dt.date | None) -> None:
        """An organisation's name that the parse splits at a preposition ("das Internationale
        Komitee vom Roten Kreuz", "die Organisation für Sicherheit und Zusammenarbeit in Europa"):
        the phrase that it opens, which names no actor of its own, is the organisation, and the phrase of
        the rest of its name names no one. So is a phrase that names an organisation whose name a
        longer one goes on ("der Europäische Gerichtshof für Menschenrechte" is not the EU's court).
        A party's name runs on so too ("die Alternative für Deutschland", "the Alternative for
        Germany"): its phrase is the party, the state in the rest of its name no second actor."""
        organisations = self.matcher.dictionary.organisations
        starts = [t.start for t in tokens]
        taken: list[tuple[int, int, int]] = []
        for _, phrase in pairs:
            if not phrase.tokens:
                continue
            k = bisect.bisect_left(starts, phrase.tokens[-1].start)
            if k + 1 >= len(tokens) or tokens[k].start != phrase.tokens[-1].start \
                    or tokens[k + 1].pos not in self.tags.preposition \
                    or (tokens[k].text.lower(), tokens[k + 1].text.lower()) not in self._organisation_pairs:
                continue
            # not people a noun names ("Ärzte ohne Grenzen" or not), unless the preposition is
            # written with a capital, as only inside a name ("Reporters Without Borders")
            capital = tokens[k + 1].text[:1].isupper()
            if any(not ((":" in a.code and a.end == phrase.tokens[-1].end) or (capital and a.code == "UNK"))
                   for a in phrase.actors):
                continue
            # a name that goes on with the preposition right after the phrase
            found = [a for a in self.matcher.match(phrase.tokens + tokens[k + 1:k + 8], lang=self.lang, date=date)
                     if (":" in a.code or (a.name in organisations and a.sector == "PTY" and not phrase.actors)) and a.start < phrase.tokens[-1].end and all(
                         t.text.lower() in self.words.determiners or (
                             ":" not in a.code and self._describing(phrase.tokens, n))
                         for n, t in enumerate(phrase.tokens) if t.end <= a.start)
                     and tokens[k + 1].end <= a.end and " " + tokens[k + 1].text + " " in f" {a.text} "]
            # (another organisation than the phrase's own)
            found = [a for a in found if all(a.code != b.code for b in phrase.actors)]
            if found:
                phrase.actors = found[:1]
                taken.append((id(phrase), phrase.tokens[-1].end, found[0].end))
        for _, phrase in pairs:
            if phrase.tokens and any(i != id(phrase) and lo < phrase.tokens[0].start and phrase.tokens[-1].end <= hi
                                     for i, lo, hi in taken):
                phrase.actors = []

    def _describing(self, tokens: list[Token], n: int) -> bool:
        """The ``n``th word before a party's name only describes it ("die rechtsextreme Alternative
        für Deutschland", "the far-right Alternative for Germany"): lower case, no preposition, and
        no noun (not "supporters of the ..."), unless it ends a word joined by a hyphen ("right")."""
        token = tokens[n]
        if token.text[:1].isupper() or token.pos in self.tags.preposition:
            return False
        return token.pos not in self.tags.common_noun and token.pos not in self.tags.proper_noun or (
            n > 0 and tokens[n - 1].text == "-")

    def _accredited(self, phrase: Phrase, date: dt.date | None) -> list[Actor]:
        """The phrase's actors, a diplomat accredited to an organisation of states
        (``accredited_nouns``: "UN-Botschafter", "U.N. envoy") made the one state the phrase names
        besides ("Sudans UN-Botschafter", "Der sudanesische UN-Botschafter", "Sudan's U.N. envoy"):
        he speaks for that state. With no state named he stays the organisation's ("U.N. envoy
        Volker Perthes")."""
        for actor in phrase.actors:
            last = actor.text.lower().replace("-", " ").split()[-1:] if actor.text else []
            if not actor.code.startswith("IGO:") or not last or last[0] not in self.words.accredited_nouns:
                continue
            states = {a.code for a in phrase.actors if state(a.code)}
            if not states:
                before = [t for t in phrase.tokens if t.end <= actor.start]
                named = self._match(Phrase(tokens=before, role=phrase.role), date) if before else []
                states = {a.code for a in named if state(a.code)}
            if len(states) == 1:
                [code] = states
                diplomat = Actor(code=code, sector=actor.sector, text=actor.text, start=actor.start, end=actor.end)
                return [diplomat if a is actor else a for a in phrase.actors if a is actor or a.code != code]
        return phrase.actors

    def _bracketed(self, sentence: Sentence, pairs: list[tuple[Clause, Phrase]], shorts: dict[str, Actor]) -> None:
        """Record the short forms in brackets right after a body's name ("die paramilitärischen
        Rapid Support Forces (RSF)", "Reporters Without Borders (RSF)"): the rest of the article
        names that body by them ("Die RSF beschossen ...", "RSF said"), also where the
        dictionaries read the short form as another body."""
        tokens = sentence.tokens
        for k in range(1, len(tokens) - 2):
            short = tokens[k + 1].text
            if tokens[k].text != "(" or tokens[k + 2].text != ")" or short in shorts \
                    or not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6):
                continue
            named = {(a.code, a.sector, a.name): a for _, p in pairs for a in p.actors
                     if a.end == tokens[k - 1].end and a.name and a.name not in self.person_names}
            if len(named) == 1:
                shorts[short] = next(iter(named.values()))

    def _without_venues(self, phrase: Phrase, tokens: list[Token]) -> list[Actor]:
        """The phrase's actors but a capital named right before an agreement noun, with only
        nouns between ("the Paris climate agreement", "the Minsk agreements", "violated the Oslo
        accords": where it was made, not who made it; pack words accord_nouns); not a possessive
        ("the Kremlin's deal with Kyiv") nor a state by its name ("the Iran nuclear deal"); and a
        capital right after such a noun and a preposition of the place (``venue_prepositions``,
        ``venue_nouns``: "das Abkommen von Minsk", "the Treaty of Lisbon")."""
        def venue(a: Actor) -> bool:
            if a.sector != "GOV" or a.name is not None or " " in a.text:
                return False
            # (tokens found by their offsets: a long sentence names many actors)
            first = bisect.bisect_left(tokens, a.start, key=lambda t: t.start)
            before = tokens[max(0, first - 2):first]
            if len(before) == 2 and before[1].text.lower() in self.words.venue_prepositions \
                    and before[0].lemma.lower().endswith(tuple(self.words.venue_nouns)):
                return True     # "das Abkommen von Minsk", "the Treaty of Lisbon": where it was made
            if not self.words.accord_nouns:
                return False
            for t in tokens[bisect.bisect_left(tokens, a.end, key=lambda t: t.start):]:
                if t.lemma.lower() in self.words.accord_nouns:
                    return True
                if t.pos not in self.tags.common_noun:
                    return False
            return False
        return [a for a in phrase.actors if not venue(a)]

    def _bare_people(self, phrase: Phrase) -> bool:
        """Whether the phrase is a subject that is a people noun alone, with no article ("Kenyans
        protested", "Syrer demonstrierten"): the people, not the state; a word that is also the
        country's name ("Ungarn") stays its name, and "the Russians" may be the state's side.
        (Only a subject: "die von Serben gehaltene Region" names no party of its own.)"""
        if phrase.role != "subject" or len(phrase.tokens) != 1 or len(phrase.actors) != 1 \
                or phrase.actors[0].name is not None:
            return False
        from chronist.actors import forms
        key = forms.name_key(forms.split_parts(phrase.tokens[0].text))
        if not key:
            return False
        # the dictionary's indexes, not its surfaces: a dictionary read from the cache folder
        # loads every file again for those (1.8 s, once per process)
        dictionary = self.matcher.dictionary
        entries = [entry for index in (dictionary.actors.get(self.lang, {}), dictionary.agents.get(self.lang, {}))
                   for rest, entry in index.get(key[0], []) if tuple(rest) == tuple(key[1:])]
        return bool(entries) and all(getattr(e, "kind", None) == "country" and getattr(e, "form", None) == "people"
                                     for e in entries)

    def _named_origin(self, phrase: Phrase) -> bool:
        """Whether a name the dictionaries lack stands right before the refugee noun of a phrase
        ("Chenchen refugees"): it may say where they come from, so they are not taken as of
        unknown country."""
        tokens = phrase.tokens
        k = max((k for k, t in enumerate(tokens) if self.words.refugee([t.text])), default=None)
        return k is not None and k > 0 and tokens[k - 1].pos in self.tags.proper_noun

    def _counted_people(self, phrase: Phrase) -> list[Actor]:
        """A group of people a number noun heading the phrase counts ("Tausende", "mehrere
        Hunderte", "dozens"): civilians of unknown country, whom the coder localises. Not when
        another noun follows the number noun ("Tausende Raketen"), the phrase says whose they are,
        or it is no subject or object ("von Dutzenden getöteten Kämpfern" misread as an agent)."""
        tokens = [t for t in phrase.tokens if t.text[:1].isalnum()]
        if phrase.role not in _COUNTED_ROLES or not tokens \
                or tokens[-1].text.lower() not in self.words.people_counts:
            return []
        if any(pronoun_kind(t, self.lang) for t in tokens):
            return []          # "Hunderte seiner Anhänger" are his
        last = tokens[-1]
        return [Actor(code="UNK", sector="CVL", text=last.text, start=last.start, end=last.end)]

    def _elided_people(self, phrase: Phrase, before: list[Phrase], previous: Token | None) -> list[Actor]:
        """A number that stands for a noun left out, with a word of more ("Drei weitere wurden
        verletzt", "Weitere 64 wurden festgenommen", "two others were arrested"): the people
        counted just before it (``before``: the counted phrases of people earlier in its sentence,
        else in the sentence before), when all of them are of one actor; nothing when none or
        two kinds were counted ("Zwei Polizisten und drei Demonstranten ... Zwei weitere")."""
        tokens = [t for t in phrase.tokens if t.text[:1].isalnum()]
        if phrase.role not in _COUNTED_ROLES or not tokens or not before:
            return []
        low = [t.text.lower() for t in tokens]
        if previous is not None and previous.text.lower() in self.words.number_words \
                and low[0] in self.words.elided_count_words:
            low.insert(0, previous.text.lower())    # a number the phrase left out ("Drei | weitere")
        numbers = [w for w in low if w.replace(".", "").replace(",", "").isdigit() or w in self.words.number_words]
        if not numbers or not any(w in self.words.elided_count_words for w in low) \
                or any(not (w in numbers or w in self.words.elided_count_words) for w in low):
            return []
        kinds = {(a.code, a.sector) for p in before for a in p.actors}
        if len(kinds) != 1:
            return []
        last = before[-1]
        return [replace(a, text=phrase.text, start=phrase.start, end=phrase.end) for a in last.actors[:1]]

    def _counted_persons(self, phrase: Phrase) -> bool:
        """A phrase counting people of one actor with a sector ("zwölf Demonstranten", "three
        policemen"), which a number with a noun left out after it may count more of."""
        return phrase.counted and phrase.role in _COUNTED_ROLES and bool(phrase.actors) \
            and all(a.sector and not a.name for a in phrase.actors)

    def _seat(self, clause: Clause, phrase: Phrase, preps: dict[int, tuple[list[int], list[Phrase]]]) -> None:
        """A phrase's actor from the prepositional phrase right after it: "die Regierung in
        Warschau", "Rebellen aus Uganda" (an actor of unknown nationality takes the country),
        "das Forum für ... Zusammenarbeit (APEC)" (a phrase with no actor takes the
        organisation named in it; not one a place phrase names, whose seat says where the phrase's
        people or things are, not whose they are: "Police arrested a man in Brussels" is no man of
        the EU)."""
        if phrase.role in ("prep", "agent", "attribute") or any(a.code != "UNK" for a in phrase.actors):
            return
        if id(clause) not in preps:     # a clause's prepositional phrases by start, sorted once
            found = sorted((a for a in clause.arguments if a.role in ("prep", "attribute")), key=lambda a: a.start)
            preps[id(clause)] = ([a.start for a in found], found)
        starts, found = preps[id(clause)]
        k = bisect.bisect_left(starts, phrase.end)
        if k == len(starts):
            return
        arg = found[k]
        gap = arg.start - phrase.end
        if gap > 4 and not (phrase.actors and arg.prep in self.words.seat_prepositions):
            return
        # a seat right after it: no more between them than its preposition ("aus", "from") and spaces
        if gap > max(len(arg.prep or ""), 2) + 2:
            return
        if phrase.actors and arg.prep in self.words.seat_prepositions:
            countries = [a.code for a in arg.actors if state(a.code)]
            # troops and envoys taken out of a country are not its own ("zog Truppen aus Syrien
            # ab", "recalled its ambassador from Austria"); people from it are ("Flüchtlinge aus Syrien"),
            # and so is a government of ("kritisierte die Regierung von Venezuela") or in it
            if countries and not (arg.role == "prep" and arg.prep in self.words.departure_prepositions
                                  and any(a.sector in ("MIL", "GOV") for a in phrase.actors)):
                for actor in phrase.actors:
                    actor.code = countries[0]
        elif not phrase.actors and arg.prep not in self.words.location_prepositions:
            bodies = [a for a in arg.actors if a.code.startswith(("IGO:", "NGO:"))]
            phrase.actors = [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end,
                                   name=a.name) for a in bodies]

    def _addressee(self, clause: Clause, phrase: Phrase, token, sentence: Sentence,
                   persons: frozenset[str] = frozenset()) -> list[Actor]:
        """"Chirac erinnerte den Irak daran, dass er ... zusammenarbeiten müsse": the subject
        pronoun of a clause that depends on a verb with an object refers to that object; not that
        of a relative or adverbial clause ("Blinken visited Beijing, where he warned ...": Blinken,
        not Beijing). (No agreement test: a bare German state has no article to tell its gender,
        "forderte Iran auf, dass er ...".)"""
        if phrase.role != "subject" or pronoun_kind(token, self.lang) != "personal" or clause.parent is None \
                or clause.relative or clause.adverbial:
            return []
        governing = sentence.clauses[clause.parent]
        if governing.predicate.kind != "verb":
            return []
        found = [a for p in governing.args("object") for a in p.actors if a.code != "UNK"]
        if found and self._circumstance(token, sentence) and not any(
                a.name in persons or self._names_person(p, sentence) for p in governing.args("object") for a in p.actors):
            # "Trump verließ Berlin, nachdem er Macron getroffen hatte": a clause of time whose
            # object above is no person means the person who is the subject above
            subjects = [p for p in governing.args("subject") if p.actors]
            women = self.words.feminine_first_names
            if len(subjects) == 1 and len(subjects[0].actors) == 1 and subjects[0].actors[0].name in persons \
                    and phrase.agreement & subjects[0].agreement \
                    and ("f" in phrase.agreement or subjects[0].actors[0].name.split()[0] not in women):
                found = subjects[0].actors
        return [Actor(code=a.code, sector=a.sector, text=token.text, start=token.start, end=token.end, name=a.name)
                for a in found]

    def _circumstance(self, token, sentence: Sentence) -> bool:
        """Whether ``token`` comes right after a conjunction of a clause of time or concession (the
        pack's ``circumstance_conjunctions``: "nachdem er")."""
        at = bisect.bisect_left(sentence.tokens, token.start, key=lambda t: t.start)
        return at >= 1 and sentence.tokens[at - 1].text.lower() in self.words.circumstance_conjunctions

    def _speakers_own(self, clause: Clause, phrase: Phrase, controlled: bool = False) -> None:
        """A first-person possessive in reported speech ("our", "unser", "my", "mein": the pack's
        ``speaker_possessives``) names its speaker's state: "\"Our army will strike,\" Iran's
        defence minister said" (Iran's army), "„Unser Land wird sich wehren“, erklärte Selenskyj"
        (Ukraine). An actor of no known country after it takes the speaker's country, and so does
        a country noun after it with no actor ("my country", "unser Land"). Only where the speaker
        says the clause and names one state; outside speech ("our correspondent") nothing.

        So does a third-person possessive (``owner_possessives``) before the forces or police of no
        known country that are the clause's subject, when the speaker is that state or one of its
        organs: "Russia said its troops had attacked Ukrainian positions" (Russia's troops, not
        the troops of no one or of the side attacked); not a rebel's or a party's "their forces".
        And one before what only a state has (``sovereign_nouns``) in a phrase that names no actor,
        not the subject, when the subject names no state or government: "Estonia said Russian
        fighter jets violated its airspace" (Estonia's airspace; not "said Syria must secure its
        border", Syria's). Not the forces an infinitive's governing clause names as its object
        (``controlled``: "May said Trump had ordered his army to attack": Trump's, see
        ``_owned_agents``)."""
        speaker = clause.speaker
        if speaker is None or speaker.role == "speaker":
            return
        codes = {a.code for a in speaker.actors}
        if len(codes) != 1 or len(code := next(iter(codes))) != 3 or code == "UNK":
            return
        owner = phrase.role == "subject" and not controlled and all(a.sector in _OWNER_SECTORS for a in speaker.actors)
        tokens = phrase.tokens
        for k, token in enumerate(tokens):
            if token.pos not in self.tags.possessive:
                continue
            if self._sovereign(clause, phrase, k) or self._army_place(phrase, k):
                # so are a state's positions, where another attacks it, not the attacker's own:
                # "Armenia said Azerbaijan had attacked its positions", "Aserbaidschan habe seine
                # Stellungen angegriffen, teilte Armenien mit" (Armenia's)
                unknown = [a for a in phrase.actors if a.code == "UNK" and a.start > token.start]
                for a in unknown:
                    a.code = code
                if not phrase.actors:
                    phrase.actors.append(Actor(code=code, text=token.text, start=token.start, end=token.end))
                continue
            if owner and token.text.lower() in self.words.owner_possessives:
                for a in phrase.actors:
                    if a.code == "UNK" and a.start > token.start and a.sector in _ARMED_ORGANS and a.name is None \
                            and not a.abroad:
                        a.code = code
                continue
            if token.text.lower() not in self.words.speaker_possessives:
                continue
            unknown = [a for a in phrase.actors if a.code == "UNK" and a.start > token.start]
            for a in unknown:
                a.code = code
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if not unknown and not phrase.actors and following is not None \
                    and following.text.lower() in self.words.country_nouns:
                phrase.actors.append(Actor(code=code, text=following.text, start=following.start,
                                           end=following.end))

    def _sovereign(self, clause: Clause, phrase: Phrase, k: int) -> bool:
        """Whether the possessive at ``phrase.tokens[k]`` stands before what only a state has in a
        phrase that names no actor, not the subject, and the subject names no state or government
        (see ``_speakers_own``)."""
        tokens = phrase.tokens
        if phrase.role == "subject" or any(a.code != "UNK" for a in phrase.actors) \
                or tokens[k].text.lower() not in self.words.owner_possessives:
            return False
        if any(t.lemma.lower() in self.words.mission_nouns or t.text.lower() in self.words.mission_nouns
               for t in tokens[k + 1:k + 3]):
            # a state's embassy or consulate is abroad, not the subject's when that is another state:
            # "Das iranische Außenministerium erklärte, Israel habe seine Botschaft in Damaskus
            # angegriffen" (Iran's), as "its airspace" is the speaker's
            return True
        if not any(t.lemma in self.words.sovereign_nouns or t.text.lower() in self.words.sovereign_nouns
                   for t in tokens[k + 1:]):
            return False
        return not any(a.sector in (None, "GOV") for p in clause.args("subject") for a in p.actors)

    def _army_place(self, phrase: Phrase, k: int) -> bool:
        """Whether the possessive at ``phrase.tokens[k]`` (``owner_possessives``) stands right
        before an army's places (``army_places``) in a phrase that is not the subject and names no
        known actor (see ``_speakers_own``)."""
        tokens = phrase.tokens
        return (phrase.role != "subject" and k + 1 < len(tokens)
                and tokens[k].text.lower() in self.words.owner_possessives
                and tokens[k + 1].text.lower() in self.words.army_places
                and all(a.code == "UNK" for a in phrase.actors))

    def _owned_agents(self, clause: Clause, phrase: Phrase, other: bool) -> Token | None:
        """The possessive pronoun ("his", "her", "sein", "ihr") right before the agent nouns of no
        known country that a subject phrase names and nothing else ("His administration
        criticised Iran", "Ihr Sprecher wies das zurück"): the agents are its possessor's (see
        ``_own_agents``); None for any other phrase, a possessive before the other side or kin
        ("his wife"), or agents named by a name, from abroad or with a country of their own."""
        tokens = phrase.tokens
        if phrase.role not in _OWNED_ROLES or other or len(tokens) < 2 or not phrase.actors \
                or pronoun_kind(tokens[0], self.lang) not in ("possessive", "group-possessive") \
                or any(a.code != "UNK" or a.name is not None or a.abroad or a.start <= tokens[0].start
                       for a in phrase.actors):
            return None
        return tokens[0]

    def _own_agents(self, phrase: Phrase, token: Token, found: list[Actor]) -> None:
        """Give the agents after the possessive ``token`` the country of the one person it refers
        to (``found``): "Putin met Erdogan. His spokesman accused Ukraine" (RUS), "Netanyahu warned
        Hamas. His army attacked targets in Gaza" (ISR MIL). An agent noun that names the person's
        office only (``generic`` in the agents dictionary: spokesman, adviser, Sprecher) takes the
        person's sector too, and is the body's of a person of an international body ("Guterres
        ... His spokesman": IGO:UN). Nothing when the possessive means no one, a group, a body or persons
        of two countries."""
        codes = {a.code for a in found}
        if not found or len(codes) != 1 or any(a.name not in self.person_names for a in found):
            return
        # not a person whose first name is of the other gender ("Theresa May said ... his army")
        agreement = word_agreement(token.text, self.lang)
        other = [] if "m" in agreement and "f" in agreement else self.words.masculine_first_names \
            if "f" in agreement else self.words.feminine_first_names if "m" in agreement else []
        if any(a.name.split()[0] in other for a in found):
            return
        code = next(iter(codes))
        generic = self._generic_head(phrase)
        # a person of an international body has its offices ("Guterres ... his spokesman": the
        # UN's), no government or army of his own
        if code == "UNK" or not (len(code) == 3 or generic and ":" in code):
            return
        sectors = {a.sector for a in found}
        for a in phrase.actors:
            a.code = code
            if generic and len(sectors) == 1 and None not in sectors:
                a.sector = next(iter(sectors))

    def _generic_head(self, phrase: Phrase) -> bool:
        """Whether a phrase ends in a noun the agents dictionary calls generic, which names an
        office of any body ("spokesman", "Sprecher")."""
        key = forms.fold_key(forms.split_parts(phrase.tokens[-1].text)) if phrase.tokens else None
        return bool(key) and any(not rest and agent.generic
                                 for rest, agent in self.matcher.dictionary.agents[self.lang].get(key[0], ()))

    def _followers(self, phrase: Phrase) -> bool:
        """Whether a phrase ends in a supporters' noun of the dictionary (``follower_heads``:
        "his supporters", "seine Anhänger")."""
        if not phrase.tokens:
            return False
        key = forms.fold_key(forms.split_parts(phrase.tokens[-1].text))
        return bool(key) and any(not rest and agent.kind == "follower"
                                 for rest, agent in self.matcher.dictionary.agents[self.lang].get(key[0], ()))

    def _people_of(self, actors: list[Actor]) -> list[Actor]:
        """The supporters of the persons and bodies of a state a possessive refers to ("Bolsonaro
        refused to concede defeat, and his supporters blocked highways", "Seine Anhänger
        blockierten Autobahnen"): that country's people (CVL), as "Trump supporters" and
        "Trump-Anhänger" are, not the leader; an organisation's supporters stay its own
        ("die AfD und ihre Anhänger"), and a state's own are no one else's."""
        organisations = self.matcher.dictionary.organisations
        return [replace(a, sector="CVL", name=None)
                if a.sector is not None and len(a.code) == 3 and a.code != "UNK" and a.name not in organisations
                else a for a in actors]

    def _other_person(self, tokens: list[Token]) -> bool:
        """Whether the words name the other side or kin of a possessive before them ("sein
        Opfer", "his wife"): someone other than the possessor."""
        words = self.words
        return any(t.text.lower() in words.counterpart_nouns or t.text.lower() in words.kin_nouns
                   or t.text.lower() in words.peer_nouns or t.text.lower() in words.neighbour_nouns
                   for t in tokens)

    def _plural(self, phrase: Phrase) -> bool:
        """A group: two actors or more ("Russland und die Türkei"), counted people ("zwei
        Soldaten"), or a plural head noun (by its tag, or longer than its lemma by a plural
        ending: "Rebellen")."""
        if phrase.counted or len({(a.code, a.sector, a.name) for a in phrase.actors}) > 1:
            return True
        nouns = [t for t in phrase.tokens if t.pos in self.tags.common_noun or t.pos in self.tags.plural_noun]
        if not nouns:
            return False
        head = nouns[0] if self.head_first else nouns[-1]
        if head.pos not in self.tags.common_noun and any(a.name in self.person_names for a in phrase.actors):
            return False        # a person's name tagged a plural name ("Evo Morales", "Carlos Fuentes")
        text, lemma = head.text.lower(), head.lemma.lower()
        # ("die spanischen Richter": an article and an adjective that only a plural takes)
        told = phrase.tokens[0].text.lower() in self.words.plural_articles and any(
            t.pos in self.tags.attributive_adjective and t.text.lower().endswith(self.words.plural_adjective_endings)
            for t in phrase.tokens[1:phrase.tokens.index(head)])
        return told or head.pos in self.tags.plural_noun or (
            text != lemma and text.startswith(lemma) and text[len(lemma):] in self.words.plural_noun_endings)

    def _agreement(self, clause: Clause, phrase: Phrase) -> frozenset[str]:
        """The genders and numbers of a phrase (see :func:`phrase_agreement`); of a pronoun alone,
        the pronoun's, "sie" narrowed by the number of its verb ("sie vereinbarten": plural)."""
        tokens = phrase.tokens
        if len(tokens) == 1 and pronoun_kind(tokens[0], self.lang):
            told = word_agreement(tokens[0].text, self.lang)
            finite = [t for t in clause.predicate.tokens if t.pos in self.tags.finite]
            if tokens[0].text.lower() in self.words.verb_number_pronouns and phrase.role == "subject" and finite:
                plural = finite[0].text.lower().endswith(self.words.plural_verb_endings)
                told = told & {"pl"} if plural else told - {"pl"}
            return told or ANY_AGREEMENT
        person = any(a.name in self.person_names for a in phrase.actors)
        # a phrase that names a person is his, whoever else it names ("Trumps Anwalt Giuliani"); a
        # German plural ending is no plural where an article tells ("den Präsidenten")
        group = not person and (phrase.counted or len({(a.code, a.sector, a.name) for a in phrase.actors}) > 1)
        nouns = [t for t in tokens[:phrase.attribute] if t.pos in self.tags.common_noun or t.pos in self.tags.plural_noun]
        head = (nouns[0] if self.head_first else nouns[-1]).text.lower() if nouns else ""
        told = phrase_agreement(tokens, phrase.actors, lang=self.lang, person=person, head=head,
                                plural=group or (not person and self._plural(phrase)
                                                 and not word_agreement(tokens[0].text, self.lang)))
        if not person:
            return told
        # a woman by her first name ("Merkel": Angela Merkel), else by her title ("Kanzlerin Merkel")
        names = {a.name for a in phrase.actors if a.name in self.person_names}
        women = self.words.feminine_first_names
        if women and all(n.split()[0] in women for n in names):
            return told & {"f"} or told
        # a man by his first name ("Trump": Donald Trump), whom "she" does not mean
        men = self.words.masculine_first_names
        if men and names and all(n.split()[0] in men for n in names):
            return told & {"m"} or told
        return told & self._title_gender(tokens, phrase.actors) or told if len(names) == 1 else told

    def _title_gender(self, tokens: list[Token], actors: list[Actor]) -> frozenset[str]:
        """The gender the title right before the name of a person of ``actors`` (with none: the
        name that ends the phrase, a person the dictionaries do not know) tells, by the pack's
        ``feminine_title_endings``: f for a title in such a form whose stem is a title too
        ("die Außenministerin Annalena Baerbock", "Kanzlerin Merkel"), m for a title whose form with
        such an ending is a title ("der Präsident Wladimir Putin"); empty when none tells."""
        endings = self.words.feminine_title_endings
        ends = [a.end for a in actors if a.name in self.person_names] or [t.end for t in tokens[-1:] if not actors]
        if not endings or not ends:
            return frozenset()
        # back from the end of the name over its capitalised words ("Annalena Baerbock") to a title
        word = ""
        for token in reversed([t for t in tokens if t.end <= max(ends)]):
            low = token.text.lower()
            if self._title(low):
                word = low
                break
            if not token.text[:1].isupper() or token.pos not in self.tags.proper_noun | self.tags.common_noun:
                break
        if not word:
            return frozenset()
        if any(word.endswith(e) and len(word) > len(e) + 2 and self._title(word[:-len(e)]) for e in endings):
            return frozenset({"f"})
        return frozenset({"m"}) if any(self._title(word + e) for e in endings) else frozenset()

    def _office_name(self, low: list[str], i: int) -> bool:
        """Whether the foreign modifier at ``low[i]`` names an office with the word after it
        ("the foreign minister", "foreign affairs"), not an actor from abroad."""
        return i + 1 < len(low) and low[i + 1] in self.words.foreign_office_words

    def _bare_name(self, tokens: list[Token]) -> bool:
        """Words that are a name and nothing else ("Prieth", "David Prieth")."""
        return bool(tokens) and all(self._name_word(t) for t in tokens)

    def _coordinated_names(self, phrase: Phrase) -> list[list[Token]] | None:
        """The names a conjunction joins when the phrase is nothing else ("Maduro and Ali",
        "Maduro, Petro und Ali"); None for any other phrase."""
        parts: list[list[Token]] = [[]]
        for token in phrase.tokens:
            if token.text.lower() in self.words.conjunctions or token.text == ",":
                parts.append([])
            else:
                parts[-1].append(token)
        if len(parts) < 2 or not all(self._bare_name(part) for part in parts):
            return None
        return parts

    @staticmethod
    def _named_before(names: list[list[Token]], actors: list[Actor], mentions: Mentions) -> list[Actor]:
        """``actors`` and, for each of ``names`` none of them was found in, the person named
        before in full whose last name it is ("Maduro and Ali" after "Guyana's President Irfaan
        Ali"), in the order of the names."""
        out: list[Actor] = []
        for name in names:
            found = [a for a in actors if name[0].start <= a.start < name[-1].end]
            out += found or mentions.by_surname(name[-1])
        return out + [a for a in actors if a not in out]

    def _thing_before(self, pairs: list[tuple[Clause, Phrase]], clause: Clause, phrase: Phrase,
                      token: Token) -> list[Actor] | None:
        """The actors of an object pronoun (the pack's ``thing_pronouns``) that stands for a thing
        an earlier clause of its sentence names by its object, a noun of the pronoun's gender that
        names no actor ("Orbán kritisierte den Vorschlag, Polen lehnte ihn ab": the proposal, not
        a man named before): its author where that clause presents it (``presenting_verbs``:
        "Merkel legte einen Plan vor, Polen lehnte ihn ab": Merkel), else no one; None where no
        such thing stands before the pronoun."""
        if phrase.role not in ("object", "dative") or len(phrase.tokens) != 1 \
                or token.text.lower() not in self.words.thing_pronouns:
            return None
        things = [(c, p) for c, p in pairs if c is not clause and p.role == "object" and p.end <= phrase.start
                  and not p.actors and not p.pronoun and len(p.tokens) > 1
                  and p.tokens[-1].pos in self.tags.common_noun and p.agreement & phrase.agreement]
        if not things:
            return None
        owner, thing = things[-1]
        if owner.predicate.lemma not in self.words.presenting_verbs:
            return []
        return [replace(a, text=token.text, start=token.start, end=token.end)
                for s in owner.args("subject") for a in s.actors if a.code != "UNK"]

    def _owner_surname(self, tokens: list[Token]) -> Token | None:
        """The name before a possessive ending that is a word of its own and no noun's end ("May"
        of "May's deal", "Barnier's team"): a last name that may be that of a person named before
        in full; None when the phrase has none."""
        return next((tokens[k - 1] for k in range(1, len(tokens) - 1)
                     if tokens[k].pos in self.tags.genitive_marker and self._name_word(tokens[k - 1])), None)

    def _other_bearer(self, phrase: Phrase, date: dt.date | None) -> Token | None:
        """The last word of a name of two words or more in the phrase ("Lukas Nielsen", "two Lukas
        Nielsen goals") that alone names a person of the dictionaries whom the phrase does not
        name (a first name not his: see ActorMatcher._other_first_name); None if there is none."""
        tokens = phrase.tokens
        for k in range(1, len(tokens)):
            last = tokens[k]
            if not (self._name_word(last) and self._name_word(tokens[k - 1])) or (
                    k + 1 < len(tokens) and self._name_word(tokens[k + 1])):
                continue
            known = {a.name for a in self.matcher.match([last], lang=self.lang, date=date)} & self.person_names
            if known and not any(a.name in known and a.start <= last.start < a.end for a in phrase.actors):
                return last
        return None

    def _name_word(self, token: Token) -> bool:
        """A word of a name: tagged a name, capitalised ("al-Moualem" too)."""
        return token.pos in self.tags.proper_noun and token.text.rsplit("-", 1)[-1][:1].isupper()

    def _first_person(self, phrase: Phrase) -> bool:
        """Whether a phrase is a first-person pronoun alone ("I", "ich")."""
        return len(phrase.tokens) == 1 and pronoun_kind(phrase.tokens[0], self.lang) == "first"

    def _stranger(self, clause: Clause, phrase: Phrase, surnames: set[str]) -> bool:
        """A person the dictionaries do not know: a name that says something ("sagte Prieth"),
        that starts with a first name ("David Prieth"), that stands after a title noun ("der
        Anwalt Prieth", "the lawyer Smith"), or the last name of such a person named before.
        Adds the person's last name to ``surnames``. A party or body named before the title is
        the person's, not his name ("Tory MP Tom Reed", "the Labour backbencher Anna Kowal")."""
        if any(a.name in self.person_names for a in phrase.actors) or not phrase.tokens:
            return False
        run = 0        # the name words that end the phrase
        while run < len(phrase.tokens) and self._name_word(phrase.tokens[len(phrase.tokens) - run - 1]):
            run += 1
        if not run:
            return False
        name = phrase.tokens[len(phrase.tokens) - run:]
        before = phrase.tokens[len(phrase.tokens) - run - 1].text.lower() if run < len(phrase.tokens) else ""
        titled = self._title(before)
        # a capitalised title inside the run of name words ("Foreign Minister Piotr Kowalski")
        inner = [k for k, t in enumerate(name[:-1]) if self._title(t.text.lower())]
        if inner:
            name, titled = name[inner[-1] + 1:], True
        if any(a.name and a.end > name[0].start for a in phrase.actors):
            return False        # the run is a body's own name ("the Labour Party")
        says = run == len(phrase.tokens) and phrase is clause.speaker and phrase.role != "speaker"
        if not (titled or says or (run > 1 and name[0].text in self.first_names)
                or (run == len(phrase.tokens) and name[-1].text in surnames)):
            return False
        surnames.add(name[-1].text)
        return True

    def _private_doer(self, clause: Clause, phrase: Phrase) -> bool:
        """A private person no dictionary knows, named by an indefinite noun phrase ("a man", "an
        18-year-old", "eine Frau", "a suspect": ``Words.private_persons`` and ``noun_agents``, the
        last words of the phrase's head) as the subject of a clause, active or passive, or as the
        object of one whose subject is not of the person's gender ("Police arrested a man", "Die
        Polizei nahm einen Mann fest"; not "The minister met a student"): whom "he" or "she" after
        it means, not the last person the dictionaries know named before."""
        words = self.words
        if phrase.pronoun or not phrase.tokens or phrase.tokens[0].text.lower() not in words.indefinite:
            return False
        if any(a.name or a.code != "UNK" or a.sector != "CVL" for a in phrase.actors):
            return False      # "a suspect" is one of no country: "a Palestinian", "an official" are others
        head = [t.lemma.lower() for t in phrase.tokens[:phrase.attribute]]
        persons = words.private_persons | words.noun_agents
        if not any(" ".join(head[-n:]) in persons for n in (1, 2, 3) if len(head) >= n):
            return False
        if phrase.role == "subject":
            return True
        if phrase.role != "object":
            return False
        if clause.predicate.voice == "passive":       # "a man was arrested"
            return bool(clause.predicate.tokens) and phrase.start < clause.predicate.tokens[0].start
        own = self._person_agreement(clause, phrase)
        subjects = clause.args("subject")
        return bool(subjects) and not any(self._agreement(clause, p) & own for p in subjects)

    def _unnamed_person(self, clause: Clause, phrase: Phrase) -> bool:
        """One person of no name named by a definite or indefinite noun phrase
        as the subject of a main clause: a private person ("the driver", "der 33-Jährige"; nouns
        of ``Words.private_persons``, ``person_nouns``, ``noun_agents``) or a policeman or soldier
        ("Der 33-jährige Polizist", "the officer": one actor of sector COP or MIL), also the
        patient of a passive before its verb ("The soldier was wounded"): whom "er", "he" in the next
        sentence means (his own actor where it is an office's of a known state, else none), not the
        last person the dictionaries know named before."""
        words = self.words
        if phrase.pronoun or not phrase.tokens or clause.parent is not None:
            return False
        passive = phrase.role == "object" and clause.predicate.voice == "passive" and bool(clause.predicate.tokens) \
            and phrase.start < clause.predicate.tokens[0].start        # "Der Polizist wurde verletzt"
        if phrase.role != "subject" and not passive:
            return False
        if phrase.tokens[0].text.lower() not in words.definite | words.indefinite or self._plural(phrase):
            return False
        if any(a.name for a in phrase.actors) or len(phrase.actors) > 1:
            return False
        if phrase.actors and phrase.actors[0].sector in ("COP", "MIL"):
            return True
        nouns = [t for t in phrase.tokens[:phrase.attribute] if t.pos in self.tags.common_noun]
        if not nouns:
            return False
        head = nouns[-1].text.lower().rsplit("-", 1)[-1]
        lemma = nouns[-1].lemma.lower()
        persons = words.private_persons | words.person_nouns | words.noun_agents
        return head in persons or lemma in persons or head in words.age_nouns

    def _person_agreement(self, clause: Clause, phrase: Phrase) -> frozenset[str]:
        """The gender of one person named by a noun phrase: what its noun or article tells ("a
        woman", "ein Mann"), else either."""
        head = [t.text for t in phrase.tokens[:phrase.attribute]][-1:]
        told = word_agreement(head[0], self.lang) if head else frozenset()
        person = frozenset({"m", "f"})
        return (told or self._agreement(clause, phrase)) & person or person

    def _unnamed_speaker(self, clause: Clause, phrase: Phrase) -> bool:
        """One official named by his office and no name who says something or is the subject or
        the object of a main clause ("Ein Sprecher des chinesischen Außenministeriums kritisierte
        ...", "a spokesman for the ministry said", "Chad expelled the German ambassador, accusing
        him of interference"): "er", "he" after him mean him (see ``_office_holder``)."""
        if phrase is clause.speaker:
            if phrase.role == "speaker":
                return False        # "laut einem Sprecher": a source, not one a pronoun picks up
        elif phrase.role not in ("subject", "object") or clause.parent is not None:
            return False
        return self._office_holder(phrase)

    def _office_holder(self, phrase: Phrase) -> bool:
        """One person named by his office and no name ("Israel's attorney general", "der
        österreichische Außenminister", "a ministry spokesman"): one actor of an office sector that
        no dictionary person names, and a title noun (``Words.name_titles``) before a comma."""
        if len(phrase.actors) != 1 or self._plural(phrase) or phrase.counted:
            return False
        actor = phrase.actors[0]
        if actor.name or actor.code == "UNK" or actor.sector not in OFFICE_SECTORS:
            return False
        tokens = phrase.tokens
        cut = next((k for k, t in enumerate(tokens) if t.text in (",", "(")), len(tokens))
        return any(t.pos in self.tags.common_noun and self._title(t.text.lower()) for t in tokens[:cut])

    def _names_person(self, phrase: Phrase, sentence: Sentence) -> bool:
        """Whether a phrase names a person by a noun ("the Hamas leader", "ein Sprecher der Hamas",
        "PKK-Chef", "the man"): a common noun of ``Words.name_titles``, ``person_heads``,
        ``person_nouns`` or ``private_persons`` (the last part of a compound), or stands for one
        as the party in brackets after a name ("Günther Platter (ÖVP)", whose tagger may not read the
        name as one); not a body's name alone
        ("zur IS-Miliz", "the FPÖ")."""
        words = self.words
        if phrase.tokens:
            at = bisect.bisect_left(sentence.tokens, phrase.tokens[0].start, key=lambda t: t.start)
            if 2 <= at < len(sentence.tokens) and sentence.tokens[at - 1].text == "(" \
                    and sentence.tokens[at - 2].text[:1].isupper() and phrase.actors \
                    and all(a.sector == "PTY" for a in phrase.actors):
                return True
        for token in phrase.tokens:
            if token.pos not in self.tags.common_noun:
                continue
            low = token.text.lower()
            last = low.rsplit("-", 1)[-1]
            # (also the end of a compound: "Landeschef", "Parteimitglied")
            if self._title(low) or last.endswith(self.person_heads) or last in words.person_heads \
                    or last in words.person_nouns or last in words.private_persons \
                    or token.lemma.lower() in words.private_persons:
                return True
        return False

    def _title(self, word: str) -> bool:
        """Whether a word (lower case) is a title before a name (``Words.name_titles``)."""
        return word.rsplit("-", 1)[-1] in self.words.name_titles or word.endswith(self.long_titles)

    def _last_name(self, tokens: list[Token]) -> str:
        """The last name of a phrase that ends in a person's name ("Landrat Werner Bumeder"),
        also before the party or place in brackets after it ("Werner Bumeder (CSU)"); "" when
        the phrase ends in no name or is the name alone."""
        if tokens and tokens[-1].text == ")":
            opening = [k for k, t in enumerate(tokens) if t.text == "("]
            tokens = tokens[:opening[-1]] if opening else tokens
        return tokens[-1].text if len(tokens) > 1 and self._bare_name(tokens[-1:]) else ""

    @staticmethod
    def _subject_states(sentence: Sentence, clause: Clause, phrase: Phrase) -> frozenset[str]:
        """The actor codes of the subject of ``clause``, or of the nearest clause above it that
        has one (an event noun's: "wies zwei Diplomaten des Nachbarlandes aus")."""
        seen: set[int] = set()
        while True:
            subjects = [p for p in clause.args("subject") if p is not phrase]
            if subjects or clause.parent is None or clause.parent in seen:
                return frozenset(a.code for p in subjects for a in p.actors)
            seen.add(clause.parent)
            clause = sentence.clauses[clause.parent]

    def _peer_origin(self, clause: Clause, phrase: Phrase) -> list[Actor] | None:
        """The states of an origin phrase right after a peer noun ("his counterpart from India"),
        which say whose it is; None when none follows."""
        after = [p for p in clause.arguments if p.role == "prep" and p.prep in self.words.origin_prepositions
                 and p.tokens and 0 < p.start - phrase.end <= len(p.prep) + 2]
        if not after:
            return None
        return [replace(a, text=phrase.text, start=phrase.start, end=phrase.end)
                for a in after[0].actors if state(a.code)]

    def _first_name(self, tokens: list[Token]) -> str:
        """The first word of a name of two words that ends a phrase after a word that is no
        name ("spokesman Geng Shuang", "China's foreign ministry spokesman Lu Kang"): where a name
        puts the family name first, the word a later mention uses; "" for any other phrase."""
        if not self._last_name(tokens) or len(tokens) < 3 or tokens[-1].text == ")":
            return ""
        return tokens[-2].text if self._name_word(tokens[-2]) and not self._name_word(tokens[-3]) else ""

    def _single(self, phrase: Phrase) -> bool:
        """One person of a known country: a named one, or "ein Palästinenser" (not "ein Soldat")."""
        if len({(a.code, a.sector, a.name) for a in phrase.actors}) != 1 or phrase.counted \
                or phrase.actors[0].code == "UNK":
            return False
        return phrase.actors[0].name in self.person_names or phrase.tokens[0].text.lower() in self.words.indefinite

    def _may_be_plural(self, clause: Clause, phrase: Phrase, token) -> bool:
        """"sie" is a group only as the subject of a plural verb ("Sie vereinbarten"); "ihnen",
        "they" always are."""
        if token.text.lower() not in self.words.verb_number_pronouns:
            return True
        finite = [t for t in clause.predicate.tokens if t.pos in self.tags.finite]
        return phrase.role == "subject" and bool(finite) and finite[0].text.lower().endswith(
            self.words.plural_verb_endings)

    def _governing_group(self, sentence: Sentence, clause: Clause, phrase: Phrase) -> list[Actor]:
        """The actors of the subject of the clause that governs ``clause``, when it is a group
        named before ``phrase``."""
        if clause.parent is None:
            return []
        governing = sentence.clauses[clause.parent]
        role = "object" if governing.predicate.voice == "passive" else "subject"     # the patient of a passive
        subjects = [s for s in governing.args(role) if s is not phrase and s.start < phrase.start]
        return list(subjects[0].actors) if subjects and self._plural(subjects[0]) else []

    def _speech_plural(self, sentence: Sentence, clause: Clause, phrase: Phrase) -> bool | None:
        """Whether a pronoun whose number only its verb tells ("sie") that is the speaker of its
        clause goes with a plural speech verb right before or after it ("„...“, sagte sie":
        singular, whatever the verb of the speech); None when it is no such speaker or no verb tells."""
        if phrase is not clause.speaker or len(phrase.tokens) != 1 \
                or phrase.tokens[0].text.lower() not in self.words.verb_number_pronouns:
            return None
        tokens = sentence.tokens
        at = bisect.bisect_left(tokens, phrase.tokens[0].start, key=lambda t: t.start)
        verbs = [t for t in tokens[max(0, at - 1):at] + tokens[at + 1:at + 2] if t.pos in self.tags.finite]
        return verbs[0].text.lower().endswith(self.words.plural_verb_endings) if verbs else None

    def _agrees(self, sentence: Sentence, clause: Clause, phrase: Phrase, token) -> bool:
        """Whether a pronoun whose number only its verb tells ("sie") agrees in number with the
        speaker of its clause, by the speech verb right before or after the speaker: "berichtete
        die Zeitung" is no "sie" of a plural verb, "die Rebellen erklärten" are; True when no
        such verb tells."""
        speaker = clause.speaker
        if speaker is None or not speaker.tokens or token.text.lower() not in self.words.verb_number_pronouns:
            return True
        tokens = sentence.tokens
        at = bisect.bisect_left(tokens, speaker.tokens[0].start, key=lambda t: t.start)
        end = bisect.bisect_left(tokens, speaker.tokens[-1].start, key=lambda t: t.start)
        verbs = [t for t in tokens[max(0, at - 1):at] + tokens[end + 1:end + 2] if t.pos in self.tags.finite]
        if not verbs:
            return True
        plural = verbs[0].text.lower().endswith(self.words.plural_verb_endings)
        return plural == self._may_be_plural(clause, phrase, token)

    def _without_owner_state(self, phrase: Phrase) -> list[Actor]:
        """"Ukraine's allies", "die Verbündeten der Ukraine", "Kiews Partner": the state that owns
        the other side of its relations is not the actor (a person's allies are of his country:
        "Trump's allies"; "Russia and its allies" names Russia itself)."""
        low = [t.text.lower() for t in phrase.tokens]
        nouns = [k for k, w in enumerate(low) if w in self.words.ally_nouns]
        if not nouns or not phrase.actors:
            return phrase.actors
        head = phrase.tokens[nouns[0]]

        def owner(actor: Actor) -> bool:
            if not state(actor.code) or actor.name is not None:
                return False
            if actor.sector is not None:
                # a capital for its government, one word right before the clitic ("Washington's
                # allies" are not the United States); not a person's ("Trump's allies")
                # "die Verbündeten Washingtons" (a genitive right after the noun)
                if actor.sector != "GOV" or " " in actor.text:
                    return False
                if actor.start > head.start:    # "the allies of Washington", "die Verbündeten Washingtons"
                    gap = [t for t in phrase.tokens if head.end <= t.start and t.end <= actor.start]
                    if not gap:
                        return bool(self.words.genitive_endings) and actor.text.endswith(self.words.genitive_endings)
                    return all(t.text[:1].islower() for t in gap)
                return [t.text for t in phrase.tokens if actor.end <= t.start and t.end <= head.start] \
                    in (["'s"], ["\u2019s"])
            if actor.start > head.start:    # "allies of Ukraine", "Verbündete der Ukraine" ("Russia's
                # neighbour Finland" is Finland)
                gap = [t for t in phrase.tokens if head.end <= t.start and t.end <= actor.start]
                if not gap:     # a genitive right after the noun: "ein enger Verbündeter Serbiens"
                    return bool(self.words.genitive_endings) and actor.text.endswith(self.words.genitive_endings) \
                        and actor.end - actor.start == len(actor.text) and " " not in actor.text
                return all(t.text[:1].islower() for t in gap)
            gap = [t for t in phrase.tokens if actor.end <= t.start and t.end <= head.start]
            # only a possessive clitic ("'s") and adjectives between ("Ukraine's Western allies",
            # "Syria's main ally", "the EU's trade partners")
            return all(t.text in ("'s", "'", "\u2019s", "\u2019") or t.pos in self.tags.attributive_adjective
                       or t.text[:1].islower() and t.text.isalpha() and t.pos not in self.tags.possessive
                       and t.text not in self.words.conjunctions and t.text not in self.words.articles
                       for t in gap)
        return [a for a in phrase.actors if not owner(a)]

    def _without_stateless_group_state(self, phrase: Phrase) -> list[Actor]:
        """"Mexican drug cartels", "kolumbianische Banden": groups that no sector knows (pack words
        ``stateless_group_nouns``, also as the end of a compound: "Drogenkartelle") are no actors,
        and the nationality adjective before them names where they are from, not the state."""
        words = self.words.stateless_group_nouns
        if not words or not phrase.actors or not phrase.tokens:
            return phrase.actors
        head = phrase.tokens[-1].text.lower()
        if not head.endswith(tuple(words)):
            return phrase.actors
        return [a for a in phrase.actors if not (a.sector is None and a.name is None and state(a.code)
                                                 and a.end <= phrase.tokens[-1].start)]

    def _without_apposition_owner(self, phrase: Phrase) -> list[Actor]:
        """"China, Iran's biggest oil customer, said ...", "China, der wichtigste Verbündete
        Nordkoreas, ...": a description between commas after an actor, with a common noun and no
        conjunction (not a list: "Germany, France and Italy"), describes that actor; a state it
        names bare is whose customer or ally it is, not an actor of the phrase. So is a person it
        names after a named person ("Kim Yo Jong, the sister of leader Kim Jong Un, said", "Dmitry
        Peskov, the spokesman of Vladimir Putin,": whose sister or spokesman he is)."""
        tokens, actors = phrase.tokens, phrase.actors
        commas = [k for k, t in enumerate(tokens) if t.text == ","]
        if not commas or len(actors) < 2:
            return actors
        first, last = commas[0], (commas[1] if len(commas) > 1 else len(tokens))
        segment = tokens[first + 1:last]
        if not segment or not any(a.end <= tokens[first].start and a.code != "UNK" for a in actors) \
                or any(t.text.lower() in self.words.conjunctions for t in segment) \
                or not any(t.pos in self.tags.common_noun for t in segment):
            return actors
        start, end = segment[0].start, segment[-1].end
        person = any(a.end <= tokens[first].start and a.name in self.person_names for a in actors)
        # (a segment that is a state's name alone, with its article, is the next item of a list:
        # "Saudi-Arabien, die Vereinigten Arabischen Emirate, Bahrain und Ägypten", whose name the
        # tagger reads as common nouns, describes no one)
        named = [t for t in segment if t.text.lower() not in self.words.definite]

        def described(actor: Actor) -> bool:
            if named and actor.start <= named[0].start and named[-1].end <= actor.end:
                return False
            return start <= actor.start and actor.end <= end and (
                (state(actor.code) and actor.name is None and actor.sector is None)
                or (person and actor.name in self.person_names))
        return [a for a in actors if not described(a)] or actors

    def _led_by(self, sentence: Sentence) -> None:
        """"die von Saudi-Arabien angeführte Koalition", "forces led by the United States": a
        phrase that a participle of leading describes is of whom its agent names, as "die
        US-geführte Koalition" and "Saudi-led forces" are (the matcher's compounds). Only where
        the phrase names no country of its own."""
        for clause in sentence.clauses:
            if clause.parent is None or clause.predicate.kind != "verb" or clause.predicate.voice != "passive" \
                    or not any(t.text.casefold() in self.words.leading_participles for t in clause.predicate.tokens):
                continue
            leaders = [a for p in clause.args("agent") for a in p.actors if a.code != "UNK"]
            heads = {p.tokens[-1].start for p in clause.args("object") if p.tokens}
            if not leaders or not heads:
                continue
            for phrase in sentence.clauses[clause.parent].arguments:
                if not phrase.tokens or phrase.tokens[-1].start not in heads \
                        or any(a.code != "UNK" for a in phrase.actors):
                    continue
                if phrase.actors:       # "forces led by the United States": American forces
                    phrase.actors = [replace(a, code=leader.code) for a in phrase.actors for leader in leaders]
                else:                   # "die von Saudi-Arabien angeführte Koalition": Saudi
                    phrase.actors = [replace(leader, sector=leader.sector if leader.name else None, name=None)
                                     for leader in leaders]

    def annotate(self, doc: Document) -> None:
        """Set ``Phrase.actors`` of every argument and speaker, pronouns resolved."""
        date = doc.article.date
        mentions = Mentions(person_names=self.person_names, office=lambda name: _office(self.persons, name, date))
        surnames: set[str] = set()      # of the persons the dictionaries do not know
        genders: dict[str, frozenset[str]] = {}     # their genders by last name, where a title told
        shorts: dict[str, Actor] = {}       # short forms the article gave in brackets (see _bracketed)
        counted_last: list[Phrase] = []      # the counted people of the sentence before (see _elided_people)
        for sentence in doc.sentences:
            pairs = phrases(sentence)
            at = {t.start: k for k, t in enumerate(sentence.tokens)}
            counted_here: list[Phrase] = []
            for clause, phrase in pairs:
                k = at.get(phrase.tokens[0].start, 0) if phrase.tokens else 0
                phrase.actors = self._match(phrase, date, sentence.tokens[k - 1] if k else None) \
                    or self._counted_people(phrase) \
                    or self._elided_people(phrase, [p for p in counted_here if p.end <= phrase.start] or counted_last,
                                          sentence.tokens[k - 1] if k else None)
                if self._counted_persons(phrase):
                    counted_here.append(phrase)
                if phrase.role == "possessor" and clause.predicate.kind == "noun" \
                        and clause.predicate.lemma.casefold() in self.words.unit_nouns:
                    phrase.actors = []      # "kanadische Dollar": the state's currency, no actor
                if shorts:
                    phrase.actors = _short_forms(phrase, shorts)
                if phrase.start >= sentence.start and (last := self._other_bearer(phrase, date)) is not None:
                    mentions.add_bearer(last.start, last.text)
                if not phrase.actors and (self._bare_name(phrase.tokens) or (
                        # (also a name the tagger took for a plural noun: "Morales", "Rodrigues")
                        len(phrase.tokens) == 1 and phrase.tokens[0].text[:1].isupper())):
                    # "Al-Moualem" after "Walid al-Moualem"
                    phrase.actors = mentions.by_surname(phrase.tokens[-1], self.words.genitive_endings)
                elif not phrase.actors and (owner := self._owner_surname(phrase.tokens)) is not None:
                    phrase.actors = mentions.by_surname(owner)     # "May's deal" after "Theresa May"
                elif (names := self._coordinated_names(phrase)) is not None:
                    phrase.actors = self._named_before(names, phrase.actors, mentions)
                elif len(phrase.tokens) == 1 and self._bare_name(phrase.tokens) and phrase.actors \
                        and all(a.name in self.person_names for a in phrase.actors):
                    other = mentions.other_bearer(phrase.tokens[0], phrase.actors,     # "Kai-Fu Lee ... Lee"
                                                  self.words.genitive_endings)
                    phrase.actors = phrase.actors if other is None else other
                elif len(phrase.tokens) == 1 and self._bare_name(phrase.tokens) and phrase.actors \
                        and not any(a.name in self.person_names for a in phrase.actors):
                    # a place's name that is the last name of a person named before in full is his:
                    # "Muscat" after "Prime Minister Joseph Muscat" is Malta's, not Oman's capital
                    phrase.actors = mentions.by_surname(phrase.tokens[0]) or phrase.actors
                elif len(phrase.tokens) == 2 and phrase.tokens[0].text.lower() in self.words.definite \
                        and self._bare_name(phrase.tokens[1:]) and len(phrase.actors) == 1 \
                        and state(phrase.actors[0].code) and phrase.actors[0].name is None:
                    # a state's name with its article ("den Kongo") that ends the full name of
                    # another state named before ("die Demokratische Republik Kongo") is that
                    # state's, as the bare name is (above)
                    before = mentions.by_surname(phrase.tokens[1], self.words.genitive_endings)
                    if before and all(state(a.code) for a in before):
                        phrase.actors = [replace(a, text=phrase.text, start=phrase.start, end=phrase.end) for a in before]
                if phrase.actors and (self.words.accord_nouns or self.words.venue_nouns):
                    phrase.actors = self._without_venues(phrase, sentence.tokens)
                low = [t.text.lower() for t in phrase.tokens]
                if any((w.startswith(self.words.foreign_modifiers) and not self._office_name(low, i))
                       or w.startswith(self.words.unknown_modifiers) or w in self.words.several_states_nouns
                       for i, w in enumerate(low)):
                    for actor in phrase.actors:          # "westliche Regierungen", "viele Länder", "unknown gunmen"
                        actor.abroad = actor.code == "UNK"
                for actor in phrase.actors:
                    # an actor named only by the deed ("gunmen", "bewaffnete Männer"), also one of
                    # several the phrase names ("sieben Soldaten und vier Angreifer": the soldiers' own)
                    if actor.code == "UNK" and actor.text and self.words.perpetrator(actor.text.split()):
                        actor.abroad = True
                    # people named only as refugees or migrants ("sechs Flüchtlinge", "migrants"):
                    # from elsewhere, of no country a place names
                    if actor.code == "UNK" and actor.name is None and actor.text and self.words.refugee(actor.text.split()) \
                            and not self._named_origin(phrase):
                        actor.abroad = True
                ethnic = any(w in self.words.ethnic_modifiers for w in low)
                if phrase.counted or ethnic or self._bare_people(phrase):   # "Tausende Ungarn": people, not the state
                    for actor in phrase.actors:
                        if actor.sector is None and actor.name is None and state(actor.code):
                            actor.sector = "CVL"
                            if ethnic:              # "ethnische Albaner": of the country they live in
                                actor.code = "UNK"
            counted_last = counted_here
            self._names_running_on(pairs, sentence.tokens, date)
            for clause, phrase in pairs:
                phrase.actors = self._without_owner_state(phrase)
                phrase.actors = self._without_apposition_owner(phrase)
                phrase.actors = self._without_stateless_group_state(phrase)
                phrase.actors = self._accredited(phrase, date)
            self._led_by(sentence)
            self._bracketed(sentence, pairs, shorts)
            preps: dict[int, tuple[list[int], list[Phrase]]] = {}
            strangers: set[int] = set()
            seated: dict[tuple[int, int], list[Actor]] = {}
            for clause, phrase in pairs:
                # (a speaker of a clause is seated by the clause it is the subject of: "Die USA seien
                # eine Bedrohung, sagte die Regierung in Peking")
                self._seat(clause if clause.speaker is not phrase else _clause_of(sentence, phrase, clause),
                           phrase, preps)
                # a subject a coordinated verb shares with the first ("Die Militärjunta in Niamey
                # hatte Bazoum gestürzt und hält ihn fest") is the actor its seat made it there
                span = (phrase.start, phrase.end)
                if phrase.role == "subject" and phrase.actors and all(a.code == "UNK" for a in phrase.actors) \
                        and span in seated:
                    phrase.actors = [replace(a) for a in seated[span]]
                elif phrase.role == "subject" and any(a.code != "UNK" for a in phrase.actors):
                    seated.setdefault(span, phrase.actors)
                phrase.agreement = self._agreement(clause, phrase)
                plural = self._speech_plural(sentence, clause, phrase)
                if plural is not None:      # "„...“, sagte sie": her number, not the speech verb's
                    told = word_agreement(phrase.tokens[0].text, self.lang)
                    phrase.agreement = (told & {"pl"} if plural else told - {"pl"}) or ANY_AGREEMENT
                # (a speaker carried over from a sentence before is his there, not here)
                if phrase.start >= sentence.start and self._stranger(clause, phrase, surnames):
                    strangers.add(id(phrase))
                    # her title tells a woman's gender, also where she is named again ("Anna Kowalska")
                    gender = self._title_gender(phrase.tokens, []) or genders.get(phrase.tokens[-1].text, frozenset())
                    genders[phrase.tokens[-1].text] = gender
                    mentions.add_stranger(sentence=sentence.index, start=phrase.start,
                                          subject=phrase.role == "subject" and clause.parent is None,
                                          speaker=phrase is clause.speaker,
                                          actors=[replace(a, name=None) for a in phrase.actors] or mentions.by_surname(
                                              phrase.tokens[-1], self.words.genitive_endings),
                                          agreement=gender or ANY_AGREEMENT)
                elif phrase.start >= sentence.start and self._private_doer(clause, phrase):
                    # "A man was arrested after he attacked a journalist": "he" is the man, no
                    # actor, not the last official named before him
                    mentions.add_stranger(sentence=sentence.index, start=phrase.start,
                                          subject=clause.parent is None, actors=[],
                                          agreement=self._person_agreement(clause, phrase))
                elif phrase.start >= sentence.start and self._unnamed_speaker(clause, phrase):
                    # "A spokesman for the Chinese foreign ministry criticised Japan. The US must
                    # stop its provocations, he said": "he" is the spokesman, his state's official
                    mentions.add_stranger(sentence=sentence.index, start=phrase.start,
                                          subject=phrase.role == "subject", speaker=phrase is clause.speaker,
                                          actors=phrase.actors, agreement=self._person_agreement(clause, phrase),
                                          local=phrase.role == "object" and phrase is not clause.speaker)
                elif phrase.start >= sentence.start and self._unnamed_person(clause, phrase):
                    # "Der 33-jährige Polizist wurde getroffen. Dabei verletzte er ...": "er" is that
                    # person, of no actor, not one named sentences before him
                    mentions.add_stranger(sentence=sentence.index, start=phrase.start, subject=True,
                                          actors=[replace(a, name=None) for a in phrase.actors],
                                          agreement=self._person_agreement(clause, phrase))
                subject = phrase.role == "subject" and clause.parent is None
                mentions.add(phrase.actors, sentence=sentence.index, start=phrase.start, subject=subject,
                             speaker=phrase is clause.speaker, plural=self._plural(phrase),
                             single=self._single(phrase), clause=id(clause),
                             place=phrase.role == "prep" and phrase.prep in self.words.location_prepositions,
                             last=self._last_name(phrase.tokens) or _owner_name(phrase),
                             first=self._first_name(phrase.tokens),
                             agreement=phrase.agreement, head=phrase.tokens[-1].text if phrase.tokens else "",
                             person=self._names_person(phrase, sentence))
            # speakers first: "„Wir ...“, erklärte er" needs "er" before "Wir"; then subjects
            speakers = {id(c.speaker) for c in sentence.clauses if c.speaker is not None}
            shared: dict[int, list[Actor]] = {}     # what a pronoun of the sentence was found to mean
            # (a speaker "I" in a quotation after the one who says it: '"I told Putin that ...," he
            # said' needs "he" before "I")
            for clause, phrase in sorted(pairs, key=lambda cp: (id(cp[1]) not in speakers, self._first_person(cp[1]),
                                                                cp[1].role != "subject")):
                # a possessive inside a phrase that names its own actor adds nothing ("his Brazilian
                # counterpart"), nor one before the other side or kin ("sein Opfer", "his wife")
                self._speakers_own(clause, phrase, controlled=_controlled(sentence, clause, phrase))
                other = self._other_person(phrase.tokens) or (
                    phrase.role == "possessor" and clause.predicate.kind == "noun"
                    and self._other_person(clause.predicate.tokens))     # "seine" of the noun "Frau"
                owned = self._owned_agents(clause, phrase, other)
                pronouns = [t for t in phrase.tokens if (pkind := pronoun_kind(t, self.lang))
                            and not ((phrase.actors or other) and pkind in ("possessive", "group-possessive")
                                     and not (t is owned))
                            # "habe es abgelehnt, ... zu treffen": an object "es" stands for a clause
                            and not (t.text.lower() in self.words.clausal_pronouns and phrase.role != "subject")]
                holder = clause
                if pronouns and clause.parent is not None and not clause.args("subject"):
                    holder = sentence.clauses[clause.parent]     # "seine Bereitschaft": the governing subject
                elif owned is not None and _controlled(sentence, clause, phrase):
                    # an infinitive's subject its governing clause names as its object ("Trump
                    # ordered his army to attack"): "his" is of that clause, Trump's
                    holder = sentence.clauses[clause.parent]
                for token in pronouns:
                    if pronoun_kind(token, self.lang) == "relative":
                        found = _nearest_before(token, pairs)
                        unknown = [a for a in phrase.actors if a.code == "UNK" and a.start > token.start]
                        if unknown and len({a.code for a in found}) == 1:
                            for a in unknown:       # "Iran, whose drones ...": Iran's drones (IRN MIL)
                                a.code = found[0].code
                        else:
                            phrase.actors.extend(found)
                        continue
                    if token.text.lower() in self.words.speaker_indefinites and (
                            clause.relative or clause.predicate.modal is not None):
                        continue        # "von denen man lebt", "man müsse ...": anyone, not the speaker
                    subject = [a for s in holder.args("subject") if s is not phrase for a in s.actors]
                    # a speaker who says the clause ("Die Rebellen erklärten, sie ..."), not its
                    # attribution ("Sie sollen nach Angaben lokaler Medien ... getötet haben")
                    speaker = clause.speaker.actors if clause.speaker is not None \
                        and clause.speaker.role != "speaker" else None
                    addressee = self._addressee(clause, phrase, token, sentence, mentions.person_names)
                    subject_plural = any(self._plural(s) for s in holder.args("subject") if s is not phrase)
                    agreement = phrase.agreement if len(phrase.tokens) == 1 \
                        else word_agreement(token.text, self.lang) or ANY_AGREEMENT
                    subject_agreement = frozenset().union(*(s.agreement for s in holder.args("subject")
                                                            if s is not phrase)) or ANY_AGREEMENT
                    group = self._may_be_plural(clause, phrase, token)
                    plural = self._speech_plural(sentence, clause, phrase)
                    if plural is False:     # "„...“, sagte sie": she, no one of her own speech
                        group, speaker = False, None
                    thing = self._thing_before(pairs, clause, phrase, token)
                    if thing is not None:       # "lehnte ihn ab" of a proposal named before
                        phrase.actors.extend(thing)
                        continue
                    found = addressee or [replace(a) for a in shared.get(token.start, [])] or mentions.resolve(
                        token, lang=self.lang, sentence=sentence.index, subject=subject, speaker=speaker,
                        group=group,
                        subject_plural=subject_plural, governing=self._governing_group(sentence, clause, phrase),
                        agrees=self._agrees(sentence, clause, phrase, token),
                        stranger_speaker=clause.speaker is not None and id(clause.speaker) in strangers,
                        agreement=agreement, subject_agreement=subject_agreement,
                        speaker_agreement=clause.speaker.agreement if clause.speaker is not None else ANY_AGREEMENT,
                        speaker_office=bool(speaker) and self._office_holder(clause.speaker),
                        # (nor "he" who says a speech a person it names: "„We met Macron,“ he said"
                        # is not Macron)
                        coarguments=_quoted_spans(sentence, token.start)
                        if len(phrase.tokens) == 1 and any_speaker(sentence, phrase) is phrase else
                        frozenset((s.start, s.end) for s in clause.args("subject"))
                        if phrase.role in ("object", "dative") and len(phrase.tokens) == 1 else
                        # (nor a relative clause's subject the object it has from its antecedent:
                        # "Sessions, whom he has criticised" is not Sessions)
                        frozenset((s.start, s.end) for s in clause.args("object", "dative"))
                        if phrase.role == "subject" and clause.relative and len(phrase.tokens) == 1 else frozenset())
                    if found and not addressee and pronoun_kind(token, self.lang) == "personal" \
                            and len(phrase.tokens) == 1 and phrase is any_speaker(sentence, phrase):
                        mentions.tell(found, agreement)     # "..., she said" of Merkel: "he" is not she
                    if found and not addressee and pronoun_kind(token, self.lang) in ("personal", "plural") \
                            and "pl" not in agreement:
                        # the same "er", "sie", "he" of one person where a clause shares it as its
                        # subject ("dass sie versuchen werde, ... auszuhandeln") means her there too
                        shared.setdefault(token.start, found)
                    if token is owned:
                        if pronoun_kind(token, self.lang) == "group-possessive" and not found:
                            found = mentions.woman(token, sentence.index, self.lang)
                        if phrase.role == "subject" or found and all(
                                any(a.name == b.name for b in subject) for a in found):
                            # an object's possessive only of its clause's subject ("Putin sent his
                            # troops"), not of the speaker or one named before
                            self._own_agents(phrase, token, found)
                        continue
                    if found and pronoun_kind(token, self.lang) == "possessive" and self._followers(phrase):
                        found = self._people_of(found)
                    phrase.actors.extend(found)
                    if found and len(phrase.tokens) == 1 and pronoun_kind(token, self.lang) == "personal" \
                            and clause.speaker is None and (phrase is any_speaker(sentence, phrase)
                                                            or (phrase.role == "subject" and clause.parent is None)):
                        mentions.add_chained(found, sentence=sentence.index, start=phrase.start,
                                             subject=phrase.role == "subject" and clause.parent is None,
                                             speaker=phrase is any_speaker(sentence, phrase), agreement=agreement)
                    if found and pronoun_kind(token, self.lang) == "plural" and agreement == {"f"} \
                            and (phrase is any_speaker(sentence, phrase) or phrase.role == "subject"):
                        # "Sie kritisierte ... . Sie forderte ...": one woman, not a group
                        mentions.add_chained(found, sentence=sentence.index, start=phrase.start,
                                             subject=phrase.role == "subject" and clause.parent is None,
                                             speaker=phrase is any_speaker(sentence, phrase), agreement=agreement)
                    elif found and pronoun_kind(token, self.lang) in ("plural", "group") and len(phrase.tokens) == 1:
                        mentions.add(found, sentence=sentence.index, start=phrase.start, plural=True,
                                     subject=phrase.role == "subject" and clause.parent is None,
                                     clause=id(clause), resolved=True)
                kind = description_kind(phrase.tokens, self.lang) if phrase.tokens \
                    and not pronouns and all(a.code == "UNK" for a in phrase.actors) else None
                if kind == "persons" and not phrase.actors:
                    kind = None         # "die beiden Gespräche": no persons
                if kind:
                    own = frozenset(a.code for _, p in pairs if p is not phrase and p.start < phrase.start
                                    for a in p.actors)
                    if kind in ("neighbour", "peer"):       # the subject's neighbour, named before in or out of the sentence
                        own = self._subject_states(sentence, clause, phrase)
                    elif kind == "sides" and phrase.role != "subject":
                        # the sides one appeals to may be named before it in its sentence, not
                        # the appealer ("China nannte die indische Entscheidung inakzeptabel und rief
                        # beide Seiten zur Zurückhaltung auf": India and the other side)
                        own = self._subject_states(sentence, clause, phrase)
                    elif kind == "countries" and phrase.role == "subject":
                        # a pair that acts may be who a clause before it names ("Die Türkei zog
                        # das Schiff zurück, beide Länder vereinbarten Gespräche"); one acted on is
                        # no one named before it ("Maas reiste nach Athen und rief beide Länder auf")
                        own = frozenset(a.code for c, p in pairs if c is clause and p is not phrase
                                        and p.start < phrase.start for a in p.actors)
                    if kind == "country" and phrase.role == "subject" and not phrase.actors and any(
                            state(a.code) for c, p in pairs if c is not clause and p.start < phrase.start
                            and not (p.role == "prep" and p.prep in self.words.location_prepositions) for a in p.actors):
                        # "Die Türkei fordert X, allerdings erfüllt das Land ... nicht": the state of a
                        # clause before it in its sentence may be the one it means, or another: no one
                        kind = None
                    elif kind == "region" and phrase.role == "prep" and phrase.prep in self.words.location_prepositions:
                        # "in dem ostafrikanischen Staat": a place, whose state is no actor here (nor
                        # the country of the unnamed officials the article names after it)
                        kind = None
                    elif kind == "peer" and (origin := self._peer_origin(clause, phrase)) is not None:
                        phrase.actors = origin      # "his counterpart from India": India's
                        kind = None
                if kind:
                    found = mentions.refer(kind, phrase.tokens, phrase.actors, sentence=sentence.index,
                                           clause=id(clause), own=own, halves=self.words.half_states,
                                           state_forms=self.state_forms, numbers=self.words.number_words,
                                           subject=phrase.role == "subject")
                    if found:
                        phrase.actors = found
                        mentions.add(found, sentence=sentence.index, start=phrase.start, plural=len(found) > 1,
                                     subject=phrase.role == "subject" and clause.parent is None,
                                     clause=id(clause), resolved=True)
                if not phrase.actors and len(phrase.tokens) == 2 and phrase.tokens[0].text.lower() in self.words.definite \
                        and phrase.tokens[1].pos in self.tags.common_noun:
                    # "the council": the organisation named just before whose name ends in the noun
                    phrase.actors = mentions.by_head(phrase.tokens[1], sentence=sentence.index)
                if phrase.tokens and phrase.tokens[0].text.lower() in self.words.definite and len(phrase.tokens) <= 3 \
                        and kind != "persons":      # two persons are not one of them
                    besides = frozenset(a.name for p in clause.arguments if p is not phrase
                                        for a in p.actors if a.name)
                    plural = self._plural(phrase)
                    # the states the clause names as other parties, when the phrase is its subject
                    others = frozenset(a.code for p in clause.arguments if p is not phrase for a in p.actors
                                       if a.code != "UNK") if phrase.role == "subject" else frozenset()
                    phrase.actors = [mentions.describe(a, lang=self.lang, besides=besides, sentence=sentence.index,
                                                       plural=plural, others=others) for a in phrase.actors]


def _short_forms(phrase: Phrase, shorts: dict[str, Actor]) -> list[Actor]:
    """A phrase's actors with the bodies it names by a short form the article gave before (see
    ``ActorAnnotator._bracketed``), where no actor of a longer name covers the word; the article's
    meaning wins over the dictionary's for the word alone ("Reporters Without Borders (RSF) ...
    RSF said" is the press group, not Sudan's RSF)."""
    wider = [(a.start, a.end) for a in phrase.actors]
    found = [replace(shorts[t.text], text=t.text, start=t.start, end=t.end, abroad=False) for t in phrase.tokens
             if t.text in shorts and not any(s <= t.start < e and (s, e) != (t.start, t.end) for s, e in wider)]
    spans = {(a.start, a.end) for a in found}
    return [a for a in phrase.actors if (a.start, a.end) not in spans] + found


def _office(persons, name: str, date: dt.date | None) -> str | None:
    """The title of the role a person of the dictionary holds at ``date`` ("President")."""
    person = persons.get(name)
    role = person.role_at(date) if person is not None else None
    return role.title if role is not None else None


def _controlled(sentence: Sentence, clause: Clause, phrase: Phrase) -> bool:
    """Whether ``phrase`` is the subject of a clause that its governing clause names as its object
    or dative ("ordered his army to attack", "befahl seiner Armee, ... anzugreifen")."""
    return phrase.role == "subject" and clause.parent is not None and any(
        (p.start, p.end) == (phrase.start, phrase.end)
        for p in sentence.clauses[clause.parent].args("object", "dative"))


def _nearest_before(token, pairs: list[tuple[Clause, Phrase]]) -> list[Actor]:
    """The actor named nearest before ``token`` ("El Salvadors" for "dessen" in "die Bestrafung
    El Salvadors für dessen Unterstützung")."""
    before = [a for _, p in pairs for a in p.actors if a.end <= token.start]
    if not before:
        return []
    last = max(a.end for a in before)
    nearest = {(a.code, a.sector, a.name): a for a in before if a.end == last}
    return [Actor(code=a.code, sector=a.sector, text=token.text, start=token.start, end=token.end, name=a.name)
            for a in nearest.values()]


_QUOTE_MARKS = frozenset('"\u201e\u201c\u201d\u00bb\u00ab\u201a\u2018')    # each opens or closes; no apostrophes


def _quoted_spans(sentence: Sentence, before: int) -> frozenset[tuple[int, int]]:
    """The stretches of ``sentence`` within quotation marks before the offset ``before`` (a mark
    that closes a quotation opened in a sentence before: from the sentence's start)."""
    marks = [t.start for t in sentence.tokens
             if t.start < before and t.text and all(ch in _QUOTE_MARKS for ch in t.text)]
    if len(marks) % 2:
        marks = [sentence.start] + marks
    return frozenset((marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2))


def any_speaker(sentence: Sentence, phrase: Phrase) -> Phrase | None:
    """``phrase`` when it is the speaker of some clause of the sentence, else None."""
    return next((c.speaker for c in sentence.clauses if c.speaker is phrase), None)


def phrases(sentence: Sentence) -> list[tuple[Clause, Phrase]]:
    """Every (clause, phrase) whose actors matter, each phrase object once."""
    seen: set[int] = set()
    out = []
    for clause in sentence.clauses:
        for phrase in clause.arguments + ([clause.speaker] if clause.speaker else []):
            if id(phrase) not in seen:
                seen.add(id(phrase))
                out.append((clause, phrase))
    return out


def _clause_of(sentence: Sentence, phrase: Phrase, default: Clause) -> Clause:
    """The clause of ``sentence`` that has ``phrase`` among its arguments, else ``default``."""
    return next((c for c in sentence.clauses if any(p is phrase for p in c.arguments)), default)


def state(code: str) -> bool:
    """A country code ("SYR"), not UNK and not an IGO:/NGO: code."""
    return len(code) == 3 and code != "UNK"


def _owner_name(phrase: Phrase) -> str:
    """The last name of the one person a phrase names before its head ("Imran Khan's
    government", "Merkels Regierung"): a later "Khan" refers back to him; "" otherwise."""
    if len(phrase.actors) != 1 or not phrase.actors[0].name:
        return ""
    last = phrase.actors[0].name.split()[-1]
    return last if any(t.text.startswith(last) for t in phrase.tokens[:-1]) else ""

