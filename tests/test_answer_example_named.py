"""A class answered where the sentence goes on to name the one of it (example_named.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.example_named import example_named
from qa.answer.question import analyze

# DRCD 1180-36-3 and 3528-2-2, folded
_STAR = "红矮星的闪光星,像是鲸鱼座·优咇,可能拥有明显的星斑特征。"
_PROBE = ("在1986年哈雷彗星来临时,曾有一群国际太空探测器被送去探测彗星系统,"
          "其中最重要的是欧洲太空总署非常成功的乔托号。")


def test_the_example_named_after_the_class_answers():
    head = candidate_in(_STAR, "闪光星", "term", "head")
    got = example_named(head, analyze("明显的星斑特征有机会在哪一恒星中看到?"))
    assert got is not None and got.text == "鲸鱼座·优咇" and got.rule == "head+example"


def test_the_foremost_one_named_in_the_next_clause_answers():
    head = candidate_in(_PROBE, "国际太空探测器", "term", "head")
    got = example_named(head, analyze("在1986年哈雷彗星来临时,哪一个探测器的资料让欧洲太空总署收获良多?"))
    assert got is not None and got.text == "乔托号"


def test_no_example_or_no_which_question_keeps_the_answer():
    head = candidate_in("红矮星的闪光星可能拥有明显的星斑特征。", "闪光星", "term", "head")
    assert example_named(head, analyze("明显的星斑特征有机会在哪一恒星中看到?")) is None
    head = candidate_in(_STAR, "闪光星", "term", "head")
    assert example_named(head, analyze("红矮星的什么可能拥有明显的星斑特征?")) is None


def test_the_name_the_class_is_called_answers():
    # DRCD 1180-45-2, folded
    text = "对太阳而言,受到太阳风扩张影响所及的气泡状范围称为太阳圈。"
    head = candidate_in(text, "气泡状范围", "term", "head")
    got = example_named(head, analyze("在哪一范围内会受到太阳风扩张的影响?"))
    assert got is not None and got.text == "太阳圈"
    # a question asking by the verb of naming names the class itself
    assert example_named(head, analyze("哪一范围被称为太阳圈?")) is None
