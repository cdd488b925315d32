"""A relative told the way entries on historical people print it: "X的父亲是谁" ↔ "纂修官史夔及其子文渊阁大学士史贻直"
(the father is the name before 及其子, which jieba cut into 官史|夔), "X的弟弟是谁" ↔ "魏玩,字玉汝,…,弟为北宋文人魏泰"
(the brother is the name of the clause opening with 弟为). people_answer.py reads the modern form ("X的父亲|Y");
here the relation word is one character (子, 弟, 妻…) and the other score ranks the names of the sentence by their
closeness to X's other words, so another name (文渊阁, 玉汝) came first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import POSTS, RELATION_QUESTION, SURNAMES
from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, clause_start

# the relation asked → the one character an entry prints before the relative's name ("弟为魏泰", "妻为…")
_OF_SUBJECT = {"弟弟": "弟", "哥哥": "兄", "妹妹": "妹", "姐姐": "姐", "妻子": "妻", "丈夫": "夫", "儿子": "子",
               "女儿": "女"}
_PARENTS = ("父亲", "母亲")
# "史夔及其子|…史贻直", "高偃之子|高肇": the parent's name right before, the child's after in the same clause
_CHILD_MARK = re.compile(r"(?:及|与|和)?(?:其|之)(?:长|次|幼)?(?:子|女)")
_CLAUSE_END = ",，;；。!！?？"
_CLAUSE_MARKS = frozenset(_CLAUSE_END)
# the last character of an old post or title ("纂修官", "节度使", "大学士"): a name of two follows it
_POST_ENDS = ("官", "使", "士", "臣", "相", "守", "尉", "令", "王", "帝", "侯")


def _clause(f: str, at: int) -> tuple[int, int]:
    return clause_start(f, at, _CLAUSE_MARKS), clause_end(f, at, _CLAUSE_MARKS)


def _parent_name(f: str, end: int, people: Sequence[Candidate]) -> tuple[int, int] | None:
    """The name printed right before `end` (the child mark): a person candidate ending there, or two or three
    characters opening with a surname — two after a post ("纂修官|史夔")."""
    own = next((c for c in people if c.end == end), None)
    if own is not None:
        return own.start, own.end
    for k in (2, 3):
        start = end - k
        if start < 0 or f[start] not in SURNAMES or not all("\u4e00" <= ch <= "\u9fff" for ch in f[start:end]):
            continue
        if k == 3 or f[:start].endswith(POSTS) or f[start - 1:start] in _POST_ENDS:
            return start, end
    return None


def kin_told_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the relative the best's sentence tells in an entry's form put first (made from the
    sentence when the tagger did not read the name)."""
    kept = list(kept)
    if info.qtype != "who" or not kept:
        return kept
    m = RELATION_QUESTION.match(info.text.strip())
    if m is None:
        return kept
    x, kin = m.group("x").split("的")[-1], m.group("kin")
    best = kept[0]
    f = best.sentence.folded
    if x not in f:
        return kept
    people = [c for c in kept if c.sentence.id == best.sentence.id and c.type == "person"]
    found: tuple[int, int] | None = None
    if kin in _PARENTS:
        for mark in _CHILD_MARK.finditer(f):
            a, b = _clause(f, mark.end())
            if f.find(x, mark.end(), b) < 0:
                continue  # the child after the mark is someone else
            found = _parent_name(f, mark.start(), people)
            if found is not None:
                break
    elif kin in _OF_SUBJECT:
        if not f.startswith(x):
            return kept  # the entry's subject is the one whose relative it tells
        word = _OF_SUBJECT[kin]
        for opening in re.finditer("[" + re.escape(_CLAUSE_END) + "]" + word + "(?:为|是)", f):
            a, b = _clause(f, opening.end())
            found = next(((c.start, c.end) for c in people if opening.end() <= c.start and c.end <= b), None)
            if found is not None:
                break
    if found is None or (best.start, best.end) == found:
        return kept
    same = next((c for c in kept if (c.sentence.id, c.start, c.end) == (best.sentence.id, *found)), None)
    if same is not None:
        return [same] + [c for c in kept if c is not same]
    made = replace(best, text=best.sentence.text[found[0]:found[1]], start=found[0], end=found[1], type="person",
                   rule="type:person+kin")
    return [made, *kept]
