"""Confidence signals of a how-answer: does it tell a means, set before the act the question asks?

A how-answer is a clause, long by nature, and on CMRC most long answers are wrong by F1, so the confidence model
read every long how-answer as unsure — also the news page's right ones ("调解员是如何化解…的" ↔ "调解员通过细致沟通,…",
"纠纷是怎么化解的" ↔ "经过…有效调解,纠纷得以迅速化解"). Two signals tell such an answer apart from a description
that only shares the question's topic:
- `how_means`: a means word (通过, 经过, 采取, 依靠…; lexicon.MEANS_WORDS) opens the answer's first clause (after at
  most its subject) or stands right before the answer;
- `how_verb`: the question's verb (the two characters after its question word and a means noun, 通过什么|方式|发展;
  one when it ends with 的: 怎么死的) is printed in the answer's sentence after the answer's start — the answer sits
  where the means of that act goes.
Read by policy.confidence_features for the confidence model only (policy.CONFIDENCE_ONLY keeps them out of the
evidence model: whether the sentence holds an answer is not what they tell).
"""

from __future__ import annotations

from ..lexicon import MEANS_WORDS
from ..types import Candidate
from .features import Features
from .question import QuestionInfo

_CLAUSE_MARKS = ",，;；:：。"
# "通过什么|方式|发展": the means noun the question word asks with comes before its verb
_MEANS_NOUNS = ("的方式", "的方法", "的办法", "的途径", "方式", "方法", "办法", "途径", "手段", "措施")
_SUBJECT_CHARS = 6  # "调解员|通过…": a short subject may come before the means word in the answer's first clause


def _verb(info: QuestionInfo) -> str:
    """The question's verb after its question word: "如何|化解企业…的" → 化解, "怎么|死的" → 死; "" when none."""
    right = info.right.strip().rstrip("?？ 呢")
    right = right[len(next((n for n in _MEANS_NOUNS if right.startswith(n)), "")):]
    head = right[:1] if len(right) == 2 and right.endswith("的") else right[:2]
    if not head or head[0] == "的" or not all("\u4e00" <= c <= "\u9fff" for c in head):
        return ""
    return head


def means_signals(best: Candidate, info: QuestionInfo) -> Features:
    """`how_means` and `how_verb` (each 0 or 1) of a how-question's answer; {} for other questions."""
    if info.qtype != "how":
        return {}
    f = best.sentence.folded
    span = f[best.start:best.end]
    cut = min((i for i, c in enumerate(span) if c in _CLAUSE_MARKS), default=len(span))
    first = span[:cut]
    opens = any(0 <= first.find(w) <= _SUBJECT_CHARS for w in MEANS_WORDS)
    before = f[max(0, best.start - 2):best.start]
    means = opens or any(before.endswith(w) for w in MEANS_WORDS)
    verb = _verb(info)
    return {"how_means": float(means), "how_verb": float(bool(verb) and verb in f[best.start:])}
