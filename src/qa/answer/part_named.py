"""A figure asked of one part of what a paragraph breaks down ("群众体育项目产生多少枚金牌" ↔ "其中青少年体育项目共设
29个竞赛大项,产生759枚金牌;群众体育项目共设20个竞赛大项,产生241枚金牌"): the figure printed in the part that names
more of the question answers, before one the best sentence printed in another part. News breaks a total into parts
that share their verbs and units (产生…枚金牌, 较上月增加…亿元), so what tells the parts apart is the name each part
opens with, in the clause of the figure or the one before it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_PART_END = re.compile(r"[;；。!！?？]")  # a part of a breakdown ends at a semicolon or a sentence's end
_CLAUSE_MARK = re.compile(r"[,，、:：]")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if _WORD_CHAR.match(text[i]) and _WORD_CHAR.match(text[i + 1])}


def part_before(f: str, start: int) -> str:
    """The text a figure at `start` is printed in: its clause up to the figure and the clause before it, within
    its part (no semicolon or sentence end between)."""
    bound = max((m.end() for m in _PART_END.finditer(f, 0, start)), default=0)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(f, bound, start)]
    return f[marks[-2] if len(marks) >= 2 else bound:start]


def _named(c: Candidate, asked: set[str]) -> int:
    return len(asked & _pairs(part_before(c.sentence.folded, c.start)))


_UNIT = re.compile(r"[^\d０-９.,，%％零〇一二三四五六七八九十百千万亿两余多约近]+$")


def _unit(text: str) -> str:
    m = _UNIT.search(text)
    return m.group() if m else ""


def _breakdown(best: Candidate, c: Candidate) -> bool:
    """`c` is in the best one's sentence, or opens the part right after it: the next sentence of its paragraph
    after a semicolon, or one opening with 其中 (what the best sentence's total is made of)."""
    a, b = best.sentence, c.sentence
    if a.id == b.id:
        return True
    if (a.article_id, a.paragraph) != (b.article_id, b.paragraph):
        return False
    n, m = int(a.id.rsplit(":", 1)[1]), int(b.id.rsplit(":", 1)[1])
    return m == n + 1 and (a.text.rstrip()[-1:] in ";；" or b.folded.startswith("其中"))


def part_named(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """A count or amount asked with 多少/几: among the next figures in the best one's breakdown (its sentence, or
    the part right after it), in the best one's unit, the first whose part names at least two more of the
    question's pairs of characters than the best one's part does; None when none does."""
    wh = info.wh_word if info.wh is not None else ""
    if info.qtype != "number" or len(kept) < 2 or not re.match(r"(?:多少|几)", wh) or info.text.count("第" + wh):
        return None
    best = kept[0]
    if best.type != "number" or not _unit(best.text):
        return None
    asked = _pairs(info.left) | _pairs(info.right)
    # the figure comes right after the question's own frame: the words it puts before its question word
    # ("…产生|多少枚" ↔ "产生241枚"), or the counted noun after it printed before the figure ("几枚金牌" ↔ "金牌8枚")
    ends = {x[-2:] for x in (re.sub(r"(?:有|是|为|的|共|约)+$", "", info.left.strip()), info.right.strip("?？ 。"))
            if len(x) >= 2}
    floor = _named(best, asked)
    scored = [(c, _named(c, asked)) for c in kept[1:8]
              if c.type == "number" and _unit(c.text) == _unit(best.text) and _breakdown(best, c)
              and c.sentence.folded[max(0, c.start - 2):c.start] in ends]
    top = max((n for _, n in scored), default=0)
    return next((c for c, n in scored if n == top), None) if top >= floor + 2 else None
