"""Zorbish ("zz"): a made-up language pack for tests, registered from this folder with
``chronist.lang.load_folder``. Its grammar is as small as a grammar can be: words are split
at spaces, a sentence ends at a full stop, the one verb of a sentence (a word of
``lexicon.yaml``) has its subject before it and its object after it."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from chronist.lang.pack import Language
from chronist.model import Article, Clause, Phrase, Predicate, Sentence, Token

FOLDER = Path(__file__).resolve().parent
_WORD = re.compile(r"\w+|[^\w\s]")
_SENTENCE = re.compile(r"[^.]+\.?")


class ZorbishFrontEnd:
    def __init__(self) -> None:
        self.verbs = yaml.safe_load((FOLDER / "lexicon.yaml").read_text("utf-8"))["verbs"]

    def warm(self) -> None:
        pass

    def process_many(self, articles: list[Article]) -> list[list[Sentence]]:
        return [self.process(article) for article in articles]

    def process(self, article: Article) -> list[Sentence]:
        out = []
        for m in _SENTENCE.finditer(article.text):
            if not m.group().strip():
                continue
            sentence = Sentence(index=len(out), text=m.group(), start=m.start(), end=m.end())
            for w in _WORD.finditer(m.group()):
                lemma = self.verbs.get(w.group().lower(), w.group())
                pos = "V" if w.group().lower() in self.verbs else ("P" if not w.group().isalnum() else "N")
                sentence.tokens.append(Token(w.group(), lemma, pos, m.start() + w.start(), m.start() + w.end()))
            verbs = [k for k, t in enumerate(sentence.tokens) if t.pos == "V"]
            if verbs:
                k = verbs[0]
                words = [t for t in sentence.tokens if t.pos != "P"]
                before = [t for t in words if t.end <= sentence.tokens[k].start]
                after = [t for t in words if t.start >= sentence.tokens[k].end]
                verb = sentence.tokens[k]
                sentence.clauses = [Clause(sentence=sentence.index,
                                           predicate=Predicate(lemma=verb.lemma, tokens=[verb], tense="past"),
                                           arguments=[Phrase(before, role="subject"), Phrase(after, role="object")])]
            out.append(sentence)
        return out


PACK = Language.from_folder(FOLDER, code="zz", name="Zorbish", frontend=ZorbishFrontEnd)
