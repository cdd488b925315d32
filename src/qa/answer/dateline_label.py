"""The dateline opening a report is the paper's label, no answer: "上饶县工业项目集中开(竣)工活动在哪个工业园举行"
is not answered by "本报讯" of "本报讯 记者陈绍鹏报道:11月28日,上饶县举行…" — a span inside the article's dateline
(its agency, its reporters' role) names who sent the report, never what the report tells ("decline:dateline"). Who
wrote it is the byline's answer (byline.py), which reads the dateline itself."""

from __future__ import annotations

from ..types import Article, Candidate
from .question import QuestionInfo


def in_dateline(best: Candidate, info: QuestionInfo, article: Article) -> bool:
    """True when the answer lies inside the dateline that opens its sentence, for a question of any type but who."""
    d = article.dateline
    if d is None or not d.text or info.qtype == "who":
        return False
    text = best.sentence.text
    return text.startswith(d.text) and best.end <= len(d.text)
