"""Hits → Answer. (Placeholder until the rule-based composer lands: answers with the best sentence.)"""

from __future__ import annotations

from .config import ComposerConfig
from .question import qtype
from .tokenize import Tokenizer
from .types import Answer, Corpus, Hit

DECLINE = "资料中没有找到相关内容。"


class Composer:
    def __init__(self, config: ComposerConfig, corpus: Corpus, tokenizer: Tokenizer):
        self.config = config
        self.corpus = corpus
        self.tokenizer = tokenizer

    def compose(self, question: str, hits: list[Hit]) -> Answer:
        kind = qtype(question)
        if not hits or hits[0].score < self.config.min_score:
            return Answer(question=question, text="", declined=True, qtype=kind, confidence=0.0,
                          rule="decline:low-score", evidence=tuple(hits), message=DECLINE)
        best = hits[0]
        return Answer(
            question=question, text=best.sentence.text, declined=False, qtype=kind,
            confidence=min(1.0, best.score / (best.score + 5.0)), rule="sentence",
            sentence=best.sentence, span=(0, len(best.sentence.text)),
            article=self.corpus.article(best.sentence.article_id), evidence=tuple(hits),
        )
