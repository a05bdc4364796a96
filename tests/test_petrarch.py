"""The PETRARCH/TABARI dictionary loader: format cases on small files, PETRARCH's own
validation dictionaries, and the result plugged into the matcher and the frame book."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronist.actors import petrarch
from chronist.actors.matcher import ActorMatcher
from chronist.coding import petrarch_verbs
from chronist.coding.frames import FrameBook
from chronist.model import Clause, Phrase, Predicate, Token
from tests.test_actors import toks

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "petrarch"

ACTORS = """\
<!-- a test actor file -->
# a comment line
<!-- a comment
over two lines -->
GONDOR [GON]  # an end-of-line comment
+MINAS_TIRITH
+ANORIEN

ZIMBABWE
\t[RHO <790606]
\t[ZBW]

NAMELESS_FIRST
+ALSO_NAMELESS
NAMED_LATER [NLT]

SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112] # listed first: wins over the next one
\t[HOBMIL 20080120-20121109]
\t[HOBGOV >121109]

ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]
NOBODY [---]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
SPY_CHIEF [~SPY]
"""

VERBS = """\
&SANCTIONSET
+SANCTIONS
+EMBARGO
+ARMS EMBARGO

--- CONSULT  [040]  ---
MEET {MET MEETING MEETS}
CONFER [040:040]
TALK
+CALL_OFF [164]
KLM_+RST [002]
- * (WITH)  [046]
- $ * +  [043]

--- IMPOSE  [---]  ---
IMPOSE
- * &SANCTIONSET  [163]
- * CURFEW [1723]
- * CONDITIONS (BEFORE END) [139]
- * NOTHING [def]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def small(tmp_path: Path) -> petrarch.PetrarchDictionaries:
    return petrarch.load(actors=[_write(tmp_path, "t.actors.txt", ACTORS)],
                         agents=[_write(tmp_path, "t.agents.txt", AGENTS)],
                         verbs=[_write(tmp_path, "t.verbs.txt", VERBS)], strict=True)


def _actor(dicts: petrarch.PetrarchDictionaries, name: str) -> petrarch.PetrarchActor:
    return next(a for a in dicts.actors if a.names[0] == name)


# --- format cases ------------------------------------------------------------------------
def test_synonyms_and_comments(small: petrarch.PetrarchDictionaries) -> None:
    gondor = _actor(small, "GONDOR")
    assert gondor.names == ["GONDOR", "MINAS TIRITH", "ANORIEN"]
    assert [c.code for c in gondor.codes] == ["GON"]
    assert gondor.line == 5
    assert all("comment" not in " ".join(a.names).lower() for a in small.actors)


def test_names_without_code_take_the_next_code(small: petrarch.PetrarchDictionaries) -> None:
    named = _actor(small, "NAMELESS FIRST")
    assert named.names == ["NAMELESS FIRST", "ALSO NAMELESS", "NAMED LATER"]
    assert named.code_at(None) == "NLT"


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("ZIMBABWE", "1979-06-05", "RHO"),
        ("ZIMBABWE", "1979-06-06", "ZBW"),
        ("SAM GAMGEE", "2008-01-19", "HOBCIV"),
        ("SAM GAMGEE", "2010-01-10", "ORCHOB"),
        ("SAM GAMGEE", "2011-05-01", "HOBMIL"),
        ("SAM GAMGEE", "2014-01-01", "HOBGOV"),
        ("ANN VENEMAN", "2003-01-01", "USAGOV"),
        ("ANN VENEMAN", "2006-01-01", "IGOUNOKID"),
        ("ANN VENEMAN", "2000-01-01", None),
    ],
    ids=["before", "default-after", "before-8digit", "first-listed-wins", "interval",
         "after-6digit", "two-blocks-on-one-line-1", "two-blocks-on-one-line-2", "outside-all"],
)
def test_date_restrictions(small: petrarch.PetrarchDictionaries, name: str, day: str,
                           code: str | None) -> None:
    assert _actor(small, name).code_at(dt.date.fromisoformat(day)) == code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("USAGOV", ("USA", "GOV")), ("PSEREBHMS", ("PSE", "REB")), ("IGOUNOHLHWHO", ("IGO:WHO", None)),
     ("IGOWSTNAT", ("IGO:NATO", None)), ("MNCUSA", ("USA", "BUS")), ("IMGMOSALQ", ("UNK", "REB")),
     ("ELI", (None, "ELI")), ("AFGSPY", ("AFG", "GOV")), ("pse", ("PSE", None)), ("---", None),
     ("G77", None)],
    ids=["country-sector", "first-known-sector", "un-agency", "nato", "company", "armed-group",
         "sector-only", "mapped-sector", "lower-case", "null", "digits"],
)
def test_chronist_code(raw: str, expected: tuple[str | None, str | None] | None) -> None:
    assert petrarch.chronist_code(raw) == expected


def test_agents(small: petrarch.PetrarchDictionaries) -> None:
    by_phrase = {a.phrase: a for a in small.agents}
    assert by_phrase["FOREIGN MINISTER"].sector == "GOV"
    assert by_phrase["POLICE"].plurals == ()
    assert by_phrase["ATTORNEY GENERAL"].plurals == ("ATTORNEYS GENERAL",)
    assert {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"} <= set(by_phrase)
    assert by_phrase["HUMAN RIGHTS BODY"].prefix and by_phrase["HUMAN RIGHTS BODY"].sector is None
    assert by_phrase["SPY CHIEF"].sector == "GOV"


def test_verbs_and_patterns(small: petrarch.PetrarchDictionaries) -> None:
    verbs = {v.lemma: v for v in small.verbs}
    assert verbs["meet"].code == "040" and verbs["meet"].forms == ("met", "meeting", "meets")
    assert verbs["confer"].code == "040:040"
    assert verbs["call off"].code == "164" and verbs["call off"].verb_first
    assert not verbs["klm rst"].verb_first
    assert verbs["impose"].code is None
    assert small.synsets["SANCTIONSET"] == ["SANCTIONS", "EMBARGO", "ARMS EMBARGO"]
    assert ("$", "*", "+") in {p.words for p in small.patterns}


def test_frames_reduce_patterns(small: petrarch.PetrarchDictionaries) -> None:
    frames = petrarch_verbs.frames(small)
    got = {(f.lemma, f.cameo, f.when_object) for f in frames}
    assert ("meet", "040", frozenset()) in got
    assert ("confer", "040", frozenset()) in got                  # paired code: first half
    assert ("call off", "164", frozenset()) in got
    assert ("impose", "163", frozenset({"sanctions", "sanction", "embargo"})) in got
    assert ("impose", "1723", frozenset({"curfew"})) in got
    lemmas = {f.lemma for f in frames}
    assert "klm rst" not in lemmas                                # verb not first: no frame
    assert not any(f.lemma == "impose" and not f.when_object for f in frames)   # "---" block
    assert all(f.source == ("subject",) and f.target[0] == "object" for f in frames)
    assert {f.cameo for f in frames if f.lemma == "impose"} == {"163", "1723"}  # [def], (..) dropped


def _clause(lemma: str, objects: list[str]) -> Clause:
    tokens = [Token(o, o, "NNS", 0, len(o)) for o in objects]
    args = [Phrase(tokens, role="object")] if tokens else []
    return Clause(0, Predicate(lemma, [Token(lemma, lemma, "VBD", 0, 1)]), args)


def test_frames_work_in_a_frame_book(small: petrarch.PetrarchDictionaries) -> None:
    book = FrameBook(petrarch_verbs.frames(small))
    assert book.find(_clause("impose", ["sanction"])).cameo == "163"
    assert book.find(_clause("impose", ["tariff"])) is None
    assert book.find(_clause("meet", [])).cameo == "040"


def test_plugged_into_the_matcher(small: petrarch.PetrarchDictionaries) -> None:
    dictionary = petrarch.dictionary_with(small)
    matcher = ActorMatcher(dictionary)

    def codes(text: str, day: str) -> list[tuple[str, str | None]]:
        return [(a.code, a.sector) for a in matcher.match(toks(text), lang="en",
                                                          date=dt.date.fromisoformat(day))]
    assert codes("Minas Tirith", "2010-01-01") == [("GON", None)]
    assert codes("SAM GAMGEE", "2011-05-01") == [("HOB", "MIL")]
    assert codes("Sam Gamgee", "2014-01-01") == [("HOB", "GOV")]
    assert codes("Ann Veneman", "2006-01-01") == [("IGO:UNICEF", None)]
    assert codes("congresswomen", "2010-01-01") == [("UNK", "LEG")]
    # existing entries win: "United States" is still the shipped USA entry
    assert codes("the United States", "2010-01-01") == [("USA", None)]
    assert "Sam Gamgee" not in petrarch.ActorDictionary.default().persons   # default untouched


# --- errors name file and line -------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "text", "message"),
    [("actors", "\t[USA]\n", ":1: code line"),
     ("actors", "+SYNONYM\n", ":1: synonym"),
     ("actors", "X [USAGOV 20010101-2001]\n", ":1: date '2001'"),
     ("actors", "X [USAGOV 20050101-20010101]\n", ":1: restriction ends"),
     ("actors", "OK [USA]\nX [USAGOV\n", ":2: unbalanced"),
     ("agents", "MINISTER\n", ":1: agent 'MINISTER' has no [code]"),
     ("agents", "X!NOPE! [~GOV]\n", ":1: substitution !NOPE!"),
     ("verbs", "MEET\n", ":1: 'MEET' stands before"),
     ("verbs", "--- MEET [040] ---\n- * WITH\n", ":2: pattern"),
     ("verbs", "--- MEET 040 ---\n", ":1: block header")],
    ids=["code-without-entry", "synonym-without-entry", "bad-date", "reversed-interval",
         "unbalanced", "agent-without-code", "undefined-marker", "verb-before-block",
         "pattern-without-code", "bad-block-header"],
)
def test_errors_name_file_and_line(tmp_path: Path, kind: str, text: str, message: str) -> None:
    path = _write(tmp_path, f"bad.{kind}.txt", text)
    with pytest.raises(petrarch.PetrarchFormatError) as info:
        petrarch.load(**{kind: [path]}, strict=True)
    assert str(path) in str(info.value) and message in str(info.value)
    lenient = petrarch.load(**{kind: [path]})
    assert any(str(path) in p and message in p for p in lenient.problems)


# --- PETRARCH's own validation dictionaries ------------------------------------------------
def _reference(name: str) -> Path:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"{path} not found (shared reference data absent)")
    return path


def test_validation_dictionaries() -> None:
    dicts = petrarch.load(actors=[_reference("PETR.Validate.actors.txt")],
                          agents=[_reference("PETR.Validate.agents.txt")],
                          verbs=[_reference("PETR.Validate.verbs.txt")], strict=True)
    assert len(dicts.actors) > 100 and len(dicts.agents) > 80 and len(dicts.verbs) > 200
    gollum = _actor(dicts, "GOLLUM")
    assert gollum.names == ["GOLLUM", "SMEAGOL", "SLINKER", "STINKER"]
    assert gollum.code_at(dt.date(1994, 1, 1)) == "HOB"
    assert gollum.code_at(dt.date(1997, 1, 1)) == "HOBGOV"
    assert gollum.code_at(dt.date(2001, 1, 1)) == "HOBREB"
    sam = _actor(dicts, "SAM GAMGEE")
    assert sam.code_at(dt.date(2010, 1, 10)) == "ORCHOB"       # "should override the next"
    interpol = _actor(dicts, "INTERNATIONAL CRIMINAL POLICE ORGANIZATION")
    assert interpol.names[1] == "INTERPOL" and interpol.code_at(None) == "IGOCOPITP"
    agents = {a.phrase: a for a in dicts.agents}
    assert "CONGRESSMEN" in agents and agents["CONGRESSMEN"].sector == "LEG"
    assert agents["GOLDEN GOOSE"].plurals == ("GOLDEN GEESE",)
    verbs = {v.lemma: v for v in dicts.verbs}
    assert verbs["abc def ghi"].code == "345" and verbs["abc aardvark advocate"].code == "003"
    assert "ACCORDSYN" in dicts.synsets
    frames = petrarch_verbs.frames(dicts)
    assert frames and all(f.cameo.isdigit() for f in frames)


def test_phoenix_dictionaries() -> None:
    dicts = petrarch.load(actors=[_reference("Phoenix.Countries.actors.txt")],
                          agents=[_reference("Phoenix.agents.txt")],
                          verbs=[_reference("CAMEO.2.0.txt")])
    assert len(dicts.actors) > 10000 and len(dicts.agents) > 2000
    assert all(":" in p.split(": ", 1)[0] for p in dicts.problems)     # file:line
    assert len(dicts.problems) < 30
    frames = petrarch_verbs.frames(dicts)
    roots = {f.cameo[:2] for f in frames}
    assert roots >= {f"{n:02d}" for n in range(2, 21)}
    matcher = ActorMatcher(petrarch.dictionary_with(dicts))
    found = matcher.match(toks("Afghan National Army soldiers"), lang="en", date=dt.date(2010, 1, 1))
    assert [(a.code, a.sector) for a in found] == [("AFG", "MIL")]
