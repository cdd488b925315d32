"""The sentence after a restated one: a question often copies a sentence S almost word for word and asks what the
next sentence of its paragraph tells about it ("…與司馬休之聯結" asked from "劉裕…出兵討伐司馬休之。" then "當時
雍州刺史魯宗之…故與司馬休之聯結"; "這四項賽事被稱為大滿貫"; "這也使它獲得了「義大利汽車之都」的暱稱"). S wins
every overlap feature, yet its own words are the question's; the answer is in S+1, which points back to S with a
demonstrative or a pronoun (這, 該, 此, 其, 它, 他). That sentence is read as S's (its rank and coverage), its
candidates marked `next_of_restated`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Corpus, Hit
from .features import Ranked

# a sentence opening by pointing back at the one before: 这/這 (这项, 这也), 该/該, 此, 其, 它, 牠, 祂, 他, 她
# (folded: simplified); not the adverbs and connectives that open with the same characters: 此外 (besides), 其实
# (in fact), 其次 (secondly), 其他 (other), 这么 (so); nor a comparison, whose names are another's ("这与恩斯特·海克尔
# 的理论不同", "它与《台湾新生报》一脉相承" for the paper before it)
POINTS_BACK = re.compile(r"^[“\"「]?(?!此外|其实|其次|其他|其它|这么)[这该此其它牠祂他她](?![与和跟])")


RESTATED = 0.75  # share of the question's content characters S holds: nearly all, it restates the question


def next_of_restated(corpus: Corpus, ranked: Sequence[Ranked], restated: float = RESTATED
                     ) -> tuple[Ranked, Ranked] | None:
    """(S, S+1 read as S) when the best reranked sentence S holds `restated` of the question and the next
    sentence of its paragraph points back to it; None otherwise."""
    r = ranked[0] if ranked else None
    if r is None or r.coverage < restated or r.hit.sentence.kind != "body":
        return None
    s = r.hit.sentence
    after = [x for x in corpus.sentences_of(s.article_id) if x.paragraph == s.paragraph and x.start >= s.end]
    if not after or not POINTS_BACK.match(after[0].folded):
        return None
    return r, replace(r, hit=Hit(after[0], r.hit.score))
