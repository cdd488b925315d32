"""A birth said of a body is its founding, told as a birth: "郝长江是哪一年出生的" is not answered by
"报社出生于百废待兴的上世纪80年代" — the subject printed right before 出生 (报社, 公司, 学校) is an institution, not
the person asked, and what it says is when the paper began ("decline:body-born"). A body named as the place of a
birth ("在医院出生") is no subject, and a question naming the body itself is answered."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_BIRTH = re.compile(r"出生|生于")
# an institution's head word right before 出生 (not after 在/于/从: the place of a birth)
_BODY_BORN = re.compile(r"(?<![在于从])(?P<body>报社|杂志社|出版社|公司|集团|学校|学院|大学|中学|小学|医院|工厂|银行|"
                        r"协会|学会|电视台|电台|报纸|网站)(?:出生|生于)")


def body_born(best: Candidate, info: QuestionInfo) -> bool:
    """True when a birth asked is answered by a time printed after an institution's 出生 (its founding) and the
    question does not name that institution."""
    if info.qtype != "when" or not _BIRTH.search(info.text):
        return False
    f = best.sentence.folded
    m = None
    for hit in _BODY_BORN.finditer(f, 0, best.start):
        m = hit  # the last one before the answer
    return m is not None and best.start - m.end() <= 16 and m["body"] not in info.text
