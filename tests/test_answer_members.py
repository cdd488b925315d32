"""A kind asked whose members end with its first character (节日 ↔ 建军节, 仪器 ↔ 分析仪): members.py."""

from __future__ import annotations

from qa.answer.members import kind_of_members, members
from qa.answer.question import analyze


def _names(pos, kind, question=""):
    text = "".join(w for w, _ in pos)
    return [text[sp.start:sp.end] for sp in members(pos, kind, question)]


def test_a_member_is_the_word_ending_in_the_kinds_first_character_with_the_name_words_before_it():
    assert _names([("在", "p"), ("八一建军节", "l"), ("来临", "v"), ("之际", "f")], "节日") == ["八一建军节"]
    pos = [("消防", "n"), ("又", "d"), ("会", "v"), ("用", "p"), ("手提", "n"), ("拉曼", "nrt"), ("光谱分析", "l"),
           ("仪", "ng"), ("，", "x"), ("透过", "v"), ("雷射", "nr")]
    assert _names(pos, "仪器") == ["手提拉曼光谱分析仪"]


def test_no_member_from_a_verb_the_kind_itself_a_bare_ending_or_an_unlisted_kind():
    assert _names([("用来", "v"), ("调节", "v"), ("温度", "n")], "节日") == []  # a verb ending in 节
    assert _names([("节日", "t"), ("的", "uj"), ("问候", "vn")], "节日") == []
    assert _names([("春", "tg"), ("节", "n")], "节日") == []  # 节 alone: one character
    assert _names([("金曲奖", "n")], "奖项") == []  # an award is named inside the event that gives it


def test_the_kind_is_read_right_after_the_question_word():
    assert kind_of_members(analyze("天水市领导是在什么节日来临之际走访慰问部队的？")) == "节日"
    assert kind_of_members(analyze("消防用什么仪器分析物质种类？")) == "仪器"
    assert kind_of_members(analyze("这个节日是什么时候设立的？")) == ""
