"""Counts of two nouns asked at once. "路口镇管辖下有几个村和社区" ↔ "区划调整后为8个村、2个社区": the question counts
two nouns joined by 和 (及, 与), and the sentence counts each right before it; the answer is both counts with their
nouns ("8个村、2个社区"), not the one figure scored best, which leaves the other noun uncounted. So
"共有多少国家和运动员参赛" ↔ "来自64个国家及地区的84名运动员" (64个国家及地区的84名运动员)."""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS
from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger

_JOINERS = frozenset(("和", "及", "与", "以及", "、"))
_COUNT = r"(?:约|近|逾|超过)?[\d" + CN_DIGITS + r"几]+(?:多|余)?[个名位座所家条项种支只户间]?"
_REACH = 24  # characters from the first count to the second noun's end, at most
_SENTENCE_END = re.compile(r"[。;；!?！？]")
_NOUN = re.compile(r"[\u4e00-\u9fff]+")


def _nouns(info: QuestionInfo, pos: Tagger) -> tuple[str, str] | None:
    """The two nouns the question counts, joined right after its question word ("几个|村|和|社区", "多少|国家|和|
    运动员|参赛": jieba's words, so the second stops before the verb), or None."""
    words = [w for w, _ in pos(info.right)]
    if len(words) < 3 or words[1] not in _JOINERS or not all(_NOUN.fullmatch(w) for w in (words[0], words[2])):
        return None
    return words[0], words[2]


def joined_counts(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The span from the count of the first noun asked to the second noun after its count, in the best figure's
    sentence, when the question counts two joined nouns and the best figure is one of those counts; None
    otherwise."""
    if info.qtype != "number" or best.type != "number":
        return None
    nouns = _nouns(info, pos)
    if nouns is None:
        return None
    f = best.sentence.folded
    second = re.compile(_COUNT + re.escape(nouns[1]))
    for one in re.finditer(_COUNT + re.escape(nouns[0]), f):
        two = second.search(f, one.end(), one.start() + _REACH)
        if two is None or _SENTENCE_END.search(f, one.end(), two.start()):
            continue
        if not (one.start() <= best.start < one.end() or two.start() <= best.start < two.end()):
            continue  # the best figure counts something else: another pair of the sentence
        return best.narrowed(one.start(), two.end(), "joined")
    return None
