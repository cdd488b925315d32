"""A who-question's person candidate whose own last word names a thing, not a person: a law ("…對傳統的、無伸縮性的
羅馬法進行了大幅度修改" → 羅馬法 for 哪位東羅馬皇帝推動…), a fief ("按照西歐封邑的模式分配給十字軍將領們" →
西歐封邑 for 由威尼斯人和誰取走), an army of a side ("聯絡蘇俄紅軍、帝俄白軍及日本" → 帝俄白軍).

jieba tags these nr, so they stand among the names and may outscore the person the sentence names beside them
(利奧三世, 8.29 against 羅馬法's 8.54). Unlike thing_as_person.py, which declines such an answer when it is left
alone, this drops the candidate before the best is chosen, so another name of the sentence may answer. A Chinese
name may end with 法 or 邑 (王法), so only a span of three characters or more is read by its ending; an army is
told by two characters (白军, not 军: 张建军 is a name)."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

# the last words of things named like people (folded): a law, a fief, the armies of a side
_THING_ENDS = ("法", "邑", "白军", "红军", "联军", "叛军")
_SHORTEST = 3  # characters: a two-character name may end so (王法)


def thing_ending(c: Candidate) -> str:
    """The thing word a person candidate ends with ("" when none, or when it is too short to tell)."""
    if c.type != "person":
        return ""
    text = c.sentence.folded[c.start:c.end].strip()
    if len(text) < _SHORTEST:
        return ""
    return next((end for end in _THING_ENDS if text.endswith(end) and len(text) > len(end)), "")


def not_thing_endings(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` without a who-question's person candidates that end with a thing's word the question does not print
    itself ("罗马法是谁制定的" may ask of 罗马法; it is then the question's echo, declined elsewhere)."""
    if info.qtype != "who":
        return list(kept)
    return [c for c in kept if not thing_ending(c) or c.sentence.folded[c.start:c.end].strip() in info.text]
