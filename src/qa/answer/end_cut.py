"""A what-answer whose last character opens a common word the sentence goes on with names nothing: decline it.

A slot's right anchor is found after the answer's end, and where the sentence prints no anchor the slot runs on to
a clause's end; either way its end may fall inside a word: "…为了达到这些目|的" (目的) for 后燃器是用来做什么的,
"特别是于宋朝形成的理学,更|加…" (更加) for 元廷将哪一学问尊为官学. An answer that ends with the first character of
a common word (jieba's dictionary frequency of a common word or more) went past what it names into the next
clause's words, or stopped inside them: the anchors held the wrong words of the sentence, and the answer is not
there. Declined rather than answered with a fragment. Only the first character of the word: an answer ending with
two or more of a longer word's characters may be the name a suffix follows ("冬季奥运|会": a gold answer), nor
one the noun asked follows ("宋皇台|站" for 哪个站: jieba reads 台站, a word).

Measured against main b0ddf857: DRCD 2 wrong answers declined (F1 0 and 0.17), none right; CMRC identical."""

from __future__ import annotations

from collections.abc import Callable

from ..types import Candidate
from .names import COMMON_WORD
from .question import QuestionInfo
from .spans import Freq, offsets

_ASKED = frozenset(("what", "definition"))
_LIGHT = frozenset("的了")  # a particle after the question word ("做什么的") is no noun asked


def ends_in_cut_word(best: Candidate, info: QuestionInfo, pos: Callable[[str], list[tuple[str, str]]],
                     freq: Freq) -> bool:
    """A what-answer (no list, no whole sentence) ends with the first character of a common word of its
    sentence that goes on past it."""
    if info.qtype not in _ASKED or "+list" in best.rule or best.rule.startswith("sentence"):
        return False
    for a, b, word, _flag in offsets(pos(best.sentence.folded)):
        if a < best.end < b:
            rest = word[best.end - a:]
            # (the noun asked printed after the name: "宋皇台|站" for 哪个站, jieba's 台站; a one-character noun
            # is no head of the question's, but opens the words after its question word)
            return best.end - a == 1 and best.end - best.start > 1 and freq(word) >= COMMON_WORD \
                and not (info.head and rest.startswith(info.head)) \
                and not (rest not in _LIGHT and info.right.strip().startswith(rest))
        if a >= best.end:
            break
    return False
