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

from collections.abc import Callable, Collection, Sequence

from ..types import Hit, Sentence
from .features import QuestionTerms

_NAMED = 10  # a place or rare word the topic names counts as this many characters (the city, not 市委书记)


def completing(terms: QuestionTerms, read: Sequence[Hit], hits: Sequence[Hit], articles: int, cap: int,
               floor: float, lead: Callable[[str], tuple[str, str, str]],
               sentences: Callable[[str], Sequence[Sentence]]) -> list[Hit]:
    """At most `cap` sentences, none of them in `read`, of the `articles` articles among `hits` whose topic names
    the question best; each scored `floor`, the last read hit's score (a retrieval score they do not have: the
    rerank reads it as a ratio to the best). `lead(id)`: the article's first body sentence's id ("" when none),
    the topic of that sentence (its headline and outlet) and the topic of the article and of its other sentences
    (those with the first sentence); `sentences(id)`: its sentences in order."""
    if not articles or not cap or not read or not terms.chars:
        return []
    chars = terms.chars
    named = terms.rare + terms.places

    def naming(article_id: str) -> int:
        has = lead(article_id)[2].__contains__  # (the counts by map: no Python frame per character)
        return sum(map(has, chars)) + _NAMED * sum(map(has, named))

    order = list(dict.fromkeys(h.sentence.article_id for h in hits))
    top = sorted(order, key=naming, reverse=True)[:articles]
    # only the read sentences of those articles can say what their article says of the question already (the
    # others' articles are not read, whatever they hold)
    wanted = set(top)
    answered = set()
    for h in read:
        a = h.sentence.article_id
        if a in wanted and a not in answered:
            lead_id, own, whole = lead(a)
            if _holds(terms, h.sentence, own if lead_id == h.sentence.id else whole):
                answered.add(a)
    seen = {h.sentence.id for h in read}
    found: list[tuple[int, Hit]] = []
    for article_id in top:
        if article_id in answered:
            continue
        lead_id, own, whole = lead(article_id)
        # a topic holding all of the question (its own sentences say it) or none of it completes nothing: an
        # article whose two topics are both such is not made into sentences nor folded
        rest_lead, rest_other = _rest(chars, own), _rest(chars, whole)
        if rest_other is None and (rest_lead is None or not lead_id or lead_id in seen):
            continue
        for s in sentences(article_id):
            if s.id in seen or s.kind != "body":
                continue
            rest = rest_lead if s.id == lead_id else rest_other
            if rest is None:
                continue
            has = s.folded.__contains__  # (the tests by map: no Python frame per character)
            if (all(map(has, rest)) or all(has(c) or (c in _SAME and has(_SAME[c])) for c in rest)) \
                    and (not terms.near or any(map(has, terms.near))):
                found.append((-sum(map(has, terms.bigrams)), Hit(s, floor)))
    found.sort(key=lambda t: t[0])
    return [h for _, h in found[:cap]]


# characters a sentence may print for the question's with the same sense: "持续至9月10日" answers "持续到几月几日"
_SAME = {"到": "至", "至": "到"}


def _rest(chars: Collection[str], topic: str) -> list[str] | None:
    """The question's characters a topic lacks; None when it lacks none or all of them (nothing to complete)."""
    rest = [c for c in chars if c not in topic]
    return rest if rest and len(rest) < len(chars) else None


def _holds(terms: QuestionTerms, s: Sentence, topic: str) -> bool:
    """The sentence, with its topic, holds every character of the question and the words right against its
    question word ("开工" of "什么时候开工"): what its article says of the question is read already."""
    f = s.folded
    return all(c in f or c in topic for c in terms.chars) and all(map(f.__contains__, terms.near))
