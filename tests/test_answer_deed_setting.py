"""A deed asked before a post opening with the event's time ("暴雨当晚发布…的纽约市长", deed_setting.py via
people.clause_of): the clause is a deed, the post after 的 is asked."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.deed_setting import after_setting
from qa.answer.people import clause_of


def test_an_event_and_its_time_open_the_deed():
    assert clause_of("暴雨当晚发布紧急状态通知的纽约市长", pos_tags) == ("暴雨当晚发布紧急状态通知", "纽约市长")
    assert clause_of("会议期间发言的市长", pos_tags) == ("会议期间发言", "市长")


def test_a_subject_and_a_time_of_its_own_are_no_setting():
    # "浙江队今年请到的": 今年 is no event's time; the subject opens the clause (read as before)
    words = pos_tags("浙江队今年请到")
    assert list(after_setting(words)) == list(words)


def test_an_owner_before_de_stays_the_owner():
    assert clause_of("仁川国际机场公司的总裁", pos_tags) == ("", "仁川国际机场公司的总裁")
