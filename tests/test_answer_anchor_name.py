"""A left anchor matched only on the head of another organisation's name (anchor_name.py): "《郑州日报》是|哪天|创刊"
must not take its slot from "《大同日报》1949年5月5日创刊号"."""

from __future__ import annotations

import pytest

from qa.answer.anchor_name import other_name_anchor
from qa.answer.question import analyze
from qa.answer.slots import align
from qa.normalize import fold


@pytest.mark.parametrize(("question", "text", "other"), [
    ("《郑州日报》是哪天创刊的？", "《大同日报》1949年5月5日创刊号。", True),  # 郑州|日报 ≠ 大同|日报
    ("世界日报是哪一天创刊的？", "《大同日报》1949年5月5日创刊号。", True),
    ("浙江大学是哪一年成立的？", "清华大学于1911年成立。", True),
    ("《郑州日报》是哪天创刊的？", "《郑州日报》于1949年7月1日创刊。", False),  # the same name
    ("日报是哪天创刊的？", "《大同日报》1949年5月5日创刊号。", False),  # the question prints no name before it
    ("市长在哪里召开会议？", "副市长在杭州召开会议。", False),  # 市长 is no organisation's head
])
def test_an_anchor_on_another_organisations_head(question, text, other):
    info = analyze(question)
    f = fold(text)
    slot = align(f, info.left, info.right)
    assert slot is not None
    assert other_name_anchor(f, slot, info.left) == other
