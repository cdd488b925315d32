"""The figure a number question names by an item's words in a list of items that print a count and an amount
("竣工项目投资多少" ↔ "…,其中开工项目13个、投资76亿元,竣工项目7个、投资15.8亿元", not the batch's "总投资91.8亿元")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_CLAUSE_MARKS = ",，。;；:："


def _same_unit(c: Candidate, best: Candidate, info: QuestionInfo) -> bool:
    """`c` is counted in the unit asked, or in the best one's when the question names none."""
    return c.text.endswith(info.unit) if info.unit else _unit(c.text) == _unit(best.text)


def _unit(text: str) -> str:
    return re.sub(r"^[^\u4e00-\u9fff%]*[\d.,几多余万亿千百十]*", "", text)


def _item_words(f: str, start: int) -> str:
    """The item's words before the figure at `start`, from the last clause mark, the figures inside left out
    ("竣工项目7个、投资" → "竣工项目投资")."""
    cut = max(f.rfind(ch, 0, start) for ch in _CLAUSE_MARKS) + 1
    parts = f[cut:start].split("、")
    return "".join(re.sub(r"[\d.]+\s*[\u4e00-\u9fff%]{0,2}$", "", p) for p in parts)


def item_amount(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """A figure asked of an item that prints its count, then its amount ("竣工项目7个、投资15.8亿元"): the figure of
    the best one's sentence whose item words (figures left out) are the question's words right before its
    question word, six characters or more, when the best one's are not."""
    if info.qtype != "number" or not kept or kept[0].type != "number" or info.right.strip("?？ 。"):
        return None
    asked = info.left.replace("的", "").strip()
    best = kept[0]
    f = best.sentence.folded

    def named(c: Candidate) -> bool:
        words = _item_words(f, c.start)
        return "、" in f[max(f.rfind(ch, 0, c.start) for ch in _CLAUSE_MARKS) + 1:c.start] \
            and len(words) >= 6 and asked.endswith(words)

    if named(best):
        return None
    return next((c for c in kept[1:] if c.type == "number" and c.sentence.id == best.sentence.id and named(c)
                 and _same_unit(c, best, info)), None)


def _in_order(words: str, asked: str) -> bool:
    """Every character of `words` is in `asked`, in order ("国家级示范社" in "国家级农民合作社示范社")."""
    at = 0
    for ch in words:
        at = asked.find(ch, at) + 1
        if not at:
            return False
    return True


def part_by_modifier(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """"有多少家国家级农民合作社示范社" ↔ "共培育农民合作社6582家,其中,国家级示范社46家,省级示范社143家": a part of
    the whole, printed after 其中, named by the words before its figure — the question's modifier first (国家级), the
    rest of them in the question's longer noun in order — answers; the whole's figure, whose words lack that
    modifier, does not. The part's words are three characters or more, its figure counted in the whole's unit."""
    if info.qtype != "number" or not kept or kept[0].type != "number":
        return None
    best = kept[0]
    f = best.sentence.folded
    unit = _unit(best.text)
    mine = f[max(f.rfind(ch, 0, best.start) for ch in _CLAUSE_MARKS) + 1:best.start]
    for asked in (info.right.strip("?？ 。"), info.left.replace("的", "").strip()):
        for c in kept[1:]:
            if c.type != "number" or c.sentence.id != best.sentence.id or c.start <= best.end or not unit \
                    or _unit(c.text) != unit or "其中" not in f[best.end:c.start]:
                continue
            words = f[max(f.rfind(ch, 0, c.start) for ch in _CLAUSE_MARKS) + 1:c.start].removeprefix("其中")
            modifier = words[:2]
            if len(words) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]{2}", modifier) and modifier not in mine \
                    and modifier in asked and _in_order(words, asked[asked.find(modifier):]):
                return c
    return None
