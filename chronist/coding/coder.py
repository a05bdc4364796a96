"""The coder: clauses whose phrases carry their actors in, events out.

For every clause it picks the frame that fits the predicate, takes the source and
target from the roles the frame names, and sets the modality. The actors come from
the actors stage (:mod:`chronist.actors.annotate`); the coder sees only Clauses,
never a front-end.
"""
from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

from chronist import lang as languages
from chronist.actors.annotate import phrases, state
from chronist.actors.coref import pronoun_kind
from chronist.actors.dictionary import ActorDictionary
from chronist.coding.frames import YIELDING_CODES, Frame, FrameBook, frame_book
from chronist.coding.ontology import cameo as cameo_code
from chronist.model import ANY_AGREEMENT, Actor, Clause, Document, Event, Phrase, Sentence, Token

log = logging.getLogger(__name__)
# a town big enough to tell its country by its name alone (the gazetteer also lists small
# namesakes abroad: "Somerset" is only American towns there)
_KNOWN_TOWN = 100_000

# The words the coder tests (seat and agent prepositions, determiners of a definite
# description, modal verbs) are the language pack's: ``chronist.lang.get(code).words``.
REQUEST_CODE = "10"
# Protests, curfews and states of emergency, and their easing, with no one else named are
# aimed at the actor's own country (the convention of CAMEO and PLOVER coders).
DOMESTIC_CODES = ("14", "172", "132", "081")
# Concessions of one's own measure (lifting or easing one's sanctions, blockade or curfew): only
# the measure's owner can make them, so an agentless passive on the owned noun is the owner's act
# ("Die Sanktionen der EU wurden gelockert"); not a rejection or a breach of it, which others do
OWN_MEASURE_CODES = ("08",)
# meetings, talks, visits; of private persons by the police an inquiry's routine ("Die Polizei
# informierte die Angehörigen des Opfers", "officers spoke to residents"), no political event
CONSULT_CODES = ("04",)
# meetings held at a venue: talks, a meeting at a third place, mediation, negotiation; not a
# visit, which is held in the visited state ("Während des Besuchs von Papst Franziskus im
# kommunistischen Kuba sind Dissidenten festgenommen worden": the Cuban police)
VENUE_CODES = ("040", "044", "045", "046")
# the event nouns a compound of their parties names as done with each other, where the sentence
# tells they were held ("the Trump-Putin summit ended", "israelisch-palästinensische Zusammenstöße"):
# meetings, talks (also talks broken off, HALTED_TALKS_CODE) and fights. Not an agreement ("the Russian-Turkish deal", "das EU-Türkei-Abkommen"),
# which such a name more often recalls than reports
PAIR_EVENT_CODES = ("04", "19")
# talks that failed (see Coder._failed) were broken off: 164, halt negotiations ("talks between Israel
# and Hamas collapsed"); a failed attack, protest, sanction or attempt to mediate was still done, and
# a truce that failed had been declared ("die Kampfpause scheiterte")
TALKS_CODES = ("04", "040", "046")
HALTED_TALKS_CODE = "164"
PROTEST_CODES = ("14",)
# Protests in the street: demonstrations and rallies (141; and protests of no kind named, 14),
# not strikes, boycotts or blockades, whose addressee the noun does not tell.
RALLY_CODES = ("141",)
# ... and so are demands with no one named made by anyone but a government ("die Opposition
# forderte Neuwahlen", "Demonstranten verlangten den Rücktritt").
DEMAND_CODES = ("10",)
# ... but not protests, threats of protest and demands in a dispute at a workplace ("Die
# Gewerkschaft rief zu Streiks bei dem Konzern auf"): the employer is their addressee.
WORKPLACE_CODES = ("14", "132", "10")
# Appeals and demands: the act asked for is no event ("appealed to Russia to help the refugees").
APPEAL_CODES = ("02", "10")
# ... and so does the object of an accusation of no kind named: whom it accuses, known or not, is
# its target, and whom the act it alleges is done to is none ("accused the lenders of trying to
# humiliate the Greek people"); an accusation of spying or of war crimes (1121-1125) still names
# the state the act is done for ("charged three men with spying for Hong Kong")
ADDRESSED_EXACT = ("112",)
# Threats and uses of force with no one named are aimed at the country where they happen
# ("drohte mit Anschlägen in Israel").
FORCE_CODES = ("13", "15", "18", "19", "20")
# Violence whose perpetrator the text does not name ("fünfzig Zivilisten wurden getötet",
# "an attack on two police officers") is coded with an unknown source, as event data sets do.
VIOLENCE_CODES = ("18", "19", "20")
# cyberattacks, which a definite noun may take up as an attack is (``Coder._earlier_target``)
CYBER_CODES = ("176",)
FIGHT_CODES = ("19",)
# Deployments and shows of force: forces moved with no mover named were moved by their own side.
MOBILIZE_CODES = ("15",)
# an envoy recalled or withdrawn (reduce relations): in the passive with no agent his own state's act
RECALL_CODES = ("161",)
# A military withdrawal (retreat): its target is the state it leaves. One from an international
# organisation is a state leaving it, which reduces relations ("The United States withdrew from the
# WHO", "pulled out of the WHO"), as German "trat aus der WHO aus" does.
WITHDRAWAL_CODE = "0874"
LEAVING_CODE = "16"
# An armed attack, and what one told with an adverb of words or by the unarmed is: criticism
# (``Coder._attack_in_words``, ``_verbal_attack``)
ARMED_ATTACK_CODE = "190"
VERBAL_ATTACK_CODE = "111"
# ... an attack of any kind (19) or an armed one (190): what an adverb or an adjective of words
# makes criticism ("launched a sharp attack on Merkel")
ATTACK_IN_WORDS_CODES = ("19", ARMED_ATTACK_CODE)
# Criticism and condemnation: what they condemn happened.
DISAPPROVE_CODES = ("11",)
# Accusations and investigations: the act they allege is what they are about.
ACCUSATION_CODES = ("09", "11")
# Investigations: one into the claims against someone is aimed at that someone.
INVESTIGATION_CODES = ("09",)
# verbs that react to an act referred back to by a noun ("condemned the move", "begrüßte die
# Einigung", "Erdogan verteidigte die Entscheidung": defending another's act supports its doer), the
# acts such a noun refers back to, and how many sentences back (Coder._act_antecedent); a violent
# protest too ("Demonstranten warfen Ziegelsteine auf Polizisten. Lam verurteilte die Gewalt")
REACTION_CODES = ("051", "052", "11", "12", "14")
# a permission given (allow, permit): its dependent clause's subject is whom it is for
PERMISSION_CODES = ("08", "080")
REFERRED_ACT_CODES = ("03", "057", "06", "07", "08", "09", "115", "116", "12", "145", "15", "16", "17", "18", "19", "20")
SANCTION_ACT_CODES = ("16",)
# easing sanctions, an embargo or tariffs (085, 081 restrictions), and the measures, imposed or
# threatened, that it eases (a threat is coded 13 whatever it threatens: see _content_kind)
EASING_CODES = ("081", "085")
EASED_MEASURE_CODES = ("16", "13")
# a measure on goods whose phrase of origin names whom it hits ("tariffs on steel imports from the
# EU", "Strafzölle auf Stahl aus China", "Zölle auf US-Produkte"): sanctions, threats of them and
# their easing ("lifted tariffs on steel from Canada")
GOODS_MEASURE_CODES = ("16", "1312", "081", "085")
# a retaliation (threat or sanction) that names no one answers the latest hostile act done to its
# doer (Coder._retaliated)
RETALIATION_CODES = ("13", "16")
# threats and warnings: one aimed at another party than an act of force hit answers that act
# (Coder._warned_elsewhere)
WARNING_CODES = ("13",)
# Diplomatic ties cut or reduced, which are always ties with someone: one that names no one is
# made with whom the article's acts tell (Coder._counterpart)
DIPLOMATIC_CUT_CODES = ("161",)
HOSTILE_ACT_CODES = ("13", "16", "17", "18", "19", "20")
MEASURE_ACT_CODES = ("16", "1312")
ACCORD_ACT_CODES = ("03", "057")
# what an agreement noun refers back to: an agreement, or a ceasefire agreed ("Egypt mediated a
# ceasefire between Israel and Islamic Jihad. The UN welcomed the truce": IGO 051 ISR+PSE)
REFERRED_ACCORD_CODES = ACCORD_ACT_CODES + ("0871",)
# a verdict referred back to: a court's conviction or sentence (done by the judiciary)
VERDICT_ACT_CODES = ("116", "172", "173")
# a request referred back to: an appeal or a demand
REQUEST_ACT_CODES = ("02", "10")
# proceedings referred back to: an investigation, a charge, a lawsuit, a conviction or a sentence
PROCEEDINGS_ACT_CODES = ("09", "112", "115", "116", "172", "173")
# a threat or a warning referred back to: whoever threatened or warned
THREAT_ACT_CODES = ("13",)
# a visit referred back to: whoever visited (042), or met someone on the visit (040); not the host (043)
VISIT_ACT_CODES = ("040", "042")
# acts ``violence_anaphors`` refer back to: a violent protest, violent repression, an assault,
# fighting or mass violence
VIOLENCE_ACT_CODES = ("145", "175", "18", "19", "20")
# acts a crackdown, repression, arrests or executions (``domestic_acts``) refer back to: coercion
# or violence, no sanction, statement or meeting ("Britain sanctioned the morality police. Berlin
# condemned the crackdown" condemns no British act)
DOMESTIC_ACT_CODES = ("17", "18", "19", "20")
ANAPHOR_REACH = 4
LEAD_SENTENCES = 1       # the lead: a headline and the first sentence, or the first two
# Rejections: refusing to say something is none (see ``_unsaid``).
REJECT_CODES = ("12",)
# A violation of a treaty, a law or a norm that another party says was done is that party's
# accusation (112) of the violator ("Japan said South Korea had violated the 1965 treaty"), as the
# frames whose doer is the one who says it are (``Coder._told_violation``)
VIOLATION_CODES = ("128",)
# ... and so is support, aid, arms, shelter or trade that another party says a state gives to or
# does with rebels or terrorists ("Riyadh said Tehran was arming the Houthis": SAU 112 IRN;
# "Russland sagte, die Türkei kaufe Öl vom Islamischen Staat": RUS 112 TUR): support itself (05,
# not the praise, recognition or agreements under it), material cooperation (06) and any aid (07)
# statements of support, praise and endorsement
SUPPORT_CODES = ("05",)
# acts of backing, cooperation and aid: an act named in their prepositional phrase is the one
# helped's ("unterstützten die Kurden im Kampf gegen den IS")
BACKING_CODES = ("05", "06", "07")
ARMING_CODES = ("06", "07")
ARMING_EXACT = ("05",)
ACCUSE_CODE = "112"
# Opposition to a party itself, not to a proposal or an act of its: disapproval ("opposed the
# government in Warsaw", see ``Coder._opposed_party``)
OPPOSITION_CODE = "110"
# a refusal or a cut in relations by no one of a known state and aimed at no one says nothing
UNAIMED_CODES = REJECT_CODES + ("16",)
# Answers: a rejection or criticism, or a government's protest, that names no one (not even
# "die Polizei" of unknown country) answers the last act aimed at its source ("Die Ukraine forderte von Russland einen Aufschub. Moskau lehnte ab.").
ANSWER_CODES = ("11", "12")
# ... among them an offer or a promise (express intent to cooperate, meet, aid ...), which a
# language pack may tell as intended: it was made all the same
OFFER_CODES = ("03",)
# accepting or meeting what another asks or offers (agree, 03; yield to demands, 083): told in the
# passive as what cannot be done, in the speaker's words, the speaker's refusal
ACCEPTANCE_CODES = ("03", "083")
# what rival parties of one state do to each other: offer and hold talks ("Die SPÖ bot der ÖVP
# Gespräche an"), demand, criticise, reject, threaten, break off ("Die ÖVP beendete die Koalition
# mit der FPÖ"; not support: "hat ... unterstützten" misread from a participle joins two parties)
RIVALRY_CODES = ("03", "04", "10", "11", "12", "13", "16")
# An appeal or a demand that someone leave office: for a change of leadership (``_resignation_asked``)
LEADERSHIP_CODES = {"02": "0241", "10": "1041"}
# Threats: whom the threatened act names unnamed is the one threatened ("threatened to arrest
# opposition leaders"; see ``_complement``)
THREATENING_CODES = ("13",)
# halting aid (1621 economic, 1622 military, 1623 humanitarian): done by the aid's giver
HALTED_AID_CODES = ("162",)
# Accusations, criticism and praise of an act ("blamed Israel for the strike", "condemned Russia
# and Belarus for the attack on Ukraine", "praised Poland for its support for Ukraine"): the one
# accused, criticised or praised is who did it.
BLAME_CODES = ("112", "111", "051")
# Coercion or sanctions for an act ("nahm zwei Männer wegen Angriffen auf Beamte fest", "detained
# two men over attacks on police", "sanctioned Russia for its invasion of Ukraine"): the one coerced
# or sanctioned did it, by the coercer's account (not the police).
CHARGE_CODES = ("17", "16")
# Stands on something: appeals, support, demands, criticism, rejection, protest. An act a
# stand is about in a phrase of its own ("sprach sich für Sanktionen gegen Russland aus",
# "pushed for talks with Iran") is no act of the one who takes the stand.
STANCE_CODES = ("02", "05", "10", "11", "12", "14")
# What can be said in a letter or a note to someone: statements, appeals, offers, demands,
# criticism, rejection, threats, protest (not support: "verteidigte in einem Schreiben an
# Brüssel ihre Haltung" defends the stand, not Brussels).
MESSAGE_CODES = ("01", "02", "03", "10", "11", "12", "13", "14")
# The sectors of armed forces: a state's military and the rebels fighting it.
ARMED_SECTORS = ("MIL", "REB")
# parties, in government or in opposition: two named apart are two sides, also of one state
PARTY_SECTORS = ("PTY", "OPP")
# a state's rulers or forces and the rebels or opposition facing them: two sides of one country
# also where neither is named with it (``Coder._reciprocal``)
_STATE_AND_CHALLENGER = [{ruler, challenger} for ruler in ("GOV", "MIL") for challenger in ("REB", "OPP")]
# ... and the two of them that fight each other when named together (``Coder._reciprocal``)
_ARMY_AND_REBELS = {"MIL", "REB"}
# refugees and migrants named without a nationality whom a state acts on or deals with come from
# elsewhere: they take a country only from the place the sentence puts them in ("police in Turkey
# detained migrants"), not from the article's country or the state's ("Greek police fired tear gas
# at migrants", "Spain took in 60 migrants"); a camp hit by unknown attackers is the article's
UPROOTED_SECTORS = ("REF",)
# sectors whose unnamed actors named by different words are two sides (``_rival_groups``)
RIVAL_SECTORS = ("REB", "PTY")
# ... and in an abduction or a release, private people too: captors and captives ("the kidnappers
# freed the hostages", "die Geiselnehmer ließen die Geiseln frei"); not in any other act
# between private people ("Thieves stole $26,750 from a worker": tried, a theft and a false event
# on plover_de_dev)
CAPTIVITY_CODES = ("181", "0841")
RELEASE_CODE = "0841"   # a state freeing prisoners frees its own people (_localise's own)
CAPTIVE_SECTORS = ("CVL",)
# Sectors that use no force of their own: a legislator, party, court, paper, school or firm that
# "attacks" with no one named attacks words ("attacked the plan in Washington"), not the place.
UNARMED_SECTORS = ("LEG", "PTY", "OPP", "JUD", "MED", "EDU", "BUS")
# who does alone what a reciprocal frame names with a partner (Frame.alone): a government or an army
_ALONE_SECTORS = ("GOV", "MIL")
# Crowd control: the police or soldiers who use its means (the packs' crowd_weapons) on a crowd
# repress it violently (175), whatever the verb of using, firing or attacking says.
REPRESSION_CODE = "175"
# Riots: the force of a crowd of protesters that kills or abducts no one is violent protest
# (145, PLOVER's PROTEST with the mode riot), not an assault: the attacks, beatings and fighting
# such a crowd does, by the sectors a crowd is named by, but not a killing (``Coder._riot``); so
# is the damage and arson such a crowd does to a building of the police or the army (171, 1712:
# "Protesters set fire to a police station", "Demonstranten zündeten eine Polizeiwache an"; an
# embassy or a party's office they storm or burn stays damage to property); and so are the petrol
# bombs such a crowd throws at the police (183: "Protesters hurled stones and petrol bombs at the police")
RIOT_CODE = "145"
RIOTING_CODES = frozenset({"18", "180", "182", "19", "190", "171", "1712", "183"})
SECURITY_RIOT_CODES = frozenset({"171", "1712", "183"})
CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Companies and media work and report far from their states ("beim US-Versandhändler Amazon"
# in Koblenz, US journalists held in Bahrain): their nationality does not tell which country an
# article is about (``_home``). (Militants' does: "Al-Shabaab-Miliz ... Zivilisten getötet", the
# civilians are Somali; tried and dropped.)
ROVING_SECTORS = ("BUS", "MED")
SECURITY_SECTORS = ("COP", "MIL")
# the sectors of an actor that names a place: a state or a town by its bare name, a capital as
# its government ("in Kabul"); an "in" phrase of any other names a group, not a scene (_in_places)
PLACE_SECTORS = (None, "GOV")
# Cooperation (agreeing, meeting, supporting, cooperating, helping) between private parties
# only, a firm, school, paper or private persons on both sides ("in Kooperation mit der
# Universität", "offers parents a choice of schools"), is business or private life, no political event.
COOPERATIVE_CODES = ("03", "04", "05", "06", "07")
# ... and so is one refusing such cooperation ("The union ruled out talks with the company")
REFUSED_COOPERATION_CODES = ("120", "121", "122", "125", "126")
PRIVATE_SECTORS = ("BUS", "EDU", "MED", "CVL", "HLH")
ORGANISED_PRIVATE_SECTORS = ("BUS", "EDU", "MED", "HLH")      # firms, schools, papers, hospitals
# Disputes (criticism, accusations, lawsuits, rejections, threats) between such bodies only, firm
# against firm or a paper against a firm ("Samsung accused Apple of copying its design", "Google
# rejected the offer from Yahoo"), are business rivalry, no political event; not a lawsuit, which
# may be one state's firm's against another's ("Naftogaz sued Gazprom in a Swiss court": see
# Coder._private_suit for the civil ones).
DISPUTE_CODES = ("11", "12", "13")
# Economic cooperation (investing, and the intent to: 061, 031) of a private investor, a firm, a
# rich person or a paper, is business whoever it is for ("hat 80 Millionen Euro in die Zeitungen
# investiert", "will invest 20 billion in offshore connections in Germany").
ECONOMIC_CODES = ("061", "031")
# Lawsuits: brought by lawyers for a private client against private parties, a civil suit (see
# Coder._private_suit).
LAWSUIT_CODES = ("115",)
SUITOR_SECTORS = PRIVATE_SECTORS + ("ELI",)
INVESTOR_SECTORS = PRIVATE_SECTORS + ("ELI",)
# An obligation that an investor, a firm or a scholar says someone else "should" or "must" meet
# ("the U.S. should double its research spending, says investor Kai-Fu Lee") is advice, no demand:
# the adviser has no stake in the act (see Coder._deontic). Their explicit demands stay.
ADVISER_SECTORS = ("BUS", "EDU")
# Protection (CAMEO 074) is given to another party; a state's forces or officials protecting their
# own state or its people ("measures to protect the population", "the marines have protected
# Russia for 300 years") govern or serve it, no act between two actors.
PROTECTION_CODES = ("074",)
# Meetings, visits and demands in a sentence about sport (the packs' sports_words) between no
# state's officials, parties or parliaments are fixtures and a club's ambitions ("Paris Saint
# Germain ist zum Champions-League-Achtelfinale nach London gereist"), no political event; and a
# side pulled out of a tournament (087: "Australia withdrew its team from the Davis Cup").
FIXTURE_CODES = ("04", "10", "087")
# ... and a side beaten, crushed or defeated (17, 18, 19) in such a sentence with a score in it
# ("Germany beat France 2-0 in the semi-final", "besiegte Brasilien im Halbfinale mit 7:1"): a game won;
# and so is a side hammered or humiliated in words of criticism (11: "Saudi Arabia humiliated
# Argentina in their opening match")
GAME_CODES = ("17", "18", "19", "11")
GAME_SCORE = re.compile(r"(?<![\d.,:])\d{1,2} ?[-:\u2013] ?\d{1,2}(?![\d.,:])")
OFFICIAL_SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP")
# ... and a side beaten, crushed or defeated (18, 19) in a sentence that names an election or a vote,
# by no armed force: beaten at the polls ("won the runoff, defeating incumbent Jair Bolsonaro")
BALLOT_CODES = ("18", "19")
FORCE_USE_CODES = ("17", "18", "19", "20")
# weapons shown, not aimed (a missile launched or tested, drills): a criticism of "the launch" or
# "den Raketentest" is aimed at who made the show of force told before (``Coder._earlier_doer``)
SHOW_OF_FORCE_CODES = ("15",)
# a deployment into a state's airspace or waters is a show of force aimed at it (Coder._intruded)
DEPLOYMENT_CODE, INTRUSION_CODE = "154", "150"
# a retaliation of no kind named that answers force is force in return (``Coder._struck_back``)
FORCE_RETURN_CODE = "190"
# an act vowed not to stay unanswered: a threat, of force when it answers force (``Coder._answer_vowed``)
THREAT_CODE, FORCE_THREAT_CODE = "13", "138"
# forces pulled back, a truce: what troops do after attacks as much as the attacks
WITHDRAWAL_CODES = ("087",)

# Aid and the intent to give it (07, 033) with no recipient named go to the country the article
# is about, when that is not the giver's ("PALU, Indonesia - Australia pledged 5 million dollars
# in humanitarian assistance and sent a transport plane with medical supplies").
AID_CODES = ("07", "033")
# Mediation (045): whose talks a participle of mediation names no one for (_mediated_parties).
MEDIATION_CODES = ("045",)
# sectors of those a head of state commands (Coder._commanded)
COMMANDED_SECTORS = ("MIL", "COP", "GOV")
# acts a mediator brokers between their parties: agreements, talks, cooperation, concessions
MEDIATED_ACT_ROOTS = ("03", "04", "05", "06", "08")

# How many sentences back a criticism of "the attack" looks for the attack it names when the
# article's attacks have several doers and the noun names no one attacked (_earlier_doer).
EARLIER_ACT_SENTENCES = 3
# A state of emergency declared where the sentence or the one before tells a natural disaster
# (disaster_nouns: "after the floods, the governor declared a state of emergency") is relief, no coercion.
EMERGENCY_CODES = ("1724",)
# Acts one party does to another, which no government does to itself: statements, appeals,
# intents, meetings, cooperation, aid, concessions, demands, disapproval, rejection, threats,
# cutting relations (not investigations, arrests or force: a state's authorities do those to
# its own people and officials; nor DOMESTIC_CODES).
PARTY_CODES = ("01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16")
# Attacks and fighting (18, 19, 20), which no state's forces do to their own state, and of
# PARTY_CODES the acts no state does to its own officials or forces: aid and supplies (07),
# protests and summons (11), threats and warnings (13), expulsions and cutting ties (16) (see
# ``_localise``).
ATTACK_CODES = ("18", "19", "20")
# acts of coercion (17): seizures, administrative sanctions, arrests, expulsions, repression
COERCION_CODES = ("17",)
CYBER_ATTACK_CODE = "176"
TO_OTHERS_CODES = ("07", "11", "13", "16")
# ... and mediation, offered or done (039, 045): no state, nor a person or a body of it, mediates
# between its own unnamed people of any sector ("Qatar offered to mediate between the generals and
# the opposition", "Mexico's president offered to mediate between the two sides")
MEDIATION_OFFER_CODES = ("039",) + MEDIATION_CODES
# Deportations (174) send abroad people of another country, whatever their sector.
DEPORT_CODES = ("174",)
# ... and these, expulsions and cutting ties (16) and deportations, no government does to its own
# people, whoever of it acts ("Putin expelled the diplomat", "Die russische Regierung wies zwei
# Diplomaten aus"), where criticism or warnings may be a leader's of its own officials.
ABROAD_CODES = ("16", "174")
# ... and embargoes and sanctions (163) no state imposes on its own unnamed people or firms of any
# sector ("Britain imposed sanctions on 50 companies": not British companies; see ``_localise``'s anyone)
EMBARGO_CODES = ("163",)
# bans and bars that keep whom they name from doing what their complement says (Coder._banned)
RESTRICTION_CODES = ("16", "17")


class Coder:
    """Codes the clauses of a Document into Events."""

    def __init__(self, *, lang: str, frames: FrameBook | None = None):
        self.lang = lang
        self.words = languages.get(lang).words
        self.tags = languages.get(lang).tags
        self.frames = frames or frame_book(lang)
        self._scene: str | None = None     # per sentence: the state the sentence before placed its events in
        self._places: list[Actor] = []     # per sentence: the states its "in" phrases name
        self._surnames: set[str] = set()   # per article: the last names of its persons (no towns)
        self._towns: list[Actor] = []      # per sentence, when it names no state: the states of its towns
        self._army: str | None = None      # per article: the one state whose forces it names
        self._disaster = False             # per sentence: it or the one before tells a natural disaster
        self._token_starts: tuple[Sentence | None, list[int]] = (None, [])   # per sentence: where its words start
        self._sentence: Sentence | None = None     # the sentence being coded
        self._disasters = frozenset(w.lower() for w in self.words.disaster_nouns)
        self._aid_nouns = frozenset(w.lower() for w in self.words.aid_nouns)
        self._release_nouns = frozenset(w.lower() for w in self.words.release_nouns)
        self._election_nouns = frozenset(w.casefold() for w in self.words.election_nouns)
        self._operations = frozenset(w.lower() for w in self.words.operation_nouns)
        self._allies = frozenset(w.lower() for w in self.words.ally_prepositions)
        self._crowd_weapons = tuple(_squeezed(w) for w in self.words.crowd_weapons)
        self._regional = frozenset(w.casefold() for w in self.words.regional_governments)
        self._pronouns = frozenset(w.casefold() for w in self.words.personal_pronouns | self.words.demonstrative_pronouns)
        self._protesters: list[Actor] = []     # per article: the civilians of the last protest coded
        self._uprooted: list[Actor] = []       # the refugees or migrants the sentence before named
        self._named_seen: list[tuple[int, Actor]] = []   # per article: private persons named by a name no dictionary knows (_named_persons)
        self._filed: str | None = None         # per article: the country it was filed in (_seized)
        self._before: list[Event] = []         # per sentence: the events of the sentence before
        self._history: list[Event] = []        # per article: the events of the sentences before
        self._at = 0                           # per sentence: its index in the article
        self._nouns_of: list[Clause] | None = None      # per sentence: the clauses of _sentence_nouns
        self._nouns: tuple[list[tuple[Clause, Frame]], list[int], list[Clause]] = ([], [], [])
        self._out: list[Event] = []            # per sentence: its events coded so far
        self._deploying = frozenset(w.lower() for w in self.words.deploying_verbs)
        self._roaming = ActorDictionary.default().roaming
        self._deployed: frozenset[str] = frozenset()   # per article: the states that sent troops (_deploy)
        self._named_states: tuple[Sentence | None, set[str]] = (None, set())   # per sentence (_states_named)
        self._occurrences: dict[int, tuple] = {}   # per sentence (_occurring)
        self._planning_phrases = frozenset(_folded(w) for w in self.words.planning_phrases)
        self._planning_nouns = frozenset(_folded(w) for w in self.words.planning_nouns)
        self._planning_links = frozenset(w.rsplit(" ", 1)[-1] for w in self._planning_nouns if " " in w)

    # -- events ------------------------------------------------------------
    def code(self, doc: Document) -> list[Event]:
        """Events of a Document whose phrases carry their actors (the actors stage,
        :class:`chronist.actors.annotate.ActorAnnotator`)."""
        events: list[Event] = []
        home, self._filed = self._countries(doc)
        self._deployed = self._deploy(doc)
        # a weapon of no named state is no force of the article ("griffen ein Schiff mit einer
        # Drohne an": the drone is the attackers', not an army the rebels fight)
        # (nor the positions of one, which are where it is attacked: "griffen pakistanische Stellungen an")
        armed = [a for sentence in doc.sentences for _, p in phrases(sentence) for a in p.actors
                 if a.sector in ARMED_SECTORS and not (a.code == "UNK" and self._weapon(p.tokens[:p.attribute] or p.tokens))
                 and not (p.tokens and p.tokens[-1].text.lower() in self.words.army_places)]
        # (not forces named only as the owner of a thing: "flew on a Mexican air force plane")
        nouns = self.tags.common_noun | self.tags.plural_noun
        owners = {(a.start, a.end) for sentence in doc.sentences for _, p in phrases(sentence)
                  for a in p.actors if a.sector == "MIL" and _owner_only(p, a, nouns)}
        armies = {a.code for a in armed if a.sector == "MIL" and state(a.code) and (a.start, a.end) not in owners}
        # the last names of the persons the article names, which are no towns ("Morales supporters")
        self._surnames = {a.name.split()[-1].casefold() for sentence in doc.sentences for _, p in phrases(sentence)
                          for a in p.actors if a.name and _person(a)}
        # the one state whose forces the article names: its unnamed soldiers are that state's
        # ("Die israelische Armee erklärte, die Soldaten hätten das Feuer eröffnet")
        self._army = next(iter(armies)) if len(armies) == 1 else None
        self._places = []
        self._protesters = []
        self._uprooted = []
        self._named_seen = []
        self._before = []
        self._armed = {(a.code if state(a.code) else self._army_of(a) or home, a.sector) for a in armed}
        previous: set[str] = set()
        disaster = False
        self._history = events             # what the article's earlier sentences coded
        for at, sentence in enumerate(doc.sentences):
            self._at = at
            told = any(t.lemma.lower() in self._disasters or t.text.lower() in self._disasters for t in sentence.tokens)
            self._disaster, disaster = told or disaster, told     # this sentence's or the one before
            self._places = _in_places(sentence, self._attack_nouns(sentence), self._venues(sentence))     # once a sentence
            self._towns = self._in_towns(sentence, home) if not self._places else []
            here = {a.code for a in self._places}
            # a sentence that names no place goes on where the one before it was ("In Kiew
            # demonstrierten Tausende. Die Polizei nahm mehrere fest": the Kyiv police)
            self._scene = next(iter(previous)) if not here and len(previous) == 1 else None
            self._sentence = sentence
            coded = self._code_sentence(doc, sentence, home)
            self._before = coded
            self._protesters = _protesters(coded) or self._protesters
            self._uprooted = _uprooted(sentence)
            events.extend(coded)
            previous = here
        return self._policed(doc, events, armed)

    def article_country(self, doc: Document) -> str | None:
        """The country an article is about, which its actors of unknown country take when their
        sentence places them nowhere (see ``_home``); None when that would be a guess."""
        return self._countries(doc)[0]

    def _countries(self, doc: Document) -> tuple[str | None, str | None]:
        """The article's country (``article_country``) and the one it was filed in."""
        mentioned: Counter[str] = Counter()
        first: dict[str, int] = {}      # the sentence that names each state first
        # an armed group of several states ("der IS") is coded with its first home, which tells
        # nothing of where an article with a dateline is: "Sirte – ... Die Dschihadisten sollen
        # ... Kämpfer verfeindeter Milizen getötet haben" is about Libya, not Syria
        roaming = self._roaming if doc.country is not None else frozenset()
        for sentence in doc.sentences:
            # (nor a state's mission abroad: "outside the US embassy" names where the story is not)
            actors = [a for _, p in phrases(sentence) for a in p.actors]
            missions = self._missions(actors, sentence)
            spans = {(a.start, a.end, a.code) for a in actors
                     if state(a.code) and a.name not in roaming and id(a) not in missions}
            # one mention, also where a phrase inside another names it again ("Generalsekretär
            # Thorbjørn Jagland" and its possessor "Thorbjørn Jagland")
            spans = _outermost(spans)
            # not the states of companies and media, nor the country word of their
            # compound ("US" of "US-Unternehmen"): see ROVING_SECTORS; a person of the dictionary
            # in those sectors is one of that state all the same (the blogger Raif Badawi is Saudi)
            roving = [(a.start, a.end) for _, p in phrases(sentence) for a in p.actors
                      if a.sector in ROVING_SECTORS and not _person(a)]
            mentioned.update(code for start, end, code in spans
                             if not any(start < b and a < end for a, b in roving))
            for code in sorted(mentioned):
                first.setdefault(code, sentence.index)
        # a dateline of places in several countries tells no one country (``_split_dateline``)
        dateline = doc.country if not self._split_dateline(doc) else None
        home = _home(mentioned, dateline, first)
        # an article with no dateline and no state named often enough: its towns tell where it was
        # filed, as a dateline would (see _seized), and with the states it names its country
        towns = self._town_counts(doc) if home is None else Counter()
        return home or _leading(mentioned + towns), dateline or _leading(towns)

    def _split_dateline(self, doc: Document) -> bool:
        """Whether the article's dateline names places in more than one country ("Dubai/Washington
        – ..."): it was put together from reports filed in several, and tells no one country
        whose authorities made an arrest it reports (``_seized``), nor the country the article is
        about when it names none often enough (``_home``)."""
        from chronist.geo.locate import locate
        line = next((s.dateline for s in doc.sentences if s.dateline), None)
        if not line or "/" not in line:
            return False
        places = [locate(part.strip(), lang=self.lang) for part in line.split("/") if part.strip()]
        return len({p.country for p in places if p is not None and p.country}) > 1

    def _policed(self, doc: Document, events: list[Event], armed: list[Actor]) -> list[Event]:
        """Events whose "officers" (a noun of soldiers and policemen: ``Words.police_or_army``) are
        the police's, in an article that names the police and no other armed forces ("Avon and
        Somerset Police said ... Officers have appealed for witnesses")."""
        words = self.words.police_or_army
        def bare(actor: Actor) -> bool:
            return actor.sector == "MIL" and bool(actor.text.split()) and actor.text.split()[-1].lower() in words
        if not words or any(not bare(a) for a in armed if a.sector == "MIL") or not any(
                a.sector == "COP" for sentence in doc.sentences for _, p in phrases(sentence) for a in p.actors):
            return events
        def police(actors: list[Actor]) -> list[Actor]:
            return [dataclasses.replace(a, sector="COP") if bare(a) else a for a in actors]
        for event in events:
            event.source, event.target = police(event.source), police(event.target)
        return events

    def _allied(self, clause: Clause) -> bool:
        """Whether the clause names an ally of its doer ("fought alongside US troops", "kämpft an
        der Seite von Assad"): then the fight's enemy is only the one it names."""
        allies = self._allies
        return any((p.prep or "").lower() in allies or any(f"{(p.prep or '').lower()} {t.lemma.lower()}" in allies
                                                          for t in p.tokens)
                   for p in clause.args("prep"))

    def _workplace(self, sentence: Sentence) -> bool:
        """Whether the sentence puts its dispute at a workplace: a noun that begins or ends with
        one of the language's employer stems ("Konzernführung", "Arbeitgeber", "Tarifvertrag")."""
        stems = self.words.employer_stems
        return bool(stems) and any(
            t.text[:1].isupper() and (t.text.lower().startswith(stems) or t.text.lower().endswith(stems))
            for t in sentence.tokens)

    def _code_sentence(self, doc: Document, sentence: Sentence, home: str | None) -> list[Event]:
        if sentence.text.rstrip(" \"'»«“”").endswith("?"):
            return []             # a question asserts nothing: "Worauf haben sich Europarat und UNHCR geeinigt?"
        clauses = sentence.clauses
        for clause in clauses:
            if clause.predicate.stative:
                self._state_passive(clause)
            else:
                self._object_first(clause)
        self._occurrences: dict[int, tuple] = {}      # per sentence: what _occurring reads once a verb
        self._sentence_home = home
        self._held_last: list[Actor] = []    # the persons _held_for last found
        self._lend_parties(clauses)
        self._frames_of: dict[int, Frame | None] = {}     # per sentence: a clause's frame, found once
        self._preps_of: dict[int, dict[int, list[Phrase]]] = {}   # per sentence: a clause's phrases by word
        self._by_start = sorted((c.predicate.tokens[0].start, k) for k, c in enumerate(clauses) if c.predicate.tokens)
        self._starts = [start for start, _ in self._by_start]
        self._spans_of: dict[tuple[int, tuple[str, ...]], tuple[list[int], list[int]]] = {}
        self._sourced: list[int] | None = None
        self._attacks: dict[int, int] = {}    # attack noun -> the passive clause of violence it gave its source
        self._between_named = any(t.text.lower() in self.words.between_prepositions for t in sentence.tokens)
        workplace = self._workplace(sentence)
        order = sorted(range(len(clauses)), key=lambda i: (clauses[i].predicate.kind == "noun",
                                                            clauses[i].predicate.tokens[0].start
                                                            if clauses[i].predicate.tokens else 0))
        consumed: list[tuple[int, int]] = []
        absorbed: set[int] = set()     # dependent clauses a coded clause took its target from
        seen: set[tuple] = set()
        out: list[Event] = []
        self._out = out                # this sentence's events so far (_retaliated)
        unnamed_events: list[Event] = []
        owner: dict[int, int] = {}     # id of an event -> the clause it was coded from
        # the spans of names of several words that name an actor: a verb or noun inside one is no
        # act ("the Committee to Protect Journalists condemned ..." protects no one)
        names = {(a.start + at, a.start + at + len(a.name)) for c in clauses for p in c.arguments for a in p.actors
                 if a.name and " " in a.name and (at := a.text.casefold().find(a.name.casefold())) >= 0}
        for i in order:
            clause = clauses[i]
            if clause.predicate.kind == "none" or not clause.predicate.tokens:
                continue
            if any(s < clause.predicate.tokens[0].start < e for s, e in names):
                continue
            unreal = self._unreal(clause, clauses)
            if unreal and not self._necessary(clause, clauses):
                continue                  # a condition or a possibility is no act ("sollten die Kämpfer
                                          # die Stadt einnehmen", "die Gefahr, dass sie angreifen")
            trigger = clause.predicate.tokens[0]
            blamed = self._blamed(clause, clauses)
            if i in self._attacks:
                continue
            if any(s <= trigger.start < e for s, e in consumed) and not blamed and not self._own_event(
                    clause, clauses) and not self._sides_named(clause, clauses, sentence, home) \
                    and not self._mediator_named(clause):
                continue
            answer = self._answer_vowed(clause, clauses, sentence)
            if answer is not None:
                code, source, target = answer
                key = (cameo_code(code).plover, frozenset(a.code for a in source), frozenset(a.code for a in target))
                if key not in seen:
                    seen.add(key)
                    out.append(self._event(doc, sentence, clause, clauses, code, "intent",
                                           _as_government(source), _as_government(target)))
                continue
            deontic = self._deontic(clause, clauses, home)
            if deontic is not None and not deontic[0]:
                continue
            if unreal and deontic is None:
                continue                  # "es ist notwendig, dass ...", said by no one: no act
            if deontic is not None:
                # (a demand that its target leave the country expels it: ``_departure``)
                code = EXPULSION_CODE if self._departure(clause, deontic[0]) and not _fellows(*deontic) else REQUEST_CODE
                key = (cameo_code(code).plover, frozenset(a.code for a in deontic[0]), frozenset(a.code for a in deontic[1]))
                if key not in seen:
                    seen.add(key)
                    out.append(self._event(doc, sentence, clause, clauses, code, "asserted",
                                           _as_government(deontic[0]), _as_government(deontic[1])))
                content = self._content(clause, i, clauses)    # "must be ready to mediate"
                if content is not None:
                    absorbed.add(content)
                absorbed.add(i)           # and the event nouns of what must be done: "told Turkey to hold
                continue                  # talks with Greece" holds none
            frame = self._riot(clause, self._attack_in_words(clause, self._crowd_control(clause, self._frame(clause)), sentence))
            if frame is None or self._sourcing(i, clauses) or self._hostility_ended(frame, clause):
                continue
            if frame.when_negated and not (clause.predicate.negated or clause.refused):
                continue          # "ruled out military action": no act told (see Frame.when_negated;
                                  # refused, "refused to rule out military action", as negated)
            if (clause.predicate.negated or clause.refused) and self.frames.left_open(frame):
                continue          # "did not rule out talks with Kyiv": an option left open, no act
            if frame.cameo.startswith(DISAPPROVE_CODES) and clause.predicate.kind == "verb" and not clause.args("subject") \
                    and clause.predicate.lemma.lower() in self.words.undergoer_verbs:
                continue          # "there had been no blackmail": what there is, nothing said to be it
            if frame.cameo in TALKS_CODES and self._failed(clause, clauses):
                frame = dataclasses.replace(frame, cameo=HALTED_TALKS_CODE)
            if self._topic(clause, sentence) or self._named_so(clause, frame, clauses) \
                    or self._thwarted_accord(clause, frame, clauses) or self._self_directed(clause, frame) \
                    or self._presence(clause, frame):
                continue                  # "ein Referendum über die Forderungen der Gläubiger": no act
            if self._yielded(clause, frame, clauses):
                continue                  # "die Aufhebung der Sanktionen": lifted, not imposed
            if frame.cameo.startswith(HOSTILE_ACT_CODES) and self._asked_for(clause, clauses, sentence):
                continue                  # "rejected the Greek call for sanctions against Ankara": asked for, not imposed
            if frame.cameo.startswith(HOSTILE_ACT_CODES) and self._consent_withheld(clause, clauses):
                continue                  # "stimmte den Sanktionen gegen Russland nicht zu": none imposed
            if self._asked_refused(clause, clauses, sentence):
                continue                  # "wies Moskaus Forderung nach Gesprächen mit den Separatisten zurück": none held
            if frame.cameo.startswith(ADMONITION_CODES) and self._admonished(i, clauses):
                continue                  # "warned residents to stay indoors", "encouraged Serbia to recognise
                                          # Kosovo": the demand of the dependent clause
            if frame.cameo.startswith(EMERGENCY_CODES) and self._disaster:
                continue                  # an emergency over a flood or a quake
            if frame.cameo.startswith(VIOLENCE_CODES) and self._natural_doer(clause):
                continue                  # "Pakistan floods kill 300 people": no one's act
            if frame.cameo.startswith(VIOLENCE_CODES) and self._means_of_harm(clause, clauses):
                continue                  # "tötete bei einem Luftangriff in Mali Dschihadisten": one act
            if self.frames.denial(frame, clause) and not self._part_refused(clause):
                # "denied the allegations that he had ...": a statement, and what it denies is
                # no act the text reports (the accusation itself was made: "Iran's allegations")
                absorbed.update(self._under(i, clauses))
                claim = self._denied_claim(clause, clauses, home)
                if claim is not None:
                    k, code, source, target = claim
                    key = (cameo_code(code).plover, frozenset(a.code for a in source), frozenset(a.code for a in target))
                    if key not in seen:
                        seen.add(key)
                        out.append(self._event(doc, sentence, clauses[k], clauses, code, "asserted",
                                               _as_government(source), _as_government(target)))
                        owner[id(out[-1])] = k
                continue
            threat = _conditional_threat(frame, clause, i, clauses)
            if self._hypothetical(clause, clauses) and threat is None and not self._unable(frame, clause):
                continue
            if frame.cameo.startswith(REJECT_CODES) and self._dismissal(clause):
                continue          # "Kurz dismissed Interior Minister Kickl": a removal from office
            if self._unsaid(frame, clause, i, clauses):
                continue          # "refused to comment", "weigerte sich, sich zu äußern": no one rejected
            if clause.predicate.kind == "verb" and frame.cameo.startswith(ACCUSATION_CODES):
                # what is alleged is no act the text reports, whether or not the accusation is
                # coded ("he was accused of raping a woman": no accuser named)
                # (not the words of a text it issues: "passed a resolution censuring Iran", art37a's
                # pass:111, is the resolution's censure, its authors' act)
                absorbed.update(k for k in self._allegations(i, clauses) if (_subject_shared(clauses[k], clause)
                                or (clauses[k].predicate.modal or "").lower() in self.words.hearsay_modals)
                                and not (self._saying_text(clauses[k]) and self._document_author(clauses[k], clauses)))
            planned = self._planned(clause, clauses, sentence) or self._awaited(clause, clauses)
            source, target = self._between(frame, clause, clauses, sentence, home)
            if source:
                modality = self._modality(clause, clauses, frame, source)
                code = _intent_code(frame.cameo) if self._announced(modality, clause, clauses, frame) else frame.cameo
                code = self._content_kind(code, clause, i, clauses)
                if planned and modality not in ("intent", "negated"):
                    modality = "intent"   # "proposed a meeting between Macron and Scholz": planned, not held
                if threat is not None:
                    code, modality = threat, "intent"
                code, source, target = self._crowd_clash(code, source, target, sentence)
                key = (cameo_code(code).plover, frozenset(a.code for a in source), frozenset(a.code for a in target))
                if key not in seen and not _private_dealings(code, source, target):
                    seen.add(key)
                    out.append(self._event(doc, sentence, clause, clauses, code, modality,
                                           _as_government(source), _as_government(target)))
                    owner[id(out[-1])] = i
                continue
            confessor = [] if blamed else self._confessor(frame, clause, clauses, home)
            doers: list[Actor] = []       # private persons the clause names as the doers of violence
            self._held_last = []
            source = blamed or confessor or self._expeller(frame, clause, i, clauses) or \
                self._source(frame, clause, i, clauses) or _mover(frame, clause) or \
                self._recaller(frame, clause) or _announcer(frame, clause) or \
                self._protesting_people(frame, clause, clauses)
            if source and not blamed and frame.cameo.startswith(VIOLENCE_CODES) and self._placed_weapon(clause):
                source = []       # "A Kabul car bomb killed ten people": an unknown perpetrator's
            authority = [] if source or frame.lemma.lower() in self.words.blaming_verbs else _authority(frame, clause)
            if authority and clause.predicate.kind == "noun" and self._about_event(clause, clauses):
                authority = []
            if not source and not authority and frame.cameo in NAMED_ATTACKER_CODES and clause.predicate.kind == "verb":
                source = self._named_persons(clause, ("agent",) if clause.predicate.voice == "passive" else ("subject",),
                                             home)
            if not source and not authority and clause.predicate.kind == "verb" and (
                    frame.cameo.startswith(HARM_CODES + PERSON_ATTACK_CODES)) and \
                    clause.predicate.lemma.lower() not in self.words.accident_verbs:
                # an attacker a noun of a private person names ("a man stabbed a pensioner", "a
                # 17-year-old attacked ..."), of the country the sentence or the article places it in
                # (not the phrase whom the frame takes as its victim: "ein 31-Jähriger starb")
                role = "agent" if clause.predicate.voice == "passive" else "subject"
                source = doers = self._private_persons(clause, (role,), home) if role not in frame.target else []
            if source and source == self._held_last:
                doers = source            # the persons arrested for the violence a noun names
            if not source and not authority:
                source = self._object_owner(frame, clause, i, clauses)
            if not source and not authority and clause.predicate.kind == "noun" and frame.cameo.startswith(FIGHT_CODES):
                # a fight's noun with no one's, launched from a state ("der Raketenbeschuss aus dem
                # Gazastreifen auf Südisrael"): that state's
                source = _known(self._launched_from(clause, [_perpetrator(clause)]))
            unnamed = not source and not authority and self._unattributed(frame, clause, sentence)
            source = source or authority or ([_perpetrator(clause)] if unnamed else [])
            if not source:
                # what was proposed or asked for is no act also when the parse found no one who
                # asked ("vorschlug, dass Farage die Verhandlungen mit der EU leiten sollte")
                absorbed.update(self._demanded(frame, clause, i, clauses))
                continue
            if clause.predicate.kind == "verb" and (frame.cameo.startswith(FIGHT_CODES) or (
                    frame.cameo.startswith(VIOLENCE_CODES)
                    and any(self._weapon(p.tokens[:p.attribute] or p.tokens) for p in clause.args("prep")))):
                # (harm done by weapons or attacks a phrase names: "were wounded in rocket attacks from Gaza")
                source = self._launched_from(clause, source)
            if frame.cameo in VISIT_CODES and all(a.sector in TRAVELLER_SECTORS for a in source):
                continue          # a fighter's or a civilian's journey is no visit between parties
            if i in absorbed or (clause.predicate.kind == "noun" and clause.parent in absorbed):
                continue          # the content of a coded demand, threat or refusal, and its nouns
            if frame.cameo.startswith(REACTION_CODES) and self._banned(clause, clauses):
                continue          # a reaction a ban keeps from being made, which would answer the ban
            target, used = self._target(frame, clause, i, clauses, source)
            target = self._yield_refused_to(frame, clause, i, clauses, source, target, out) or target
            if not target and self._part_refused(clause):
                target = self._part_in(clause, source)
            if frame.cameo.startswith(FORCE_USE_CODES):
                target = self._unowned_ships(target, clause)
            if not target and frame.cameo == DEPLOYMENT_CODE and clause.predicate.kind == "verb":
                entered = self._intruded(clause, source)
                if entered:
                    frame, target = dataclasses.replace(frame, cameo=INTRUSION_CODE), entered
            if not _known(target) and clause.predicate.kind == "verb" and frame.cameo.startswith(SANCTION_ACT_CODES):
                struck = self._struck_back(frame, clause, source)
                if struck:
                    frame, target = dataclasses.replace(frame, cameo=FORCE_RETURN_CODE), struck
            named = []
            # (not of a verb of harm that accidents do as often as attackers, with no one named
            # who did it: "Pavard injured" in a sports report)
            accident = clause.predicate.kind == "verb" and not clause.args("agent") and \
                clause.predicate.lemma.lower() in self.words.accident_verbs
            if not target and not accident and (frame.cameo in NAMED_VICTIM_CODES or _legal_act(frame, clause, source, authority)):
                # (also the legal acts of the police, prosecutors and courts on a person no
                # dictionary knows: "Feldman was questioned", "Die Staatsanwaltschaft klagte Feldmann an")
                target = named = self._named_persons(clause, frame.target, home)
            if not target and frame.cameo.startswith(HARM_CODES + PERSON_ATTACK_CODES) and (
                    clause.predicate.kind == "verb" or doers) and \
                    clause.predicate.lemma.lower() not in self.words.accident_verbs:
                target = self._private_persons(clause, frame.target, home)
                if target and frame.cameo.startswith(PERSON_ATTACK_CODES):
                    # an armed attack on a private person is an assault ("a man was attacked in Leeds")
                    frame = dataclasses.replace(frame, cameo=PERSON_ASSAULT_CODE)
            if not target and clause.predicate.kind == "verb" and frame.cameo.startswith(AUTHORITY_CODES) and \
                    source and all(a.sector in LEGAL_SECTORS for a in source):
                # a legal act of a named court, prosecutor or police on a private person ("Prosecutors
                # charged a 21-year-old", "Ein Gericht verurteilte einen 30-Jährigen")
                target = self._private_persons(clause, frame.target, home)
            if frame.cameo == REPRESSION_CODE and self._crowd_weapon(clause):
                target = self._crowd(frame, clause, out)
            if frame.cameo in VISIT_CODES:
                target = [a for a in target if not a.abroad]    # "reist in Länder, die ...": no one visited
            if not _known(target) and self._refusing(frame, clause):
                target = self._condition_party(i, clauses, source) or target
            if not _known(target) and frame.cameo.startswith(HOSTILE_ACT_CODES) and clause.predicate.kind == "verb" \
                    and (clause.intent or clause.predicate.tense == "future") and not clause.predicate.negated:
                # a hostile act announced on a condition is a threat to the party the condition
                # names: "Iran will retaliate if the United States attacks its nuclear sites",
                # "Der Iran werde zurückschlagen, falls die USA angreifen" (s20e)
                target = self._condition_party(i, clauses, source, clauses_only=True) or target
            if not target and clause.predicate.kind == "verb" and (frame.cameo.startswith(ANSWER_CODES) or (
                    frame.cameo.startswith(PROTEST_CODES) and all(a.sector in (None, "GOV") for a in source))) \
                    and not any(self._bloc(clause, role) for role in frame.target):
                target = _answered(source, out, self._before) or target
            if not _known(target) and clause.predicate.kind == "verb" and \
                    frame.cameo.startswith(DISAPPROVE_CODES + PROTEST_CODES):
                target = self._earlier_doer(frame, clause, clauses, source, sentence, out) or target
            # (not sides the mediation names, of a country not told: "to mediate between the
            # generals and the protest movement" are the article's, no parties of another act)
            named_sides = len(target) > 1 and all(a.sector for a in target)
            if not _known(target) and not named_sides and clause.predicate.kind == "verb" and (
                    frame.cameo.startswith(MEDIATION_CODES)
                    or self._content_kind(frame.cameo, clause, i, clauses) == INTENT_CODES["045"]):   # "bot an, zu vermitteln"
                target = _mediated_parties(clause, clauses, source) or self._mediated_act(clause, source) or \
                    _addressed_sides(source, out, sentence) or self._mediated_dispute(source) or target
            if clause.predicate.kind == "noun" and frame.cameo.startswith(MEDIATION_CODES):
                target = self._mediation_parties(frame, clause, clauses, source) or target
            if authority and not target:
                target = self._seized(frame, clause, self._filed)
                if not target and frame.cameo.startswith(ARREST_CODES + LEGAL_ACT_CODES) and clause.predicate.kind == "verb":
                    # "a man was arrested near Tel Aviv": a private person, of the country the
                    # sentence or the article places the arrest in
                    target = self._private_persons(clause, ("object",), home)
                if not target and frame.cameo.startswith(ARREST_CODES + LEGAL_ACT_CODES) and \
                        not frame.cameo.startswith(LAWSUIT_CODES) and clause.predicate.kind == "verb":
                    # ... or the one a phrase of the frame aims the act at ("charges were brought
                    # against a 17-year-old"; not a lawsuit's, which anyone may file)
                    target = self._private_persons(clause, tuple(r for r in frame.target if r.startswith("prep:")), home)
                if not target and frame.cameo.startswith(ARREST_CODES) and self._counted_act(clause, sentence):
                    # "Four arrests after stabbing in Leeds", "Zwei Festnahmen nach Messerangriff":
                    # arrests counted with no one named stand for those arrested, private persons
                    # of the country the sentence or the article places them in
                    trigger = clause.predicate.tokens[0]
                    people, _ = self._localise([Actor(code="UNK", sector="CVL", text="", start=trigger.start,
                                                      end=trigger.start)], [], home)
                    target = _known(people)
                # the authorities that acted are that country's
                source = [Actor(code=target[0].code, sector=a.sector, text=a.text, start=a.start, end=a.end)
                          for a in source] if target else source
            if authority and not _private(target):
                continue
            if authority and any(a.code == "UNK" for a in source):
                source = _governing_state(clause, clauses) or source
            if frame.suffered:
                source = _critics_at_home(source, target)
            if not authority and not target and frame.cameo.startswith(ARREST_CODES + (REPRESSION_CODE,)):
                source, target = self._detainees(frame, clause, source, home)
            each_other = not target and self._each_other(clause, sentence)
            mutual = not target and (frame.reciprocal or each_other
                                     or self._joint_owners(frame, clause, source)) \
                and self._reciprocal(clause, source, frame, each_other, home) \
                and (not self._pair_owned(clause, source) or (
                    frame.cameo.startswith(PAIR_EVENT_CODES + (HALTED_TALKS_CODE,)) and self._told_done(clause, clauses)))
            if mutual:
                target = list(source)
            elif not target and frame.alone and source and all(
                    a.sector in _ALONE_SECTORS or (a.sector is None and (state(a.code) or a.code.startswith("IGO:")))
                    for a in source):
                # a reciprocal act with no partner that a state or an army does alone ("Russia held
                # military exercises in Crimea": a show of force, not military cooperation)
                frame = dataclasses.replace(frame, cameo=frame.alone, reciprocal=False, optional=True, alone="")
            if not frame.reciprocal and not unnamed and not mutual:
                # two persons named apart are two, whatever their party ("Sims was shot by Simpson")
                target = [a for a in target if not any(_same_party(a, b) and not _other_person(a, b, frame, clause)
                                                       and not (a in named and a.text != b.text)
                                                       and not _rival_groups(a, b, frame.cameo) and not self._levels(a, b)
                                                       and not self._offices(a, b)
                                                       # (two private persons named apart are two: "a man
                                                       # stabbed a woman")
                                                       and not (b in doers and a.sector == "CVL" and a.start != b.start)
                                                       for b in source)]
            if not target and not (workplace and frame.cameo.startswith(WORKPLACE_CODES)) and (
                    frame.cameo.startswith(DOMESTIC_CODES) or (
                    frame.cameo.startswith(DEMAND_CODES) and _nongovernmental(source))):
                if any(a.code == "UNK" for a in source):
                    source, _ = self._localise(source, [], home)
                if frame.cameo.startswith(PROTEST_CODES) and (
                        frame.cameo not in PROTEST_CODES and all(a.sector == "GOV" for a in source)
                        or self._state_by_name(clause, source, frame)
                        or all(a.sector == "GOV" for a in source) and self._body_of_state(clause)):
                    # a rally, strike or blockade of a government's people with no one named is
                    # aimed at no one ("sagte Trump bei einer Kundgebung"), not at that government;
                    # a protest of no kind named may be an official's against it ("resigned in
                    # protest"), but not a state's ("die USA leisteten Widerstand")
                    continue
                target = (frame.cameo.startswith(PROTEST_CODES) and _employer(source)) or _own_government(source)
            # a target the text does not name but its place tells (below) is no state the act is
            # aimed at by name: "Bei Angriffen der Armee wurden in Mali ..." is Mali's army
            named_target = bool(target)
            if not target and frame.cameo.startswith(VIOLENCE_CODES + CYBER_CODES):
                target = self._earlier_target(clause, frame, clauses)
            if not target and frame.cameo.startswith(VIOLENCE_CODES) and clause.predicate.kind == "verb" \
                    and clause.predicate.lemma in self.words.claiming_verbs:
                target = self._claimed_target(source)
            if not target and frame.cameo.startswith(FORCE_CODES) and not frame.cameo.startswith(MOBILIZE_CODES) \
                    and not unnamed and not self._allied(clause) \
                    and not (source and all(a.sector in UNARMED_SECTORS for a in source)) \
                    and not (frame.cameo.startswith(THREATENING_CODES) and self._peril(clause, i, clauses)):
                # (a warning of a peril threatens no one there: "warnte vor einer Hungersnot im Jemen")
                target = self._attacked_towns(frame, clause, sentence, home, source) or \
                    self._threatened_towns(frame, clause, i, clauses, sentence, home, source) or \
                    (_place_country(self._places, source) if not self._subject_of_parent(clause, clauses) else []) or (
                    self._enemy(source, home) if clause.predicate.kind == "verb" and not self._at_vessel(clause) else [])
                if self._reacted_to(clause, clauses):
                    # the act a verb reacts to is placed by its own phrases only ("condemned the
                    # offensive in northern Syria"), not by the reaction's ("held a rally in Vienna
                    # against the Turkish offensive")
                    target = [a for a in target if any(p.start <= a.start < p.end for p in clause.arguments)]
            elif not target and unnamed and frame.cameo.startswith(FORCE_CODES):
                # force by no one named aimed at a town ("Two rockets were fired from Gaza at Sderot")
                target = self._attacked_towns(frame, clause, sentence, home, source, aimed_only=True)
            if not target and frame.cameo == WITHDRAWAL_CODE and clause.predicate.kind == "verb":
                # troops withdrawn from a town leave its state ("Russian troops withdrew from
                # Kherson", "zog seine Truppen aus Cherson ab"), as forces attack its people; a town of
                # their own state is no one else's ("Ukrainian troops withdrew from Avdiivka")
                target = [dataclasses.replace(a, sector=None) for a in
                          self._attacked_towns(frame, clause, sentence, home, source)
                          if a.code not in {b.code for b in source}]
            if not target and (frame.cameo.startswith(AID_CODES) and self._aid_to_home(frame, clause, source, home)
                               or frame.cameo.startswith(APPEAL_CODES + DEMAND_CODES)
                               and self._release_of_home(clause, source, home)):
                target = _home_target(home, clause)
            if not target and frame.cameo.startswith(REACTION_CODES):
                target = self._polled(frame, clause, source, home) or _ruled_on(
                    frame, clause, source, self.words.government_acts) or self._poll_refused(
                    frame, clause, i, clauses, source, home)
            absorbed.update(self._demanded(frame, clause, i, clauses))
            refused_nouns = _refused_in_dative(i, clauses) \
                if clause.predicate.kind == "verb" and frame.cameo.startswith(REJECT_CODES) else []
            absorbed.update(refused_nouns)
            if refused_nouns == [] and frame.when_object and clause.predicate.kind == "verb" \
                    and frame.cameo.startswith(REJECT_CODES):
                # (the cooperative act a withheld signature or consent is for, in a phrase of the
                # verb: "verweigerte die Unterschrift unter das Abkommen mit dem Kosovo", none signed)
                absorbed.update(k for k in _refused_in_phrase(i, clauses)
                                if (inner := self._frame(clauses[k])) is not None and inner.cameo[:2] in COOPERATIVE_ROOTS)
            if not target and not frame.optional:
                continue
            if not target and frame.cameo.startswith(UNAIMED_CODES) and all(a.code == "UNK" for a in source):
                continue          # "weil sich Pharmafirmen weigern, ... zu liefern": no one of a state, no one refused;
                                  # "Die Regierung setzte das Abkommen aus": no one's relations cut with no one
            if not _known(target) and frame.cameo.startswith(APPEAL_CODES) and self._to_the_public(i, clauses, sentence):
                continue          # "police appealed for witnesses": an inquiry's call, no one's demand of anyone
            # (a hostile act agreed or promised is coded itself: see _promise_kept_in_act)
            # (nor is one not ruled out, a threat of its own: "refused to rule out military action")
            absorbed.update(k for k in used if not (frame.cameo == GENERIC_PROMISE and clauses[k].predicate.kind == "verb"
                                                    and self._hostile(clauses[k]))
                            and not ((inner := self._frame(clauses[k])) is not None and inner.when_negated))
            if clause.predicate.kind == "verb" and frame.cameo.startswith(ACCUSATION_CODES):
                absorbed.update(self._allegations(i, clauses))
            if clause.predicate.kind == "verb" and frame.cameo.startswith(ARREST_CODES):
                absorbed.update(_charges_of_detainees(i, clauses))
            modality = self._modality(clause, clauses, frame, source)
            code = _intent_code(frame.cameo) if self._announced(modality, clause, clauses, frame) else frame.cameo
            kind = self._content_kind(code, clause, i, clauses)
            if not _known(target) and kind != code and clause.predicate.kind == "verb":
                partners = self._content_partners(clause, i, clauses, source)
                if partners:
                    target = partners
                    k = self._content_noun(clause, i, clauses)
                    if not self._frame(clauses[k]).cameo.startswith(ACCORD_ACT_CODES):
                        # the noun's act is what was agreed, not one done ("Waffenruhe mit der
                        # Hamas"); an accord agreed to is one made ("dem Abkommen mit Russland")
                        absorbed.add(k)
            code = kind
            # a refusal of no kind is of the kind of what it refuses ("erteilte Verhandlungen mit
            # Griechenland eine Absage": talks refused, 125, as "lehnte Verhandlungen ab")
            inner = self._frame(clauses[refused_nouns[0]]) if refused_nouns and code == REJECT_CODES[0] else None
            if inner is None and code == REJECT_CODES[0] and clause.predicate.kind == "verb":
                # refusing to do what is no cooperation is no rejection of whom it concerns
                # ("refused to condemn the coup in Niger": no condemnation, and no rejection either)
                done = next((f for c in clauses if c.parent == i and c.refused
                             and (f := self._frame(c)) is not None), None)
                if done is not None and not (REFUSALS.get(done.cameo[:3]) or REFUSALS.get(done.cameo[:2])):
                    continue
            if inner is not None:
                code = REFUSALS.get(inner.cameo[:3]) or REFUSALS.get(inner.cameo[:2]) or code
            if not target and code != frame.cameo and code.startswith(AID_CODES) \
                    and self._aid_to_home(dataclasses.replace(frame, cameo=code), clause, source, home):
                # a promise of no kind named that is one of aid ("pledged 5 million dollars in
                # humanitarian assistance") goes where aid of no recipient named goes
                target = _home_target(home, clause)
            if planned and modality not in ("intent", "negated"):
                # "is preparing a summit with China", "the meeting with Rosenstein may be delayed":
                # planned, not held (where the front-end marks the plan as its subject's intent, the
                # event is that intent, as announced above: "bereitet einen Gipfel mit China vor", 036)
                modality = "intent"
            if threat is not None:
                code, modality = threat, "intent"
            asked = code              # the act itself, before a negation makes it a refusal
            refused, modality = _refusal(code, modality, self._prospective(clause), clause.predicate.ceased)
            tense = None
            if refused != code:
                tense = "past"                    # made as it is said, by the time it is reported
                stopped = clause.predicate.ceased and clause.predicate.kind == "noun"   # "Egypt's suspension of aid"
                # (not whom the speaker names: "die Forderungen der USA seien nicht annehmbar,
                # erklärte der Iran" is the speaker's refusal)
                if frame.source[:1] != ("subject",) and "speaker" not in frame.source and target and not stopped:
                    source, target = target, source   # "would not accept aid from France": Iran refuses
                if frame.intent and frame.optional and not (frame.when_object or frame.when_prep) and not _known(target):
                    continue          # "versprach keine Wunder": a promise of anything not made refuses no one
            code = refused
            if code == GENERIC_PROMISE and frame.intent and not target and clause.predicate.kind == "verb":
                continue          # a promise made to no one ("versprach mehr Transparenz", "vowed to
                                  # improve the schools") is no interaction
            if clause.refused and not frame.when_negated:
                # (what refusing the act itself is: "declined to lift the sanctions" declines to
                # yield, 124, though the negated concession alone reads as a rejection, 12)
                code, modality = REFUSALS.get(asked[:3]) or REFUSALS.get(asked[:2]), "asserted"
                if code is None:
                    continue          # "refused to condemn": no condemnation, and no rejection either
            if code == frame.cameo == REJECT_CODES[0] and modality != "negated" and self._opposed_party(clause, frame):
                code = OPPOSITION_CODE    # "opposed the government in Warsaw": disapproval of a party, no proposal refused
            if code.startswith(PROTEST_CODES):
                source = self._protesting_peoples(sentence, source)
            code = _official_protest(code, source)
            code, source, target = self._crowd_clash(code, source, target, sentence)
            code = _armed_clash(code, source, target)
            code = _verbal_attack(code, source, target)
            if code.startswith(THREAT_FAMILY) and self._travel_advice(clause):
                continue          # "warned its citizens against travel to Iran": advice, no threat
            code = self._resignation_asked(code, clause, i, clauses)
            if (i in self._attacks.values() or self._doer_of_noun(frame, clause) or _known(source) and (
                    self._died_in_aimed_attack(frame, clause, i, clauses)
                    or self._died_in_attack(frame, clause) and all(a.sector == "CVL" for a in target))) \
                    and len(_known(target)) < len(target) and not (
                    _insurgents(source) and all(a.sector in SECURITY_SECTORS for a in target)):
                # victims of unknown country are not the attacker's ("bei Angriffen von US-Drohnen ...
                # Al-Kaida-Führer getötet, wie aus dem Pentagon verlautete", "Fünf Zivilisten starben bei
                # russischen Luftangriffen auf Idlib", "Five civilians died in Russian airstrikes"): the
                # attack is coded on its own. Rebels' victims of a state's forces take a country as those of
                # a named agent do ("Bei einem Anschlag der PKK wurden drei Soldaten getötet", as "von der
                # PKK getötet"): the scene's, else theirs
                scene = self._scene_of_harm(frame, clause, i, clauses)
                if scene is None:
                    self._attacks = {k: v for k, v in self._attacks.items() if v != i}
                    continue
                # the sentence places the harm in one state: its victims of unknown country are that
                # state's ("In Idlib wurden vier Zivilisten bei einem Angriff der russischen Armee
                # getötet", "In Kashmir, three people died in an attack by the Indian army"), as those
                # of a named agent are ("von der russischen Armee in Idlib getötet")
                target = [dataclasses.replace(a, code=scene) if a.code == "UNK" and not a.abroad else a
                          for a in target]
                # and the act is the one its noun names, which says more than the verb of harm
                # ("bei israelischen Luftangriffen getötet" is an air strike, 195, not a killing, 18)
                code = self._act_of_noun(i, clauses) or code
            key = (cameo_code(code).plover, frozenset(a.code for a in source), frozenset(a.code for a in target))
            general = self._refined(out, owner, key, code, clause)
            if key in seen and general is None:
                continue
            seen.add(key)
            # the nouns a coded verb is about are not coded again; an act by no one named leaves
            # its nouns to be coded on their own, unless they are what its subject suffered and
            # the act is kept ("starben bei Kämpfen": the fighting's sides did it, see below)
            kept = not unnamed or (frame.suffered and not self._violence_named([], clauses))
            if kept and (frame.when_prep or frame.when_object):
                # not a phrase that tells an event before or around it as a fact ("After talks
                # with Spain, Portugal closed the border": the talks are news of their own), unless
                # the frame reads its parties there ("kamen bei einem Anschlag ums Leben")
                read = {r.removeprefix("prep:") for r in frame.target + frame.source if r.startswith("prep:")}
                consumed.extend((a.start, a.end) for a in clause.arguments if a.role == "object" or (
                    a.role == "prep" and not self._settled_aside(a, frame, read)))
            elif not unnamed and clause.predicate.kind == "verb":
                # "wies die Forderung Nordkoreas zurück": the object noun is what the verb is about
                consumed.extend((a.start, a.end) for a in clause.args("object"))
            if unnamed:
                # the victims take their country as any unknown actor does; the perpetrator stays unknown
                _, target = self._localise([], target, home)
                if not _known(target):
                    continue
                source = source if _known(source) else \
                    self._harm_told(target) or _other_side(target, self._armed) or source
            else:
                enlisted = any(self._army_of(a) for a in source + target)
                if code.startswith(PARTY_CODES) and not code.startswith(DOMESTIC_CODES) and not mutual:
                    parties = self._localise_apart(source, target, home, code)
                    if parties is None:
                        continue
                    source, target = parties
                else:
                    struck = self._struck(clause, clauses, sentence, home) if code.startswith(HARM_CODES) else None
                    if code.startswith(HARM_CODES) and struck is None:
                        struck = _speakers_state(clause, source)
                    target = [dataclasses.replace(a, code=struck) if struck and a.code == "UNK" and not a.abroad
                              else a for a in target]
                    attack, deport = code.startswith(ATTACK_CODES) and named_target, code.startswith(DEPORT_CODES)
                    # (a show of force aimed at a state named, "Two fighter jets entered Lithuanian
                    # airspace", is by another state's forces: unnamed ones take not the target's country)
                    shown = code.startswith(SHOW_OF_FORCE_CODES) and named_target
                    source, target = self._localise(source, target, home, between=(attack or shown, attack or deport),
                                                    anyone=deport, wide=deport,
                                                    own=code.startswith(ARREST_CODES + (REPRESSION_CODE,)) or (
                                                        code.startswith(AUTHORITY_CODES) and bool(source)
                                                        and all(a.sector in COURT_SECTORS for a in source)))
                    if mutual and _known(source) and len(_known(source)) < len(source):
                        continue      # a partner in a joint act whose country nothing tells: whom with, unknown
                if enlisted and target and not mutual and all(any(_same_party(a, b) for b in source) for a in target):
                    continue      # unnamed soldiers given the country of those they fought (not the
                                  # partners of a joint act: "The army and the RSF agreed to a ceasefire")
            if code == WITHDRAWAL_CODE and target and all(a.code.startswith("IGO:") for a in target):
                code = LEAVING_CODE
            if _private_dealings(code, source, target) and not self._bargaining(code, source, target) or \
                    _own_protection(frame.cameo, source, target) or \
                    self._family_matter(code, target, sentence) or self._fixture(code, source + target, sentence) or \
                    self._ballot(code, source + target, sentence) or \
                    self._fiction(clause, clauses) or self._private_suit(code, source, target) or \
                    self._market(clause):
                continue
            if code == EXPULSION_CODE and frame.cameo.startswith(DEMAND_CODES) and _fellows(source, target):
                code = frame.cameo        # "urged its citizens to leave the country": no one expelled
            if general is not None:
                out.remove(general)       # "retaliated by imposing tariffs": the tariffs, not a retaliation
            accuser = self._told_violation(code, clause, source, target)
            if accuser:
                source, target, code = accuser, source, ACCUSE_CODE
                modality = "asserted" if modality == "reported" else modality
            out.append(self._event(doc, sentence, clause, clauses, code, modality,
                                   _as_government(source), _as_government(target), tense=tense))
            owner[id(out[-1])] = i
            if unnamed:
                unnamed_events.append(out[-1])
            turned = self._also(frame, clause, code, modality, source, seen)
            if turned is not None:
                # a party of no named country takes the article's, as the first act's target does
                # ("fought alongside the army against the rebels")
                also_target = turned[1] if _known(turned[1]) else self._localise(source, turned[1], home)[1]
                if _known(also_target) and not all(any(_same_party(a, b) for b in source) for a in also_target):
                    out.append(self._event(doc, sentence, clause, clauses, turned[0], modality,
                                           _as_government(source), _as_government(also_target), tense=tense))
                    owner[id(out[-1])] = i
        if unnamed_events and self._violence_named([e for e in out if e not in unnamed_events], clauses):
            # "bei Angriffen von US-Drohnen ... getötet", "als die Polizei ... vorging": the
            # sentence names who did it, so the unattributed reading is not the event
            out = [e for e in out if e not in unnamed_events]
        # an act said not to be done by no one known tells nothing ("travels only to countries that
        # will not arrest him")
        out = [e for e in out if e.modality != "negated" or _known(e.source)]
        return _distinct(_promise_kept_in_act(
            out, owner, clauses, lambda k: bool(getattr(self._frame(clauses[k]), "intent", False)),
            lambda k: self._hostile(clauses[k]),
            lambda k: getattr(self._frame(clauses[k]), "cameo", None) == GENERIC_PROMISE), owner, clauses)

    def _also(self, frame: Frame, clause: Clause, code: str, modality: str, source: list[Actor],
              seen: set[tuple]) -> tuple[str, list[Actor]] | None:
        """The second act a frame's words do (``Frame.also``), its code and target, when its roles
        name a party other than the source and no event of its kind was coded for the pair:
        "switched recognition from Taiwan to Beijing" also cuts ties with Taiwan (161; announced,
        the threat to: 1313). Not when the act was refused or negated."""
        if not frame.also or code != frame.cameo and modality != "intent" or modality == "negated":
            return None
        for role in frame.also_target:
            # a party of no named country but of a sector ("against the rebels") is the article's,
            # as a target of the frame's own act would be; a bare noun of no sector is no one's
            named = _actors(clause, role)
            turned = [a for a in (_known(named) or [a for a in named if a.sector])
                      if not any(_same_party(a, b) for b in source)]
            if turned:
                also = _intent_code(frame.also) if code != frame.cameo else frame.also
                key = (cameo_code(also).plover, frozenset(a.code for a in source), frozenset(a.code for a in turned))
                if key in seen:
                    return None
                seen.add(key)
                return also, turned
        return None

    def _hostile(self, clause: Clause) -> bool:
        """Whether a clause is an act of CAMEO's conflict roots: the frame that fits it is one, or
        no frame fits a verb whose every frame is one ("vowed to mobilise the people's army": a
        party's campaign, which no frame of mobilising fits, is no promise to cooperate either)."""
        frame = self._frame(clause)
        if frame is not None:
            return frame.cameo[:2] in CONFLICT_ROOTS
        # not a relative clause, which describes someone and is not what is promised; and a verb
        # hostile by itself, with a frame that asks nothing of its object or phrases: a copula or
        # light verb is hostile only with its noun ("sei eine Bedrohung", "Vorwürfe machen")
        kinds = self.frames.verbs(clause.predicate.lemma) if clause.predicate.kind == "verb" and not clause.relative else []
        return bool(kinds) and all(f.cameo[:2] in CONFLICT_ROOTS for f in kinds) and any(
            not f.when_object and not f.when_prep for f in kinds)

    def _failed(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun heads the subject of a verb of failing or breaking off (pack words
        ``failing_verbs``: "talks between Israel and Hamas collapsed", "die Gespräche zwischen
        Russland und der Ukraine sind gescheitert", "die Verhandlungen gerieten ins Stocken"), in
        the passive the subject the front-end gives the object role ("talks between Israel and
        Hamas were suspended", "die Gespräche wurden abgebrochen"); not the object of an active
        verb, whose subject names who broke them off ("Israel suspended talks with Hamas")."""
        if clause.predicate.kind != "noun" or clause.parent is None or not clause.predicate.tokens:
            return False
        verb = clauses[clause.parent]
        if verb.predicate.kind != "verb" or (verb.predicate.voice == "passive" and verb.args("agent")):
            return False
        lemma = verb.predicate.lemma.lower()
        if lemma not in self.words.failing_verbs and not any(
                f"{lemma} {(p.prep or '').lower()} {_folded(t.lemma)}" in self.words.failing_verbs
                for p in verb.args("prep") for t in p.tokens[-1:]):
            return False
        role = _heads_role(clause.predicate.tokens[0].start, verb)
        return role == ("object" if verb.predicate.voice == "passive" else "subject")

    def _occurrence(self, clause: Clause) -> bool:
        """Whether a verb says no more than that its event noun happened ("kam zu", "took place")."""
        lemma = clause.predicate.lemma.lower()
        if lemma in self.words.occurrence_verbs:
            return True
        heads = {p.tokens[-1].text.lower() for p in clause.args("object") if p.tokens}
        return any(f"{lemma} {head}" in self.words.occurrence_verbs for head in heads)

    def _occurring(self, noun: Clause, clauses: list[Clause], *, pronouns_act: bool = True) -> Phrase | None:
        """The phrase of a verb of occurring that holds an event noun as its head, when the verb
        names no actor of its own ("es kam zu Gefechten", "talks took place", "there were
        protests"; not "Merkel kam zu Gesprächen", not "rumours of an attack"). What it reads of
        a verb is kept for the sentence (a line of thousands of nouns under one verb would read its
        phrases again for each). With ``pronouns_act`` false a lone pronoun that fills the subject's
        place ("wenn es eine Vereinbarung gebe") is no actor of the verb, whatever it was resolved to."""
        if noun.predicate.kind != "noun" or noun.parent is None or not noun.predicate.tokens:
            return None
        verb = clauses[noun.parent]
        verbs = self._occurrences
        if noun.parent not in verbs:
            occurs = verb.predicate.kind == "verb" and self._occurrence(verb)
            phrases_ = sorted((p for p in verb.arguments if p.tokens), key=lambda p: p.start) if occurs else []
            acting = [p for p in verb.args("subject", "agent", "object", "dative") if p.actors] if occurs else []
            verbs[noun.parent] = (occurs, phrases_, [p.start for p in phrases_], acting)
        occurs, phrases_, starts, acting = verbs[noun.parent]
        if not occurs:
            return None
        trigger = noun.predicate.tokens[0].start
        k = bisect_right(starts, trigger)
        holding = [p for p in phrases_[max(0, k - 2):k] if p.start <= trigger < p.end]
        if len(holding) != 1 or not (holding[0].role in ("subject", "object", "predicative") or (
                holding[0].role == "prep" and holding[0].prep in self.words.occurrence_prepositions)):
            return None
        phrase = holding[0]
        before = [t for t in phrase.tokens if t.start < trigger]
        nouns = [k for k, t in enumerate(before) if t.pos in self.tags.common_noun]
        if nouns and any(t.pos not in self.tags.common_noun for t in before[nouns[0]:]):
            return None           # not the head of its phrase ("rumours of an attack", "zu einem
                                  # Angriff der Armee": not "Armee"); a noun before it in a compound may be
        if any(p is not phrase and (pronouns_act or not (p.pronoun and p.role == "subject")) for p in acting):
            return None           # someone acts ("Merkel kam zu Gesprächen mit ..."): no bare occurrence
        return phrase

    def _lend_parties(self, clauses: list[Clause]) -> None:
        """An event noun carried by a verb that only says it happened takes the parties that verb's
        phrases name ("zwischen Indien und Pakistan kam es zu Gefechten", "talks took place between
        Russia and Ukraine"): the noun heads the phrase holding it, the verb names no actor of its
        own, and the noun has no phrase of that preposition yet."""
        for noun in clauses:
            phrase = self._occurring(noun, clauses)
            if phrase is None:
                continue
            verb = clauses[noun.parent]
            own = {p.prep for p in noun.args("prep")}
            for p in verb.args("prep"):
                if p is phrase or not p.actors or p.prep in own or p.prep not in self.words.party_prepositions:
                    continue
                noun.arguments.append(p)

    def _presence(self, clause: Clause, frame: Frame) -> bool:
        """Forces told where they are, not moved there: a verb of stationing (``presence_verbs``)
        in the state passive ("In Deutschland sind 35.000 US-Soldaten stationiert", "some 35,000
        US soldiers are stationed in Germany") or in the perfect ("Die USA haben 2000 Soldaten in
        Syrien stationiert", "has stationed 2,000 troops in Syria"), with no word of more with the
        forces ("haben weitere Raketen stationiert" moved some) and nothing announced."""
        pred = clause.predicate
        if pred.kind != "verb" or not frame.cameo.startswith(MOBILIZE_CODES) or pred.lemma not in self.words.presence_verbs \
                or clause.intent or pred.modal or pred.tense == "future" or not pred.tokens:
            return False
        if any(t.text.lower() in self.words.reinforcement_words for p in clause.args("object", "subject") for t in p.tokens):
            return False
        auxiliaries = {t.lemma.lower() for t in pred.tokens}       # "stationiert hat" in a relative clause too
        state = pred.stative or (pred.voice == "passive" and pred.tense == "present" and auxiliaries & self.words.state_auxiliaries)
        return bool(state or (pred.voice == "active" and auxiliaries & self.words.perfect_auxiliaries))

    def _state_passive(self, clause: Clause) -> None:
        """"Die Partei ist in der Türkei verboten", "die Ministerin sei gefordert": a participle
        with "sein" of a verb whose frame acts on an object tells a state that someone brought
        about, a passive: its subject is the target, a "von" or "durch" phrase the agent. (A verb
        with "sein" in the perfect takes no object: "ist nach Paris gereist" stays active.)"""
        frame = self.frames.find(clause)
        if frame is None or "object" not in frame.target or clause.args("object"):
            return
        clause.predicate.voice = "passive"
        for phrase in clause.arguments:
            if phrase.role == "subject":
                phrase.role = "object"
            elif phrase.role == "prep" and phrase.prep in self.words.agent_prepositions:
                phrase.role = "agent"

    def _object_first(self, clause: Clause) -> None:
        """"Kritik an Karner übte auch die SPÖ": an object before the verb read as its subject,
        where both are of one form in either case. When the subject before the verb names no one,
        the object after it does, the clause fits no frame as read and fits one with the
        subject's noun as its object condition once the two are swapped ("üben" of "Kritik"),
        the two are swapped."""
        subjects, objects = clause.args("subject"), clause.args("object")
        if clause.predicate.kind != "verb" or clause.predicate.voice == "passive" or len(subjects) != 1 \
                or len(objects) != 1 or subjects[0].actors or not objects[0].actors or not clause.predicate.tokens \
                or not subjects[0].end <= clause.predicate.tokens[0].start < objects[0].start \
                or self.frames.find(clause) is not None:
            return
        subjects[0].role, objects[0].role = "object", "subject"
        frame = self.frames.find(clause)
        if frame is None or not frame.when_object:
            subjects[0].role, objects[0].role = "subject", "object"

    def _deontic(self, clause: Clause, clauses: list[Clause],
                 home: str | None = None) -> tuple[list[Actor], list[Actor]] | None:
        """"Russia said that Sudan must return the helicopter", "Chirac erinnerte den Irak daran,
        dass er mit der UN zusammenarbeiten müsse": an obligation that a speaker, or the subject
        of the governing verb, lays on someone else is their demand (source: the one who says
        it, target: the one who must act), whatever the content verb. An adviser's obligation
        (``ADVISER_SECTORS``) is returned with no source: advice, no act."""
        pred = clause.predicate
        ordered = pred.mood == "imperative" and pred.modal is None     # "Mr Netanyahu, end the siege"
        forbidden = self._prohibition(pred)                             # "must not attack"
        needed = self._necessary(clause, clauses)                       # "es sei notwendig, dass ..."
        if pred.kind == "noun" or (pred.negated and not forbidden and not needed) or pred.perfect or \
                pred.tense == "future" or (
                (pred.modal or "").lower() not in self.words.deontic_modals and not ordered and not forbidden
                and not needed):
            return None         # an obligation about a past act is hearsay or reproach: "soll getötet haben";
                                # one to come a forecast: "Russland werde einen hohen Preis zahlen müssen"
        if clause.speaker is not None and clause.speaker.role == "speaker" \
                and (pred.modal or "").lower() in self.words.hearsay_modals:
            return None         # "sollen nach Angaben lokaler Medien ... getötet haben": hearsay; not
                                # "Laut China müssen die USA ... einstellen", "..., so der Sprecher"
        expeller = [] if clause.parent is None or clause.relative else self._expeller_of(
            clauses[clause.parent], next(k for k, c in enumerate(clauses) if c is clause), clauses)
        if expeller:
            sayer = expeller    # "were ordered to leave Germany": Germany's demand (``_expeller``), not a speaker's
        elif clause.reported and clause.speaker is not None:
            sayer = clause.speaker.actors
        elif clause.parent is not None and not clause.relative and clauses[clause.parent].predicate.kind == "verb":
            # a relative clause is no one's saying; a passive verb's is its agent's ("Poland was
            # ordered by the ECJ to suspend the chamber", as "The ECJ ordered Poland to ...")
            governing = clauses[clause.parent]
            sayer = _actors(governing, "agent" if governing.predicate.voice == "passive" else "subject")
        else:
            return None
        speaker = [a for a in sayer if a.code != "UNK"]
        subject = _actors(clause, "object" if pred.voice == "passive" else "subject")
        # (and people told so by the governing verb: "the governor told residents to stay indoors"
        # are his state's, as the object of "called on residents to ..." is)
        obliged = OBLIGED_BODY_SECTORS + (ADDRESSED_PEOPLE_SECTORS if self._addressee(clause, clauses) else ())
        if speaker and pred.voice != "passive" and any(
                a.code == "UNK" and a.sector in obliged and not a.name and not a.abroad for a in subject):
            # a body or office named by its noun alone ("Corbyn said the government must resign"):
            # the country the article or the speaker gives it, as for a verb's target
            _, subject = self._localise(speaker, subject, home)
        subject = [a for a in subject if a.code != "UNK"]
        if not speaker or not subject or _same(subject, speaker):
            return None
        if self._own_forces_ordered(clause, clauses, speaker, subject):
            return None         # "Trump ordered US forces to strike Iranian targets": the strike, no demand
        if all(a.sector in ADVISER_SECTORS for a in speaker):
            return [], subject      # advice: no demand, and what it advises is no act
        return speaker, subject

    def _addressee(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a dependent clause's subject is the object of the verb that governs it ("told
        residents to stay indoors": the residents are told, and must)."""
        if clause.parent is None or clause.relative or clauses[clause.parent].predicate.kind != "verb":
            return False
        told = {(a.start, a.end) for a in _actors(clauses[clause.parent], "object")}
        return bool(told & {(a.start, a.end) for a in _actors(clause, "subject")})

    def _admonished(self, index: int, clauses: list[Clause]) -> bool:
        """Whether a verb clause's object is told what it must do by a dependent clause of its own
        whose subject it is ("warned residents to stay indoors", "warned Iran to stop its missile
        tests": the front-end gives the infinitive the modal of an obligation, see the pack's
        directive_verbs; or a quotation opened by a bare verb: "“Stop the war,” he warned Putin"):
        an admonition, which ``_deontic`` codes as the demand it is, no threat."""
        clause = clauses[index]
        objects = {(a.start, a.end) for a in _actors(clause, "object")}
        if clause.predicate.kind != "verb" or not objects:
            return False
        return any(c.parent == index and not c.relative and c.predicate.kind == "verb"
                   and ((c.predicate.modal or "").lower() in self.words.deontic_modals
                        or (c.predicate.mood == "imperative" and c.predicate.modal is None))
                   and c.predicate.voice != "passive"
                   and {(a.start, a.end) for a in _actors(c, "subject")} & objects
                   for c in clauses)

    def _aid_to_home(self, frame: Frame, clause: Clause, source: list[Actor], home: str | None) -> bool:
        """Whether aid of no recipient named goes to the country the article is about (``home``):
        a verb of a state, a government or an international body other than that country's, of a
        kind of aid its frame names (071 economic, 073 humanitarian: "sent rescue teams") or with
        one of the pack's aid_nouns in its arguments ("providing 100,000 dollars in emergency aid")."""
        if clause.predicate.kind != "verb" or not home or not state(home) or not source or any(
                a.code in ("UNK", home) or a.sector not in (None, "GOV") for a in source):
            return False
        if frame.cameo not in AID_CODES:
            return True
        nouns = self._aid_nouns
        return any(t.lemma.lower() in nouns or any(t.lemma.lower().endswith(n) for n in nouns if len(n) > 4)
                   for a in clause.arguments for t in a.tokens if t.lemma)

    def _release_of_home(self, clause: Clause, source: list[Actor], home: str | None) -> bool:
        """Whether an appeal or demand with no addressee asks for a release (the pack's
        release_nouns in its arguments: "demanded his immediate release", "called for the release
        of the protesters") made by someone of another country than the article's (``home``),
        which is whom it asks: the country that holds them."""
        if clause.predicate.kind != "verb" or not home or not state(home) or not source \
                or any(a.code in ("UNK", home) for a in source):
            return False
        nouns = self._release_nouns
        return any(t.lemma.lower() in nouns for a in clause.arguments for t in a.tokens if t.lemma)

    def _yield_refused_to(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                          source: list[Actor], target: list[Actor], out: list[Event]) -> list[Actor]:
        """Whom a refusal to yield answers when the act refused is done to the refuser's own people
        ("The United States urged Belarus to free the journalist. Belarus refused to release
        Protasevich"; "weigerte sich, Nawalny freizulassen"): not the prisoner, of its own state,
        but who made the last act aimed at the refuser (``_answered``), else at the prisoner by a
        party of another state; the act refused is one of yielding (08: a release, restrictions
        eased). Nothing when no one else asked or acted."""
        if not target or clause.predicate.kind != "verb" or not frame.cameo.startswith(REJECT_CODES):
            return []
        codes = {a.code for a in source if state(a.code)}
        if not codes or not all(t.code in codes and not any(_same_party(t, a) for a in source) for t in target):
            return []
        k = self._content(clause, index, clauses)
        refused = self._frame(clauses[k]) if k is not None else None
        if refused is None or not refused.cameo.startswith(OWN_MEASURE_CODES):
            return []
        # (or the last act aimed at the prisoner by a party of another state: "The EU called for
        # Navalny's release. Russia refused to free Navalny")
        return _answered(source, out, self._before) or _answered(
            target, [e for e in out if not {a.code for a in e.source} & codes],
            [e for e in self._before if not {a.code for a in e.source} & codes])

    def _poll_refused(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                      source: list[Actor], home: str | None) -> list[Actor]:
        """The state whose election or result a refusal names in the act refused ("The EU refused
        to recognise the result of the presidential election in Belarus", "Die EU weigerte sich,
        das Wahlergebnis anzuerkennen"): as the result rejected itself is (``_polled``), the one
        state the content clause's "in" phrases name, else the article's country."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(REJECT_CODES):
            return []
        k = self._content(clause, index, clauses)
        # (the act refused is the refuser's own: "weigerte sich, ... anzuerkennen", "lehnte es ab,
        # ... anzuerkennen"; not a claim denied, "rejected claims that the vote was rigged")
        doers = _actors(clauses[k], "subject") if k is not None else []
        if k is None or not (clauses[k].refused or doers and _same(doers, source)):
            return []
        return self._polled(frame, clauses[k], source, home)

    def _polled(self, frame: Frame, clause: Clause, source: list[Actor], home: str | None) -> list[Actor]:
        """The state whose election, vote or result a reaction names no one of (the pack's
        election_nouns in its object or in a phrase of a target preposition of its frame: "OSCE
        observers criticised the elections in Russia", "Die EU kritisierte die Wahl in Belarus",
        "The United States welcomed the vote"; and the fraud in one: "Die Opposition sprach von
        massivem Wahlbetrug"): the one state its "in" phrases name,
        else the country the article is about; not a state's own government reacting to its own
        vote ("The government welcomed the result of the referendum"), nor a government of no
        country named; the opposition, parties and people of no country named are the article's own."""
        if clause.predicate.kind != "verb" or not source or any(
                a.code == "UNK" and a.sector in (None, "GOV") for a in source):
            return []
        nouns = self.tags.common_noun
        held = clause.args("object") + [p for role in frame.target if role.startswith("prep:")
                                        for p in clause.args("prep", prep=role.removeprefix("prep:"))]
        # (a word of the phrase before its attribute, "the election result", "alleged vote-rigging";
        # of the attribute only its last noun: "the result of the election", not "the arrest of
        # election observers")
        def poll(phrase: Phrase) -> bool:
            last = [t for t in phrase.tokens if t.pos in nouns][-1:]
            return any(t.lemma.casefold() in self._election_nouns
                       for t in (phrase.tokens[:phrase.attribute] or phrase.tokens) + last)
        polls = [p for p in held if not p.actors and poll(p)]
        if not polls:
            return []
        placed = {a.code for p in clause.args("prep", prep="in") for a in p.actors if state(a.code)}
        country = next(iter(placed)) if len(placed) == 1 else home if not placed else None
        if country is None or not state(country) or any(
                a.code == country and a.sector in (None, "GOV") for a in source):
            return []
        # (its government, which holds it: the opposition's own state named bare is no one they address)
        return [dataclasses.replace(a, sector="GOV") for a in _home_target(country, clause)]

    def _own_forces_ordered(self, clause: Clause, clauses: list[Clause], speaker: list[Actor],
                            subject: list[Actor]) -> bool:
        """Whether a head of state or government orders forces or officials of its own state to act
        (Words.command_verbs: "ordered US forces to strike", "befahl der Armee, ... anzugreifen"):
        one commands one's own, and the act ordered is theirs, no demand made of another."""
        if clause.parent is None:
            return False
        governing = clauses[clause.parent]
        if governing.predicate.kind != "verb" or governing.predicate.lemma.lower() not in self.words.command_verbs:
            return False
        states = {a.code for a in speaker}
        return len(states) == 1 and all(a.code in states and a.sector in COMMANDED_SECTORS for a in subject)

    def _necessary(self, clause: Clause, clauses: list[Clause]) -> bool:
        """A clause that a predicate of necessity governs ("Es sei notwendig, dass Russland die
        Truppen abziehe", "it is essential that Russia withdraws its troops"; the pack's
        necessity_words, as the predicate or its predicative word): what is needed is an
        obligation, as under "must". Only the dass- or that-clause of the predicate, which the
        front-end marks as only possible (its doubt_adjectives hold these words too); not when the
        necessity is denied, nor in a relative clause or a condition."""
        if clause.parent is None or clause.relative or clause.conditional or not clause.possible \
                or clause.predicate.kind != "verb":
            return False
        governing = clauses[clause.parent].predicate
        if governing.negated:
            return False
        words = self.words.necessity_words
        return governing.lemma.lower() in words or any(o.lower() in words for o in governing.objects)

    def _prohibition(self, pred) -> bool:
        """A negated modal that forbids ("Syria must not use chemical weapons", "Die Türkei dürfe
        nicht in Syrien einmarschieren"): the form of the modal the clause has, or its lemma when
        the predicate holds no word of it, is one of the pack's prohibitive_modals. Not in the
        passive: "Iran must not be allowed to build a bomb" names no one who must not."""
        if not pred.negated or pred.modal is None or pred.kind != "verb" or pred.voice == "passive":
            return False
        modal = pred.modal.lower()
        forms = [t.text.lower() for t in pred.tokens if t.lemma.lower() == modal]
        return any(f in self.words.prohibitive_modals for f in forms or [modal])

    def _refusing(self, frame: Frame, clause: Clause) -> bool:
        """Whether a clause tells a cooperative act someone will not do: a refusal (see ``_refusal``)."""
        if clause.refused:
            return True
        if not clause.predicate.negated:
            return False
        code = frame.cameo
        return _refusal(code, "negated", self._prospective(clause))[0] != code

    def _condition_party(self, index: int, clauses: list[Clause], source: list[Actor],
                         clauses_only: bool = False) -> list[Actor]:
        """Whom a refusal is aimed at when the act names no one: the other party in the condition
        it is made on ("will never disarm if it cannot trust Washington": rejected toward
        Washington; "wary of agreeing without Pyongyang first disarming"); with ``clauses_only``
        only the subject of a conditional clause, the one whose act would set it off ("will
        retaliate if the United States attacks")."""
        if clauses_only:
            return [a for c in clauses if c.parent == index and c.conditional and c.predicate.kind == "verb"
                    for p in c.args("subject") for a in _known(p.actors) if not any(_same_party(a, b) for b in source)]
        phrases = [p for p in clauses[index].args("prep") if (p.prep or "").lower() in self.words.condition_prepositions]
        phrases += [p for c in clauses if c.parent == index and c.conditional for p in c.arguments]
        return [a for p in phrases for a in _known(p.actors) if not any(_same_party(a, b) for b in source)]

    def _hypothetical(self, clause: Clause, clauses: list[Clause]) -> bool:
        """An act told as only possible: a verb with a modal of possibility that is no wish, not
        in the indicative past ("Russland könnte angreifen", "might attack"; "konnte einnehmen" was done),
        or an event noun governed by a modal of possibility ("könnte zu Gesprächen kommen")."""
        pred = clause.predicate
        if pred.kind == "verb":
            if pred.perfect and pred.modal in self.words.counterfactual_modals:
                return True     # what would have happened did not: "millions would have been killed"
            if pred.mood == "subjunctive" and len(pred.tokens) > 1 and \
                    pred.tokens[0].text.lower() in self.words.counterfactual_auxiliaries:
                return True     # the same in German: "Millionen wären getötet worden"
            if pred.tense != "past" and not pred.perfect and \
                    pred.modal in self.words.deontic_modals - self.words.hearsay_modals:
                return True     # an obligation, not an act: "Die Türkei muss die Truppen abziehen"
            if pred.tense != "past" and not pred.perfect and pred.voice == "passive" and \
                    pred.modal in self.words.hearsay_modals:
                return True     # a plan, not hearsay: "Jihadisten sollen unter Hausarrest gestellt werden"
            return (pred.tense != "past" or pred.mood == "subjunctive" or pred.perfect) and \
                pred.modal in self.words.hypothetical_modals - self.words.volitional_modals
        if clause.parent is None:
            return False
        governing = clauses[clause.parent]
        parent = governing.predicate
        if parent.lemma in self.words.scheduling_verbs:
            return False
        if parent.modal in self.words.hypothetical_modals:
            # (not a known act the subject of an active verb names, what only might follow from it
            # is possible: "Russia's attack on Ukraine could change the balance of power" tells the
            # attack as done; "an attack could follow" and "the summit could take place" do not)
            return not self._told_cause(clause, governing)
        if parent.kind == "noun":
            # a noun of a noun told as only possible: "should be in charge of negotiations with the EU"
            return self._hypothetical(governing, clauses)
        # the object of an act that ought to be or would have been done: "should have imposed
        # sanctions on Iran" (a noun in another phrase of it may be a fact: "must wait for the
        # handling of their demand"), or a phrase of a copula, which says what ought to be
        # ("should be in charge of the talks", "must be part of the negotiations")
        if parent.kind != "verb" or not self._hypothetical(governing, clauses):
            return False      # (first: a verb may hold thousands of phrases, and most verbs are no such act)
        trigger = clause.predicate.tokens[0].start
        copula = parent.lemma.lower() in self.words.undergoer_verbs
        phrases = governing.args("object", "predicative", "prep") if copula else governing.args("object")
        return any(a.start <= trigger < a.end for a in phrases)

    def _told_cause(self, noun: Clause, governing: Clause) -> bool:
        """Whether an event noun is the head of the subject of an active verb, determined by an
        article of a definite description or by its owner ("Russia's attack on Ukraine could change
        ...", "die Sanktionen der EU könnten ... treffen"): an act the text takes as known, whatever
        the verb says might follow from it; not one the verb only says happens or begins ("take place", "could come", "could start")."""
        parent = governing.predicate
        if parent.kind != "verb" or parent.voice == "passive" or self._occurrence(governing) \
                or parent.lemma.lower() in self.words.onset_verbs | self.words.coming_verbs:
            return False
        trigger = noun.predicate.tokens[0]
        for phrase in governing.args("subject"):
            if not phrase.tokens or not phrase.start <= trigger.start < phrase.end:
                continue
            head = phrase.tokens[:phrase.attribute] or phrase.tokens
            if trigger not in head:
                return False      # a noun in an attribute of the subject's head
            return head[0].text.lower() in self.words.definite or bool(
                _known([a for p in noun.args("possessor", "genitive") for a in p.actors]))
        return False

    def _source(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        roles = frame.source
        if self._reaction_to_clause(frame, clause, "subject"):
            # "..., was die Afrikanische Union scharf kritisierte": the parse's subject is the
            # relative pronoun of the clause before, the critic the object it read
            critics = _known(_actors(clause, "object"))
            if critics:
                return critics
        if clause.predicate.kind == "verb" and clause.parent is not None and frame.cameo.startswith(REACTION_CODES) \
                and clauses[clause.parent].predicate.kind == "verb" \
                and any(self._repeats_act_object(p, clause, clauses[clause.parent]) for p in clause.args("subject")) \
                and not (self._document_author(clause, clauses) and self._saying_text(clause)):
            # (a text issued that says things says what its clause says: "verabschiedete eine
            # Resolution, die Israel verurteilt" is the resolution's condemnation, not Israel's;
            # "ein Gesetz, das die EU-Kommission kritisierte" is the Commission's criticism)
            # "verhängte Sanktionen, die Brüssel kritisierte": the parse's subject is a relative
            # pronoun of no case of its own (``open_relatives``) for a thing the clause before did,
            # which reacts to nothing; the critic is the actor it read as the object
            critics = _known(_actors(clause, "object"))
            if critics:
                return critics
        if clause.relative and clause.predicate.kind == "verb" and frame.cameo.startswith(REACTION_CODES) \
                and any(self._summing_relative(p, clause) for p in clause.args("subject")):
            # "wies zwei Diplomaten aus, eine Maßnahme, die Moskau scharf verurteilte": the parse's
            # subject is the noun that sums up the act before with its relative pronoun of no case
            # of its own, the critic the actor it read as the object
            critics = _known(_actors(clause, "object"))
            if critics:
                return critics
        if clause.predicate.kind == "noun" and "parent" in roles and frame.cameo.startswith(FORCE_CODES) \
                and all(p.pronoun and not p.actors for p in clause.args("possessor")) \
                and (helped := self._helped_party(clause, clauses)) is not None:
            # "unterstützten die Kurden im Kampf gegen den IS", "helped the Houthis in their
            # attacks on Saudi Arabia": the Kurds' fight, the Houthis' attacks
            return helped
        held = self._held_for(frame, clause, clauses)
        if held:
            return held       # "arrested a man after a knife attack on a shopkeeper": the man's attack
        if held is not None:
            roles = tuple(r for r in roles if r != "parent")   # "charged after an assault": not the police's
        elif clause.predicate.kind == "noun" and self._object_of_event_verb(clause, frame, clauses):
            roles = tuple(r for r in roles if r != "parent")   # "verurteilte den Angriff": not the attacker
        elif clause.predicate.kind == "noun" and frame.cameo.startswith(VIOLENCE_CODES) and self._fled_from(clause, clauses):
            roles = tuple(r for r in roles if r != "parent")   # "Tausende flohen vor den Kämpfen": not theirs
        elif clause.predicate.kind == "noun" and self._crowd_act_aside(clause, frame, clauses):
            roles = tuple(r for r in roles if r != "parent")   # "trat nach Massenprotesten zurück": no protest of his
        elif clause.predicate.kind == "noun" and self._reason_of_unknown_act(clause, clauses):
            roles = tuple(r for r in roles if r != "parent")   # "wird Russland wegen der Annexion der Krim schelten": not the critic's
        elif clause.predicate.kind == "noun" and self._aimed_by_noun(clause, clauses):
            roles = tuple(r for r in roles if r != "parent")   # "bei Protesten gegen Sonkos Verurteilung": not the verb's act
        elif clause.predicate.kind == "noun" and frame.cameo.startswith(PROTEST_CODES) and clause.parent is not None \
                and clauses[clause.parent].predicate.kind == "verb" and (guards := _actors(
                    clauses[clause.parent], "agent" if clauses[clause.parent].predicate.voice == "passive" else "subject")) \
                and all(a.sector in SECURITY_SECTORS for a in guards):
            # "Sicherheitskräfte töteten bei Protesten gegen die Regierung 40 Menschen": the protest
            # a verb of the security forces tells of is not theirs, but of those they faced; so
            # with the forces the passive's doer ("bei Protesten wurden Demonstranten von
            # Sicherheitskräften erschossen", art53b)
            roles = tuple(r for r in roles if r != "parent")
        if frame.cameo.startswith(VIOLENCE_CODES) and self._definite_weapon(clause):
            # "Iran fired missiles at two bases. The missiles struck Ain al-Asad": the attack told before
            earlier = self._earlier_attacker(clause, anaphor=True)
            if earlier:
                return earlier
        if clause.predicate.kind == "verb" and frame.suffered and frame.cameo.startswith(VIOLENCE_CODES) \
                and (foe := self._foe_of_the_dead(clause, index, clauses)):
            return foe
        if _passive_experiencer(frame, clause):
            pass        # "Beijing was angered by ...": whom the frame's object names, as in the active
        elif clause.predicate.kind == "verb" and clause.predicate.voice == "passive":
            if not clause.args("agent") and frame.cameo.startswith(VIOLENCE_CODES):
                return self._attacker(clause, index, clauses)
            if not clause.args("agent") and frame.cameo.startswith(HALTED_AID_CODES):
                # "U.S. military aid to Ukraine was halted", "Die US-Militärhilfe für die Ukraine
                # wurde ausgesetzt": aid is halted by its giver, whom the passive's subject names
                # or its noun's possessor (the one it goes to stands in a phrase of its own)
                objects = clause.args("object")
                givers = [a for p in objects for a in _known(p.actors)
                          if not any(q.start <= a.start < q.end for q in clause.args("prep"))] or [
                    a for c in clauses if c.parent == index and c.predicate.kind == "noun" and c.predicate.tokens
                    and any(p.start <= c.predicate.tokens[0].start < p.end for p in objects)
                    for a in _known(_actors(c, "possessor"))]
                if givers:
                    return givers
            # with no agent, the phrase a frame names its doer by ("two diplomats were expelled from
            # Russia"), when the passive's subject names whom ("The ambassador was summoned to Berlin":
            # whose ambassador is not told); only a known actor
            placed = () if clause.args("agent") or not _known(_actors(clause, "object")) else tuple(
                r for r in roles if r.startswith("prep:"))
            # (a frame whose doer is the one who says it keeps the speaker: "Iran was involved in the
            # attack, the US said")
            roles = ("agent",) + tuple(r for r in roles if r == "speaker")
            if not clause.args("agent") and "speaker" not in roles and frame.cameo in ACCEPTANCE_CODES \
                    and clause.predicate.negated and not clause.predicate.perfect and self._prospective(clause):
                # an acceptance the speaker says cannot or will not be given, with no doer named, is
                # his refusal: "Iran said the demands of the United States could not be accepted",
                # "would not be accepted", "Der Iran erklärte, die Forderungen der USA könnten nicht
                # erfüllt werden", "würden nicht akzeptiert"
                roles += ("speaker",)
            for role in placed:
                # or the same phrase read as an attribute of the passive's subject, where a German
                # diplomat's post stands ("Der chinesische Botschafter in Manila wurde einbestellt")
                actors = _known(_actors(clause, role)) or _known(
                    [a for p in clause.args("attribute") if f"prep:{p.prep}" == role for a in p.actors])
                if actors:
                    # two phrases of the role may name one state's same body ("wurde in Berlin
                    # ins Auswärtige Amt einbestellt"): it summoned once
                    # (a city for its state, "in Berlin ins deutsche Kanzleramt", is that body too)
                    return [a for i, a in enumerate(actors) if not any(
                        b.code == a.code and (b.sector == a.sector or None in (a.sector, b.sector)) for b in actors[:i])]
        for role in roles:
            if role == "parent" and "possessor" not in frame.target and self._owned_by_other(clause, frame):
                break           # "die Forderungen der Gläubiger": theirs, not the subject's
            if role == "parent":
                actors = self._parent_actors(clause, clauses)
            elif clause.predicate.kind == "noun" and role[5:] in self.words.origin_prepositions:
                # (also after the genitive that names whom the act is aimed at: "die Ausweisung
                # zweier Diplomaten aus Tschechien")
                actors = [a for p in _phrases(clause, role) if _next_to_noun(clause, p, frame.target) for a in p.actors]
            elif role == "subject" and clause.predicate.kind == "verb" and frame.cameo.startswith(CONSULT_CODES) \
                    and any(self._determined_noun(p) for p in _phrases(clause, role)):
                # who meets, visits or calls is the actor its subject names, not the owner of a
                # thing it names in an attribute ("Die Entscheidung Washingtons traf die Türkei unvorbereitet",
                # "Die Sanktionen der EU treffen vor allem Banken": no meeting)
                actors = self._named(clause, role, frame)
            elif role == "subject" and self._stateless_weapon(clause):
                actors = []         # "Drones attacked two oil facilities": no one named who attacked
            else:
                actors = _actors(clause, role) or (self._document_author(clause, clauses) if role == "subject" else [])
                if role == "subject":
                    actors = self._commanded(clause, clauses, actors)
            if not actors and role == "subject" and clause.predicate.kind == "verb" \
                    and frame.cameo.startswith(VIOLENCE_CODES):
                actors = self._attack_of_subject(clause, index, clauses)
            if actors and role == "subject":
                # "Polen forderte gemeinsam mit Litauen ...": the companions act with the subject
                codes = {(a.code, a.sector) for a in actors}
                actors += [a for a in _actors(clause, "companion") if a.code != "UNK" and (a.code, a.sector) not in codes]
            if actors:
                return actors
        commander = self._ordered_noun(clause, clauses)
        if commander:
            return commander
        return self._source_of_noun(frame, clause, index, clauses)

    def _ordered_noun(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """The one who orders an event noun of no doer of its own, the object of a verb of
        commanding (``Words.command_verbs``): "Moscow ordered the closure of the Norwegian
        consulate", "Moskau ordnete die Schließung des norwegischen Konsulats an" (its subject;
        in the passive its agent). What is condemned, regretted or answered stays no one's."""
        if clause.predicate.kind != "noun" or clause.parent is None or not clause.predicate.tokens:
            return []
        governing = clauses[clause.parent]
        if governing.predicate.kind != "verb" or governing.predicate.lemma.lower() not in self.words.command_verbs \
                or governing.predicate.negated:
            return []
        start = clause.predicate.tokens[0].start
        if not any(p.start <= start < p.end for p in governing.args("object")):
            return []
        return _known(_actors(governing, "agent" if governing.predicate.voice == "passive" else "subject"))

    def _peril(self, clause: Clause, index: int, clauses: list[Clause], dependent: bool = False) -> bool:
        """Whether a warning names a peril (the pack's ``perils``) it warns of, in a phrase of a
        preposition or in its dependent clause (``dependent``: only there): "Das
        Welternährungsprogramm warnte vor einer Hungersnot im Jemen", "The UN warned that Gaza faces
        famine". The place it names is in danger, not threatened by the one who warns; whom the
        warning is addressed to ("warnte Russland vor einer Katastrophe"), or whom its condition
        names ("warned of a catastrophe if NATO sent troops"), stays its target."""
        phrases = [] if dependent else clause.args("prep")
        phrases += [p for c in clauses if c.parent == index and c.predicate.kind == "verb"
                    for p in c.args("object", "prep", "predicative")]
        return any(t.lemma.lower() in self.words.perils or t.text.lower() in self.words.perils
                   for p in phrases for t in (p.tokens[:p.attribute] if p.attribute else p.tokens))

    def _forecast(self, clause: Clause, source: list[Actor]) -> bool:
        """Whether a verb of warning (the pack's ``warning_verbs``) is a firm's, a paper's, a
        school's or a hospital's (``ORGANISED_PRIVATE_SECTORS``): what it warns of is a forecast
        for its business ("Nvidia warned that US export curbs would hurt its sales in China"), and
        only whom it addresses ("warnte die Bundesregierung") may be its target."""
        return clause.predicate.kind == "verb" and clause.predicate.lemma.lower() in self.words.warning_verbs \
            and bool(source) and all(a.sector in ORGANISED_PRIVATE_SECTORS for a in source)

    def _definite_weapon(self, clause: Clause) -> bool:
        """Whether the subject of an active verb is a short definite phrase of a weapon that names
        no one ("The missiles struck the base", "the rockets hit"): the weapons of the attack the
        sentence before told."""
        subjects = clause.args("subject")
        if clause.predicate.kind != "verb" or clause.predicate.voice != "active" or len(subjects) != 1:
            return False
        phrase = subjects[0]
        head = phrase.tokens[:phrase.attribute] or phrase.tokens
        return not phrase.actors and not phrase.pronoun and 2 <= len(head) <= 3 \
            and head[0].text.lower() in self.words.definite and self._weapon(head)

    def _stateless_weapon(self, clause: Clause) -> bool:
        """Whether the subject of an active verb is a weapon of attack that names no state, whose
        only actor is the weapon itself ("Drones attacked two Saudi oil facilities", "Drohnen
        griffen den Flughafen an"; not "Russian drones", "Houthi drones")."""
        subjects = clause.args("subject")
        if clause.predicate.kind != "verb" or clause.predicate.voice != "active" or len(subjects) != 1:
            return False
        phrase = subjects[0]
        return bool(phrase.actors) and not phrase.pronoun and all(a.code == "UNK" for a in phrase.actors) \
            and self._weapon(phrase.tokens[:phrase.attribute] or phrase.tokens)

    def _document_author(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """The author of the text a verb's subject names, a text (the pack's ``issued_texts``)
        that the verb governing the clause issues or adopts (``issuing_verbs``) as its object: "The
        UN issued a statement condemning Israel", "Der Gouverneursrat der IAEA verabschiedete
        eine Resolution, die den Iran zur Zusammenarbeit auffordert"), or that the verb answers
        with (``answering_verbs``: "Mexico responded with a letter urging Trump to reconsider").
        Not a text another rejects or accepts ("Iran rejected a resolution condemning it")."""
        if clause.predicate.kind != "verb" or clause.parent is None or clause.predicate.voice != "active":
            return []
        subjects = clause.args("subject")
        if len(subjects) != 1 or subjects[0].actors:
            return []
        nouns = [t for t in subjects[0].tokens[:subjects[0].attribute] or subjects[0].tokens
                 if t.pos in self.tags.common_noun]
        if not nouns or nouns[-1].lemma.rsplit("-", 1)[-1] not in self.words.issued_texts:
            return []
        parent = clauses[clause.parent]
        if parent.predicate.kind != "verb":
            return []
        lemma = parent.predicate.lemma
        held = parent.args("object") if lemma in self.words.issuing_verbs else [
            p for p in parent.args("prep") if (p.prep or "").lower() in self.words.answering_prepositions
        ] if lemma in self.words.answering_verbs else []
        if not any(t.start == nouns[-1].start for p in held for t in p.tokens):
            return []
        return _known(_actors(parent, "subject"))

    def _saying_text(self, clause: Clause) -> bool:
        """Whether a clause's subject is a text that says things (the pack's ``saying_texts``: a
        statement, a resolution, a letter; not a law or a decree)."""
        return any(t.lemma.rsplit("-", 1)[-1] in self.words.saying_texts
                   for p in clause.args("subject") for t in (p.tokens[:p.attribute] or p.tokens)
                   if t.pos in self.tags.common_noun)

    def _commanded(self, clause: Clause, clauses: list[Clause], actors: list[Actor]) -> list[Actor]:
        """Unnamed forces or officials a head of state orders to act ("Putin ordered the army to
        attack Ukraine", Words.command_verbs) are his state's: one commands one's own."""
        if clause.parent is None or not actors or any(a.code != "UNK" or a.sector not in COMMANDED_SECTORS
                                                      for a in actors):
            return actors
        governing = clauses[clause.parent]
        if governing.predicate.kind != "verb" or governing.predicate.lemma.lower() not in self.words.command_verbs:
            return actors
        ordered = governing.args("object", "dative")
        if not all(any(p.start <= a.start < p.end for p in ordered) for a in actors):
            return actors       # the one ordered is whom the act is done by
        states = {a.code for a in _actors(governing, "subject") if state(a.code)}
        if len(states) != 1:
            return actors
        [code] = states
        return [dataclasses.replace(a, code=code) for a in actors]

    def _held_for(self, frame: Frame, clause: Clause, clauses: list[Clause]) -> list[Actor] | None:
        """Whom an arrest or a legal act (``AUTHORITY_CODES``) holds for the act of violence a noun
        in its phrase of what came before or its reason names (``aside_prepositions``,
        ``background_prepositions``, ``charge_prepositions``: "Police arrested a man after a knife
        attack on a shopkeeper", "Ein Mann wurde nach einem Messerangriff auf eine Frau
        festgenommen"): the persons it acts on, known actors or private persons, did the violence,
        not the police or court; ``[]`` when it names none ("Police are investigating after an
        attack"), ``None`` when the noun is no such act of violence."""
        if clause.predicate.kind != "noun" or clause.parent is None or not clause.predicate.tokens \
                or not frame.cameo.startswith(VIOLENCE_CODES) or frame.reciprocal \
                or any(_actors(clause, role) for role in ("possessor", "genitive", "agent")):
            return None
        parent = clauses[clause.parent]
        act = self._frame(parent)
        if parent.predicate.kind != "verb" or act is None or not act.cameo.startswith(AUTHORITY_CODES) \
                or act.cameo == REPRESSION_CODE:
            return None
        trigger = clause.predicate.tokens[0].start
        told = self.words.aside_prepositions | self.words.background_prepositions | self.words.charge_prepositions
        if not any(a.start <= trigger < a.end and (a.prep or "").lower() in told for a in parent.args("prep")):
            return None
        roles = tuple(r for r in act.target if r in ("object", "subject", "dative"))
        # (people of no country named take the one the sentence or the article places the arrest
        # in, as those arrested do: "zwei Männer wegen eines Überfalls festgenommen")
        held = _known(self._localise([a for role in roles for a in _actors(parent, role)], [], self._sentence_home)[0]) \
            or self._private_persons(parent, roles, self._sentence_home)
        self._held_last = [a for a in held if a.sector not in STATE_SECTORS]
        return self._held_last

    def _crowd_act_aside(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> bool:
        """A protest named by a noun in a phrase of what came before or during the act
        (``aside_prepositions``: "trat nach Massenprotesten zurück", "Während der Proteste in
        Teheran nahm die Polizei Hunderte fest"): the crowd that protested is another than the
        clause's subject, who only reacts (the English 'resign' frame takes 'in protest' only,
        a2d9f5a). Its own possessor still names its doer ("nach ihren Protesten"). Acts of force
        the same way where the subject answers them with an act of no force ("After the attacks on
        Kyiv, the EU imposed sanctions": not the EU's attacks), not where it acts by force itself,
        whose doer it often is ("Nach Angriffen auf Kiew zogen sich die russischen Truppen zurück")."""
        if clause.parent is None or not clause.predicate.tokens:
            return False
        if not frame.cameo.startswith(PROTEST_CODES):
            parent = clauses[clause.parent]
            answer = self._frame(parent)
            if not frame.cameo.startswith(FORCE_USE_CODES):
                return False
            if answer is None:
                # a clause of no act told after it: the act of force is another's unless the subject
                # bears arms ("After the attacks in Paris, the government tightened the laws": not
                # the government's attacks; "Nach den Angriffen rückten die Truppen vor")
                if not _actors(parent, "subject") or any(
                        a.sector in ARMED_SECTORS for a in _actors(parent, "subject")):
                    return False
            elif answer.cameo.startswith(FORCE_CODES + FORCE_USE_CODES + WITHDRAWAL_CODES) and not self._warned_elsewhere(
                    frame, clause, answer, parent):
                return False
        trigger = clause.predicate.tokens[0].start
        # the same with a phrase of its reason or background ("verhängte wegen der Vergiftung Nawalnys
        # Sanktionen", "wegen des Angriffs auf die Ukraine": not the EU's poisoning or attack)
        told = self.words.aside_prepositions | self.words.background_prepositions
        return any(a.start <= trigger < a.end and (a.prep or "").lower() in told
                   for a in clauses[clause.parent].args("prep"))

    @staticmethod
    def _warned_elsewhere(frame: Frame, noun: Clause, answer: Frame, parent: Clause) -> bool:
        """Whether a threat or warning (``WARNING_CODES``) is aimed at another party than the one
        the act of force its noun names hit ("After the attack on Kyiv, the EU warned Russia",
        "Nach dem Angriff auf Kiew drohte die EU Russland mit Sanktionen"): it answers the act, as
        a sanction does, and its maker did not do it; a threat to those hit ("After the strikes on
        Kyiv, Russia threatened Ukraine with more") may be the attacker's own."""
        if not answer.cameo.startswith(WARNING_CODES):
            return False
        hit = {a.code for role in frame.target for a in _known(_actors(noun, role))}
        # whom the warning is aimed at: the first of its target roles that names someone, as in
        # ``_target`` (not a later role's phrase the parser also hung on the verb: "auf Kiew" of
        # "Angriff auf Kiew" beside "drohte die EU Russland mit Sanktionen")
        named = (_known(_actors(parent, role)) for role in answer.target if role != "complement")
        warned = {a.code for a in next((found for found in named if found), [])}
        return bool(hit) and bool(warned) and not hit & warned

    def _attack_of_subject(self, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """The known doer of the attack noun a verb of violence has for its subject, where the noun
        phrase itself names no one but the noun has a doer of its own, told by a clause on it: "A
        bomb attack claimed by the PKK killed two police officers" (the PKK's attack)."""
        subjects = [p for p in clause.args("subject") if p.tokens]
        for noun in clauses:
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            trigger = noun.predicate.tokens[0].start
            found = self._frame(noun)
            if found is None or not found.cameo.startswith(VIOLENCE_CODES) or found.reciprocal \
                    or not any(p.start <= trigger < p.end for p in subjects):
                continue
            for role in found.source:
                actors = _known(_actors(noun, role)) if role != "parent" else []
                if actors:
                    return actors
        return []

    def _source_of_noun(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """The source of what a subject suffered, named by the event noun of the verb's phrase
        ("geriet in die Kritik der EU", "came under attack from Russian forces"): the construction's
        noun holds the phrases of its doer; in a German dative too ("war dem Druck der USA
        ausgesetzt", exposed to it)."""
        if clause.predicate.kind != "verb" or not frame.suffered or not (frame.when_prep or frame.when_object):
            return []
        held = [p for p in clause.args("object", "prep", "dative") if p.tokens]
        named = {entry.split()[-1].lower() for entry in frame.when_prep | frame.when_object}
        for noun in clauses:
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            if noun.predicate.lemma.lower() not in named:
                continue          # only the noun the frame is told by ("in die Kritik", "under attack")
            trigger = noun.predicate.tokens[0].start
            if not any(p.start <= trigger < p.end for p in held):
                continue
            for role in tuple(r for r in frame.source if r != "parent") + ("possessor",):
                actors = _actors(noun, role)
                if actors:
                    return actors
        return []

    def _undergoer(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """The subject of a copula whose complement makes it what the event noun in its attribute
        was aimed at ("Israel wurde Ziel eines Raketenangriffs der Hamas", "was the victim of a
        Taliban attack")."""
        if clause.predicate.kind != "noun" or clause.parent is None or not clause.predicate.tokens:
            return []
        verb = clauses[clause.parent]
        if verb.predicate.kind != "verb" or verb.predicate.lemma.lower() not in self.words.undergoer_verbs:
            return []
        trigger = clause.predicate.tokens[0].start
        phrases = sorted((p for p in verb.arguments if p.tokens), key=lambda p: p.start)
        for k, phrase in enumerate(phrases):
            if not phrase.start <= trigger < phrase.end or (phrase.role not in ("predicative", "object") and not (
                    phrase.role == "prep" and (phrase.prep or "").lower() in self.words.undergoer_prepositions)):
                continue      # (or a phrase of a preposition that makes it one: "wurde zum Ziel eines Anschlags")
            words = [t for t in phrase.tokens if t.start < trigger]
            if k and phrases[k - 1].role == phrase.role:
                words = phrases[k - 1].tokens[-1:] + words    # "Ziel | massiver russischer Luftangriffe", split
            if any(t.lemma.lower() in self.words.undergoer_nouns for t in words):
                return _actors(verb, "subject")
        return []

    def _attacker(self, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """Who did the attack a passive clause of violence with no agent puts its harm down to
        ("bei einem Angriff der US-Armee getötet", "durch israelische Luftangriffe verletzt",
        "killed in a US air strike"): the known source of that attack noun, not of fighting (whose
        sides both did it) nor of an attack with its own target. The noun is then not coded again
        on its own."""
        for k, noun in enumerate(clauses):
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            frame = self._frame(noun)
            if frame is not None and frame.cameo.startswith(VIOLENCE_CODES) and self._cause_of_harm(noun, clauses) \
                    and (foe := self._foe_in_fight(clause, noun)):
                self._attacks[k] = index
                return foe
            if frame is None or not frame.cameo.startswith(VIOLENCE_CODES) or frame.reciprocal or any(
                    r.removeprefix("prep:") in self.words.reciprocal_prepositions for r in frame.target) \
                    or not self._cause_of_harm(noun, clauses):
                continue
            if any(_known(_actors(noun, role)) for role in frame.target if role != "parent"):
                continue      # its own event: "bei Luftschlägen gegen PKK-Stellungen"
            source = next((_known(_actors(noun, role)) for role in frame.source
                           if role != "parent" and _known(_actors(noun, role))), [])
            if source:
                self._attacks[k] = index
                return source
            trigger = noun.predicate.tokens[0].start
            if any(p.start <= trigger < p.end and p.tokens[0].text.lower() in self.words.definite
                   and len(p.tokens) <= 3 for p in clause.args("prep")):
                # "killed in the strikes": the attack told before
                earlier = self._earlier_attacker(clause, anaphor=True)
                if earlier:
                    self._attacks[k] = index
                    return earlier
        return self._earlier_attacker(clause)

    def _foe_of_the_dead(self, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """The one side a fight noun names with a preposition of the other party when a verb's
        subject suffered its harm in that fight ("starben bei Gefechten mit den Taliban", "died in
        clashes with the Taliban"): they fought that side, so it harmed them, as with the passive
        ("bei Gefechten mit den Taliban getötet", ``_foe_in_fight``). The noun is then not coded
        again on its own."""
        for k, noun in enumerate(clauses):
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            frame = self._frame(noun)
            if frame is not None and frame.cameo.startswith(VIOLENCE_CODES) and self._cause_of_harm(noun, clauses) \
                    and (foe := self._foe_in_fight(clause, noun, "subject")):
                if not _known(foe) and self._placed_state() is None:
                    return []     # ("starben bei Gefechten mit Dschihadisten": whose, no one says)
                self._attacks[k] = index
                return foe
        return []

    def _foe_in_fight(self, clause: Clause, noun: Clause, harmed_role: str = "object") -> list[Actor]:
        """The one side a fight noun names with a preposition of the other party ("bei Gefechten
        mit den Taliban", "in clashes with the army", not "zwischen"), when a passive clause of
        violence with no agent puts its harm down to that fight: those harmed fought that side, so
        it harmed them ("Bei Gefechten mit den Taliban wurden vier Polizisten getötet" AFG/REB 18
        AFG/COP; a side of unknown state by its kind, "in clashes with police", placed later). Not when the side named is among those harmed ("bei Kämpfen mit der Armee wurden
        zwölf Soldaten getötet": whom the soldiers fought is not told)."""
        sides = [a for p in noun.args("prep") if (p.prep or "").lower() in
                 self.words.reciprocal_prepositions - self.words.between_prepositions
                 for a in p.actors if a.code != "UNK" or a.sector]
        harmed = _actors(clause, harmed_role)
        if not sides or not harmed or any(s.code == h.code and s.sector == h.sector for s in sides for h in harmed):
            return []
        return sides

    @staticmethod
    def _doer_of_noun(frame: Frame, clause: Clause) -> bool:
        """Whether a passive verb of violence has for its doer one that only the attack noun of its
        own phrase names ("were killed in an air strike by the Russian army": the English clauses
        give the noun's "by" to the verb too), as the German attack noun's genitive ("bei einem
        Luftangriff der russischen Armee getötet", ``_attacker``): its victims of unknown country are
        not the doer's."""
        if clause.predicate.kind != "verb" or clause.predicate.voice != "passive" \
                or not frame.cameo.startswith(VIOLENCE_CODES):
            return False
        held = [p for p in clause.args("prep") if p.tokens]
        return any(held and any(p.start <= a.start and a.end <= p.end for p in held) for a in clause.args("agent"))

    def _scene_of_harm(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> str | None:
        """The one state this sentence places a harm in (``_places``, else ``_towns``: "in Idlib",
        "im Norden Syriens"), else the one the sentence before placed its events in (``_scene``),
        for victims of unknown country hurt in an attack its noun puts down to a known doer, when
        that attack names no target of its own (``_died_in_aimed_attack``: that attack is coded on
        its own); none when no place or places of several states are named."""
        if index not in self._attacks.values() and self._died_in_aimed_attack(frame, clause, index, clauses):
            return None       # (a fight whose one side ``_foe_of_the_dead`` took is not coded on its own)
        return self._placed_state()

    def _act_of_noun(self, index: int, clauses: list[Clause]) -> str | None:
        """The code of violence of the attack noun that the harm of clause ``index`` is put down to
        (the one that gave it its doer, ``_attacks``, or the English noun whose "by" phrase the
        clause shares, ``_doer_of_noun``), when it names a kind of violence more narrowly than the
        clause's verb does: "bei einem Luftangriff der russischen Armee getötet" and "killed in an
        air strike by the Russian army" are air strikes (195)."""
        for k, noun in enumerate(clauses):
            if not (self._attacks.get(k) == index or noun.parent == index and noun.predicate.kind == "noun"
                    and self._cause_of_harm(noun, clauses)):
                continue
            frame = self._frame(noun)
            if frame is not None and frame.cameo.startswith(VIOLENCE_CODES) and len(frame.cameo) == 3:
                return frame.cameo
        return None

    def _placed_state(self) -> str | None:
        """The one state this sentence places its events in, else the sentence before (``_scene``)."""
        placed = {a.code for a in (self._places or self._towns) if state(a.code)}
        if not placed and self._scene is not None and state(self._scene):
            placed = {self._scene}
        return next(iter(placed)) if len(placed) == 1 else None

    @staticmethod
    def _died_in_attack(frame: Frame, clause: Clause) -> bool:
        """Whether a verb's frame of violence reads its doer from a phrase of the attack its subject
        suffered ("starben bei russischen Luftangriffen", "died in a PKK attack")."""
        return clause.predicate.kind == "verb" and frame.suffered and frame.cameo.startswith(VIOLENCE_CODES) \
            and any(r.startswith("prep:") for r in frame.source)

    def _died_in_aimed_attack(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> bool:
        """Whether a verb's subject died in an attack (``_died_in_attack``) whose noun names a target
        of its own, a party or a place ("starben bei russischen Luftangriffen auf Idlib"), as the
        passive's attack noun that ``_attacker`` leaves to be coded on its own."""
        if not self._died_in_attack(frame, clause):
            return False
        for noun in clauses:
            found = self._frame(noun) if noun.parent == index and noun.predicate.kind == "noun" else None
            if found is not None and found.cameo.startswith(VIOLENCE_CODES) and any(
                    noun.args("prep", prep=role.removeprefix("prep:")) if role.startswith("prep:") else noun.args(role)
                    for role in found.target if role != "parent"):
                return True
        return False

    def _earlier_target(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> list[Actor]:
        """Whom the attack told before was aimed at, for a verb that names its doer and takes that
        attack for its object by a definite noun (``definite``, at most three words), one its
        object condition names or one with a frame of violence of its own: "The Taliban carried out
        the attack", "The attack was carried out by the GRU, Britain said", "Den Anschlag verübte
        der IS" after a sentence that coded the attack. The known target of the latest attack or
        cyberattack the article's earlier sentences coded as done."""
        def attack(token: Token) -> bool:
            if frame.when_object:
                return _folded(token.lemma) in frame.when_object
            noun = next((c for c in clauses if c.predicate.kind == "noun" and c.predicate.tokens
                         and c.predicate.tokens[0].start == token.start), None)
            found = self._frame(noun) if noun is not None else None
            return found is not None and found.cameo.startswith(VIOLENCE_CODES + CYBER_CODES)
        if clause.predicate.kind != "verb" or not any(
                p.tokens and p.tokens[0].text.lower() in self.words.definite and len(p.tokens) <= 3
                and any(attack(t) for t in p.tokens[1:]) for p in clause.args("object")):
            return []
        act = next((e for e in reversed(self._history) if e.sentence_index < self._at
                    and e.cameo.startswith(VIOLENCE_CODES + CYBER_CODES) and e.modality in ("asserted", "reported")
                    and _known(e.target)), None)
        if act is None:
            return []
        at = clause.predicate.tokens[0].start
        return [Actor(code=a.code, sector=a.sector, text="", start=at, end=at, name=a.name) for a in _known(act.target)]

    def _harm_told(self, victims: list[Actor]) -> list[Actor]:
        """Who did the violence the sentence before told against these victims, when a clause
        tells their harm again with no one named ("Die israelische Armee hat einen Kommandeur der
        Hisbollah getötet. Der Mann sei bei einem Luftangriff ums Leben gekommen"): its known source,
        not the other side of a war of the victims' state the article also names (the Lebanese army)."""
        sides = {(a.code, a.sector) for a in _known(victims)}
        if not sides:
            return []
        act = next((e for e in reversed(self._history) if e.sentence_index == self._at - 1
                    and e.cameo.startswith(VIOLENCE_CODES) and e.modality in ("asserted", "reported")), None)
        if act is None or not _known(act.source) or not sides <= {(a.code, a.sector) for a in act.target}:
            return []
        return [Actor(code=a.code, sector=a.sector, text="", start=victims[0].start, end=victims[0].start, name=a.name)
                for a in _known(act.source)]

    def _earlier_attacker(self, clause: Clause, anaphor: bool = False) -> list[Actor]:
        """Who did the attack of the sentence before, when a passive clause of violence puts its
        harm down to it by an adverb (``earlier_act_adverbs``: "Die Separatisten beschossen
        Stellungen bei Awdijiwka. Ein Soldat sei dabei getötet worden"): its known source, the
        latest attack of that sentence. So too with ``anaphor``, a definite attack noun the harm is
        put down to ("Three Palestinians were killed in the strikes")."""
        if not anaphor and not any(len(p.tokens) == 1 and p.tokens[0].text.lower() in self.words.earlier_act_adverbs
                   for p in clause.arguments):
            return []
        act = next((e for e in reversed(self._history) if e.sentence_index == self._at - 1
                    and e.cameo.startswith(VIOLENCE_CODES) and e.modality in ("asserted", "reported")
                    and _known(e.source)), None)
        if act is None:
            return []
        return [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                for a in _known(act.source)]

    def _struck(self, clause: Clause, clauses: list[Clause], sentence: Sentence, home: str | None) -> str | None:
        """The one state that an attack noun in a clause's subject is aimed at ("Israeli air
        strikes on Gaza killed ten people", "Ein russischer Raketenangriff auf Kiew tötete drei
        Menschen"), or whose town it is aimed at ("Russia's attack on Kharkiv killed ten people",
        ``_attacked_towns``): the victims of unknown country are that state's people, not the
        attacker's."""
        spans = [(p.start, p.end) for p in clause.args("subject")]
        for noun in clauses:
            if noun.predicate.kind != "noun" or not noun.predicate.tokens or not any(
                    s <= noun.predicate.tokens[0].start < e for s, e in spans):
                continue
            frame = self._frame(noun)
            if frame is None or not frame.cameo.startswith(VIOLENCE_CODES):
                continue
            states = {a.code for role in frame.target if role != "parent"
                      for a in _known(_actors(noun, role)) if state(a.code)}
            if not states:
                attacker = next((_known(_actors(noun, role)) for role in frame.source
                                 if role != "parent" and _known(_actors(noun, role))), [])
                states = {a.code for a in self._attacked_towns(frame, noun, sentence, home, attacker)}
            if len(states) == 1:
                return states.pop()
        return self._struck_before(clause, clauses, sentence, home)

    def _struck_before(self, clause: Clause, clauses: list[Clause], sentence: Sentence, home: str | None) -> str | None:
        """The one state that the attack a participle clause follows is aimed at ("Russian forces
        shelled Kherson, killing four civilians", "Israeli jets struck Gaza City, killing ten
        people"), or the attack a verb joined to it with the same subject ("Russische Truppen
        beschossen Charkiw und töteten vier Zivilisten"): the victims of unknown country are that
        state's people, not the attacker's."""
        if clause.predicate.kind != "verb" or clause.relative or not clause.predicate.tokens:
            return None
        spans = {(p.start, p.end) for p in clause.args("subject")}
        at = clause.predicate.tokens[0].start
        joined = [c for c in clauses if c is not clause and c.parent == clause.parent and c.predicate.kind == "verb"
                  and c.predicate.tokens and c.predicate.tokens[0].start < at and spans
                  and {(p.start, p.end) for p in c.args("subject")} == spans]
        if clause.parent is None and not joined:
            return None
        head = joined[-1] if joined else clauses[clause.parent]
        frame = self._frame(head)
        if head.predicate.kind != "verb" or frame is None or not frame.cameo.startswith(VIOLENCE_CODES) or \
                not head.predicate.tokens or not clause.predicate.tokens or \
                clause.predicate.tokens[0].start < head.predicate.tokens[0].start:
            return None
        attacker = _known(_actors(head, "subject"))
        states = {a.code for role in frame.target if role != "complement"
                  for a in _known(_actors(head, role)) if state(a.code) and a.code not in {b.code for b in attacker}}
        states = states or {a.code for a in self._attacked_towns(frame, head, sentence, home, attacker)}
        return states.pop() if len(states) == 1 else None

    def _owned_by_other(self, clause: Clause, frame: Frame) -> bool:
        """Whether an event noun whose frame takes no target from its possessor names its agent
        by a noun that is no actor ("die Forderungen der Gläubiger", "the demands of the
        creditors"): the agent is someone, just no one coded ("die Zerstörung der Stadt" names
        what was destroyed; its frame says so, as a frame of a show of force does whose condition
        the possessor meets: "den Test eines neuen Raketenwerfers" names the weapon tested)."""
        nouns = self.tags.common_noun | self.tags.proper_noun
        return any(not p.actors and not p.pronoun and any(t.pos in nouns for t in p.tokens)
                   and not (frame.cameo.startswith(MOBILIZE_CODES)
                            and any(_folded(t.lemma) in frame.when_object for t in p.tokens))
                   for p in clause.args("possessor"))

    def _body_of_state(self, clause: Clause) -> bool:
        """Whether the subject of a verb is named by a noun of the pack's ``institution_nouns``
        ("Die Regierung in Sarajevo protestierte", "the foreign ministry protested"): of a
        government (GOV), a body of the state, whose protest with no one named is aimed at
        another, never at itself."""
        if clause.predicate.kind != "verb":
            return False
        subject = next((p for p in clause.arguments if p.role == "subject"), None)
        if subject is None:
            return False
        head = subject.tokens[:subject.attribute] or subject.tokens
        nouns = [t for t in head if t.pos in self.tags.common_noun]
        if not nouns:
            return False
        low = (nouns[-1].lemma or nouns[-1].text).lower()
        return any(low == w or low.endswith(w) for w in self.words.institution_nouns)

    def _state_by_name(self, clause: Clause, source: list[Actor], frame: Frame) -> bool:
        """Whether the source is states named by their names alone ("die USA", "Frankreich"), not
        people of them named by another noun ("die Hafenarbeiter Belgiens", "Greek sailors") or by
        the adjective of an event noun ("Kenyan protests"). An event noun's state is named so by
        the name in its possessor or "by" phrase ("the boycott of the Olympics by the United
        States"), not by an adjective, where the noun's phrases name no one it is aimed at (not
        "Kenya's march against the Kenyan government": its own government)."""
        noun = clause.predicate.kind == "noun"
        if not noun and clause.predicate.kind != "verb":
            return False
        if noun and any(_known(_actors(clause, role)) for role in frame.target if role != "complement"):
            return False
        for actor in source:
            phrase = next((p for p in clause.arguments if p.start <= actor.start and actor.end <= p.end), None)
            # a capital or seat of government for its state ("Manila", "Warschau") is one named so too
            seat = actor.sector == "GOV" and actor.name is None and phrase is not None and all(
                t.pos in self.tags.proper_noun for t in phrase.tokens if actor.start <= t.start < actor.end)
            if (actor.sector is not None and not seat) or _effective_sector(actor) != "GOV":
                return False
            if phrase is None or any(t.pos in self.tags.common_noun and not actor.start <= t.start < actor.end
                                     for t in phrase.tokens):
                return False
            if noun and (phrase.role not in ("possessor", "agent") or not any(
                    t.pos in self.tags.proper_noun for t in phrase.tokens if actor.start <= t.start < actor.end)):
                return False
        return bool(source)

    def _recent_since(self, tokens: list[Token], k: int) -> bool:
        """Whether the running-total preposition at ``k`` counts from one of the last days
        (``Words.recent_days``, after determiners): "seit Sonntag seien 26 Islamisten getötet
        worden", "since the weekend"; a day's name joined to its time of day too ("seit
        Sonntagabend"). Not "seit Oktober", "since 2011"."""
        k += 1
        while k < len(tokens) and tokens[k].text.lower() in self.words.determiners:
            k += 1
        if k >= len(tokens):
            return False
        word = tokens[k].text.lower()
        return word in self.words.recent_days or any(
            word.startswith(day) and len(word) > len(day) + 3 for day in self.words.recent_days)

    def _unattributed(self, frame: Frame, clause: Clause, sentence: Sentence) -> bool:
        """Whether a clause tells violence done by no one named: a passive verb without its agent
        ("wurden getötet", "was bombed") or an active one whose subject is the victim ("geriet
        unter Beschuss", "came under attack"), or an attack noun that no one's act governs ("nach
        einem Anschlag auf zwei Polizisten"; not "verurteilte den Angriff", which is an
        accusation of whoever did it)."""
        if not frame.cameo.startswith(VIOLENCE_CODES):
            return False
        pred = clause.predicate
        suffered = pred.voice == "active" and (frame.suffered or self._unknown_doer(clause))
        if pred.kind != "verb" or not (pred.voice == "passive" or suffered) or any(
                not self._unknown_agent(p) for p in clause.args("agent")):
            return False
        if pred.tense == "future" or clause.intent or pred.negated:
            return False
        if any(t.text.lower() in self.words.cumulative_prepositions and not self._recent_since(sentence.tokens, k)
               for k, t in enumerate(sentence.tokens)):
            return False          # a running total: "seit 2011 wurden ... getötet und vertrieben"
        if self._disaster:
            return False          # the dead of a quake or a flood: "More than 1,100 people were killed"
        if suffered and any(self._thing(p) for p in clause.args("dative") if not p.pronoun):
            return False          # fell victim to a thing: "fielen einer Epidemie zum Opfer", "dem Sparkurs"
        return not any(self._caused_by_thing(p) for p in clause.args("prep"))

    def _launched_from(self, clause: Clause, source: list[Actor]) -> list[Actor]:
        """The source of a fight whose attackers the text names without a country ("militants",
        or none in a passive: "were fired"), given the one state a phrase of the pack's
        ``launch_prepositions`` names as a place ("fired rockets from Gaza at Israel", "aus dem
        Gazastreifen abgefeuert"): the attack came from there, so did they."""
        states = {a.code for p in clause.args("prep") if (p.prep or "").lower() in self.words.launch_prepositions
                  for a in p.actors if state(a.code) and a.sector in PLACE_SECTORS and a.name is None}
        if len(states) != 1:
            return source
        (code,) = states
        return [dataclasses.replace(a, code=code) if a.code == "UNK" and not a.abroad else a for a in source]

    def _unknown_agent(self, phrase: Phrase) -> bool:
        """Whether the agent of a passive names no one but an unknown perpetrator ("von
        Unbekannten erschossen", "shot by unknown men") or the weapon or attack that did it, as
        the subject of an active clause may (``_unknown_doer``: "was attacked by rockets", "von
        einer Autobombe getötet"): no one named, as with no agent."""
        if phrase.actors or phrase.pronoun:
            return False
        head = phrase.tokens[:phrase.attribute] or phrase.tokens
        return any(t.text.lower().startswith(self.words.unknown_modifiers) for t in head) or self._weapon(head) \
            or self.words.perpetrator([t.text for t in head])

    def _weapon(self, head: list[Token]) -> bool:
        """Whether a phrase's head names a weapon of attack or an attack ("rockets", "eine
        Autobombe", "shelling")."""
        last = head[-1].lemma.lower()
        return last.endswith(self.words.attack_weapons) or any(
            f.cameo.startswith(FORCE_CODES) for f in self.frames.nouns(head[-1].lemma))

    def _natural_doer(self, clause: Clause) -> bool:
        """Whether the subject of an active clause is a disaster (the packs' disaster_nouns), whose
        place name before it ("Pakistan floods", "Indonesia tsunami") names where, not who."""
        if clause.predicate.kind != "verb" or clause.predicate.voice != "active":
            return False
        subjects = clause.args("subject")
        if len(subjects) != 1 or subjects[0].pronoun:
            return False
        head = subjects[0].tokens[:subjects[0].attribute] or subjects[0].tokens
        return head[-1].lemma.lower() in self._disasters or head[-1].text.lower() in self._disasters

    def _unknown_doer(self, clause: Clause) -> bool:
        """Whether the subject of an active clause names no one but an unknown perpetrator: a
        weapon or an attack ("Eine Autobombe tötete ...", "Shelling killed ...") or someone said to
        be unknown ("Unbekannte schossen ...", "unidentified attackers stabbed ...")."""
        subjects = clause.args("subject")
        if len(subjects) != 1 or subjects[0].pronoun:
            return False
        phrase = subjects[0]
        head = phrase.tokens[:phrase.attribute] or phrase.tokens
        if phrase.actors:
            return self._placed_weapon(clause) or self._stateless_weapon(clause)
        if any(t.text.lower().startswith(self.words.unknown_modifiers) for t in head):
            return True
        return self._weapon(head)

    def _placed_weapon(self, clause: Clause) -> bool:
        """Whether the subject of an active clause is a weapon or an attack whose only actors are
        towns of their states before it, which say where, not who ("A Kabul car bomb killed ten
        people"; not "Russian missiles", "a US drone strike")."""
        from chronist.geo.locate import locate
        subjects = clause.args("subject")
        if clause.predicate.kind != "verb" or clause.predicate.voice != "active" or len(subjects) != 1 \
                or not subjects[0].actors:
            return False
        phrase = subjects[0]
        if not self._weapon(phrase.tokens[:phrase.attribute] or phrase.tokens):
            return False
        for actor in phrase.actors:
            place = locate(actor.text, lang=self.lang) if actor.name is None and actor.text else None
            if place is None or place.kind == "country" or place.country != actor.code:
                return False
        return True

    def _to_the_public(self, i: int, clauses: list[Clause], sentence: Sentence) -> bool:
        """Whether an appeal is made to anyone who can help an inquiry ("appealed for witnesses",
        "appeal to anyone who saw ...", "bat um Hinweise"): an object or prepositional phrase of
        the clause, or the subject of a clause it governs ("appealed for anyone ... to come
        forward"), is headed by one of the pack's ``public_addressees``."""
        phrases = [p for p in clauses[i].arguments if p.role in ("object", "dative", "prep")]
        phrases += [p for c in clauses if c.parent == i for p in c.args("subject")]
        # what it asks them to do is to come forward with what they know (the pack's
        # ``tip_acts``: "urged people in the area to come forward", "sich zu melden"): a clause it
        # governs (also further down), or such a verb after it that the parse left unattached
        trigger = clauses[i].predicate.tokens[0].start
        if any(clauses[k].predicate.lemma.lower() in self.words.tip_acts for k in self._under(i, clauses)) or any(
                t.start > trigger and self.tags.is_verb(t.pos) and t.lemma.lower() in self.words.tip_acts
                for t in sentence.tokens):
            return True
        for phrase in phrases:
            if phrase.tokens:
                head = phrase.tokens[:phrase.attribute] or phrase.tokens
                if head[-1].lemma.lower() in self.words.public_addressees or \
                        head[-1].text.lower() in self.words.public_addressees:
                    return True
        return False

    def _fixture(self, code: str, actors: list[Actor], sentence: Sentence) -> bool:
        """Whether a meeting, visit or demand (``FIXTURE_CODES``), or a side beaten with a score or a
        round of a contest told (``GAME_CODES``, ``GAME_SCORE``, ``contest_words``), is told in a
        sentence about sport
        (a word of the pack's ``sports_words``, alone or as a part of a hyphenated word) and no
        actor in it is a person the text names or a state's official, party or parliament named by
        more than a place or a nationality (``OFFICIAL_SECTORS``: "the French president", not "Paris"
        in "Paris Saint-Germain" or "the Portuguese superstar"), or an international body ("the Arab
        League")."""
        words = self.words.sports_words
        game = code.startswith(GAME_CODES)
        if not words or not (code.startswith(FIXTURE_CODES) or game) or any(
                a.name is not None or (a.sector in OFFICIAL_SECTORS and len(a.text.split()) > 1)
                or (a.code != "UNK" and not state(a.code)) for a in actors):
            return False
        low = sentence.text.lower()
        def told(listed: frozenset[str]) -> bool:
            return any(part in listed for t in sentence.tokens for part in t.text.lower().split("-")) or any(
                "-" in w and w in low for w in listed)      # "semi-final", split by the tokenizer
        # (a round with no score: sides named bare, as teams are; not "Police beat protesters
        # outside the stadium before the semi-final")
        return told(words) and (not game or GAME_SCORE.search(sentence.text) is not None
                                or (told(self.words.contest_words) and all(a.sector is None for a in actors)))

    def _ballot(self, code: str, actors: list[Actor], sentence: Sentence) -> bool:
        """Whether a side beaten, crushed or defeated (``BALLOT_CODES``) is beaten at the polls: its
        sentence names an election or a vote (the pack's election_nouns: "Lula won Brazil's
        presidential runoff, defeating incumbent Jair Bolsonaro", "Macron beat Le Pen in the
        election") and no one in it is an armed force or the police (``ARMED_SECTORS``,
        ``SECURITY_SECTORS``): "Iraqi troops defeated IS after the election" and "Vier Tage vor der
        Neuwahl hat die Polizei die Zentrale eines Medienkonzerns gestürmt" stay."""
        if not code.startswith(BALLOT_CODES) or any(a.sector in ARMED_SECTORS + SECURITY_SECTORS for a in actors):
            return False
        return any(t.pos in self.tags.common_noun and t.lemma.casefold() in self._election_nouns
                   for t in sentence.tokens)

    def _private_suit(self, code: str, source: list[Actor], target: list[Actor]) -> bool:
        """Whether a lawsuit (``LAWSUIT_CODES``) is brought by lawyers for no named actor (every
        source a judicial actor whose words end in a noun of the pack's ``counsel_nouns``)
        against private parties only (``PRIVATE_SECTORS``): a civil suit, no political event
        ("Ronaldo's lawyers are set to sue Der Spiegel"; "lawyers for the activists sued the
        government" stays); and so is one that a person of no dictionary, a celebrity, a royal or
        a customer (``SUITOR_SECTORS``), brings against a firm or a paper (``ORGANISED_PRIVATE_SECTORS``:
        "Prince Harry sued the publisher of the Daily Mail")."""
        nouns = self.words.counsel_nouns
        if not nouns or not code.startswith(LAWSUIT_CODES) or not source or not target:
            return False
        if all(a.sector in SUITOR_SECTORS and a.name is None for a in source) and \
                all(a.sector in ORGANISED_PRIVATE_SECTORS for a in target):
            return True
        return all(a.sector == "JUD" and a.name is None and bool(a.text.split())
                   and a.text.split()[-1].lower() in nouns for a in source) and \
            all(a.sector in PRIVATE_SECTORS for a in target)

    def _fiction(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an act is the plot of a work of fiction: its clause, or a clause above it, has
        a noun of the pack's ``fiction_nouns`` for the head of its subject or of a place phrase
        ("The film follows a CIA agent who kidnaps the Russian president", "In the series, ...")."""
        nouns = self.words.fiction_nouns
        if not nouns:
            return False
        places = self.words.location_prepositions
        seen: set[int] = set()
        current: Clause | None = clause
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            for p in current.arguments:
                if p.role == "subject" or (p.role == "prep" and (p.prep or "").lower() in places):
                    named = p.tokens[:p.attribute] if p.attribute else p.tokens
                    if named and (named[-1].text in nouns or named[-1].text.lower() in nouns):
                        return True
            current = clauses[current.parent] if current.parent is not None else None
        return False

    def _bargaining(self, code: str, source: list[Actor], target: list[Actor]) -> bool:
        """Whether cooperation between private parties is between organised labour and employers
        only, both named ("Verdi verhandelt mit der Lufthansa", "the union reached a deal with
        Boeing", "Die IG Metall und die Arbeitgeber einigten sich"): labour relations, which event
        data code; not a firm's investment (``ECONOMIC_CODES``). Organised labour is a civilian
        actor that is an organisation of the dictionary or that a word of the pack's
        ``labour_stems`` names ("Gewerkschaft", "union"); private persons and workers are none."""
        if code.startswith(ECONOMIC_CODES) or not _known(source) or not _known(target):
            return False          # (nor between a union and a firm of no country: "The union ruled out talks with the company")
        book, stems = ActorDictionary.default(), self.words.labour_stems
        labour = [a.sector == "CVL" and (a.name in book.organisations or any(s in a.text.lower() for s in stems))
                  for a in source + target]
        return any(labour) and all(ok or a.sector == "BUS" for ok, a in zip(labour, source + target)) and \
            any(a.sector == "BUS" for a in source + target)

    def _market(self, clause: Clause) -> bool:
        """Whether the doer of an active verb is a currency, a share or a price (the pack's
        ``market_nouns`` for the head of its subject): "Die türkische Lira gab nach", "the
        Turkish lira fell" move on a market, they yield to no one; the country their adjective
        names is no actor there."""
        nouns = self.words.market_nouns
        if not nouns or clause.predicate.kind != "verb" or clause.predicate.voice == "passive":
            return False
        for p in clause.args("subject"):
            named = p.tokens[:p.attribute] if p.attribute else p.tokens
            if named and (named[-1].text in nouns or named[-1].text.lower() in nouns):
                return True
        return False

    def _family_matter(self, code: str, target: list[Actor], sentence: Sentence) -> bool:
        """Whether cooperation (``COOPERATIVE_CODES``) is given to one's own kin only: every target
        a phrase with a possessive and a kin noun of the pack ("sold bananas to support his family",
        "unterstützte seine Familie"), private life, no act between actors ("met the family of
        the victim" names no one's own kin and stays)."""
        if not code.startswith(COOPERATIVE_CODES) or not target:
            return False
        def own_kin(actor: Actor) -> bool:
            # the phrase the actor was found in: its possessive and its head
            for _, phrase in phrases(sentence):
                if phrase.start <= actor.start < phrase.end and phrase.tokens:
                    return any(pronoun_kind(t, self.lang) == "possessive" for t in phrase.tokens) and \
                        any(t.text.lower() in self.words.kin_nouns for t in phrase.tokens
                            if actor.start <= t.start < actor.end)
            return False
        return all(own_kin(a) for a in target)

    def _each_other(self, clause: Clause, sentence: Sentence) -> bool:
        """Whether a verb's several subjects act on each other, as its sentence says with one of
        the pack's ``reciprocal_words`` ("accused each other", "warfen sich gegenseitig vor"),
        where the verb names no one else."""
        if clause.predicate.kind != "verb" or clause.args("object", "dative") and any(
                a.actors for a in clause.args("object", "dative")):
            return False
        own = [t for t in clause.predicate.tokens] + [t for a in clause.arguments for t in a.tokens]
        if not own:
            return False
        first, last = min(t.start for t in own), max(t.end for t in own)
        toks = sentence.tokens
        # (by bisection: a line of a thousand clauses must not cost a scan of the line for each)
        begin = bisect.bisect_left(toks, first, key=lambda t: t.start)
        end = bisect.bisect_left(toks, last, key=lambda t: t.start)
        # the clause's own words and the two after them, up to a comma ("kritisierten sich gegenseitig")
        after = []
        for t in toks[end:end + 2]:
            if t.text in (",", ";", ":"):
                break
            after.append(t)
        span = toks[begin:end] + after
        words = " " + " ".join(t.text.lower() for t in span) + " "
        return any(f" {w} " in words for w in self.words.reciprocal_words)

    def _caused_by_thing(self, phrase: Phrase) -> bool:
        """Whether a phrase tells harm done by a thing or an incident, not an act: "bei einer
        Explosion", "durch einen Sprengsatz", "in a car bomb explosion" (a mine or an accident
        may be all there was; "bei Raketenangriffen", "durch Schüsse" tell an attack)."""
        if (phrase.prep or "").lower() not in self.words.cause_prepositions:
            return False
        return self._thing(phrase)

    def _thing(self, phrase: Phrase) -> bool:
        """Whether a phrase names a thing or an incident and no act of anyone: no actor, no place
        and no noun of force ("einer Epidemie", "einer Explosion"; not "einem Anschlag")."""
        if phrase.actors:
            return False
        head = phrase.tokens[:phrase.attribute]
        if head and head[-1].pos in self.tags.proper_noun:
            return False          # a place: "a man was shot in Kent"
        if head and head[-1].lemma.lower() in self._operations:
            return False          # someone's operation: "killed in the operation", "bei dem Einsatz"
        return not any(f.cameo.startswith(FORCE_CODES) for t in phrase.tokens for f in self.frames.nouns(t.lemma))

    def _mediated_act(self, clause: Clause, source: list[Actor]) -> list[Actor]:
        """The parties of the act a mediation refers back to ("Russia and Ukraine exchanged
        prisoners. The UAE brokered the exchange", "Vermittelt hatte den Austausch Katar"): a
        definite object of no actor whose head is one of ``mediated_anaphors`` names the latest act
        of agreeing, talking or yielding (CAMEO 03-08) of the last ``ANAPHOR_REACH`` sentences
        between two or more parties, none of them the mediator; its parties are the target."""
        if clause.predicate.voice == "passive":
            return []
        for phrase in clause.args("object"):
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            if phrase.actors or not 2 <= len(words) <= 3 or words[0].text.lower() not in self.words.definite \
                    or words[-1].text.lower() not in self.words.mediated_anaphors:
                continue
            for event in reversed(self._history):
                if event.sentence_index < self._at - ANAPHOR_REACH:
                    break
                parties = list({(a.code, a.sector): a for a in _known(event.source + event.target)}.values())
                if event.cameo[:2] in MEDIATED_ACT_ROOTS and len({a.code for a in parties}) >= 2 and \
                        not any(_same_party(a, b) for a in parties for b in source):
                    return _copies(parties)
            return []
        return []

    def _mediated_dispute(self, source: list[Actor]) -> list[Actor]:
        """The sides of the dispute a mediation that names no one is offered in ("Ägypten warf
        Äthiopien vor, ... Die USA boten an, in dem Streit zu vermitteln", "The United States
        offered to mediate"): the two or more parties of the latest act of conflict (CAMEO 11-20)
        of the last ``ANAPHOR_REACH`` sentences, none of them the mediator."""
        for event in reversed(self._history):
            if event.sentence_index < self._at - ANAPHOR_REACH:
                break
            if event.modality == "negated" or not event.cameo.startswith(CONFLICT_ROOTS):
                continue
            parties = list({(a.code, a.sector): a for a in _known(event.source + event.target)}.values())
            if len({a.code for a in parties}) >= 2 and not any(_same_party(a, b) for a in parties for b in source):
                return _copies(parties)
            return []
        return []

    def _mediation_parties(self, frame: Frame, clause: Clause, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
        """Between whom a mediation noun under a verb mediates when it names no one itself but
        a place ("verhandelten unter Vermittlung Deutschlands und Frankreichs in Minsk", "einigten
        sich unter Vermittlung Ägyptens"): the verb's subject, who negotiate or agree; not the
        venue's state."""
        if clause.parent is None or clauses[clause.parent].predicate.kind != "verb":
            return []
        own = [r for r in frame.target if not (r.startswith("prep:") and r[5:] in self.words.location_prepositions)]
        if any(_known(_actors(clause, r)) for r in own):
            return []
        return [a for a in _known(_actors(clauses[clause.parent], "subject")) if not any(_same_party(a, b) for b in source)]

    def _attack_nouns(self, sentence: Sentence) -> list[int]:
        """Where a sentence's nouns of violence start ("a US air strike", "einem Angriff")."""
        return [c.predicate.tokens[0].start for c in sentence.clauses
                if c.predicate.kind == "noun" and c.predicate.tokens
                and (frame := self.frames.find(c)) is not None and frame.cameo.startswith(VIOLENCE_CODES)]

    def _venues(self, sentence: Sentence) -> frozenset[tuple[int, int]]:
        """The "in" phrases of a sentence's nouns of meeting (``VENUE_CODES``: "talks in Havana",
        "Gespräche in Genf"): where parties met, often a third state's town, not where they or the sentence's
        other actors belong, nor a scene for the next sentence's."""
        return frozenset((p.start, p.end) for c in sentence.clauses
                         if c.predicate.kind == "noun" and (frame := self.frames.find(c)) is not None
                         and frame.cameo.startswith(VENUE_CODES) for p in c.args("prep", prep="in"))

    def _earlier_doer(self, frame: Frame, clause: Clause, clauses: list[Clause], source: list[Actor],
                      sentence: Sentence, out: list[Event]) -> list[Actor]:
        """Who did the act that a criticism or protest names by a definite noun of force and no
        doer ("Ghani condemned the attack on the base", "Kneissl verurteilte den Raketenbeschuss
        auf Israel", "protested against the detentions"): the source of an act of that kind the
        article told before, done or said to be done: the last one aimed at whom the noun names
        ("auf Israel"); else the one doer of all of them; else the last one told in this sentence
        or the EARLIER_ACT_SENTENCES before it. No one when that is the critic's own side."""
        definite = [p for role in frame.target if role == "object" or role.startswith("prep:")
                    for p in _phrases(clause, role)
                    if p.tokens and p.tokens[0].text.lower() in self.words.definite and not _known(p.actors)]
        spans = [(p.start, p.end) for p in definite]
        index = clauses.index(clause)
        for noun in clauses:
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            at = noun.predicate.tokens[0].start
            if not any(start <= at < end for start, end in spans):
                continue
            named = self._frame(noun)
            if named is None or not named.cameo.startswith(FORCE_USE_CODES + SHOW_OF_FORCE_CODES) or any(
                    _known(_actors(noun, role)) for role in named.source):
                continue
            # ("the attack" may be a cyber attack told before, CAMEO 176; an act of coercion is one
            # of its own kind: the expulsions condemned are no court's sentence told before, 172 is
            # not 174, nor arrests a seizure of property)
            kind = ATTACK_CODES + (CYBER_ATTACK_CODE,) if named.cameo.startswith(ATTACK_CODES) else \
                (named.cameo[:3],) if named.cameo.startswith(COERCION_CODES) and len(named.cameo) > 2 else (named.cameo[:2],)
            aimed = _known([a for role in named.target for a in _actors(noun, role)])
            return self._doer_told(kind, aimed, source, sentence, out)
        # a launch or a test that is no event noun of its own ("Japan condemned the launch")
        if any(p.tokens[-1].lemma.lower() in self.words.shown_force_nouns for p in definite):
            return self._doer_told(SHOW_OF_FORCE_CODES, [], source, sentence, out)
        # an incident ("The EU condemned the incident", "verurteilte den Vorfall"): force or coercion
        if any(p.tokens[-1].lemma.lower() in self.words.incident_nouns
               or p.tokens[-1].text.lower() in self.words.incident_nouns for p in definite):
            return self._doer_told(FORCE_USE_CODES, [], source, sentence, out)
        return []

    def _doer_told(self, kind: tuple[str, ...], aimed: list[Actor], source: list[Actor], sentence: Sentence,
                   out: list[Event]) -> list[Actor]:
        """Who did an act of these CAMEO codes the article told before (see ``_earlier_doer``)."""
        acts = [e for e in [*reversed(out), *reversed(self._history)]
                if e.modality in ("asserted", "reported") and e.cameo.startswith(kind) and e.source]
        if aimed:
            act = next((e for e in acts if any(_same_party(t, a) for t in e.target for a in aimed)), None)
        elif acts and all(any(_same_party(a, b) for a in e.source for b in acts[0].source) for e in acts):
            act = acts[0]
        else:
            act = next((e for e in acts if e.sentence_index >= sentence.index - EARLIER_ACT_SENTENCES), None)
        # (not attackers no one named: "verurteilte die Angriffe" on hospitals by unknown
        # attackers names no one the criticism is aimed at)
        if act is None or not _known(act.source) or any(_same_party(a, b) for a in act.source for b in source):
            return []
        return [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                for a in _known(act.source)]

    def _blamed(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """Who an accusation blames for an event noun with no agent of its own ("machten Russland
        für den Angriff auf das Spital verantwortlich", "blamed Israel for the air strike"): the
        accused did it, by the accuser's account. A possessive pronoun is his too ("sanctioned Russia
        for its invasion of Ukraine", "dankte der Türkei für ihre Vermittlung"), not the subject's."""
        if clause.predicate.kind != "noun" or any(p.actors and not p.pronoun for p in _phrases(clause, "possessor")):
            return []
        if _known(_actors(clause, "agent")):
            return []       # its own doer named ("for the arrest of a journalist by Belarusian police")
        if (own := self._frame(clause)) is not None and own.cameo.startswith(PROTEST_CODES):
            return []       # protests blamed on a state are said to be stirred up by it, not held by it
        parent = self._governing(clause, clauses, BLAME_CODES, "prep", self.words.blame_prepositions) or \
            self._governing(clause, clauses, CHARGE_CODES, "prep", self.words.charge_prepositions)
        if parent is None or parent.predicate.kind != "verb":
            return []
        # the one it is aimed at: its object, or a phrase of its target ("verhängte Sanktionen gegen
        # Russland wegen des Angriffs", "imposed sanctions on Russia over the attack")
        frame = self._frame(parent)
        roles = ["object", "dative"] + [r for r in (frame.target if frame else ()) if r.startswith("prep:")]
        accused = next((found for r in roles if (found := _known(_actors(parent, r)))), [])
        return [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                for a in accused]

    def _sides_named(self, clause: Clause, clauses: list[Clause], sentence: Sentence, home: str | None) -> bool:
        """Whether an event noun names its sides with zwischen/between ("bei Gefechten zwischen
        der Armee und Rebellen starben ...": the fighting is coded, not only the deaths)."""
        frame = self._frame(clause) if clause.predicate.kind == "noun" and self._between_named else None
        return frame is not None and any(p.prep in self.words.between_prepositions and p.actors
                                         for p in clause.args("prep")) and bool(
            self._between(frame, clause, clauses, sentence, home)[0])

    def _allegations(self, index: int, clauses: list[Clause]) -> list[int]:
        """The clauses under an accusation or investigation that tell the alleged act as hearsay
        ("ermittelt gegen ihn, weil er Demonstranten bewaffnet haben soll"): what is alleged,
        not an act the text reports."""
        under: dict[int | None, list[int]] = {}
        for k, c in enumerate(clauses):
            under.setdefault(c.parent, []).append(k)
        direct = [k for k in under.get(index, []) if k != index and clauses[k].predicate.kind == "verb"]
        hearsay = [k for k in direct if (clauses[k].predicate.modal or "").lower() in self.words.hearsay_modals]
        if not clauses[index].predicate.tokens:
            return hearsay
        accusation = clauses[index]
        trigger = accusation.predicate.tokens[0].start
        accused = {a.code for role in ("object", "dative") for a in _known(_actors(accusation, role))}
        accuser = _actors(accusation, "subject")
        # (not an act done to the accuser in answer: "criticised the bill, drawing a rebuke from Beijing")
        content = {k for k in direct if clauses[k].predicate.tokens and clauses[k].predicate.tokens[0].start > trigger
                   and self._alleged(_known(_actors(clauses[k], "subject")), accused, accuser)
                   and not self._means(clauses[k])
                   and not ((frame := self._frame(clauses[k])) is not None and frame.suffered)
                   and not self._sequel(clauses[k])}
        todo = list(content)               # and everything under them, each clause once
        while todo:
            for k in under.get(todo.pop(), []):
                if k not in content and k != index:
                    content.add(k)
                    todo.append(k)
        return hearsay + sorted(content)

    def _denied_claim(self, clause: Clause, clauses: list[Clause],
                      home: str | None = None) -> tuple[int, str, list[Actor], list[Actor]] | None:
        """A denial of a criticism or an accusation whose maker a phrase of origin names ("rejected
        accusations from the European Commission that it had broken EU law", "dismissed criticism
        from Human Rights Watch"), or the claim noun's possessor or agent does ("wies die Vorwürfe Moskaus
        zurück", "rejected Iran's allegations"; a name, not a pronoun): the denial is a statement,
        but the accusation was made, by the one named, against the one who denies it. The noun's
        clause, its code (a noun frame of disapproval), source and target; None when no such
        accusation is named."""
        if clause.predicate.kind != "verb" or clause.predicate.voice == "passive" or clause.predicate.negated:
            return None
        origin = [p for p in clause.args("prep") if (p.prep or "").lower() in self.words.origin_prepositions]
        named = _known([a for p in origin for a in p.actors])
        target = _known(_actors(clause, "subject"))
        if not target and home is not None and _actors(clause, "subject") and all(
                a.code == "UNK" and a.sector for a in _actors(clause, "subject")):
            # a body of the article's state that denies ("Der Innenminister wies die Kritik der
            # Grünen zurück"): its country as ``_localise`` gives it
            target = _known(self._localise(_actors(clause, "subject"), [], home)[0])
        if not target:
            return None
        objects = clause.args("object")
        for k, noun in enumerate(clauses):
            if noun.predicate.kind != "noun" or not noun.predicate.tokens or not any(
                    o.start <= noun.predicate.tokens[0].start < o.end for o in objects):
                continue
            frame = next((f for f in self.frames.nouns(noun.predicate.lemma)
                          if f.cameo.startswith(DISAPPROVE_CODES)), None)
            if frame is None:
                continue
            # (or its agent: "rejected the accusations by Congo")
            # (an unnamed maker of the kind that criticises its own state, "wies die Kritik der
            # Opposition zurück", takes its country as ``_localise`` gives it: the article's, else
            # the denier's; not unnamed activists, who may be anyone's)
            makers = [a for p in noun.arguments if not p.pronoun and (
                p.role in ("possessor", "genitive", "agent") or (p.prep or "").lower() in self.words.origin_prepositions)
                for a in p.actors]
            if any(a.code == "UNK" for a in makers) and all(a.sector in HOME_CRITIC_SECTORS for a in makers):
                makers, _ = self._localise(makers, target, home)
            source = named or _known(makers)
            # the one it is made against, where the noun names one ("wies die Vorwürfe der USA gegen
            # Russland zurück": China denies an accusation against Russia)
            against = _known([a for p in noun.args("prep") if f"prep:{(p.prep or '').lower()}" in frame.target
                              for a in p.actors]) or target
            # (two parties of one state named are rivals, not one side: "Die SPÖ wies die Kritik
            # der ÖVP zurück", see ``_parties``)
            if source and (not _same(source, against) or all(_parties(a, b) for a in source for b in against)):
                return k, frame.cameo, source, against
            return None
        return None

    @staticmethod
    def _under(index: int, clauses: list[Clause]) -> set[int]:
        """The clauses a clause governs, directly or further down, after its trigger."""
        trigger = clauses[index].predicate.tokens[0].start
        found: set[int] = set()
        todo = [index]
        while todo:
            parent = todo.pop()
            for k, c in enumerate(clauses):
                if c.parent == parent and k != index and k not in found and c.predicate.tokens \
                        and c.predicate.tokens[0].start > trigger:
                    found.add(k)
                    todo.append(k)
        return found

    def _deploy(self, doc: Document) -> frozenset[str]:
        """The states that the article says placed troops somewhere ("Die USA haben 2000 Soldaten
        in Syrien stationiert", "France sent 3,000 soldiers to Mali"): the unnamed soldiers of
        such a clause, and the relative clause that tells what they do ("..., die kurdische
        Streitkräfte ausbilden", "..., who train Kurdish forces"), are the sending state's, not
        the country they were sent to. Their own state says nothing of where their enemies are
        from (``_localise``'s ``foreign``); the article's country is counted before."""
        states: set[str] = set()
        for sentence in doc.sentences:
            for index, clause in enumerate(sentence.clauses):
                predicate = clause.predicate
                if predicate.kind != "verb" or predicate.voice != "active" or predicate.negated \
                        or predicate.lemma.lower() not in self._deploying:
                    continue
                owners = {a.code for p in clause.args("subject") for a in p.actors}
                if len(owners) != 1 or not state(next(iter(owners))):
                    continue
                [owner] = owners
                # where they were sent, which the phrase after the soldiers gave them as their seat
                # ("2000 Soldaten in Syrien": SYR, see ActorAnnotator._seat)
                places = {(p.start, p.end) for p in clause.args("prep")}
                sent_to = {a.code for p in clause.args("prep") for a in p.actors}
                troops = [a for p in clause.args("object") for a in p.actors
                          if (a.code == "UNK" or a.code in sent_to) and a.sector == "MIL"
                          and a.name is None and not a.abroad]
                if not troops:
                    continue
                for actor in troops:
                    actor.code = owner
                end = max(a.end for a in troops)
                spans = {(a.start, a.end) for a in troops}
                for child in sentence.clauses:
                    if child.parent != index:
                        continue
                    for p in child.args("subject"):
                        for actor in p.actors:      # the relative clause's own copy of the soldiers
                            if (actor.start, actor.end) in spans and actor.sector == "MIL":
                                actor.code = owner
                        # "..., die kurdische Streitkräfte ausbilden"; "troops in Syria, who train":
                        # the parse that makes the place the relative clause's subject
                        if p.tokens and p.tokens[-1].start >= end and (
                                pronoun_kind(p.tokens[-1], self.lang) == "relative" or (p.start, p.end) in places):
                            p.actors = [dataclasses.replace(a, text=p.text, start=p.start, end=p.end)
                                        for a in troops[:1]]
                states.add(owner)
        return frozenset(states)

    def _protesting_peoples(self, sentence: Sentence, source: list[Actor]) -> list[Actor]:
        """A people named as the actor of a protest are its civilians, not its state: "Ukrainer
        demonstrierten gegen Russland", "Hungarians protested against the government" (a noun
        of people, tagged as a common or plural noun; not the state's name, "Hungary protested")."""
        nouns = self.tags.common_noun | self.tags.plural_noun
        ends = {t.end: t for t in sentence.tokens}
        for actor in source:
            word = ends.get(actor.end)
            if actor.sector is None and state(actor.code) and actor.name is None and word is not None \
                    and word.pos in nouns and word.text[:1].isupper():
                actor.sector = "CVL"
        return source

    def _crowd_clash(self, code: str, source: list[Actor], target: list[Actor],
                     sentence: Sentence) -> tuple[str, list[Actor], list[Actor]]:
        """Fighting between a crowd and soldiers or police, told of both sides ("Zusammenstöße
        zwischen Steine werfenden Palästinensern und israelischen Soldaten", "clashes between
        Palestinians and Israeli troops"), is the crowd's riot against the forces (145): the crowd
        is a people named by a noun (civilians, as ``_protesting_peoples`` makes them) or of a
        civil sector (``CROWD_SECTORS``). Fighting of armed sides stays fighting."""
        if code != ARMED_ATTACK_CODE or {id(a) for a in source} != {id(a) for a in target} and \
                {(a.code, a.sector, a.start) for a in source} != {(a.code, a.sector, a.start) for a in target}:
            return code, source, target
        forces = [a for a in source if a.sector in SECURITY_SECTORS]
        others = [a for a in source if a.sector not in SECURITY_SECTORS]
        if not forces or not others:
            return code, source, target
        crowd = self._protesting_peoples(sentence, [dataclasses.replace(a) for a in others])
        if not all(a.sector in CROWD_SECTORS for a in crowd):
            return code, source, target
        return RIOT_CODE, crowd, forces

    def _army_of(self, actor: Actor) -> str | None:
        """The country of unnamed soldiers ("die Soldaten", "the troops") when the article names
        one state's forces only, and the sentence places them nowhere else."""
        if actor.code != "UNK" or actor.abroad or actor.sector != "MIL" or len({a.code for a in self._places}) > 1:
            return None
        return self._army if not self._places or self._places[0].code == self._army else None

    def _named_persons(self, clause: Clause, roles: tuple[str, ...], home: str | None) -> list[Actor]:
        """The private persons an arrest, a shooting or a killing names by a name no dictionary knows
        ("Sims, 20, was shot by Simpson", "the arrest of Dyteon Simpson"): civilians of the article's
        country (not of a town the sentence names, which may be a word of the name of a building:
        "Police" is a Polish town); none when it is unknown. A name is one to three proper nouns (an
        age after it aside) that name no place."""
        from chronist.geo.locate import locate_words
        found = []
        for role in roles:
            for phrase in _phrases(clause, role):
                if phrase.pronoun and not phrase.actors:
                    found += self._named_before(phrase)
                    continue
                if phrase.actors or phrase.pronoun:
                    continue
                words = [t for t in phrase.tokens if t.text != ","]
                while words and words[-1].text.isdigit():
                    words.pop()                     # "Sims, 20"
                while words and (words[0].text.lower() in self.words.determiners or self._age(words[0].text)):
                    words.pop(0)                    # "der 20-jährige Sims"
                if not 1 <= len(words) <= 3 or not all(t.pos in self.tags.proper_noun and t.text[:1].isupper()
                                                       for t in words):
                    continue
                if locate_words([t.text for t in words], lang=self.lang) is not None:
                    continue
                found.append(Actor(code="UNK", sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end))
        found, _ = _localise(found, [], [], home)
        found = [a for a in found if a.code != "UNK"]
        self._named_seen += [(self._at, a) for a in found if a.text and not any(
            t.lower() in self.words.personal_pronouns for t in a.text.split())]
        return found

    def _confessor(self, frame: Frame, clause: Clause, clauses: list[Clause], home: str | None) -> list[Actor]:
        """Who did an act of violence an event noun names as what a verb of confessing (the
        pack's ``confession_verbs``) in the active confesses: its subject, or the private person
        it names by a name no dictionary knows, by a pronoun of one or by a noun of a private person
        ("Feldman gestand den Mord an einer Rentnerin", "er habe die Schüsse auf den Wachmann
        gestanden", "der Mann habe den Angriff gestanden", "confessed to the
        killing of a guard"); none when the noun names its own doer ("gab den Angriff der Rebellen zu")."""
        if clause.predicate.kind != "noun" or not frame.cameo.startswith(VIOLENCE_CODES) or clause.parent is None \
                or not clause.predicate.tokens or any(_actors(clause, r) for r in ("possessor", "genitive") + frame.source
                                                      if r != "parent" and r not in frame.target):
            return []
        parent = clauses[clause.parent]
        if parent.predicate.kind != "verb" or parent.predicate.voice == "passive":
            return []
        # (a form the tagger gives another verb's lemma, "gestanden" of "stehen", with an object only)
        verbs = self.words.confession_verbs
        trigger = clause.predicate.tokens[0].start
        if not (parent.predicate.lemma.lower() in verbs and self._holds(parent, ("object", "prep"), trigger)
                or any(t.text.lower() in verbs for t in parent.predicate.tokens) and self._holds(parent, ("object",), trigger)):
            return []
        # (or a private person named by a noun: "der Mann habe die Schüsse gestanden" is the man's
        # act, a civilian of the article's country as the one harmed would be, not the act of the
        # police who report the confession)
        return _known(_actors(parent, "subject")) or self._named_persons(parent, ("subject",), home) \
            or self._private_persons(parent, ("subject",), home)

    def _named_before(self, phrase: Phrase) -> list[Actor]:
        """The private person a personal pronoun of one person (the pack's ``personal_pronouns``: "he",
        "ihn") that names no actor stands for: the one person a name no dictionary knows named in an
        act coded in this sentence or the one before ("Mark Feldman was arrested on Monday. He was
        charged with robbery"); none when that was no one or more than one."""
        if len(phrase.tokens) != 1 or phrase.tokens[0].text.lower() not in self.words.personal_pronouns:
            return []
        near = [a for at, a in self._named_seen if at >= self._at - 1]
        # one person by the last word of the name ("Mark Feldman, 25" and "Feldman")
        names = {next((w.casefold() for w in reversed(a.text.replace(",", " ").split()) if w.isalpha() and w[:1].isupper()),
                      a.text) for a in near}
        if len(names) != 1:
            return []
        person = near[-1]
        return [dataclasses.replace(person, text=phrase.text, start=phrase.start, end=phrase.end)]

    def _age(self, word: str) -> bool:
        """Whether a word tells a person's age ("20-jährige": ``Words.age_nouns`` after a number)."""
        number, _, rest = word.lower().partition("-")
        return number.isdigit() and rest in self.words.age_nouns

    def _counted_act(self, clause: Clause, sentence: Sentence) -> bool:
        """Whether an event noun is counted: a number (digits or one of the pack's
        ``number_words``, or a word of its ``count_words``) stands before it, at most three words back
        with no verb, preposition or punctuation between ("Four arrests", "Four attempted murder
        arrests", "zwei Festnahmen", "es kam zu zahlreichen Festnahmen")."""
        pred = clause.predicate
        if pred.kind != "noun":
            return False
        trigger = pred.tokens[0]
        before = [t for t in sentence.tokens if t.end <= trigger.start][-3:]
        if not before and sentence.index == 0 and pred.tokens[-1] is not sentence.tokens[-1]:
            # the noun that opens a headline stands for arrests told without a number ("Festnahme
            # nach Messerangriff in Bremen", "Verhaftungen nach Krawallen in Leipzig")
            return True
        for k in range(len(before) - 1, -1, -1):
            t = before[k]
            if self._number(t):
                return True
            # (a participle between the number and a noun qualifies the noun: "Four attempted murder
            # arrests"; not a verb before its article: "2010 folgte ein Haftbefehl")
            if self.tags.is_verb(t.pos) and 0 < k < len(before) - 1 and self._number(before[k - 1]) \
                    and before[k + 1].pos in self.tags.common_noun:
                continue
            if not t.text[:1].isalnum() or self.tags.is_verb(t.pos) or t.pos in self.tags.preposition:
                return False
        return False

    def _number(self, token: Token) -> bool:
        """A number in digits, one of the pack's ``number_words`` or of its ``count_words``."""
        low = token.text.lower()
        return token.text.isdigit() or low in self.words.number_words or low in self.words.count_words

    def _private_persons(self, clause: Clause, roles: tuple[str, ...], home: str | None) -> list[Actor]:
        """Whom violence harmed when a phrase names a private person by a noun no actor has ("a man
        was shot in Kent", "a 16-year-old was stabbed": ``Words.private_persons``, the last words of
        the phrase's head): civilians of the country the sentence places the act in, or of the
        article's; none when neither is known."""
        persons = self.words.private_persons
        found = []
        for role in roles if persons else ():
            for phrase in _phrases(clause, role):
                if phrase.actors or phrase.pronoun:
                    continue
                head = [t.lemma.lower() for t in phrase.tokens[:phrase.attribute]]
                # (or a noun of age: "ein 21-Jähriger wurde niedergestochen", ``Words.age_nouns``)
                aged = bool(phrase.tokens[:phrase.attribute]) and self._age(phrase.tokens[:phrase.attribute][-1].text)
                if aged or any(" ".join(head[-n:]) in persons for n in (1, 2, 3) if len(head) >= n):
                    found.append(Actor(code="UNK", sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end))
        found, _ = self._localise(found, [], home)
        return [a for a in found if a.code != "UNK"]

    def _town_counts(self, doc: Document) -> Counter[str]:
        """In how many sentences an article's "in" phrases, and the names after a town preposition
        anywhere (``_town_runs``), name a big town of each country ("was found in Birkenhead,
        Merseyside", "Police in Baton Rouge", "was in the Meadows area of Nottingham"). A town counts when every place
        of its name big enough to be known by its name alone lies in one country ("Oxford" is the
        English one; "Birmingham" is not counted, nor "Somerset", whose gazetteer places are
        small), and is no capital ("in Brussels" may be the EU's seat, as in ``_in_towns``)."""
        from chronist.geo.locate import token_mentions
        counts: Counter[str] = Counter()
        for sentence in doc.sentences:
            towns = set()
            runs = [(_name_words(phrase.tokens, self.tags.proper_noun), bool(phrase.actors))
                    for clause in sentence.clauses for phrase in clause.args("prep", prep="in")]
            runs += self._town_runs(sentence)
            for names, named in runs:
                found = token_mentions(names, lang=self.lang) if names and not named else []
                if found:
                    mention = min(found, key=lambda m: (m.specificity, m.start))
                    # a place of the project's own list ("in Devon") tells its country as a big town does
                    big = [e.place for e in mention.entries if e.place.kind == "place" and e.place.country] or \
                        [e.place for e in mention.entries if e.place.population >= _KNOWN_TOWN]
                    countries = {p.country for p in big}
                    # not a capital, which may stand for a body seated there ("in Brussels")
                    towns |= countries if len(countries) == 1 and not any(p.capital for p in big) else set()
            counts.update(towns)
        return counts

    def _town_runs(self, sentence: Sentence) -> list[tuple[list[str], bool]]:
        """The names right after a preposition of the pack's ``town_prepositions`` anywhere in a
        sentence, after determiners, or after "of" ("von": ``town_area_prepositions``) and a noun
        of the pack's ``town_area_nouns``, also in phrases the parse makes no clause's ("was in the
        Meadows area of Nottingham", "the outskirts of Leeds", "am Stadtrand von Marseille"): each run of proper nouns (and commas between
        them), and whether an actor of the sentence has one of its words ("the
        Governor of Texas" names an actor, not a town)."""
        preps = self.words.town_prepositions
        tokens = sentence.tokens
        spans = [(a.start, a.end) for _, p in phrases(sentence) for a in p.actors] if preps else []
        runs = []
        areas = self.words.town_area_nouns
        for k, token in enumerate(tokens):
            if token.text.lower() not in preps and not (
                    token.text.lower() in self.words.town_area_prepositions and k
                    and {tokens[k - 1].text.lower(), tokens[k - 1].lemma.lower()} & areas) and not (
                    token.text.lower() in self.words.person_origin_prepositions and self._person_before(tokens, k)):
                continue
            run: list[Token] = []
            first = k + 1
            while first < len(tokens) and tokens[first].text.lower() in self.words.determiners:
                first += 1                      # "in the Oxford Grove area"
            for other in tokens[first:]:
                if other.pos in self.tags.proper_noun or (run and other.text[:1].isupper()
                                                           and run[-1].pos in self.tags.proper_noun):
                    run.append(other)
                elif other.text == "," and run:
                    continue
                else:
                    break
            if run:
                named = any(start < t.end and t.start < end for t in run for start, end in spans)
                runs.append(([t.text for t in run], named))
        return runs

    def _person_before(self, tokens: list[Token], k: int) -> bool:
        """Whether the words right before token ``k`` end a noun of a private person
        (``Words.private_persons``: "a boy", "a 19 year-old") or of an age ("ein 25-Jähriger")."""
        words = [t.lemma.lower() for t in tokens[max(0, k - 3):k]]
        return k > 0 and (self._age(tokens[k - 1].text) or any(
            " ".join(words[-n:]) in self.words.private_persons for n in (1, 2, 3) if len(words) >= n))

    def _states_named(self, sentence: Sentence) -> set[str]:
        """The states a sentence's phrases name, read once a sentence (a line of many clauses
        would read them again for each)."""
        if self._named_states[0] is not sentence:
            self._named_states = (sentence, {a.code for _, p in phrases(sentence) for a in p.actors if state(a.code)})
        return self._named_states[1]

    @staticmethod
    def _subject_of_parent(clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is inside the subject of the verb it depends on: what drew a
        reaction there ("Die Offensive der Türkei rief in Paris scharfe Kritik hervor"), whose
        place phrases are the verb's (the criticism was in Paris, the offensive not)."""
        if clause.predicate.kind != "noun" or clause.parent is None or not clause.predicate.tokens:
            return False
        parent = clauses[clause.parent]
        if parent.predicate.kind != "verb":
            return False
        start = clause.predicate.tokens[0].start
        return any(p.start <= start < p.end for p in parent.args("subject"))

    def _attacked_towns(self, frame: Frame, clause: Clause, sentence: Sentence, home: str | None,
                        source: list[Actor], aimed_only: bool = False) -> list[Actor]:
        """"Rebels shelled Homs", "Russische Truppen beschossen Charkiw", "griffen die Stadt
        Maiduguri an": a town or region that forces attack, named in a role of the frame with no
        actor of its own, stands for the people who live there: civilians of its country. A name
        counts as a town when the gazetteer knows a big town of it (``_KNOWN_TOWN``) or has it in
        the project's own list of places ("Odessa", "Donbass"), when a noun
        of places goes with it ("the town of Jericho"), when its town lies in a state the sentence
        or the article is about, or when armed forces or a state named bare are the source ("Israeli troops raided
        Jericho", "Russia shelled Kherson": any town the gazetteer knows); a capital is left to the actors (it may stand for its
        government), and a phrase with a pronoun to coreference."""
        from chronist.geo.gazetteer import Gazetteer
        from chronist.geo.locate import locate_words
        words = Gazetteer.default().words[self.lang]
        place_nouns = words.place_nouns
        # a state named bare makes war with its forces ("Russia shelled Kherson"), as they do
        armed = bool(source) and all(a.sector in ARMED_SECTORS or (
            a.sector is None and a.name is None and state(a.code)) for a in source)
        known: set[str] | None = None       # the states the sentence names, once a name is found
        for role in frame.target:
            if aimed_only and role[5:] not in self.words.aim_prepositions:
                continue        # ``aimed_only``: only a phrase the force is aimed at ("at Sderot")
            out = []
            for phrase in _phrases(clause, role) if role != "complement" else ():
                if phrase.actors or phrase.pronoun:
                    continue
                names = _name_words(phrase.tokens, self.tags.proper_noun) or _first_word(phrase, sentence) \
                    or self._area_names(phrase, clause)
                nouns_alone = not names and any(t.lemma.casefold() in place_nouns for t in phrase.tokens)
                # a site that armed men strike stands for the people there, as villages do (Words.site_nouns)
                site = _head_noun(phrase, self.tags.common_noun) in self.words.site_nouns
                nouns_alone = nouns_alone or (armed and not names and site)
                if not names and not nouns_alone and armed:
                    names = _bare_word(phrase, self.tags.common_noun)
                if not names:
                    if nouns_alone and not out:
                        # places named by their noun alone, where the clause says where they lie:
                        # "bombed villages in Idlib province", "beschossen Ortschaften nahe Aleppo"
                        out = self._settlements(phrase, clause, words.place_prepositions, sentence, home, source)
                    continue
                if any(n.casefold() in self._surnames for n in names):
                    continue        # a person's name ("fired on Morales supporters"), no town
                if known is None:
                    known = self._states_named(sentence) | ({home} if home else set())
                place = locate_words(names, lang=self.lang, countries=known)
                if place is None or not place.country or place.kind == "country" or place.capital:
                    continue
                whole = locate_words([t.text for t in phrase.tokens], lang=self.lang, countries=known)
                if whole is not None and whole.country is None:
                    continue        # a sea or strait between states ("the Gulf of Aden" is not Aden)
                noun = any(t.lemma.casefold() in place_nouns or t.text.casefold() in place_nouns for t in phrase.tokens)
                if noun or armed or place.population >= _KNOWN_TOWN or place.kind == "place" \
                        or place.country in (known or ()):
                    out.append(Actor(code=place.country, sector="CVL", text=phrase.text,
                                     start=phrase.start, end=phrase.end))
            if out:
                return out
        return []

    def _part_refused(self, clause: Clause) -> bool:
        """Whether a verb of refusing (``Words.part_refusing_verbs``) has for its object a noun of a
        part in an act (``Words.part_nouns``) with an indefinite article: "lehnte eine Beteiligung
        an der Mission ab" refuses to take part, where "wies jede Beteiligung zurück" denies one."""
        if clause.predicate.kind != "verb" or clause.predicate.lemma.lower() not in self.words.part_refusing_verbs:
            return False
        parts = {w.casefold() for w in self.words.part_nouns}
        return any(p.tokens and (p.determiner or p.tokens[0]).text.casefold() in self.words.indefinite
                   and any(t.lemma.casefold() in parts for t in p.tokens[:p.attribute])
                   for p in clause.args("object"))

    def _part_in(self, clause: Clause, source: list[Actor]) -> list[Actor]:
        """Whom the act a refused part is in names, in a phrase after the part's noun ("lehnte eine
        Beteiligung an der US-geführten Mission ab": the mission's leader), not a place."""
        objects = clause.args("object")
        after = max((p.end for p in objects), default=0)
        codes = {a.code for a in source}
        return [a for p in clause.args("prep") if p.start >= after
                and (p.prep or "") not in self.words.location_prepositions
                for a in _known(p.actors) if a.code not in codes]

    def _threatened_towns(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                          sentence: Sentence, home: str | None, source: list[Actor]) -> list[Actor]:
        """"Russia threatened to attack Kharkiv", "drohte, Charkiw zu bombardieren": the town a
        threatened act of violence of the source's own is aimed at stands for its state, as it
        does when the act is done (``_attacked_towns``)."""
        if not frame.cameo.startswith(THREATENING_CODES) or "complement" not in frame.target \
                or clause.predicate.kind != "verb":
            return []
        content = self._content(clause, index, clauses)
        inner = self._frame(clauses[content]) if content is not None else None
        if inner is None or not inner.cameo.startswith(VIOLENCE_CODES) or clauses[content].predicate.negated:
            return []
        doers = _known(_actors(clauses[content], "subject"))
        if doers and not _same(doers, source):
            return []             # "threatened that the rebels would shell Kharkiv": theirs, no threat of the source's
        return [a for a in self._attacked_towns(inner, clauses[content], sentence, home, source)
                if a.code not in {b.code for b in source}]

    def _area_names(self, phrase: Phrase, clause: Clause) -> list[str]:
        """The names of the town a phrase of a part of a town names in the clause's phrase right
        after it, where the parse made that its own phrase ("griffen den Hafen von Hodeida an":
        the pack's ``town_area_nouns`` and ``town_area_prepositions``)."""
        if _head_noun(phrase, self.tags.common_noun) not in self.words.town_area_nouns:
            return []
        for after in clause.args("prep"):
            if after.prep in self.words.town_area_prepositions and not after.actors \
                    and 0 < after.start - phrase.end <= len(after.prep) + 2:
                return _name_words(after.tokens, self.tags.proper_noun)
        return []

    def _settlements(self, phrase: Phrase, clause: Clause, preps: frozenset[str], sentence: Sentence,
                     home: str | None, source: list[Actor] = ()) -> list[Actor]:
        """The civilians of the country where the places a phrase names by their noun alone lie
        ("villages", "Ortschaften"), by the clause's place phrase that names a town or region
        ("in Idlib province", "nahe Aleppo"); a capital there is where they lie, not its
        government ("villages near Damascus"). With no place phrase, the one state the sentence
        before placed its events in (``_scene``), when a state or its forces attack them from
        outside it and the clause has no prepositional phrase at all ("Russian jets bombed several
        villages"): not a state's own forces (its army "recaptured three villages" from its rebels:
        the other side of its war, ``_enemy``), nor rebels."""
        from chronist.geo.locate import locate_words
        known = self._states_named(sentence) | ({home} if home else set())
        for where in clause.arguments:
            if where.role != "prep" or where.prep not in preps or where.pronoun:
                continue
            if where.actors:
                # a state or a region of one named bare or with its noun ("in Rakhine state"), or a
                # capital, is where they lie too ("in central Mali", "in Mogadishu"); not a force's
                # ("in Syrian army-held areas")
                seats = self._seats(where.actors)
                region = _head_noun(where, self.tags.common_noun) in self.words.region_nouns
                codes = {a.code for a in where.actors if state(a.code) and (
                    a.sector is None or id(a) in seats or (region and a.sector == "GOV"))}
                if len(codes) == 1 and len(codes) == len({a.code for a in where.actors}):
                    return [Actor(code=codes.pop(), sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end)]
                continue
            names = _name_words(where.tokens, self.tags.proper_noun)
            place = locate_words(names, lang=self.lang, countries=known) if names else None
            if place is not None and place.country and place.kind != "country":
                return [Actor(code=place.country, sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end)]
        if self._scene is not None and source and self._scene not in {a.code for a in source} \
                and all(state(a.code) and a.sector in ("MIL", "GOV", None) for a in source) \
                and not any(where.role == "prep" for where in clause.arguments):
            # no place named: where the sentence before placed its events ("Russland hat seine
            # Angriffe in Syrien verstärkt. Russische Kampfflugzeuge bombardierten mehrere Dörfer")
            return [Actor(code=self._scene, sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end)]
        return []

    def _in_towns(self, sentence: Sentence, home: str | None) -> list[Actor]:
        """The states of the towns and regions a sentence's place phrases name, where they name no
        state ("in der US-Ostküstenstadt Philadelphia", "in Bozen"): a policeman shot there is
        that state's, whatever country the article is most about."""
        tokens = sentence.tokens
        starts = [t.start for t in tokens]
        placed = [p for c in sentence.clauses for p in c.arguments if any(state(a.code) for a in p.actors)]
        # a town's name in more than one country ("Rafah"): the one of the sentence's states or the article's
        known = {a.code for p in placed for a in p.actors if state(a.code)} | ({home} if home else set())
        def seat(phrase: Phrase) -> bool:
            """Whether the phrase tells where an actor of known country sits ("das deutsche
            Hilfswerk missio in Aachen"), not where the event happened."""
            k = bisect_left(starts, phrase.start) - 2          # the word before the preposition
            while k >= 0 and tokens[k].pos in self.tags.proper_noun and \
                    not any(p.start <= tokens[k].start < p.end for p in placed):
                k -= 1                                          # a name after the phrase: "missio"
            return k >= 0 and any(p.start <= tokens[k].start < p.end for p in placed)
        out = []
        for clause in sentence.clauses:
            # as _in_places: not "nach Genf", a destination; but "near Qamishli", "nahe Aleppo"
            for phrase in (p for p in clause.args("prep") if p.prep == "in" or p.prep in self.words.vicinity_prepositions):
                # an agent of no country does not hide the town ("im Baton Rouge Police Department")
                if any(a.code != "UNK" for a in phrase.actors) or seat(phrase):
                    continue
                place = _whole_place(phrase.tokens, self.tags.proper_noun, self.lang, known)
                # a capital that names no state is so on purpose: "in Brüssel", the EU's seat
                if place is not None and place.country and place.kind != "country" and not place.capital:
                    out.append(Actor(code=place.country, sector=None, text=phrase.text,
                                     start=phrase.start, end=phrase.end))
            out += self._town_bodies(clause, known)
        return out

    def _town_bodies(self, clause: Clause, known: set[str]) -> list[Actor]:
        """The states of the towns whose names stand right before a police force, a court or
        another body of a state of no country named ("An Istanbul court convicted the mayor",
        "Lagos police arrested a man"): they sit there, as "a court in Istanbul" does (a capital
        is a state already: "a Moscow court"); and of a town's adjective before it, the name with
        the pack's ``town_adjective_endings`` cut off ("Ein Istanbuler Gericht", "die Kölner
        Polizei"; a capital's too, which the dictionaries do not name: "die Pariser Staatsanwaltschaft")."""
        from chronist.geo.locate import locate
        out = []
        for phrase in clause.args("subject", "object", "agent"):
            if not phrase.actors or any(a.code != "UNK" or a.sector not in STATE_SECTORS for a in phrase.actors):
                continue
            before = [t for t in phrase.tokens if t.end <= phrase.actors[0].start]
            # (an adjective the tagger knows has a stem of its own: "Neuer" is "neu"; "Kölner" is "kölner")
            word = before[-1].text if before and before[-1].lemma.lower() == before[-1].text.lower() else ""
            ending = next((e for e in self.words.town_adjective_endings if word[:1].isupper() and word.endswith(e)), None)
            if ending is not None and len(word) > len(ending) + 2:
                place = locate(word[:-len(ending)], lang=self.lang)
                if place is not None and place.country and place.kind != "country":
                    out.append(Actor(code=place.country, sector=None, text=phrase.text, start=phrase.start, end=phrase.end))
                    continue
            while before and before[0].pos not in self.tags.proper_noun:
                before = before[1:]         # "An", "the": the names right before the body
            if not before or any(t.pos not in self.tags.proper_noun for t in before):
                continue
            place = _whole_place(before, self.tags.proper_noun, self.lang, known)
            if place is not None and place.country and place.kind != "country" and not place.capital:
                out.append(Actor(code=place.country, sector=None, text=phrase.text, start=phrase.start, end=phrase.end))
        return out

    def _localise(self, source: list[Actor], target: list[Actor], home: str | None,
                  apart: bool = False, between: tuple[bool, bool] = (False, False),
                  anyone: bool = False, wide: bool = False, own: bool = False,
                  governments_placed_last: bool = False) -> tuple[list[Actor], list[Actor]]:
        """``_localise`` with unnamed soldiers first given the article's one army (``_army_of``);
        ``between``: whether the act is one done to another party, for its source and its target
        (``TO_OTHERS_CODES`` and ``DEPORT_CODES`` for the target, ``ATTACK_CODES`` for both);
        ``anyone``: the unnamed actors of any sector, not only officials and forces; ``wide``: the
        other side's government actors of any kind, not only states named bare or by their
        capital; ``own``: the act is an arrest or a crackdown, which a state's forces do to its own people."""
        def enlist(actors: list[Actor]) -> list[Actor]:
            return [Actor(code=army, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                    if (army := self._army_of(a)) else a for a in actors]
        source, target = self._federal(source, home), self._federal(target, home)
        return _localise(enlist(source), enlist(target), self._places or self._towns, home, self._scene, apart,
                         self._deployed, between, self._seats(source + target) if any(between) else frozenset(), anyone,
                         wide, self._filed if apart else None, own, self._missions(source + target, self._sentence),
                         governments_placed_last)

    def _federal(self, actors: list[Actor], home: str | None) -> list[Actor]:
        """A federation's body no federation was named for before ("die Bundesregierung": see
        ``Words.federations``), in an article about no federal state nor filed in one: the first
        of the pack's federations, the one its press means, not the article's country ("Peking –
        ... Die Bundesregierung kritisierte das Urteil" is Germany's)."""
        words = self.words
        if not words.federations or any(c in words.federal_states for c in (home, self._filed) if c):
            return actors
        return [Actor(code=words.federations[0], sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                if a.code == "UNK" and not a.abroad and a.text.strip().lower().startswith(words.federal_prefixes)
                else a for a in actors]

    def _missions(self, actors: list[Actor], sentence: Sentence | None) -> frozenset[int]:
        """The ids of the actors of a sentence that are a state's mission abroad, named by a noun
        of the pack's ``mission_nouns``: the last word of the actor ("the US embassy", "die
        russische Botschaft") or of the compound it begins ("vor der US-Botschaft")."""
        nouns = self.words.mission_nouns
        tokens = sentence.tokens if sentence is not None else []
        if self._token_starts[0] is not sentence:     # once per sentence: a fuzzed line has thousands of clauses
            self._token_starts = (sentence, [t.start for t in tokens])
        starts = self._token_starts[1]
        out = set()
        for actor in actors:
            if not state(actor.code) or not actor.text:
                continue
            words = [actor.text.split()[-1]]
            k = bisect_right(starts, actor.start) - 1
            words += [tokens[k].text] if k >= 0 else []
            if any(w.rsplit("-", 1)[-1].lower() in nouns for w in words):
                out.add(id(actor))
        return frozenset(out)

    def _seats(self, actors: list[Actor]) -> frozenset[int]:
        """The ids of the actors that are a capital standing for its state's government ("Manila",
        "Kyiv", "Warschau"): of a state, no person's name, and the text a capital of that state."""
        from chronist.geo.locate import locate
        out = set()
        for actor in actors:
            if actor.sector == "GOV" and actor.name is None and state(actor.code) and not actor.abroad:
                place = locate(actor.text, lang=self.lang)
                if place is not None and place.capital and place.country == actor.code:
                    out.add(id(actor))
        return frozenset(out)

    def _localise_apart(self, source: list[Actor], target: list[Actor],
                        home: str | None, code: str = "") -> tuple[list[Actor], list[Actor]] | None:
        """``_localise`` for an act between two parties (``PARTY_CODES``), which no government
        does to itself: a target that the country found for an unknown source makes one
        government with it is left out when others remain ("Die Regierung von Mosambik ging auf
        Forderungen von Rebellen ein", read with "Mosambik" a target too); else the unknown
        sources that the text names take the next country in ``_localise``'s order ("Die
        Kanzlerin traf Hollande in Paris": Paris is not hers), and an act with no source left for
        that is none. (An unknown target keeps its country: "lehnte eine Übergangsregierung ab"
        rejects another government of the same state; but no state named bare expels, summons or
        supplies its own unnamed officials or forces, ``TO_OTHERS_CODES``: "Canada expelled the
        diplomat" leaves the diplomat's country unknown.)"""
        wide, anyone = code.startswith(ABROAD_CODES + MEDIATION_OFFER_CODES), code.startswith(EMBARGO_CODES + MEDIATION_OFFER_CODES)
        others = code.startswith(TO_OTHERS_CODES + MEDIATION_OFFER_CODES)
        plain = self._localise(source, target, home, between=(False, others), wide=wide,
                               anyone=anyone, own=code.startswith(RELEASE_CODE), governments_placed_last=True)
        placed = {id(b) for a, b in zip(source, plain[0]) if a.code == "UNK" and b.code != "UNK" and a.text}
        def clash(actor: Actor) -> bool:
            # (of a measure taken abroad, ``wide``, any actor of that country: "The ministry
            # imposed sanctions on Huawei" is no Chinese ministry sanctioning a Chinese firm)
            return any(((_one_party(a, actor) and not self._levels(a, actor)) or (wide and a.code == actor.code))
                       and id(a) in placed for a in plain[0])
        rest = [a for a in plain[1] if not clash(a)]
        if len(rest) == len(plain[1]):
            return plain
        if rest:
            return plain[0], rest
        apart = self._localise(source, target, home, apart=True, between=(False, others),
                               wide=wide, anyone=anyone, governments_placed_last=True)
        kept = [[a for a, b in zip(side, given) if not (a.code == "UNK" and b.code != "UNK")]
                for side, given in zip(apart, plain)]
        if not kept[0] or (target and not kept[1]):
            return None
        return kept[0], kept[1]

    def _seized(self, frame: Frame, clause: Clause, dateline: str | None) -> list[Actor]:
        """Whose things or people the unnamed authorities of a passive coercive act took, closed
        or banned when the object names no actor ("Die aktuelle Ausgabe sei beschlagnahmt
        worden", "Der Verdächtige wurde festgenommen", "Ein Blog wurde verboten"): the
        people of the article's dateline country (the authorities that act are the reporting
        place's, not the state the article names most: "Philadelphia – ... IS-Anhänger ...
        Angreifer festgenommen"; a sentence's own "in Lagos" is too often a place named in
        passing), or with no dateline of the country its towns tell it was filed in, when it
        names no state often enough (``_town_counts``: "Police in Baton Rouge ... Simpson was
        arrested"); else the act is no one's."""
        if not frame.cameo.startswith(SEIZURE_CODES) or clause.predicate.kind != "verb":
            return []
        objects = clause.args("object")
        if len(objects) != 1 or objects[0].actors or objects[0].pronoun or clause.intent:
            return []         # two objects are a misread clause; an arrest announced is none yet
        if dateline is None:
            return []
        phrase = objects[0]
        return [Actor(code=dateline, sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end)]

    def _detainees(self, frame: Frame, clause: Clause, source: list[Actor],
                   home: str | None) -> tuple[list[Actor], list[Actor]]:
        """Whom a named authority arrests, detains or charges, or whose gathering it breaks up, when
        the one phrase that names them names no actor ("Die türkische Polizei nahm einen 34-Jährigen
        fest", "a suspect was detained by Egyptian police", "the gathering was dissolved by the
        police": its people): people of the authority's own state, or of the one state the
        sentence places the act in. The source is returned localised (police of unknown country
        take it as any unknown actor does); no target when the source is no state's authority or
        the phrase is a pronoun, nor when it is a ship ("Der Iran setzte den Tanker fest": no
        crew is named, and a ship is no person of the state that seized it)."""
        found = [p for role in frame.target if role != "complement" for p in _phrases(clause, role)]
        if len(found) != 1 or found[0].actors or found[0].pronoun or self._at_vessel(clause):
            return source, []
        if any(a.code == "UNK" for a in source):
            source, _ = self._localise(source, [], home)
        countries = {a.code for a in source}
        if len(countries) != 1 or not all(state(a.code) and not a.abroad and _effective_sector(a) in STATE_SECTORS
                                          for a in source):
            return source, []
        # forces abroad take people of the one state the sentence places the act in ("Israeli
        # soldiers detained a man in Hebron")
        places = {a.code for a in self._places or self._towns}
        country = places.pop() if len(places) == 1 else countries.pop()
        phrase = found[0]
        return source, [Actor(code=country, sector="CVL", text=phrase.text, start=phrase.start, end=phrase.end)]

    def _enemy(self, source: list[Actor], home: str | None) -> list[Actor]:
        """Whom armed forces fight when their clause names no one ("Die Armee eroberte sieben
        Dörfer zurück", "the rebels launched an offensive"): in an article about a war between a
        state's forces and rebels of that state, the other side. Not for forces from abroad
        ("the foreign forces"), nor for an attack noun, whose victims the sentence tells elsewhere."""
        if not source or any(a.sector not in ARMED_SECTORS or a.abroad for a in source):
            return []
        sided = [Actor(code=a.code if state(a.code) else (home or a.code), sector=a.sector, text=a.text,
                       start=a.start, end=a.end) for a in source]
        return _other_side(sided, self._armed)

    def _sentence_nouns(self, clauses: list[Clause]) -> tuple[list[tuple[Clause, Frame]], list[int], list[Clause]]:
        """The event nouns of a sentence's clauses, made once a sentence (a fuzzed line of
        thousands of nouns was quadratic in ``_yielded``): those with a frame of yielding, with
        it, and all of them by where they start (their starts, and the clauses in that order)."""
        if self._nouns_of is not clauses:
            nouns = sorted((c for c in clauses if c.predicate.kind == "noun" and c.predicate.tokens),
                           key=lambda c: c.predicate.tokens[0].start)
            yielding = [(c, found) for c in nouns
                        if (found := self._frame(c)) is not None and found.cameo.startswith(YIELDING_CODES)]
            self._nouns_of = clauses
            self._nouns = (yielding, [c.predicate.tokens[0].start for c in nouns], nouns)
        return self._nouns

    def _yielded(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> bool:
        """Whether an act is what an event noun of its sentence with a frame of yielding lifts,
        eases or asks to end, and not done itself: a noun in that noun's attribute ("die Aufhebung
        der Sanktionen gegen Syrien", "the lifting of sanctions on Syria" impose no sanctions), and
        a verb whose object that noun heads with a frame of its own that is no yielding ("announced
        the lifting of sanctions" is no announcement of sanctions, whose condition an attribute of the
        noun met): the noun tells the act."""
        if frame.cameo.startswith(YIELDING_CODES) or not clause.predicate.tokens:
            return False
        at = clause.predicate.tokens[0].start
        yielding, starts, nouns_at = self._sentence_nouns(clauses)
        if clause.predicate.kind == "noun":
            # what the yielding frame's condition names ("Aufhebung" of a "Sanktion"), not any event
            # noun of its phrases ("eine Waffenruhe im Krieg gegen die Ukraine")
            lemma = _folded(clause.predicate.lemma)
            return any(other is not clause and lemma in found.when_object | found.when_prep
                       and any(p.start <= at < p.end for p in other.args("possessor", "genitive", "prep"))
                       for other, found in yielding)
        nouns = sorted({id(c): c for p in clause.args("object")
                        for c in nouns_at[bisect.bisect_left(starts, p.start):bisect.bisect_left(starts, p.end)]}.values(),
                       key=lambda c: c.predicate.tokens[0].start)
        # (the verb's own condition met by the yielding noun itself is its act: "vereinbarten eine
        # Waffenruhe" is an agreement; and so is one met by a word outside the yielding noun's
        # phrase, what the verb calls it: "called the US withdrawal a mistake" criticises the
        # withdrawal, whose phrase names no mistake)
        if not nouns or not frame.when_object or _folded(nouns[0].predicate.lemma) in frame.when_object:
            return False
        start = nouns[0].predicate.tokens[0].start
        inside = {_folded(t.lemma) for p in clause.args("object") if p.start <= start < p.end for t in p.tokens}
        if any(_folded(o) in frame.when_object and _folded(o) not in inside for o in clause.predicate.objects):
            return False
        return self._yielding(nouns[0])

    def _yielding(self, clause: Clause) -> bool:
        """Whether a clause's frame is one of yielding (lifting, easing, asking to lift)."""
        found = self._frame(clause)
        return found is not None and found.cameo.startswith(YIELDING_CODES)

    def _at_vessel(self, clause: Clause) -> bool:
        """Whether force is aimed at a ship no actor is named for (the pack's ``vessel_nouns``: the
        head of the object or of a phrase of an aim preposition, which in a language that writes
        compounds may end in one): "The Houthis attacked a tanker", "beschossen ein Handelsschiff";
        whose ship it was the sentence does not tell, so the attacker's enemy is no target."""
        return any(not _known(phrase.actors) and not phrase.pronoun for phrase in self._ship_phrases(clause))

    def _ship_phrases(self, clause: Clause) -> list[Phrase]:
        """The object and aimed phrases of a clause whose head is a ship (``vessel_nouns``)."""
        vessels = self.words.vessel_nouns
        compounds = languages.get(self.lang).compounds
        out = []
        for phrase in clause.args("object") + [p for p in clause.args("prep") if p.prep in self.words.aim_prepositions]:
            head = _head_noun(phrase, self.tags.common_noun)
            if head and (head in vessels or compounds and head.endswith(vessels)):
                out.append(phrase)
        return out

    def _unowned_ships(self, target: list[Actor], clause: Clause) -> list[Actor]:
        """A target of force without the actors of no known country that a ship's phrase names
        before its noun: its kind or its name, not its owner ("attacked a merchant ship", "seized
        the Galaxy Leader cargo ship"), whose country the article's would otherwise give; a flag,
        owner or navy named keeps its state ("a Liberian-flagged tanker")."""
        spans = [(p.start, p.end) for p in self._ship_phrases(clause)]
        return [a for a in target if a.code != "UNK" or not any(s <= a.start < e for s, e in spans)]

    def _sequel(self, clause: Clause) -> bool:
        """Whether a relative clause tells what its antecedent did next, by an adverb of the
        pack's ``sequel_adverbs`` before its verb ("kritisierte China, das daraufhin London
        kritisierte", "criticised China, which then summoned the ambassador"): an act of its
        own, not what the act above it is about."""
        if not clause.relative or self._sentence is None or not clause.predicate.tokens:
            return False
        starts = [p.start for p in clause.arguments if p.tokens] + [clause.predicate.tokens[0].start]
        first, last = min(starts), clause.predicate.tokens[-1].start
        return any(first <= t.start <= last and t.text.lower() in self.words.sequel_adverbs
                   for t in self._sentence.tokens)

    def _means(self, clause: Clause) -> bool:
        """Whether a verb clause is the means of the act it depends on, a word of the pack's
        ``means_words`` right before it ("Estonia hit back by expelling a Russian diplomat"): the
        act the one who reacts did, not what an accusation alleges."""
        if clause.predicate.kind != "verb" or not clause.predicate.tokens:
            return False
        start = clause.predicate.tokens[0].start
        before = [t for t in self._sentence.tokens if t.end <= start]
        return bool(before) and before[-1].text.lower() in self.words.means_words

    @staticmethod
    def _alleged(subject: list[Actor], accused: set[str], accuser: list[Actor]) -> bool:
        """Whether a dependent clause of an accusation tells what the accused did: it names no
        one else as its subject ("warf Russland vor, dass dessen Truppen ... bombardiert hätten";
        an infinitive's subject copied from the accuser is no one else either), unlike a clause of
        its own after a dash ("... verantwortlich – Türkei droht Kurden")."""
        copied = {(a.start, a.end) for a in accuser}
        return all(a.code in accused or (a.start, a.end) in copied for a in subject)

    def _own_event(self, clause: Clause, clauses: list[Clause]) -> bool:
        """An event noun that names its own agent and its own target in the object of a
        condemnation ("betrachte die türkischen Attacken auf syrischem Gebiet als Provokation") is
        an event of its own, not only what is condemned; what is demanded or talked about ("den
        Abzug der serbischen Truppen gefordert", "Verhandlungen über einen Abzug") is not."""
        if clause.predicate.kind != "noun" or self._governing(clause, clauses, DISAPPROVE_CODES, "object") is None:
            return False
        frame = self._frame(clause)
        if frame is None or not _known(_actors(clause, "possessor")):
            return False
        return any(_known(_actors(clause, role)) for role in frame.target if role != "possessor")

    def _mediator_named(self, clause: Clause) -> bool:
        """A participle of mediation inside the object of talks held, with its mediator for its
        agent ("Serbia and Kosovo held EU-mediated talks": the EU mediated them), is an act of its
        own, not only part of the talks the verb's frame takes."""
        if clause.predicate.kind != "verb" or clause.predicate.voice != "passive":
            return False
        frame = self._frame(clause)
        return frame is not None and frame.cameo.startswith(MEDIATION_CODES) and bool(_known(_actors(clause, "agent")))

    def _violence_named(self, events: list[Event], clauses: list[Clause]) -> bool:
        """Whether a sentence names someone who used force: a coded event of force with a known
        source, fighting (which has sides), or a clause of force with an actor as its agent."""
        if any(e.cameo.startswith(FORCE_CODES) and _known(e.source) for e in events):
            return True
        for clause in clauses:
            frame = self._frame(clause) if clause.predicate.tokens else None
            if frame is None or not frame.cameo.startswith(FORCE_CODES):
                continue
            if clause.predicate.kind == "noun" and (frame.reciprocal or any(
                    r.removeprefix("prep:") in self.words.reciprocal_prepositions for r in frame.target)):
                return True    # fighting ("bei Kämpfen", "in clashes with"): its sides did it
            roles = tuple(r for r in frame.source if r != "parent") + tuple(
                f"prep:{p}" for p in self.words.agent_prepositions)
            if clause.predicate.kind == "verb":
                # the frame's own source in the active: not the subject of "geriet unter Beschuss"
                roles = ("agent",) if clause.predicate.voice == "passive" else frame.source
            if any(_known(_actors(clause, role)) for role in roles):
                return True
        return False

    def _prospective(self, clause: Clause) -> bool:
        """Whether a verb clause tells what someone will or would do, or wants to, or says it
        cannot do (``_unable``)."""
        pred = clause.predicate
        return pred.kind == "verb" and (pred.tense == "future" or (pred.modal or "").lower() in self.words.volitional_modals
                                        or self._cannot(clause) or self._attitude_withheld(clause))

    def _attitude_withheld(self, clause: Clause) -> bool:
        """Whether a verb clause says, negated, that its subject holds no attitude of the pack's
        ``attitude_verbs`` to a party, or none of its ``attitude_nouns``: withheld now, as a refusal
        is ("Iran does not trust the United States", "Ungarn vertraut Brüssel nicht", "has no
        confidence in Moscow": 120), not only an act not done."""
        pred = clause.predicate
        if not pred.negated or pred.perfect:
            return False
        return pred.lemma.lower() in self.words.attitude_verbs or any(
            t.lemma.lower() in self.words.attitude_nouns for p in clause.args("object") for t in p.tokens)

    def _cannot(self, clause: Clause) -> bool:
        """Whether a verb clause says its subject cannot or could not do the act (the pack's
        ``ability_modals``, negated), now or in what is reported: not "could not have", not what
        one was not able to do, told in the indicative past ("Die Regierung konnte den
        Flüchtlingen nicht helfen"), nor a circumstance ("Da die Polizei nicht helfen konnte")."""
        pred = clause.predicate
        return pred.kind == "verb" and pred.negated and not pred.perfect and not clause.adverbial \
            and (pred.modal or "").lower() in self.words.ability_modals \
            and not (pred.tense == "past" and pred.mood == "indicative")

    def _unable(self, frame: Frame, clause: Clause) -> bool:
        """Whether a verb clause tells a cooperative act someone cannot or could not do (the
        pack's ``ability_modals``, negated, not "could not have"): a refusal, not an act only
        possible ("Argentina said it could not accept the proposal of the IMF", "Argentinien
        kann die Forderungen des IWF nicht erfüllen"); a hostile act one could not do stays
        unreal, and so does what one was not able to do, told in the indicative past, or told as
        a circumstance ("Da die Polizei nicht jedem Opfer helfen konnte, ...")."""
        return self._cannot(clause) and _refusal(frame.cameo, "negated", True)[0] != frame.cameo

    def _sourcing(self, index: int, clauses: list[Clause]) -> bool:
        """Whether a clause or one that depends on it tells the condition a source spoke under
        ("officials who agreed to discuss it on condition of anonymity"): no event."""
        if self._sourced is None:       # the clauses naming such a condition, found once per sentence
            nouns = self.words.sourcing_nouns
            self._sourced = [k for k, c in enumerate(clauses)
                             if nouns and any(t.lemma.lower() in nouns for a in c.args("prep") for t in a.tokens)]
        return any(k == index or clauses[k].parent == index for k in self._sourced)

    def _unreal(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a clause tells a condition or a possibility, or is an event noun of a
        possibility that it does not present as a fact ("die Gefahr, dass es zu Angriffen kommt";
        but "dass sie nach dem Angriff weitere Gebiete erobern": the attack is a fact, see
        settled). The nouns of a condition stay: "wenn Kerry zu seinem geplanten Besuch
        eintrifft" tells the visit all the same; but not a noun whose occurring is the condition
        ("Sollte es zu einem Prozess gegen ihn kommen, drohen ihm zehn Jahre Haft": no trial yet)."""
        if clause.conditional:
            return True
        if clause.predicate.kind == "noun" and clause.parent is not None and clauses[clause.parent].conditional \
                and self._occurring(clause, clauses, pronouns_act=False) is not None:
            return True
        if clause.possible:
            # a noun takes its clause's possibility, unless a phrase of that clause presents it
            # as a fact ("prüft, ob die Rebellen nach dem Angriff Israels Raketen abfeuerten")
            return not (clause.predicate.kind == "noun" and clause.parent is not None
                        and clauses[clause.parent].possible and self._settled(clause, clauses[clause.parent]))
        if clause.predicate.kind == "verb":
            # what a condition or a possibility goes on to tell is no more an act ("whether he can
            # win 50 votes, which would allow Pence to break a tie"); nouns in it stay, see above
            seen, up = {id(clause)}, clause.parent
            while up is not None and id(clauses[up]) not in seen:
                above = clauses[up]
                if above.predicate.kind == "verb" and (above.conditional or above.possible):
                    return True
                seen.add(id(above))
                up = above.parent
            return False
        if clause.parent is None:
            return False
        parent = clauses[clause.parent]
        return parent.possible and not self._settled(clause, parent)

    def _self_directed(self, clause: Clause, frame: Frame) -> bool:
        """Whether the only phrase the frame takes its target from is a reflexive pronoun (the
        pack's ``reflexive_pronouns``: "he disqualifies himself with those statements"): an act on
        oneself, between no parties. Not where two or more parties do it, to each other ("Russland
        und die Ukraine beschuldigten sich")."""
        if not self.words.reflexive_pronouns or frame.reciprocal:
            return False
        if sum(len(p.actors) for p in clause.args("subject")) > 1:
            return False
        held = [p for role in frame.target for p in _phrases(clause, role)]
        return bool(held) and all(len(p.tokens) == 1 and p.tokens[0].text.lower() in self.words.reflexive_pronouns
                                  for p in held)

    def _thwarted_accord(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> bool:
        """Whether an agreement's noun is the object of a verb of rejecting or blocking (a frame
        of ``REJECT_CODES``: "blockierte das Handelsabkommen zwischen der EU und dem Mercosur",
        "threatened to block the deal between ..."): a deal not made, no agreement reported."""
        if clause.predicate.kind != "noun" or not frame.cameo.startswith("057") or clause.parent is None \
                or not clause.predicate.tokens:
            return False
        parent = clauses[clause.parent]
        verb = self._frame(parent) if parent.predicate.kind == "verb" else None
        return verb is not None and verb.cameo.startswith(REJECT_CODES) \
            and self._holds(parent, ("object",), clause.predicate.tokens[0].start)

    def _named_so(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> bool:
        """Whether an event noun that names no doer of its own stands in the phrase by which a verb
        of saying tells what its subject calls something (``naming_phrases``: "sprach von einem
        Angriff auf die Institutionen", "spoke of a massacre"): the speaker's word for it, no act
        reported ("sprach von einem Angriff der Rebellen" reports theirs)."""
        if clause.predicate.kind != "noun" or clause.parent is None or not self.words.naming_phrases \
                or not clause.predicate.tokens or any(_actors(clause, r) for r in frame.source if r != "parent"):
            return False
        lemma = clauses[clause.parent].predicate.lemma.lower()
        return any(f"{lemma} {(p.prep or '').lower()}" in self.words.naming_phrases
                   for p in self._preps_around(clause.parent, clauses, clause.predicate.tokens[0].start))

    def _preps_around(self, index: int, clauses: list[Clause], at: int) -> list[Phrase]:
        """The prepositional phrases of clause ``index`` that hold the word starting at ``at``, read
        from an index built once per clause: a fuzzed line's verb can hold thousands of phrases,
        and each of its event nouns asks (searching them all each time made such a line quadratic)."""
        by_word = self._preps_of.get(index)
        if by_word is None:
            by_word = self._preps_of[index] = {}
            for p in clauses[index].args("prep"):
                for t in p.tokens:
                    if p.start <= t.start < p.end:
                        by_word.setdefault(t.start, []).append(p)
        return by_word.get(at, [])

    def _topic(self, clause: Clause, sentence: Sentence) -> bool:
        """Whether an event noun is the topic of what is said, asked or decided, in a phrase of
        a topic preposition (frames.yaml): "ein Referendum über die Forderungen der Gläubiger",
        "a book about his meetings with the president". Only words of its own phrase (articles,
        possessives, adjectives, numbers) may stand between the preposition and the noun, or
        one noun of the topic that a preposition links it to ("stimmte über sein Mandat zu
        Verhandlungen mit der EU ab", "stritten über den Plan für Gespräche mit der Türkei"; not a
        preposition that presents it as a fact: "über die Lage nach dem Angriff"). So is an
        event noun linked by a preposition to a noun of what is feared, hoped or rumoured
        (``mentions``, noun and preposition: "fears of a trade war", "hopes for talks with Iran")."""
        if clause.predicate.kind != "noun" or not (self.frames.topics or self.frames.mentions):
            return False
        if self._token_starts[0] is not sentence:     # found by bisection: a fuzzed line has thousands of nouns
            self._token_starts = (sentence, [t.start for t in sentence.tokens])
        k = bisect_left(self._token_starts[1], clause.predicate.tokens[0].start)
        words = clause.predicate.lemma.lower().split()   # "trade war": its first word is its own
        while len(words) > 1 and k > 0 and sentence.tokens[k - 1].text.lower() == words[-2]:
            words, k = words[:-1], k - 1
        nouns = self.tags.common_noun | self.tags.proper_noun
        if self._mention_after(clause, sentence, k, nouns):
            return True
        links = set(self.words.prepositions) - set(self.frames.settled) - set(self.frames.topics)
        mentions = self.frames.mentions
        linked, passed, link = False, False, ""    # a linking preposition, and the topic noun before it
        for j in range(k - 1, max(0, k - 9) - 1, -1):
            t = sentence.tokens[j]
            word = t.text.lower()
            if word in self.frames.topics:
                return True
            if not linked and (word in links or word in self.frames.mention_links):
                linked, link = True, word
                continue
            if t.pos in nouns and linked and not passed:
                if mentions & {f"{_folded(t.text)} {link}", f"{_folded(t.lemma)} {link}"}:
                    return True       # "fears of a trade war", "Hoffnung auf Gespräche": no act done
                if link not in links:
                    return False
                passed = True
                continue
            if not linked and t.pos in self.tags.proper_noun:
                continue              # the doer's name of its own phrase: "the US invasion of Iraq",
                                      # "a U.S. military intervention"
            if not linked and j == k - 1 and t.pos in self.tags.common_noun and self.frames.mentions and \
                    k > 1 and sentence.tokens[k - 2].text.lower() in self.frames.mention_links:
                continue              # a noun of its kind right after the link: "hopes of trade talks with China"
            if t.pos in nouns or self.tags.is_verb(t.pos) or not t.text[:1].isalnum():
                return False
            if not linked and k - j > 4:
                return False          # as before: the words of the noun's own phrase only
        return False

    def _awaited(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is what its parent, a passive verb of awaiting with no agent
        (``Words.awaited_verbs``), awaits its subject for: "Obama wird zu einem Besuch in Hanoi
        erwartet" is a visit planned (whose doer ``_parent_actors`` takes from that subject)."""
        if clause.predicate.kind != "noun" or clause.parent is None:
            return False
        verb = clauses[clause.parent]
        return verb.predicate.kind == "verb" and verb.predicate.voice == "passive" and not verb.args("agent") \
            and verb.predicate.lemma in self.words.awaited_verbs

    def _planned(self, clause: Clause, clauses: list[Clause], sentence: Sentence) -> bool:
        """Whether an event noun whose parties stand beside it ("talks with Iran", "a meeting
        between Macron and Scholz", "ein Treffen zwischen Putin und Selenskyj"; pack words
        ``reciprocal_prepositions``) is only planned, proposed, offered, hoped for, feared or asked
        for: the object of a verb of ``planning_verbs`` or ``scheduling_verbs`` (or its subject in
        the passive: "talks with Iran are expected"), in a phrase of a verb and preposition of
        ``planning_phrases`` ("called for talks between ...", "riefen zu Verhandlungen mit ...
        auf"), or after a noun and preposition of ``planning_nouns`` ("a proposal for talks with
        Belarus", "der Vorschlag für Gespräche mit Belarus"). Not in a phrase that presents it
        as a fact ("after talks with China"), nor as its verb's active subject ("the talks with
        Iran ended")."""
        pred = clause.predicate
        if pred.kind != "noun" or not pred.tokens or not any(
                (p.prep or "").lower() in self.words.reciprocal_prepositions and _known(p.actors)
                for p in clause.args("prep")):
            return False
        if self._after_planning_noun(clause, sentence):
            return True
        if clause.parent is None:
            return False
        parent = clauses[clause.parent]
        verb = parent.predicate
        if verb.kind != "verb" or self._settled(clause, parent):
            return False
        trigger = pred.tokens[0].start
        lemma = verb.lemma.lower()
        # the head of the phrase, not a noun of its attribute ("kündigte die Aussetzung der
        # Gespräche mit Südkorea an" tells their end, see _told_done; "announced the results of
        # its talks with China", an attribute the phrase does not mark: a noun before it, not
        # one right before it of its kind, "trade talks")
        role = next((a.role for a in parent.args("subject", "object") if a.tokens and (
            a.tokens[a.attribute - 1].start == trigger if a.attribute else self._heads(a, trigger))), None)
        if lemma in self.words.planning_verbs | self.words.scheduling_verbs and (
                role == "object" or (role == "subject" and (verb.voice == "passive" or verb.stative))):
            return True
        return any(a.start <= trigger < a.end and f"{_folded(lemma)} {(a.prep or '').lower()}" in self._planning_phrases
                   for a in parent.args("prep"))

    def _asked_for(self, clause: Clause, clauses: list[Clause], sentence: Sentence) -> bool:
        """Whether an event noun is only asked for or proposed, by whomever: after a noun and
        preposition of the pack's ``planning_nouns`` ("rejected the Greek call for sanctions
        against Ankara", "lehnte die Forderung nach Sanktionen gegen die Türkei ab") or in a phrase
        of its verb and preposition of ``planning_phrases`` ("drängte Maas zu einem Waffenembargo
        gegen die Türkei"). Such an act is no one's yet, least of all the refuser's or the one
        urged (a reciprocal one with its parties beside it is planned: ``_planned``)."""
        pred = clause.predicate
        if pred.kind != "noun" or not pred.tokens:
            return False
        if self._after_planning_noun(clause, sentence):
            return True
        if clause.parent is None or clauses[clause.parent].predicate.kind != "verb":
            return False
        lemma = _folded(clauses[clause.parent].predicate.lemma.lower())
        return any(f"{lemma} {(a.prep or '').lower()}" in self._planning_phrases
                   for a in self._preps_around(clause.parent, clauses, pred.tokens[0].start))

    def _heads(self, phrase: Phrase, trigger: int) -> bool:
        """Whether the word at ``trigger`` heads a phrase whose attribute is not marked: no noun
        stands before it but one right before it."""
        at = next((k for k, t in enumerate(phrase.tokens) if t.start == trigger), None)
        return at is not None and not any(t.pos in self.tags.common_noun for t in phrase.tokens[:max(0, at - 1)])

    def _after_planning_noun(self, clause: Clause, sentence: Sentence) -> bool:
        """Whether an event noun follows a noun and preposition of the pack's ``planning_nouns``
        with only words of its own phrase between (articles, adjectives, numbers, the nouns of a
        compound right before it: "the proposal for trade talks with China", "calls for a UN arms
        embargo on Myanmar")."""
        return self._planning_noun(clause, sentence) is not None

    def _asked_under(self, clause: Clause, clauses: list[Clause], sentence: Sentence) -> int | None:
        """The clause of the noun of ``planning_nouns`` an event noun follows ("Forderung" in
        "wies Moskaus Forderung nach direkten Gesprächen mit den Separatisten zurück"), whatever
        the parse made the event noun's parent (the German parse hangs the phrase of "nach" on
        the verb, the English one on the noun); None if it follows none or the noun has no clause."""
        start = self._planning_noun(clause, sentence)
        if start is None:
            return None
        return next((k for k, c in enumerate(clauses) if c.predicate.kind == "noun" and c.predicate.tokens
                     and c.predicate.tokens[0].start == start), None)

    def _consent_withheld(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is what its verb does not agree to: a negated agreement, which is
        a rejection (``REFUSED_ROOTS``: "Ungarn stimmte den Sanktionen gegen Russland nicht zu",
        "Hungary did not agree to the sanctions against Russia"). The act agreed to is no one's
        act, least of all the refuser's; one agreed to stays coded (``_promise_kept_in_act``)."""
        if clause.predicate.kind != "noun" or clause.parent is None:
            return False
        verb = clauses[clause.parent]
        if verb.predicate.kind != "verb" or not verb.predicate.negated:
            return False
        agreed = self._frame(verb)
        return agreed is not None and agreed.cameo[:2] in REFUSED_ROOTS

    def _asked_refused(self, clause: Clause, clauses: list[Clause], sentence: Sentence) -> bool:
        """Whether an event noun follows a noun of ``planning_nouns`` (``_asked_under``) that a
        verb of rejecting takes ("wies Moskaus Forderung nach direkten Gesprächen mit den
        Separatisten zurück", "rejected the call for talks with the rebels"): what was asked for
        and refused is no act of anyone, held or planned, least of all the refuser's (the German
        parse hangs the phrase on the verb, so the noun is not the demand's content clause)."""
        held = self._asked_under(clause, clauses, sentence)
        if held is None or clauses[held].parent is None:
            return False
        refusal = self._frame(clauses[clauses[held].parent])
        return refusal is not None and clauses[clauses[held].parent].predicate.kind == "verb" \
            and refusal.cameo.startswith(REJECT_CODES)

    def _planning_noun(self, clause: Clause, sentence: Sentence) -> int | None:
        """Where the noun of ``planning_nouns`` starts that an event noun follows (see
        ``_after_planning_noun``), or None. Only an event noun follows one: a verb after "die
        Forderung der Bundesregierung nach Yücels Freilassung" is the demand's own verb."""
        if clause.predicate.kind != "noun" or not clause.predicate.tokens:
            return None
        if self._token_starts[0] is not sentence:
            self._token_starts = (sentence, [t.start for t in sentence.tokens])
        k = bisect_left(self._token_starts[1], clause.predicate.tokens[0].start)
        nouns = self.tags.common_noun | self.tags.proper_noun
        compound = True           # (only nouns yet between this word and the event noun)
        for j in range(k - 1, max(0, k - 6) - 1, -1):
            t = sentence.tokens[j]
            if j and t.text.lower() in self._planning_links:
                link = t.text.lower()
                # the noun right before the link, or one before the short phrase of whose demand it
                # is: a German genitive ("die Forderung Russlands nach Gesprächen", "die Forderung
                # der EU nach Sanktionen"), no preposition, verb or punctuation between
                for m in range(j - 1, max(0, j - 4) - 1, -1):
                    before = sentence.tokens[m]
                    if {f"{_folded(before.text)} {link}", f"{_folded(before.lemma)} {link}"} & self._planning_nouns:
                        return before.start
                    if before.pos in self.tags.preposition or self.tags.is_verb(before.pos) or not before.text[:1].isalnum():
                        return None
                return None
            if (t.pos in nouns and not compound) or self.tags.is_verb(t.pos) or not t.text[:1].isalnum():
                return None
            compound = compound and t.pos in nouns
        return None

    def _mention_after(self, clause: Clause, sentence: Sentence, k: int, nouns: frozenset[str]) -> bool:
        """An event noun in the phrase of a word of ``mentions`` that follows it, as a German
        adjective follows what it governs ("der für die Verhandlungen mit der EU zuständige
        Minister", "der für die Gespräche mit dem Iran zuständig ist": an office, no talks held).
        Only the noun's own words may stand between the preposition and the noun, and only its
        phrase between the noun and that word (no verb, no punctuation)."""
        j = k - 1
        while j >= 0 and k - j <= 4:
            t = sentence.tokens[j]
            if t.text.lower() in self.frames.mention_links:
                break
            if t.pos in nouns or self.tags.is_verb(t.pos) or not t.text[:1].isalnum():
                return False
            j -= 1
        else:
            return False
        if j < 0:
            return False
        link = sentence.tokens[j].text.lower()
        end = bisect_left(self._token_starts[1], clause.predicate.tokens[-1].start) + 1
        for t in sentence.tokens[end:end + 8]:
            if not t.text[:1].isalnum() or self.tags.is_verb(t.pos):
                return False
            if t.pos not in nouns and self.frames.mentions & {f"{_folded(t.text)} {link}", f"{_folded(t.lemma)} {link}"}:
                return True
        return False

    def _settled_aside(self, phrase: Phrase, frame: Frame, read: set[str]) -> bool:
        """A phrase of an event before or during the act ("after", "nach": ``aside_prepositions``)
        that the frame neither reads its parties from nor names in its condition: an event told
        there is news of its own. Not beside force or harm, whose cause that phrase may tell
        ("erlitten nach Angriffen Verletzungen")."""
        prep = (phrase.prep or "").lower()
        if frame.suffered or frame.cameo.startswith(FORCE_USE_CODES):
            return False
        return prep in self.words.aside_prepositions and prep not in read and not any(
            t.lemma.lower() in frame.when_prep for t in phrase.tokens)

    def _settled(self, clause: Clause, parent: Clause) -> bool:
        """Whether an event noun stands in a phrase of its governing clause that presents it as
        a fact ("nach seinem Besuch", "bei dem Angriff")."""
        trigger = clause.predicate.tokens[0].start
        return any(a.start <= trigger < a.end and (a.prep or "").lower() in self.frames.settled
                   for a in parent.args("prep"))

    def _announced(self, modality: str, clause: Clause, clauses: list[Clause], frame: Frame) -> bool:
        """Whether an intended event is itself what is announced: "kündigte ein Treffen an",
        "will den Krieg durch einen Gipfel beenden" (036), but not a noun a planned act presents
        as a fact, "wollte nach seinem Besuch in Washington weiterreisen" (the visit is 042)."""
        if modality != "intent" or clause.planned:
            return False      # "Trumps geplantes Treffen mit Rosenstein": a meeting planned (040 intent, as the gold has it)
        if frame.cameo in VISIT_CODES:
            return self._purposeful(clause, clauses)
        if clause.intent or frame.intent or clause.predicate.kind != "noun" or clause.parent is None:
            return True
        visit = self._frame(clauses[clause.parent])
        if visit is not None and visit.cameo in VISIT_CODES:
            return False      # "wird zu Gesprächen mit Macron nach Paris reisen": the talks the visit is for
        return not self._settled(clause, clauses[clause.parent])

    def _purposeful(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a planned visit is made for an act of its own ("will visit Mali to mediate"):
        then the act is what is announced (036); a visit planned for nothing coded ("plant
        einen Besuch in Mali, um ein Treffen vorzubereiten") stays a visit (042) in intent."""
        holder = clause.parent if clause.predicate.kind == "noun" else clauses.index(clause)
        trigger = clause.predicate.tokens[0].start
        # (not a relative clause on the place visited: "will visit Serbia, a country that has
        # maintained friendly relations with Beijing")
        return any(c.parent == holder and c is not clause and c.predicate.kind == "verb" and c.predicate.tokens
                   and not c.relative and c.predicate.tokens[0].start > trigger and self._frame(c) is not None
                   for c in clauses)

    def _protesting_people(self, frame: Frame, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """Who made a protest no one is named for, told as happening ("Protests against the
        government erupted in Kenya", "In Kiew weiteten sich die Proteste aus"): the civilians
        of the country it happened in, when the protest noun is the subject of a verb that tells
        no act of its own and takes no object, as it is reported (not planned, feared or denied),
        and the sentence names the country or a town of it (the article's country alone is too
        weak a guess: "the protests" may be another country's, or a background)."""
        if clause.predicate.kind != "noun" or clause.parent is None or not (
                frame.cameo in PROTEST_CODES or frame.cameo.startswith(RALLY_CODES)):
            return []
        verb = clauses[clause.parent]
        toppled = self._toppled_government(verb)
        if verb.predicate.kind != "verb" or (self._frame(verb) is not None and not toppled) or (
                verb.args("object") and self._occurring(clause, clauses) is None and not toppled) or \
                verb.predicate.negated or verb.predicate.modal or verb.predicate.tense == "future" or \
                verb.intent or verb.conditional or verb.possible:
            return []
        trigger = clause.predicate.tokens[0]
        # the head of the subject ("Proteste gegen ..."), not its attribute ("Folge des Streiks"),
        # or a noun a verb of occurring says happened ("there were protests", "es kam zu Protesten")
        if not any(trigger in p.tokens[:p.attribute] for p in verb.args("subject")) and (
                self._occurring(clause, clauses) is None or clause.predicate.negated):
            return []
        if toppled:
            return [Actor(code=toppled[0].code, sector="CVL", text="", start=trigger.start, end=trigger.start)]
        people, _ = _localise([Actor(code="UNK", sector="CVL", text="", start=trigger.start, end=trigger.start)],
                              [], self._places or self._towns)
        return _known(people)

    def _toppled_government(self, verb: Clause) -> list[Actor]:
        """The government of one state a verb of bringing down (the pack's ``toppling_verbs``)
        names as its object ("Studentenproteste stürzten die Regierung in Bangladesch"): protests
        that its subject names are that state's people's, against it; none else."""
        if verb.predicate.kind != "verb" or verb.predicate.voice != "active" \
                or verb.predicate.lemma.lower() not in self.words.toppling_verbs:
            return []
        rulers = _known(_actors(verb, "object"))
        if not rulers or len({a.code for a in rulers}) != 1 or not all(a.sector == "GOV" and state(a.code) for a in rulers):
            return []
        return rulers

    def _crowd_weapon(self, clause: Clause) -> bool:
        """Whether a verb's object or instrument names a means of crowd control ("fired tear gas
        and water cannon", "responded with batons", "setzte Wasserwerfer ein",
        "Tränengasgranaten"), spaces and hyphens left out."""
        if clause.predicate.kind != "verb" or not self._crowd_weapons:
            return False
        instruments = self.words.instrument_prepositions
        for phrase in clause.args("object") + [p for p in clause.args("prep") if (p.prep or "").lower() in instruments]:
            words = (_squeezed("".join(t.lemma for t in phrase.tokens)), _squeezed("".join(t.text for t in phrase.tokens)))
            if any(w in text for w in self._crowd_weapons for text in words):
                return True
        return False

    def _answer_vowed(self, clause: Clause, clauses: list[Clause],
                      sentence: Sentence) -> tuple[str, list[Actor], list[Actor]] | None:
        """A threat told as an act that will not stay unanswered (the pack's ``unanswered_words``:
        "Iran vowed that the attacks would not go unanswered", "Der Iran schwor, die Angriffe
        würden nicht unbeantwortet bleiben"): the one who says, vows or warns so threatens whoever
        did the latest hostile act to them, earlier in the sentence, in the last ``ANAPHOR_REACH``
        sentences or the lead; force in return (138) when that act was force. None for any other
        clause, or when no such act was told."""
        pred = clause.predicate
        if pred.kind != "verb" or not pred.negated or clause.parent is None or not pred.tokens:
            return None
        last = pred.tokens[-1]
        k = bisect.bisect_right(sentence.tokens, last.end, key=lambda t: t.end)
        after = sentence.tokens[k:k + 1] if k < len(sentence.tokens) and sentence.tokens[k].start >= last.end else []
        words = {_folded(o) for o in pred.objects} | {_folded(t.text) for t in after}
        if not words & self.words.unanswered_words:
            return None
        above = clauses[clause.parent]
        source = _known(_actors(above, "subject")) if above.predicate.kind == "verb" else []
        if not source and clause.speaker is not None:
            source = _known(clause.speaker.actors)
        if not source:
            return None
        acts = self._recent_acts(HOSTILE_ACT_CODES, source, aimed=True)
        if not acts:
            return None
        code = FORCE_THREAT_CODE if acts[0].cameo.startswith(VIOLENCE_CODES) else THREAT_CODE
        return code, source, _copies(_known(acts[0].source))

    def _hostility_ended(self, frame: Frame, clause: Clause) -> bool:
        """Whether a verb that ends or cuts relations ends hostile ones (the pack's
        ``hostility_adjectives`` in its object: "wolle die feindseligen Beziehungen mit Nordkorea
        beenden", "wants to end the hostile relations with North Korea"): relations mended, no
        cut."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(SANCTION_ACT_CODES):
            return False
        return any(_folded(t.lemma) in self.words.hostility_adjectives or _folded(t.text) in self.words.hostility_adjectives
                   for p in clause.args("object") for t in p.tokens)

    def _attack_in_words(self, clause: Clause, frame: Frame | None, sentence: Sentence) -> Frame | None:
        """An attack told with an adverb of words (the pack's ``verbal_adverbs``) is criticism
        (111), which no army does by force: "China griff Australien scharf an", "Lavrov sharply
        attacked Washington", "attacked Washington verbally"; the adverb is among the words the
        front-end keeps with the verb, or the word just before the verb or just after its last phrase.
        So is an attack noun with an adjective of words (``verbal_adjectives``) just before it or,
        under a verb that launches or makes it, in the verb's object: "Tsipras' sharp attack on
        Merkel", "launched a sharp attack on Merkel", "einen scharfen Angriff auf Schäuble"."""
        if frame is None or frame.cameo not in ATTACK_IN_WORDS_CODES or not clause.predicate.tokens:
            return frame
        first = clause.predicate.tokens[0].start
        # (the word before it found by halving, not by a pass over the sentence, which many attack
        # nouns in one sentence would make cost quadratic time)
        k = bisect.bisect_right(sentence.tokens, first, key=lambda t: t.end)
        before = sentence.tokens[k - 1:k] if k else []
        words = {_folded(t.lemma) for t in before} | {_folded(t.text) for t in before}
        if clause.predicate.kind == "noun":
            # an attack noun with an adjective of words: "Tsipras' sharp attack on Merkel",
            # "startete einen scharfen Angriff auf Schäuble"; or one of the subject's own ("his")
            # under a verb of insisting or speech (``insisting_verbs``) whose subject is a named
            # official or politician: "Trump doubled down on his attacks on Germany" (not "Russia
            # doubled down on its attacks on Ukraine")
            if words & self.words.verbal_adjectives or self._insisted_attack(clause, sentence):
                return dataclasses.replace(frame, cameo=VERBAL_ATTACK_CODE)
            return frame
        if clause.predicate.kind != "verb":
            return frame
        last = max([t.end for p in clause.arguments for t in p.tokens] + [t.end for t in clause.predicate.tokens])
        after = bisect.bisect_left(sentence.tokens, last, key=lambda t: t.start)
        near = before + sentence.tokens[after:after + 1]
        said = {_folded(o) for o in clause.predicate.objects} | {_folded(t.lemma) for t in near} | {
            _folded(t.text) for t in near}
        # (and an attack noun the verb launches or makes: "launched a sharp attack on Merkel")
        described = {_folded(t.lemma) for p in clause.args("object") for t in p.tokens}
        if not said & self.words.verbal_adverbs and not described & self.words.verbal_adjectives:
            return frame
        return dataclasses.replace(frame, cameo=VERBAL_ATTACK_CODE)

    def _travel_advice(self, clause: Clause) -> bool:
        """Whether a warning's clause names travel (the pack's ``travel_nouns``) in a phrase of
        its preposition: "warned British citizens against travel to Iran", "warnte vor Reisen in
        den Iran" is travel advice, no threat to anyone."""
        nouns = {_folded(w) for w in self.words.travel_nouns}
        return bool(nouns) and clause.predicate.kind == "verb" and any(
            p.tokens and {_folded(p.tokens[-1].lemma), _folded(p.tokens[-1].text)} & nouns
            for p in clause.args("prep"))

    def _insisted_attack(self, clause: Clause, sentence: Sentence) -> bool:
        """Whether an attack noun is its governing verb's subject's own (a possessive pronoun)
        under a verb of ``insisting_verbs`` whose subject is named officials or politicians only
        (``WORDS_SECTORS``): "Trump doubled down on his attacks on Germany"."""
        if clause.parent is None or not 0 <= clause.parent < len(sentence.clauses):
            return False
        parent = sentence.clauses[clause.parent]
        if _folded(parent.predicate.lemma) not in self.words.insisting_verbs:
            return False
        if not any(p.pronoun for p in clause.args("possessor")):
            return False
        doers = _actors(parent, "subject")
        return bool(doers) and all(a.name is not None and a.sector in WORDS_SECTORS for a in doers)

    def _crowd_control(self, clause: Clause, frame: Frame | None) -> Frame | None:
        """The police or soldiers using a means of crowd control repress a crowd (175): a clause
        with no frame ("Police fired tear gas") or one of force ("fired rubber bullets at the
        crowd") takes the repression frame, its target where the verb's frame has one."""
        if frame is not None and not frame.cameo.startswith(FORCE_USE_CODES):
            return frame
        if not self._crowd_weapon(clause):
            return frame
        role = "agent" if clause.predicate.voice == "passive" else "subject"
        doers = _actors(clause, role)
        if not doers or not all(a.sector in SECURITY_SECTORS for a in doers):
            return frame
        return Frame(lemma=clause.predicate.lemma, kind="verb", cameo=REPRESSION_CODE,
                     target=frame.target if frame is not None else (), source=(role,))

    def _riot(self, clause: Clause, frame: Frame | None) -> Frame | None:
        """A crowd of protesters attacking, beating or fighting riots (145): "Protesters attacked
        the police", "Demonstranten griffen Polizisten an"; so does one that sets fire to or
        damages what belongs to the police or the army ("set fire to a police station"). The doers
        are all of a civil sector (``CROWD_SECTORS``), their phrase names them by a plural or
        collective noun of the pack's ``protest_crowds``, as written (in German also as the end of a
        compound: "Regierungsgegner") and with no indefinite article ("ein Randalierer" is one
        person), and the act is aimed at
        someone outside those sectors; not one person ("a man
        attacked a policeman"), and not killings (the pack's ``killing_verbs``), abductions or
        bombings, which stay assaults."""
        if frame is None or frame.cameo not in RIOTING_CODES or not self.words.protest_crowds \
                or frame.lemma.casefold() in self.words.killing_verbs:
            return frame
        role = "agent" if clause.predicate.voice == "passive" else "subject"
        doers = _actors(clause, role)
        if not doers or not all(a.sector in CROWD_SECTORS for a in doers):
            return frame
        # (aimed at someone other than bystanders: police, officials, journalists, not "beat
        # drums", nor a mob's attack on passers-by, which stays what the assault frame makes of it)
        aimed = [a for r in frame.target for a in _actors(clause, r)]
        if not aimed or all(a.sector in CROWD_SECTORS for a in aimed):
            return frame
        if frame.cameo in SECURITY_RIOT_CODES and not any(a.sector in SECURITY_SECTORS for a in aimed):
            return frame          # an embassy or a party's office stormed, burned or bombed: as it was
        phrases = [p for p in clause.args(role) if p.tokens and p.tokens[0].text.casefold() not in self.words.indefinite]
        words = {t.text.casefold() for phrase in phrases for t in phrase.tokens}
        if not any(w.endswith(crowd) for w in words for crowd in self.words.protest_crowds):
            return frame
        return dataclasses.replace(frame, cameo=RIOT_CODE)

    def _crowd(self, frame: Frame, clause: Clause, out: list[Event]) -> list[Actor]:
        """Whom crowd control was used on: the people a phrase of the frame names ("at the
        crowd"; not a government, which "in Nairobi" names), else the protesters of the last
        protest told in the sentence or before it, else the people of the place the clause names
        ("löste die Demonstration in Tiflis mit Tränengas auf": Georgians, not the government).
        A state's vessel or post that the act is aimed at, not the place it happens in, is that
        state's ("beschoss ein philippinisches Schiff mit Wasserwerfern")."""
        for role in frame.target:
            placed = role.removeprefix("prep:") in self.words.location_prepositions
            people = [a for a in _actors(clause, role) if not placed or _effective_sector(a) != "GOV"]
            if people:
                return people
        people = _protesters(out) or self._protesters
        if people:
            return people
        if self._uprooted:
            # the refugees or migrants the sentence before told of, whom no one else is named to be
            # ("Mazedonien ließ nur wenige Flüchtlinge passieren. Die Polizei setzte Tränengas ein")
            return self._uprooted[:1]
        places = [a for role in frame.target if role.removeprefix("prep:") in self.words.location_prepositions
                  for a in _actors(clause, role) if state(a.code)]
        return [dataclasses.replace(a, sector="CVL") for a in places[:1]]

    def _frame(self, clause: Clause) -> Frame | None:
        """The frame that fits a clause, found once per sentence (a fuzzed line asks one clause
        with thousands of phrases again for each of its nouns)."""
        key = id(clause)
        if key not in self._frames_of:
            self._frames_of[key] = self.frames.find(clause)
        return self._frames_of[key]

    def _holds(self, clause: Clause, roles: tuple[str, ...], position: int) -> bool:
        """Whether one of a clause's phrases in ``roles`` covers the character ``position``
        (the phrases' spans sorted once per sentence, then searched by bisection)."""
        key = (id(clause), roles)
        if key not in self._spans_of:
            spans = sorted((a.start, a.end) for a in clause.args(*roles))
            ends, longest = [], 0
            for _, end in spans:
                longest = max(longest, end)
                ends.append(longest)          # the furthest end of any phrase starting up to here
            self._spans_of[key] = ([start for start, _ in spans], ends)
        starts, ends = self._spans_of[key]
        k = bisect_right(starts, position) - 1
        return k >= 0 and ends[k] > position

    def _about_event(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a noun event is what another event is about: an object or prepositional phrase
        of a clause with a frame ("protestierten gegen die Festnahme", "kritisierte die Festnahme")."""
        trigger = clause.predicate.tokens[0].start
        return any(other is not clause and self._holds(other, ("object", "prep"), trigger)
                   and self._frame(other) is not None for other in clauses)

    def _reason_of_unknown_act(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun stands in a phrase of the reason or background
        (``background_prepositions``) of a verb no frame knows ("Deutschland wird Russland wegen der
        Annexion der Krim schelten"): the verb's subject reacts to the act or suffers from it, and
        the text does not say it did it (its own possessor or agent may still name its doer)."""
        if clause.parent is None or not clause.predicate.tokens:
            return False
        parent = clauses[clause.parent]
        if parent.predicate.kind != "verb" or self._frame(parent) is not None:
            return False
        trigger = clause.predicate.tokens[0].start
        return any(a.start <= trigger < a.end and (a.prep or "").lower() in self.words.background_prepositions
                   for a in parent.args("prep"))

    def _aimed_by_noun(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun stands in the phrase another event noun of a frame is aimed at
        ("Sicherheitskräfte töteten bei Protesten gegen Sonkos Verurteilung 40 Menschen", "Kritik
        an der Festnahme"): what that act is against, not an act of the subject of the verb above
        both (its own possessor or agent may still name its doer)."""
        trigger = clause.predicate.tokens[0].start
        return any(other is not clause and other.predicate.kind == "noun" and other.parent == clause.parent
                   and other.predicate.tokens and other.predicate.tokens[0].start < trigger
                   and any(p.start <= trigger < p.end for p in other.args("prep"))
                   and (found := self._frame(other)) is not None
                   and any(p.start <= trigger < p.end and f"prep:{(p.prep or '').lower()}" in found.target
                           for p in other.args("prep"))
                   for other in clauses)

    def _object_of_event_verb(self, clause: Clause, frame: Frame, clauses: list[Clause]) -> bool:
        """Whether an event noun is the object of a verb that tells another act about it
        ("verurteilte den Angriff"), not the noun of a support verb that tells the same act
        ("ordered an investigation into", "expressed support for"): the support verb's
        subject is the noun's author too, when the verb's frame finds no target of its own."""
        if clause.parent is None:
            return False
        parent = clauses[clause.parent]
        trigger = clause.predicate.tokens[0]
        if parent.predicate.lemma.lower() in self.frames.denials and (self._holds(parent, ("object",), trigger.start) or (
                # or after the object, in what says what the denied part was in: a phrase the
                # parser hangs on the verb right after the object ("bestritt jede Rolle bei dem
                # Angriff"), or one it hangs on the object, outside every phrase of the verb
                # ("Armenia denied any role in the attack on Azerbaijani soldiers")
                any(p.start <= trigger.start < p.end and any(0 <= p.start - o.end <= len(p.prep or "") + 2 for o in parent.args("object"))
                    for p in parent.args("prep"))
                or (any(o.end <= trigger.start for o in parent.args("object"))
                    and not any(p.start <= trigger.start < p.end for p in parent.arguments)))):
            return True         # "Den Völkermord leugnet Morales": no act of the one who denies it
        verb = self._frame(parent)
        if verb is None:
            return False
        if not self._holds(parent, ("object",), trigger.start) and not (
                verb.cameo.startswith(STANCE_CODES) and any(
                    p.start <= trigger.start < p.end for p in parent.args("prep")
                    if (p.prep or "").lower() in verb.when_prep or f"prep:{(p.prep or '').lower()}" in verb.target)):
            return False
        return clause.predicate.lemma.lower() not in verb.when_object or verb.cameo[:2] != frame.cameo[:2]

    def _fled_from(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a noun of violence stands in a prepositional phrase of a verb that is no act of
        force and whose subject is civilians ("Tausende Syrer flohen vor den Angriffen auf
        Aleppo", "Die Menschen harrten während der Kämpfe in Kellern aus"): what befell them, not
        their fight. An army's or rebels' verb keeps it ("Die Rebellen zogen sich nach heftigen
        Kämpfen mit der Armee zurück"), and so does a state's, whose own act it may forgo or be
        blamed for ("verzichtete auf einen Militärschlag gegen Iran", "is to blame for the attack")."""
        if clause.parent is None or not clause.predicate.tokens:
            return False
        parent = clauses[clause.parent]
        trigger = clause.predicate.tokens[0].start
        if parent.predicate.kind != "verb" or not self._holds(parent, ("prep",), trigger) \
                or self._holds(parent, ("object",), trigger):
            return False
        verb = self._frame(parent)
        if verb is not None and verb.cameo.startswith(FORCE_CODES):
            return False
        role = "agent" if parent.predicate.voice == "passive" else "subject"
        doers = _actors(parent, role)
        return bool(doers) and all(a.sector == "CVL" for a in doers)

    def _governing_verb(self, clause: Clause, clauses: list[Clause], codes: tuple[str, ...]) -> tuple[Clause, Frame] | None:
        """The verb clause right above a clause, with its frame, when that frame's code begins
        with one of ``codes``; None otherwise."""
        if clause.parent is None or not clause.predicate.tokens:
            return None
        parent = clauses[clause.parent]
        verb = self._frame(parent) if parent.predicate.kind == "verb" else None
        if verb is None or not verb.cameo.startswith(codes):
            return None
        return parent, verb

    def _reacted_to(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is what its verb reacts to: in a target phrase of a verb of
        criticism, rejection, protest or praise ("Kurdish groups held a rally in Vienna against the
        Turkish offensive", "protestierten in Wien gegen die Offensive")."""
        governing = self._governing_verb(clause, clauses, REACTION_CODES) if clause.predicate.kind == "noun" else None
        if governing is None:
            return False
        parent, verb = governing
        trigger = clause.predicate.tokens[0].start
        return any(p.start <= trigger < p.end for role in verb.target for p in _phrases(parent, role))

    def _helped_party(self, clause: Clause, clauses: list[Clause]) -> list[Actor] | None:
        """The known actors a verb of backing or aid helps, when a noun of force stands in one of
        its prepositional phrases ("Die USA unterstützten die Kurden im Kampf gegen den IS", "half
        Kiew bei der Abwehr"): the act is theirs, not the helper's (none: the noun names no act of
        the helper either); None when the noun is not so placed."""
        governing = self._governing_verb(clause, clauses, BACKING_CODES)
        if governing is None:
            return None
        parent = governing[0]
        trigger = clause.predicate.tokens[0].start
        if not self._holds(parent, ("prep",), trigger) or self._holds(parent, ("object",), trigger):
            return None
        roles = ("subject",) if parent.predicate.voice == "passive" else ("object", "dative")
        return _known([a for role in roles for a in _actors(parent, role)])

    def _parent_actors(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        """The actors of the subject (of a passive: the agent) of the nearest clause above an event
        noun that names any. A clause passed over whose subject is a pronoun that refers to no one
        ("Die Polizei gab an, dass er die Schüsse gestanden habe") passes on only to a subject the
        pronoun agrees with ("Die Demonstranten marschierten, bevor sie eine Kundgebung
        abhielten"), else to no one: the act is the pronoun's."""
        seen = set()
        pending = ANY_AGREEMENT      # what the pronoun subjects passed over may be
        while clause.parent is not None and clause.parent not in seen:
            seen.add(clause.parent)
            noun, clause = clause, clauses[clause.parent]
            if self._characterised(noun, clause):
                return []
            if clause.predicate.lemma in self.words.coming_verbs and len(seen) == 1 and self._in_subject(noun, clause):
                # "Kritik an X kam von Y", "criticism came from Y": the act is Y's
                origin = [a for p in clause.args("prep") if (p.prep or "").lower() in self.words.origin_prepositions
                          for a in p.actors]
                if origin:
                    return origin
            role = "agent" if clause.predicate.voice == "passive" else "subject"
            if role == "agent" and not clause.args("agent") and clause.predicate.lemma in self.words.awaited_verbs:
                role = "object"     # "Obama wird zu einem Besuch in Hanoi erwartet": his visit
            if clause.predicate.kind == "verb" and role == "subject" and self._of_subject(noun, clause, len(seen) > 1):
                # the noun is in the subject, whose names are its own phrase's, not its author ("The
                # FBI investigation into accusations against Kavanaugh has delayed the vote": the
                # FBI made no accusation)
                return []
            actors = _actors(clause, role)
            if actors:
                return actors if all(p.agreement & pending for p in clause.args(role) if p.actors) else []
            for p in clause.args(role):
                if p.pronoun:
                    pending &= p.agreement
        return []

    @classmethod
    def _of_subject(cls, noun: Clause, clause: Clause, nested: bool) -> bool:
        """Whether the event noun ``noun`` is part of the subject of the verb ``clause`` but not its
        head, whose own phrase the subject is ("The talks of China with Brazil ended"): a noun
        reached through another event noun of the subject (``nested``: "The FBI investigation into
        accusations against Kavanaugh has delayed the vote"), one in the subject's attribute, or
        one between the subject and the verb in no other phrase of the verb ("The UN report on
        accusations against ... angered": a phrase the subject's noun governs; not "dass die EU
        Sanktionen gegen Russland verhängte", the object before a verb at the end)."""
        if not noun.predicate.tokens:
            return False
        start = noun.predicate.tokens[0].start
        subjects, verb = clause.args("subject"), clause.predicate.tokens
        inside = [p for p in subjects if p.start <= start < p.end]
        if inside:
            return nested or any(p.attribute is not None and p.attribute < len(p.tokens)
                                 and start >= p.tokens[p.attribute].start for p in inside)
        if not subjects or not verb:
            return False
        held = any(p.start <= start < p.end for p in clause.arguments if p.role != "subject")
        return not held and all(p.start < start for p in subjects) and start < verb[0].start

    @staticmethod
    def _in_subject(noun: Clause, clause: Clause) -> bool:
        """Whether the event noun ``noun`` stands in the subject of ``clause``."""
        start = noun.predicate.tokens[0].start if noun.predicate.tokens else -1
        return any(p.start <= start < p.end for p in clause.args("subject"))

    def _characterised(self, noun: Clause, parent: Clause) -> bool:
        """Whether an event noun is what a copula says something is ("Das Gesetz ist ein Angriff
        auf den Sozialstaat", "the detentions were a grave attack on rights", "Es handelt sich um einen Angriff auf die Arbeitnehmer", "stellt
        einen Angriff dar"): a characterisation, not an act of the copula's subject; the noun
        heads the complement ("was part of the negotiations" took part in them)."""
        if parent.predicate.kind != "verb" or parent.predicate.lemma.lower() not in self.words.copula_verbs:
            return False
        trigger = noun.predicate.tokens[0].start if noun.predicate.tokens else -1
        def headed(p: Phrase) -> bool:      # the noun is the phrase's first: not "was part of the talks"
            first = next((t for t in p.tokens if t.pos in self.tags.common_noun), None)
            return first is not None and first.start == trigger
        if any(headed(p) for p in parent.args("predicative", "object", "prep")
               if p.role != "prep" or (p.prep or "").lower() in self.words.copula_prepositions):
            return True
        # a subject after the predicative is the parser's swap of the two ("die Festnahmen seien
        # ein schwerer Angriff auf ...": the first is what is characterised)
        return any(headed(p) for p in parent.args("subject")) and any(
            p.end <= trigger for p in parent.args("predicative"))

    def _bloc(self, clause: Clause, role: str) -> bool:
        """Whether the clause's object or dative names a bloc of states ("the West", "den
        Westen"): the target itself, no state and no one a rule may put in its place."""
        return role in ("object", "dative") and any(
            len(p.tokens) <= 3 and any(t.text.lower() in self.words.bloc_nouns for t in p.tokens)
            for p in _phrases(clause, role))

    def _target(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                source: list[Actor]) -> tuple[list[Actor], list[int]]:
        """The target actors, and the dependent clauses they were taken from."""
        unknown: list[Actor] = []      # "the troops": taken only when no one better is named
        unknown_used: list[int] = []   # ... and the dependent clause it was taken from
        addressed = False              # the object of an appeal names whom it asks, known or not (and of an accusation whom it accuses)
        # "warnte vor einer Hungersnot im Jemen": a danger to Yemen, no threat; only whom the
        # warning is addressed to is its target
        perilous = frame.cameo.startswith(THREATENING_CODES) and self._peril(clause, index, clauses)
        # (nor what a firm or a paper warns of: "Nvidia warned that US export curbs would hurt its sales")
        forecast = frame.cameo.startswith(THREATENING_CODES) and self._forecast(clause, source)
        roles = frame.target
        if _passive_experiencer(frame, clause):
            roles = tuple("agent" if r == "subject" else r for r in roles)    # "... by Seoul's decision"
        for role in roles:
            if perilous and (role.startswith("prep:") or role == "complement" and self._peril(
                    clause, index, clauses, dependent=True)):
                continue
            if forecast and (role.startswith("prep:") or role == "complement"):
                continue
            if role == "complement":
                if self._stated(frame, clause, index, clauses):
                    continue
                if frame.cameo.startswith(REJECT_CODES) and clause.predicate.kind == "verb" \
                        and any(a.code == "UNK" for a in unknown) and _actors(clause, "object"):
                    # "lehnte Forderungen der Opposition ab, Truppen nach Karabach zu entsenden": whom
                    # the object names is rejected, though no country is told yet; the content of
                    # what they ask names no one rejected
                    continue
                if self._others_retaliation(frame, clause, index, clauses, source) is not None:
                    continue      # "warned that the EU would retaliate": the EU answers for the source, no target
                # a permission is for whom the dependent clause's subject names, not for whom
                # what they are let do names ("allowed Kurdish fighters to cross into Syria")
                actors, used = self._complement(clause, index, clauses, source,
                                                addressed=addressed or frame.cameo in PERMISSION_CODES)
                if _known(actors):
                    return actors, used
                if actors and not _known(unknown) and frame.cameo.startswith(THREATENING_CODES):
                    unknown, unknown_used = actors, used
                if not actors and frame.cameo.startswith(ACCUSATION_CODES):
                    unknown = unknown or self._criticised_content(clause, index, clauses, source)
                continue
            actors = self._named(clause, role, frame) if frame.named else _actors(clause, role)
            actors = self._verbs_own_phrase(clause, index, clauses, role) or actors
            if actors and self._against_the_thing(frame, clause, role):
                continue
            if actors and self._anothers_phrase(frame, clause, index, clauses, role):
                continue          # "Nach dem Angriff auf Kiew drohte die EU mit Sanktionen": Kyiv is who was attacked
            if not actors and self._bloc(clause, role):
                return [], []       # "accused the West of waging war in Ukraine": no state, no one else
            actors = [a for a in actors if not self._own_kin(clause, role, a)]
            # (not governments said to be foreign or several: "urged Western governments to act",
            # "urged the Gulf countries to remain united")
            if role in ("object", "dative") and actors \
                    and all(a.code == "UNK" and a.sector == "GOV" and not a.abroad for a in actors) \
                    and source and all(a.sector in PARTY_SECTORS for a in source) and _own_government(source):
                # "Die deutsche Opposition forderte die Regierung auf, die Waffenlieferungen an Israel
                # zu stoppen": a government no country names that a state's opposition or parties
                # address is their own, not one named after it (as in ``_complement``)
                return _own_government(source), []
            if role == "prep:in" and unknown and not _known(unknown) and actors and all(map(_bare_state, actors)) \
                    and frame.cameo.startswith(FORCE_USE_CODES):
                # "an offensive against rebels in Syria": the rebels there, who take the place's
                # country, not the state itself (whose own troops then could not be the attackers)
                return unknown, unknown_used
            addressed = addressed or (role == "object" and clause.predicate.kind == "verb"
                                      and (frame.cameo.startswith(APPEAL_CODES) or frame.cameo in ADDRESSED_EXACT) and any(
                p.tokens and p.tokens[-1].text.lower() not in self.words.clausal_pronouns
                for p in clause.args("object")))
            # (and of a disapproval, a party the object names, of no country yet: "criticised the
            # administration for tying aid to Ukraine to money for Israel" disapproves of the
            # administration, not of Ukraine or Israel, whom what it did names; not people of no
            # office: "charged three men with spying for Hong Kong" accuses Hong Kong)
            addressed = addressed or (role == "object" and clause.predicate.kind == "verb"
                                      and frame.cameo.startswith(DISAPPROVE_CODES) and bool(actors)
                                      and all(a.code == "UNK" and a.sector not in (None, "CVL") for a in actors))
            if not _known(actors) and frame.cameo.startswith(ACCUSATION_CODES + PROTEST_CODES + SUPPORT_CODES):
                # (and what one backs or praises: "endorsed the peace plan put forward by Egypt";
                # not by a compound's state, as often what a thing is about: "Unterstützung für
                # den Iran-Deal" is none for Iran)
                actors = _doer(clause, role, clauses, self._hostile,
                               compounds=not frame.cameo.startswith(SUPPORT_CODES)) or actors
            if not _known(actors) and role == "object" and clause.predicate.kind == "verb" \
                    and frame.cameo.startswith(DISAPPROVE_CODES):
                actors = self._speakers_of_object(clause, clauses, source) or actors
            if role == "object" and clause.predicate.kind == "verb" and not frame.named and all(
                    any(_same_party(a, b) and not self._offices(a, b) for b in source) for a in actors):
                # the object names no one but the source ("Albanien prangerte die Niederschlagung
                # albanischer Unruhen durch Serbien an"): the act's agent is the target
                actors = self._agent_of_object(clause, clauses) or actors
            elif role.startswith("prep:") and frame.cameo.startswith(REJECT_CODES) and not actors \
                    and clause.predicate.kind == "verb" and not frame.named:
                # so is the person whose proposal one votes against ("stimmte gegen den Antrag von
                # Premierminister Johnson"); not a place the thing is named after ("gegen den
                # Vertrag von Lissabon") nor people it is about ("gegen die Aufnahme von Flüchtlingen")
                owners = self._agent_of_object(clause, clauses, role=role)
                # (or the international body a compound before the text names: "stimmte gegen die
                # UN-Resolution"; not a state, which such a compound names as often as what the
                # text is about: "ein Veto gegen die Syrien-Resolution")
                actors = owners if owners and all(_person(a) for a in owners) else (
                    [a for a in _compound_owners(_phrases(clause, role), [c for c in clauses if c is not clause],
                                                 lambda noun: True) if a.code.startswith("IGO:")] or actors)
            # (and a subject that is the act a party disapproves of: "Die Verletzung des Luftraums
            # Estlands durch russische Kampfjets empörte die NATO", "Israel's bombing of Gaza is a
            # crime, Erdogan said")
            judged = role == "subject" and frame.cameo.startswith(DISAPPROVE_CODES)
            if (role == "object" or role.startswith("prep:") or judged) and clause.predicate.kind == "verb" \
                    and not frame.named:
                # the phrase names an act and its doer by a preposition that names only the doer
                # ("verurteilte die Festnahme eines französischen Journalisten durch die
                # iranischen Behörden", "protestierte gegen die Ausweisung seiner Diplomaten
                # durch Russland"): the doer, not the journalist, is the target
                actors = self._agent_of_object(clause, clauses, doer_only=True, role=role) or actors
            if (role == "object" or judged) and clause.predicate.kind == "verb" and not frame.named \
                    and frame.cameo.startswith(DISAPPROVE_CODES):
                actors = self._doer_criticised(clause, clauses, actors, role)
                if not _known(actors):
                    actors = self._relative_doers(clause, clauses, role) or actors
            if self._own_victims(frame, clause, clauses, role, actors, source):
                # "Germany condemned the arrest of Yucel": not aimed at Germans, but at whoever
                # the sentences before say did it to them
                doers = self._victims_doer(actors, source)
                if doers:
                    return doers, []
                continue
            if role.startswith("prep:") and not _known(actors) and clause.predicate.kind == "verb" \
                    and (frame.when_object or frame.when_prep):
                actors = self._held_target(frame, clause, index, clauses, role, source) or actors
            if (role == "object" or role.startswith("prep:")) and not _known(actors) \
                    and clause.predicate.kind == "verb" and frame.cameo.startswith(GOODS_MEASURE_CODES):
                actors = self._goods_origin(clause, role, clauses, source) or actors
            if _known(actors) and not frame.reciprocal and all(
                    any(_same_party(a, b) and not _other_person(a, b, frame, clause) and not _rival_groups(a, b, frame.cameo)
                        and not self._levels(a, b) and not self._offices(a, b) for b in source) for a in _known(actors)):
                continue          # the source again ("Der Premier | Davutoglu drohte ..."): try the next role
            if _known(actors):
                return actors, []
            unknown = unknown or actors
        if perilous:
            return unknown, unknown_used
        if not _known(unknown):
            done = self._act_antecedent(frame, clause, source) or self._appended_act(frame, clause, clauses, source) \
                or self._eased_measure(frame, clause, source) or self._spoken_of(frame, clause, index, clauses, source)
            if done:
                return done, []
            answered = self._retaliated(frame, clause, source, self._retaliating(
                clauses, self._others_retaliation(frame, clause, index, clauses, source))) \
                or self._counterpart(frame, clause, source)
            if answered:
                return answered, []
        if not _known(unknown) and frame.cameo.startswith(INVESTIGATION_CODES):
            accused = self._accused(frame, clause, index, clauses, source)
            if accused:
                return accused, []
        if not _known(unknown) and frame.cameo.startswith(MESSAGE_CODES):
            written = [a for a in self._message_addressee(clause, index, clauses)
                       if not any(_same_party(a, b) for b in source)]
            if written:
                return written, []
        if not _known(unknown) and ({"object", "dative"} & set(frame.target) or _measure_named(frame, clause) or (
                # an appeal whose frame names no addressee ("called for an inquiry"), with no
                # object or clause of its own ("insisted unrest there reflected old tensions": a claim)
                frame.cameo.startswith(APPEAL_CODES) and not clause.args("object")
                and self._content(clause, index, clauses) is None)) and not (
                # whom an accusation's own object names, known or not, is whom it accuses
                # ("praised Moroccan forces and blamed trafficking gangs": not the forces)
                frame.cameo.startswith(DISAPPROVE_CODES) and clause.args("object")):
            return (self._conjunct_addressee(clause, index, clauses, source, hostile=_measure_named(frame, clause))
                    or self._appealed_sides(frame, clause, index, clauses, source) or unknown), []
        if not _known(unknown):
            borne = [a for a in self._undergoer(clause, clauses) if not any(_same_party(a, b) for b in source)]
            if _known(borne):
                return borne, []
        return unknown, unknown_used

    @staticmethod
    def _verbs_own_phrase(clause: Clause, index: int, clauses: list[Clause], role: str) -> list[Actor]:
        """Of two or more phrases of a target preposition that the parse gave the verb, the known
        actors of those that no noun of the clause holds too, when another is a noun's ("Die Türkei
        forderte von Deutschland die Auslieferung von Gülen-Anhängern": Germany is asked; the
        followers are whom the extradition is of). Empty when that does not single any out."""
        if clause.predicate.kind != "verb" or not role.startswith("prep:"):
            return []
        phrases = _phrases(clause, role)
        if len(phrases) < 2:
            return []
        spans = {(p.start, p.end) for c in clauses if c.parent == index and c is not clause
                 and c.predicate.kind == "noun" for p in c.arguments}
        free = [p for p in phrases if (p.start, p.end) not in spans]
        if not free or len(free) == len(phrases):
            return []
        return _known([a for p in free for a in p.actors])

    def _against_the_thing(self, frame: Frame, clause: Clause, role: str) -> bool:
        """Whether a rejection's preposition names first a thing, no actor, and then an actor again
        with the same preposition, which the parse gave the clause but which belongs to the thing
        ("voted against the no-confidence motion against the government", "stimmten gegen den
        Misstrauensantrag gegen die Regierung", "against the resolution against Israel"): those
        who vote against a motion aimed at a government are not against it; the thing's owner
        would be the target, and the text does not name it."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(REJECT_CODES) or not role.startswith("prep:"):
            return False
        held = sorted(_phrases(clause, role), key=lambda p: p.start)
        return len(held) > 1 and not held[0].actors and bool(held[0].tokens) \
            and held[0].tokens[0].text.lower() in self.words.definite

    @staticmethod
    def _anothers_phrase(frame: Frame, clause: Clause, index: int, clauses: list[Clause], role: str) -> bool:
        """Whether every phrase of a target preposition that names someone, of a threat's verb frame
        conditioned on the noun of a prepositional phrase (``when_prep``: "drohte mit Strafzöllen
        auf französischen Wein"), belongs to another noun of the clause, which names no act of the
        frame and which the parse gave the phrase too: "Nach dem Angriff auf Kiew drohte die EU mit
        Sanktionen" threatens no one in Kyiv, which the attack hit. A phrase of the frame's own noun
        ("Strafzöllen auf französischen Wein") names whom the measure is aimed at."""
        if clause.predicate.kind != "verb" or not frame.when_prep or not role.startswith("prep:") \
                or not frame.cameo.startswith(THREATENING_CODES):
            return False
        nouns = [c for c in clauses if c.parent == index and c is not clause and c.predicate.kind == "noun"]
        def owners(phrase: Phrase) -> list[Clause]:
            return [n for n in nouns if any((p.start, p.end) == (phrase.start, phrase.end) for p in n.args("prep"))]
        # the frame's nouns, also those it names with their preposition ("with threats")
        nouns_named = frame.when_prep | {w.split(" ", 1)[1] for w in frame.when_prep if " " in w}
        def named_by_frame(noun: Clause) -> bool:
            lemma = _folded(noun.predicate.lemma)
            return lemma in nouns_named or lemma.rsplit("-", 1)[-1] in nouns_named
        def anothers(phrase: Phrase) -> bool:
            # (no noun the frame names holds it too: "mit dem Abbruch des Dialogs mit Pristina")
            held = owners(phrase)
            return bool(held) and not any(map(named_by_frame, held))
        named = [p for p in _phrases(clause, role) if _known(p.actors)]
        return bool(named) and all(anothers(p) for p in named)

    def _spoken_of(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                   source: list[Actor]) -> list[Actor]:
        """Whom a reaction in quoted speech reacts to when it names the thing by a pronoun only and
        the verb of saying names it by its topic phrase (``topic_pronouns``, ``topic_phrases``):
        "\"This is a violation of international law,\" Erdogan said of the Israeli strikes", "„Das
        werden wir nicht akzeptieren“, sagte Lawrow zu dem amerikanischen Vorschlag": the doer of
        the act the phrase names, or the party it names. Only a verb of criticism, rejection,
        protest or praise, and only another party than the speaker."""
        if not frame.cameo.startswith(REACTION_CODES) or not self.words.topic_phrases:
            return []
        held = [p for role in frame.target if role in ("object", "dative", "subject", "predicative")
                for p in _phrases(clause, role)]
        if not any(len(p.tokens) == 1 and p.tokens[0].text.lower() in self.words.topic_pronouns for p in held):
            return []
        sayers = [k for k, c in enumerate(clauses) if c.predicate.kind == "verb" and (k == clause.parent or c.parent == index)]
        for k in sayers:
            saying = clauses[k]
            for phrase in saying.args("prep"):
                if f"{saying.predicate.lemma.lower()} {(phrase.prep or '').lower()}" not in self.words.topic_phrases:
                    continue
                spoken = _known(self._agent_of_object(saying, clauses, role=f"prep:{phrase.prep}", before_noun=True)) \
                    or _known(phrase.actors)
                spoken = [a for a in spoken if not any(_same_party(a, b) for b in source)]
                if spoken:
                    return spoken
        return []

    def _act_antecedent(self, frame: Frame, clause: Clause, source: list[Actor]) -> list[Actor]:
        """Who did the act a reaction's object (or the subject of a reaction suffered: "The move
        drew condemnation from the AU") refers back to ("Russia condemned the move",
        "Die Regierung wies die Entscheidung zurück", "China criticised the sanctions"): a
        definite object, or phrase of a target preposition ("protested against the tariffs"), of
        no actor whose head is one of ``act_anaphors`` (or of ``sanction_anaphors``,
        ``accord_anaphors``, ``verdict_anaphors``, ``request_anaphors``, ``proceedings_anaphors``,
        ``threat_anaphors``, ``visit_anaphors``, ``violence_anaphors``, which refer back only to a
        sanction, an agreement, a court's conviction or sentence, a request, an investigation or a
        charge, a threat, a visit, or an act of violence) names the
        latest act of the last ``ANAPHOR_REACH`` sentences before this one done by another party
        than the source; its source is the target. Only a verb of
        criticism, rejection, protest or praise reacts so; what was said or asked is no act
        referred to so."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(REACTION_CODES):
            return []
        # (a dative too: the first of two accusatives, "nannte die Zölle einen Affront", reads as one;
        # and the subject of a reaction suffered: "The move drew condemnation from the AU")
        held = [p for role in frame.target if role in ("object", "dative", "subject") or role.startswith("prep:")
                for p in _phrases(clause, role)]
        for phrase in held:
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            if phrase.actors or not 2 <= len(words) <= 3 or words[0].text.lower() not in self.words.definite:
                continue
            head = {words[-1].lemma.lower(), words[-1].text.lower()}
            # (the codes a word refers back to, and whether only the last sentences: a sanction,
            # an agreement, a verdict or proceedings are the article's latest one)
            kinds = ((self.words.sanction_anaphors, SANCTION_ACT_CODES, False),
                     (self.words.accord_anaphors, REFERRED_ACCORD_CODES, False),
                     (self.words.verdict_anaphors, VERDICT_ACT_CODES, False),
                     (self.words.request_anaphors, REQUEST_ACT_CODES, True),
                     (self.words.proceedings_anaphors, PROCEEDINGS_ACT_CODES, False),
                     (self.words.threat_anaphors, THREAT_ACT_CODES, True),
                     (self.words.visit_anaphors, VISIT_ACT_CODES, True),
                     (self.words.violence_anaphors, VIOLENCE_ACT_CODES, True),
                     (self.words.act_anaphors, REFERRED_ACT_CODES, True))
            kind = next(((codes, near) for anaphors, codes, near in kinds if head & anaphors), None)
            domestic = bool(head & self.words.domestic_acts)
            if domestic and (kind is None or kind[0] == REFERRED_ACT_CODES):
                kind = (DOMESTIC_ACT_CODES, True)
            if kind is None and self.words.state_measures and any(
                    word.endswith(self.words.state_measures) for word in head):
                placed = self._placed_act(phrase, clause, source)
                if placed:
                    return placed
            if kind is None:
                continue
            codes, near = kind
            reach = ANAPHOR_REACH if near else self._at
            # any other act: one of the last sentences, or else the article's lead ("Das
            # Europaparlament hat ein Verfahren gegen Ungarn eingeleitet. ... Die ungarische
            # Regierung wies die Entscheidung zurück")
            acts = [event for event in reversed(self._history)
                    if (event.sentence_index >= self._at - reach or event.sentence_index <= LEAD_SENTENCES)
                    and event.sentence_index < self._at and event.cameo.startswith(codes)
                    and event.modality != "negated" and _known(event.source)
                    and not (any(_same_party(a, b) for a in event.source for b in source)
                             and not self._partners(event, codes, source))
                    # a pledge is no deal yet, and a state sanctions no one but others
                    and not (codes == REFERRED_ACCORD_CODES and event.modality == "intent")
                    and not (codes == VERDICT_ACT_CODES and not any(a.sector == "JUD" for a in event.source))
                    and not (codes == SANCTION_ACT_CODES and any(
                        a.code == t.code for a in event.source for t in event.target))]
            # a state's own act ("the coup", "the crackdown") is one whose doers and those it was
            # done to are of one state, when such an act was told: "Soldiers detained Bazoum.
            # Nigeria cut off power to Niger. France condemned the coup" condemns Niger's soldiers
            # (not when an act was done to the source: "Russia detained a US reporter. Washington
            # condemned the arrest")
            if domestic and codes == REFERRED_ACT_CODES and not head & self.words.act_anaphors and not any(
                    t.code == b.code for e in acts for t in e.target for b in source):
                acts = [e for e in acts if _within_state(e)] or acts
            # an act done to the source itself is the one it answers ("Japan imposed sanctions on
            # North Korea. Pyongyang condemned the move")
            # (a request is one made of the source: "Qatar rejected the demands" answers no appeal
            # made of others, "Tillerson urged the Gulf countries to talk"; one made of a state's
            # troops its government answers: "Iraq's parliament voted for the withdrawal of US
            # troops. Washington rejected the demand")
            # (and a request that asks no other state, which any other state may answer: "Turkey
            # requested Gülen's extradition. The United States rejected the request")
            act = next((e for e in acts if any(_same_party(t, b) or (codes == REQUEST_ACT_CODES and (
                _commands(b, t) or _unnamed_of_sector(b, t))) for t in e.target for b in source)
                        or (codes == REQUEST_ACT_CODES and _asks_no_other_state(e, source))),
                       acts[0] if acts and codes != REQUEST_ACT_CODES else None)
            if act is None:
                placed = self._placed_act(phrase, clause, source) if domestic else []
                if not placed and (domestic or codes in (VERDICT_ACT_CODES, PROCEEDINGS_ACT_CODES)):
                    placed = self._victims_state(phrase, source)
                return placed
            return [Actor(code=a.code, sector=a.sector, text=phrase.text, start=phrase.start, end=phrase.end,
                          name=a.name) for a in (self._partners(act, codes, source) or _known(act.source))]
        return []

    @staticmethod
    def _partners(event: Event, codes: tuple[str, ...], source: list[Actor]) -> list[Actor]:
        """The other parties of an agreement the source made itself, which its reaction to the
        agreement is aimed at ("The EU and Britain agreed on a deal. Juncker welcomed the
        agreement": the EU welcomes it towards Britain; "The US signed a deal with the Taliban.
        Washington welcomed the deal"); none for any other act."""
        if codes != REFERRED_ACCORD_CODES or not any(_same_party(a, b) for a in event.source for b in source):
            return []
        partners: list[Actor] = []
        for a in _known(event.source) + _known(event.target):
            if not any(_same_party(a, b) for b in source + partners):
                partners.append(a)
        return partners

    def _eased_measure(self, frame: Frame, clause: Clause, source: list[Actor]) -> list[Actor]:
        """Whom the measures a state eases were aimed at, when the easing names no one but
        refers back to them ("Trump then suspended the tariffs", "setzte die Zölle aus"): a
        definite object whose head is one of ``sanction_anaphors`` names the latest sanction, or
        threat of one, of the source's own side earlier in the article; its target is the target."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(EASING_CODES):
            return []
        for phrase in clause.args("object"):
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            if phrase.actors or not 2 <= len(words) <= 3 or words[0].text.lower() not in self.words.definite \
                    or not {words[-1].lemma.lower(), words[-1].text.lower()} & self.words.sanction_anaphors:
                continue
            for event in reversed(self._history):
                if event.sentence_index < self._at and event.cameo.startswith(EASED_MEASURE_CODES) \
                        and event.modality != "negated" and _known(event.target) \
                        and any(_same_party(a, b) for a in event.source for b in source):
                    return [Actor(code=a.code, sector=a.sector, text=phrase.text, start=phrase.start,
                                  end=phrase.end, name=a.name) for a in _known(event.target)]
        return []

    def _appended_act(self, frame: Frame, clause: Clause, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
        """Who did the act that a reaction told right after it, in a clause of its own, names (see
        ``_names_act_before``: "The Taliban banned women from working for aid groups, a decision
        condemned by the United Nations", "..., ein Schritt, der von der EU kritisiert wurde",
        "..., was die AU kritisierte"): the known subject of the clause the reaction hangs on,
        unless that is the source's own side."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(REACTION_CODES) or clause.parent is None:
            return []
        act = clauses[clause.parent]
        if act.predicate.kind == "noun" and not act.arguments and act.parent is not None:
            # the summing-up noun is an event noun, a clause of its own with nothing of its own
            # ("killed dozens of protesters, an attack the UN condemned"): the act is the one above
            act = clauses[act.parent]
        if act.predicate.kind != "verb":
            return []
        for phrase in clause.args("object", "subject"):
            if not self._names_act_before(phrase, frame, clause) and not self._repeats_act_object(phrase, clause, act):
                continue
            doers = [Actor(code=a.code, sector=a.sector, text=phrase.text, start=phrase.start, end=phrase.end,
                           name=a.name) for p in act.args("subject") for a in _known(p.actors)]
            if doers and not any(_same_party(a, b) for a in doers for b in source):
                return doers
        return []

    def _names_act_before(self, phrase: Phrase, frame: Frame, clause: Clause) -> bool:
        """Whether a reaction's phrase names the act told right before it: an object with no actor
        of an indefinite ``act_anaphors`` or ``appended_acts`` noun, also one the parse joined to the object of the act
        ("blockierte das Hilfspaket, eine Entscheidung, die ..."); or the relative pronoun of the
        whole clause before ("..., was von der EU kritisiert wurde", "..., was die EU kritisierte")."""
        words = [t.text.lower() for t in phrase.tokens]
        if len(words) == 1 and words[0] in self.words.clause_relatives:
            return phrase.role == "object" or self._reaction_to_clause(frame, clause, "subject")
        # (or the subject of a reaction suffered, which its frame aims at its subject: "..., eine
        # Entscheidung, die scharfe Kritik Kairos hervorrief", "a move that drew criticism from Cairo")
        held = phrase.role == "object" or (phrase.role == "subject" and "subject" in frame.target)
        return held and not phrase.actors and any(
            word in self.words.indefinite and (i == 0 or words[i - 1] == ",")
            and bool(set(words[i + 1:i + 3]) & (self.words.act_anaphors | self.words.appended_acts | self.words.violence_anaphors))
            for i, word in enumerate(words))

    def _summing_relative(self, phrase: Phrase, clause: Clause) -> bool:
        """Whether a phrase before a clause's verb is an indefinite ``act_anaphors`` noun with no
        actor and the relative pronoun of no case of its own after it (``open_relatives``): "eine
        Maßnahme, die" (the front-end gives the pronoun the words of its antecedent)."""
        words = [t.text.lower() for t in phrase.tokens]
        verb = clause.predicate.tokens
        return len(words) >= 3 and bool(verb) and phrase.start < verb[0].start and not phrase.actors \
            and words[-1] in self.words.open_relatives and words[0] in self.words.indefinite \
            and any(w in self.words.act_anaphors for w in words[1:-1])

    def _repeats_act_object(self, phrase: Phrase, clause: Clause, act: Clause) -> bool:
        """Whether an active reaction's object is a relative pronoun the front-end gave the words of
        its antecedent, a thing (no known actor) that the act clause it hangs on did ("Hungary
        vetoed the sanctions package, which the EU criticised"), or its subject one of no case of
        its own (``open_relatives``: "verhängte Sanktionen, die Brüssel kritisierte"): it stands
        before the reaction's verb and begins where that clause's object begins. Not in the
        passive ("nahm einen Mann fest, der verdächtigt wird": the man is no act)."""
        verb = clause.predicate.tokens
        return bool(phrase.tokens and verb) and clause.predicate.voice == "active" \
            and (phrase.role == "object" or phrase.tokens[-1].text.lower() in self.words.open_relatives) \
            and phrase.start < verb[0].start and not _known(phrase.actors) \
            and any(p.start == phrase.start and not _known(p.actors) for p in act.args("object"))

    def _reaction_to_clause(self, frame: Frame, clause: Clause, role: str) -> bool:
        """Whether an active reaction's ``role`` is only a relative pronoun of the whole clause
        before it (``clause_relatives``: "..., was die EU kritisierte")."""
        return clause.predicate.kind == "verb" and clause.predicate.voice == "active" \
            and clause.parent is not None and frame.cameo.startswith(REACTION_CODES) and any(
                len(p.tokens) == 1 and p.tokens[0].text.lower() in self.words.clause_relatives
                for p in clause.args(role))

    @staticmethod
    def _refined(out: list[Event], owner: dict[int, int], key: tuple, code: str, clause: Clause) -> Event | None:
        """The event of the clause governing ``clause`` that an act of the same kind by the same
        source, told by ``clause`` with a code of the same root that says more, makes precise:
        "China retaliated by imposing tariffs on U.S. goods" is the tariffs (163), not a cut of
        relations in general (160); "Russia retaliated by expelling two British diplomats" the
        expulsion (166), aimed at whom the expulsion names. None when there is none."""
        if clause.parent is None or clause.predicate.kind != "verb":
            return None
        for event in out:
            if owner.get(id(event)) != clause.parent or event.cameo == code or event.modality == "negated":
                continue
            if (cameo_code(event.cameo).plover, frozenset(a.code for a in event.source)) != key[:2]:
                continue
            stem = event.cameo.rstrip("0")
            if len(stem) >= 2 and code.startswith(stem) and len(code) >= len(event.cameo):
                return event
        return None

    def _victims_state(self, phrase: Phrase, source: list[Actor]) -> list[Actor]:
        """The state of those a verdict, a charge or a state's own act was aimed at, named in the
        act noun's own target phrase, when no earlier act is told ("The US criticised the
        verdict against the Russian opposition leader", "kritisierte die Anklage gegen die
        türkischen Journalisten"): such acts are mostly a state's against its own people; none when
        the phrase names no state, more than one, or the source's own."""
        clauses = self._sentence.clauses if self._sentence is not None else []
        noun = next((c for c in clauses if c.predicate.kind == "noun" and c.predicate.tokens
                     and phrase.start <= c.predicate.tokens[0].start < phrase.end), None)
        found = self._frame(noun) if noun is not None else None
        if found is None:
            return []
        codes = {a.code for role in found.target if role.startswith("prep:")
                 for a in _known(_actors(noun, role)) if state(a.code)}
        if len(codes) != 1 or codes & {a.code for a in source}:
            return []
        return [Actor(code=codes.pop(), text=phrase.text, start=phrase.start, end=phrase.end)]

    def _placed_act(self, phrase: Phrase, clause: Clause, source: list[Actor]) -> list[Actor]:
        """The state an act of a state's own rulers or forces (``domestic_acts``) is placed in by
        a phrase of a town preposition right after it ("condemned the crackdown in Belarus",
        "verurteilte den Putsch in Mali"): that state, unless it is the source's own; none when
        no such phrase names exactly one state."""
        tokens = self._sentence.tokens if self._sentence is not None else []
        between = [t for t in tokens if phrase.end <= t.start]
        following = between[0] if between else None
        if following is None or following.text.lower() not in self.words.town_prepositions:
            return []
        placed = [p for p in clause.arguments if p.role == "prep" and p.tokens and p.start > following.start
                  and not [t for t in between[1:] if t.start < p.start]]
        codes = {a.code for p in placed[:1] for a in p.actors if state(a.code)}
        if len(codes) != 1 or codes & {a.code for a in source}:
            return []
        return [Actor(code=codes.pop(), text=phrase.text, start=phrase.start, end=phrase.end)]

    def _retaliated(self, frame: Frame, clause: Clause, source: list[Actor],
                    content: frozenset[str] = frozenset()) -> list[Actor]:
        """Whom a retaliation that names no one answers ("The United States raised tariffs on
        Chinese goods, and Beijing said it would retaliate", "Auch Kanada und Mexiko kündigten
        Gegenmaßnahmen an", "China said it would take countermeasures"): the doer of the latest
        hostile act (a threat, a sanction, force) done to the source, earlier in the sentence or
        in the last ``ANAPHOR_REACH`` sentences or the lead; a measure taken in return (a sanction
        frame) answers only a sanction or the threat of one ("Hamas fired rockets at Israel.
        Israel retaliated" is no sanction of anyone). A verb of threat or sanction whose
        own lemma or object is one of the pack's ``retaliation_words``, or a warning of another's
        retaliation (``content``: the words of that clause, see ``_others_retaliation``); no one
        when no such act was told."""
        pred = clause.predicate
        if pred.kind != "verb" or not frame.cameo.startswith(RETALIATION_CODES) or not source:
            return []
        words = {pred.lemma.lower()} | {o.lower() for o in pred.objects} | {
            t.text.lower() for p in clause.args("object") for t in p.tokens[:p.attribute] or p.tokens} | content
        if not words & self.words.retaliation_words:
            return []
        # a measure in kind answers a measure (a sanction or the threat of one); a threat, any hostile act
        kinds = MEASURE_ACT_CODES if frame.cameo.startswith(SANCTION_ACT_CODES) else HOSTILE_ACT_CODES
        acts = self._recent_acts(kinds, source, aimed=True)
        return _copies(_known(acts[0].source)) if acts else []

    def _struck_back(self, frame: Frame, clause: Clause, source: list[Actor]) -> list[Actor]:
        """Whom a retaliation that names no one and no measure answers in force, when the latest
        hostile act done to its doer was force ("Israel bombed Gaza. Hamas vowed to retaliate", "The
        Houthis said they would hit back"): the attacker, struck back at (``FORCE_RETURN_CODE``; a
        threat of force when vowed or said, 138), as "retaliated against Israel" is; a retaliation
        for a sanction stays a measure in kind (``_retaliated``). No one when no such act was told."""
        pred = clause.predicate
        if not source:
            return []
        words = {pred.lemma.lower()} | {o.lower() for o in pred.objects} | {
            t.text.lower() for p in clause.args("object") for t in p.tokens[:p.attribute] or p.tokens}
        if not words & self.words.retaliation_words:
            return []
        acts = self._recent_acts(HOSTILE_ACT_CODES, source, aimed=True)
        if not acts or not acts[0].cameo.startswith(VIOLENCE_CODES):
            return []
        return _copies(_known(acts[0].source))

    def _counterpart(self, frame: Frame, clause: Clause, source: list[Actor]) -> list[Actor]:
        """The state a diplomatic cut that names none is made with (``DIPLOMATIC_CUT_CODES``: "Russia
        recalled its ambassador for consultations", "rief seinen Botschafter zu Konsultationen
        zurück"): ties are always ties with someone. The doer of the latest hostile act done to the
        source ("Germany expelled four Russian diplomats. Russia recalled its ambassador"), else the
        state another party just cut its ties with, the same measure joined ("Bolivia severed ties
        with Israel, while Chile recalled its ambassador"), earlier in the sentence or in the last
        ``ANAPHOR_REACH`` sentences or the lead; no one when no such act was told."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(DIPLOMATIC_CUT_CODES) or not source:
            return []
        acts = self._recent_acts(HOSTILE_ACT_CODES, source, aimed=True)
        if acts:
            return _copies(_known(acts[0].source))
        joined = [e for e in self._recent_acts(DIPLOMATIC_CUT_CODES, source, aimed=False)
                  if _known(e.target) and not any(t.code == b.code for t in e.target for b in source)]
        return _copies(_known(joined[0].target)) if joined else []

    def _claimed_target(self, source: list[Actor]) -> list[Actor]:
        """Whom an attack a group claims was aimed at, when the claim names no one ("Yemen's
        Houthi rebels attacked Saudi oil facilities in Abqaiq. The Houthis claimed responsibility
        for the attack"; the pack's ``claiming_verbs``): the target of the latest act of violence
        earlier in this sentence, in the last ``ANAPHOR_REACH`` sentences or in the lead, done by
        the claimant's state or by no one known; no one when no such act was told."""
        codes = {a.code for a in source}
        for e in [*reversed(self._out), *reversed(self._history)]:
            if not (e.sentence_index >= self._at - ANAPHOR_REACH or e.sentence_index <= LEAD_SENTENCES) \
                    or not e.cameo.startswith(VIOLENCE_CODES) or e.modality == "negated":
                continue
            doers = {a.code for a in _known(e.source)}
            if doers and not doers <= codes or not _known(e.target) \
                    or any(_same_party(t, b) for t in e.target for b in source):
                continue
            return _copies(_known(e.target))
        return []

    def _recent_acts(self, kinds: tuple[str, ...], source: list[Actor], *, aimed: bool) -> list[Event]:
        """The acts of ``kinds`` that another party than ``source`` did, done or said (not denied),
        latest first: earlier in this sentence, in the last ``ANAPHOR_REACH`` sentences or in the
        lead; ``aimed``: only those done to ``source``."""
        return [e for e in [*reversed(self._out), *reversed(self._history)]
                if (e.sentence_index >= self._at - ANAPHOR_REACH or e.sentence_index <= LEAD_SENTENCES)
                and e.sentence_index <= self._at and e.cameo.startswith(kinds)
                and e.modality != "negated" and _known(e.source)
                and not any(a.code == b.code for a in e.source for b in source)
                and (not aimed or any(t.code == b.code for t in _known(e.target) for b in source))]

    def _expeller(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """Who demands, in the passive with no agent, that its object leave a state the content
        names ("Two Russian diplomats were ordered to leave Germany", "Die Hamas-Führung wurde
        aufgefordert, Katar zu verlassen"): that state, which expels them (``_departure``), as one
        that expels someone "from" or "aus" a state does; not a speaker who tells of it."""
        if not frame.cameo.startswith(DEMAND_CODES) and frame.cameo != ULTIMATUM_CODE:
            return []           # (also a time given to leave: "were given 72 hours to leave Russia")
        k = self._content(clause, index, clauses)
        return self._expeller_of(clause, k, clauses) if k is not None else []

    def _expeller_of(self, clause: Clause, content: int, clauses: list[Clause]) -> list[Actor]:
        """The one state a passive demand with no agent asks its object to leave (``_expeller``)."""
        pred, left = clause.predicate, clauses[content]
        if pred.kind != "verb" or pred.voice != "passive" or clause.args("agent") or left.predicate.negated \
                or left.predicate.lemma.lower() not in self.words.departure_verbs \
                or any(a.sector in ARMED_SECTORS for a in _actors(left, "subject") + _actors(clause, "object")):
            return []           # (forces told to leave a country are asked to withdraw, by no one named)
        states = [a for a in _known(_actors(left, "object")) if state(a.code) and a.sector is None]
        return states[:1] if len({a.code for a in states}) == 1 else []

    def _recaller(self, frame: Frame, clause: Clause) -> list[Actor]:
        """Who recalled an envoy told in the passive with no agent ("Lithuania's ambassador was
        recalled from Beijing", "Der litauische Botschafter wurde aus Peking abberufen"): his own
        state, which the phrase whose head is one of ``accredited_nouns`` names; the state he
        is recalled from is the target."""
        pred = clause.predicate
        if pred.kind != "verb" or pred.voice != "passive" or clause.args("agent") \
                or not frame.cameo.startswith(RECALL_CODES):
            return []
        for phrase in clause.args("object"):
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            if words and {words[-1].lemma.lower(), words[-1].text.lower()} & self.words.accredited_nouns:
                own = _known(phrase.actors)
                return [a for a in own if a.code == own[0].code] if own else []
        return []

    def _object_owner(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """The doer of a concession done in the passive to an event noun with no agent named: the
        owner of the noun the frame's condition names ("Die Sanktionen der EU gegen Iran wurden
        gelockert", "US sanctions on Venezuela were lifted": the EU and the US lifted their own
        sanctions; not "Die Forderung Russlands wurde zurückgewiesen", which someone else did)."""
        pred = clause.predicate
        if pred.kind != "verb" or pred.voice != "passive" or clause.args("agent") or not frame.when_object \
                or not frame.cameo.startswith(OWN_MEASURE_CODES):
            return []
        held = [p for p in clause.args("object") if p.tokens]
        for noun in clauses:
            if noun.parent != index or noun.predicate.kind != "noun" or not noun.predicate.tokens \
                    or _folded(noun.predicate.lemma) not in frame.when_object:
                continue
            at = noun.predicate.tokens[0].start
            if any(p.start <= at < p.end for p in held):
                owners = _known(_actors(noun, "possessor"))
                if owners:
                    return owners
        return []

    def _speakers_of_object(self, clause: Clause, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
        """Whose words an act of disapproval is aimed at when its object is a noun of an act of
        words (a noun whose own frame is a message: criticism, an accusation, a demand, a threat)
        that names no one but whom a phrase of origin right after it names ("nannte die Kritik aus
        Österreich unverantwortlich", "called the criticism from Vienna irresponsible": Austria's
        criticism, as "Austria's criticism" is); not the source itself."""
        objects = [p for p in clause.args("object") if p.tokens]
        for noun in clauses:
            if noun is clause or noun.predicate.kind != "noun" or not noun.predicate.tokens:
                continue
            head = noun.predicate.tokens[0]
            if not any(head in p.tokens[:p.attribute] for p in objects):
                continue
            said = self.frames.find(noun)
            if said is None or not said.cameo.startswith(MESSAGE_CODES):
                continue
            found = [a for p in noun.args("prep") if (p.prep or "").lower() in self.words.origin_prepositions
                     and _next_to_noun(noun, p) for a in _known(p.actors)
                     if not any(_same_party(a, b) for b in source)]
            if found:
                return found
        return []

    def _held_target(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause], role: str,
                     source: list[Actor]) -> list[Actor]:
        """The target that a frame's preposition names in the event noun its condition names,
        not in the verb's own phrases: "approved a $500 million loan for Pakistan", "bowed to
        pressure from the European Union", "sought the support of Arab states" (the loan, the
        pressure and the support are what the frame asks for; the phrase after them, whom the act
        is for or from). A condition of a preposition and a noun names the noun ("pulled out of
        talks with the government": "of talks"). A party of unknown country ("the government")
        is taken when no known one is named, as the verb's own phrases are."""
        named = frame.when_object | frame.when_prep | {w.split(" ", 1)[1] for w in frame.when_prep if " " in w}
        heads = [p.tokens[:p.attribute] for p in clause.arguments if p.role in ("object", "prep")]
        unknown: list[Actor] = []
        for other in clauses:
            if other.parent != index or other.predicate.kind != "noun" or not other.predicate.tokens \
                    or _folded(other.predicate.lemma) not in named:
                continue
            # the noun heads the verb's phrase, not an attribute in it ("acted against participants
            # of a demonstration against the government" names no one the police acted against)
            at = other.predicate.tokens[0].start
            if not any(head and head[0].start <= at <= head[-1].start for head in heads):
                continue
            found = [a for a in _actors(other, role) if not any(_same_party(a, b) for b in source)]
            if _known(found):
                return _known(found)
            unknown = unknown or found
        return unknown

    def _goods_origin(self, clause: Clause, role: str, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
        """Whom a measure on goods hits when its target phrase names the goods and no one: the
        state or body a phrase of origin right after it names ("imposed tariffs on steel imports
        from the European Union", "verhängte Strafzölle auf Stahl aus China", "suspended imports
        from Iran"), or the owner a compound gives the goods noun there ("kündigte Strafzölle auf
        US-Produkte an", "setzte den Kauf von US-Agrarprodukten aus"). Not the source itself."""
        found: list[Actor] = []
        origins = [p for p in clause.args("prep") if (p.prep or "").lower() in self.words.origin_prepositions]
        for phrase in _phrases(clause, role):
            if _known(phrase.actors) or not phrase.tokens:
                continue
            held = [phrase] + [o for o in origins if 0 <= o.start - phrase.end <= len(o.prep or "") + 2]
            for origin in held[1:]:
                found += [a for a in _known(origin.actors) if state(a.code) or a.code.startswith("IGO:")]
            found += _compound_owners(held, clauses)      # "auf US-Produkte", "den Kauf von US-Agrarprodukten"
        return [a for a in found if not any(_same_party(a, b) for b in source)]

    def _accused(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                 source: list[Actor]) -> list[Actor]:
        """Whom an inquiry is aimed at when its phrase names the claims made against someone, not
        the one they are made against ("the FBI investigation into accusations against Judge
        Kavanaugh", "a probe into allegations against the mayor"): the target of the claim noun
        (the frames' ``claims``) that heads one of the inquiry's target phrases."""
        phrases = [p for role in frame.target if role != "complement" for p in _phrases(clause, role)]
        for other in clauses:
            if other is clause or other.predicate.kind != "noun" or not other.predicate.tokens:
                continue
            if other.predicate.lemma.lower() not in self.frames.claims:
                continue
            head = other.predicate.tokens[0]
            if not any(head in p.tokens for p in phrases):
                continue
            claim = self.frames.find(other)
            for role in claim.target if claim is not None else ():
                found = [a for a in _known(_actors(other, role)) if not any(_same_party(a, b) for b in source)]
                if found:
                    return found
        return []

    def _unsaid(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> bool:
        """Whether a rejection is a refusal to say something (the pack's ``unsaid_acts``: "refused
        to comment", "declined to give details", "weigerte sich, einen Kommentar abzugeben"): the
        refused clause's verb, or the head of its object, is one, and that clause names no actor."""
        if not frame.cameo.startswith(REJECT_CODES) or clause.predicate.kind != "verb" or not self.words.unsaid_acts:
            return False
        unsaid = self.words.unsaid_acts
        for k in self._under(index, clauses):
            refused = clauses[k]
            if refused.parent != index or refused.predicate.kind != "verb" or not refused.refused:
                continue          # not "wie ein Sprecher sagte" beside the refusal
            heads = {t.lemma.lower() for p in refused.args("object") for t in p.tokens[:p.attribute]} | {
                t.text.lower() for p in refused.args("object") for t in p.tokens[:p.attribute]}
            if (refused.predicate.lemma.lower() in unsaid or heads & unsaid) and \
                    not any(_known(p.actors) for p in refused.arguments if p.role != "subject"):
                return True
        return False

    def _message_addressee(self, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        """Whom a verb of saying addresses through the message it is said in, when it names no
        one else: "forderte in einem Brief an Obama ein Ende der Sanktionen", "hat in einer
        Verbalnote an das deutsche Außenministerium die Strafverfolgung gefordert" (the pack's
        ``message_nouns``, each with its addressee in an "an" phrase: ``message_prepositions``)."""
        if clause.predicate.kind != "verb":
            return []
        for other in clauses:
            if other.parent != index or other.predicate.kind != "noun" \
                    or other.predicate.lemma not in self.words.message_nouns:
                continue
            for prep in self.words.message_prepositions:
                found = _known(_actors(other, f"prep:{prep}"))
                if found:
                    return found
        # a participle of the writer's after a verb that writes or sends a message to someone
        # ("wrote to the UN demanding an inquiry", "sent a letter to the UN calling for ...")
        parent = clauses[clause.parent] if clause.parent is not None and 0 <= clause.parent < len(clauses) else None
        if parent is not None and {(p.start, p.end) for p in parent.args("subject")} == {(p.start, p.end) for p in clause.args("subject")}:
            return self._written_to(parent)
        return []

    def _written_to(self, clause: Clause) -> list[Actor]:
        """Whom a verb writes to or sends a message to ("wrote to the UN", "sent a letter to the
        UN", "schrieb an die EU"): a verb of the pack's ``writing_verbs``, or one whose object is one
        of its ``message_nouns``, with the addressee in a ``message_prepositions`` phrase."""
        if clause.predicate.kind != "verb":
            return []
        if clause.predicate.lemma.lower() not in self.words.writing_verbs and not any(
                t.lemma in self.words.message_nouns for p in clause.args("object") for t in p.tokens[:p.attribute]):
            return []
        for prep in self.words.message_prepositions:
            found = _known(_actors(clause, f"prep:{prep}"))
            if found:
                return found
        return []

    def _determined_noun(self, phrase: Phrase) -> bool:
        """Whether a phrase's head is a common noun after a word that determines it, an article
        or an owner ("die Entscheidung Washingtons", "Washington's decision", "ein Viertel der
        Iraker"), and no noun of an office (``office_nouns``: "der Vorsitzende der SPD", "the head
        of the IMF"): a phrase that may name a thing of an actor, not the actor."""
        words = phrase.tokens[:phrase.attribute] or phrase.tokens
        head = next((t for t in words if t.pos in self.tags.common_noun), None)
        return head is not None and head is not words[0] and head.lemma.lower() not in self.words.office_nouns \
            and head.text.lower() not in self.words.office_nouns     # "der Vorsitzende der SPD": the person

    def _opposed_party(self, clause: Clause, frame: Frame) -> bool:
        """Whether what a generic rejection (12) is aimed at is a party itself, which a phrase of
        its target roles names by its head ("opposed the government in Warsaw", "stellte sich
        gegen die Regierung", "his opposition to the European Union"), not a proposal, a plan or
        an act of a party ("opposed the EU migration plan", "lehnte den Plan der EU ab"): that is
        opposition to the party, disapproval (110), not the rejection of something asked or
        offered. Not a pronoun (what it stands for may be a proposal), nor a person of the
        dictionary (a nominee voted down is rejected); not a refusal whose object is a thing
        refused to a party ("refused admittance to Ghanaians", "verweigerte Ghanaern die Einreise"),
        nor a passive, whose subject is what was rejected."""
        if clause.predicate.voice == "passive" or clause.predicate.lemma.lower() not in self.words.opposing_predicates:
            return False
        if any(not p.actors and any(t.pos in self.tags.common_noun for t in p.tokens) for p in clause.args("object")):
            return False      # a thing rejected, whoever another phrase names
        for role in frame.target:
            if role in ("complement", "speaker"):
                continue
            # (the first role with a phrase that names something: "sich" names nothing, "gegen
            # eine Koalition mit der FPÖ" a thing, whatever the phrase after it names)
            phrases = [p for p in _phrases(clause, role)
                       if p.actors or any(t.pos in self.tags.common_noun for t in p.tokens)]
            if not phrases:
                continue
            if not all(p.actors for p in phrases):
                return False
            for phrase in phrases:
                words = phrase.tokens[:phrase.attribute] or phrase.tokens
                head = next((t for t in words if t.pos in self.tags.common_noun), words[-1] if words else None)
                named = [a for a in phrase.actors if head is not None and a.start <= head.start < a.end]
                if not named or phrase.pronoun or any(_person(a) for a in named):
                    return False
            return True
        return False

    def _named(self, clause: Clause, role: str, frame: Frame) -> list[Actor]:
        """The actors of a role's phrases that the phrase names by its head ("gegen die Truppen
        Assads", "den Staat Palästina") or by a head that stands for them (``Frame.named_by``: "die
        Unabhängigkeit des Kosovo"), not those that only own the thing its head names ("gegen
        das Spardiktat der Deutschen", "Österreichs Engagement"): for a frame whose target must
        be the actor itself (``Frame.named``)."""
        out = []
        thing: Phrase | None = None       # the last phrase of the role that named a thing
        for phrase in sorted(_phrases(clause, role), key=lambda p: p.start):
            if thing is not None and 0 <= phrase.start - thing.end <= len(phrase.prep or "") + 2:
                thing = phrase    # right after a thing's phrase, its attribute: "gegen Sanktionen gegen Russland"
                continue
            # the head: its first common noun ("die Bemühungen Indiens", "Österreichs Engagement"),
            # else its last word ("gegen den IS")
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            head = next((t for t in words if t.pos in self.tags.common_noun), words[-1] if words else None)
            if head is None or phrase.pronoun or frame.stands_for(head.lemma) or \
                    any(a.start <= head.start < a.end for a in phrase.actors):
                out.extend(phrase.actors)
                thing = None
            else:
                thing = phrase
        return out

    def _own_kin(self, clause: Clause, role: str, actor: Actor) -> bool:
        """Whether an actor is named by a kin noun with a possessive ("unterstützte seine Familie",
        "dankte seiner Frau", "thanked his wife"): the source's own family, a private matter and
        no target of a political act."""
        phrase = next((p for p in _phrases(clause, role) if p.start <= actor.start < p.end), None)
        if phrase is None:
            return False
        head = actor.text.split()[-1].lower() if actor.text else ""
        return head in self.words.kin_nouns and any(
            t.pos in self.tags.possessive for t in phrase.tokens if t.start < actor.start)

    def _conjunct_addressee(self, clause: Clause, index: int, clauses: list[Clause], source: list[Actor],
                            hostile: bool = False) -> list[Actor]:
        """"dankte Kerry für seine Hilfe und bat um Unterstützung", "thanked Kerry and asked for
        more support", "spoke with Putin by phone and urged restraint": a verb that shares its
        subject with the verb before it, and names no one it addresses, addresses whom that verb
        does (its object or dative, or the partner its frame names: "spoke with Putin").
        ``hostile``: only when that verb's act is a hostile one too (a measure named by its object,
        ``_measure_named``: "condemned Iran and imposed sanctions", not "thanked Qatar and ...")."""
        if clause.predicate.kind != "verb" or _known(_actors(clause, "object") + _actors(clause, "dative")):
            return []
        subject = {(p.start, p.end) for p in clause.args("subject")}
        if not subject:
            return []
        for other in reversed(clauses[:index]):
            if other.predicate.kind != "verb" or other.parent != clause.parent:
                continue
            if {(p.start, p.end) for p in other.args("subject")} != subject:
                return []
            found = _known([a for p in other.args("object", "dative") for a in p.actors]) or self._written_to(other)
            before = self._frame(other)
            if hostile and (before is None or not before.cameo.startswith(HOSTILE_ACT_CODES + DISPUTE_CODES)):
                return []
            if not found and before is not None and before.reciprocal:
                found = _known([a for role in before.target if role != "complement"
                                for a in _actors(other, role)])
            if not found and before is not None and before.cameo.startswith(DISAPPROVE_CODES) \
                    and clause.predicate.kind == "verb" and other.args("object"):
                # a criticism of an act ("verurteilten die Festnahmen und drohten mit Sanktionen",
                # "condemned the arrests and threatened sanctions"): whom it was aimed at, the doer
                found = _known(self._target(before, other, clauses.index(other), clauses, source)[0])
            return [a for a in found if not any(_same_party(a, b) for b in source)]
        return []

    def _appealed_sides(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                        source: list[Actor]) -> list[Actor]:
        """The sides an appeal that names no addressee asks to act together: two or more parties of
        known country, other than the source, that a 'between' phrase of the event noun it calls
        for names ("Lula called for talks between Israel and Hamas": Israel and Hamas, whom the
        call is aimed at). Nothing for another kind of act, or for sides the source is one of."""
        if not frame.cameo.startswith(APPEAL_CODES[0]) or clause.predicate.kind != "verb":
            return []
        for child in clauses:
            if child.parent != index or child is clause or child.predicate.kind != "noun":
                continue
            sides = [a for p in child.args("prep") if p.prep in self.words.between_prepositions for a in p.actors]
            known = _known(sides)
            if len({a.code for a in known}) >= 2 and len(known) == len(sides) \
                    and not any(_same_party(a, b) for a in known for b in source):
                return sides
        return []

    def _own_victims(self, frame: Frame, clause: Clause, clauses: list[Clause], role: str,
                     actors: list[Actor], source: list[Actor]) -> bool:
        """Whether everyone a verb of criticism or protest names in its object or a target phrase is
        a person or group of the source's own state whom the act that phrase heads was done to
        (a noun of coercion or violence, ``HOSTILE_ACT_CODES``, after which they are named: "Germany
        condemned the arrest of Yucel", "Die Bundesregierung verurteilte die Festnahme Steudtners",
        "protested against the detention of German citizens"): a state that speaks up for its
        journalists or citizens does not criticise them; the doer is its target, named elsewhere or
        not at all. The state's own government or forces the act hit are the source itself already."""
        if clause.predicate.kind != "verb" or not actors or not frame.cameo.startswith(DISAPPROVE_CODES + PROTEST_CODES) \
                or not (role == "object" or role.startswith("prep:")):
            return False
        states = {a.code for a in source if state(a.code) and a.sector in (None, "GOV")}
        if len(states) != 1 or len(states) != len({a.code for a in source}) \
                or any(a.code not in states for a in actors):
            return False
        for phrase in _phrases(clause, role):
            if not any(phrase.start <= a.start < phrase.end for a in actors):
                continue
            nouns = sorted((c for c in clauses if c.predicate.kind == "noun" and c.predicate.tokens
                            and phrase.start <= c.predicate.tokens[0].start < phrase.end),
                           key=lambda c: c.predicate.tokens[0].start)
            head = nouns[0] if nouns else None
            if head is None or not any(f.cameo.startswith(HOSTILE_ACT_CODES)
                                       for f in self.frames.nouns(head.predicate.lemma)):
                return False
            if any(a.start < head.predicate.tokens[0].start for a in actors if phrase.start <= a.start < phrase.end):
                return False      # "Israel's arrest of ...": a possessor before the act is its doer
        return True

    def _victims_doer(self, victims: list[Actor], source: list[Actor]) -> list[Actor]:
        """Who did the latest hostile act (``HOSTILE_ACT_CODES``) of the last ``ANAPHOR_REACH``
        sentences to the ``victims`` (their state), another party than the source: "Turkish police
        detained Yucel. Germany condemned the arrest of Yucel" is aimed at Turkey."""
        codes = {a.code for a in victims}
        for event in reversed(self._history):
            if event.sentence_index >= self._at or event.sentence_index < self._at - ANAPHOR_REACH:
                continue
            if event.cameo.startswith(HOSTILE_ACT_CODES) and event.modality != "negated" \
                    and any(t.code in codes for t in event.target) and _known(event.source) \
                    and not any(_same_party(a, b) or a.code == b.code for a in event.source for b in source):
                return _known(event.source)
        return []

    def _doer_criticised(self, clause: Clause, clauses: list[Clause], actors: list[Actor],
                         role: str = "object") -> list[Actor]:
        """Of the actors an object of criticism names, the doer of the act it names, when it names
        him with others ("condemned Israel's bombardment of Gaza", "criticised the Russian invasion
        of Ukraine", "verurteilte Israels Bombardierung des Gazastreifens"): the one criticised, not
        the one the act was done to; ``actors`` when the object names no act with its doer."""
        doers = _known(self._agent_of_object(clause, clauses, role=role))
        if len(doers) == len(actors):
            # a genitive before the noun is its doer, one after it whom it was done to ("verurteilte
            # Israels Beschießung des Gazastreifens"; both are the noun's possessors)
            doers = _known(self._agent_of_object(clause, clauses, role=role, before_noun=True))
        if doers and len(actors) > len(doers) and all(any(_same_party(d, a) for a in actors) for d in doers):
            return doers
        return actors

    def _agent_of_object(self, clause: Clause, clauses: list[Clause], doer_only: bool = False,
                         role: str = "object", before_noun: bool = False) -> list[Actor]:
        """"verurteilte die Festnahme ... durch Russland", "wies die Forderung Nordkoreas
        zurück": when the object is an event noun, its agent is who the act is aimed at. A
        preposition that names only the doer (``Words.doer_prepositions``) comes before a
        genitive, which may name whom the act is done to ("die Festnahme eines französischen
        Journalisten durch Iran"); ``doer_only``: only such a preposition, of the phrases of
        ``role``; ``before_noun``: of the possessors only those before the noun ("Israels")."""
        for phrase in _phrases(clause, role):
            # the clauses whose trigger the phrase holds, in their order (found by bisection: a
            # fuzzed line holds thousands of clauses, and each object would look at all of them)
            lo, hi = bisect_left(self._starts, phrase.start), bisect_left(self._starts, phrase.end)
            for k in sorted(k for _, k in self._by_start[lo:hi]):
                other = clauses[k]
                if other is clause:
                    continue
                if other.predicate.kind == "noun":
                    # a noun's agent is its doer too ("the arrest of a journalist by Iran")
                    agents = _known(_actors(other, "agent"))
                    for prep in self.words.doer_prepositions:
                        agents = agents or _known(_actors(other, f"prep:{prep}"))
                    if doer_only:
                        if agents:
                            return agents
                        break         # the object's head: its first noun
                    agents = agents or [a for p in other.args("possessor") if not before_noun
                                         or p.end <= other.predicate.tokens[0].start for a in p.actors]
                    for prep in self.words.agent_prepositions:
                        agents = agents or _actors(other, f"prep:{prep}")
                    # the two sides of a ceasefire, talks or fighting between them ("welcomed
                    # the ceasefire between Israel and Iran")
                    for prep in self.words.between_prepositions:
                        agents = agents or _known(_actors(other, f"prep:{prep}"))
                elif other.predicate.voice == "passive":
                    agents = _actors(other, "agent")      # "den von Saddam unterbreiteten Vorschlag"
                else:
                    agents = []
                if agents:
                    return agents
        return []

    def _relative_doers(self, clause: Clause, clauses: list[Clause], role: str) -> list[Actor]:
        """Who did the act a phrase of ``role`` names by its noun, when a clause that describes the
        noun says so: a relative clause whose object it is ("kritisierte die Sanktionen, die die EU
        verhängt hatte", "criticised the sanctions that the EU had imposed") or a participle before
        it ("Die von der EU verhängten Sanktionen seien illegal"), when the phrase names no party
        itself. Only a noun of an act (one a frame codes): "die kurdischen Kräfte, die die Soldaten
        ausbilden" names a group, not what the soldiers did to it."""
        for phrase in _phrases(clause, role):
            if _known(phrase.actors):
                continue          # the phrase names its party itself
            heads = [c.predicate.tokens[0] for c in clauses if c.predicate.kind == "noun"
                     and phrase.start <= c.predicate.tokens[0].start < phrase.end and self._frame(c) is not None]
            if not heads:
                continue
            head = heads[0]
            for other in clauses:
                if other is clause or other.predicate.kind != "verb":
                    continue
                attribute = other.predicate.voice == "passive" and phrase.start <= other.predicate.tokens[0].start < head.start
                if not (other.relative and other.predicate.voice == "active") and not attribute:
                    continue
                if not any(o.start <= head.start < o.end for o in other.args("object")):
                    continue
                doers = _known(_actors(other, "agent" if attribute else "subject"))
                if doers:
                    return doers
        return []

    def _complement(self, clause: Clause, index: int, clauses: list[Clause], source: list[Actor],
                    addressed: bool = False) -> tuple[list[Actor], list[int]]:
        """"regte an, die USA sollten ...": the dependent clause's subject; when that is the
        source itself ("threatened to attack South Korea"), the dependent clause's object.
        ``addressed``: the clause's object names whom the act is aimed at though no actor
        ("forderte die arabischen Verbündeten auf, den IS anzugreifen", "urged its allies to
        strike the Islamic State"): the dependent clause is what they are asked to do, and
        whom it names is no target; only a subject of its own is."""
        holder = clause.parent if clause.predicate.kind == "noun" else index
        codes = {a.code for a in source}
        # the unnamed people the source's own dependent act is done to ("threatened to arrest
        # opposition leaders"): returned when no one is named (``_target`` takes them for threats)
        unnamed: tuple[list[Actor], list[int]] = ([], [])
        children = [k for k, c in enumerate(clauses) if c.parent == holder and k != index]
        # one level further down: "refused to allow UN planes to land"
        first = set(children)
        children += [k for k, c in enumerate(clauses) if c.parent in first and k != index]
        speaker = clauses[holder].speaker if holder is not None else None     # (a noun on no clause: a headline's)
        for k in children:
            child = clauses[k]
            if child.predicate.kind != "verb" or child.relative:
                continue          # (a relative clause describes a party: "Iran, whose drones ..., denied any role")
            if speaker is not None and speaker.tokens and not _known(speaker.actors) and any(
                    (p.start, p.end) == (speaker.start, speaker.end) for p in child.args("subject")):
                continue          # "lehnte den Vorschlag ab, sagte ein Sprecher": a spokesman of no one named
                                  # who tells of the act is no party to it (nor the government of the source's own)
            mediation = self._frame(child)
            if mediation is not None and mediation.cameo.startswith(MEDIATION_CODES) and child.predicate.voice == "passive":
                continue          # "agreed to a truce brokered by Egypt": the mediator is no party to it
            if mediation is not None and mediation.suffered:
                continue          # "criticised the bill, drawing a rebuke from Beijing": Beijing's act on the source, no part of this one
            # an adverbial clause tells whom the act answers or meets, but is an act of its own,
            # no content of this one: "agreed to close the site as Moon visited Pyongyang"
            own = [] if child.adverbial else [k]
            if addressed and child.adverbial:
                continue          # "urged Western allies to send air defences after Russian missiles
                                  # hit Kyiv": those asked are whom it is aimed at, not who acted meanwhile
            subject = _known(_actors(child, "subject"))
            if subject and not _same(subject, source):
                return subject, own
            if self._case_taken(child):
                continue          # "threatened to take the case to the WTO": the WTO is the forum, no target
            unnamed_rulers = _actors(child, "subject")
            if unnamed_rulers and all(a.code == "UNK" and a.sector == "GOV" and not a.abroad for a in unnamed_rulers) \
                    and _nongovernmental(source) and _own_government(source):
                # "Israelis demanded that the government secure the release of the hostages held in
                # Gaza": a government no country names is the people's own, not one their demand names
                return _own_government(source), own
            if addressed:
                continue
            # a party named by a preposition or as the agent before a place ("vom Gerichtshof in
            # Den Haag", "by the court in The Hague"): the place is where it acts, no party of its own
            placed = [(p.prep or "").lower() in self.words.location_prepositions for p in child.args("prep")]
            named = [[a for a in _known(p.actors) if a.code not in codes or _rival_party(a, source)]
                     for p in child.args("prep")]
            parties = [a for a in _known(_actors(child, "agent")) if a.code not in codes] + [
                a for found, at in zip(named, placed) if not at for a in found]
            # (nor a place a dependent act of cooperation is done at: "refused to sign the
            # ceasefire agreement in Moscow" refuses no one in Moscow)
            venue = mediation is not None and mediation.cameo.startswith(COOPERATIVE_CODES)
            objects = _known(_actors(child, "object")) or _known(_actors(child, "dative")) or (
                parties or [a for found, at in zip(named, placed) if not (at and venue) for a in found])
            if objects and (not _same(objects, source) or all(_rival_party(a, source) for a in objects)):
                return objects, own      # (the source itself is whom the act is done to: "accused Democrats of harassing him")
            if not unnamed[0] and (not _actors(child, "subject") or subject):
                unnamed = (_actors(child, "object"), own)
            if not unnamed[0] and child.conditional and not subject and not addressed:
                # the condition's doer of no country yet ("threatened to intervene if the
                # government forces advanced on Sirte"): whom the threat is aimed at, known or not
                unnamed = (_actors(child, "subject"), own)
        # no one named around the dependent verbs: whom the act a noun of theirs names is for
        # ("warned that there will be no aid for Syria", "refused to commit to any assistance for Ukraine"),
        # or with whom it is done ("threatened to pull out of talks with Kosovo")
        partners = self.words.recipient_prepositions | self.words.reciprocal_prepositions
        for k, child in enumerate(clauses if not addressed else []):
            if child.predicate.kind != "noun" or child.parent not in children or \
                    clauses[child.parent].predicate.kind != "verb":
                continue
            named = [a for p in child.args("prep") if (p.prep or "").lower() in partners
                     for a in _known(p.actors) if a.code not in codes]
            if named:
                return named, [k]
        # nor whom it is for: the one the act an event noun of a frame names would be done by
        # ("warned against Chinese meddling in Taiwan", "called for a Russian withdrawal from
        # Kherson"), not one presented as a fact around it ("will beim EU-Gipfel seine Forderungen
        # durchsetzen": the summit is where)
        for k, child in enumerate(clauses if not addressed else []):
            if child.predicate.kind != "noun" or child.parent is None or \
                    (child.parent != holder and child.parent not in children) or \
                    clauses[child.parent].predicate.kind != "verb" or not self.frames.nouns(child.predicate.lemma) or \
                    not child.predicate.tokens or self._settled(child, clauses[child.parent]):
                continue
            mediation = self._frame(child)
            if mediation is not None and mediation.cameo.startswith(MEDIATION_CODES):
                continue      # "einigten sich unter Vermittlung Ägyptens": the mediator is no party to it
            if self._beside_named_object(child, clauses[child.parent], codes):
                continue      # "verlangte eine Sitzung des UN-Sicherheitsrats zum Vorstoß Kroatiens": what it is about
            doers = [a for role in ("possessor", "agent") for a in _known(_actors(child, role))]
            if any(a.code in codes for a in doers):
                continue      # an act the source is a party to ("drängt auf einen Moon-Kim-Gipfel") is for no one else
            if doers:
                return doers, [k]
        return unnamed

    def _case_taken(self, clause: Clause) -> bool:
        """Whether a verb clause's object is headed by a noun of a case or complaint (the pack's
        ``case_nouns``: "take the case to the WTO", "den Fall vor die WTO bringen", "eine Klage beim
        Gerichtshof einreichen"): the body its phrases name is the forum the case is taken to, and
        no party it is aimed at; whom a case is against is named as the object ("take the United
        States to the WTO")."""
        for phrase in clause.args("object"):
            words = phrase.tokens[:phrase.attribute] or phrase.tokens
            if words and {words[-1].lemma.lower(), words[-1].text.lower()} & self.words.case_nouns:
                return True
        return False

    @staticmethod
    def _beside_named_object(noun: Clause, verb: Clause, codes: set[str]) -> bool:
        """Whether an event noun stands in a prepositional phrase of a verb whose object names
        someone else than the source: the object is what is asked for and of whom, the noun what
        it is about ("verlangte eine Sitzung des UN-Sicherheitsrats zum Vorstoß Kroatiens")."""
        at = noun.predicate.tokens[0].start
        if not any(p.start <= at < p.end for p in verb.args("prep")):
            return False
        return any(a.code not in codes for a in _known(_actors(verb, "object")))

    def _demanded(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[int]:
        """What was asked for, demanded, proposed, threatened, refused; what a protest was for
        ("to demand ..."): its content clause, which is no act (and neither are its nouns), also
        when the demand itself is not coded for want of a target ("forderte die Verbündeten auf,
        den IS anzugreifen": no attack by the source) or of a source."""
        if clause.predicate.kind == "verb" and (
                "complement" in frame.target or frame.cameo.startswith(PROTEST_CODES + APPEAL_CODES)):
            content = self._content(clause, index, clauses)
            if content is not None and (inner := self._frame(clauses[content])) is not None and inner.suffered:
                return []         # "criticised the bill, drawing a rebuke from Beijing": an act done to the source
            if content is not None and self._sequel(clauses[content]):
                return []         # "kritisierte China, das daraufhin London kritisierte": China's next act
            if content is not None and inner is not None and inner.when_negated:
                return []         # "refused to rule out military action": a threat of its own (Frame.when_negated)
            if content is not None and frame.cameo.startswith(PROTEST_CODES) and clauses[content].relative:
                # "gathered outside the building, where police used tear gas": another's act, no aim of theirs
                doers = _actors(clauses[content], "subject")
                if doers and not _same(doers, _actors(clause, "subject")):
                    return []
            if content is not None and clauses[content].relative and any(
                    self._repeats_act_object(p, clauses[content], clause) for p in clauses[content].args("object")):
                return []         # "machte einen Vorschlag, den Indien ablehnte": an answer to it, not what it asks
            if content is not None and clauses[content].relative and (inner := self._frame(clauses[content])) is not None \
                    and inner.cameo.startswith(REACTION_CODES) and _actors(clauses[content], "object") \
                    and _same(_actors(clauses[content], "object"), _actors(clause, "subject")):
                # "imposed tariffs on China, a move Beijing called unjustified": a reaction to the
                # act its noun sums up (whose doer the front-end made its object), not what it imposes
                return []
            if content is not None and not self._stated(frame, clause, index, clauses):
                if frame.cameo == GENERIC_PROMISE and self._hostile(clauses[content]):
                    return []     # "agreed to impose sanctions on Iran": the sanctions are the act
                return [content, *self._content_conjuncts(clause, index, content, clauses)]
        return []

    def _intruded(self, clause: Clause, source: list[Actor]) -> list[Actor]:
        """The state whose airspace or waters (``Words.intruded_spaces``, the head of a phrase of the
        clause) forces were moved into, other than their own: "Russian fighter jets flew into
        Estonian airspace", "Russische Kampfjets flogen in den estnischen Luftraum" (Estonia)."""
        spaces = self.words.intruded_spaces
        for phrase in clause.args("prep"):
            heads = phrase.tokens[:phrase.attribute] or phrase.tokens
            if not heads or (heads[-1].lemma not in spaces and heads[-1].text.lower() not in spaces):
                continue
            states = [a for a in _known(phrase.actors) if state(a.code) and not any(a.code == b.code for b in source)]
            if states and len(states) == len(phrase.actors):
                return states
        return []

    def _banned(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether a clause is what a ban or a bar keeps its object from doing ("banned the
        opposition party from contesting the election", "barred Le Pen from contesting the
        presidential election"): the act kept from being done, negated, of the one banned, whose
        subject is the ban's object. A reaction so kept from being made is no event: it would be
        coded as aimed at the ban or its maker, and the ban is the event (an act of force a court
        bars, "barred the army from deploying troops", stays one not done)."""
        if clause.parent is None or clause.predicate.kind != "verb" or not clause.predicate.negated:
            return False
        ban = clauses[clause.parent]
        frame = self._frame(ban) if ban.predicate.kind == "verb" else None
        banned = {(p.start, p.end) for p in ban.args("object", "dative")}
        return frame is not None and frame.cameo.startswith(RESTRICTION_CODES) and bool(banned) \
            and {(p.start, p.end) for p in clause.args("subject")} == banned

    def _content_kind(self, code: str, clause: Clause, index: int, clauses: list[Clause]) -> str:
        """A promise or an offer of no kind named takes the kind of what it offers, its content
        clause's act (``INTENT_CODES``): "bot an, zwischen Russland und der Ukraine zu vermitteln"
        (039), "agreed to release the prisoners" (0353), "pledged to dismantle a missile site"
        (0356). A promise of a hostile act stays one (the act is coded itself, see
        _promise_kept_in_act). (A threat keeps its 13 whatever it threatens, "threatened to attack
        Syrian troops", as the gold files code it.)"""
        if clause.predicate.kind == "verb" and (code.startswith(DEMAND_CODES) or code == ULTIMATUM_CODE) and (
                (k := self._content(clause, index, clauses)) is not None
                and self._departure(clauses[k], self._expeller_of(clause, k, clauses) or _actors(clause, "subject"))):
            return EXPULSION_CODE     # a demand that its target leave the country (``_departure``), or
                                      # a time given to leave it ("gave the ambassador 72 hours to leave")
        if clause.predicate.kind != "verb" or code != GENERIC_PROMISE:
            return code
        content = self._content(clause, index, clauses)
        if content is not None and _describes(clauses[content], clause):
            content = None        # "agreed to a plan brokered by the EU": the plan is agreed, not a mediation
        if content is None:
            content = self._content_noun(clause, index, clauses)
        inner = self._frame(clauses[content]) if content is not None else None
        if inner is None or clauses[content].predicate.negated:
            return code
        return _kind_of(inner.cameo, INTENT_CODES) or code

    def _content_noun(self, clause: Clause, index: int, clauses: list[Clause]) -> int | None:
        """The event noun a promise or an agreement is made on ("einigten sich auf eine
        Waffenruhe", "stimmte einem Austausch von Gefangenen zu"), not one told as a fact around it
        ("nach Gesprächen")."""
        return next((k for k, c in enumerate(clauses) if c.parent == index and c.predicate.kind == "noun"
                     and c.predicate.tokens and not self._settled(c, clause)
                     and self._frame(c) is not None), None)

    def _content_partners(self, clause: Clause, index: int, clauses: list[Clause],
                          source: list[Actor]) -> list[Actor]:
        """The other party that the event noun an agreement is made on names in its own phrases
        ("stimmte einem Gefangenenaustausch mit der Ukraine zu", "stimmte einer Waffenruhe mit der
        Hamas zu"): the one the agreement is with, when the agreeing verb names no one."""
        k = self._content_noun(clause, index, clauses)
        inner = self._frame(clauses[k]) if k is not None else None
        if inner is None or clauses[k].predicate.negated:
            return []
        found = [a for role in inner.target for a in _known(_actors(clauses[k], role))]
        return [a for a in found if not any(_same_party(a, b) for b in source)]

    def _departure(self, clause: Clause, demanders: list[Actor] = ()) -> bool:
        """Whether a demanded act (``_deontic``) is its doer leaving the country
        (``departure_verbs`` with an object of ``departure_places``): "ordered the Chilean diplomats
        to leave the country", "forderte die Diplomaten auf, das Land zu verlassen" expel them; so
        does an object that names the demanders' own state as a place ("Lima ordered the Mexican
        ambassador to leave Peru", "forderte zehn polnische Diplomaten auf, Russland zu verlassen"),
        unless forces are to leave ("demanded that Russian troops leave Ukraine" asks a withdrawal)."""
        if clause.predicate.negated or clause.predicate.lemma.lower() not in self.words.departure_verbs:
            return False
        own = {a.code for a in demanders if state(a.code)}
        return any(t.lemma.lower() in self.words.departure_places for p in clause.args("object") for t in p.tokens[:p.attribute]) \
            or (any(a.code in own and a.sector is None for a in _actors(clause, "object"))
                and not any(a.sector in ARMED_SECTORS for a in _actors(clause, "subject")))

    def _content_conjuncts(self, clause: Clause, index: int, content: int, clauses: list[Clause]) -> list[int]:
        """The verbs joined to a content clause that share its subject ("urged Serbia to release
        the prisoners and to hold talks with Kosovo", "forderte Serbien auf, die Gefangenen
        freizulassen und Gespräche mit dem Kosovo aufzunehmen"): asked for as much as the first,
        no acts of their own. A subject of their own makes them so (not the demander's: "urged
        Serbia to ... and imposed sanctions" is an act of the EU); where the content shares the
        demander's subject, only a verb with no finite form is ("und verhängte Sanktionen" is one)."""
        spans = {(p.start, p.end) for p in clauses[content].args("subject")}
        if not spans or not clauses[content].predicate.tokens:
            return []
        own = not spans & {(p.start, p.end) for p in clause.args("subject")}
        after = clauses[content].predicate.tokens[0].start
        out = []
        for k, other in enumerate(clauses):
            if k in (index, content) or other.parent != index or other.predicate.kind != "verb" \
                    or other.adverbial or other.relative or not other.predicate.tokens \
                    or other.predicate.tokens[0].start <= after \
                    or {(p.start, p.end) for p in other.args("subject")} != spans:
                continue
            if own or (self.tags.finite and not any(t.pos in self.tags.finite for t in other.predicate.tokens)):
                out.append(k)
        return out

    def _offices(self, a: Actor, b: Actor) -> bool:
        """Two offices of one state's government, each named by its own word ("Der französische
        Präsident forderte den französischen Innenminister zum Rücktritt auf", "the Romanian
        president criticised the Romanian prime minister"): two sides, as the same office named
        without its state ("den Innenminister") is, whose state the article gives later. Not one
        office named twice ("der Präsident" and "des Präsidenten"), nor a pronoun, nor offices of
        no known state ("die Regierung" and "die Kanzlerin" of an article naming none: an event of
        UNK on UNK says nothing)."""
        if a.name or b.name or a.sector != "GOV" or b.sector != "GOV" or "UNK" in (a.code, b.code):
            return False
        keys = [self._office_words(x) for x in (a, b)]
        return all(keys) and not any(
            x.startswith(y) or y.startswith(x) for x in keys[0] for y in keys[1])

    def _office_words(self, actor: Actor) -> set[str]:
        """The government agent nouns (folded) that an actor's words name it by."""
        agents = ActorDictionary.default().agents.get(self.lang, {})
        words = [w.casefold() for w in re.findall(r"[\w-]+", actor.text or "")]
        if any(w in self._pronouns for w in words):
            return set()
        found = set()
        for word in words:
            key = tuple(p.casefold() for p in word.split("-") if p)
            for part in key[-1:]:
                if any(not rest and agent.kind == "agent" and agent.sector == "GOV"
                       for rest, agent in agents.get(part, ())):
                    found.add(part)
        return found

    def _levels(self, a: Actor, b: Actor) -> bool:
        """A government of a land, province, state or town and its nation's, each named by its
        words, not by a pronoun ("Die Landesregierung kritisierte die Bundesregierung", "the
        governor sued the federal government"): two sides, not one."""
        if _effective_sector(a) != "GOV" or _effective_sector(b) != "GOV":
            return False
        words = [[w.casefold() for w in x.text.split()] for x in (a, b)]
        if any(not ws or all(w in self._pronouns for w in ws) for ws in words):
            return False
        return sum(any(w in self._regional for w in ws) for ws in words) == 1

    @staticmethod
    def _criticised_content(clause: Clause, index: int, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
        """What a verb of criticism with no object of its own criticises, said in a clause that
        depends on it ("Kickl kritisierte, die Regierung habe versagt", '"The government has
        lost control," Kickl criticised') or, the verb's subject after it, in the clause before
        ("„Die Regierung hat die Kontrolle verloren“, kritisierte Kickl", "Der Minister habe
        versagt, kritisierte die FPÖ"): whom that clause names as its subject, also
        one of no country yet ("die Regierung"), which takes the article's; not the source again
        nor a member of its party, but one of another party."""
        if clause.predicate.kind != "verb" or clause.relative or clause.args("object", "dative") or \
                not clause.predicate.tokens:
            return []
        verb = clause.predicate.tokens[0].start
        said = [c for c in clauses if c.parent == index and c.predicate.kind == "verb"]
        if not said and _inverted_tag(clause) and clause.parent is not None and clauses[clause.parent].predicate.tokens \
                and clauses[clause.parent].predicate.tokens[0].start < verb:
            said = [clauses[clause.parent]]
        for content in said[:1]:
            if content.relative or content.adverbial:
                return []
            criticised = [a for a in _actors(content, "subject") if a.sector or a.code != "UNK"]
            if criticised and not all(any(_same_party(a, b) and not _parties(a, b) for b in source) for a in criticised):
                return criticised
        return []

    def _stated(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> bool:
        """Whether a verb of demanding or appealing states what someone will do rather than asks
        for it: its dependent clause tells what will or would happen ("Allies insisted she will
        push ahead with a deal", "insisted that the war will soon be over"), which is what was said,
        not what was demanded ("insisted that Ukraine stay neutral" is a demand)."""
        if clause.predicate.kind != "verb" or not frame.cameo.startswith(APPEAL_CODES):
            return False
        content = self._content(clause, index, clauses)
        return content is not None and self._prospective(clauses[content])

    def _resignation_asked(self, code: str, clause: Clause, index: int, clauses: list[Clause]) -> str:
        """An appeal or a demand whose content is leaving an office ("called on Prime Minister
        Kobakhidze to resign", "demanded that Vucic step down", "forderte Orban auf,
        zurückzutreten") asks for a change of leadership (0241, 1041), as "called for his
        resignation" does."""
        if code not in LEADERSHIP_CODES or clause.predicate.kind != "verb":
            return code
        k = self._content(clause, index, clauses)
        # (not one that a frame of its own reads otherwise: "vom Abkommen zurückzutreten" leaves a treaty)
        if k is None or clauses[k].predicate.negated or self._frame(clauses[k]) is not None or \
                clauses[k].predicate.lemma.lower() not in self.words.resigning_verbs:
            return code
        return LEADERSHIP_CODES[code]

    def _retaliating(self, clauses: list[Clause], k: int | None) -> frozenset[str]:
        """The words of a retaliation clause (its verb and its object's head), none for no clause."""
        if k is None:
            return frozenset()
        child = clauses[k]
        return frozenset({child.predicate.lemma.lower()} | {
            t.text.lower() for p in child.args("object") for t in p.tokens[:p.attribute] or p.tokens})

    def _others_retaliation(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause],
                            source: list[Actor]) -> int | None:
        """The content clause of a threat or a warning that says another party will retaliate
        ("Le Maire warned that the European Union would retaliate", "warnte, die EU werde
        Vergeltung üben"): its verb one of the pack's ``retaliation_words`` ("retaliate", "hit
        back"), or one of its ``retaliating_verbs`` with such an object ("Vergeltung üben", "take
        countermeasures"), and its subject a known party other than the source. That party answers
        for the source and is no target; the threat is aimed at whom the retaliation answers
        (``_retaliated``). Not a retaliation suffered ("warned that Washington would face
        retaliation": Washington is the target)."""
        if not frame.cameo.startswith(THREATENING_CODES) or clause.predicate.kind != "verb":
            return None
        k = self._content(clause, index, clauses)
        if k is None:
            return None
        child = clauses[k]
        lemma = child.predicate.lemma.lower()
        objects = {t.text.lower() for p in child.args("object") for t in p.tokens[:p.attribute] or p.tokens}
        if not (lemma in self.words.retaliation_words
                or lemma in self.words.retaliating_verbs and objects & self.words.retaliation_words):
            return None
        doers = _known(_actors(child, "subject"))
        return k if doers and not _same(doers, source) else None

    @staticmethod
    def _content(clause: Clause, index: int, clauses: list[Clause]) -> int | None:
        """The dependent clause that states what a demand, threat, refusal or agreement is
        about ("threatened to hold a strike"): the first verb clause it governs."""
        trigger = clause.predicate.tokens[0].start
        for k, child in enumerate(clauses):
            if (child.parent == index and k != index and child.predicate.kind == "verb" and not child.adverbial
                    and child.predicate.tokens and child.predicate.tokens[0].start > trigger):
                return k
        return None

    def _between(self, frame: Frame, clause: Clause, clauses: list[Clause], sentence: Sentence,
                 home: str | None) -> tuple[list[Actor], list[Actor]]:
        """The sides of an event noun named together ("Gefechte zwischen dem Militär und der PKK",
        "talks between Russia and Turkey"): two or more parties of known country, each the source
        and target of the other. Not for a frame of one side acting on the pair ("Vermittlung
        zwischen": the mediator acts on them), for a noun with its own agent, or for a noun that
        is the background of the sentence's act ("seit dem Abkommen zwischen ..."). So are the sides
        of a reciprocal act told in the passive with no agent ("Diplomatic ties between Saudi Arabia
        and Iran were restored", "Zwischen Serbien und Kosovo wurde ein Abkommen unterzeichnet")."""
        if clause.predicate.kind != "noun" and not (
                frame.reciprocal and clause.predicate.kind == "verb" and clause.predicate.voice == "passive"
                and not clause.args("agent")):
            return [], []
        if clause.predicate.kind == "verb" and any(
                c.parent is not None and clauses[c.parent] is clause and c.predicate.kind == "noun"
                and any(p.prep in self.words.between_prepositions and p.actors for p in c.args("prep"))
                for c in clauses):
            return [], []         # the event noun the verb seals names the sides itself ("Die Aufnahme
                                  # diplomatischer Beziehungen zwischen Israel und Bahrain wurde besiegelt")
        preps = {r.removeprefix("prep:") for r in frame.target if r.startswith("prep:")}
        sided = frame.reciprocal or bool(preps & (self.words.reciprocal_prepositions - self.words.between_prepositions))
        if preps & self.words.between_prepositions and not sided:
            return [], []
        if not self._between_named and not (sided and frame.cameo.startswith(FIGHT_CODES)):
            return [], []         # no sides named, and no fighting whose sides the article gives
        if _actors(clause, "possessor"):
            return [], []
        if clause.parent is not None:
            trigger = clause.predicate.tokens[0].start
            if any(a.start <= trigger < a.end and (a.prep or "").lower() in self.words.background_prepositions
                   for a in clauses[clause.parent].args("prep")):
                return [], []
        sides = [a for p in clause.args("prep") if p.prep in self.words.between_prepositions
                 for a in p.actors] if self._between_named else []
        if not sides and sided and frame.cameo.startswith(FIGHT_CODES) and not any(
                p.actors for p in clause.arguments if p.role != "prep" or p.prep not in self.words.location_prepositions):
            fallen = self._fallen_sides(clause, clauses, home)
            return fallen if fallen[0] else self._war(clause, clauses, sentence, home)
        sides, _ = self._localise(sides, [], home)
        distinct: list[Actor] = []
        for actor in _known(sides):
            if not any(_same_party(actor, other) for other in distinct):
                distinct.append(actor)
        if len(distinct) < 2 or len(_known(sides)) < len(sides):
            return [], []
        return sides, list(sides)

    @staticmethod
    def _told_violation(code: str, clause: Clause, violator: list[Actor], victim: list[Actor]) -> list[Actor]:
        """The known speaker of reported speech that says another party violated a treaty, a law
        or a norm ("Japan said South Korea had violated the 1965 treaty", "Die EU erklärte, Polens
        Justizreform verletze die Rechtsstaatlichkeit"): the speaker accuses the violator. Only
        for a violation that names no victim (one that does, "had violated Iraqi sovereignty",
        stays the violation, reported); none when the speaker is of the violator's own party, or
        no one is named. So does a speaker who says a state supports, arms, funds or shelters
        rebels or terrorists ("Erdogan said Germany was harbouring terrorists": TUR 112 DEU;
        "Kerry said Russia was supporting Assad" stays the support, reported); none when the
        speaker is of the rebels' party or of the supporter's state ("Moscow said its forces were
        cooperating with the Kurdish rebels")."""
        if not clause.reported or clause.speaker is None:
            return []
        violation = code.startswith(VIOLATION_CODES) and not _known(victim)
        arming = (code.startswith(ARMING_CODES) or code in ARMING_EXACT) and bool(victim) and all(
            _effective_sector(a) == "REB" for a in victim)
        if not violation and not arming:
            return []
        speakers = _known(clause.speaker.actors)
        if not speakers or not _known(violator) or any(_same_party(a, b) for a in speakers for b in violator + victim):
            return []
        if arming and any(a.code == b.code for a in speakers for b in violator):
            return []
        return speakers

    def _dismissal(self, clause: Clause) -> bool:
        """Whether a verb of the pack's ``dismissing_verbs`` has for its object an official or a
        body that the object's head names ("dismissed Interior Minister Herbert Kickl", "dismissed
        the army chief"), not a thing ("dismissed the British proposal")."""
        if clause.predicate.kind != "verb" or clause.predicate.lemma.lower() not in self.words.dismissing_verbs:
            return False
        named = [p for p in clause.args("object") if p.tokens and p.actors]
        # a thing's noun heading the object that no phrase naming the official holds: the body
        # names the thing's owner ("dismissed the ICC warrant against Putin", which the parse may
        # cut into "the ICC" and "warrant"), no official is removed
        held = {t.lemma.lower() for p in named for t in p.tokens}
        if any(head.lower() not in held for head in clause.predicate.objects):
            return False
        return any(a.sector and a.end >= p.tokens[:p.attribute][-1].end
                   for p in named for a in p.actors)

    def _means_of_harm(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an attack noun is the means of the harm a verb of violence tells in the active
        with its doer named ("Die französische Armee tötete bei einem Luftangriff in Mali Dutzende
        Dschihadisten"): the verb's event is the attack, not a second one aimed at the place the
        noun names. Not the attack that people died in ("starben bei russischen Luftangriffen"),
        which names the doer."""
        if clause.predicate.kind != "noun":
            return False
        harm = self._governing(clause, clauses, VIOLENCE_CODES, "prep", self.words.cause_prepositions)
        return harm is not None and harm.predicate.kind == "verb" and harm.predicate.voice == "active" \
            and not self._frame(harm).suffered and bool(_known(_actors(harm, "subject")))

    def _fallen_sides(self, clause: Clause, clauses: list[Clause], home: str | None) -> tuple[list[Actor], list[Actor]]:
        """Fighting with no side named whose dead are of two armed sides ("Bei Gefechten starben 20
        syrische Soldaten und 19 Rebellen", "Three Ukrainian soldiers and two separatists were
        killed in clashes"): the two sides fought each other. Two states' forces, or a state's
        army and rebels; not civilians, who died between them."""
        harm = self._governing(clause, clauses, VIOLENCE_CODES, "prep", self.words.cause_prepositions)
        if harm is None or harm.args("agent"):
            return [], []
        # the dead: the subject of a verb of dying, the passive's subject; an active verb of
        # killing names who used force ("erschoss die Armee zwei Rebellen"), which is the event
        if self._frame(harm).suffered:
            victims = _actors(harm, "subject")
        elif harm.predicate.voice == "passive":
            victims = _actors(harm, "object")
        else:
            return [], []
        if not victims or any(a.sector not in ARMED_SECTORS for a in victims):
            return [], []
        victims, _ = self._localise(victims, [], home)
        sides = {(a.code, a.sector) for a in victims}
        codes = {code for code, _ in sides}
        if "UNK" in codes or len(sides) < 2 or (len(codes) == 1 and {sector for _, sector in sides} != set(ARMED_SECTORS)):
            return [], []
        trigger = clause.predicate.tokens[0].start
        fighters = [Actor(code=code, sector=sector, text="", start=trigger, end=trigger) for code, sector in sorted(sides)]
        return fighters, list(fighters)

    def _war(self, clause: Clause, clauses: list[Clause], sentence: Sentence,
             home: str | None) -> tuple[list[Actor], list[Actor]]:
        """Fighting with no side named that harm is put down to ("bei erneuten Kämpfen in Syrien
        sind 65 Menschen getötet worden") in an article about a war between a state's forces and
        its rebels, both named in it, in that state, when the sentence names no one who used
        force and no other state: the two sides fought each other."""
        if not self._cause_of_harm(clause, clauses) or self._force_user_named(clause, clauses):
            return [], []
        places = {a.code for c in sentence.clauses for p in c.args("prep", prep="in") for a in p.actors
                  if state(a.code)}
        country = next(iter(places)) if len(places) == 1 else home if not places else None
        if country is None or not {(country, "MIL"), (country, "REB")} <= self._armed:
            return [], []
        if any(state(a.code) and a.code != country for _, p in phrases(sentence) for a in p.actors):
            return [], []         # another state's forces are named: they may be a side
        trigger = clause.predicate.tokens[0].start
        sides = [Actor(code=country, sector=sector, text="", start=trigger, end=trigger) for sector in ARMED_SECTORS]
        return sides, list(sides)

    def _cause_of_harm(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is what a clause of violence puts its harm down to ("bei Kämpfen
        getötet", "killed in clashes")."""
        return self._governing(clause, clauses, VIOLENCE_CODES, "prep", self.words.cause_prepositions) is not None

    def _governing(self, clause: Clause, clauses: list[Clause], codes: tuple[str, ...], role: str,
                   preps: frozenset[str] | None = None) -> Clause | None:
        """The clause that governs an event noun, when its frame has one of ``codes`` and the noun
        stands in one of its ``role`` phrases (with one of ``preps``): "verurteilte die Angriffe"
        (an object of 11), "bei Kämpfen getötet" (a cause of 18), "für den Angriff verantwortlich
        gemacht" (what 112 blames)."""
        if clause.parent is None:
            return None
        parent = clauses[clause.parent]
        frame = self._frame(parent) if parent.predicate.tokens else None
        if frame is None or not frame.cameo.startswith(codes):
            return None
        trigger = clause.predicate.tokens[0].start
        if any(a.start <= trigger < a.end and (preps is None or (a.prep or "").lower() in preps)
               for a in parent.args(role)):
            return parent
        return None

    def _force_user_named(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether another clause of the sentence names who used force in the active ("erschoss
        die israelische Armee")."""
        for other in clauses:
            if other is clause or other.predicate.kind != "verb" or other.predicate.voice == "passive":
                continue
            frame = self._frame(other) if other.predicate.tokens else None
            if frame is not None and frame.cameo.startswith(FORCE_CODES) and any(
                    _known(_actors(other, role)) for role in frame.source):
                return True
        return False

    def _joint_owners(self, frame: Frame, clause: Clause, source: list[Actor]) -> bool:
        """An event noun of an act done with someone (a frame whose target is a phrase of "mit"
        or "zwischen") whose possessor, its source, names two or more parties ("das Treffen
        Putins und Erdoğans", "das letzte Telefonat der beiden Präsidenten", "die Gefechte der
        Armee und der Rebellen", "Xi und Obama nutzten ihr Treffen"): they did it with each other.
        A compound of the parties ("the Trump-Putin summit", "Russian-Ukrainian talks", "der
        Trump-Putin-Gipfel", "israelisch-palästinensische Zusammenstöße") names the kind of
        meeting, as often of one only planned ("a second Kim-Trump summit"): only where the
        sentence tells it was held (``_pair_owned``, ``_told_done``)."""
        if clause.predicate.kind != "noun" or not any(
                r.removeprefix("prep:") in self.words.reciprocal_prepositions for r in frame.target):
            return False
        owners = [a for p in clause.args("possessor") for a in _known(p.actors)]
        return len(owners) > 1 and {(a.code, a.start) for a in owners} == {(a.code, a.start) for a in source}

    @staticmethod
    def _pair_owned(clause: Clause, source: list[Actor]) -> bool:
        """Whether an event noun's parties are the ones a hyphenated compound before it names
        ("the Trump-Putin summit", "Serbian-Kosovar negotiations"), or that are parts of the noun
        itself ("der Trump-Putin-Gipfel")."""
        if clause.predicate.kind != "noun" or not clause.predicate.tokens:
            return False
        keys = {(a.code, a.start) for a in source}
        noun = clause.predicate.tokens[0]
        return any(len(_known(p.actors)) > 1
                   and (any("-" in t.text for t in p.tokens) or all(noun.start <= t.start < noun.end for t in p.tokens))
                   and {(a.code, a.start) for a in _known(p.actors)} <= keys
                   for p in clause.args("possessor"))

    def _told_done(self, clause: Clause, clauses: list[Clause]) -> bool:
        """Whether an event noun is told as done: in a phrase that presents it as a fact
        ("after the Biden-Xi summit", "bei israelisch-palästinensischen Zusammenstößen"; not one of
        what comes after the act, pack words ``prior_prepositions``: "before the Trump-Putin
        summit next week"), or the
        subject or object of a verb in the past that is no verb of planning, putting off or
        calling off it (pack words ``planning_verbs``, ``scheduling_verbs``), not negated, not
        intended, possible or conditional ("the Trump-Putin summit ended without a statement",
        "US-chinesische Handelsgespräche wurden fortgesetzt"; not "proposed a Macron-Scholz
        meeting", "a Modi-Xi meeting is expected", "bereiten einen Kim-Trump-Gipfel vor")."""
        if clause.intent or clause.possible or clause.conditional or clause.predicate.negated \
                or clause.parent is None:
            return False
        parent = clauses[clause.parent]
        pred = parent.predicate
        if pred.kind != "verb" or parent.conditional or parent.possible:
            return False
        trigger = clause.predicate.tokens[0].start
        if self._settled(clause, parent) and not any(
                a.start <= trigger < a.end and (a.prep or "").lower() in self.words.prior_prepositions
                for a in parent.args("prep")):
            return True
        if pred.tense != "past" or pred.negated or pred.modal or parent.intent or parent.refused:
            return False
        # the head of the phrase, not a noun of its attribute ("der Entwurf einer Erklärung des
        # EU-Türkei-Gipfels" tells a draft, not the summit)
        role = _heads_role(trigger, parent)
        # what is planned or put off is its object, or its subject in the passive ("the summit was
        # called off", "ist für Samstag angesetzt"); as the doer it was held ("the EU-China summit agreed to ...")
        planned = pred.lemma.lower() in self.words.planning_verbs | self.words.scheduling_verbs and (
            role == "object" or pred.voice == "passive" or pred.stative)
        return role is not None and not planned

    @staticmethod
    def _reciprocal(clause: Clause, source: list[Actor], frame: Frame, each_other: bool, home: str | None = None) -> bool:
        """"Kanada und Mexiko vereinbarten", "trafen sich": several parties act on each other.
        One party alone ("die EU-Außenminister einigten sich") is no interaction; two of one
        state are two parties where their sectors differ ("Regierung und Opposition einigten
        sich") or each is a political party named ("SPÖ und ÖVP einigten sich"). In violence
        only where the sentence says they act on each other ("wo sich zwei Regierungen und
        zahlreiche Milizen gegenseitig bekämpfen"): forces of one state named together are
        more often allies against a third ("Armee und Polizei lieferten sich Gefechte"). Parties
        of no state named are two only so said too ("Yuan's family and market authorities are
        negotiating compensation" may be one side facing a third), unless they are a state's rulers and
        the rebels or opposition facing them in an article about one country (``home``: "Khartum – Der
        Militärrat und die Opposition unterzeichneten ein Abkommen")."""
        if len({a.code for a in source}) > 1:
            return True
        if frame.cameo.startswith(VIOLENCE_CODES) and not each_other:
            # ... but a state's army and the rebels of that state fight each other ("Sudan's army
            # and the Rapid Support Forces clashed in Khartoum")
            return any(a.code == b.code != "UNK" and {a.sector, b.sector} == _ARMY_AND_REBELS
                       and (a.name or b.name) for k, a in enumerate(source) for b in source[k + 1:])
        def sides(a: Actor, b: Actor) -> bool:
            return home is not None and a.code == b.code == "UNK" and {a.sector, b.sector} in _STATE_AND_CHALLENGER
        return any((each_other or a.code != "UNK" or sides(a, b))
                   and (not _same_party(a, b) or (_parties(a, b) and a.name != b.name))
                   for k, a in enumerate(source) for b in source[k + 1:])

    def _event(self, doc: Document, sentence: Sentence, clause: Clause, clauses: list[Clause],
               cameo: str, modality: str, source: list[Actor], target: list[Actor],
               tense: str | None = None) -> Event:
        code = cameo_code(cameo)
        tokens = clause.predicate.tokens
        parent = clauses[clause.parent] if clause.parent is not None else None
        return Event(
            article=doc.article.id, sentence_index=sentence.index, sentence=sentence.text,
            source=source, target=_once_each(target), plover=code.plover or "", mode=code.mode, context=list(code.contexts),
            cameo=code.code, quad=code.quad or "",
            goldstein=code.goldstein, modality=modality,
            event_text=" ".join(t.text for t in tokens),
            trigger_start=tokens[0].start, trigger_end=tokens[-1].end,
            confidence=_confidence(clause, source, target),
            time_text=_text(clause.time or (parent.time if parent else None)),
            place_text=_text(clause.place or (parent.place if parent else None)),
            time_phrase=clause.time or (parent.time if parent else None),
            place_phrase=clause.place or (parent.place if parent else None),
            tense=tense or _dating_tense(clause, parent, modality))

    def _modality(self, clause: Clause, clauses: list[Clause], frame: Frame, source: list[Actor]) -> str:
        parent = clauses[clause.parent] if clause.parent is not None else None
        if clause.predicate.negated and not frame.when_negated:
            return "negated"
        if parent is not None and parent.predicate.kind == "verb" \
                and parent.predicate.lemma.lower() in self.words.command_verbs:
            # an act ordered is as its order: not given or refused, it is not done ("Hasina did
            # not order the troops to fire on protesters"); intended, only intended (art50b)
            if parent.predicate.negated or parent.refused:
                return "negated"
            if parent.intent:
                return "intent"
        if frame.when_negated:
            pass          # an act not ruled out is threatened now, also when one "would not" or "wollte nicht" rule it out
        elif clause.intent or clause.planned or frame.intent or (
                clause.predicate.kind == "noun" and parent is not None and parent.intent):
            return "intent"
        if clause.predicate.perfect and (clause.predicate.modal or "").lower() in self.words.hearsay_modals:
            return "reported"       # "soll ... getötet haben": said to have
        if clause.reported:
            # the source's own words are an assertion; another's (of the same country too: one
            # party's leader about another's) a report
            speakers = clause.speaker.actors if clause.speaker else []
            if not any(_same_actor(a, b) for a in speakers for b in source):
                return "reported"
        return "asserted"


def _same_actor(a: Actor, b: Actor) -> bool:
    """The same actor as far as the dictionaries tell: one code, and one name where both have one."""
    return a.code == b.code and (a.name is None or b.name is None or a.name == b.name)


# The promise that says only that something will be done (expressed intent to cooperate).
GENERIC_PROMISE = "03"
EXPULSION_CODE = "166"
ULTIMATUM_CODE = "139"

# A planned visit stays a visit (042, 043) with the modality intent, as the whole-article gold
# has it, unless it is made for an act of its own (see Coder._purposeful).
VISIT_CODES = ("042", "043")
# ... made by officials: rebels, civilians and refugees who travel somewhere visit no one
# ("Er sei aus dem Irak kommend in Syrien eingetroffen", said of an IS commander).
TRAVELLER_SECTORS = ("REB", "CVL", "REF")

# CAMEO codes an announced cooperation as "express intent to ...": meet (036), mediate (039),
# cooperate materially (031: economically 0311, militarily 0312, in justice 0313, intelligence
# 0314) or diplomatically (032), give aid (033: economic 0331, military 0332, humanitarian 0333,
# protection or peacekeeping 0334), reform (034: leadership 0341, policy 0342, rights 0343,
# institutions 0344), yield (035: ease administrative sanctions 0351, dissent 0352, release
# persons 0353, ease economic sanctions 0354, allow international involvement 0355, de-escalate
# militarily 0356). The most specific key of the act's code decides.
INTENT_CODES = {"04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
                "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
                "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356"}


# An announced coercive action is a threat (CAMEO 13): to cut aid or relations or impose
# sanctions (131x), administrative sanctions (132), repression (137), force (138). A planned
# mobilization (15) stays MOBILIZE.
THREAT_CODES = {"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
                "166": "136", "17": "137",
                "172": "132", "1723": "1323", "1724": "1324", "18": "138",
                "19": "138", "191": "1381", "192": "1382", "20": "138"}


def _conditional_threat(frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> str | None:
    """The threat (CAMEO 13) that a coercive act told as possible on a condition makes: "the EU
    may halt its mediation if the talks fail" (135), "Deutschland könne die Waffenlieferungen
    stoppen, falls ..." (1312), as "will impose tariffs if ..." is. None for any other act, and
    for a possible act with no condition ("Russia could attack")."""
    pred = clause.predicate
    if pred.kind != "verb" or pred.negated or pred.perfect or pred.tense == "past" or not pred.modal:
        return None
    code = _kind_of(frame.cameo, THREAT_CODES)
    if code is None or not any(c.parent == index and c.conditional and c.predicate.kind == "verb" for c in clauses):
        return None
    return code


# CAMEO's conflict roots: disapprove, reject, threaten, protest, force posture, reduce relations,
# coerce, assault, fight, mass violence.
CONFLICT_ROOTS = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")


# Refusing to agree or to yield is CAMEO's REJECT ("would not meet the demands").
REFUSED_ROOTS = {"03": "12", "08": "12"}
# Cooperative acts (intents, talks, diplomatic and material cooperation) a withheld signature or
# consent can be for (``_refused_in_phrase``)
COOPERATIVE_ROOTS = ("03", "04", "05", "06")


# What refusing to do a cooperative act is ("weigerte sich, zu verhandeln", "refused to aid"):
# reject cooperation (120), material cooperation (121), a request for aid (122), to yield (124),
# to meet or negotiate (125), mediation (126). Refusing anything else codes no event.
REFUSALS = {"02": "120", "03": "120", "04": "125", "045": "126", "05": "120", "06": "121",
            "07": "122", "08": "124"}


# What no longer giving a cooperation is: halting talks (164) or mediation (165), breaking
# diplomatic relations (161: recognition ended), reducing relations (16), stopping aid (162: economic
# 1621, military 1622, humanitarian 1623). Not a visit: one ended or cut short was made (_refusal).
CEASED = {"04": "164", "045": "165", "054": "161", "05": "16", "06": "16", "07": "162",
          "071": "1621", "072": "1622", "073": "1623"}


# The sectors of those who answer to a state's own people: lawmakers, parties, the opposition.
HOME_CRITIC_SECTORS = ("LEG", "PTY", "OPP")


def _critics_at_home(source: list[Actor], target: list[Actor]) -> list[Actor]:
    """The unnamed lawmakers, parties or opposition a subject drew a reaction from, or came under
    criticism from, are those of its own state ("Trump called the explanation credible, drawing
    criticism from lawmakers": American lawmakers, whatever the dateline); the subject is the
    target, of one state. Others keep their country."""
    homes = {a.code for a in _known(target)}
    if len(homes) != 1 or not all(state(c) for c in homes):
        return source
    home = next(iter(homes))
    return [dataclasses.replace(a, code=home) if a.code == "UNK" and a.sector in HOME_CRITIC_SECTORS
            and not a.abroad else a for a in source]


def _distinct(events: list[Event], owner: dict[int, int], clauses: list[Clause]) -> list[Event]:
    """One event for an act and the act it is done for: "police fired tear gas to disperse the
    protesters" is one act of crowd control, though both verbs code it once their actors have
    their countries (the check before that sees "police" and "the protesters" apart). An event
    whose clause governs or is governed by the clause of an earlier event of the same CAMEO
    code, modality, source and target countries is left out ("traf ... ein, um Gespräche zu
    führen": an arrival and talks stay two). Acts of their own stay ("attacked ... and
    killed two", "clashed with police, and as thousands joined rival demonstrations")."""
    def key(e: Event) -> tuple:
        return e.cameo, e.modality, frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)
    out: list[Event] = []
    for e in events:
        clause = owner.get(id(e))
        if clause is not None and any(key(k) == key(e) and _linked(owner.get(id(k)), clause, clauses) for k in out):
            continue
        out.append(e)
    return out


def _linked(a: int | None, b: int, clauses: list[Clause]) -> bool:
    """Whether one of two clauses governs the other."""
    return a is not None and (clauses[b].parent == a or clauses[a].parent == b)


def _promise_kept_in_act(events: list[Event], owner: dict[int, int], clauses: list[Clause],
                         promising: Callable[[int], bool], hostile: Callable[[int], bool],
                         generic: Callable[[int], bool]) -> list[Event]:
    """A bare promise to no one (CAMEO 03, a frame of intent: vow, pledge, promise) whose promised
    act, a verb, is coded itself is that act, announced: "vowed to mobilise the army" is the
    intended mobilisation, not also a promise ("agreed to a prisoner exchange" stays an agreement).
    Nor is it a promise when the promised act is a hostile one (a frame of CAMEO's conflict roots,
    ``hostile``), coded or not: "vowed to attack the capital", "versprach, die Aufständischen zu
    vernichten" announce conflict, which an intent to cooperate would turn into its opposite; nor
    when every frame of its verb is hostile and none fits ("vowed to mobilise the people's army")."""
    def promised_act(e: Event) -> bool:
        k = owner.get(id(e))
        if k is None or not promising(k):
            return False
        if any(c.parent == k and c.predicate.kind == "verb" and not c.adverbial and hostile(j)
               for j, c in enumerate(clauses)):
            return True
        codes = {a.code for a in e.source}
        return any(f is not e and owner.get(id(f)) is not None and clauses[owner[id(f)]].parent == k
                   and clauses[owner[id(f)]].predicate.kind == "verb" and not clauses[owner[id(f)]].adverbial
                   and codes & {a.code for a in f.source} for f in events)
    def hostile_act(e: Event) -> bool:
        # an agreement or promise whose promised act, a verb of the same source, is coded as a
        # hostile act: "The EU agreed to impose sanctions on Iran" is no cooperation with Iran (an
        # adverbial clause beside it is no promised act: "agreed to restore relations, years after
        # Riyadh severed ties with Tehran")
        k = owner.get(id(e))
        if k is None:
            return False
        codes = {a.code for a in e.source}
        for f in events:
            j = owner.get(id(f))
            if f is not e and j is not None and clauses[j].parent == k and clauses[j].predicate.kind == "verb" \
                    and not clauses[j].adverbial and f.cameo[:2] in CONFLICT_ROOTS and codes & {a.code for a in f.source}:
                return True
        return False
    def bare(e: Event) -> bool:
        # (coded 03, or by the kind of what it promises: see Coder._content_kind)
        k = owner.get(id(e))
        return e.cameo == GENERIC_PROMISE or (k is not None and generic(k))
    return [e for e in events if not (bare(e) and (
        (not e.target and promised_act(e)) or hostile_act(e)))]


def _refusal(code: str, modality: str, prospective: bool, ceased: bool = False) -> tuple[str, str]:
    """A negated agreement or concession is a rejection ("did not accept the demands"); so is
    any cooperative act someone will not or would not do ("werde keinen Vertrag schließen",
    "would not accept the aid"). A cooperation someone no longer gives is its reduction
    ("will no longer recognize Taiwan", 161). Past cooperation that did not happen stays negated."""
    if modality != "negated":
        return code, modality
    if ceased and code[:3] in VISIT_CODES:
        return code, "asserted"       # a visit ended or broken off was made ("beendete ihren Besuch in China")
    stopped = CEASED.get(code[:3]) or CEASED.get(code[:2])
    if ceased and stopped is not None:
        return stopped, "asserted"
    if code[:2] in REFUSED_ROOTS:
        return REFUSED_ROOTS[code[:2]], "asserted"
    refusal = REFUSALS.get(code[:3]) or REFUSALS.get(code[:2])
    if prospective and refusal is not None:
        return refusal, "asserted"
    return code, modality


def _subject_shared(clause: Clause, governor: Clause) -> bool:
    """Whether a clause's subject is a phrase of the clause it depends on, as the understood
    subject of an infinitive or gerund is ("was accused of raping", "wird beschuldigt, ...
    angegriffen zu haben"), and not a subject of its own ("ermittelt, die Polizei nahm fest")."""
    spans = {(a.start, a.end) for a in governor.arguments}
    subjects = clause.args("subject")
    return bool(subjects) and all((a.start, a.end) in spans for a in subjects)


def _official_protest(code: str, source: list[Actor]) -> str:
    """A government's protest is an official complaint (CAMEO 114, ACCUSE); demonstrations
    by others stay PROTEST (14)."""
    if code.startswith("14") and source and all(a.sector == "GOV" for a in source):
        return "114"
    return code


# Legal and coercive acts told in the passive with no agent ("Demirtaş wird Terrorpropaganda
# vorgeworfen", "gegen ihn wird ermittelt", "was arrested") are the state's: investigate (09),
# accuse of a crime (112), sue (115), convict (116), coerce and arrest (17). Criticism by no one
# named ("wurde kritisiert") is not.
AUTHORITY_CODES = ("09", "112", "115", "116", "17")
# ... of them, the acts that confiscate, ban, shut or arrest something or someone (CAMEO 17
# "coerce" unspecified names no act on a thing; 171 and 1712, looting and destroying property,
# are no authority's act: "Museen wurden geplündert", "ein Haus wurde zerstört")
SEIZURE_CODES = ("1711", "172", "173")
# acts of the authorities that a frame whose target is its subject tells as suffered, with no doer
# named (``_authority``): an arrest, an investigation ("steht unter Verdacht")
SUFFERED_AUTHORITY_CODES = SEIZURE_CODES + ("09",)
# ... of them, the legal proceedings: investigations, charges, lawsuits, trials
PROCEEDING_CODES = ("09", "112", "115", "116")
PROPERTY_CODES = ("171",)
# ... and spying and hacking (176: "Merkels Handy wurde abgehört", "the parliament's network was
# hacked"), done to a state's people by foreign services as often as by its own authorities
SPYING_CODES = ("176",)
# ... and the acts of a named authority on people no actor names (arrest, detain, charge: 173),
# aimed at the people of its own state. The sectors of a state's authorities:
ARREST_CODES = ("173",)
# ... the acts whose victims a name no dictionary knows may name (arrest, shoot, kill, murder: a
# private person), and of them those whose doer it may name
NAMED_VICTIM_CODES = ("173", "18", "1823", "193")
NAMED_ATTACKER_CODES = ("18", "1823", "193")
# ... and the legal acts whose target, a private person, a name no dictionary knows may name when
# an unnamed authority or a named police, prosecutor or court does them: investigate and question
# (09), charge (112), sue (115), convict (116)
LEGAL_ACT_CODES = ("09", "112", "115", "116")
# ... and the acts of harm whose victims a noun of a private person may name ("a man was shot")
HARM_CODES = ("18", "193")
# ... and the attacks (190) whose victims such a noun may name, which are assaults on them (18)
PERSON_ATTACK_CODES = ("190",)
PERSON_ASSAULT_CODE = "18"
# ... and the sectors of the authorities whose legal acts (AUTHORITY_CODES) a noun of a private
# person may name the target of ("Prosecutors charged a 21-year-old")
LEGAL_SECTORS = ("JUD", "COP")
# ... of them the courts and prosecutors, whose legal acts are aimed at their own state's people
# (``_localise``'s ``own``; a police search of "his family's house" may be of a foreigner's)
COURT_SECTORS = ("JUD",)
STATE_SECTORS = ("GOV", "MIL", "COP", "JUD")


def _legal_act(frame: Frame, clause: Clause, source: list[Actor], authority: list[Actor]) -> bool:
    """Whether a verb clause is a legal act (``LEGAL_ACT_CODES``) of an unnamed authority or of
    named police, prosecutors or courts ("Mark Feldman was charged", "police questioned Feldman")."""
    return frame.cameo.startswith(LEGAL_ACT_CODES) and (
        bool(authority) or (bool(source) and all(a.sector in LEGAL_SECTORS for a in source)))


def _governing_state(clause: Clause, clauses: list[Clause]) -> list[Actor]:
    """The state whose government acts in the clause a participle of an unnamed authority's act
    hangs on, as that authority ("Manila expelled two Chinese nationals accused of spying": the
    Philippines accused them, not China); none in words reported ("China said two Japanese were
    detained") or when the governing clause's subject is no one state's government."""
    if clause.parent is None or clause.reported or clause.predicate.kind != "verb":
        return []
    trigger = clause.predicate.tokens[0]
    rulers = {a.code for a in _actors(clauses[clause.parent], "subject")
              if a.sector in (None, "GOV") and state(a.code)}
    return [Actor(code=rulers.pop(), sector="GOV", text="", start=trigger.start, end=trigger.start)] \
        if len(rulers) == 1 else []


def _authority(frame: Frame, clause: Clause) -> list[Actor]:
    """The unnamed authorities behind a passive legal or coercive act (their country is found
    like any unknown actor's: the sentence's place, the other party's, the article's)."""
    pred = clause.predicate
    unnamed = (pred.kind == "verb" and pred.voice == "passive" and not clause.args("agent")) or pred.kind == "noun"
    # and an arrest or an investigation its subject suffers, told with no doer ("zwei Oppositionelle
    # kamen in Gewahrsam", "steht unter Verdacht", "is under investigation")
    unnamed = unnamed or (pred.kind == "verb" and frame.suffered and frame.cameo.startswith(SUFFERED_AUTHORITY_CODES))
    # and a proceeding whose noun is the subject of a verb of its course, with no one's genitive
    # ("Gegen den Minister laufen Ermittlungen"): the noun's act, as "die Ermittlungen gegen ihn"
    unnamed = unnamed or (pred.kind == "verb" and frame.instrument and pred.voice == "active"
                          and frame.cameo.startswith(PROCEEDING_CODES) and not clause.args("object"))
    # harm to property (171, 1712: "police vehicles were damaged", "Museen wurden geplündert") is no
    # authority's act; confiscation (1711) is; spying and hacking (176) need not be
    harm = frame.cameo.startswith(PROPERTY_CODES) and not frame.cameo.startswith(SEIZURE_CODES) \
        or frame.cameo.startswith(SPYING_CODES)
    if frame.cameo.startswith(AUTHORITY_CODES) and unnamed and not harm:
        trigger = clause.predicate.tokens[0]
        return [Actor(code="UNK", sector="GOV", text="", start=trigger.start, end=trigger.start)]
    return []


def _mover(frame: Frame, clause: Clause) -> list[Actor]:
    """Forces moved by no one named ("zwei US-Tarnkappenjets wurden nach Polen verlegt"): their
    own side moved them, an army or the state a word of the phrase names ("Russian tanks were
    moved to the border")."""
    if not frame.cameo.startswith(MOBILIZE_CODES) or clause.predicate.voice != "passive":
        return []
    return [a for a in _known(_actors(clause, "object")) if a.sector in ARMED_SECTORS or a.sector is None]


def _announcer(frame: Frame, clause: Clause) -> list[Actor]:
    """Force announced in the passive with no agent named is the speaker's threat ("die
    Dschihadisten würden vernichtet werden, sagte der Minister", "the rebels will be crushed,
    the minister said"); a deployment told so, at any time, the speaker's own."""
    pred = clause.predicate
    if not frame.cameo.startswith(FORCE_CODES) or pred.voice != "passive" or clause.args("agent") or pred.negated:
        return []
    if frame.cameo.startswith(MOBILIZE_CODES):
        # forces or weapons of no one named, moved as a government or an army tells, were moved
        # by its own side, whenever it was ("Russia's defence ministry said missiles had been
        # stationed in Kaliningrad")
        return [a for a in _known(_actors(clause, "speaker")) if a.sector in ("GOV", "MIL")]
    if not (pred.tense == "future" or clause.intent):
        return []
    return _known(_actors(clause, "speaker"))


def _perpetrator(clause: Clause) -> Actor:
    """The unnamed perpetrator of violence: an unknown actor at the trigger, with no words."""
    trigger = clause.predicate.tokens[0]
    return Actor(code="UNK", sector=None, text="", start=trigger.start, end=trigger.start)


def _other_side(victims: list[Actor], armed: set[tuple[str | None, str]]) -> list[Actor]:
    """Who harmed people no one is named for, by the armed forces the article names: in a war
    between a state's forces and rebels of the same state, rebels fall to the state's forces and
    soldiers to the rebels ("Seit Sonntag seien 26 Rebellen getötet worden" in an article about
    Syria's army and rebels); people of a state whose own forces the article does not name fall
    to the forces of the one other state it names ("zwei Palästinenser getötet" in an article
    about the Israeli army). Nothing for civilians of a state whose forces are named, or for
    a side the article does not name."""
    sides = {(a.code, a.sector) for a in victims}
    if len(sides) != 1:
        return []
    ((code, sector),) = sides
    other = {"REB": "MIL", "MIL": "REB"}.get(sector or "")
    if other is not None and (code, other) in armed:
        return [Actor(code=code, sector=other, text="", start=victims[0].start, end=victims[0].start)]
    if sector in ("MIL", "GOV", "COP") or not state(code) or (code, "MIL") in armed:
        return []
    foreign = {c for c, s in armed if s == "MIL" and c != code and c is not None and state(c)}
    if len(foreign) != 1:
        return []
    return [Actor(code=foreign.pop(), sector="MIL", text="", start=victims[0].start, end=victims[0].start)]


def _private_dealings(code: str, source: list[Actor], target: list[Actor]) -> bool:
    """Whether an act of cooperation, or a refusal of one, is between private parties only, or by one to no one (see COOPERATIVE_CODES),
    a dispute between firms, papers, schools or hospitals only (see DISPUTE_CODES), economic cooperation by private investors (see ECONOMIC_CODES), or a consultation between the
    police and private persons (see CONSULT_CODES)."""
    if code.startswith(ECONOMIC_CODES) and source and all(a.sector in INVESTOR_SECTORS for a in source):
        return True
    if code.startswith(CONSULT_CODES) and source and target and (
            all(a.sector == "COP" for a in source) and all(a.sector in PRIVATE_SECTORS for a in target)
            or all(a.sector in PRIVATE_SECTORS for a in source) and all(a.sector == "COP" for a in target)):
        return True           # ... either way: "a passerby called the police", "residents spoke to officers"
    if code.startswith(DISPUTE_CODES) and not code.startswith(LAWSUIT_CODES) and source and target and all(
            a.sector in ORGANISED_PRIVATE_SECTORS for a in source + target):
        return True
    # (a firm's or a paper's promise to no one is business too: "Google verspricht viel für sein
    # neues Smartphone"; not a union's or civilians': "kündigten eine Streikpause an")
    sectors = PRIVATE_SECTORS if target else ORGANISED_PRIVATE_SECTORS
    return code.startswith(COOPERATIVE_CODES + REFUSED_COOPERATION_CODES) and bool(source) and all(
        a.sector in sectors for a in source + target)


def _own_protection(code: str, source: list[Actor], target: list[Actor]) -> bool:
    """Whether protection (``PROTECTION_CODES``) is given by a state's own actors to their own state
    or people: every source and target of one country, and no one abroad."""
    if not code.startswith(PROTECTION_CODES) or not source or not target:
        return False
    countries = {a.code for a in source + target}
    return len(countries) == 1 and state(next(iter(countries))) and not any(a.abroad for a in source + target)


def _private(target: list[Actor]) -> bool:
    """Whether the targets are people or groups within a state, not a state or government
    ("Russland wird vorgeworfen" leaves the accuser unknown)."""
    return bool(target) and all(a.sector not in (None, "GOV") or a.name is not None for a in target)


# An attack of no kind named (190) by officials, politicians, parties or courts on a party or the
# opposition ("Merkel griff die AfD scharf an", "Biden attacked Republicans at a rally"), or by a
# person named on the press ("Trump attacked the media"), is one of words: a criticism (111).
WORDS_SECTORS = ("GOV", "ELI", "LEG", "PTY", "OPP", "JUD")
# the codes of threats, whose warning against travel is advice (``Coder._travel_advice``)
THREAT_FAMILY = "13"
OPPONENT_SECTORS = ("PTY", "OPP")
PRESS_SECTORS = ("MED",)


def _speakers_state(clause: Clause, source: list[Actor]) -> str | None:
    """The one state whose government says that another state's forces harmed people of no
    country named ("Iraq said Turkish troops had killed three civilians"): the victims are that
    state's people, not the attacker's; None when the speaker is no state's government, or the
    attacker's own."""
    if clause.speaker is None or not source:
        return None
    speakers = clause.speaker.actors
    codes = {a.code for a in speakers}
    if len(codes) != 1 or not speakers or any(_effective_sector(a) != "GOV" for a in speakers):
        return None
    code = next(iter(codes))
    if not state(code) or any(a.code == code or not state(a.code) or a.sector not in SECURITY_SECTORS for a in source):
        return None
    return code


def _verbal_attack(code: str, source: list[Actor], target: list[Actor]) -> str:
    """An attack (190, or one of any kind, 19: "launched an attack on") of unarmed officials or politicians on parties, the opposition, or (by a
    person named) the press is a verbal one, 111 (``WORDS_SECTORS``, ``OPPONENT_SECTORS``); so is
    any attack by legislators, parties, the opposition or courts, who bear no arms
    (``UNARMED_SECTORS``), on whomever it is aimed at, as the verb's frames say: the noun too
    ("Pelosi's attack on Trump", "die Angriffe der SPD auf die Regierung"). So is an attack or
    fire (19) of international bodies and NGOs that bear no arms (``_unarmed_body``): "The EU
    attacked Poland over its judicial reform", "the army came under fire from the UN"."""
    if code in (ARMED_ATTACK_CODE, FIGHT_CODES[0]) and source and target and all(_unarmed_body(a) for a in source):
        return VERBAL_ATTACK_CODE
    if code not in ATTACK_IN_WORDS_CODES or not source or not target or any(a.sector not in WORDS_SECTORS for a in source):
        return code
    if all(a.sector in UNARMED_SECTORS for a in source) or all(a.sector in OPPONENT_SECTORS for a in target) or (
            all(a.sector in PRESS_SECTORS for a in target) and all(a.name is not None for a in source)):
        return VERBAL_ATTACK_CODE
    if all(a.name is not None for a in source + target) and all(a.sector in WORDS_SECTORS for a in target) \
            and len({a.code for a in source + target}) == 1:
        # one official or politician named attacking another of his own state ("He also attacked
        # Attorney General Jeff Sessions", of the president; "griff Justizminister Sessions an")
        return VERBAL_ATTACK_CODE
    return code


# International bodies that have armed forces of their own to attack with: military alliances
# and regional bodies that send troops (``_unarmed_body``); the UN's peacekeepers are named as
# such (IGO:UN with the sector MIL)
ARMED_BODIES = frozenset({"IGO:NATO", "IGO:CSTO", "IGO:AU", "IGO:ECOWAS", "IGO:SADC", "IGO:GCC"})


def _unarmed_body(actor: Actor) -> bool:
    """An international body or NGO, or one of its officials, that bears no arms: not an
    alliance (``ARMED_BODIES``), nor its soldiers or police (a sector of force)."""
    return (actor.code.startswith("NGO") or actor.code.startswith("IGO") and actor.code not in ARMED_BODIES) \
        and actor.sector in (None, "GOV")


def _armed_clash(code: str, source: list[Actor], target: list[Actor]) -> str:
    """Coercion of no kind named (17) between armed forces ("die Armee ging gegen PKK-Kämpfer vor")
    is fighting (190)."""
    if code == "17" and source and target and all(a.sector in ARMED_SECTORS for a in source + target):
        return "190"
    return code


def _intent_code(code: str) -> str:
    return _kind_of(code, THREAT_CODES) or _kind_of(code, INTENT_CODES) or code


def _kind_of(code: str, table: dict[str, str]) -> str | None:
    """The code ``table`` gives an act's code by its most specific key, None for none."""
    return next((table[key] for key in (code, code[:3], code[:2]) if key in table), None)


def _place_country(places: list[Actor], source: list[Actor]) -> list[Actor]:
    """The one state the sentence places events in (``places``: its "in Israel"), if it is not
    the source's."""
    codes = {a.code for a in places}
    if len(codes) != 1 or codes & {a.code for a in source}:
        return []
    place = places[0]
    return [Actor(code=place.code, sector=None, text=place.text, start=place.start, end=place.end)]


def _name_words(tokens: list[Token], proper: frozenset[str]) -> list[str]:
    """The words of the names in a phrase: its proper nouns, and a capitalised word right after
    one, which a tagger may read as a common noun ("Baton Rouge", "Rouge" a noun to HanTa)."""
    words: list[str] = []
    for k, token in enumerate(tokens):
        after_name = k > 0 and tokens[k - 1].pos in proper and tokens[k - 1].end + 1 >= token.start
        if token.pos in proper or (after_name and token.text[:1].isupper()):
            words.append(token.text)
    return words


def _whole_place(tokens: list[Token], proper: frozenset[str], lang: str, countries: set[str]):
    """The place a phrase's names name, as ``locate_words`` of its ``_name_words``, but only a
    place that is a whole run of adjacent names, or one a compound that describes it stands
    before ("in der US-Ostküstenstadt Philadelphia"): "im Auftrag des US-Milliardärs George
    Soros" names a man, neither the South African town George nor a town Soros; "in Baton
    Rouge", "in Aleppo und Idlib" name their towns."""
    from chronist.geo.locate import best, token_mentions, _words_of
    runs: list[list[str]] = []
    for k, token in enumerate(tokens):
        after_name = k > 0 and tokens[k - 1].pos in proper and tokens[k - 1].end + 1 >= token.start
        if token.pos in proper or (after_name and token.text[:1].isupper()):
            if after_name and runs:
                runs[-1].append(token.text)
            else:
                runs.append([token.text])
    whole = []
    for run in runs:
        words = _words_of(run)
        whole += [m for m in token_mentions(run, lang=lang)
                  if m.end == len(words) and all("-" in w for w in words[:m.start])]
    return best(whole, countries)


def _first_word(phrase: Phrase, sentence: Sentence) -> list[str]:
    """A capitalised word alone in its phrase at the start of the sentence, which a tagger may
    read as a common noun ("Kharkiv was hit by missiles", "Odesa came under fire"): a name to
    try, for the capital says nothing there."""
    tokens = phrase.tokens
    if len(tokens) != 1 or not sentence.tokens or tokens[0].start != sentence.tokens[0].start:
        return []
    word = tokens[0].text
    return [word] if word[:1].isupper() and word[1:].islower() else []


def _owner_only(phrase: Phrase, actor: Actor, nouns: frozenset[str]) -> bool:
    """Whether an actor of a phrase only owns the thing its head noun names, which no actor of
    the phrase covers ("a Mexican air force plane", "ein Flugzeug der mexikanischen Luftwaffe";
    not "Israeli army soldiers", whose actor spans the soldiers)."""
    head = [t for t in (phrase.tokens[:phrase.attribute] or phrase.tokens) if t.pos in nouns]
    return bool(head) and not (actor.start <= head[-1].start < actor.end) and not any(
        a.start <= head[-1].start < a.end for a in phrase.actors)


def _head_noun(phrase: Phrase, nouns: frozenset[str]) -> str:
    """The lemma, lower case, of the last common noun before a phrase's attribute ("a market" of
    "a market in the town", "einen Markt"); "" when it has none."""
    head = [t for t in (phrase.tokens[:phrase.attribute] or phrase.tokens) if t.pos in nouns]
    return head[-1].lemma.casefold() if head else ""


def _bare_word(phrase: Phrase, nouns: frozenset[str]) -> list[str]:
    """A capitalised word alone in its phrase, no article before it, that a tagger read as a
    common noun ("Russische Truppen beschossen Bachmut", "bombardierten Mekelle": a name it does
    not know): a name to try where forces attack it, whose objects are otherwise things with an
    article or plurals ("griffen die Stellungen an", "beschossen Dörfer")."""
    tokens = phrase.tokens
    if len(tokens) != 1 or tokens[0].pos not in nouns:
        return []
    word = tokens[0].text
    return [word] if word[:1].isupper() and word[1:].islower() else []


def _leading(counts: Counter[str]) -> str | None:
    """The one country ``counts`` names at least twice and more often than any other, or the only
    one it names (the country of an article with no dateline, ``Coder._town_counts``)."""
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or (ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1])):
        return ranked[0][0]
    return None


def _ruled_on(frame: Frame, clause: Clause, source: list[Actor], acts: frozenset[str]) -> list[Actor]:
    """The government of a court's own state, as the target of a court's rejection (a frame of 12
    whose object must be one of its nouns) of a government's act (``acts``, the pack's
    ``government_acts``: a decree, a ban, a law or a policy: "A federal judge blocked the travel
    ban", "Ein Bundesgericht hat das Dekret gestoppt"; not "rejected the appeal of the
    footballer") that names no one whose act it rejects: a state's courts rule on its own
    government's acts (a court of unknown country, one of the government of unknown country, both
    localised alike). None for a court of an international body."""
    if (clause.predicate.kind != "verb" or not frame.cameo.startswith("12") or not frame.when_object
            or not source or any(a.sector != "JUD" or not (a.code == "UNK" or state(a.code)) for a in source)
            or len({a.code for a in source}) != 1
            or not any(_folded(lemma).rsplit("-", 1)[-1] in acts for lemma in clause.predicate.objects)):
        return []
    at = clause.predicate.tokens[0].start
    return [Actor(code=source[0].code, sector="GOV", text="", start=at, end=at)]


def _home_target(home: str, clause: Clause) -> list[Actor]:
    """The article's country as the target of a clause that names none (aid given, a release
    asked for), placed at the clause's predicate."""
    at = clause.predicate.tokens[0].start
    return [Actor(code=home, text="", start=at, end=at)]


def _addressed_sides(source: list[Actor], out: list[Event], sentence: Sentence) -> list[Actor]:
    """The two or more states the mediator addressed earlier in the sentence, where a mediation
    names no one ("Lavrov urged both sides to respect the truce and offered to host talks in
    Moscow": the sides he urged, not the parties of the last quarrel told before)."""
    for event in reversed(out):
        if event.sentence_index == sentence.index and {a.code for a in event.source} == {a.code for a in source} \
                and len({a.code for a in _known(event.target)}) >= 2:
            return _copies(_known(event.target))
    return []


def _home(mentioned: Counter[str], dateline: str | None, first: dict[str, int] | None = None) -> str | None:
    """The country an article is about: the state its actors name most often in the whole
    article (at least twice, and more often than any other; of several named as often, the one
    named first, before the others: ``first``, the sentence each is first named in: "Iranian
    security forces fired at protesters ... summoned the British ambassador ... media based in
    London" is about Iran), else its dateline's country, unless
    the article never names that one and names others more than once: then a venue ("Genf – Die
    Syrien-Gespräche ... Russland ... die Türkei ...": no Swiss opposition), and no country is the
    article's. The whole article, not the text so far: a headline's "Rebellen" come before their
    country is named."""
    ranked = mentioned.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    if ranked and ranked[0][1] >= 2 and first:
        tied = sorted((first[c], c) for c, n in mentioned.items() if n == ranked[0][1] and c in first)
        if len(tied) == 1 or tied[0][0] < tied[1][0]:
            return tied[0][1]
    if ranked and ranked[0][1] >= 2 and dateline is not None and not mentioned[dateline]:
        return None
    return dateline


def _in_places(sentence: Sentence, attacks: list[int] | None = None,
               venues: frozenset[tuple[int, int]] = frozenset()) -> list[Actor]:
    """The states a sentence's "in" phrases name ("in der Türkei", "im Norden Syriens"); not
    those of a phrase that names an attack (``attacks``: where its nouns of violence start;
    "killed in a US air strike in Somalia": the strike's doer is no place); nor those of the clause
    that only says who reported the sentence's acts, with no object of its own ("teilte das
    Verteidigungsministerium in Paris mit", "the ministry in Paris said"): where the speaker sits or
    spoke is not where the acts it reports happened. Only a place: a state or a town, bare or as its
    government (a capital); not a group one is in ("wegen Mitgliedschaft in der Terrormiliz IS",
    "in der Partei"), whose country is no scene; nor a meeting's venue (``venues``, see
    ``Coder._venues``)."""
    speakers = {(c.speaker.start, c.speaker.end) for c in sentence.clauses if c.speaker is not None}
    seats = {(p.start, p.end) for c in sentence.clauses if not c.args("object")
             and any((s.start, s.end) in speakers for s in c.args("subject")) for p in c.args("prep", prep="in")}
    return [a for c in sentence.clauses for p in c.args("prep", prep="in") if (p.start, p.end) not in seats | venues
            if not any(p.start <= at < p.end for at in attacks or ()) for a in p.actors
            if state(a.code) and a.sector in PLACE_SECTORS]


def _outermost(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The spans (start, end, code) that no other span of the same code holds, found in one sorted
    pass (comparing each with every other made a fuzzed line naming one state thousands of times
    quadratic): in the order of start, the longer first, a span is held when one before it ends
    as late or later."""
    kept, reach = set(), {}
    for start, end, code in sorted(spans, key=lambda span: (span[2], span[0], -span[1])):
        if reach.get(code, -1) < end:
            kept.add((start, end, code))
        reach[code] = max(reach.get(code, -1), end)
    return kept

def _localise(source: list[Actor], target: list[Actor], in_places: list[Actor],
              home: str | None = None, scene: str | None = None,
              apart: bool = False, foreign: frozenset[str] = frozenset(),
              between: tuple[bool, bool] = (False, False),
              seats: frozenset[int] = frozenset(), anyone: bool = False,
              wide: bool = False, filed: str | None = None, own: bool = False,
              missions: frozenset[int] = frozenset(),
              governments_placed_last: bool = False) -> tuple[list[Actor], list[Actor]]:
    """Actors of unknown nationality ("die Polizei", "Dissidenten") take the country where the
    sentence places the event (``in_places``: "in der Türkei", "im Norden Syriens"), else the one state the
    sentence before placed its events in (``scene``), else the article's
    ``home`` country (see ``_home``: "Aktivisten" accusing Russia in an article about Syria are
    Syrian), else, when the other party is one state, that state's ("malische Soldaten griffen
    Dschihadisten an"); refugees and migrants facing a state (``UPROOTED_SECTORS``) only the first.

    ``apart``: the act is one between two parties (``PARTY_CODES``): an official the text names
    as the source does not take a country that makes it one government with the target ("Die
    Kanzlerin traf Macron in Paris" is no French government meeting itself); it tries the next
    country of the order above, for a government the country the article was filed in (``filed``,
    its dateline's) after its home ("Berlin – Die Bundesregierung hat vier russische Diplomaten
    ausgewiesen" in an article that names Russia most), and with none left stays unknown.

    ``between``: for the source and the target, whether the act is one done to another party
    (expel, protest to, supply, attack: see ``Coder._localise``): an unnamed official or force
    ("the diplomat", "die Armee") or an unnamed party the act implies does not take the country
    of a state the other side names by its bare name or its capital's (``_bare_state``;
    ``seats``, the ids of actors that are a capital standing for its state: "Canada expelled the
    diplomat", "Die Armee griff Syrien an"); the text does not say whose they are, so they take
    the next country or stay unknown. ``anyone``:
    so are unnamed actors of any sector (deported people: "Germany deported the men"). ``wide``:
    so is any government actor of a state on the other side, a person or a body of it ("Putin
    expelled the diplomat": see ``ABROAD_CODES``). ``own``: the act is one a state's police or army do
    to its own people (arrests, crackdowns), or a legal act of its courts or prosecutors
    ("Ein Moskauer Gericht verurteilte den Oppositionellen" in an article also about Iran): its unknown targets take that state's country before the
    article's home ("Myanmar's army launched a crackdown on the Rohingya" in a roundup mostly about the
    Philippines).

    ``foreign``: states whose troops the article says were sent abroad (``Coder._deploy``):
    fighting them does not make one theirs ("Die Soldaten griffen Dschihadisten an" after
    "Frankreich hat 3000 Soldaten nach Mali entsandt"), nor does protesting at a state's mission
    abroad (``missions``: the ids of embassies and consulates; "Protesters rallied outside the US
    embassy" are no Americans). ``governments_placed_last``: the act is one between two parties,
    whose unnamed government takes the article's country and its dateline's before the country the
    sentence places the act in."""
    if not any(a.code == "UNK" for a in source + target):
        return source, target
    places = {a.code for a in in_places} or ({scene} if scene else set())
    def countries(actor: Actor, other: list[Actor], apart: bool, own: bool = False) -> list[str]:
        states = {a.code for a in other if state(a.code) and a.code not in foreign and id(a) not in missions}
        found = [next(iter(places))] if len(places) == 1 else []
        # (also where the state acts by an unnamed body of it: "Die Regierung versucht, die
        # Flüchtlinge zu überreden" in an article about Greece is no Greek refugees)
        if actor.sector in UPROOTED_SECTORS and (states or any(
                a.code == "UNK" and (a.sector in SECURITY_SECTORS + LEGAL_SECTORS or _effective_sector(a) == "GOV")
                for a in other)):
            return found
        # (or its government, or the state by its bare name: "Managua – Kuba nahm Dutzende
        # Oppositionelle fest", "Cuba released dozens of dissidents" in an article filed elsewhere)
        if own and len(states) == 1 and all(a.sector in SECURITY_SECTORS + LEGAL_SECTORS or _effective_sector(a) == "GOV"
                                            for a in other):
            found += list(states)
        # an army or police facing rebels of one state, with no place named, is that state's
        # ("Die RSF-Miliz, die gegen die Armee kämpft" in an article filed in New York about Russia's veto)
        rebels = {a.code for a in other if a.sector == "REB" and state(a.code)}
        if actor.sector in SECURITY_SECTORS and len(rebels) == 1 and not found:
            found += list(rebels)
        # a government acting on another party is not the government of where the act is placed
        # ("Die Bundesregierung hat die Türkei zur Zurückhaltung im Norden Syriens aufgefordert")
        placed, found = (found, []) if governments_placed_last and actor.sector == "GOV" and actor.text else ([], found)
        found += [home] if home is not None else []
        found += [filed] if apart and filed is not None and filed != home and actor.sector == "GOV" else []
        found += placed
        found += [next(iter(states))] if len(states) == 1 else []
        if actor.sector == "GOV" and any(b is actor for b in other):
            # a government's partner in an act done together is not its state ("Die Bundesregierung
            # und Norwegen vereinbarten ..." is no Norwegian government agreeing with Norway); rebels
            # joined to a state's government are its ("the Sudanese government and the rebels")
            found = [c for c in found if c not in states]
        if id(actor) in told and (anyone or actor.sector in ("GOV", "MIL") or not actor.text) and actor.name is None:
            # no state expels, protests to, supplies or attacks its own officials or forces
            found = [c for c in found if not any(
                (_bare_state(b) or id(b) in seats or (wide and _effective_sector(b) == "GOV" and state(b.code)
                                                       and not b.abroad)) and b.code == c for b in other)]
        return found
    def placed(actors: list[Actor], country: str) -> list[Actor]:
        return [Actor(code=country, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                if a.code == "UNK" and not a.abroad else a for a in actors]
    def fill(actors: list[Actor], other: list[Actor], apart: bool, own: bool = False) -> list[Actor]:
        out = []
        for actor in actors:
            for country in countries(actor, other, apart, own)[:None if apart else 1] if actor.code == "UNK" and not actor.abroad else []:
                # the other side's unknown actors would take the same country
                [given] = placed([actor], country)
                if not apart or not actor.text or not any(_one_party(given, b) or (wide and b.code == given.code)
                                                          for b in placed(other, country)):
                    actor = given
                    break
            out.append(actor)
        return out
    told = {id(a) for side, done in zip((source, target), between) if done for a in side}
    return fill(source, target, apart), fill(target, source, False, own)


def _one_party(a: Actor, b: Actor) -> bool:
    """Whether two actors are one government, not two persons named apart (see
    ``_other_person``); two parties, papers or groups of one state are rivals ("Die Grünen
    kritisierten die CDU").

    Nor is an unnamed actor (``a``, the source) given the country of a state the act is aimed at
    by its bare name (``b``: "Die Gläubiger forderten Griechenland zu Reformen auf", "zahlreiche
    Politiker forderten das Königreich auf"): a state's own people and officials address its
    government or leaders, not their state by its name; the text does not say whose they are.
    (Rebels and separatists do: "Die Separatisten forderten von Kamerun die Unabhängigkeit".)"""
    if a.name is None and not a.abroad and not b.abroad and a.code == b.code and _bare_state(b) \
            and a.sector not in ARMED_SECTORS:
        return True
    return _effective_sector(a) == "GOV" and _same_party(a, b) and not (a.name and b.name and a.name != b.name)


def _bare_state(actor: Actor) -> bool:
    """A state named by its name alone ("Griechenland", "das Königreich"), no body or person of it."""
    return actor.sector is None and actor.name is None and state(actor.code)


def _mediated_parties(clause: Clause, clauses: list[Clause], source: list[Actor]) -> list[Actor]:
    """The parties to talks or a truce that a participle of mediation after their noun names
    no one for ("Russia and Ukraine held talks mediated by Germany and France", "Israel and
    Hamas agreed to a truce brokered by Egypt"): who holds or agrees to what was mediated, the
    subject of the clause the noun is in."""
    if clause.predicate.voice != "passive" or clause.parent is None or clauses[clause.parent].predicate.kind != "noun":
        return []
    noun = clauses[clause.parent]
    if noun.parent is None:
        return []
    parties = _known(_actors(clauses[noun.parent], "subject"))
    return [a for a in parties if not any(_same_party(a, b) for b in source)]


def _charges_of_detainees(index: int, clauses: list[Clause]) -> set[int]:
    """What the people an arrest takes are said to have done, in a participle after them with no
    doer of its own ("arrested two Palestinians suspected of a stabbing attack", "detained 30
    people accused of links to the PKK"), and everything under it: the reason for the arrest,
    no accusation of its own and no act the text reports."""
    arrest = clauses[index]
    held = {(p.start, p.end) for p in arrest.args("object")}
    charges = {k for k, c in enumerate(clauses)
               if c.parent == index and c.predicate.kind == "verb" and c.predicate.voice == "passive"
               and not c.args("agent") and any((p.start, p.end) in held for p in c.args("object"))}
    todo = list(charges)
    while todo:
        k = todo.pop()
        for j, c in enumerate(clauses):
            if c.parent == k and j not in charges and j != index:
                charges.add(j)
                todo.append(j)
    return charges


def _doer(clause: Clause, role: str, clauses: list[Clause],
          hostile: Callable[[Clause], bool] = lambda c: False, compounds: bool = True) -> list[Actor]:
    """Who did the act a phrase of ``role`` names, told by a participle after it ("an
    investigation into crimes committed by Croat forces", "protested against the raids carried
    out by Israel"): the agent of a passive clause of the phrase's own words; or the state a
    compound before the act noun names ("protestierte gegen US-Waffenlieferungen an Taiwan"), or the
    international body one names before a hostile measure (``hostile``: "Beschwerde gegen die
    EU-Zölle", "protestierte gegen die Nato-Manöver"; not "gegen den EU-Beitritt", which the body
    does not do); ``compounds``: whether a compound's owner counts at all."""
    phrases = clause.args("prep", "agent", prep=role[5:]) if role.startswith("prep:") else clause.args(role)
    spans = {(p.start, p.end) for p in phrases}
    for other in clauses:
        if other is clause or other.predicate.kind != "verb" or other.predicate.voice != "passive":
            continue
        if any((p.start, p.end) in spans for p in other.args("object")):
            agents = _known(_actors(other, "agent"))
            if agents:
                return agents
    if not compounds:
        return []
    return _compound_owners([p for p in phrases if p.tokens], [c for c in clauses if c is not clause], hostile)


def _compound_owners(parts: list[Phrase], clauses: list[Clause],
                     hostile: Callable[[Clause], bool] = lambda c: False) -> list[Actor]:
    """The states that a compound before a noun heading one of ``parts`` names as its owner, the
    possessor the front-end gives that noun's clause ("US-Produkte", "US-Waffenlieferungen"); and
    the international bodies, where ``hostile`` holds for that noun's clause ("EU-Sanktionen")."""
    found: list[Actor] = []
    for noun in clauses:
        if noun.predicate.kind != "noun" or not noun.predicate.tokens:
            continue
        for part in parts:
            if part.start <= noun.predicate.tokens[0].start < part.end:
                found += [a for p in noun.args("possessor") if not p.pronoun and p.start >= part.start
                          and p.end <= part.end for a in _known(p.actors)
                          if state(a.code) or (a.code.startswith("IGO:") and hostile(noun))]
    return found


def _squeezed(text: str) -> str:
    """A word or phrase in lower case without spaces and hyphens, ß written ss ("Tear-gas" and
    "tear gas" are "teargas", "Gummigeschoß" is "gummigeschoss")."""
    return text.lower().replace(" ", "").replace("-", "").replace("ß", "ss")


def _asks_no_other_state(event: Event, answering: list[Actor]) -> bool:
    """Whether a request names no state but its maker's as the one asked or the one it is about
    ("Die Türkei forderte die Auslieferung Gülens": a Turk, no one asked), and ``answering`` are
    of another known state (a request made of a union at home is not the government's to
    answer, nor one of unknown country's)."""
    own = {a.code for a in event.source}
    return bool(event.target) and all(t.code in own for t in event.target) and all(state(c) for c in own) \
        and bool(answering) and all(state(a.code) and a.code not in own for a in answering)


def _answered(source: list[Actor], here: list[Event], before: list[Event]) -> list[Actor]:
    """Who made the last act aimed at ``source`` (or a request made of the troops, police or
    officials its government commands, ``_commands``), in its own sentence before it or in the
    sentence before: whom a rejection or criticism that names no one answers. Only an act by
    another party, said to have been done or said (not one that might be); an offer or a promise
    (``OFFER_CODES``), told as what is intended, was made ("Washington bot Pjöngjang Gespräche an.
    Nordkorea lehnte ab")."""
    for event in [*reversed(here), *reversed(before)]:
        if event.modality not in ("asserted", "reported") and not (
                event.modality == "intent" and event.cameo.startswith(OFFER_CODES)):
            continue
        # (a request made of a state's troops or police its government answers: "The UN envoy asked
        # the generals to let her visit, but the junta refused")
        if any(_same_party(t, s) or (event.cameo.startswith(REQUEST_ACT_CODES) and _commands(s, t))
               for t in event.target for s in source) and \
                not any(_same_party(a, s) for a in event.source for s in source):
            return [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name)
                    for a in event.source]
    return []


def _uprooted(sentence: Sentence) -> list[Actor]:
    """The refugees and migrants (``UPROOTED_SECTORS``) of no known country a sentence names as the
    subject or object of a clause."""
    return [a for c in sentence.clauses for p in c.arguments if p.role in ("subject", "object")
            for a in p.actors if a.sector in UPROOTED_SECTORS and a.code == "UNK"]


def _protesters(events: list[Event]) -> list[Actor]:
    """The civilians of the state where the last protest among ``events`` was made by people
    outside its government (asserted or reported, not planned): whom crowd control is used on."""
    for event in reversed(events):
        if event.plover != "PROTEST" or event.modality not in ("asserted", "reported") or \
                not _nongovernmental(event.source):
            continue
        codes = dict.fromkeys(a.code for a in event.source if state(a.code))
        if codes:
            return [Actor(code=code, sector="CVL", text="", start=event.trigger_start, end=event.trigger_start)
                    for code in codes]
    return []


# the bodies and offices named by their noun alone whose country a demand on them takes from the
# speaker or the article ("Corbyn said the government must resign"; ``Coder._deontic``)
OBLIGED_BODY_SECTORS = ("GOV", "LEG", "JUD", "PTY", "OPP")
# ... and the people a governing verb tells what they must do ("told residents to stay indoors")
ADDRESSED_PEOPLE_SECTORS = ("CVL", "REF")
# the codes of a warning or an encouragement whose object is told what it must do by a dependent
# clause: the demand of that clause instead (``Coder._admonished``)
ADMONITION_CODES = THREATENING_CODES + SUPPORT_CODES


def _same_party(a: Actor, b: Actor) -> bool:
    """The same actor: IGO:UN and IGO:UN/GOV are one party; MOZ/GOV and MOZ/REB are two, and
    so are police and protesters of unknown origin. A state named bare acts as its government.
    An actor said to be from abroad ("viele Länder") is not one of unknown origin named beside it
    ("die Regierung")."""
    if a.code != b.code or a.abroad != b.abroad:
        return False
    sa, sb = (_effective_sector(x) for x in (a, b))
    return sa == sb or sa is None or sb is None


def _commands(ruler: Actor, actor: Actor) -> bool:
    """Whether ``ruler``, a state's government (or the state named bare), commands ``actor``, its
    troops, police or government of that state (COMMANDED_SECTORS)."""
    return ruler.code == actor.code and ruler.abroad == actor.abroad and len(ruler.code) == 3 \
        and ruler.code != "UNK" and _effective_sector(ruler) == "GOV" and _effective_sector(actor) in COMMANDED_SECTORS


def _unnamed_of_sector(unnamed: Actor, actor: Actor) -> bool:
    """Whether ``unnamed``, a body of no country named yet ("the government", "die Regierung", whose
    country the article gives later), is of the sector of ``actor``, a state's: the one a request
    made of that state's government asked ("The HDP demanded an inquiry. The government rejected
    the demand")."""
    return unnamed.code == "UNK" and unnamed.sector is not None and len(actor.code) == 3 \
        and actor.code != "UNK" and _effective_sector(actor) == unnamed.sector


def _rival_party(actor: Actor, source: list[Actor]) -> bool:
    """Whether a party named by its name is another than the parties of the source, also of the
    same state ("The AKP agreed to form a coalition with the MHP": two parties of Turkey, not one)."""
    return actor.name is not None and actor.sector in PARTY_SECTORS and bool(source) and all(
        b.name is not None and b.name != actor.name and b.sector in PARTY_SECTORS for b in source)


def _rival_groups(a: Actor, b: Actor, code: str = "") -> bool:
    """Two armed groups or two parties that the text names by different words and no name, of a
    country still unknown: two sides, not one ("Rebellen griffen Dschihadisten an", "Islamists
    fought Kurdish fighters", "Labour criticised the Conservatives", "Democrats accused
    Republicans"); each takes the country of the article as any unnamed actor does. In an act of
    ``code`` that takes or frees captives (CAPTIVITY_CODES), two groups of private people too."""
    sectors = RIVAL_SECTORS + (CAPTIVE_SECTORS if code.startswith(CAPTIVITY_CODES) else ())
    return (a.code == b.code == "UNK" and a.sector == b.sector and a.sector in sectors
            and a.name is None and b.name is None and bool(a.text) and bool(b.text)
            and a.text.split()[-1].casefold() != b.text.split()[-1].casefold())   # ("the Greens", "Greens": one)


def _other_person(a: Actor, b: Actor, frame: Frame, clause: Clause) -> bool:
    """Two persons of one party, the source named in the clause: "Trump's meeting with his
    deputy attorney general Rosenstein" is a consultation inside the government, "Staatschef X
    forderte den Premier zum Rücktritt auf" a demand, where one party alone is none (a source
    taken from elsewhere, a parent clause or a pronoun, may be the wrong one). Outside meetings
    both must be persons of the dictionary: two bodies of one party ("Hisbollah", "Amal") are
    one side where a wrong reading makes them each other's targets; two parties are rivals only
    in a main clause that names the source as its subject (see ``_parties``)."""
    if not (a.name and b.name and a.name != b.name):
        return False
    holders = [p for p in clause.args("subject", "possessor") if p.start <= b.start and b.end <= p.end]
    if frame.cameo.startswith(CONSULT_CODES):
        return bool(holders)
    # outside meetings a pronoun is the source only of a main or relative clause ("Erneut
    # kritisierte er X"), not of a dependent one whose subject is taken over ("to help him oust X")
    if _parties(a, b):
        return frame.cameo.startswith(RIVALRY_CODES) and (clause.parent is None or _inverted_tag(clause)) and any(
            p.role == "subject" and not p.pronoun for p in holders)
    return _person(a) and _person(b) and bool(holders) and (
        clause.parent is None or clause.relative or not all(p.pronoun for p in holders))


def _inverted_tag(clause: Clause) -> bool:
    """A verb with its subject after it, no object of its own, that tells who said or judged what
    the clause before it says ("…“, kritisierte FPÖ-Chef Kickl")."""
    subjects = clause.args("subject")
    return clause.predicate.kind == "verb" and bool(clause.predicate.tokens) and bool(subjects) and \
        subjects[0].start > clause.predicate.tokens[0].start and not clause.args("object", "dative")


def _parties(a: Actor, b: Actor) -> bool:
    """Two political parties of one state, each named, or members of two ("Die SPD kritisierte
    die CDU", "Labour mocked the Tories", "FPÖ-Chef Kickl warf dem ÖVP-Politiker vor"): rivals,
    not one side, in what rivals do (``RIVALRY_CODES``)."""
    if not a.sector == b.sector == "PTY":
        return False
    party_a, party_b = _party(a), _party(b)
    return party_a is not None and party_b is not None and party_a != party_b


def _party(actor: Actor) -> str | None:
    """The party (an organisation of the dictionary) an actor of the party sector is or belongs
    to: itself, the one its words name ("FPÖ-Chef Herbert Kickl", "ÖVP-Politiker"), or the one
    the titles of the person's party roles name, when they name one ("FPÖ leader")."""
    book = ActorDictionary.default()
    if actor.name in book.organisations:
        return actor.name
    named = {w for w in re.split(r"[-\s]+", actor.text) if _party_name(w)}
    if len(named) == 1:
        return named.pop()
    person = book.persons.get(actor.name or "")
    if person is None or named:
        return None
    titled = {role.title.split()[0] for role in person.roles if role.sector == "PTY" and role.title}
    return titled.pop() if len(titled) == 1 and _party_name(next(iter(titled))) else None


def _party_name(word: str) -> bool:
    """Whether ``word`` is the name of a political party of the dictionary."""
    party = ActorDictionary.default().organisations.get(word)
    return party is not None and party.sector == "PTY"


def _person(actor: Actor) -> bool:
    """A person of the actor dictionary (by canonical name)."""
    return actor.name in ActorDictionary.default().persons


def _effective_sector(actor: Actor) -> str | None:
    """The sector an actor acts in: its own, or GOV for a state named bare."""
    if actor.sector is None and len(actor.code) == 3 and actor.code != "UNK" and actor.name is None:
        return "GOV"
    return actor.sector


def _fellows(source: list[Actor], target: list[Actor]) -> bool:
    """Whether the two sides share a state: a demand that one's own people leave the country is
    no expulsion (``Coder._departure``)."""
    return bool({a.code[:3] for a in source} & {a.code[:3] for a in target})


def _as_government(actors: list[Actor]) -> list[Actor]:
    """A state named as a party to an event acts through its government (CAMEO's convention)."""
    for actor in actors:
        actor.sector = _effective_sector(actor)
    return actors


def _same(actors: list[Actor], others: list[Actor]) -> bool:
    """Whether ``actors`` are ``others`` again: the same words (a subject copied into a
    dependent clause, a resolved pronoun) or, for words elsewhere, the same parties (a state
    named bare is its government: "Die USA müssten ..., sagte Carter" lays no demand on others)."""
    spans = {(a.start, a.end) for a in others}
    if all((a.start, a.end) in spans for a in actors):
        return True
    return all(any(_same_party(a, b) for b in others) for a in actors)


def _copies(actors: list[Actor]) -> list[Actor]:
    """New actors with the codes, sectors, texts, spans and names of ``actors``: another event's
    parties taken as this one's."""
    return [Actor(code=a.code, sector=a.sector, text=a.text, start=a.start, end=a.end, name=a.name) for a in actors]


def _insurgents(actors: list[Actor]) -> bool:
    """Whether the actors are all rebels of a known state ("der PKK", "der Taliban"): armed
    challengers who fight at home, not a state's forces abroad."""
    return bool(actors) and all(a.sector == "REB" and state(a.code) for a in actors)


def _once_each(actors: list[Actor]) -> list[Actor]:
    """The actors with each one named once: two phrases may name the same one ("marched in
    Algeria ... in Algiers": Algeria once, not twice)."""
    seen: set[tuple[str, str | None, str | None]] = set()
    out = []
    for a in actors:
        if (a.code, a.sector, a.name) not in seen:
            seen.add((a.code, a.sector, a.name))
            out.append(a)
    return out


def _known(actors: list[Actor]) -> list[Actor]:
    """Actors of known nationality (a bare "the troops" is no one's target)."""
    return [a for a in actors if a.code != "UNK"]


def _refused_in_dative(index: int, clauses: list[Clause]) -> list[int]:
    """The event nouns of the dative of a refusal, what it refuses, which is no act ("Die Türkei
    erteilte Verhandlungen mit Griechenland eine Absage": no talks with Greece)."""
    datives = clauses[index].args("dative")
    return [k for k, c in enumerate(clauses) if c.parent == index and c.predicate.kind == "noun" and c.predicate.tokens
            and any(p.start <= c.predicate.tokens[0].start < p.end for p in datives)]


def _refused_in_phrase(index: int, clauses: list[Clause]) -> list[int]:
    """The event nouns in a prepositional phrase of a refusal's verb ("die Unterschrift unter das
    Abkommen"), what a withheld signature or consent was for (see ``Coder._code_sentence``)."""
    phrases = clauses[index].args("prep")
    return [k for k, c in enumerate(clauses) if c.parent == index and c.predicate.kind == "noun" and c.predicate.tokens
            and any(p.start <= c.predicate.tokens[0].start < p.end for p in phrases)]


def _within_state(event: Event) -> bool:
    """Whether an event's doers and those it was done to are all of one state ("Soldiers detained
    President Bazoum": NER/MIL 173 NER/GOV), an act a state's own rulers or forces do at home."""
    codes = {a.code for a in (*event.source, *event.target)}
    return bool(event.target) and len(codes) == 1 and state(next(iter(codes)))


def _nongovernmental(source: list[Actor]) -> bool:
    """Whether the actors are all named by a sector other than government (opposition, parties,
    civilians, parliament ...), not a state named bare."""
    return bool(source) and all(a.sector not in (None, "GOV") for a in source)


def _employer(source: list[Actor]) -> list[Actor]:
    """The firm whose workers the source are, when every source is civilians that a firm of the
    dictionary names ("Boeing workers went on strike", "VW-Arbeiter streikten", "Tesla workers in
    Sweden have been on strike"): a strike or protest of theirs with no one named is aimed at their
    employer, not at the firm's government (see DOMESTIC_CODES); else none."""
    book = ActorDictionary.default()
    firms = [book.organisations.get(a.name or "") if a.sector == "CVL" else None for a in source]
    if not source or not all(f is not None and f.sector == "BUS" for f in firms):
        return []
    return [Actor(code=f.code, sector="BUS", text=a.text, start=a.start, end=a.end)
            for f, a in zip(firms, source) if f is not None]


def _own_government(source: list[Actor]) -> list[Actor]:
    """The government of the source's own country (see DOMESTIC_CODES)."""
    codes = dict.fromkeys(a.code for a in source if state(a.code))
    return [Actor(code=c, sector="GOV", text="", start=a.start, end=a.end)
            for c in codes for a in source[:1]]


def _measure_named(frame: Frame, clause: Clause) -> bool:
    """Whether a verb's object names its act, not whom it is aimed at, which only a phrase would
    name ("imposed sanctions", "verhängte Sanktionen": a frame whose targets are prepositional
    phrases, an object that names no actor): a verb that shares its subject with the one before
    it then aims the act at whom that one addressed ("ECOWAS suspended Niger and imposed
    sanctions", "suspendierte Niger und verhängte Sanktionen": sanctions on Niger), when none of
    its phrases names whom."""
    objects = clause.args("object")
    return (clause.predicate.kind == "verb" and bool(frame.target)
            and all(r.startswith("prep:") or r == "complement" for r in frame.target)
            and bool(objects) and not any(p.actors for p in objects)
            # (nor one whose phrase names a thing: "imposed tariffs on steel")
            and not any(_phrases(clause, r) for r in frame.target if r.startswith("prep:")))


def _actors(clause: Clause, role: str) -> list[Actor]:
    if role == "speaker":
        return list(clause.speaker.actors) if clause.speaker is not None else []
    return [a for p in _phrases(clause, role) for a in p.actors]


def _next_to_noun(clause: Clause, phrase: Phrase, between: tuple[str, ...] = ()) -> bool:
    """Whether a phrase of an event noun's clause follows the noun with none of its other
    phrases between them ("Kritik aus Berlin an X", not "Kritik an X aus Syrien"), but the
    genitive when ``between`` (a frame's target roles) names it the target: "die Ausweisung
    zweier Diplomaten aus Tschechien" (a prepositional target, "Flüchtlinge aus Syrien", may
    hold a phrase of its own)."""
    if not clause.predicate.tokens or not phrase.tokens:
        return False
    trigger = clause.predicate.tokens[-1].end
    return phrase.start >= trigger and not any(
        other is not phrase and other.tokens and trigger <= other.start < phrase.start
        and not (other.role == "possessor" and "possessor" in between)
        for other in clause.arguments)


def _passive_experiencer(frame: Frame, clause: Clause) -> bool:
    """Whether a frame whose doer is its object and whose target is its subject ("Russia's
    decision angered Germany") stands in the passive ("Germany was angered by Russia's decision"):
    the front-end gives the passive's subject the object role, so the doer stays, and the target
    is the agent."""
    return clause.predicate.kind == "verb" and clause.predicate.voice == "passive" \
        and "object" in frame.source and "subject" not in frame.source and "subject" in frame.target


def _phrases(clause: Clause, role: str) -> list[Phrase]:
    """The clause's phrases of a frame's role ("object", "prep:gegen"). Of a verb's two objects the
    second is what the first is named, or the first again, when it names no one known and the first
    does ("designated the TPLF a terrorist organisation", "credited the state police, the crime
    lab ..."): no phrase of the role."""
    if role.startswith("prep:"):
        return clause.args("prep", "agent", prep=role[5:])
    phrases = clause.args(role)
    if role == "object" and len(phrases) == 2 and clause.predicate.kind == "verb":
        first, second = sorted(phrases, key=lambda p: p.start)
        if _known(first.actors) and second.actors and not _known(second.actors):
            return [first]
    return phrases


def _dating_tense(clause: Clause, parent: Clause | None, modality: str) -> str:
    """The tense an event is dated by: its clause's own; an event noun's, that of the clause it
    stands in. An act counted as done whose clause is in the present under a clause in the past
    took place by the time of that clause: an infinitive ("entschieden sich, die Botschafter
    abzuziehen", "decided to recall its envoys") or a demand in reported speech ("sagte, Russland
    müsse abziehen") is as past as the deciding or the saying, so it takes the publication date
    where nothing nearer dates it. An intent stays in the present, looking ahead."""
    if clause.predicate.kind != "verb":
        return parent.predicate.tense if parent else "past"
    if clause.predicate.tense == "present" and parent is not None and parent.predicate.tense == "past" \
            and modality in ("asserted", "reported"):
        return "past"
    return clause.predicate.tense


def _confidence(clause: Clause, source: list[Actor], target: list[Actor]) -> float:
    """A rough prior: verbs over nouns, known actors over unknown ones."""
    score = 0.7 if clause.predicate.kind == "verb" else 0.55
    if any(a.code == "UNK" for a in source + target):
        score -= 0.25
    return round(score, 2)


def _text(phrase: Phrase | None) -> str | None:
    return phrase.text if phrase is not None else None




def _folded(word: str) -> str:
    """A word in lower case with ß written ss, as frame words are compared."""
    return word.lower().replace("ß", "ss")


def _heads_role(trigger: int, verb: Clause) -> str | None:
    """The role of the verb's subject or object whose head word starts at ``trigger`` (the last word
    before its attribute: "der Entwurf einer Erklärung des EU-Türkei-Gipfels" is headed by "Entwurf")."""
    return next((a.role for a in verb.args("subject", "object") if a.tokens and
                 (a.tokens[a.attribute - 1] if a.attribute else a.tokens[-1]).start == trigger), None)


def _describes(child: Clause, clause: Clause) -> bool:
    """Whether a dependent clause is a participle that describes a noun of ``clause``: a passive
    whose object is that noun ("a plan brokered by the EU", "den von der EU vermittelten Plan")."""
    spans = [(a.start, a.end) for a in clause.arguments]
    return child.predicate.voice == "passive" and any(
        s <= o.start and o.end <= e for o in child.args("object") for s, e in spans)
