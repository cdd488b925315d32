"""A slot that only restates the question: every content word in it is the question's own, one of them its verb
("塢堡|大多由世族豪強建立|" for 世族豪強建立的塢堡有何功能, "|这是冷战时期的|第一次奥运会" for 哪一个奥运会是冷战时期的
首次奥运会, "公园里亦有一座小型|的火车博物馆" for 公园里有一座小型的火车博物馆是用来做什么的). The anchors matched the
question's words where the sentence prints them again, so the slot names nothing asked: like an idle slot
(idle_slot.py), it is no answer, and the sentence and its gap are read instead."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import offsets

# function words (jieba's adverbs, conjunctions, prepositions, particles, pronouns, numerals, measure words,
# locatives, punctuation) say nothing of their own
_FUNCTION_PREFIXES = ("d", "c", "p", "u", "r", "y", "e", "o", "x", "m", "q", "f", "w")


def echo_slot(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> bool:
    """Two content words or more in [start, end) of the tagged sentence (a word cut by an edge counts), each
    printed in `question`, one of them a verb (not a verbal noun, which may name the thing asked)."""
    words = [(w, flag) for a, b, w, flag in offsets(pos) if a < end and b > start and w.strip()]
    content = [(w, flag) for w, flag in words if not flag.startswith(_FUNCTION_PREFIXES)]
    return (len(content) >= 2 and all(w in question for w, _f in content)
            and any(flag.startswith("v") and flag != "vn" for _w, flag in content))
