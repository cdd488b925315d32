"""A figure printed right after the label the question puts before its question word stays first: a figure in a
part naming more of the question's other words (the sentence's subject printed before the first figure) does not
displace it (precedence.label_asked, guarding part_named in put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.precedence import label_asked, put_first
from qa.answer.question import analyze

_SESSION = "市二届人大三次会议应出席代表330人,因事因病请假32人,实际出席会议代表298人。"


def test_the_figure_after_the_asked_label_stays_first():
    kept = [candidate_in(_SESSION, "298人", score=14.0), candidate_in(_SESSION, "330人", score=11.0)]
    info = analyze("随州市二届人大三次会议实际出席会议代表多少人?")
    assert label_asked(kept[0], info)
    assert put_first(kept, info)[0].text == "298人"


def test_a_figure_after_another_label_is_not_the_asked_one():
    kept = [candidate_in(_SESSION, "330人", score=14.0), candidate_in(_SESSION, "298人", score=11.0)]
    info = analyze("随州市二届人大三次会议实际出席会议代表多少人?")
    assert not label_asked(kept[0], info)
    assert not label_asked(kept[0], analyze("随州市二届人大三次会议有多少人?"))  # no label before 多少


def test_figures_after_the_same_label_are_still_told_apart_by_their_parts():
    deposits = "其中单位存款735亿元,较上月增加45.1亿元,个人储蓄存款1290.2亿元,较上月增加20.3亿元。"
    kept = [candidate_in(deposits, "45.1亿元", score=12.0), candidate_in(deposits, "20.3亿元", score=11.0)]
    assert put_first(kept, analyze("聊城市个人储蓄存款较上月增加多少?"))[0].text == "20.3亿元"
