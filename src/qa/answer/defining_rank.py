"""The sentence that defines the term asked is among those candidates are made from, however it reranked.

"什么是标准杆?" over a golf article: the rerank puts first the many sentences that repeat 标准杆 (标准杆数, 低于
标准杆4杆, 总杆数等于标准杆数, …) and the article's own opening "标准杆,是一个高尔夫球运动术语,…" — the one
sentence that says what it is, printing the term once — ranks 9th or lower. Only the best `composer.sentences`
(8) reranked sentences give candidates, so `defining_first` (defining.py) has nothing of it to move to the front
and a phrase of another sentence answers ("所有球洞标准杆"; "棱柱的两个底面的距离" for "什么是棱柱"). For a
whole-definition question ("什么是X", "X是什么") none of whose best sentences defines X, the best read sentence
that does (`defines`: it opens with X and its copula) takes the last of those places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ..normalize import fold
from ..types import Hit, Sentence
from .defining import asked_term, defines
from .question import QuestionInfo

_R = TypeVar("_R")


def defining_among_best(info: QuestionInfo, ranked: Sequence[_R], n: int, sentence: Callable[[_R], Sentence]
                        ) -> list[_R]:
    """`ranked` (best first) with the best sentence defining the term asked moved up to the `n`th place when none
    of the best `n` defines it; the others keep their order. Unchanged for a question asking no whole definition
    (`asked_term`) and when no sentence defines it. `sentence(r)`: the sentence of a ranked item."""
    out = list(ranked)
    term = fold(asked_term(info))
    if not term or n < 1 or any(defines(sentence(r).folded, term) for r in out[:n]):
        return out
    at = next((i for i, r in enumerate(out) if defines(sentence(r).folded, term)), -1)
    if at >= n:
        out.insert(n - 1, out.pop(at))
    return out


def defining_read(info: QuestionInfo, read: Sequence[Hit], sentences: Callable[[str], Sequence[Sentence]]
                  ) -> list[Hit]:
    """The first sentence defining the term asked of the best read hit's article, scored as the last read hit,
    when no read sentence defines it ("在数学中,约化群是幂单根为平凡群的代数群": BM25 never retrieved it, as the
    three sentences retrieved of its article print 约化群 as the tokenizer cut the question); [] otherwise, and
    for a question asking no whole definition. `sentences(id)`: an article's sentences in order."""
    term = fold(asked_term(info))
    if not term or not read or any(defines(h.sentence.folded, term) for h in read):
        return []
    for s in sentences(read[0].sentence.article_id):
        if defines(s.folded, term):
            return [Hit(s, read[-1].score)]
    return []
