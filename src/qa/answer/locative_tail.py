"""A what-answer that ends with a locative or a time word after its noun or verb ("牛胃氣膨脹|中", "文化大革命|後",
"後代|時", "公共教育經費|方面"): the slot or the gap ran on past the thing into the frame the sentence sets it in
(在…中, …後, 在…方面), which the question words otherwise ("在醫治什麼的時候", "哪一個事件發生後"); the thing asked
is the noun before it. Not when the question prints the same word right after its noun asked ("在什麼狀況時" ↔
"金黃飽滿時": the frame is the question's own), nor when what is left is the question's words or under two
characters. DRCD 7 better / 1 worse (one of the 7 a decline now answered, wrongly), CMRC identical."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

# the words that set a thing in a place, a part or a time: "在…中", "…上", "…後", "在…方面"
LOCATIVES = frozenset(("上", "中", "后", "时", "里", "内", "方面", "之后", "以后", "之中", "当中", "期间", "时期"))
# the answers this applies to: a span the slot, a head noun, the rest or the gap gave (not a list or a sentence)
_RULES = ("slot", "head", "rest", "sentence+gap")
_NOUNISH = ("n", "j", "eng", "vn")  # the question's noun asked
_CONTENT = ("n", "j", "eng", "v", "a", "l", "i")  # the word before the locative: what it frames (膨胀/v 中 too)


def without_locative_tail(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer without the locative or time word that closes it after a noun, or None."""
    if info.qtype != "what" or not best.rule.startswith(_RULES) or "list" in best.rule:
        return None
    f = best.sentence.folded
    words = [(a, b, w, flag) for a, b, w, flag in offsets(pos(f)) if a >= best.start and b <= best.end]
    if len(words) < 2 or words[-1][1] != best.end or words[-1][2] not in LOCATIVES \
            or not words[-2][3].startswith(_CONTENT):
        return None
    cut, word = words[-1][0], words[-1][2]
    if cut - best.start < 2 or f[best.start:cut] in info.text or _asked_frame(info, pos, word):
        return None
    return best.narrowed(best.start, cut, "locative")


def _asked_frame(info: QuestionInfo, pos: Tagger, word: str) -> bool:
    """The question prints `word` right after the nouns that follow its question word ("什么|状况|时")."""
    at = 0
    for w, flag in pos(info.right[:10]):
        if at and w == word:
            return True  # (时 may be tagged a noun too: "状况/n|时/n")
        if not flag.startswith(_NOUNISH):
            break
        at += len(w)
    return at > 0 and info.right.startswith(word, at)
