"""A language pack: one object with everything the shared stages need of one language.

A pack is a folder, ``chronist/lang/<code>/`` (or any folder passed to
``chronist.lang.load_folder``), whose ``__init__.py`` defines ``PACK``, a :class:`Language`
built by :meth:`Language.from_folder`. The folder holds the language's data:

- ``words.yaml`` (required): the function words and tags of :class:`Words` and :class:`Tags`;
- ``frames.yaml`` and any ``frames-*.yaml`` (frames.yaml first, the others in name order): verb and noun frames;
- ``time.yaml``: the time rule table (``chronist.time.rules``); without it no dates are read;
- ``places.yaml``: words of the place finder (``chronist.geo``);
- ``actors.yaml``: names of actors in this language, for a pack whose names are not in the
  shared dictionary (``chronist/actors/data``).

The Python side of a pack is its front-end (a factory, so that a model loads only when it is
used) and its :class:`Morphology` (how dictionary base forms inflect). The shared stages ask
``chronist.lang.get(code)`` for the pack and never name a language themselves, as spaCy's
stages read a language's ``Language.Defaults``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Protocol

import yaml

from chronist.errors import ConfigError
from chronist.loading import read_yaml
from chronist.model import Article, Sentence


class FrontEnd(Protocol):
    """What the pipeline asks of a language's front-end."""

    def warm(self) -> None:
        """Load models and word lists now rather than on the first article."""

    def process(self, article: Article) -> list[Sentence]:
        """The article's sentences with tokens and clauses."""

    def process_many(self, articles: list[Article]) -> list[list[Sentence]]:
        """``process`` for many articles (a front-end may parse them in one stream)."""


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(items or ())


@dataclass(frozen=True, slots=True)
class Tags:
    """The part-of-speech tags of the front-end's tokens that the shared stages test."""

    possessive: frozenset[str] = frozenset()         # possessive pronoun (STTS PPOSAT, Penn PRP$)
    demonstrative: frozenset[str] = frozenset()      # substituting demonstrative (STTS PDS)
    personal: frozenset[str] = frozenset()           # personal pronoun (STTS PPER, Penn PRP)
    verb: frozenset[str] = frozenset()               # a verb tag, whole
    verb_prefixes: tuple[str, ...] = ()              # a tag that starts with one of these is a verb
    attributive_adjective: frozenset[str] = frozenset()
    common_noun: frozenset[str] = frozenset()
    proper_noun: frozenset[str] = frozenset()        # a name (STTS NE, Penn NNP)
    finite: frozenset[str] = frozenset()             # a finite verb (STTS VVFIN, VAFIN, VMFIN)
    plural_noun: frozenset[str] = frozenset()        # a plural noun (Penn NNS, NNPS)
    # the possessive ending as a word of its own (Penn POS: "May 's deal"); German has none, its
    # genitive is an ending of the name (Words.genitive_endings)
    genitive_marker: frozenset[str] = frozenset()
    preposition: frozenset[str] = frozenset()        # a preposition (STTS APPR, APPRART; Penn IN)

    def is_verb(self, tag: str) -> bool:
        return tag in self.verb or tag.startswith(self.verb_prefixes) if tag else False


@dataclass(frozen=True, slots=True)
class Words:
    """Closed word lists of one language, all lower case unless said otherwise."""

    definite: frozenset[str] = frozenset()               # determiners of a definite description
    seat_prepositions: frozenset[str] = frozenset()      # "die Regierung in Warschau"
    agent_prepositions: tuple[str, ...] = ()             # agent of an event noun, in order of preference
    # of those, the ones that name only the doer, never the one an act is done to ("die Festnahme
    # des Journalisten durch Iran"; "von" names either: "die Festnahme von Journalisten")
    doer_prepositions: frozenset[str] = frozenset()
    # nouns of an agreement named after the city it was made in ("the Paris climate agreement",
    # "the Minsk agreements", "the Oslo accords"): the city before them is a place, no party
    accord_nouns: frozenset[str] = frozenset()
    # prepositions that join such a noun to the city after it ("das Abkommen von Minsk", "the
    # Treaty of Lisbon"), and the nouns that take a city so (``venue_nouns``; a compound ending in
    # one too: "das Friedensabkommen von Luanda"): the city is a place, no party
    venue_prepositions: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    # nouns of a diplomat accredited to an organisation of states ("UN-Botschafter", "U.N.
    # envoy"): with a state named in the phrase ("Sudans UN-Botschafter", "Sudan's U.N. envoy")
    # the diplomat is that state's, not the organisation's
    accredited_nouns: frozenset[str] = frozenset()
    # words that join the head noun of an organisation's name to the rest ("the International Court
    # of Justice", "the Council of Europe"): a body noun that is that head ("the court", "the
    # council") is the organisation named before, as one that ends its name is
    name_links: frozenset[str] = frozenset()
    # relative pronouns that stand for the whole clause before them ("..., was die EU kritisierte"):
    # a reaction of which is aimed at who did the act that clause tells (see Coder._appended_act)
    clause_relatives: frozenset[str] = frozenset()
    # relative pronouns whose form does not tell subject from object ("die", "das"): a thing the
    # clause before did that such a pronoun stands for, read as the subject of a reaction, is what
    # its object reacts to ("verhängte Sanktionen, die Brüssel kritisierte"; see Coder._source)
    open_relatives: frozenset[str] = frozenset()
    # verbs of bringing down a government: protests that are their subject are the people's of the
    # state whose government is their object, against it ("Studentenproteste stürzten die
    # Regierung in Bangladesch"; see Coder._protesting_people)
    toppling_verbs: frozenset[str] = frozenset()
    # nouns of a written or sent message, and the prepositions of its addressee ("in einem Brief
    # an Obama"): whom a demand or a criticism said in it is aimed at
    message_nouns: frozenset[str] = frozenset()
    message_prepositions: frozenset[str] = frozenset()
    # verbs of writing to someone, whose addressee stands in a ``message_prepositions`` phrase: a
    # demand or a request the writer makes in a participle or a conjunct after one is aimed at
    # that addressee ("wrote to the UN demanding an inquiry", "schrieb an die EU und bat um einen
    # Aufschub"), as one after a message noun sent to someone is ("sent a letter to the UN
    # calling for ..."; see Coder._written_to)
    writing_verbs: frozenset[str] = frozenset()
    # nouns of a text issued or adopted, and the verbs that issue or adopt one: a clause whose
    # subject is such a text, the object of such a verb, is done by that verb's subject ("The UN
    # issued a statement condemning Israel", "Der Gouverneursrat verabschiedete eine Resolution,
    # die den Iran zur Zusammenarbeit auffordert")
    issued_texts: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    # those of them that say things, which may praise or condemn ("eine Resolution, die Israel
    # verurteilt"); a law or a decree does not ("ein Gesetz, das die EU kritisierte" is criticised)
    saying_texts: frozenset[str] = frozenset()
    # verbs of answering and the prepositions of what one answers with: such a text is issued
    # too ("Mexico responded with a letter urging Trump to reconsider")
    answering_verbs: frozenset[str] = frozenset()
    answering_prepositions: frozenset[str] = frozenset()
    # verbs that claim an attack for its doer ("claimed responsibility for the attack", "bekannte
    # sich zu dem Anschlag", "reklamierte den Angriff für sich"): with no one named it was aimed at,
    # the claim is aimed at the target of the attack just told
    claiming_verbs: frozenset[str] = frozenset()
    # verbs of refusing an offered part, and the nouns of a part in an act that they refuse with an
    # indefinite article ("lehnte eine Beteiligung an der Mission ab": a refusal to take part),
    # where the noun is otherwise a claim that is denied ("wies jede Beteiligung zurück")
    part_refusing_verbs: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    # prepositions of a place near which an event happened ("killed eight civilians near Qamishli",
    # "nahe Aleppo"): a town there places the sentence's unnamed actors, as one "in" does
    vicinity_prepositions: frozenset[str] = frozenset()
    hypothetical_modals: frozenset[str] = frozenset()
    # verbs that move an event in time: their modal tells when it happens, not whether ("the
    # meeting could be delayed" is still a meeting planned)
    scheduling_verbs: frozenset[str] = frozenset()
    # verbs of an event's start or coming: an event noun heading their subject is told as only
    # possible with a modal of possibility ("the attack could come within days"), unlike one whose
    # consequences the verb tells ("Russia's attack could change the balance of power")
    onset_verbs: frozenset[str] = frozenset()
    # nouns of a state's people (its citizens, nationals, residents): a union of states has none
    # of its own ("EU-Bürger", "EU citizens" are of states not named)
    citizen_nouns: frozenset[str] = frozenset()
    # verbs of planning, awaiting, asking for or calling off an event: one they take as subject
    # or object is not told as held ("proposed a Macron-Scholz meeting", "sagten den Gipfel ab")
    planning_verbs: frozenset[str] = frozenset()
    # a verb and the preposition of what it asks, hopes or prepares for ("called for talks
    # between Russia and Ukraine", "riefen zu Verhandlungen mit Iran auf"), and a noun of a plan,
    # a proposal, an offer or a call with the preposition of what it plans ("a proposal for talks
    # with Belarus", "der Vorschlag für ein Treffen mit Selenskyj"): an event noun with its
    # parties there is not told as held
    planning_phrases: frozenset[str] = frozenset()
    planning_nouns: frozenset[str] = frozenset()
    # prepositions of what comes after an act ("before the Trump-Putin summit", "vor dem Gipfel"):
    # the event in them may still be to come
    prior_prepositions: frozenset[str] = frozenset()
    # what a refusal is made on: "will not agree without Pyongyang disarming first"
    condition_prepositions: frozenset[str] = frozenset()
    deontic_modals: frozenset[str] = frozenset()
    # forms of modals that, negated, forbid: "must not attack", "dürfe nicht einmarschieren" is a
    # demand as "must withdraw" is (not "muss nicht": need not; not "dürfte nicht": probably not)
    prohibitive_modals: frozenset[str] = frozenset()
    # predicates of necessity: what they govern is an obligation ("it is essential that Russia
    # withdraws", "es sei notwendig, dass Serbien zusammenarbeite")
    necessity_words: frozenset[str] = frozenset()
    volitional_modals: frozenset[str] = frozenset()      # will and wish: "would not accept" is a refusal
    hearsay_modals: frozenset[str] = frozenset()         # what is alleged: "bewaffnet haben soll"
    # a demand that its target leave the country is an expulsion: the verbs of leaving and the
    # nouns of the place left ("ordered the ambassador to leave the country")
    departure_verbs: frozenset[str] = frozenset()
    departure_places: frozenset[str] = frozenset()
    # a perfect under these did not happen: "millions would have been killed"
    counterfactual_modals: frozenset[str] = frozenset()
    # ... and so does an act told with these auxiliaries, in reported speech too: "wären getötet
    # worden", "hätte angegriffen" (the plural "hätten" also stands for "haben" in reported speech)
    counterfactual_auxiliaries: frozenset[str] = frozenset()
    # verbs of coming whose subject is an event noun ("Kritik kam von den Grünen", "criticism came
    # from Turkey"), and the prepositions that then name who made the act
    coming_verbs: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    # verbs of awaiting someone: in the passive with no agent, whom its subject names is the doer
    # of the event noun it is awaited for ("Obama wird zu einem Besuch in Hanoi erwartet", "Lavrov
    # is expected in Berlin for talks"): his visit, planned
    awaited_verbs: frozenset[str] = frozenset()
    # prepositions of what troops and envoys are taken out of: after a government's or an army's
    # noun no seat ("zog Truppen aus Syrien ab", "recalled its ambassador from Austria"), where
    # another seat preposition is ("die Regierung von Venezuela", "the government in Caracas")
    departure_prepositions: frozenset[str] = frozenset()
    # nouns of a state's mission abroad: who protests at one or storms it is not of its state
    # ("Protesters rallied outside the US embassy", "vor der russischen Botschaft")
    mission_nouns: frozenset[str] = frozenset()
    # adverbs that make a relative clause tell what its antecedent did next ("China, das daraufhin
    # London kritisierte", "China, which then summoned the ambassador"): no content of the act before
    sequel_adverbs: frozenset[str] = frozenset()
    # agent nouns that after these possessive words name a stance, not a group: "his opposition
    # to the EU" (not the opposition)
    stance_agents: frozenset[str] = frozenset()
    stance_possessors: frozenset[str] = frozenset()
    clausal_pronouns: frozenset[str] = frozenset()       # an object pronoun standing for a clause
    # object pronouns that may stand for a thing named before by a noun of their gender ("Orbán
    # kritisierte den Vorschlag, Polen lehnte ihn ab": the proposal, no person), and the verbs
    # whose subject is the author of the thing their object names ("Merkel legte einen Plan vor,
    # Polen lehnte ihn ab": Merkel's plan)
    thing_pronouns: frozenset[str] = frozenset()
    presenting_verbs: frozenset[str] = frozenset()
    # a verb of saying and the preposition of the phrase that tells what it calls something
    # ("sprach von einem Angriff auf die Institutionen", "spoke of a massacre"): the event noun
    # there is the speaker's word, no act the sentence reports
    naming_phrases: frozenset[str] = frozenset()
    # a verb of saying and the preposition of the phrase that tells what it speaks of ("said of the
    # strikes", "sagte zu dem Vorschlag"), and the pronouns in the quotation that may stand for that
    # thing: a reaction quoted with only such a pronoun reacts to it ("\"This is a crime,\" he said of
    # the strikes")
    topic_phrases: frozenset[str] = frozenset()
    topic_pronouns: frozenset[str] = frozenset()
    # object pronouns that name the subject itself: an act done to oneself is no act between
    # parties ("he disqualifies himself with those statements")
    reflexive_pronouns: frozenset[str] = frozenset()
    personal_pronouns: frozenset[str] = frozenset()
    possessive_pronouns: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()        # resolved to the speaker of reported speech
    # the one speaker of reported speech, and no one outside it ("\"I met him,\" she said")
    first_person_pronouns: frozenset[str] = frozenset()
    # an indefinite pronoun that in reported speech stands for its one speaker, whatever its tag
    # ("Die Polizei sagte, man habe 200 Demonstranten festgenommen"), and for no one outside it
    speaker_indefinites: frozenset[str] = frozenset()
    # first-person possessives: in reported speech the speaker's state ("\"Our army will strike,\"
    # the minister said", "unser Land"), outside it no one ("our correspondent")
    speaker_possessives: frozenset[str] = frozenset()
    # third-person possessives: in reported speech, before the forces or police of the subject of
    # the clause, the speaker's state's ("Russia said its troops had attacked ...")
    owner_possessives: frozenset[str] = frozenset()
    # what only a state has: after a third-person possessive in reported speech whose speaker is a
    # state, that state's, when the clause's subject is none ("Estonia said Russian jets had violated
    # its airspace")
    sovereign_nouns: frozenset[str] = frozenset()
    # a state's airspace and waters: forces moved into them show force at that state, as those that
    # enter them do ("Russian fighter jets flew into Estonian airspace", "Russische Kampfjets flogen
    # in den estnischen Luftraum": 150 aimed at Estonia, not a deployment)
    intruded_spaces: frozenset[str] = frozenset()
    demonstrative_pronouns: frozenset[str] = frozenset()
    # possessives that refer to the nearest actor named before them ("die Bestrafung El
    # Salvadors für dessen Unterstützung für China"), not to the subject
    relative_possessives: frozenset[str] = frozenset()
    # pronouns of a group, resolved outside reported speech to a coordination or plural phrase named
    # just before ("Russland und die Türkei ... Sie vereinbarten", "they"); its possessives
    group_pronouns: frozenset[str] = frozenset()
    group_possessives: frozenset[str] = frozenset()
    # group pronouns that may also be singular ("sie" = she): a group only as the subject of a
    # finite verb with one of the plural endings ("vereinbarten", "sind")
    verb_number_pronouns: frozenset[str] = frozenset()
    # the endings of the feminine form of a title before a person's name ("Außenministerin
    # Annalena Baerbock"): a title with one is a woman's, a title whose form with one is a title too
    # ("Außenminister") a man's; a verb-number pronoun of a singular verb ("sie kritisierte")
    # refers only to a woman named so shortly before, its possessives ("ihre") to such a subject
    feminine_title_endings: tuple[str, ...] = ()
    # women's first names, as the actor dictionary spells them: a person of the dictionary whose
    # name starts with one is a woman wherever she is named ("Merkel" for "Angela Merkel")
    feminine_first_names: frozenset[str] = frozenset()
    # men's first names, as the actor dictionary spells them: a person of the dictionary whose
    # name starts with one is no woman a feminine pronoun refers to ("Tichanowskaja forderte
    # Alexander Lukaschenko zum Rücktritt auf. Sie verlangte ...": Tichanowskaja)
    masculine_first_names: frozenset[str] = frozenset()
    # agreement: the pronouns (and articles, where they tell) of each gender and number (m, f, n,
    # pl); a pronoun refers only to a phrase that may have one of its own ("er" is no "die
    # Polizei", "he" no "police"). What a state named by its bare name ("Russland") and an
    # organisation named by its name or an institution noun ("the government") may be
    masculine_words: frozenset[str] = frozenset()
    feminine_words: frozenset[str] = frozenset()
    neuter_words: frozenset[str] = frozenset()
    plural_words: frozenset[str] = frozenset()
    state_agreement: frozenset[str] = frozenset()
    organisation_agreement: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    # the ruling power of the country an article is about, not the last government named before
    # ("Myanmar's military government sentenced ... The British Foreign Office protested. The
    # junta has detained thousands"): such a description takes the article's country
    ruler_nouns: frozenset[str] = frozenset()
    # a government named after its leader: a person's name that is also a common word is the
    # person before these words, also after an article ("the Bush administration")
    leader_government_nouns: frozenset[str] = frozenset()
    # how the nouns of a federation's bodies begin ("Bundesregierung", "Bundeskanzler"), and the
    # states so named: such a description means the last of those states named before, not the
    # last state ("Die Türkei hat ihren Botschafter aus Berlin abberufen ... Erdogan warf der
    # Bundesregierung vor": Germany's, not Turkey's). With none of them named, in an article about
    # or filed in a state with no federal bodies (not one of ``federal_states``), the first of
    # ``federations``, the one the language's press means ("Peking – ... Die Bundesregierung
    # kritisierte das Urteil": Germany's, not China's); a "Bundesrichter" in an article about the
    # United States stays the American one
    federal_prefixes: tuple[str, ...] = ()
    federations: tuple[str, ...] = ()
    # prefixes of an adjective against someone before an event noun ("antichinesische Proteste",
    # "anti-American demonstrations"): the rest of the adjective names whom the act is against,
    # as a phrase of the first of ``hostile_prepositions`` would ("Proteste gegen China"), not its doer
    hostile_prefixes: tuple[str, ...] = ()
    hostile_prepositions: tuple[str, ...] = ()
    federal_states: frozenset[str] = frozenset()
    # nouns of bodies that name no one person ("die Polizei", "die Opposition"): a person's name
    # right after one is another actor ("Gestern nahm die Polizei Nawalny fest"), unless the body
    # is one a text names after the person who leads it ("die Regierung Merkel", "das Regime
    # Assad": leader_named_bodies) (German chunks)
    collective_bodies: frozenset[str] = frozenset()
    leader_named_bodies: frozenset[str] = frozenset()
    plural_verb_endings: tuple[str, ...] = ()
    # a noun longer than its lemma by one of these is plural ("Rebellen" of "Rebell")
    plural_noun_endings: tuple[str, ...] = ()
    # an article that with an attributive adjective of one of these endings makes its phrase
    # plural whatever its noun's form ("die spanischen Richter": not "die spanische Richterin")
    plural_articles: frozenset[str] = frozenset()
    plural_adjective_endings: tuple[str, ...] = ()
    indefinite: frozenset[str] = frozenset()             # "ein Palästinenser": one person
    singular_person_endings: tuple[str, ...] = ()        # "Italienerin": one person
    # definite descriptions of an actor named before: "beide Seiten", "die beiden Länder" (the two
    # parties or states named last), "das Land" (the state named last), "der Mann", "die
    # 72-Jährige" (the one person named in the sentence before; the part after a hyphen counts)
    pair_words: frozenset[str] = frozenset()
    # the numbers from one up, in order: "the three countries", "die drei Staaten" (the last three states)
    number_words: tuple[str, ...] = ()
    # words that count acts as a number does, with no number told: "zahlreiche Festnahmen", "several arrests"
    count_words: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()            # the two sides without "beide": "die Konfliktparteien"
    countries_nouns: frozenset[str] = frozenset()
    # a state's short name that stands as an adjective before a list's agent noun ("US, French and
    # Turkish forces": US forces); lower case
    modifier_names: frozenset[str] = frozenset()
    # "the neighbours", "die Nachbarn" (no number word): the two states named last, as "the two neighbours"
    pair_nouns: frozenset[str] = frozenset()
    # "the allies", "die Verbündeten": the states named last together in one phrase ("Russland und
    # Belarus"), no one when none were
    allies_nouns: frozenset[str] = frozenset()
    country_nouns: frozenset[str] = frozenset()
    # "das Nachbarland", "the neighbouring country": the state named last other than the subject's
    neighbour_words: frozenset[str] = frozenset()
    # nouns of the one who faces the possessor for another state: after a possessive they mean the
    # person of another state than the possessor's named last ("Merkel met Macron ... she praised
    # her counterpart": Macron), and no one when none was ("Lawrow traf seinen Amtskollegen": not
    # Lavrov himself)
    peer_nouns: frozenset[str] = frozenset()
    # "its neighbour", "seinen Nachbarn" (after a possessive): as "the neighbouring country"
    neighbour_nouns: frozenset[str] = frozenset()
    # "the bloc", "das Bündnis": the international body of that form named last, each noun with the
    # key of its form in chronist/actors/data/countries.yaml (state_forms), as "bloc bloc"
    body_form_nouns: frozenset[str] = frozenset()
    # "the Gulf state", "der baltische Staat", "die frühere Sowjetrepublik" (after a definite
    # article): the state of that group named last, else no one; the words, then the key of the
    # group in chronist/actors/data/countries.yaml (state_forms), as "gulf state gulf"
    region_form_nouns: frozenset[str] = frozenset()
    # "the latter", "Letzterer" and "the former", "Ersterer": the second and the first of the two
    # actors the nearest sentence before names ("Pompeo met Lavrov. The latter rejected ...": Lavrov);
    # no one where it names one or three
    latter_words: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    # "the North", "the South" for a state named by that half of a divided country ("North Korea
    # ... the North"): the word and the state's code, as "north PRK"; the one of them the article
    # named last
    half_states: frozenset[str] = frozenset()
    # "the kingdom", "das Emirat": the state of that form of state (the form's key in
    # chronist/actors/data/countries.yaml, state_forms) named last, as "kingdom kingdom"
    state_form_nouns: frozenset[str] = frozenset()
    # words before a continent's adjective that make it a region's ("South American", "Latin
    # American"): no actor of the country the adjective alone names (continent_adjectives:
    # "American"); "East Ukrainian" stays Ukraine's
    region_modifiers: frozenset[str] = frozenset()
    continent_adjectives: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    # nouns of a person who belongs to a body named by its name ("the Hamas leader", "ein Sprecher der
    # Hamas", "PKK-Chef"), besides ``name_titles``, ``person_nouns`` and ``private_persons``: "er",
    # "he" after such a phrase may mean that person (his body's actor), not after the body's bare
    # name ("Der Täter habe sich zum IS bekannt ... er")
    person_heads: frozenset[str] = frozenset()
    age_nouns: frozenset[str] = frozenset()      # "der 78-Jährige" (after a hyphen): a person named before
    # "die Gruppe", "die Organisation": the one organisation named by its name shortly before
    organisation_nouns: frozenset[str] = frozenset()
    # "the coalition": the coalition named shortly before by a longer phrase ("the Saudi-led coalition")
    coalition_nouns: frozenset[str] = frozenset()
    # nouns that stand before the name of a person ("der Anwalt Hans Meier", "the lawyer John
    # Smith"): a name after one that the dictionaries do not know is a person of unknown country
    name_titles: frozenset[str] = frozenset()
    # offices that serve an international body ("UN-Sondergesandte", "UN special envoy"): a person
    # named after the body and one of them acts for the body, whatever state the dictionary gives
    # the person ("der UN-Sondergesandte Staffan de Mistura"); not its members' ambassadors
    body_offices: frozenset[str] = frozenset()
    # "die ausländischen Streitkräfte", "the foreign forces" (a foreign modifier before one of
    # these): the forces of other states named last
    force_nouns: frozenset[str] = frozenset()
    # nouns of the other side: a possessive before one names who they are against, not who they
    # are ("sein Opfer", "seine Gegner", "their rivals")
    counterpart_nouns: frozenset[str] = frozenset()
    # nouns of kin: a possessive before one names a private person, not the possessor ("seine
    # Frau", "his wife": "met his wife" is no meeting of the president with himself)
    kin_nouns: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()               # before a name that is also a common word
    # titles written before a surname that are no first name ("Mr Lee", "Dr. Lee")
    honorifics: frozenset[str] = frozenset()
    # nouns of places, buildings and institutions that a person's name names, not owns: the name
    # before the hyphen ("Abdullah-Zentrum") or right after the noun ("die Villa Kerry") is no
    # actor (a noun ending in one is one: "Kulturzentrum")
    named_place_nouns: frozenset[str] = frozenset()
    # nouns of a firm's or a body's premises that a state's or a capital's name right before them
    # places, not owns, in a language that writes no compounds ("raided the Paris offices of
    # McDonald's", "the Moscow bureau of the BBC": no French or Russian government)
    premises_nouns: frozenset[str] = frozenset()
    # the words of sports clubs' names that a town's, a capital's or a state's name beside them
    # (the word before or after it, capitalised) makes a club's, no state ("Real Madrid", "Paris
    # Saint-Germain", "Spartak Moskau", "Maccabi Tel Aviv")
    club_words: frozenset[str] = frozenset()
    # nouns of descent after a national adjective ("türkischer Herkunft", "of Pakistani descent"):
    # the adjective names where a person's family came from, not the actor's country
    descent_nouns: frozenset[str] = frozenset()
    # nouns of units a national adjective right before them names ("elf Millionen britische
    # Pfund", "Canadian dollars", "britischer Sommerzeit"): the state's currency or clock, no actor
    unit_nouns: frozenset[str] = frozenset()
    # endings that complete the bare stem a national adjective has before a hyphen and a second
    # one ("russisch-ukrainische Gespräche": "russisch" + "e"): both name the parties of the noun
    pair_stem_endings: frozenset[str] = frozenset()
    # combining forms of national adjectives, each with the adjective it stands for ("Sino
    # Chinese"): before a hyphen and a second state ("Sino-US talks", "Franco-German summit")
    combining_forms: frozenset[str] = frozenset()
    location_prepositions: frozenset[str] = frozenset()
    binding_prepositions: frozenset[str] = frozenset()
    # nouns of a state's parts that stand before a region's name in a genitive ("die Regierung
    # der Provinz Sindh", "der Gouverneur des Bundesstaates Borno"): the region still binds to
    # the agent before them, as it does right after it ("die Regierung Sindhs")
    region_nouns: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()           # the others the matcher notes
    compass_prefixes: tuple[str, ...] = ()               # capitalised: "Nord" in "Nordsyrien"
    genitive_endings: tuple[str, ...] = ()               # "s" in "Beiruts"
    markers: frozenset[str] = frozenset()                # frequent words that detect the language
    # the condition a news source speaks under ("on condition of anonymity"): a clause with it
    # tells how the news was got, not an event
    sourcing_nouns: frozenset[str] = frozenset()
    # what starts a time phrase of a running total ("seit 2011", "since March"): deaths counted
    # over a period are a toll, not one act
    cumulative_prepositions: frozenset[str] = frozenset()
    # ... but not one of the last few days, which these words after it name ("seit Sonntag",
    # "seit dem Wochenende", "since Sunday"): the deaths of this fighting, an act of its own
    recent_days: frozenset[str] = frozenset()
    # the prepositions of the other side of a fight or talks ("Gefechte mit", "clashes between")
    reciprocal_prepositions: frozenset[str] = frozenset()
    # what names an ally in a fight, as a preposition or a preposition with its noun ("alongside",
    # "on the side of", "an der Seite von"): a fight with an ally named has no enemy by default
    # (not the place it is fought in, not the other side of the country's conflict)
    ally_prepositions: frozenset[str] = frozenset()
    # the preposition naming all sides of an event noun ("Gefechte zwischen der Armee und der PKK",
    # "an agreement between Russia and Turkey"): they act on each other
    between_prepositions: frozenset[str] = frozenset()
    # support verbs that say no more than that their event noun happened or existed ("es kam zu
    # Zusammenstößen", "fanden Gespräche statt", "talks took place", "fighting broke out"); an entry
    # of two words is a verb and the head of its object ("take place"). With no actor of its own,
    # such a verb's phrases of the parties belong to the event noun ("zwischen Indien und Pakistan
    # kam es zu Gefechten", "talks took place between Russia and Ukraine")
    occurrence_verbs: frozenset[str] = frozenset()
    # verbs of failing or breaking off: talks as their subject, active or passive, were broken off
    # ("talks between Israel and Hamas collapsed", "die Verhandlungen scheiterten", "talks were
    # suspended"); an entry of three words is a verb, a preposition and the head of its phrase
    # ("geraten in Stocken")
    failing_verbs: frozenset[str] = frozenset()
    # the phrase of such a verb that holds its event noun, besides subject and object ("kam zu")
    occurrence_prepositions: frozenset[str] = frozenset()
    # the prepositions of an occurrence verb that name the event's parties, lent to the noun
    party_prepositions: frozenset[str] = frozenset()
    # nouns of a copula's complement that make its subject what the event in their attribute
    # was aimed at ("wurde Ziel eines Angriffs", "was the victim of an attack")
    undergoer_nouns: frozenset[str] = frozenset()
    # the copulas of such a complement ("war", "wurde", "was", "became")
    undergoer_verbs: frozenset[str] = frozenset()
    # prepositions that make such a noun the copula's complement ("wurde zum Ziel eines Angriffs")
    undergoer_prepositions: frozenset[str] = frozenset()
    # what makes an event noun the background of the sentence's act, not news of its own: a
    # running count's start or a reason ("seit dem Abkommen zwischen ...", "wegen der Kämpfe
    # zwischen ...")
    background_prepositions: frozenset[str] = frozenset()
    # what tells an event before or during the sentence's act as news of its own ("After talks
    # with Spain, Portugal imposed ...", "Nach Gesprächen mit ..."): a verb frame with a
    # condition does not take that phrase's event with it
    aside_prepositions: frozenset[str] = frozenset()
    # where an event noun's doer comes from ("Kritik aus Berlin an ...", "Solidaritätsbekundung aus
    # Paris für ..."): a source of such a phrase only right after the noun, since one after the
    # noun's target tells where that target comes from ("Kritik an Flüchtlingen aus Syrien")
    origin_prepositions: frozenset[str] = frozenset()
    # what an accusation blames someone for ("für den Angriff verantwortlich machen", "blamed
    # Israel for the strike"): the act the accused did
    blame_prepositions: frozenset[str] = frozenset()
    # a word right before a verb that makes it the means of the act it depends on ("hit back by
    # expelling a diplomat"): that act's doer's own act, nothing an accusation alleges
    means_words: frozenset[str] = frozenset()
    # adverbs that put a harm down to the act of the sentence before ("Ein Soldat wurde dabei
    # getötet"): its doer did the harm
    earlier_act_adverbs: frozenset[str] = frozenset()
    # what someone is arrested or punished for ("wegen Angriffen auf Beamte festgenommen",
    # "detained over attacks on police"): the act the one arrested did, not the police
    charge_prepositions: frozenset[str] = frozenset()
    # whom an event noun is for or aimed at ("Hilfe für Syrien", "an attack on Israel"), not where
    # it happens ("der Abzug aus Bosnien"): the target of a warning or threat that names the act
    recipient_prepositions: frozenset[str] = frozenset()
    # what introduces the cause of harm ("bei einer Explosion", "in a blast")
    cause_prepositions: frozenset[str] = frozenset()
    # operations that someone carries out: harm "in the operation", "bei dem Einsatz" was done by
    # whoever carried it out, not by a thing or an incident (with no one named: the other side,
    # as for "killed in clashes")
    operation_nouns: frozenset[str] = frozenset()
    # natural disasters: a death toll in their sentence or the next tells who killed no one
    # ("A quake hit Padang in 2009. More than 1,100 people were killed.")
    disaster_nouns: frozenset[str] = frozenset()
    # what relief is given as: aid of no recipient named in a clause that names one of these (in
    # a German compound its end: "Soforthilfe") goes to the article's country ("The United States
    # said it was providing 100,000 dollars in emergency aid"), not a school's "learning environment"
    aid_nouns: frozenset[str] = frozenset()
    # a release asked for: an appeal or demand for it that names no addressee is aimed at the
    # country the article is about, which holds them ("ANKARA - ... Pence demanded his immediate
    # release"), when the one asking is another
    release_nouns: frozenset[str] = frozenset()
    # an election, a vote or its result: criticism, praise or rejection of one that names no one
    # ("OSCE observers criticised the elections in Russia", "Die EU kritisierte die Wahl in
    # Belarus") is aimed at the state its "in" phrase names, else at the country the article is about
    election_nouns: frozenset[str] = frozenset()
    # the means of crowd control ("Tränengas", "Wasserwerfer", "tear gas", "rubber bullets"; a
    # word is found inside a compound or a phrase, spaces and hyphens left out): using them is
    # violent repression (CAMEO 175), aimed at the protesters of the protest told before
    crowd_weapons: frozenset[str] = frozenset()
    # nouns that name a crowd of protesters, lower case ("protesters", "Demonstranten"; in German
    # also the end of a compound, "Regierungsgegner"): their attacks and fighting are a riot (145)
    protest_crowds: frozenset[str] = frozenset()
    # verbs of killing, lower case ("kill", "töten"): a crowd that kills does not only riot
    killing_verbs: frozenset[str] = frozenset()
    # heads of the government of a land, province, state or town ("Landesregierung",
    # "Landeshauptmann", "Bürgermeister", "governor", "mayor"), lower case: such a government and
    # its nation's are two sides ("Die Landesregierung kritisierte die Bundesregierung")
    regional_governments: frozenset[str] = frozenset()
    # verbs by which a state places its troops somewhere ("stationieren", "entsenden", "deploy"):
    # the unnamed soldiers of their object, and the relative clause that tells of them, are
    # that state's ("Die USA haben 2000 Soldaten in Syrien stationiert, die ... ausbilden"),
    # not of the country they are sent to
    deploying_verbs: frozenset[str] = frozenset()
    # verbs of stationing forces, which tell where forces are as often as that they were moved:
    # in the state passive ("35.000 US-Soldaten sind in Deutschland stationiert", "are stationed
    # in Germany": the auxiliaries of a state, state_auxiliaries) or in the perfect (the
    # auxiliaries of the perfect, perfect_auxiliaries: "Die USA haben 2000 Soldaten in Syrien
    # stationiert") a presence and no move, unless a word of more goes with the forces
    # (reinforcement_words: "haben weitere Raketen stationiert", "has stationed more troops")
    presence_verbs: frozenset[str] = frozenset()
    state_auxiliaries: frozenset[str] = frozenset()
    perfect_auxiliaries: frozenset[str] = frozenset()
    reinforcement_words: frozenset[str] = frozenset()
    # agent nouns that are adjectives too ("the suspect", but "suspect sites"): an actor only
    # where the tagger tags them as a common noun
    noun_agents: frozenset[str] = frozenset()
    # agent nouns of soldiers that name policemen too ("officers"): in an article that names the
    # police and no other armed forces they are the police's (COP)
    police_or_army: frozenset[str] = frozenset()
    # prepositions before a town's name anywhere in a sentence, also where the parse makes the
    # phrase no clause's ("was in the Oxford Grove area of Ilfracombe, Devon"): the towns an
    # article with no state named often enough names
    town_prepositions: frozenset[str] = frozenset()
    # ... and the nouns of a part of a town (text or lemma) after which a preposition of
    # ``town_area_prepositions`` names it ("the outskirts of Leeds", "am Stadtrand von Marseille")
    town_area_nouns: frozenset[str] = frozenset()
    town_area_prepositions: frozenset[str] = frozenset()
    # ... and the prepositions of a person's origin, after a noun of ``private_persons`` or of an
    # age ("a boy from Munich", "ein 25-Jähriger aus Bremen"): the town the person comes from
    person_origin_prepositions: frozenset[str] = frozenset()
    # nouns of a private person (lemmas, the last one to three words of a phrase's head: "man",
    # "year - old"): the victim of an assault they name is a civilian of the place or the article
    private_persons: frozenset[str] = frozenset()
    # ... but not of verbs of harm that accidents do as often as attackers ("a young woman was
    # severely injured on the highway")
    accident_verbs: frozenset[str] = frozenset()
    # verbs of confessing ("gestand den Mord an einer Rentnerin", "confessed to the killing of a
    # guard"): an act of violence an event noun names as what they confess is their subject's
    # (Coder._confessor)
    confession_verbs: frozenset[str] = frozenset()
    # adverbs that make an attack one of words ("griff Australien scharf an", "sharply attacked"):
    # criticism, not force (Coder._verbal_attack)
    verbal_adverbs: frozenset[str] = frozenset()
    # adjectives that make an attack noun one of words ("a sharp attack on Merkel", "einen scharfen
    # Angriff auf Schäuble"): criticism, not force (Coder._attack_in_words)
    verbal_adjectives: frozenset[str] = frozenset()
    # verbs of insisting or of speech under which an attack noun of the subject's own ("doubled
    # down on his attacks on Germany", "legte mit seinen Angriffen nach") is one of words when the
    # subject is a named official or politician: criticism (Coder._attack_in_words)
    insisting_verbs: frozenset[str] = frozenset()
    # nouns of travel: a warning against travel or trips ("warned its citizens against travel to
    # Iran", "warnte vor Reisen in den Iran") is travel advice, no threat (Coder._travel_advice)
    travel_nouns: frozenset[str] = frozenset()
    # adjectives of hostility that make relations ended or cut ones mended ("end the hostile
    # relations with North Korea", "die feindseligen Beziehungen beenden"): no cut
    # (Coder._hostility_ended)
    hostility_adjectives: frozenset[str] = frozenset()
    # words of an act left unanswered, which negated vow an answer ("the attacks would not go
    # unanswered", "würden nicht unbeantwortet bleiben"): a threat (Coder._answer_vowed)
    unanswered_words: frozenset[str] = frozenset()
    # the prepositions of an instrument ("mit Tränengas", "with batons")
    instrument_prepositions: frozenset[str] = frozenset()
    # beginnings and ends of nouns that put a dispute at a workplace ("Konzernführung",
    # "Arbeitgeber", "Tarifvertrag", "the company", "management"): a strike, protest or demand
    # in such a sentence with no one named is aimed at the employer, not the own government
    employer_stems: tuple[str, ...] = ()
    # parts of the words that name organised labour ("Gewerkschaft", "Lokführergewerkschaft",
    # "Betriebsrat", "the rail union"): talks and deals between it and employers are labour
    # relations, not the private dealings of two private parties
    labour_stems: tuple[str, ...] = ()
    # verbs that say what something is ("ist", "stellt dar", "handelt sich um", "amounts to"),
    # and the prepositions of their complement: an event noun there is a characterisation
    # ("ein Angriff auf den Sozialstaat"), not an act of their subject
    copula_verbs: frozenset[str] = frozenset()
    # verbs of blame, not of a charge ("verantwortlich gemacht", "angelastet", "zugeschrieben"):
    # told in the passive with no one named, the blamer is no state authority
    blaming_verbs: frozenset[str] = frozenset()
    copula_prepositions: frozenset[str] = frozenset()
    # "ethnische Albaner", "ethnic Russians": a people living in another country, not that state
    ethnic_modifiers: frozenset[str] = frozenset()
    # nouns of a number that, heading a phrase with no other noun, count people ("Tausende
    # demonstrierten", "police arrested dozens"): a group of civilians of unknown country
    people_counts: frozenset[str] = frozenset()
    # words that stand with a number for a noun left out ("Drei weitere wurden verletzt", "two
    # others were arrested"): the phrase counts more of the people counted just before it
    elided_count_words: frozenset[str] = frozenset()
    # nouns of an office or a role held by a person ("der Vorsitzende der SPD", "the head of the
    # IMF"): heading a subject, they name the person who acts, not a thing of the actor after them
    office_nouns: frozenset[str] = frozenset()
    # beginnings of words that make an actor foreign or of many countries ("westliche
    # Regierungen", "foreign forces"): it is not localised to the article's country
    foreign_modifiers: tuple[str, ...] = ()
    # words of an office before which a foreign modifier is part of the office's name ("the
    # foreign minister" is of the article's state)
    foreign_office_words: frozenset[str] = frozenset()
    # beginnings of words that say who acted is not known ("unbekannte Täter", "unknown gunmen",
    # "Unbekannte schossen"): the actor keeps its unknown country, and a subject of violence with
    # one and no actor in it is an unknown perpetrator
    unknown_modifiers: tuple[str, ...] = ()
    # nouns that name the doers of an attack only by their deed ("the attackers", "gunmen",
    # "Angreifer", "bewaffnete Männer"; the last one or two words of a phrase's head): who they are
    # is not known, as with ``unknown_modifiers``: they keep their unknown country, not the one the
    # sentence or the article places the attack in
    perpetrator_nouns: frozenset[str] = frozenset()
    # nouns of people who fled or moved from another country ("Flüchtlinge", "Migranten",
    # "refugees", "asylum seekers"; the ending of a phrase's last word, so compounds count:
    # "Bootsflüchtlinge"): with no country of their own named they are of unknown country, not of
    # the country the sentence or the article places them in (not their camps: "Flüchtlingslager")
    refugee_nouns: tuple[str, ...] = ()
    # endings of the adjective of a town, which its name with the ending cut off names ("ein
    # Istanbuler Gericht", "die Kölner Polizei"): a body of a state after it sits there
    town_adjective_endings: tuple[str, ...] = ()
    # whom an inquiry asks for help ("appealed for witnesses", "bat um Hinweise", "appeal to anyone
    # who ..."): an appeal to them, with no actor its target, is no event
    public_addressees: frozenset[str] = frozenset()
    # words that make several subjects act on each other ("accused each other", "warfen sich
    # gegenseitig vor"): the subjects are also the targets, as with a reciprocal frame
    reciprocal_words: frozenset[str] = frozenset()
    # what an inquiry asks the public to do ("urged people in the area to come forward", "forderte
    # die Anwohner auf, sich zu melden"): an appeal for it, with no actor its target, is no event
    tip_acts: frozenset[str] = frozenset()
    # what one may decline to say ("refused to comment", "declined to elaborate", "weigerte sich,
    # sich zu äußern", "einen Kommentar abzugeben"): the verb, or the head of its object, of what a
    # refusal governs; refusing to say is no rejection of anyone, no event
    unsaid_acts: frozenset[str] = frozenset()
    # words of sport competitions ("30 goals so far", "Champions-League-Achtelfinale", also as a
    # part of a hyphenated word): a meeting, visit or demand in a sentence with one, between no
    # state's officials, is a fixture or a club's ambition, no political event
    sports_words: frozenset[str] = frozenset()
    # of those, the rounds of a contest ("semi-final", "Halbfinale"): a side beaten in one is beaten
    # in a game, also with no score told ("Germany beat France in the World Cup semi-final")
    contest_words: frozenset[str] = frozenset()
    # verbs of commanding: unnamed forces or officials ordered to act are the commander's own
    # ("Putin ordered the army to attack Ukraine", "befahl der Armee, ... anzugreifen")
    command_verbs: frozenset[str] = frozenset()
    # groups no sector knows (cartels, gangs, smugglers: see agents-groups.yaml): a nationality
    # adjective before one names where they are from, no state actor ("Mexican drug cartels")
    stateless_group_nouns: tuple[str, ...] = ()
    # nouns of works of fiction ("the film", "im Roman"): an act whose clause, or a clause above
    # it, has one for the head of its subject or of a place phrase is the plot, no event ("The
    # film follows a CIA agent who kidnaps the Russian president", "In the series, British spies
    # assassinate an Iranian general")
    fiction_nouns: frozenset[str] = frozenset()
    # currencies, shares and prices: the head of a subject that moves on a market ("Die türkische
    # Lira gab nach", "the rouble fell"), no actor whatever country its adjective names
    market_nouns: frozenset[str] = frozenset()
    # nouns of lawyers who act for a client ("his lawyers", "Anwälte des Sängers"): a lawsuit
    # they bring for no named actor against a paper, a firm or a private person is a private
    # civil suit, no event ("Ronaldo's lawyers are set to sue Der Spiegel")
    counsel_nouns: frozenset[str] = frozenset()
    # the weapons of an attack, at the end of a subject's head ("Autobombe", "a roadside bomb",
    # "Raketen"): a subject of violence that is one, with no actor in it, was set off or fired by
    # an unknown perpetrator (not "Explosion", "blast": an accident may be all there was)
    attack_weapons: tuple[str, ...] = ()
    # nouns of sites where people gather or pass and that attackers strike ("a market", "a hotel",
    # "eine Moschee", "einen Kontrollpunkt"): one that armed men attack, with no actor of its own,
    # stands for the people there, civilians of the country the clause places it in, as villages do
    # ("Boko Haram fighters attacked a market in Maiduguri", "stürmten ein Hotel in Mogadischu")
    site_nouns: frozenset[str] = frozenset()
    # nouns of ships, at the end of the head of what an attack is aimed at ("a tanker", "ein
    # Handelsschiff", "einen Frachter"): one with no actor of its own (no flag, owner or navy
    # named) is aimed at no one the article names, not at the attacker's enemy in the war it tells
    # ("Die Huthi beschossen ein Handelsschiff" after a sentence on Iran's Revolutionary Guards)
    vessel_nouns: tuple[str, ...] = ()
    # nouns that name several states at once ("viele Länder", "several countries", "die
    # Staatengemeinschaft"): their actor keeps its unknown country, as a foreign one does
    several_states_nouns: frozenset[str] = frozenset()
    # nouns of the other side of a state's relations ("Ukraine's allies", "die Verbündeten der
    # Ukraine", "Russlands Nachbarn"): the state named as their owner is not the actor
    ally_nouns: frozenset[str] = frozenset()
    # a bloc of states named as one, no state ("the West", "der Westen"): the one an act is
    # done to, whom no other phrase of the clause stands in for
    bloc_nouns: frozenset[str] = frozenset()
    # the head of a hyphenated word whose first part names who leads what the phrase names
    # ("US-geführte Koalition", "Saudi-led coalition"): that country or body is the actor
    leading_participles: frozenset[str] = frozenset()
    # nouns of a part of an armed group of several states, which a state's adjective before them
    # places ("the Afghan branch of Islamic State", "der libysche Ableger des IS": Afghanistan's,
    # Libya's; see ``roams`` in the actor data)
    branch_nouns: frozenset[str] = frozenset()
    # the head of a hyphenated word whose first part names the author of a document ("UN-Bericht",
    # "EU-Studie"): that country or body is the actor, as "a U.N. report" names it in English
    document_nouns: frozenset[str] = frozenset()
    # nouns that refer back to an act the article has just reported, after a definite
    # determiner ("Russia condemned the move", "Die Regierung wies die Entscheidung zurück"):
    # criticised, rejected or welcomed with no actor named, the target is who did that act, the
    # source of the latest act of an earlier sentence; ``sanction_anaphors`` refer back only to a
    # sanction ("China criticised the sanctions"), ``accord_anaphors`` only to an agreement
    # ("Brüssel begrüßte die Einigung") or a ceasefire ("The UN welcomed the truce"), ``verdict_anaphors`` only to a court's conviction or
    # sentence ("Sharif's party rejected the verdict", "Puigdemont kritisierte das Urteil")
    act_anaphors: frozenset[str] = frozenset()
    # nouns that sum up the act told just before only when set off after it by a comma with an
    # indefinite article ("stormed the camp, an attack the UN condemned", "ein Angriff, den die UN
    # verurteilte"): a reaction in a relative clause on one is aimed at that act's doer, as on an
    # ``act_anaphors`` noun; after a definite article they name no act just told
    appended_acts: frozenset[str] = frozenset()
    # acts a state's own rulers or forces do in its land ("the crackdown", "der Putsch",
    # "die Festnahmen"): act anaphors too, and when no act was reported before, a reaction to
    # one placed in a state ("The EU condemned the crackdown in Belarus", "verurteilte den
    # Putsch in Mali") is aimed at that state
    domestic_acts: frozenset[str] = frozenset()
    # ends of nouns of a state's laws and policies ("reform", "law"; "Justizreform", "Mediengesetz"):
    # a reaction to one placed in a state is aimed at that state ("criticised the judicial reform
    # in Poland"), as to a domestic act; they refer back to no earlier act
    state_measures: tuple[str, ...] = ()
    # verbs of leaving an office: an appeal or a demand whose content is one ("called on the
    # prime minister to resign", "forderte Vucic auf, zurückzutreten") asks for a change of leadership
    resigning_verbs: frozenset[str] = frozenset()
    # verbs of rejecting that, with an official or a body for their object, remove it from office
    # ("Kurz dismissed Interior Minister Kickl"): no rejection of another party
    dismissing_verbs: frozenset[str] = frozenset()
    sanction_anaphors: frozenset[str] = frozenset()
    accord_anaphors: frozenset[str] = frozenset()
    # what a mediator brokers, referred back to ("The UAE brokered the exchange", "Vermittelt
    # hatte die Waffenruhe Katar"): mediated between the parties of the act just reported
    mediated_anaphors: frozenset[str] = frozenset()
    verdict_anaphors: frozenset[str] = frozenset()
    # a request or a demand referred back to ("The court rejected the request", "Die Regierung
    # lehnte die Forderung ab"): whoever asked, in the last sentences
    request_anaphors: frozenset[str] = frozenset()
    # what answers an earlier act against its doer ("China said it would retaliate", "Kanada und
    # Mexiko kündigten Gegenmaßnahmen an"): a retaliation that names no one is aimed at who did the
    # article's latest hostile act against its doer
    retaliation_words: frozenset[str] = frozenset()
    # verbs that do a retaliation their object names ("Vergeltung üben", "take countermeasures"):
    # a warning that another party will do one is no threat to that party (Coder._others_retaliation)
    retaliating_verbs: frozenset[str] = frozenset()
    # nouns of a case or complaint taken to a court or body ("take the case to the WTO"): the body
    # is the forum, no party a threat or demand to take it there is aimed at (Coder._case_taken)
    case_nouns: frozenset[str] = frozenset()
    # proceedings referred back to ("Trump called the investigation a witch hunt", "Trump
    # kritisierte das Verfahren als Hexenjagd"): whoever investigated, charged, sued, convicted
    # or sentenced, the article's latest
    proceedings_anaphors: frozenset[str] = frozenset()
    # a threat or a warning referred back to ("Berlin rejected the threat", "Die Bundesregierung
    # wies die Drohung zurück"): whoever threatened or warned, in the last sentences
    threat_anaphors: frozenset[str] = frozenset()
    # a visit referred back to ("Pelosi visited Taiwan. China condemned the visit", "China
    # verurteilte den Besuch"): whoever visited, in the last sentences (art47b)
    visit_anaphors: frozenset[str] = frozenset()
    # violence referred back to ("The EU condemned the violence", "verurteilte die Gewalt"): only
    # an act of violence, a violent crackdown or a riot of the last sentences, no arrest or
    # sanction done since
    violence_anaphors: frozenset[str] = frozenset()
    # perils a warning names as what it warns of ("warnte vor einer Hungersnot im Jemen", "warned
    # that Gaza faces famine"): a danger to the place, no threat of the one who warns
    perils: frozenset[str] = frozenset()
    # verbs of warning: a firm's, a paper's, a school's or a hospital's warning of what a measure
    # or a market will do ("Nvidia warned that US export curbs would hurt its sales") is a forecast
    # for its business, no threat; only whom it is addressed to is its target
    warning_verbs: frozenset[str] = frozenset()
    # verbs and nouns of opposing: a rejection (12) with them aimed at a party itself, which the
    # phrase names by its head, is opposition to it, disapproval (110: "opposed the government in
    # Warsaw", "stellte sich gegen die Regierung"), not a proposal or a plan refused (s20e)
    opposing_predicates: frozenset[str] = frozenset()
    # modals of ability: a cooperative act someone says it cannot or could not do is refused, not
    # only possible ("said it could not accept the proposal", "könne den Vorschlag nicht
    # akzeptieren"; s20e)
    ability_modals: frozenset[str] = frozenset()
    # verbs of a standing attitude to a party, trust: said negated, in any tense, they state that
    # the attitude is withheld, a refusal as a cooperative act one will not do is ("Iran does not
    # trust the United States", "Ungarn vertraut Brüssel nicht": 120; s22b)
    attitude_verbs: frozenset[str] = frozenset()
    # ... and the nouns of such an attitude held ("has no confidence in Moscow", "hat kein Vertrauen
    # in Russland"; s22b)
    attitude_nouns: frozenset[str] = frozenset()
    # prepositions of what force is aimed at ("fired at Sderot", "auf Sderot abgefeuert"): a town
    # there is attacked also when the text names no one who attacked
    aim_prepositions: frozenset[str] = frozenset()
    # prepositions of where force is launched from ("fired rockets from Gaza at Israel", "feuerten
    # Raketen aus dem Gazastreifen ab"): a state named there is the country of attackers the text
    # names without one, and of the unnamed ones of a passive ("were fired from Lebanon")
    launch_prepositions: frozenset[str] = frozenset()
    # nouns of weapons shown, not aimed, that are no event noun of their own: a launch, a test
    # ("Japan condemned the launch", "kritisierte den Test"): a criticism of one by a definite noun
    # is aimed at who made the show of force the article told before
    shown_force_nouns: frozenset[str] = frozenset()
    # nouns of an incident ("the incident", "den Vorfall"): a criticism of one by a definite noun
    # is aimed at who used force or coercion the article told before
    incident_nouns: frozenset[str] = frozenset()
    # a government's acts that its own courts rule on (in lower case): "A federal judge blocked
    # the executive order" is aimed at the court's government, "rejected the appeal" is not
    government_acts: frozenset[str] = frozenset()
    # an army's positions (in lower case), which name where it is attacked, not the article's army
    # ("Die indische Armee ... griffen die Soldaten pakistanische Stellungen an": India's soldiers)
    army_places: frozenset[str] = frozenset()
    # conjunctions (in lower case) that open a clause of time or concession right before its
    # subject pronoun ("Trump verließ Berlin, nachdem er Macron getroffen hatte"): the pronoun is
    # the person who is the subject above, not the place or state that is its object; where that
    # object is a person too, either may be meant, and it means no one (see ActorAnnotator._addressee)
    circumstance_conjunctions: frozenset[str] = frozenset()

    @property
    def all_prepositions(self) -> frozenset[str]:
        key = (self.location_prepositions, self.binding_prepositions, self.prepositions)
        union = _UNIONS.get(key)     # made once, not for every phrase the matcher reads
        if union is None:
            union = _UNIONS[key] = key[0] | key[1] | key[2]
        return union

    def refugee(self, head: list[str]) -> bool:
        """Whether the last word of a phrase's head (``head``, in any case) ends in one of
        ``refugee_nouns`` ("Flüchtlinge", "Bootsflüchtlingen"), or its last two words are one
        ("asylum seekers")."""
        low = [w.lower() for w in head]
        return bool(self.refugee_nouns) and bool(low) and (
            low[-1].endswith(self.refugee_nouns) or " ".join(low[-2:]) in self.refugee_nouns)

    def perpetrator(self, head: list[str]) -> bool:
        """Whether the words of a phrase's head (``head``, in any case) end in a noun of
        ``perpetrator_nouns``: one or two words ("the attackers", "bewaffnete Männer")."""
        low = [w.lower() for w in head]
        return bool(self.perpetrator_nouns) and any(
            " ".join(low[-n:]) in self.perpetrator_nouns for n in (1, 2) if len(low) >= n)


_UNIONS: dict[tuple[frozenset[str], ...], frozenset[str]] = {}


_ORDERED = {"agent_prepositions", "compass_prefixes", "genitive_endings", "verb_prefixes", "foreign_modifiers",
            "unknown_modifiers", "attack_weapons", "vessel_nouns", "number_words", "town_adjective_endings",
            "employer_stems", "labour_stems",
            "plural_verb_endings", "plural_noun_endings", "plural_adjective_endings", "singular_person_endings", "feminine_title_endings",
            "stateless_group_nouns", "state_measures", "federal_prefixes", "federations",
            "hostile_prefixes", "hostile_prepositions", "refugee_nouns"}


def _fill(cls, data: dict, where: str):
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; use {', '.join(sorted(known))}")
    values = {}
    for key, items in data.items():
        if items is None:
            items = []
        if not isinstance(items, list) or not all(isinstance(w, str) and w for w in items):
            raise ConfigError(f"{where}: {key} is {items!r}; write a list of words (quote YAML keywords "
                              "such as \"on\")")
        values[key] = tuple(items) if key in _ORDERED else frozenset(items)
    return cls(**values)


def load_words(path: Path) -> tuple[Words, Tags]:
    """The :class:`Words` and :class:`Tags` of a pack's ``words.yaml``."""
    try:
        data = read_yaml(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot be read as YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: is not a mapping; write it as YAML keys")
    tags = data.pop("tags", None) or {}
    if not isinstance(tags, dict):
        raise ConfigError(f"{path}: tags is {tags!r}; map tag classes to lists of tags")
    return _fill(Words, data, str(path)), _fill(Tags, tags, f"{path}: tags")


def _same(text: str) -> list[str]:
    return [text]


@dataclass(frozen=True, slots=True)
class Morphology:
    """How the dictionary's base forms become the forms that occur in text. The defaults
    leave every form as written (a language without inflection, or one not yet described)."""

    name_forms: Callable[[str], list[str]] = _same         # proper names ("Nordkorea" -> "Nordkoreas")
    # names of bodies and institutions, which may inflect as the common noun they end in
    # ("Sicherheitsrat" -> "Sicherheitsrates"); None: as proper names
    body_forms: Callable[[str], list[str]] | None = None
    adj_forms: Callable[[str], list[str]] = _same          # adjectives of a country
    people_forms: Callable[[str], list[str]] = _same       # people nouns ("Afghane")
    people_from_adj: Callable[[str], list[str]] = lambda adj: []   # "Afghans" from "Afghan"
    agent_forms: Callable[[str], list[str]] = _same        # agent nouns ("Minister", "official")
    verb_lemma: Callable[[str], str] = lambda word: word   # a verb form's base form ("understood")


@dataclass(frozen=True, slots=True)
class Language:
    """One language pack (see the module docstring)."""

    code: str
    name: str
    folder: Path
    frontend: Callable[[], FrontEnd]           # builds the front-end (loads its models)
    words: Words
    tags: Tags
    morphology: Morphology = field(default_factory=Morphology)
    # Compounds written as one word are split to find an agent at their end ("US-Präsident",
    # "Palästinenserpräsident"); the linking elements a modifier may end in ("Regierungs-").
    compounds: bool = False
    linkers: tuple[str, ...] = ("",)
    # Of adjacent agent nouns, which heads the phrase: "first" ("Präsident Minister ...") or
    # "last" ("defense minister").
    agent_head: str = "first"

    @classmethod
    def from_folder(cls, folder: str | Path, *, code: str, name: str, frontend: Callable[[], FrontEnd],
                    **options) -> "Language":
        folder = Path(folder)
        words, tags = load_words(folder / "words.yaml")
        if options.get("agent_head", "first") not in ("first", "last"):
            raise ConfigError(f"language {code!r}: agent_head is {options['agent_head']!r}; use first or last")
        return cls(code=code, name=name, folder=folder, frontend=frontend, words=words, tags=tags, **options)

    def data(self, name: str) -> Path | None:
        """A data file of the pack, or None when the pack has none of that name."""
        path = self.folder / name
        return path if path.is_file() else None

    def frame_files(self) -> list[Path]:
        """``frames.yaml``, then every ``frames-*.yaml`` of the pack in name order."""
        return sorted((p for p in self.folder.iterdir()
                       if p.name == "frames.yaml" or (p.name.startswith("frames-") and p.name.endswith(".yaml"))),
                      key=lambda p: (p.name != "frames.yaml", p.name))

