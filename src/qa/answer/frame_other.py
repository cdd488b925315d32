"""A figure the sentence prints in the question's frame about another thing ("上海男排时隔多少年再夺全运会冠军" ↔
"上海海港队时隔5年再夺中超联赛冠军"): the words the question puts around its question word are there, but the noun
they hold is another (中超联赛 for 全运会) — the sentence tells of something else, and a figure elsewhere that
lacks the clash answers first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")
# a word pointing back to the thing at hand ("此次论坛", "本届运动会"), which names no other one
_POINTING = re.compile(r"(?:此|本|这|该)(?:次|届|项|个|场)?")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if _WORD_CHAR.match(text[i]) and _WORD_CHAR.match(text[i + 1])}


def _clash(asked: str, printed: str) -> bool:
    """`printed` opens with the start of `asked` and holds its last two characters later, the words between them
    sharing no character with the question's ("再夺|全运会|冠军" ↔ "再夺|中超联赛|冠军")."""
    p = 0
    while p < min(len(asked), len(printed)) and asked[p] == printed[p]:
        p += 1
    if p < 2 or len(asked) - p < 4:
        return False
    k = printed.find(asked[-2:], p)
    if k < 0:
        return False
    mid_q, mid_s = asked[p:-2], printed[p:k]
    if _POINTING.fullmatch(mid_s):
        return False  # "已注册报道|此次|论坛" points back to the forum the question names: no other thing
    return len(mid_q) >= 2 and 2 <= len(mid_s) <= 8 and not set(mid_q) & set(mid_s) \
        and bool(_pairs(mid_q)) and bool(_pairs(mid_s))


def frame_other(c: Candidate, info: QuestionInfo) -> bool:
    """The words right after the candidate open with the question's words after its question word, then hold
    another noun where the question has its own, before the question's last two characters."""
    asked = info.right.strip("?？ 。")
    f = c.sentence.folded
    return _clash(asked, f[c.end:c.end + len(asked) + 8])


# A body or event named by its level ("市七运会", "省运会", "市委", "县政府"): the same kind at another level is another
_LEVELLED = re.compile(r"(?P<level>[省市县区])(?:第?[一二三四五六七八九十\d]{1,3}届?)?"
                       r"(?P<kind>运会|运动会|委|政府|政协|人大)")


def level_other(c: Candidate, info: QuestionInfo) -> bool:
    """The question names a body or event at one level ("市七运会"); the candidate's sentence names only the same
    kind at another level ("本次省运会…共有400多名运动员参赛")."""
    f = c.sentence.folded
    for m in _LEVELLED.finditer(info.text):
        printed = [x for x in _LEVELLED.finditer(f) if x["kind"] == m["kind"]]
        if printed and all(x["level"] != m["level"] for x in printed):
            return True
    return False


def other_first(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """When the best figure is printed in the question's frame about another thing, or in a sentence naming
    only another level's body or event, the next of the same type that is not; None otherwise."""
    def other(c: Candidate) -> bool:
        return frame_other(c, info) or level_other(c, info)

    if info.qtype != "number" or len(kept) < 2 or not other(kept[0]):
        return None
    return next((c for c in kept[1:6] if c.type == kept[0].type and not other(c)), None)
