"""The value after a change asked. "扩区后的总体规划面积是多少" ↔ "总体规划面积由6.75平方公里扩大至11.6平方公里": a
sentence telling a change prints the value before it after 由/从 and the value after it after 至/到; a question asking
the state after the change (…后, 现在, 目前, 扩大到多少) wants the latter, not the first figure printed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo
from .sibling import sibling_first
from .year_figure import figure_unit

# the question asks the state after a change: "扩区后的…", "现在…", "扩大到|多少"
_AFTER_ASKED = re.compile(r"[\u4e00-\u9fff]后的?|现在|目前|如今|[到至]$")
# the value before the change: 由/从, then at most a few words of the same clause ("由2012年的")
_FROM = re.compile(r"[由从][^,，。;；:：]{0,6}$")
# between the two values, a verb of change and 至/到 ("扩大至", "增加到", "降至")
_TO = re.compile(r"[\u4e00-\u9fff]{0,4}[至到]")


def changed_to_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the value after the change moved to the front, when the question asks the state
    after it and the best figure is the value before it, the other printed in the same sentence and unit."""
    kept = list(kept)
    if info.qtype != "number" or not kept or not _AFTER_ASKED.search(info.left):
        return kept
    best = kept[0]
    f = best.sentence.folded
    if not _FROM.search(f[max(0, best.start - 7):best.start]):
        return kept
    return sibling_first(kept, lambda c: c.start >= best.end and figure_unit(c) == figure_unit(best)
                         and bool(_TO.fullmatch(f[best.end:c.start])))
