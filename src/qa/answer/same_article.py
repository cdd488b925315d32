"""Sentences of the articles that name the question best, read past the retrieved ones.

Many papers tell of the same kind of event — a 人大 session, a 开工 ceremony, a project's figures — each of its
own city. The question names the city, the session or the project once; the article names them once too, in
its headline, its outlet or its first sentence ("政协第六届吴忠市委员会第三次会议举行第二次全体会议"), and the
sentence that answers prints only the rest ("马锐锋主持会议。", "市委书记、市长王学军,…", "该项目…于2011年4月22日
开工"). BM25 scores a sentence's own words, so other cities' sentences that repeat the common words (市委书记,
开工, 总投资) fill the retrieved ones and the one that answers ranks 43rd or 63rd: never read.

So the few retrieved articles whose topic (headline, outlet, first sentence) names most of the question — its
places and rare words first — are read whole for it, unless a sentence already read from one of them holds the
question and the words right against its question word: a sentence of such an article that holds all its topic
leaves out of the question, and a word against the question word, is read as well (the best few, by the
question's bigrams they hold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..types import Hit, Sentence
from .features import QuestionTerms

_NAMED = 10  # a place or rare word the topic names counts as this many characters (the city, not 市委书记)


def completing(terms: QuestionTerms, read: Sequence[Hit], hits: Sequence[Hit], articles: int, cap: int,
               floor: float, topic: Callable[[Sentence], str], article_topic: Callable[[str], str],
               sentences: Callable[[str], Sequence[Sentence]]) -> list[Hit]:
    """At most `cap` sentences, none of them in `read`, of the `articles` articles among `hits` whose topic names
    the question best; each scored `floor`, the last read hit's score (a retrieval score they do not have: the
    rerank reads it as a ratio to the best). `topic(s)`: what names a sentence's topic beyond its own words (its
    article's headline, outlet and first sentence, not itself); `article_topic(id)`: the article's;
    `sentences(id)`: its sentences in order."""
    if not articles or not cap or not read or not terms.chars:
        return []
    named = terms.rare + terms.places

    def naming(article_id: str) -> int:
        t = article_topic(article_id)
        return sum(c in t for c in terms.chars) + _NAMED * sum(w in t for w in named)

    order = list(dict.fromkeys(h.sentence.article_id for h in hits))
    answered = {h.sentence.article_id for h in read if _holds(terms, h.sentence, topic(h.sentence))}
    best = [a for a in sorted(order, key=naming, reverse=True)[:articles] if a not in answered]
    seen = {h.sentence.id for h in read}
    found: list[tuple[int, Hit]] = []
    for article_id in best:
        rests: dict[str, list[str]] = {}  # an article has two topics (its lead's, its other sentences'): read once
        for s in sentences(article_id):
            if s.id in seen or s.kind != "body":
                continue
            t = topic(s)
            rest = rests.get(t)
            if rest is None:
                rest = rests[t] = [c for c in terms.chars if c not in t]
            if not rest or len(rest) == len(terms.chars):
                continue  # the topic holds all of the question (its own sentences say it) or none of it
            f = s.folded
            if all(c in f for c in rest) and (not terms.near or any(b in f for b in terms.near)):
                found.append((-sum(b in f for b in terms.bigrams), Hit(s, floor)))
    found.sort(key=lambda t: t[0])
    return [h for _, h in found[:cap]]


def _holds(terms: QuestionTerms, s: Sentence, topic: str) -> bool:
    """The sentence, with its topic, holds every character of the question and the words right against its
    question word ("开工" of "什么时候开工"): what its article says of the question is read already."""
    f = s.folded
    return all(c in f or c in topic for c in terms.chars) and all(b in f for b in terms.near)
