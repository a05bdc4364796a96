"""Clause segmentation and the topological fields of one German clause.

A sentence is cut at commas, colons, dashes and quotation marks into pieces; a
piece without a finite verb or a zu-infinitive (an apposition, a quoted noun
phrase) is glued back to the piece before it, or, at the start, to the clause after it
(unless a colon ends it: "Neuer Ärger für Ankara: Die EU kritisierte ..."). Each piece is typed: a main clause
(finite verb in second or first position) or a subordinate clause (introduced
by a conjunction, a relative or interrogative pronoun, or "um/ohne ... zu"),
whose finite verb stands last.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from chronist.lang.de.lexicon import lexicon
from chronist.lang.de.tag import participle_lemma
from chronist.model import Token

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
NONFINITE = {"VVINF", "VVPP", "VVIZU", "VAINF", "VAPP", "VMINF", "VMPP"}
VERBAL = FINITE | NONFINITE | {"PTKVZ", "PTKZU"}
_BOUNDARIES = {"$,", "$(", "$."}
_DASHES = set("-–—()[]:;")
# what closes a main clause at its right bracket: a separable particle, a participle or an infinitive
_CLOSING_BRACKET = {"PTKVZ", "VVPP", "VVINF", "VAPP", "VAINF", "VMINF", "VMPP"}
QUOTES = set("«»„“”\"'‚‘’")
_QUOTE_MARKS = set("«»„“”\"‚‘")      # not the apostrophes
_SUBORDINATORS = {"KOUS": "sub", "KOUI": "inf", "PRELS": "rel", "PRELAT": "rel",
                  "PWAV": "wh", "PWS": "wh", "PWAT": "wh"}


@dataclass(slots=True)
class Piece:
    tokens: list[Token]
    kind: str = "main"        # main, sub, rel, wh, inf; stub, tail, ellipsis: verbless
    finite: int | None = None # index of the finite verb in tokens
    antecedent: int | None = None   # for rel: index of the piece whose last phrase it modifies
    antecedent_end: int | None = None   # ... among that piece's first tokens only (an interrupted clause's start)
    antecedent_number: str | None = None    # for rel: "sg" or "pl" where the antecedent's form tells
    glued: list[int] = field(default_factory=list)
    coordinated: bool = False        # follows "und"/"aber" after another clause
    lead_in: list[Token] = field(default_factory=list)  # a headline's verbless words before its colon
    negated: bool = False            # opened by a negating preposition before its conjunction ("ohne dass")


def _is_boundary(token: Token) -> bool:
    # an en or em dash is punctuation whatever the tagger made of it (it tags "–" as a foreign
    # word now and then: "Russland – Türkei droht Kurden")
    return token.pos == "$," or token.text in "–—" or (token.pos in _BOUNDARIES and token.text in _DASHES)


def _colon_before_quote(tokens: list[Token], i: int) -> bool:
    """A colon before a quotation mark is a boundary whatever its tag (before "„" the tagger
    tags it as a bracket, "$": 'sagte am Montag: „Wir fordern Brüssel auf' was one clause of
    "aufsagen"). Not every colon so tagged: an interview's 'Poposki: 100 Beamte ...' then
    read its next sentence's pronoun wrongly (unseen de-other L28)."""
    return tokens[i].text == ":" and i + 1 < len(tokens) and tokens[i + 1].text in _QUOTE_MARKS


def _quoted_end(token: Token, quoted: bool) -> bool:
    """A full stop, question or exclamation mark inside a quotation ends one of its sentences,
    which the splitter keeps whole ('sagte: „Die Sanktionen schaden Europa. Wir fordern Brüssel
    auf“' was one clause of "aufschaden"); outside quotation marks a dot the splitter left inside
    a sentence is no end (a link, a tweet's text)."""
    return quoted and token.pos == "$." and token.text in (".", "!", "?")


def _repeats(tokens: list[Token], i: int) -> bool:
    """A comma between an adverb or adjective and the same word again ("sehr, sehr", "nie, nie
    wieder"); not between two verbs ("..., der geleitet habe, habe zugestimmt": two clauses)."""
    return (tokens[i].text == "," and 0 < i < len(tokens) - 1
            and tokens[i - 1].text.lower() == tokens[i + 1].text.lower()
            and tokens[i - 1].pos in ("ADV", "ADJD", "ADJA", "PTKNEG"))


def _repair_final_verb(tokens: list[Token]) -> None:
    """"..., weil die Umgebung den Kindern gefällt": a present tense in ge- that the tagger
    took for a participle; in a clause opened by a conjunction, a relative pronoun (after its
    preposition: "mit dem die Regierung verhandelt") or a question word with no other verb it is finite."""
    if len(tokens) < 3:
        return
    opener = tokens[1] if tokens[0].pos in ("APPR", "APPRART") else tokens[0]
    if opener.pos in ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS") and tokens[-1].pos == "VVPP" \
            and not any(t.pos in FINITE or t.pos.startswith("VA") for t in tokens):
        tokens[-1].pos = "VVFIN"


def _repair_second_verb(tokens: list[Token]) -> None:
    """"In Hebron erschossen Soldaten eine Frau": a strong verb's past plural has the form of
    its participle; in a main clause with no other verb, after its first phrase and before a
    noun, it is the finite verb. (A headline's participle stands last: "Zwei Männer erschossen".)"""
    if not tokens or tokens[0].pos in _SUBORDINATORS or tokens[0].text.lower() in ("um", "ohne") \
            or any(t.pos in FINITE or t.pos.startswith(("VA", "VM")) for t in tokens):
        return
    found = [k for k, t in enumerate(tokens) if t.pos == "VVPP"]
    if len(found) != 1:
        return
    k = found[0]
    if 0 < k < len(tokens) - 1 and tokens[k].text.endswith("en") and tokens[k - 1].pos != "PTKZU" \
            and any(t.pos in ("NN", "NE") for t in tokens[k + 1:]):
        tokens[k].pos = "VVFIN"


_NOT_AFTER_ADJECTIVE = {"ART", "PPOSAT", "PDAT", "PIAT", "PPER", "PRF", "NE", "CARD"}
# the determiners that open an extended attribute when a preposition follows them ("die [von
# Russland] unterstützte Regierung", "keine [an Bedingungen] geknüpfte Hilfe")
_DETERMINERS = {"ART", "PDAT", "PIAT", "PPOSAT"}
# the words of the phrase of a preposition inside an extended attribute, between the preposition
# and the participle ("die von den USA angeführte", "die seit Jahren von Russland massiv unterstützte")
_ATTRIBUTE_PHRASE = {"NN", "NE", "ART", "ADJA", "ADJD", "ADV", "CARD", "PPOSAT", "APPR", "APPRART", "KON", "TRUNC"}


def _attribute_ends(tokens: list[Token]) -> set[int]:
    """Where the extended attributes of a piece end: the participle after the phrase of the
    preposition that follows a determiner and before the noun it describes ("Die von den USA
    angeführte Koalition", "mit der seit Jahren von Russland unterstützten Miliz"), the first word
    after that phrase's noun that stands before a noun or an adjective."""
    ends = set()
    for d in range(len(tokens) - 3):
        if tokens[d].pos not in _DETERMINERS or tokens[d + 1].pos not in ("APPR", "APPRART"):
            continue
        noun = False
        for j in range(d + 2, len(tokens) - 1):
            if noun and tokens[j].pos in ("ADJA", "VVFIN") and tokens[j + 1].pos in ("NN", "ADJA") \
                    and tokens[j - 1].pos in ("NN", "NE", "ADV", "ADJD"):   # not "von Russland und [weiteren] Staaten"
                ends.add(j)
                break
            if tokens[j].pos in ("NN", "NE"):
                noun = True
            elif tokens[j].pos not in _ATTRIBUTE_PHRASE:
                break
    return ends


def _repair_attribute_verb(tokens: list[Token]) -> None:
    """"Die von Russland unterstützte Regierung in Minsk wies die Vorwürfe zurück": a weak
    participle in -te that ends an extended attribute, opened by a determiner and a preposition,
    and stands before its noun, is that noun's adjective, though the tagger took it for the past
    tense ("zurückunterstützen" was the clause's verb)."""
    for k in _attribute_ends(tokens):
        word = tokens[k]
        if word.pos != "VVFIN" or not word.text.endswith(("te", "ten")) or participle_lemma(word.text) is None:
            continue
        word.pos, word.lemma = "ADJA", word.text[:-1] if word.text.endswith("te") else word.text[:-2]


def _repair_weak_past(tokens: list[Token]) -> None:
    """"Russland verstärkte seine Angriffe", "Landwirte organisierten Proteste": a weak verb's
    past has the form of an adjective from its participle, and the tagger took it for one (or,
    in lower case, for a noun: "Soldaten aus Myanmar misshandelten Fischer"); in a
    main clause with no other verb, right after a noun or a name and before a determiner, a
    pronoun or a name (an adjective never stands before its determiner), or before an adjective
    or a noun after a word that is no genitive in -s ("Russlands verstärkte Angriffe" is a noun
    phrase), it is the finite verb; not after a preposition's noun ("der mit Al-Qaida
    verbündeten Front", "einer zum Lager umfunktionierten Schule" are extended attributes)."""
    if not tokens or tokens[0].pos in _SUBORDINATORS or tokens[0].text.lower() in ("um", "ohne") \
            or any(t.pos in FINITE or t.pos in NONFINITE for t in tokens):
        return
    attributes = _attribute_ends(tokens)
    for k in range(1, len(tokens) - 1):
        word, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
        tagged = word.pos == "ADJA" or (word.pos == "NN" and word.text[0].islower())   # a noun in lower case is none
        if not tagged or not word.text.endswith(("te", "ten")) or before.pos not in ("NN", "NE"):
            continue
        if k in attributes:
            continue                    # "der mit Al-Qaida verbündeten Front": an extended attribute
        run = k - 1                     # the nouns and names before it
        while run > 0 and tokens[run - 1].pos in ("NN", "NE"):
            run -= 1
        if run > 0 and tokens[run - 1].pos in ("APPR", "APPRART") and (run < 2 or tokens[run - 2].pos not in ("NN", "NE")):
            return                      # "in von Rebellen kontrollierten Gebieten": an attribute with no determiner
        noun_after = after.pos == "NN" or (after.pos == "ADJA" and after.text[0].islower())
        if after.pos in _NOT_AFTER_ADJECTIVE or (noun_after and not _genitive(tokens, k - 1)):
            lemma = participle_lemma(word.text)
            if lemma is not None:
                word.pos, word.lemma = "VVFIN", lemma
            return


def _genitive(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` may be a genitive in -s before a noun phrase ("Russlands
    verstärkte Angriffe", "des Landes verstärkte Angriffe"): a name in -s, or a noun in -s after
    a genitive article; a plural in -s after an adjective or at the start is none ("Israelische
    Kampfjets bombardierten Ziele")."""
    word = tokens[i]
    if not word.text.endswith("s"):
        return False
    if word.pos == "NE":
        return True
    return i > 0 and tokens[i - 1].text.lower() in ("des", "eines", "dieses", "jenes")


def _has_zu_infinitive(tokens: list[Token]) -> bool:
    return any(t.pos == "VVIZU" for t in tokens) or (
        any(t.pos == "PTKZU" for t in tokens) and any(t.pos in ("VVINF", "VAINF") for t in tokens))


def _has_verb(tokens: list[Token]) -> bool:
    return any(t.pos in FINITE for t in tokens) or _has_zu_infinitive(tokens)


def _full_verb_only(tokens: list[Token]) -> bool:
    """Whether a main clause's verbs are one finite full verb and nothing else, so that it waits
    for no participle, infinitive or particle to close it ("Macron traf Merkel"; not "Macron hat
    Merkel", "Macron wird Merkel")."""
    verbs = [t for t in tokens if t.pos in VERBAL]
    return len(verbs) == 1 and verbs[0].pos == "VVFIN"


_RIGHT_BRACKET = {"VVPP", "VVINF", "VAPP", "VAINF", "VMINF", "VMPP", "PTKVZ", "PTKZU", "VVIZU"}
_CLAUSE_CONJUNCTIONS = {"und", "aber", "oder", "sondern", "denn", "doch", "jedoch"}


def _split_coordination(tokens: list[Token]) -> list[list[Token]]:
    """"Die Mutter ist krank und er kam sofort": two clauses, each with its finite verb.
    (A loop, not recursion: a text may coordinate thousands of clauses. The verbs and
    conjunctions are counted once, so a line of thousands of them costs in proportion to
    its length.)"""
    n = len(tokens)
    finite = [k for k, t in enumerate(tokens) if t.pos in FINITE]
    if not finite:
        return _split_infinitives(tokens)
    bracket_before = [0] * (n + 1)    # right-bracket verbs among tokens[:k]
    aux_before = [0] * (n + 1)        # finite auxiliaries and modals among tokens[:k]
    for k, t in enumerate(tokens):
        bracket_before[k + 1] = bracket_before[k] + (t.pos in _RIGHT_BRACKET)
        aux_before[k + 1] = aux_before[k] + (t.pos in ("VAFIN", "VMFIN"))
    # where a clause may end: a conjunction with a finite verb after it (and one before it,
    # from the piece's start: see below)
    conj = [i for i, t in enumerate(tokens) if t.pos == "KON" and t.text.lower() in _CLAUSE_CONJUNCTIONS
            and 0 < i < n - 1 and i < finite[-1]]
    bracketed: list[int | None] = [None] * (len(conj) + 1)   # the first cut from here after a closed bracket
    for k in range(len(conj) - 1, -1, -1):
        bracketed[k] = conj[k] if tokens[conj[k] - 1].pos in _RIGHT_BRACKET else bracketed[k + 1]

    def cut(start: int, first: int, later: int | None) -> int:
        """The first cut, unless the verbs of its left side still wait for their participle
        or infinitive and a later cut comes right after one: "wurden die Verhandlungen zwischen
        London und der EU weitergeführt und Entscheidungen werden erwartet" is cut at the
        second "und"."""
        if bracket_before[first] > bracket_before[start]:
            return first
        if aux_before[first] == aux_before[start]:
            # a separable verb's particle closes the left side after a list: "nahm zehn Männer
            # und drei Frauen fest und beschlagnahmte Waffen" is cut after "fest"
            if later is not None and tokens[later - 1].pos == "PTKVZ" \
                    and bisect.bisect_left(finite, later) == bisect.bisect_left(finite, first):
                return later
            return first
        return later if later is not None else first

    out: list[list[Token]] = []
    start = 0
    if tokens[0].pos in _SUBORDINATORS or tokens[0].text.lower() in ("um", "ohne"):
        # a subordinate clause is cut only where the main clause goes on after it
        cuts = [i for i in conj if i > finite[0] and (_back_to_main(tokens, i) or _listed_verb_final(tokens, i))]
        if not cuts:
            return [tokens]
        later = next((j for j in cuts[1:] if tokens[j - 1].pos in _RIGHT_BRACKET), None)
        start = cut(0, cuts[0], later)
        out.append(tokens[:start])
    else:
        # an infinitive clause ends at a conjunction after its zu-infinitive when a clause with
        # its own finite verb follows ("[drohte,] jede Maßnahme der USA zu beantworten und es ist
        # unwahrscheinlich, dass ...", "Sanktionen zu verhängen und Moskau reagierte empört")
        first = next((i for i in conj if i < finite[0] and _ends_infinitive(tokens, i)
                      and not any(u.pos in ("PTKZU", "VVIZU") for u in tokens[i + 1:finite[0]])), None)
        if first is not None:
            out.append(tokens[:first])
            start = first
    while True:                       # each piece opens with its conjunction
        after = bisect.bisect_left(finite, start)
        if after == len(finite):
            break
        k = bisect.bisect_right(conj, finite[after])
        if k == len(conj):
            break
        if after + 1 < len(finite):
            # a conjunction right before the next finite verb is where a clause that shares
            # its subject begins; one before it joins two of the left clause's words ("traf
            # Macron und Putin und forderte ...", "telefonierte mit A und B und rief ... auf")
            m = bisect.bisect_left(conj, finite[after + 1]) - 1
            if m > k and conj[m] + 1 == finite[after + 1]:
                k = m
        end = cut(start, conj[k], bracketed[k + 1])
        out.append(tokens[start:end])
        start = end
    out.append(tokens[start:])
    return out


def _split_infinitives(tokens: list[Token]) -> list[list[Token]]:
    """"um die Senatoren anzurufen und diese davon zu überzeugen": two infinitive clauses of
    purpose, cut before a conjunction that follows a zu-infinitive ("anzurufen", "zu treffen")
    when another zu-infinitive comes after it; "um Frieden und Stabilität zu schaffen" is one.
    Only after "um" (lexicon purpose_openers): the infinitives a verb governs ("drohte,
    Sanktionen zu verhängen und die Gespräche abzubrechen") are together what it says."""
    out: list[list[Token]] = []
    start = 0
    for i in range(1, len(tokens) - 1):
        t = tokens[i]
        if t.pos != "KON" or t.text.lower() not in _CLAUSE_CONJUNCTIONS or not _ends_infinitive(tokens, i):
            continue
        if any(u.pos in ("PTKZU", "VVIZU") for u in tokens[i + 1:]):
            out.append(tokens[start:i])
            start = i
    out.append(tokens[start:])
    return out


def _ends_infinitive(tokens: list[Token], i: int) -> bool:
    """Whether the words before ``tokens[i]`` end in a zu-infinitive ("anzurufen", "zu treffen")."""
    before = tokens[i - 1]
    return before.pos == "VVIZU" or (before.pos in ("VVINF", "VAINF") and i >= 2 and tokens[i - 2].pos == "PTKZU")


def _listed_verb_final(tokens: list[Token], i: int) -> bool:
    """"weil Russland die Ukraine bombardiert hatte und die Armee Kiew beschoss": after the final
    verb of a subordinate clause, "und" and a clause of its own subject with its verb last go on
    with the subordinate clause's list (see ``_listed_subordinate``), not with its last verb."""
    right = tokens[i + 1:]
    return tokens[i - 1].pos in FINITE and len(right) >= 3 and right[-1].pos in FINITE \
        and not any(t.pos in FINITE for t in right[:-1]) and _phrases_before_verbs(right) >= 2


def _phrases_before_verbs(part: list[Token]) -> int:
    """How many phrases come before the verbs that end ``part``: a head word each (a noun, a name,
    a pronoun), names in a row one phrase ("Wladimir Putin")."""
    cluster = len(part)
    while cluster > 0 and part[cluster - 1].pos in VERBAL:
        cluster -= 1
    heads = [k for k, t in enumerate(part[:cluster]) if t.pos in ("NN", "NE", "PPER", "PIS", "PDS")]
    return len([k for k in heads if k == 0 or not (part[k].pos == "NE" and part[k - 1].pos == "NE")])


def _back_to_main(tokens: list[Token], i: int) -> bool:
    """"dass es bereit sei und bittet um Hilfe": after the final verb of a subordinate clause,
    "und" and a finite verb go on with the main clause, whose subject they share."""
    return tokens[i - 1].pos in FINITE and tokens[i + 1].pos in FINITE


def _split_subordinate(tokens: list[Token]) -> list[list[Token]]:
    """A subordinate clause the writer did not set off with a comma ("..., auch wenn die Preise
    teuer waren", "Wer zusieht wie der Chef ... macht"): cut before its conjunction when both
    sides have a finite verb."""
    out: list[list[Token]] = []
    if (cut := _end_of_opening_subordinate(tokens)) is not None:
        out.append(tokens[:cut])
        tokens = tokens[cut:]
    while True:
        for i, token in enumerate(tokens):
            if i > 0 and token.pos == "KOUS":
                left, right = tokens[:i], tokens[i:]
                if any(t.pos in FINITE for t in left) and any(t.pos in FINITE for t in right):
                    out.append(left)
                    tokens = right
                    break
        else:
            out.append(tokens)
            return out


def _end_of_opening_subordinate(tokens: list[Token]) -> int | None:
    """Where a subordinate clause that opens the words ends when the writer left out its comma
    ("Wie am Freitag bekannt wurde hat die Justiz ... genommen", "Nachdem die Armee abgezogen war
    griffen Rebellen die Stadt an", "Wie die Agentur meldete hat ..."): after its finite verb, the
    last word of a clause with its verb last, when the next word is the main clause's finite
    verb. None when there is no such place (two finite verbs side by side cannot be one clause's,
    but an infinitive the tagger took for finite, spelt as its lemma, may stand before its modal:
    "dass sie abziehen müssen")."""
    if len(tokens) < 4 or tokens[0].pos not in ("KOUS", "PWAV"):
        return None
    for i in range(2, len(tokens) - 1):
        first = tokens[i - 1]
        if tokens[i].pos in FINITE and (first.pos in ("VAFIN", "VMFIN") or
                                        first.pos == "VVFIN" and first.text.lower() != first.lemma.lower()):
            return i
    return None


def _is_ellipsis(tokens: list[Token], previous: "Piece | None") -> bool:
    """"Trump hatte ... gestellt, dies aber nicht konkretisiert": a participle clause sharing the auxiliary."""
    if previous is None or previous.kind != "main" or not any(t.pos in ("VVPP", "VVINF") for t in tokens):
        return False
    return any(t.pos in ("VAFIN", "VMFIN") for t in previous.tokens) and tokens[0].pos not in (
        "ART", "APPR", "APPRART", "KOUS", "KOKOM", "PWAV", "PRELS")


def _ellipsis_host(out: list["Piece"], part: list[Token]) -> "Piece | None":
    """The clause whose auxiliary a verbless piece may share: the piece before it, or after an
    infinitive or subordinate clause the main clause before it, when the piece is joined by a
    conjunction and that clause's bracket is closed ("Seoul hat angekündigt, den Pakt aufzukündigen,
    und damit den Streit verschärft": "verschärft" shares "hat", not the infinitive's words; "...
    würden weiterkämpfen, bis Tripolis befreit sei, und damit Aufrufe zurückgewiesen")."""
    if not out:
        return None
    if out[-1].kind not in ("inf", "sub") or part[0].pos != "KON" or part[0].text.lower() not in _CLAUSE_CONJUNCTIONS:
        return out[-1]
    main = next((p for p in reversed(out) if p.kind == "main"), None)
    return main if main is not None and not _bracket_open(main.tokens) else out[-1]


def _bracket_open(tokens: list[Token]) -> bool:
    """A main clause with an auxiliary or modal and no verb after it to close its bracket yet."""
    aux = next((i for i, t in enumerate(tokens) if t.pos in ("VAFIN", "VMFIN")), None)
    return aux is not None and not any(t.pos in _RIGHT_BRACKET for t in tokens[aux + 1:])


def _finite_index(tokens: list[Token], kind: str) -> int | None:
    idx = [i for i, t in enumerate(tokens) if t.pos in FINITE]
    if not idx:
        return None
    return idx[0] if kind == "main" else idx[-1]


_RELATIVE_FORMS = {"der", "die", "das", "dem", "den", "denen", "dessen", "deren"}


def _verb_final_relative(tokens: list[Token]) -> bool:
    """After a comma, a d-word opening a clause whose finite verb comes last is a relative
    pronoun the tagger took for an article."""
    return (tokens[0].text.lower() in _RELATIVE_FORMS and len(tokens) > 2
            and tokens[-1].pos in FINITE and tokens[1].pos not in FINITE)


def _listed_subordinate(out: list["Piece"], part: list[Token], mark: Token | None, coordinated: bool) -> Token | None:
    """The conjunction of the subordinate clause just before, when ``part`` goes on its list: it
    follows a comma or "und"/"oder", has no conjunction or relative word of its own, and its
    finite verb comes last after two phrases ("..., die Armee Kiew bombardiere", "und die Armee
    Kiew beschossen hatte"), which no main clause has."""
    if not out or out[-1].kind != "sub" or not out[-1].tokens or out[-1].tokens[0].pos != "KOUS":
        return None
    if not (coordinated or (mark is not None and mark.text == ",")) or len(part) < 3:
        return None
    if part[-1].pos not in FINITE or any(t.pos in FINITE for t in part[:-1]) or part[0].pos in VERBAL \
            or part[0].pos in _SUBORDINATORS or part[0].pos in ("PRELS", "PRELAT", "PWS", "PWAV", "KOUI", "APPR", "APPRART"):
        return None
    if part[0].text.lower() in _RELATIVE_FORMS and part[1].pos not in ("NN", "NE", "ADJA"):
        return None       # "..., die dort lebten": a relative clause
    if _phrases_before_verbs(part) < 2:
        # "..., die Nato reagiere": one phrase before its verb may be a main clause, or the
        # object of a verb that shares the subject ("und Polen bedroht habe")
        return None
    return out[-1].tokens[0]


def _said_subject(before: list[Token], part: list[Token]) -> bool:
    """Whether ``part`` is the start of what a speech verb just before its comma says, not a
    relative clause: an article, its noun and the finite verb of the reported clause that an
    infinitive clause goes on ("Israel erklärte, der Iran versuche, sich ... festzusetzen")."""
    last = before[-1] if before else None
    return (last is not None and last.pos in FINITE and last.lemma.lower() in lexicon().speech_verbs
            and len(part) == 3 and part[1].pos in ("NN", "NE"))


def _plural_present_last(tokens: list[Token]) -> bool:
    """A clause with no finite verb and no "zu" that ends in an infinitive form: in a
    relative clause that form is the plural present ("..., die in Syrien dienen"), which the
    tagger takes for an infinitive now and then."""
    return (len(tokens) > 2 and tokens[-1].pos in ("VVINF", "VAINF", "VMINF")
            and not any(t.pos in FINITE or t.pos in ("PTKZU", "VVIZU") for t in tokens))


def _present_as_participle(tokens: list[Token]) -> bool:
    """A clause with no other verb that ends in a participle with the form of its infinitive
    ("unterhalten", "erhalten", "vertreten"): after a relative pronoun that form is the plural
    present, which the tagger takes for the participle now and then."""
    last = tokens[-1]
    return (len(tokens) > 2 and last.pos == "VVPP" and last.text.lower() == last.lemma.lower()
            and not any(t.pos in VERBAL or t.pos in ("PTKZU", "VVIZU") for t in tokens[:-1]))


def _classify(tokens: list[Token]) -> str:
    first = tokens[0]
    both = lexicon().conjunction_prepositions
    verb_last = len(tokens) > 3 and tokens[-1].pos in FINITE and not any(t.pos in FINITE for t in tokens[1:-1])
    if first.pos == "KOUS" and first.text.lower() in both and len(tokens) > 1 \
            and tokens[1].pos in ("ART", "PPOSAT", "PDAT", "CARD") and not verb_last:
        # "Während des Besuchs ...": a preposition, not a conjunction ("..., während die USA den
        # Rücktritt begrüßten" is a clause with its verb last)
        first.pos = "APPR"
    elif first.pos in ("APPR", "APPRART") and first.text.lower() in both and verb_last:
        first.pos = "KOUS"          # "Seit Russland die Ukraine überfallen hat, ...": a clause with its verb last
    if first.text.lower() == "als" and first.pos != "KOUS" and len(tokens) > 2 and tokens[-1].pos in FINITE \
            and not any(t.pos in FINITE for t in tokens[1:-1]):
        first.pos = "KOUS"          # "..., als sich die Marine weigerte": a clause with its verb last
    kind = _SUBORDINATORS.get(first.pos)
    if kind is None and first.pos in ("APPR", "APPRART") and len(tokens) > 1 and tokens[1].pos in ("PRELS", "PRELAT", "PWS"):
        kind = "rel" if tokens[1].pos != "PWS" else "wh"
    if kind in ("rel", "wh"):
        # "die USA und Nordkorea sollten direkt kommunizieren": an article tagged as a
        # relative pronoun; a relative clause has its finite verb last.
        fin = _finite_index(tokens, "sub")
        if fin is None:
            if first.pos == "PRELS":
                first.pos = "ART"     # "..., die erbeuteten Waffen zurückzugeben": an infinitive
            return "inf"
        if fin is not None and any(t.pos not in VERBAL and t.pos != "PTKNEG" for t in tokens[fin + 1:]):
            if first.pos == "PRELS":
                first.pos = "ART"
            return "main"
    if kind is None and _finite_index(tokens, "main") is None:
        return "inf"          # "..., die Konfrontation durch einen Gipfel zu beenden"
    return kind or "main"


def pieces(tokens: list[Token]) -> list[Piece]:
    """The clause pieces of a sentence's tokens (punctuation dropped)."""
    raw: list[list[Token]] = [[]]
    marks: dict[int, Token] = {}       # id of a part's first token → the boundary before it
    after_colon: set[int] = set()      # the parts a colon opens
    after_dash: set[int] = set()       # the parts an en or em dash opens
    quoted = False                     # inside quotation marks (each one opens or closes)
    for i, token in enumerate(tokens):
        if _repeats(tokens, i):
            continue                    # "als sehr, sehr ernsthafte Bedrohung": emphasis, no boundary
        if token.text in _QUOTE_MARKS:
            quoted = not quoted
        if _is_boundary(token) or _quoted_end(token, quoted) or _colon_before_quote(tokens, i):
            if raw[-1]:
                raw.append([])
            if token.text in (",", "("):
                marks[len(raw) - 1] = token
            if token.text == ":":
                after_colon.add(len(raw) - 1)
            if token.text in "–—":
                after_dash.add(len(raw) - 1)
        elif token.pos != "$." and token.text not in QUOTES:
            raw[-1].append(token)
    for r in raw:
        _repair_attribute_verb(r)
        _repair_final_verb(r)
        _repair_second_verb(r)
        _repair_weak_past(r)
    colon_opened = {id(raw[i][0]) for i in after_colon if raw[i]}
    dash_opened = {id(raw[i][0]) for i in after_dash if raw[i]}
    bounded = [(marks.get(i), r) for i, r in enumerate(raw) if r]
    raw_parts = [(mark if j == 0 and k == 0 else None, part)
                 for mark, r in bounded
                 for j, coordinated in enumerate(_split_coordination(r))
                 for k, part in enumerate(_split_subordinate(coordinated))]
    for (mark, part), (after, following) in zip(bounded, bounded[1:]):
        # a main clause that opens the sentence (or what follows a dash or a colon: "Washington –
        # Die USA verurteilen, dass ...") with its verb last before a comma: a plural present
        # that the tagger took for an infinitive or a participle, or a plural past that has the
        # form of the participle ("Die USA beschlossen, ... zu verhängen")
        if mark is None and after is not None and after.text == "," and _main_before_comma(part) \
                and (_plural_present_last(part) or _infinitive_participle_last(part)
                     or _past_participle_last(part, following)):
            part[-1].pos = "VVFIN" if part[-1].pos == "VVPP" else part[-1].pos.replace("INF", "FIN")
    for mark, part in raw_parts:
        if mark is not None and mark.text == "," and _opens_relative(part) and _plural_present_last(part):
            part[-1].pos = part[-1].pos.replace("INF", "FIN")   # "..., die in Syrien dienen"
        elif mark is not None and mark.text == "," and _opens_relative(part) and _present_as_participle(part):
            part[-1].pos = "VVFIN"      # "..., die enge Beziehungen zu Peking unterhalten"
    raw_parts, inner = _interrupted_relatives(raw_parts)
    out: list[Piece] = []
    pending: list[Token] = []       # verbless pieces before the first clause
    glues: list[tuple[Piece, list[Token], int]] = []    # verbless words glued to the clause just before
    for at, (mark, part) in enumerate(raw_parts):
        if at in inner:
            # the outer relative clause was made whole just before: the inner one modifies its last phrase
            out.append(Piece(tokens=part, kind="rel", antecedent=len(out) - 1, antecedent_end=inner[at]))
            continue
        if out and all(t.pos in _RIGHT_BRACKET for t in part) and not _after_interruption(out, glues, part):
            # "ist heute vom Führer Irans, Ajatollah X, zurückgewiesen worden": the verbs that
            # close the main clause, after an apposition
            next((p for p in reversed(out) if p.kind == "main"), out[-1]).tokens.extend(part)
            continue
        if not _has_verb(part) and _is_ellipsis(part, ellipsis_host := _ellipsis_host(out, part)):
            if _bracket_open(ellipsis_host.tokens):
                # "Russland hat die Ukraine, Georgien und Moldau kritisiert": the list of the main
                # clause goes on to the verb that closes it; no clause of its own
                ellipsis_host.tokens.extend(([mark] if mark is not None else []) + part)
            else:
                out.append(Piece(tokens=part, kind="ellipsis"))
            continue
        if not _has_verb(part) and id(part[0]) in dash_opened and out and out[-1].kind == "main" \
                and part[0].text[:1].isupper() and (out[-1].tokens[-1].pos in _CLOSING_BRACKET or (
                    at == len(raw_parts) - 1 and _full_verb_only(out[-1].tokens))):
            # "Die Grünen werfen dem Minister Versagen vor – Auch Kritik der NEOS": a teaser's
            # verbless second part after a main clause its particle or verb has closed is no phrase
            # of that clause, but a line of its own (see ``SentenceAnalyser.analyse``); so is the
            # last part of a teaser after a main clause whose finite full verb needs no bracket
            # ("Macron traf Merkel – Flüchtlingspolitik Thema": no phrase of "traf")
            out.append(Piece(tokens=part, kind="tail"))
            continue
        if not _has_verb(part):
            # an apposition or a list item: keep its comma or bracket, so that noun
            # phrases can join across it ("Kenzo Oshima, der Koordinator der UN,")
            glue = ([mark] if mark is not None else []) + part
            if out:
                # after a relative or subordinate clause, the sentence goes on in its main clause
                host = out[-1] if out[-1].kind not in ("rel", "sub", "wh") else next(
                    (p for p in reversed(out) if p.kind == "main"), out[-1])
                if out[-1].kind == "inf":
                    # "Die EU hat die Entscheidung, die Botschaft zu verlegen, scharf kritisiert",
                    # "wies die Forderung, Truppen abzuziehen, zurück": the words after an infinitive
                    # clause that end in the participle or particle an open main clause waits for
                    # (and the "als" phrase of a verb of calling: "bezeichnete die Entscheidung,
                    # den Protest zu erlauben, als beschämend")
                    host = next((p for p in reversed(out[:-1]) if p.kind == "main" and (
                        _closes(p.tokens, part) or _predicative_rest(p.tokens, part))), host)
                if host is not out[-1]:
                    # "Peru hat den Offizieren, die sich dort verschanzt halten, Asyl gewährt": the
                    # comma closed the embedded clause and joins no apposition; a relative clause
                    # modifies a phrase before it, not one of the rest ("am Montag festgenommen")
                    glue = part
                    _close_antecedent(out, host)
                elif host.kind in ("main", "inf"):
                    glues.append((host, part, len(out)))
                host.tokens.extend(glue)
            else:
                pending.extend(glue if pending else part)
            continue
        coordinated = part[0].pos == "KON" and part[0].text.lower() in _CLAUSE_CONJUNCTIONS
        if coordinated:
            part = part[1:]
        negated = len(part) > 2 and part[0].pos in ("APPR", "KON") and part[1].pos == "KOUS" \
            and part[0].text.lower() in lexicon().negating_prepositions
        if negated:
            part = part[1:]           # "..., ohne dass er den Minister traf": what the clause says did not happen
        kind = _classify(part)
        if kind == "main" and (opener := _listed_subordinate(out, part, mark, coordinated)) is not None:
            # "wenn die EU ihre Grenzen sichere, es ein Abkommen mit der Türkei gebe und die Lage
            # sich bessere": clauses with their verb last and no conjunction of their own, listed
            # after a subordinate clause, share its conjunction (a condition each)
            part = [opener] + part
            kind = "sub"
        if kind == "main" and mark is not None and mark.text == "," and _verb_final_relative(part) \
                and not (out and _said_subject(out[-1].tokens, part)) \
                and not (coordinated and out and out[-1].kind != "rel"):
            # "..., die sich dort verschanzt halten"; not after "und" unless a relative clause
            # went before ("Israel flog Luftangriffe, und der Iran schwor, ...": a main clause)
            kind = "rel"
            part[0].pos = "PRELS"
        lead_in: list[Token] = []
        if pending and kind == "main" and id(part[0]) in colon_opened and not coordinated:
            # "Neuer Ärger für Ankara: Die EU-Kommission kritisierte ...": a lead-in without a
            # verb before a colon is a headline of its own, not a phrase of the clause after it
            lead_in, pending = pending, []
        lead = pending + ([mark] if mark is not None and pending else [])
        piece = Piece(tokens=lead + part if kind == "main" else part, kind=kind, coordinated=coordinated,
                      lead_in=lead_in, negated=negated and kind == "sub")
        if kind != "main" and pending:
            # "Kim, der ... gebeten habe, habe dem zugestimmt": keep "Kim" for the main clause
            out.append(Piece(tokens=pending, kind="stub"))
        pending = []
        out.append(piece)
    if pending:
        out.append(Piece(tokens=pending, kind="stub"))
    _join_interrupted_infinitive(out, glues)
    _join_interrupted(out)
    for i, piece in enumerate(out):
        piece.finite = _finite_index(piece.tokens, piece.kind)
        if piece.kind == "rel" and piece.antecedent is None and i and out[i - 1].kind == "inf" \
                and out[i - 1].tokens[-1].pos in ("NN", "NE"):
            # "bot an, zu vermitteln, ein Angebot, das Neu-Delhi ablehnte": the apposition the
            # infinitive clause ended in, not the main clause's last phrase
            piece.antecedent = i - 1
        elif piece.kind == "rel" and piece.antecedent is None:
            piece.antecedent = max((j for j in range(i) if out[j].kind in ("main", "stub")), default=None)
    return out


def _closes(main: list[Token], part: list[Token]) -> bool:
    """Whether ``part`` ends in what the main clause ``main`` still waits for: the participle or
    infinitive of its auxiliary or modal, or the particle of its verb."""
    last = part[-1]
    if any(t.pos in NONFINITE or t.pos == "PTKVZ" for t in main):
        return False
    if last.pos == "PTKVZ":
        return any(t.pos == "VVFIN" for t in main)
    return last.pos in ("VVPP", "VVINF", "VAPP", "VAINF", "VMINF") and any(t.pos in ("VAFIN", "VMFIN") for t in main)


def _predicative_rest(main: list[Token], part: list[Token]) -> bool:
    """Whether ``part`` is the comparison phrase ("als beschämend", "als Fehler") a main clause
    with its finite full verb and none of its own may take: what it calls its object."""
    return len(part) > 1 and part[0].pos == "KOKOM" and any(t.pos == "VVFIN" for t in main) \
        and not any(t.pos == "KOKOM" for t in main)


def _close_antecedent(out: list[Piece], host: Piece) -> None:
    """The relative clauses after ``host`` modify a phrase among its tokens so far."""
    at = next(i for i, p in enumerate(out) if p is host)
    for piece in out[at + 1:]:
        if piece.kind == "rel" and piece.antecedent is None:
            piece.antecedent, piece.antecedent_end = at, len(host.tokens)


def _infinitive_participle_last(tokens: list[Token]) -> bool:
    """A clause with no finite verb and no "zu" that ends in a "participle" that is its own
    lemma ("Die EU-Staaten verurteilen, dass ...": the plural present, tagged VVPP); a true
    participle is another form ("verurteilt", "angegriffen")."""
    last = tokens[-1]
    return (len(tokens) > 2 and last.pos == "VVPP" and last.text.lower() == last.lemma.lower()
            and not any(t.pos in FINITE or t.pos in ("PTKZU", "VVIZU") for t in tokens))


def _past_participle_last(tokens: list[Token], following: list[Token]) -> bool:
    """A noun phrase and a "participle" with no other verb before the comma of a zu- or
    dass-clause ("Die USA beschlossen, Sanktionen zu verhängen", "Die Minister entschieden, dass
    ..."): the plural past of a verb whose past has the participle's form, which the tagger read
    as the participle; a participle needs an auxiliary or stands alone, and no zu-clause hangs on
    a noun phrase with a bare participle. The noun phrase may have prepositional attributes after
    its noun ("Die Regierung in Athen versucht, die Flüchtlinge zu überreden": the singular present,
    spelt as the participle, which the tagger reads as one after a place)."""
    last = tokens[-1]
    if len(tokens) < 2 or last.pos != "VVPP" or not following:
        return False
    if tokens[-2].pos not in ("NN", "NE"):
        return False
    for k, t in enumerate(tokens[:-1]):
        if t.pos in _NOUN_PHRASE:
            continue
        if t.pos not in ("APPR", "APPRART") or not any(s.pos in ("NN", "NE") for s in tokens[:k]):
            return False
    return following[0].text.lower() in ("dass", "daß") or (
        following[0].pos not in _SUBORDINATORS and any(t.pos in ("PTKZU", "VVIZU") for t in following))


_NOUN_PHRASE = {"ART", "ADJA", "NN", "NE", "PIAT", "PPOSAT", "CARD", "KON"}


def _main_before_comma(tokens: list[Token]) -> bool:
    """A clause that opens with a noun phrase, not with a conjunction, a relative or an
    infinitive's opener ("Die USA verurteilen, dass ...")."""
    return tokens[0].pos in ("ART", "NN", "NE", "PPER", "PIS", "PDS", "ADJA", "PPOSAT", "PIAT", "CARD")


def _opens_relative(tokens: list[Token]) -> bool:
    """A relative pronoun first, or a preposition and then one ("mit denen")."""
    if not tokens:
        return False
    if tokens[0].pos in ("APPR", "APPRART") and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens[0].pos in ("PRELS", "PRELAT") or tokens[0].text.lower() in _RELATIVE_FORMS


def _interrupted_relatives(raw_parts: list[tuple[Token | None, list[Token]]]
                           ) -> tuple[list[tuple[Token | None, list[Token]]], dict[int, int]]:
    """", die kurdische Kämpfer, die gegen Assad sind, ausbilden und beraten": a relative clause
    interrupted after its middle field by another relative clause, and closed by its verbs
    after it. The outer clause is made whole (its start and its verbs, the pronoun marked) and
    put before the inner one, whose position is returned with the length of the outer clause's
    start (the inner clause's antecedent is the last phrase of that start)."""
    out: list[tuple[Token | None, list[Token]]] = []
    inner: dict[int, int] = {}
    i = 0
    while i < len(raw_parts):
        if i + 2 < len(raw_parts):
            (ma, a), (mb, b), (mc, c) = raw_parts[i:i + 3]
            more = raw_parts[i + 3][1] if i + 3 < len(raw_parts) else None
            if all(m is not None and m.text == "," for m in (ma, mb, mc)) \
                    and len(a) > 1 and (_opens_relative(a) or a[0].pos == "KOUS") and not _has_verb(a) \
                    and _opens_relative(b) and b[-1].pos in FINITE and _closes_clause(c, more):
                whole = a + c
                if a[0].pos != "KOUS":
                    pronoun = whole[1] if whole[0].pos in ("APPR", "APPRART") else whole[0]
                    pronoun.pos = "PRELS" if pronoun.pos != "PRELAT" else pronoun.pos
                if _plural_present_last(whole):
                    whole[-1].pos = whole[-1].pos.replace("INF", "FIN")   # "..., ausbilden und beraten"
                out.append((ma, whole))
                inner[len(out)] = len(a)
                out.append((mb, b))
                i += 3
                continue
        listed = _listed_clause(raw_parts, i)
        if listed is not None:
            out.append(listed[0])
            i = listed[1]
            continue
        out.append(raw_parts[i])
        i += 1
    return out, inner


def _listed_clause(raw_parts: list[tuple[Token | None, list[Token]]], i: int
                   ) -> tuple[tuple[Token | None, list[Token]], int] | None:
    """", der die Einmischung durch Russland, die Kontakte zu Moskau sowie die Justizbehinderung
    untersucht", "dass die USA, Frankreich und Großbritannien Syrien angegriffen hätten": a
    relative or subordinate clause whose list of phrases the commas cut. Its start (with no verb),
    the list items, and the piece that ends in its verb are one clause, commas kept (so the list
    is one phrase). Returns the clause and the position after it."""
    mark, a = raw_parts[i]
    if mark is None or mark.text != "," or len(a) < 2 or _has_verb(a) \
            or not (_opens_relative(a) or a[0].pos == "KOUS"):
        return None
    whole = list(a)
    for j in range(i + 1, len(raw_parts)):
        m, part = raw_parts[j]
        # a list item may open with an article ("die Kontakte"), not with a relative pronoun
        if m is None or m.text != "," or part[0].pos in ("PRELS", "PRELAT") or part[0].pos in FINITE \
                or part[0].pos in _SUBORDINATORS or part[0].pos == "KON":
            return None
        whole += [m] + part
        if _has_verb(part) or part[-1].pos in _RIGHT_BRACKET:
            break
    else:
        return None
    _repair_final_verb(whole)
    if _plural_present_last(whole):
        whole[-1].pos = whole[-1].pos.replace("INF", "FIN")
    if whole[-1].pos not in FINITE or any(t.pos == "VVFIN" for t in whole[:-1]):
        return None
    return (mark, whole), j + 1


def _closes_clause(tokens: list[Token], following: list[Token] | None) -> bool:
    """Whether a piece is the rest of a verb-final clause: its finite verb (or a plural present
    tagged as an infinitive) last, after what is left of its middle field ("an einer Demonstration
    teilnahmen", "besucht hatte", "ausbilden und beraten"), not a main clause's verbs ("wurde
    bombardiert"). A lone verb closes a clause only when a main clause follows with its own
    verb first ("..., besuchte, kritisierte Russland"): else it is the main clause's own verb
    after an apposition ("Aleppo, die Hochburg der Rebellen, die ..., bebte")."""
    if not tokens or not (tokens[-1].pos in FINITE or _plural_present_last(tokens)
                          or (len(tokens) == 1 and tokens[0].pos in ("VVINF", "VAINF", "VMINF"))):
        return False
    if len(tokens) == 1:
        return following is not None and following[0].pos in FINITE
    if tokens[0].pos in FINITE:
        # "schulen und beraten": coordinated verbs only
        return all(t.pos in VERBAL or t.pos == "KON" for t in tokens)
    return True


# what an infinitive clause's last piece may hold besides its verbs when its phrases stand
# before an embedded clause ("..., zu verlassen", "..., nie wieder aufzunehmen")
_BARE_INFINITIVE = _RIGHT_BRACKET | {"ADV", "ADJD", "PTKNEG"}


def _join_interrupted_infinitive(out: list[Piece], glues: list[tuple[Piece, list[Token], int]]) -> None:
    """"Kenia beschloss, den Botschafter, der die Vorwürfe erhoben hatte, auszuweisen": the
    phrases of an infinitive clause before the relative or infinitive clause embedded in it
    ("den Botschafter", which the comma glued to the clause before, ``pieces``) are its own,
    not that clause's, when its last piece after the embedded clause holds only its verbs
    ("auszuweisen"). They join the infinitive, which takes their place right after the clause
    it completes, as it would uninterrupted; a verbless stub of them stays before the embedded
    clauses, which modify its last phrase ("den Botschafter, der", "wegen des Versuchs, ... zu")."""
    for host, words, at in reversed(glues):
        j = at
        while j < len(out) and out[j].kind in ("rel", "inf", "sub", "wh") and not _bare_infinitive(out[j]):
            j += 1
        if j == at or j >= len(out) or not _bare_infinitive(out[j]) or out[j].coordinated:
            continue
        if len(host.tokens) < len(words) or any(a is not b for a, b in zip(host.tokens[-len(words):], words)):
            continue
        del host.tokens[-len(words) - (1 if len(host.tokens) > len(words) and host.tokens[-len(words) - 1].text == "," else 0):]
        infinitive = out[j]
        infinitive.tokens[:0] = words

        def moved(k: int) -> int:
            return at if k == j else k if k < at else k + 2 if k < j else k + 1
        for piece in out:
            if piece.antecedent is not None:
                piece.antecedent = moved(piece.antecedent)
            piece.glued = [moved(g) for g in piece.glued]
        # the infinitive right after the clause it completes, as if uninterrupted; then the stub
        # the embedded clauses modify
        out[:] = out[:at] + [infinitive, Piece(tokens=list(words), kind="stub", glued=[at])] + out[at:j] + out[j + 1:]


def _after_interruption(out: list[Piece], glues: list[tuple[Piece, list[Token], int]], part: list[Token]) -> bool:
    """Whether ``part``, verbs only, is a zu-infinitive after a clause embedded right after the
    phrases glued to the clause before it (``_join_interrupted_infinitive``): no verbs that close
    that clause ("hat beschlossen, den Botschafter, der ..., auszuweisen")."""
    if not glues or not _has_zu_infinitive(part):
        return False
    at = glues[-1][2]
    return at < len(out) and all(p.kind in ("rel", "inf", "sub", "wh") for p in out[at:])


def _bare_infinitive(piece: Piece) -> bool:
    """A zu-infinitive piece of its verbs only (``_BARE_INFINITIVE``), not opened by "um"."""
    toks = piece.tokens
    return piece.kind == "inf" and bool(toks) and toks[0].pos != "KOUI" and _has_zu_infinitive(toks) \
        and all(t.pos in _BARE_INFINITIVE for t in toks)


def _join_interrupted(out: list[Piece]) -> None:
    """A verbless stub, a relative clause, then a verb-first piece: the stub is the Vorfeld."""
    for i, piece in enumerate(out):
        if piece.kind != "stub":
            continue
        for j in range(i + 1, len(out)):
            if out[j].kind == "main":
                if out[j].tokens and out[j].tokens[0].pos in FINITE:
                    out[j].tokens[:0] = piece.tokens
                    piece.glued.append(j)
                break
