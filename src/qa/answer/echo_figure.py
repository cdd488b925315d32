"""The figure the question's own words follow. "同治帝一直到幾歲時才得以親政" ↔ "同治帝於五歲即位,…,於十八歲親政":
a sentence giving several figures of one measure prints each right before what it counts or what happened at it;
the one printed right before a word the question says (親政) answers, not the first or the best scored (五歲 is
the age he took the throne). So is "沒有管理的區域…有多少" ↔ "包括164個城市,…以及25個無管理區域" (管理)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .place_figure import named_before
from .question import QuestionInfo
from .sibling import sibling_first

_BEFORE = 3  # characters right before a figure that may hold its label ("限量|168個", "长|702米")
_LINKS = frozenset("的为是达了约共有")
_AFTER = 4  # characters after a figure that may hold the echoed word ("岁|亲政", "个|无管理区域")
# the figure's own digits and magnitude: what is left is its measure ("十八歲" → 歲)
_FIGURE = re.compile(r"^(?:约|近|逾|超)?[\d.,，" + CN_DIGITS + r"万亿千百十几两]+")
_CLAUSE_END = re.compile(r"[^\w]")  # a mark or a space ends the words a figure runs on into
_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
# pairs too common to tie a figure to the question: a light word, a measure run on ("岁时"), a bound
_LIGHT = re.compile(r"[的了是在有和与及或为时于就才都也被把将从到以之其这那个年月日岁多少几]")


def _measure(c: Candidate) -> str:
    return _FIGURE.sub("", c.text)


def _pairs(text: str) -> set[str]:
    """The question's two-character words (every pair of Chinese characters without a light one)."""
    return {m.group(1) for m in _HAN_PAIR.finditer(text) if not _LIGHT.search(m.group(1))}


def _echoes(c: Candidate, pairs: set[str]) -> bool:
    """A word of the question follows the figure in its own clause ("十八歲親政"; not "5200人,|农村…", where the
    next item's label opens after the mark)."""
    after = _CLAUSE_END.split(c.sentence.folded[c.end:c.end + _AFTER], 1)[0]
    return any(p in after for p in pairs)


def _labelled(c: Candidate, pairs: set[str], info: QuestionInfo) -> bool:
    """The figure is printed after its label, a word of the question ("限量|168個" for "限量多少個") or the
    dimension the question asks ("长|702米" for "多长"), in its own clause: the label tells it already."""
    before = _CLAUSE_END.split(c.sentence.folded[max(0, c.start - _BEFORE):c.start])[-1]
    asked = info.wh_word[1:] if info.wh_word[:1] == "多" and len(info.wh_word) == 2 else ""
    if before[-1:] in _LINKS:
        before = before[:-1]  # "限量为|168個": a linking word between the label and its figure
    return any(before.endswith(p) for p in pairs) or bool(asked and asked in before[-2:])


def echo_figure_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the figure of the best's sentence and measure that a word of the question follows
    moved to the front, when no such word follows the best figure."""
    kept = list(kept)
    if info.qtype != "number" or not kept or kept[0].type != "number" or not info.wh:
        return kept
    best = kept[0]
    pairs = _pairs(info.left + info.right)
    # (nor when the best is printed right after the part the question names: "其次为观塘区议会,有19席", place_figure.py)
    if not pairs or _echoes(best, pairs) or _labelled(best, pairs, info) or named_before(best, info.text):
        return kept
    unit = _measure(best)
    return sibling_first(kept, lambda c: c.type == "number" and _measure(c) == unit and _echoes(c, pairs))
