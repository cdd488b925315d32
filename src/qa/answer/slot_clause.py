"""A which-question's slot that runs over a clause break ends in the clause its right anchor closes: the question
word stands with its right-hand words in one clause ("九龙湾属于|哪一个港|的一部分"), so the clause before the
break is another statement ("九龙湾原指…的海湾,泛指…一带海域,|属维多利亚|港的一部份" → 属维多利亚;
"如或真如,又译为如实、如如、本无,|佛教|术语" → 佛教)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .gap import SEVERAL
from .idle_slot import idle_slot
from .question import QuestionInfo
from .slots import Slot
from .spans import echoed, offsets

_BREAKS = ",，;；"


def right_clause(folded: str, slot: Slot, info: QuestionInfo, pos: Sequence[tuple[str, str]]) -> Slot:
    """The slot cut to its last clause when the right anchor holds it, the question asks 哪…, and that clause
    names something (two characters or more, not only function words); else the slot as it is."""
    if slot.end <= slot.start or not slot.right or "哪" not in info.wh_word or info.right[:1] in _BREAKS \
            or info.qtype not in ("what", "other") or SEVERAL.search(info.text):
        return slot  # (a list's items, several asked, run over breaks: "哪两个站")
    if not 0 <= slot.right_start - slot.end <= 2:
        return slot  # the right anchor is not what closes the slot
    cut = max(folded.rfind(c, slot.start, slot.end) for c in _BREAKS)
    if cut < 0 or slot.end - (cut + 1) < 2 or idle_slot(pos, cut + 1, slot.end) \
            or (slot.left >= slot.right and _opens_with_conjunction(pos, cut + 1)):
        # ",|并且也有一些…" after a left anchor as firm: the clause goes on with the statement before the break
        return slot
    if info.right[:2] in folded[max(0, slot.start - 4):cut]:
        return slot  # "年度庆典|「11月祭」,设立于…": the noun asked names the first clause's thing
    if 2 * sum(echoed(folded, info.text)[cut + 1:slot.end]) >= slot.end - cut - 1:
        return slot  # "申报的|“…景观”,被成功列入世界|遗产名录": the last clause is the question's own words
    return replace(slot, start=cut + 1)


def _opens_with_conjunction(pos: Sequence[tuple[str, str]], at: int) -> bool:
    return any(a == at and flag == "c" for a, _b, _w, flag in offsets(pos))
