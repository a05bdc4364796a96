"""The German front-end: sentences, HanTa tags and lemmas, clauses."""
from __future__ import annotations

from chronist.lang.de.clauses import SentenceAnalyser
from chronist.lang.de.split import is_caption, split_sentences
from chronist.lang.de.tag import tokens
from chronist.lang.segments import sentence_spans
from chronist.model import Article, Sentence


class GermanFrontEnd:
    """Article in, Sentences with tokens and clauses out."""

    lang = "de"

    def warm(self) -> None:
        """Load spaCy's tokenizer, HanTa's model and the tagger's compiled searches now
        rather than on the first sentences (a bulk run; one sentence needs no compiled loops)."""
        from chronist.lang.de.tag import _bare_tokenizer, _tagger
        _bare_tokenizer()
        decoder = getattr(_tagger(), "decoder", None)
        if decoder is not None:
            decoder.compile()

    def process_many(self, articles: list[Article]) -> list[list[Sentence]]:
        return [self.process(article) for article in articles]

    def process(self, article: Article) -> list[Sentence]:
        analyser = SentenceAnalyser()
        text = article.text
        out = []
        for index, (start, end) in enumerate(sentence_spans(article, split_sentences)):
            sentence_text = text[start:end]
            sentence = Sentence(index=index, text=sentence_text, start=start, end=end,
                                caption=is_caption(sentence_text))
            sentence.tokens = tokens(text, start, end)
            if not sentence.caption:
                sentence.clauses = _passage_clauses(analyser, index, sentence, article.sentences is not None)
            out.append(sentence)
        return out


def _passage_clauses(analyser: SentenceAnalyser, index: int, sentence: Sentence, given: bool) -> list:
    """The clauses of a sentence; of a passage given as one (a gold record of two sentences: "Die
    Frau wurde gefunden. Ein Mann wurde festgenommen."), those of each of its sentences in turn, as
    if they had been split (the parents of the later ones' clauses shifted by the earlier ones')."""
    parts = split_sentences(sentence.text) if given else []
    if len(parts) < 2:
        return analyser.analyse(index, sentence.tokens)
    clauses = []
    for a, b in parts:
        own = [t for t in sentence.tokens if sentence.start + a <= t.start < sentence.start + b]
        if not own:
            continue
        made = analyser.analyse(index, own)
        for clause in made:
            if clause.parent is not None:
                clause.parent += len(clauses)
        clauses.extend(made)
    return clauses
