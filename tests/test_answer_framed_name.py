"""A name of three whose last character jieba cut off ("张开|琴/n|以…的成绩夺得") is read whole where a person's deed
follows it at a clause's start (framed_name.py via names.persons). The sentence is ztrb_20250225's (pages73)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_name_cut_before_a_winners_time_is_read_whole():
    sentence = "在半程马拉松比赛中,邵思爽以1小时7分43秒的成绩勇夺男子组冠军,张开琴以1小时19分42秒的成绩夺得女子组冠军。"
    assert ("张开", "nr") in pos_tags(sentence) and ("琴", "n") in pos_tags(sentence)  # jieba's cut
    assert _people(sentence) == ["邵思爽", "张开琴"]


def test_no_deed_or_no_clause_start_leaves_the_cut_alone():
    assert "张开琴" not in _people("他张开琴以此为乐。")  # not at a clause's start, 以 before no figure
    assert "张开琴" not in _people("她说,张开琴盒后就走了。")  # no person's deed after the character
