"""Article → Sentences: split paragraphs on sentence-final punctuation, keeping offsets and stable ids."""

from __future__ import annotations

import re

from .types import Article, Sentence

# A sentence ends at 。！？!?；; or an ellipsis, together with any closing quotes or brackets after it.
_END = re.compile(r"(?:[。！？!?；;]+|…+|\.{3,})[”’」』）)\]》]*")


def split_text(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, whitespace trimmed, empty pieces dropped."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_article(article: Article) -> list[Sentence]:
    """Every paragraph of the article (headline and byline included, so they are searchable) as sentences."""
    out = []
    for para in article.paragraphs:
        # Headlines, bylines and credits are one passage each, however they are punctuated.
        spans = split_text(para.text) if para.kind == "body" else [(0, len(para.text))]
        for n, (s, e) in enumerate(spans):
            text = para.text[s:e]
            out.append(Sentence(
                id=f"{article.id}:{para.index}:{n}", article_id=article.id, paragraph=para.index,
                kind=para.kind, text=text, start=s, end=e,
            ))
    return out
