"""A thing asked by its superlative, and the answer's sentence gives that superlative to a thing of another kind.

"現存中國最早的佛經是哪一部" ↛ "…著成中國現存最早的海洋生物專著《閩中海錯疏》", "世界上歷史最悠久的古典音樂節為" ↛
"威尼斯影展…是世界上歷史最悠久的影展", "世界最大的錫克神廟在哪裡" ↛ "…是全世界最大的一個技術和自然科學圖書館":
the sentence says which is the earliest, the oldest, the largest — of sea-creature books, of film festivals, of
libraries. The question's noun after its superlative (佛经, 古典音乐节, 锡克神庙) is printed nowhere in the
sentence, and every noun the sentence puts after the same superlative shares no character with it (最严重的地区
for 最严重的区域 is the same kind said otherwise, 区): the thing asked is not there, its answer is of another kind
(`decline:kind`).

Only a superlative with 的 right before the asked noun, that noun closing the subject (followed by the copula, the
question word or the question's end), is read; 最终, 最后 (an adverb: "最終產生的協議為") are none.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 005c8d09): 3 answers to absent questions
declined, all wrong, none right lost."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

# "最早的佛经是", "最悠久的古典音乐节为", "最大的锡克神庙在哪": the superlative, then the asked noun closing the
# subject; 最终 and 最后 are adverbs
_ASKED = re.compile(r"最(?!终|后)([\u4e00-\u9fff]{1,2})的([^\W\d_的「」“”《》]{2,8}?)(?=是|为|在哪|哪|什么|[?？]|$)")


def superlative_kind(info: QuestionInfo, best: Candidate) -> str:
    """"decline:kind" when the question's noun after its superlative is missing from the answer's sentence and the
    sentence gives the same superlative only to nouns sharing no character with it; "" otherwise."""
    m = _ASKED.search(info.text)
    if m is None:
        return ""
    superlative, noun = "最" + m.group(1), m.group(2)
    f = best.sentence.folded
    if noun in f:
        return ""
    given = [x.group(1) for x in re.finditer(re.escape(superlative) + r"的([^\W\d_]{1,12})", f)]
    return "decline:kind" if given and not any(set(g) & set(noun) for g in given) else ""
