"""The figure whose own words close the question. "有多少项政务服务事项不出村" ↔ "97项政务服务事项不出乡、52项不
出村": a row of counts names what it counts once, with the first figure, and tells the items apart by the words
each figure is followed by to its clause's end; the figure whose words after it close the question answers, not the
first one, which scored on the noun printed only with it. So is the figure printed right before the deed the
question closes on ("…有几名代表请假" ↔ "共有55名市人大代表,除7名请假外")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first
from .year_figure import folded_unit

# a list or clause mark, a full stop or a closing quote ends the words a figure is followed by
_ENDS = frozenset(",，、;；:：。!！?？”\"」)）")
_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_LIGHT = re.compile(r"[的了是在有和与及或为时于就才都也被把将从到以之其这那个年月日多少几]")  # no word of a deed


def tail(c: Candidate) -> str:
    """The words after the figure to its clause's end ("不出村" of "52项不出村”")."""
    f = c.sentence.folded
    end = c.end
    while end < len(f) and f[end] not in _ENDS:
        end += 1
    return f[c.end:end].strip()


def tail_figure_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first later figure of the best's sentence, in its unit and a clause or list item
    of its own, whose words after it (two characters or more) close the question or open with the deed it closes
    on moved to the front, when the best's words after it do not."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number":
        return kept
    asked = info.text.rstrip("?？!！。 ")
    best = kept[0]

    # the deed the question closes on ("…有几名代表|请假"): a figure printed right before it is the deed's count
    # ("通城代表团共有55名市人大代表,除7名|请假外")
    deed = info.right.rstrip("?？!！。 ")[-2:] if len(info.right.rstrip("?？!！。 ")) >= 2 else ""
    deed = deed if _HAN.fullmatch(deed) and not _LIGHT.search(deed) else ""

    def closes(c: Candidate) -> bool:
        words = tail(c)
        return len(words) >= 2 and (asked.endswith(words) or bool(deed) and words.startswith(deed))

    if closes(best) or deed and deed in tail(best):
        return kept  # (the best's own words tell the deed: "200个全国先进…自治组织和498名…" for …自治组织)
    f = best.sentence.folded
    # (in a clause or list item of its own: "41次巡逻任务中捣破5次非法加油活动" is one deed, the 5次 inside it)
    return sibling_first(kept, lambda c: c.type == "number" and c.start > best.end
                         and any(ch in _ENDS for ch in f[best.end:c.start])
                         and folded_unit(c) == folded_unit(best) and closes(c))
