"""Answers from an article's dateline: "新华社从哪里发回的关于X的报道？" → the dateline's place.

Like byline.py, the article is the one the question's topic (its "关于X" part, else its words without the
agency) retrieves, never the best-scoring dateline anywhere: every dateline matches "新华社…电" equally. The
place is the dateline's ("新华社太原7月8日电" → 太原), else the byline line's ("记者王超群∕台北报导" → 台北).
When that article has neither, the answer is a decline that says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import BYLINE_PLACE, DATELINE_QUESTION, DATELINE_QUESTION_WORDS, FUNCTION_CHARS, PUNCT
from ..normalize import fold
from ..types import Answer, Article, Corpus, Hit, Sentence
from .question import QuestionInfo

_ABOUT = re.compile(r"(?:关于|有关)(.+?)(?:的?(?:报道|报导|消息|新闻|稿件|文章))?[?？。]?$")


def topic_of(info: QuestionInfo) -> str:
    """What the report is about: "新华社从哪里发回的关于习近平在山西考察的报道" → 习近平在山西考察."""
    q = info.text
    m = _ABOUT.search(q)
    if m:
        topic = m.group(1)
    else:
        asked = DATELINE_QUESTION.search(q)
        # the words before "从哪里发回" name the agency ("新华社", "联合报记者"), not the topic
        topic = q[asked.end():] if asked and asked.end() < len(q) - 3 else q
        for word in sorted(DATELINE_QUESTION_WORDS, key=len, reverse=True):
            topic = topic.replace(word, "")
    return "".join(c for c in topic if c not in PUNCT and c not in FUNCTION_CHARS and not c.isspace())


def place_of(article: Article) -> str:
    """The place the article was filed from: its dateline's, else its byline line's ("∕台北报导")."""
    if article.dateline is not None and article.dateline.place:
        return article.dateline.place
    m = BYLINE_PLACE.search(fold(article.byline.text))
    return article.byline.text[m.start(1):m.end(1)] if m else ""


def dateline_answer(question: str, info: QuestionInfo, corpus: Corpus, ranked: Sequence[tuple[Hit, float]],
                    min_coverage: float) -> Answer | None:
    """The dateline place of the article the question is about; None when no retrieved article is about the
    topic (the composer then answers from the text or declines). `ranked` is (hit, coverage) in rerank order."""
    topic = topic_of(info)
    article = _article(topic, corpus, ranked, min_coverage)
    if article is None:
        return None
    evidence = tuple(h for h, _ in ranked)
    place = place_of(article)
    found = _locate(place, corpus.sentences_of(article.id), article) if place else None
    if place and found is not None:
        s, start = found
        hit = next((h for h in evidence if h.sentence.id == s.id), Hit(s, 0.0))
        return Answer(question=question, text=s.text[start:start + len(place)], declined=False, qtype=info.qtype,
                      confidence=0.9, rule="dateline:place", sentence=s, span=(start, start + len(place)),
                      article=article, evidence=(hit,) + tuple(h for h in evidence if h.sentence.id != s.id))
    where = f"《{article.headline}》" if article.headline else "这篇报道"
    return Answer(question=question, text="", declined=True, qtype=info.qtype, confidence=0.0,
                  rule="decline:no-dateline", article=article, evidence=evidence,
                  message=f"{where}没有电头或发稿地点。")


def _article(topic: str, corpus: Corpus, ranked: Sequence[tuple[Hit, float]], min_coverage: float
             ) -> Article | None:
    if not topic:
        return None
    for hit, coverage in ranked:
        s = hit.sentence
        a = corpus.article(s.article_id)
        headline = fold(a.headline + " " + a.subheadline)
        text = headline if s.kind in ("byline", "credit") else s.folded + headline
        if _share(topic, text) >= 0.5 or (s.kind not in ("byline", "credit") and coverage >= min_coverage
                                           and _share(topic, text) > 0):
            return a
    return None


def _locate(place: str, sentences: Sequence[Sentence], article: Article) -> tuple[Sentence, int] | None:
    """The sentence that prints the place in the dateline or byline (its offset there), else the first that
    names it."""
    opening = article.dateline.text if article.dateline is not None else ""
    first = [s for s in sentences if (opening and s.text.startswith(opening)) or s.kind == "byline"]
    for s in first + [s for s in sentences if s not in first]:
        at = s.text.find(place)
        if at >= 0:
            return s, at
    return None


def _share(topic: str, text: str) -> float:
    """Share of the topic's character pairs found in the text."""
    pairs = [topic[i:i + 2] for i in range(len(topic) - 1)] or [topic]
    return sum(p in text for p in pairs) / len(pairs)
