"""The English front-end: spaCy parse -> Sentences, Tokens and Clauses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronist.errors import ConfigError, InputError
from chronist.lang.en import EnglishFrontEnd, load_lexicon
from chronist.lang.en.lexicon import LEXICON_PATH, parse_lexicon
from chronist.lang.en.parse import REPEAT_PIECE, _chunks, _runs
from chronist.model import Article, Clause, Sentence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def fe() -> EnglishFrontEnd:
    return EnglishFrontEnd()


def one(fe: EnglishFrontEnd, text: str) -> Sentence:
    sentences = fe.process(Article(text=text, sentences=[text]))
    assert len(sentences) == 1
    return sentences[0]


def clause(sentence: Sentence, lemma: str, kind: str | None = None) -> Clause:
    found = [c for c in sentence.clauses if c.predicate.lemma == lemma
             and (kind is None or c.predicate.kind == kind)]
    assert found, f"no clause {lemma!r} in {[c.predicate.lemma for c in sentence.clauses]}"
    return found[0]


def roles(c: Clause) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in c.arguments:
        key = f"prep:{a.prep}" if a.role == "prep" else a.role
        out.setdefault(key, []).append(a.text)
    return out


# --------------------------------------------------------------------------- arguments
ARGUMENTS = [
    ("transitive", "Russia attacked Ukraine.", "attack",
     {"subject": ["Russia"], "object": ["Ukraine"]}),
    ("dative", "Iran offered Iraq a deal.", "offer",
     {"subject": ["Iran"], "dative": ["Iraq"], "object": ["a deal"]}),
    ("prep-to", "Russia gave aid to Syria.", "give",
     {"subject": ["Russia"], "object": ["aid"], "prep:to": ["Syria"]}),
    ("prep-with", "Iran held talks with the European Union.", "hold",
     {"subject": ["Iran"], "object": ["talks"], "prep:with": ["the European Union"]}),
    ("prep-against", "The council imposed sanctions against Iran.", "impose",
     {"subject": ["The council"], "object": ["sanctions"], "prep:against": ["Iran"]}),
    ("passive-agent", "The talks were called off by Moscow.", "call off",
     {"object": ["The talks"], "agent": ["Moscow"]}),
    ("particle-prep", "North Korea pulled out of the talks.", "pull out",
     {"subject": ["North Korea"], "prep:of": ["the talks"]}),
    ("coordinated-subject", "Jordan and Britain signed an agreement.", "sign",
     {"subject": ["Jordan and Britain"], "object": ["an agreement"]}),
    ("of-pp-kept", "Officials of North Korea met Chinese diplomats.", "meet",
     {"subject": ["Officials of North Korea"], "object": ["Chinese diplomats"]}),
    ("other-pp-dropped", "APEC will set up a research center for Asia.", "set up",
     {"subject": ["APEC"], "object": ["a research center"]}),
    ("named-place-lifted", "APEC will set up a research center in Tokyo.", "set up",
     {"subject": ["APEC"], "object": ["a research center"], "prep:in": ["Tokyo"]}),
    ("possessive-kept", "Portugal will support Turkey's efforts.", "support",
     {"subject": ["Portugal"], "object": ["Turkey 's efforts"]}),
    ("split-name-joined", "Moon Jae-in met Kim Jong Un.", "meet",
     {"subject": ["Moon Jae - in"], "object": ["Kim Jong Un"]}),
    ("hyphen-word-joined", "Talks ended, the meeting's co-chairman said.", "say",
     {"subject": ["the meeting 's co - chairman"]}),
    ("parentheses-kept", "The Revolutionary United Front (RUF) attacked the town.", "attack",
     {"subject": ["The Revolutionary United Front ( RUF )"], "object": ["the town"]}),
]


@pytest.mark.parametrize("text,lemma,expected", [a[1:] for a in ARGUMENTS],
                         ids=[a[0] for a in ARGUMENTS])
def test_arguments(fe, text, lemma, expected):
    assert roles(clause(one(fe, text), lemma)) == expected


@pytest.mark.parametrize("text,lemma,objects", [
    ("The council imposed sanctions against Iran.", "impose", ["sanction"]),
    ("Russia sent troops and tanks to the border.", "send", ["troop", "tank"]),
    ("New sanctions were imposed on Iran.", "impose", ["sanction"]),
    ("Iran held talks with the EU.", "hold", ["talks"]),
    ("Russia attacked Ukraine.", "attack", []),
], ids=["dobj", "coordinated", "passive", "event-noun-form", "proper-noun-ignored"])
def test_predicate_objects(fe, text, lemma, objects):
    assert clause(one(fe, text), lemma).predicate.objects == objects


# --------------------------------------------------------------------------- features
FEATURES = [
    # id, text, lemma, voice, tense, mood, modal, negated, intent
    ("past", "Russia attacked Ukraine.", "attack", "active", "past", "indicative", None, False, False),
    ("present", "Russia attacks Ukraine.", "attack", "active", "present", "indicative", None, False, False),
    ("perfect", "Iran has rejected the offer.", "reject", "active", "past", "indicative", None, False, False),
    ("passive", "The town was shelled by the army.", "shell", "passive", "past", "indicative", None, False, False),
    ("will", "Portugal will support Turkey.", "support", "active", "future", "indicative", "will", False, True),
    ("wont", "Iran won't attend the summit.", "attend", "active", "future", "indicative", "will", True, True),
    ("would", "Iraq would allow inspectors.", "allow", "active", "present", "subjunctive", "would", False, False),
    ("could", "The sanctions could hurt Russia.", "hurt", "active", "present", "subjunctive", "could", False, False),
    ("must", "Iran must halt enrichment.", "halt", "active", "present", "indicative", "must", False, False),
    ("negated", "Moscow did not impose sanctions.", "impose", "active", "past", "indicative", None, True, False),
    ("never", "Iran never accepted the deal.", "accept", "active", "past", "indicative", None, True, False),
    ("plan-to", "Russia plans to hold talks.", "hold", "active", "future", "indicative", "plan to", False, True),
    ("agree-to", "Jordan agreed to undertake exercises.", "undertake", "active", "future", "indicative", "agree to", False, True),
    ("threaten-to", "North Korea threatened to attack Japan.", "attack", "active", "past", "indicative", "threaten to", False, False),
    ("refuse-to", "Iran refused to meet the envoy.", "meet", "active", "past", "indicative", "refuse to", True, False),
    ("willing-to", "Norway is willing to send troops.", "send", "active", "future", "indicative", "willing to", False, True),
    ("conj-inherits", "Iran will not meet or talk with Israel.", "talk", "active", "future", "indicative", "will", True, True),
]


@pytest.mark.parametrize("text,lemma,voice,tense,mood,modal,negated,intent",
                         [f[1:] for f in FEATURES], ids=[f[0] for f in FEATURES])
def test_predicate_features(fe, text, lemma, voice, tense, mood, modal, negated, intent):
    c = clause(one(fe, text), lemma)
    p = c.predicate
    assert (p.voice, p.tense, p.mood, p.modal, p.negated, c.intent) == (
        voice, tense, mood, modal, negated, intent)


def test_verb_group_tokens(fe):
    p = clause(one(fe, "The talks will not be called off."), "call off").predicate
    assert p.text == "will not be called off"
    assert p.voice == "passive" and p.negated


# --------------------------------------------------------------------------- linking
LINKS = [
    # id, text, child lemma, parent lemma, expected child roles
    ("subject-control", "Jordan and Britain agreed to meet Syria.", "meet", "agree",
     {"subject": ["Jordan and Britain"], "object": ["Syria"]}),
    ("object-control", "The US urged Iran to halt enrichment.", "halt", "urge",
     {"subject": ["Iran"], "object": ["enrichment"]}),
    ("passive-control", "Iran was urged to halt enrichment.", "halt", "urge",
     {"subject": ["Iran"], "object": ["enrichment"]}),
    ("promise-subject-control", "Russia promised Iran to deliver the missiles.", "deliver", "promise",
     {"subject": ["Russia"], "object": ["the missiles"]}),
    ("prepositional-addressee", "Chile called on Peru to free the sailors.", "free", "call",
     {"subject": ["Peru"], "object": ["the sailors"]}),
    ("prepositional-addressee-advcl", "Chile appealed to Peru to free the sailors.", "free", "appeal",
     {"subject": ["Peru"], "object": ["the sailors"]}),
    ("gerund-object-control", "Chile accused Peru of shelling the border.", "shell", "accuse",
     {"subject": ["Peru"], "object": ["the border"]}),
    ("gerund-subject-control", "Chile attacked Peru after shelling the border.", "shell", "attack",
     {"subject": ["Chile"], "object": ["the border"]}),
    ("adjective-control", "Norway is willing to send material.", "send", "willing",
     {"subject": ["Norway"], "object": ["material"]}),
    ("advcl-subject", "Rebels attacked the town, killing ten people.", "kill", "attack",
     {"subject": ["Rebels"], "object": ["ten people"]}),
    ("relative-subject", "The rebels, who attacked the town, will not withdraw.", "attack", "withdraw",
     {"subject": ["The rebels"], "object": ["the town"]}),
    ("relative-object", "Rebels, whom the army attacked, fled.", "attack", "flee",
     {"object": ["Rebels"], "subject": ["the army"]}),
    # (not "backed": a participle of a standing tie makes no clause, lexicon describing_participles)
    ("participle-passive", "Rebels recruited by Iran attacked the town.", "recruit", "attack",
     {"object": ["Rebels"], "agent": ["Iran"]}),
]


@pytest.mark.parametrize("text,child,parent,expected", [x[1:] for x in LINKS],
                         ids=[x[0] for x in LINKS])
def test_links(fe, text, child, parent, expected):
    s = one(fe, text)
    c = clause(s, child)
    assert roles(c) == expected
    assert c.parent is not None and s.clauses[c.parent].predicate.lemma == parent


def test_conjoined_verbs_share_subject(fe):
    s = one(fe, "Russia gave aid to Syria and offered weapons to Iran.")
    offer = clause(s, "offer")
    assert roles(offer) == {"subject": ["Russia"], "object": ["weapons"], "prep:to": ["Iran"]}
    assert offer.parent == clause(s, "give").parent    # siblings, not parent and child


def test_relative_where_gives_place(fe):
    c = clause(one(fe, "They fled to the town where protesters rallied."), "rally")
    assert c.place is not None and c.place.text == "the town"


# --------------------------------------------------------------------------- speech
SPEECH = [
    # id, text, reported clause, speaker (None: reported without a named speaker)
    ("said-that", "Officials said that Russia attacked Ukraine.", "attack", "Officials"),
    ("said-bare", "Officials said Russia attacked Ukraine.", "attack", "Officials"),
    ("trailing-said", "Portugal will support Turkey, President Mario Soares said on Tuesday.",
     "support", "President Mario Soares"),
    ("told", "The minister told reporters that the army would pull out of the region.",
     "pull out", "The minister"),
    ("according-to", "According to officials, the army shelled the village.", "shell", "officials"),
    ("warn", "The US warned that Iran would face sanctions.", "face", "The US"),
    ("nested-nearer-speaker", "Officials said Iran claimed that Israel attacked Syria.",
     "attack", "Iran"),
    ("reaches-descendants", "Officials said Russia agreed to meet Ukraine.", "meet", "Officials"),
]


@pytest.mark.parametrize("text,lemma,speaker", [x[1:] for x in SPEECH], ids=[x[0] for x in SPEECH])
def test_reported_speech(fe, text, lemma, speaker):
    s = one(fe, text)
    c = clause(s, lemma)
    assert c.reported
    assert (c.speaker.text if c.speaker else None) == speaker


@pytest.mark.parametrize("text,lemma,speaker", [
    ('"We will not back down. We will defend our borders," the minister said.', "back down", "the minister"),
    ('The general said: "The talks have failed. Our troops will stay in the north."', "stay", "The general"),
    ('"Tariffs are a mistake," said the senator. "They will hurt farmers."', "hurt", "the senator"),
], ids=["closing-sentence", "opening-sentence", "quotation-goes-on"])
def test_quotation_over_sentences_keeps_its_speaker(fe, text, lemma, speaker):
    """A sentence wholly inside a quotation, with no speech verb of its own, is said by the
    quotation's speaker, named in a sentence before or after it."""
    c = next(c for s in fe.process(Article(text=text)) for c in s.clauses if c.predicate.lemma == lemma)
    assert c.reported and c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize("text,lemma", [
    ('"Tariffs are a mistake," said the senator. Farmers protested in Iowa.', "protest"),
    ('The senator was angry. "They will hurt farmers.', "hurt"),          # never closed: no speaker
    ("Mercedes\" team orders decided the race. Bottas defended his position.", "defend"),
], ids=["outside", "unclosed", "apostrophe-typed-as-quote"])
def test_no_speaker_outside_a_quotation(fe, text, lemma):
    c = next(c for s in fe.process(Article(text=text)) for c in s.clauses if c.predicate.lemma == lemma)
    assert c.speaker is None


@pytest.mark.parametrize("text,lemma,speaker", [
    ("The chief constable said: 'The inquiry has only begun. Officers will search the house.'", "search",
     "The chief constable"),
    ("'We will not give up. We will fight the ruling in court,' the union leader said.", "give up",
     "the union leader"),
    ("The mayor said: ‘The budget is tight. We will cut the grants of the clubs.’", "cut", "The mayor"),
    ("The senator said: 'The players' union is right. The league must pay them.'", "pay", "The senator"),
], ids=["straight-opening-sentence", "straight-closing-sentence", "curly", "apostrophe-inside"])
def test_single_quotation_over_sentences_keeps_its_speaker(fe, text, lemma, speaker):
    """British papers quote with single marks, which are apostrophes too."""
    c = next(c for s in fe.process(Article(text=text)) for c in s.clauses if c.predicate.lemma == lemma)
    assert c.reported and c.speaker is not None and c.speaker.text == speaker


@pytest.mark.parametrize("text,lemma", [
    ("The fans' anger grew. Supporters marched to the stadium. 'It is a disgrace,' one said.", "march"),
    ("In the '90s the firm grew. The board sold the plant. \"We had no choice,\" the chairman said.", "sell"),
    ("The minister said 'no'. The opposition criticised him.", "criticise"),
], ids=["possessive-apostrophe", "decade-apostrophe", "quoted-word"])
def test_no_speaker_from_an_apostrophe(fe, text, lemma):
    c = next(c for s in fe.process(Article(text=text)) for c in s.clauses if c.predicate.lemma == lemma)
    assert c.speaker is None


def test_speech_clause_itself_kept_and_not_reported(fe):
    s = one(fe, "Officials said that Russia attacked Ukraine.")
    say = clause(s, "say")
    assert not say.reported and say.speaker is None
    assert roles(say) == {"subject": ["Officials"]}


def test_plain_assertion_not_reported(fe):
    s = one(fe, "Russia attacked Ukraine on Monday.")
    assert not any(c.reported for c in s.clauses)


def test_warn_is_kept_as_event(fe):
    s = one(fe, "The US warned that Iran would face sanctions.")
    assert roles(clause(s, "warn")) == {"subject": ["The US"]}


# --------------------------------------------------------------------------- noun events
NOUNS = [
    ("possessive", "Moscow's demand was rejected.", "demand", {"possessor": ["Moscow"]}, "reject"),
    ("compound-possessor", "US sanctions against Russia will hurt.", "sanction",
     {"possessor": ["US"], "prep:against": ["Russia"]}, "hurt"),
    ("with", "The minister attended talks with North Korean officials.", "talks",
     {"prep:with": ["North Korean officials"]}, "attend"),
    ("on", "The council discussed sanctions on Iran.", "sanction", {"prep:on": ["Iran"]}, "discuss"),
    ("of-object", "They condemned the invasion of Kuwait.", "invasion", {"prep:of": ["Kuwait"]}, "condemn"),
    ("norp-adjective", "The Russian attack on Kyiv failed.", "attack",
     {"possessor": ["Russian"], "prep:on": ["Kyiv"]}, "fail"),
    ("headline", "Talks with Iran.", "talks", {"prep:with": ["Iran"]}, None),
]


@pytest.mark.parametrize("text,lemma,expected,parent", [x[1:] for x in NOUNS], ids=[x[0] for x in NOUNS])
def test_noun_events(fe, text, lemma, expected, parent):
    s = one(fe, text)
    c = clause(s, lemma, kind="noun")
    assert roles(c) == expected
    if parent is None:
        assert c.parent is None
    else:
        assert s.clauses[c.parent].predicate.lemma == parent


def test_noun_event_negation_and_intent(fe):
    s = one(fe, "There will be no talks, but the planned summit goes ahead.")
    assert clause(s, "talks", kind="noun").predicate.negated
    assert clause(s, "summit", kind="noun").intent


# --------------------------------------------------------------------------- time and place
@pytest.mark.parametrize("text,lemma,time,place,named", [
    ("Moon Jae-in met Kim Jong Un in Panmunjom last week.", "meet", "last week", "Panmunjom", True),
    ("The talks were called off by Moscow on Thursday.", "call off", "Thursday", None, False),
    ("Officials said Thursday that talks failed.", "say", "Thursday", None, False),
    ("Troops clashed at the border in 1990.", "clash", "1990", "the border", False),
    ("Iran held talks with the EU in Geneva.", "hold", None, "Geneva", True),
], ids=["npadvmod-and-lifted-place", "on-date", "bare-day", "at-place-in-year", "in-city"])
def test_time_and_place(fe, text, lemma, time, place, named):
    """Time is never an argument; a named place is also a "prep" argument (the coder may
    take it as the target, "demonstrated in Serbia"), a common noun place is not."""
    c = clause(one(fe, text), lemma)
    assert (c.time.text if c.time else None) == time
    assert (c.place.text if c.place else None) == place
    assert not any(a.text == time for a in c.arguments)
    assert any(a.role == "prep" and a.text == place for a in c.arguments) == named


# --------------------------------------------------------------------------- sentences and tokens
def test_presplit_sentences_kept_with_offsets(fe):
    sents = ["Iran rejected the deal. It said so.", "", "  Talks with Iran resumed  ", "Ok."]
    text = " ".join(sents)
    out = fe.process(Article(text=text, sentences=sents))
    assert [s.text for s in out] == sents
    assert [s.index for s in out] == [0, 1, 2, 3]
    for s in out:
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
        for c in s.clauses:
            assert c.sentence == s.index
            assert c.parent is None or 0 <= c.parent < len(s.clauses)
    assert out[1].start == out[1].end == len(sents[0]) + 1


def test_presplit_mismatch_raises(fe):
    with pytest.raises(InputError, match="not in article.text"):
        fe.process(Article(text="Something else.", sentences=["Iran rejected the deal."]))


def test_split_text_offsets_and_tokens(fe):
    text = "Iran rejected the deal.  Russia attacked Ukraine.\nHeadline without a stop\n\nLast one."
    out = fe.process(Article(text=text))
    assert [s.text for s in out] == ["Iran rejected the deal.", "Russia attacked Ukraine.",
                                     "Headline without a stop", "Last one."]
    for s in out:
        assert text[s.start:s.end] == s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text and t.pos and t.lemma
    attack = clause(out[1], "attack")
    assert attack.sentence == 1
    assert [t.text for t in attack.predicate.tokens] == ["attacked"]
    assert attack.predicate.tokens[0].pos == "VBD"


def test_hard_wrapped_text_with_split_lines_off():
    fe = EnglishFrontEnd(split_lines=False)
    text = "Russia attacked\nUkraine on Monday.\n\nIran rejected the deal."
    out = fe.process(Article(text=text))
    assert [s.text for s in out] == ["Russia attacked\nUkraine on Monday.", "Iran rejected the deal."]
    assert roles(clause(out[0], "attack")) == {"subject": ["Russia"], "object": ["Ukraine"]}


def test_unknown_model_is_a_config_error():
    with pytest.raises(ConfigError, match="no_such_model"):
        EnglishFrontEnd(model="no_such_model").process(Article(text="Hello."))


@pytest.mark.parametrize("text", [
    "", " ", "...", "\x00\x01\x02", "\n\n\n", "\t\x0b\x0c", "a\u2028b",
    "!!!?? --", "the " * 5000, "Iran attacked Iraq and " * 300 + "stopped.",
], ids=["empty", "space", "dots", "nul", "newlines", "control-space", "line-separator",
        "punctuation", "5000-tokens", "long-coordination"])
def test_robust_inputs(fe, text):
    out = fe.process(Article(text=text))
    for s in out:
        assert s.tokens
        for t in s.tokens:
            assert text[t.start:t.end] == t.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_never_raises(fe, text):
    out = fe.process(Article(text=text))
    for s in out:
        for t in s.tokens:
            assert text[t.start:t.end] == t.text


# --------------------------------------------------------------------------- lexicon
def test_lexicon_file_is_valid():
    lex = load_lexicon()
    assert "say" in lex.speech_verbs and "talks" in lex.event_nouns
    assert lex.intent_verbs <= lex.modal_verbs
    assert lex.negating_verbs <= lex.modal_verbs
    assert lex.subjunctive_modals <= lex.modals and lex.intent_modals <= lex.modals


@pytest.mark.parametrize("change,message", [
    (lambda d: d.pop("speech_verbs"), "missing"),
    (lambda d: d.update(extra=["x"]), "unknown key"),
    (lambda d: d.update(particles=["out", False]), "non-empty strings"),
    (lambda d: d.update(modals=["Will"]), "write it as 'will'"),
    (lambda d: d.update(name_entities=["gpe"]), "write it as 'GPE'"),
    (lambda d: d.update(event_nouns=[]), "non-empty list"),
], ids=["missing-key", "unknown-key", "yaml-boolean", "upper-case-word", "lower-case-label", "empty"])
def test_lexicon_rejects_bad_data(change, message):
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(ConfigError, match=message):
        parse_lexicon(data)


# --------------------------------------------------------------------------- real data
def test_gold_sentences_parse():
    gold = SHARED / "eval" / "en" / "plover_dev.jsonl"
    if not gold.is_file():
        pytest.skip(f"{gold} is absent: the shared gold files are not laid out beside the repo")
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in records]
    joined = " ".join(texts)
    out = EnglishFrontEnd().process(Article(text=joined, sentences=texts))
    assert len(out) == len(records)
    with_subject = 0
    for s in out:
        assert s.clauses, s.text
        for t in s.tokens:
            assert joined[t.start:t.end] == t.text
        with_subject += any(c.args("subject", "agent") for c in s.clauses)
    # nearly every gold sentence names an actor doing something
    assert with_subject >= 0.95 * len(out)


# --------------------------------------------------------------------------- repairs and resolution
@pytest.mark.parametrize("text,lemma,role,expected", [
    ("Syria says it is willing to withdraw.", "willing", "subject", "Syria"),
    ("The rebels said they would meet the envoy.", "meet", "subject", "The rebels"),
    ("Jordan and Britain said they would hold exercises.", "hold", "subject", "Jordan and Britain"),
    ("Jacques Chirac told Iraq that it must cooperate.", "cooperate", "subject", "it"),   # no person for "it"
    ("The rebels said it would rain.", "rain", "subject", "it"),                        # number disagrees
], ids=["it-singular", "they-plural", "they-coordination", "it-not-a-person", "it-not-plural"])
def test_it_and_they_take_the_governing_subject(fe, text, lemma, role, expected):
    assert roles(clause(one(fe, text), lemma))[role] == [expected]


@pytest.mark.parametrize("text,lemma,expected", [
    ("Peru granted asylum to five officers holed up in the embassy.", "grant",
     {"subject": ["Peru"], "object": ["asylum"], "prep:to": ["five officers"]}),
    ("Rebels kidnapped up to 16 Russian advisers.", "kidnap",
     {"subject": ["Rebels"], "object": ["16 Russian advisers"]}),
    ("Kenya called for sanctions against Sudan.", "call",
     {"subject": ["Kenya"], "prep:for": ["sanctions"], "prep:against": ["Sudan"]}),
], ids=["stray-preposition-object", "up-to-is-not-a-particle", "preposition-lifted-from-pobj"])
def test_parse_repairs(fe, text, lemma, expected):
    assert roles(clause(one(fe, text), lemma)) == expected


def test_stative_participle_is_an_adjective_with_a_subject(fe):
    c = clause(one(fe, "Israel is opposed to French mediation."), "opposed")
    assert c.predicate.kind == "adj" and c.predicate.voice == "active"
    assert roles(c) == {"subject": ["Israel"], "prep:to": ["French mediation"]}
    lemmas = [x.predicate.lemma for x in one(fe, "Israel is opposed to French mediation.").clauses]
    assert "oppose" not in lemmas and lemmas.count("opposed") == 1


@pytest.mark.parametrize("text,lemma,intent", [
    ("Iraq said it would allow the inspectors back.", "allow", True),   # backshifted "will"
    ("Iraq would allow the inspectors back.", "allow", False),          # conditional, not reported
], ids=["reported-would", "plain-would"])
def test_reported_would_is_intent(fe, text, lemma, intent):
    assert clause(one(fe, text), lemma).intent is intent


def test_process_many_matches_process(fe):
    arts = [Article(text="Iran rejected the deal. It said it would meet Iraq."),
            Article(text="Talks failed.", sentences=["Talks failed."]), Article(text="")]
    many = fe.process_many(arts)
    single = [fe.process(a) for a in arts]
    assert [[(s.text, len(s.clauses)) for s in d] for d in many] == \
        [[(s.text, len(s.clauses)) for s in d] for d in single]
    assert [len(d) for d in many] == [2, 1, 0]


# --------------------------------------------------------------------------- cost of repeated text
class _Counting(EnglishFrontEnd):
    """A front-end that records every text it hands to spaCy."""

    def __init__(self) -> None:
        super().__init__()
        self.parsed: list[str] = []

    @property
    def nlp(self):
        real, parsed = super().nlp, self.parsed

        class Spy:
            def pipe(self, texts, **options):
                texts = list(texts)
                parsed.extend(texts)
                return real.pipe(texts, **options)
        return Spy()


def _shape(sentences: list[Sentence]) -> list[tuple]:
    """Sentences by what they hold, offsets left out."""
    return [(s.text, [(t.text, t.lemma, t.pos) for t in s.tokens],
             [(c.predicate.lemma, [(a.role, a.text) for a in c.arguments]) for c in s.clauses])
            for s in sentences]


def test_a_repeated_line_is_parsed_once():
    line = "Russia attacked Ukraine on Monday and France condemned the attack."
    text = "\n".join([line] * 300 + ["Iran rejected the deal."])
    fe = _Counting()
    out = fe.process(Article(text=text))
    assert fe.parsed == [line, "Iran rejected the deal."]
    assert len(out) == 301
    for k, s in enumerate(out[:300]):          # every copy has its own offsets and the same parse
        assert s.start == k * (len(line) + 1) and s.text == line
        assert all(text[t.start:t.end] == t.text for t in s.tokens)
    assert _shape(out[:300]) == _shape(EnglishFrontEnd().process(Article(text=line))) * 300


def test_repeated_articles_in_one_batch_are_parsed_once():
    fe = _Counting()
    arts = [Article(text="Iran rejected the deal."), Article(text="Talks failed."),
            Article(text="Iran rejected the deal.")]
    many = fe.process_many(arts)
    assert fe.parsed == ["Iran rejected the deal.", "Talks failed."]
    assert _shape(many[0]) == _shape(many[2]) and many[0][0].clauses[0].predicate.lemma == "reject"


@pytest.mark.parametrize("copy", [
    "Russia attacked Ukraine and France condemned it (Reuters)) ",
    "the talks failed yesterday ",
    "https://example.org/a?b=",
])
def test_a_line_repeating_one_stretch_costs_the_same_at_any_length(copy):
    """What spaCy parses of a line that repeats one stretch does not grow with the line
    (1,000 and 2,000 copies): the line is cut into pieces of whole copies, and equal pieces
    are parsed once."""
    parsed = {}
    for times in (1_000, 2_000):
        text = "Breaking news. " + copy * times
        fe = _Counting()
        out = fe.process(Article(text=text))
        parsed[times] = sum(len(p) for p in fe.parsed)
        assert all(text[t.start:t.end] == t.text for s in out for t in s.tokens)
        words = "".join(t.text for s in out for t in s.tokens)
        assert words == "".join(text.split())            # nothing lost, nothing twice
    assert max(parsed.values()) < 3 * (REPEAT_PIECE + len(copy))     # the head, one piece, the tail


def test_pieces_of_a_repeating_line():
    copy = "Iran met Iraq. "
    url = "https://example.org/a?b="
    text = "A first sentence of its own. " + copy * 1_000 + copy[:5] + " and then " + url * 500
    runs = list(_runs(text))
    assert [(text[start:start + period], period) for start, end, period in runs] == \
        [(copy, len(copy)), (url, len(url))]
    pieces = list(_chunks(text))
    assert "".join(p for _, p in pieces) == text and all(text[o:o + len(p)] == p for o, p in pieces)
    assert pieces[0][1] == "A first sentence of its own. " and pieces[1][1].startswith(copy)
    assert len({p for _, p in pieces}) == 6   # the first sentence, a piece and the tail of each run, between
    plain = "".join(f"Sentence number {n} is not like any other. " for n in range(400))
    assert list(_runs(plain)) == []
    assert [p for _, p in _chunks(plain)] == [plain]     # up to CHUNK_CHARS a line is one piece


@pytest.mark.parametrize("text, word, lemma", [
    ("The soldiers raped two women.", "raped", "rape"),
    ("They were hoping for a ceasefire.", "hoping", "hope"),
    ("The government scraped the plan.", "scraped", "scrape"),
    ("The rebels spared the village.", "spared", "spare"),
    ("The army planned an offensive.", "planned", "plan"),
    ("The minister visited Kenya.", "visited", "visit"),
    ("The police fixed the date.", "fixed", "fix"),
    ("The European Union fined Poland.", "fined", "fine"),
    ("Russia waged war against Ukraine.", "waged", "wage"),
    ("Students staged a protest.", "staged", "stage"),
])
def test_a_verb_form_without_doubling_comes_from_the_verb_in_e(fe, text, word, lemma):
    """"raped" is "rape": a monosyllable like "rap" doubles its consonant ("rapped")."""
    assert {t.text: t.lemma for t in one(fe, text).tokens}[word] == lemma


@pytest.mark.parametrize("text, word, lemma", [
    ("Chile re-opened its embassy in Lima.", "re-opened", "reopen"),
    ("The Ghanaian police re-arrested the journalist.", "re-arrested", "arrest"),
    ("Nepal re-established ties with Bhutan.", "re-established", "reestablish"),
    ("The court will re-examine the case.", "re-examine", "reexamine"),
])
def test_a_verb_with_a_prefix_of_repetition_is_one_word(fe, text, word, lemma):
    """"re-opened" is one token with the lemma of "reopen" (or of the bare verb where English
    has no verb in one word): spaCy cut off "re" and parsed it as a verb of its own."""
    assert {t.text: t.lemma for t in one(fe, text).tokens}[word] == lemma


def test_a_repeated_act_is_coded_as_the_act():
    from chronist.model import Article
    from chronist.pipeline import Pipeline
    doc = Pipeline.default().process(Article(text="Nepal re-established diplomatic ties with Bhutan.",
                                             id="re-establish"), lang="en")
    assert [(e.cameo, [a.code for a in e.target]) for e in doc.events] == [("054", ["BTN"])]


@pytest.mark.parametrize("text, lemma, subject", [
    ("The Greek prime minister called on Turkey to respect its borders.", "call", "The Greek prime minister"),
    ("The Italian interior minister called on France to take back migrants.", "call",
     "The Italian interior minister"),
], ids=["Greek-prime-minister", "Italian-interior-minister"])
def test_a_past_tense_read_as_a_relative_clause_is_the_verb(fe, text, lemma, subject):
    """The parser may make the subject noun the root and "called" its reduced relative clause,
    though it tags "called" a past tense: the verb is the sentence's, the noun its subject."""
    assert roles(clause(one(fe, text), lemma)).get("subject") == [subject]


@pytest.mark.parametrize("text, lemma, subject, obj", [
    ("Armenia massed troops along its border with Azerbaijan.", "mass", "Armenia", "troops"),
    ("Trump criticized Democrats.", "criticize", "Trump", "Democrats"),
    ("Trump praised Republicans.", "praise", "Trump", "Republicans"),
], ids=["massed", "a-name-as-object", "a-name-tagged-a-noun"])
def test_a_verb_read_as_an_attribute_of_its_object_is_the_verb(fe, text, lemma, subject, obj):
    """The parser may make the object noun the root, the verb a participle modifying it and the
    name before it a modifier: the name is the subject, the participle the verb."""
    found = roles(clause(one(fe, text), lemma))
    assert (found.get("subject"), found.get("object")) == ([subject], [obj])


@pytest.mark.parametrize("text, lemma, subject", [
    ("Nauru cut diplomatic ties with Taiwan.", "cut", "Nauru"),
    ("Nauru cut ties with Taiwan on Monday.", "cut", "Nauru"),
], ids=["cut-ties", "with-a-day"])
def test_a_name_read_as_an_adverb_of_the_verb_is_its_subject(fe, text, lemma, subject):
    """The parser may take a rare name opening the sentence for an adverb of the finite verb
    right after it and leave the verb without a subject: the name is the subject."""
    assert roles(clause(one(fe, text), lemma)).get("subject") == [subject]


@pytest.mark.parametrize("text, lemma", [
    ("Monday saw protests in Paris.", "see"),
    ("On Monday, Nauru officials met in Yaren.", "meet"),
], ids=["a-day", "not-opening"])
def test_a_day_or_a_later_name_is_no_repaired_subject(fe, text, lemma):
    found = roles(clause(one(fe, text), lemma)).get("subject")
    assert found != ["Monday"] and found != ["Nauru"]


@pytest.mark.parametrize("text, lemma, role, phrase", [
    ("Soldiers from Chad killed ten militants near the border.", "kill", "subject", "Soldiers from Chad"),
    ("A delegation from North Korea met South Korean officials.", "meet", "subject", "A delegation from North Korea"),
    ("Peacekeepers from Kenya were attacked by gunmen.", "attack", "object", "Peacekeepers from Kenya"),
], ids=["soldiers", "delegation", "passive"])
def test_a_subjects_from_phrase_naming_a_state_stays_in_it(fe, text, lemma, role, phrase):
    """A subject's "from" phrase naming a state says whose the subject is."""
    assert roles(clause(one(fe, text), lemma)).get(role) == [phrase]


def test_an_objects_from_phrase_stays_the_verbs(fe):
    found = roles(clause(one(fe, "Russia withdrew troops from Syria."), "withdraw"))
    assert found.get("object") == ["troops"]


@pytest.mark.parametrize("text", ["Russia-backed separatists shelled the town.", "Kremlin-backed troops in Crimea."],
                         ids=["in-a-clause", "a-heading"])
def test_a_name_inside_a_noun_phrase_stays_there(fe, text):
    assert not [c for c in one(fe, text).clauses if c.predicate.lemma == "back" and c.args("subject")]


def test_a_participle_after_a_comma_stays_an_attribute(fe):
    sentence = one(fe, "A Geiger counter, used to locate uranium, was found.")
    assert roles(clause(sentence, "use")).get("subject") != ["A Geiger counter"]
