"""A which-question answered by the category a sentence puts its subject in, not by the subject: "波你尼梵语与哪一
门语言非常相似?" ↔ "学者经常把吠陀梵语和古典梵语区分为不同的方言" → 方言; "以哪一个族群的人口占多数?" ↔
"(乌孜别克人)…是中亚最大的民族" → 民族; "高句丽的祖先有可能是什么民族的?" ↔ "…是个以马为图腾的氏族" → 氏族.

The head rule takes the noun that shares the asked noun's kind (方言 for 语言, 民族 for 族群), but a noun that ends
a copula's predicate ("是/为/成为 … 的 N") is the class the sentence files its subject under: the member asked is
the subject, which the head rule did not choose. A bare dictionary word there (no name: 方言, 民族, 官方语言,
主场) names no member, so the answer is declined ("decline:category"). A copula inside another word (于是, 就是,
因为, 作为, 认为) is none: "因为刘宋强盛的水军", "也就是今天的东校区" are kept."""

from __future__ import annotations

import re

from ..tokenize import main_word_freq
from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_start

# a copula opening the predicate, not a character of another word (于是, 就是, 但是, 因为, 作为, 认为, 以为)
_COPULA = re.compile(r"(?<![于就但还或只也即总倒凡要若])是|(?<![因作认以称])为")
_MAX_CHARS = 4  # a bare kind word ("官方语言"), not a phrase that may name the member itself


def category_word(info: QuestionInfo, best: Candidate) -> str:
    """"decline:category" when a what-question's head answer is the bare noun ending a copula's predicate."""
    if info.qtype != "what" or not best.rule.startswith("head"):
        return ""
    folded = best.sentence.folded
    text = folded[best.start:best.end].strip()
    if not text or len(text) > _MAX_CHARS or main_word_freq(text) == 0:
        return ""
    before = folded[clause_start(folded, best.start):best.start]
    return "decline:category" if before.endswith("的") and _COPULA.search(before) else ""
