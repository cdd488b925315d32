"""A condition asked ("在什么样的情况下…", "在哪一种状态下时…") is answered by the clause the sentence closes with 时 or
的时候 right before the question's predicate.

"过氧乙醚在什么样的情况下有可能发生爆炸?" ↔ "过氧乙醚沸点更高,并且在|干燥|的时候可能发生爆炸。"; "乙醚在哪一种状态下时
非常稳定?" ↔ "…极性有机溶剂,|与空气隔绝|时相当稳定。": the question's frame word (情况, 状态) is never printed, so
its anchors put the slot on the subject's other predicate (沸点更高, 用途). The sentence words the condition as a
time clause whose predicate is the question's own; that clause, without 在 and 的时候, answers."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import char_bigrams

# the question's frame: 在 + a which-word + a condition noun + 下 (+ 时), then its predicate
_ASKED = re.compile(r"在(?:什么样的?|什么|哪一?种|何种|怎样的?)(?:情况|状态|条件|情形|环境)下时?(.+)")
# the sentence's condition: (在) + a clause of 2–12 characters + 的时候/时, no break or second 在 inside
_TOLD = re.compile(r"在?([^,，;；:：。!！?？在的时]{2,12}?)(?:的时候|时)")
_REACH = 4  # characters between the condition's 时 and the question's predicate (相当, 可能)


def condition_told(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The condition clause before 时/的时候 in the best candidate's sentence when its predicate (a bigram of the
    question's after the frame) follows within a few characters; None otherwise or when several clauses do."""
    if not best.rule.startswith(("slot", "sentence")):
        return None
    asked = _ASKED.search(info.text)
    if asked is None:
        return None
    predicate = char_bigrams(asked.group(1).rstrip("?？ 呢"))
    f = best.sentence.folded
    found = []
    for m in _TOLD.finditer(f):
        after = f[m.end():m.end() + _REACH + 2]
        if not any(g in after for g in predicate):
            continue
        grams = char_bigrams(m.group(1))
        if grams and all(g in info.text for g in grams):
            continue  # the question's own words ("过氧乙醚…时"), not the condition
        found.append(m.span(1))
    if len(found) != 1 or found[0] == (best.start, best.end):
        return None
    return best.narrowed(*found[0], "condition")
