"""Language packs: one registry, and a language added as one folder.

A made-up language ("zz", Zorbish, in tests/packs/zz: a handful of words, two frames, two
country names) is registered from its folder and codes a sentence through the normal
pipeline; no module of the package knows it. And the shared stages (coding, actors, time,
geo) hold no word and no tag of any language: they read the pack.
"""
import ast
import datetime as dt
from pathlib import Path

import pytest

import chronist
import chronist.lang as languages
from chronist.errors import ConfigError, InputError
from chronist.lang.pack import Language, load_words
from chronist.model import Article
from chronist.pipeline import Pipeline

PACKS = Path(__file__).resolve().parent / "packs"
PACKAGE = Path(chronist.__file__).resolve().parent


def test_registry_lists_the_built_in_packs():
    assert languages.available()[:2] == ("de", "en")
    for code in languages.available():
        pack = languages.get(code)
        assert isinstance(pack, Language) and pack.code == code
        assert pack.frame_files() and pack.frame_files()[0].name == "frames.yaml"
        assert pack.data("time.yaml") is not None and pack.data("places.yaml") is not None
    assert languages.get("de").words.deontic_modals == {"müssen", "sollen"}
    assert languages.get("en").tags.is_verb("VBD") and not languages.get("de").tags.is_verb("VBD")


def test_an_unknown_language_names_the_ones_there_are():
    with pytest.raises(InputError, match=r"unsupported language 'xx'; Chronist reads de, en"):
        languages.get("xx")


def test_a_bad_word_file_is_refused(tmp_path):
    (tmp_path / "words.yaml").write_text("conjunctions: und\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="conjunctions is 'und'; write a list of words"):
        load_words(tmp_path / "words.yaml")
    (tmp_path / "words.yaml").write_text("konjunktionen: [und]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        load_words(tmp_path / "words.yaml")


@pytest.fixture
def zorbish():
    pack = languages.load_folder(PACKS / "zz")
    yield pack
    languages.unregister("zz")


@pytest.mark.parametrize("lang", ["zz", None], ids=["given", "detected"])
def test_a_made_up_language_codes_through_the_normal_pipeline(zorbish, lang):
    assert "zz" in languages.available()
    article = Article(text="Ka Zorbia blimat ka Quandor. Quandor kraxat Zorbia.", id="zz-1",
                      date=dt.date(2024, 5, 2), lang=lang)
    doc = Pipeline.default().process(article)
    assert doc.lang == "zz"
    got = [(e.source[0].code, e.cameo, e.plover, e.target[0].code, e.event_text, e.date) for e in doc.events]
    assert got == [("DEU", "040", "CONSULT", "FRA", "blimat", "2024-05-02"),
                   ("FRA", "111", "ACCUSE", "DEU", "kraxat", "2024-05-02")]
    assert doc.events[0].source[0].text == "Zorbia"


def test_the_made_up_language_leaves_no_trace(zorbish):
    languages.unregister("zz")
    assert languages.available() == ("de", "en")
    with pytest.raises(InputError):
        Pipeline.default().process(Article(text="Zorbia blimat Quandor.", id="zz-2", lang="zz"))


# Tags of STTS (German, HanTa) and of the Penn Treebank (English, spaCy), and German function
# words: none of them may stand as a string in the language-neutral stages.
STTS = {"ADJA", "ADJD", "APPR", "APPRART", "ART", "KON", "NE", "PDS", "PDAT", "PPER", "PPOSAT",
        "PRELS", "PTKVZ", "PTKNEG", "VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VV", "VA", "VM"}
PENN = {"NNS", "NNP", "NNPS", "PRP", "PRP$", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "DT", "MD"}
GERMAN = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "sowie", "von", "vom",
          "durch", "aus", "im", "mit", "gegen", "zu", "für", "über", "es", "er", "sie", "sein", "seine",
          "dieser", "diese", "müssen", "sollen", "können", "dürfen"}
NEUTRAL = ("coding", "actors", "time", "geo")


def _strings(path: Path):
    """The string constants of a module, docstrings left out (examples may quote any text)."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


@pytest.mark.parametrize("folder", NEUTRAL)
def test_shared_stages_hold_no_tag_and_no_german_function_word(folder):
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for line, value in _strings(path):
            word = value.strip()
            if word in STTS | PENN or word.lower() in GERMAN or word.startswith("prep:") and word[5:] in GERMAN:
                found.append(f"{path.relative_to(PACKAGE)}:{line}: {value!r}")
    assert not found, "\n".join(found)


def test_the_check_finds_what_it_looks_for(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('"""der Präsident"""\nTAGS = ("PPOSAT", "PRP$")\nX = "durch"\n', encoding="utf-8")
    assert sorted(v for _, v in _strings(path)) == ["PPOSAT", "PRP$", "durch"]
