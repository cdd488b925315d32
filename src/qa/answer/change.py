"""A change asked by how much ("租金上涨了多少", "收入增加了多少"): the answer is the amount of the change (a sum, a
share, a count), never a duration. "等待了六年" in the sentence beside the rent's rise tells how long, which a
question asking how long would say (多久, 多长时间, or a unit after 多少: "上涨了多少年" is no change asked)."""

from __future__ import annotations

import re

from .question import QuestionInfo

# a verb of change right before 多少: 上涨了|多少, 增加|多少, 下降了|多少
_CHANGE = re.compile(r"(?:上涨|上升|上调|增加|增长|提高|提升|下降|下跌|下调|减少|降低|涨|跌)(?:了|幅度)?$")
# a duration alone: a count and a unit of time ("六年", "3个月", "两个半小时")
_DURATION = re.compile(r"[\d一二两三四五六七八九十百千几数半多余个]+\s?(?:年|个?月|天|日|周|星期|个?小时|钟头|分钟|秒)")


def change_asked(info: QuestionInfo) -> bool:
    """The question asks by how much something changed, with no unit after its question word."""
    return (info.qtype == "number" and info.wh_word in ("多少", "几多") and not info.unit
            and not info.right.strip(" ?？呢") and bool(_CHANGE.search(info.left.rstrip())))


def is_duration(text: str) -> bool:
    """The span is a length of time and nothing else ("六年", "3 个月")."""
    return _DURATION.fullmatch(text.strip()) is not None
