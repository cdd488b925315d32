"""A whole sentence given for a what-question that restates the question's subject: the predicate told right after
that subject, to its clause's end, is the answer.

"動物的學名命名因為缺乏…而有什麼樣的結果?" ↔ "缺乏有效的管理和協調,|動物的學名命名|非常混亂,同名異物…": the question
prints its subject (four characters or more, before its question word) and asks what is said of it; the sentence
prints the same subject and then, in the same clause, words of its own — the predicate asked ("國王亞歷山大一世|廢除
憲法", "甚至是某些國家|重要的財源"). The rest of the sentence tells other things. Only when the predicate holds no
word of the question (it adds, it does not restate) and is short; a clause the question's words go on into after the
subject, or a subject that is one of a list, is left alone."""

from __future__ import annotations

import re

from .question import QuestionInfo
from .spans import clauses, content_offsets, echoed, trim

_LEAST_SUBJECT = 4  # characters of the question's subject the clause must print as one run
_MOST = 12  # characters of the predicate at most: a longer rest is a clause of its own, not the phrase asked
_LEAST = 2  # and two at least: one character is a particle or a stray verb
_OPENING = 2  # characters of the clause before the subject the question does not print (而, 但, 便)
_LATER_ECHO = 3  # a run this long of the question's words after the predicate: the answer is told there
# (a later run repeating only the subject's characters, "…等同于赫拉", "「都督」为…", is a parallel clause)
_NOT_SUBJECT = 2
_ASKS = ("what",)
_WH_ASKS = re.compile(r"什么|甚么|何")  # not 哪一个X: a which-question asks a name of a kind (the slot's)
_TIME = re.compile(r"[\d\s年月日至到()（）]+|.*[年月日]")  # a date is the setting, no subject
_COPULA = ("是", "为")
_GLOSS = "(（[【"  # "X是胡元豹" tells who X is, not what the question asks of it


def _runs(marks: list[bool], a: int, b: int) -> list[tuple[int, int]]:
    """The runs of marked characters within [a, b)."""
    out, i = [], a
    while i < b:
        if marks[i]:
            j = i
            while j < b and marks[j]:
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def subject_predicate(folded: str, start: int, end: int, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the predicate printed right after the question's subject in `folded[start:end]`, or None."""
    if info.qtype not in _ASKS or info.wh is None or not _WH_ASKS.search(info.wh_word):
        return None
    left = info.left
    marks = echoed(folded, info.text)
    best: tuple[int, int, int] | None = None  # (run length, predicate start, predicate end)
    for a, b in clauses(folded):
        a, b = max(a, start), min(b, end)
        if b <= a:
            continue
        runs = [r for r in _runs(marks, a, b) if r[1] - r[0] >= 2]
        if not runs:
            continue
        x, y = runs[-1]  # the subject ends with the last run of the question's words in the clause
        subject = folded[x:y]
        if y - x < _LEAST_SUBJECT or subject not in left or _TIME.fullmatch(subject) \
                or any(c.isdigit() for c in subject):  # (a count, "75门小炮台", is one of several things)
            continue
        if sum(not marks[i] for i in content_offsets(folded, a, y)) > _OPENING:
            continue  # the clause tells more before the subject: its subject is another
        p, q = trim(folded, y, b)
        if folded[y:y + 1] in _COPULA and not left.endswith(folded[y]) or folded[y:y + 1] in _GLOSS:
            continue  # (a bracket after the subject glosses it: "李登辉(33岁,科技企业产品经理)", other rules read it)
        if not _LEAST <= len(content_offsets(folded, p, q)) <= _MOST or q - p < 2:
            continue
        if any(j - i >= _LATER_ECHO and not _TIME.fullmatch(folded[i:j])
               and sum(c not in subject for c in folded[i:j]) >= _NOT_SUBJECT for i, j in _runs(marks, b, end)):
            continue  # the question's other words go on after the predicate: the answer is told there
        if best is None or y - x > best[0]:
            best = (y - x, p, q)
    return (best[1], best[2]) if best else None
