"""A slot's start moved past the last characters of a word whose first ones its left anchor matched ("被改组|成广东
省政府委员会" → 广东省政府委员会, "控制|权以补偿…", "麻省理工|学院的军事科研"): they belong to the anchor's word, not
to the answer."""

from __future__ import annotations

from collections.abc import Sequence

from ..tokenize import main_word_freq
from .names import COMMON_WORD
from .spans import Freq, offsets, trim


def past_cut_word(pos: Sequence[tuple[str, str]], start: int, end: int, freq: Freq = main_word_freq) -> int:
    """`start` moved to the end of the word it cuts one or two characters before that word's end (and over a light
    word after it: "最大|型的战时研发商" → 战时研发商), when the word is a common one and something of the slot is
    left after it; else `start` (a rare word may be the answer's, "细胞|分裂", or jieba's mis-cut, "督|建新|皇城")."""
    for a, b, word, _flag in offsets(pos):
        if a < start < b:
            if b - start <= 2 and b < end and freq(word) >= COMMON_WORD:
                moved = trim("".join(w for w, _ in pos), b, end)[0]
                return moved if moved < end else start
            return start
        if a >= start:
            break
    return start
