"""Where a species lives: "X分布在哪些地区" ↔ "分布于越南、老挝、…以及中国大陆的四川、…广东等地,生长于海拔…,见于灌丛
处、坡地、…地区": the places listed right after 分布于/分布在 answer it, not another list of the sentence whose last
noun happens to be the one asked (地区), nor a list from another article's sentence.

The enumeration runs from after the verb to its clause's end ("等地", "的森林"); a clause naming only the region
("本鱼分布于西太平洋区,包括菲律宾、…等海域") goes on with the clause that lists it (包括/如). "在中国,X分布在哪些省市"
asks only the country's part: "…以及中国大陆的福建、…等地" starts at 中国."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import ITEMS_END, clause_end

_ASKED = re.compile(r"分布(?:在|于|於)?$")  # the question's verb right before 哪些
_VERB = re.compile(r"分布(?:在|于|於)")
_GOES_ON = ("包括", "如", "例如", "主要包括")  # the clause that lists the region named before
_AT = re.compile(r"^在([\u4e00-\u9fff]{2,4}?)(?:境内|国内)?[,，]")  # "在中国,…": the country asked about


def asks_distribution(info: QuestionInfo) -> bool:
    """Whether the question asks where something is found: "…分布在哪些地区"."""
    return info.qtype == "list" and _ASKED.search(info.left.rstrip("主要广泛")) is not None


def listed_places(f: str, asked_in: str = "") -> tuple[int, int] | None:
    """(start, end) of the first 分布于/分布在 of the folded sentence `f` and the places listed after it, or None
    when no list of two or more follows it (only the country's part, from its name, when `asked_in` names it)."""
    m = _VERB.search(f)
    if m is None:
        return None
    start = m.start()  # (the verb kept: "分布于越南、…等地", as CMRC's golds quote it)
    end = clause_end(f, m.end(), ITEMS_END)
    if "、" not in f[m.end():end] and f.startswith(_GOES_ON, end + 1):
        end = clause_end(f, end + 1, ITEMS_END)  # "西太平洋区,|包括菲律宾、印尼、…等海域"
    if "、" not in f[m.end():end]:
        return None
    if asked_in:
        inner = f.find("以及" + asked_in, start, end)
        if inner >= 0:
            start = inner + 2
    return start, end


def distribution_first(kept: Sequence[Candidate], info: QuestionInfo,
                       coverage: Callable[[Candidate], float]) -> list[Candidate]:
    """`kept` (best first) with a candidate of the sentence listing places after 分布于 that holds most of the
    question (the better ranked first among equals) at the front, for a question asking where something is
    found; `listed` then cuts the shaped answer to the places."""
    kept = list(kept)
    if not kept or not asks_distribution(info):
        return kept
    asked_in = _asked_in(info)
    hosts = [c for c in kept if listed_places(c.sentence.folded, asked_in) is not None]
    if not hosts:
        return kept
    return to_front(kept, max(hosts, key=lambda c: (coverage(c), -kept.index(c))))


def listed(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The shaped answer cut to the places listed after 分布于 in its sentence, for a question asking where
    something is found; None when it asks something else or its sentence lists none."""
    if not asks_distribution(info):
        return None
    span = listed_places(best.sentence.folded, _asked_in(info))
    if span is None or span == (best.start, best.end):
        return None
    return best.narrowed(span[0], span[1], "distribution")


def _asked_in(info: QuestionInfo) -> str:
    at = _AT.match(info.left)
    return at.group(1) if at else ""
