"""An open slot ends where the sentence takes up the question's right side again (right_resumes.py): "用什么方式|
来交换基因" ↔ "透过接合|来在细胞之间转换基因" is answered 接合, not the slot run on to the clause's end."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.question import analyze
from qa.answer.right_resumes import asked_noun, resumed_at
from qa.answer.slots import align
from qa.normalize import fold


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("细菌", ["有些细菌利用接合来在细胞之间转换基因，虽然和有性生殖不同，不过这也有助于基因性状的混合。"]),
        ("维基", ["它也被一些公司部署为一个内部知识管理系统，一些教育机构也让学生使用维基媒体来进行小组计划的管理"
                  "和维护。"]),
        ("赌徒", ["约有12%至24%的病态赌徒有自杀的倾向。"]),
        ("宗悫", ["林邑军先以大象军取得首胜，后来宗悫提议用狮子外型去威吓大象，可以取胜。"]),
    ]
    return engine_of(stories, "n")


@pytest.mark.parametrize(("question", "answer"), [
    ("有些细菌虽然不行有性生殖，但会利用什么方式来交换基因?", "接合"),  # the connective 来 after the noun asked
    ("一些公司使用什么系统来做为其内部知识管理系统？", "维基媒体"),
    ("约12%至24%的哪种人拥有自杀的倾向?", "病态赌徒"),  # a bigram of the right side (自杀)
    ("宗悫提议用什么东西去对付北魏并且可以取胜?", "狮子外型"),  # 去 after the noun asked
])
def test_the_open_slot_ends_where_the_question_resumes(engine, question, answer):
    assert engine.ask(question).text == answer


def _resumed(question: str, text: str, noun_pos: list[tuple[str, str]]) -> str:
    info = analyze(question)
    f = fold(text)
    slot = align(f, info.left, info.right)
    assert slot is not None
    at = resumed_at(f, slot, info.right, asked_noun(info.right, noun_pos))
    return f[slot.start:at] if at >= 0 else ""


def test_the_noun_asked_cuts_nothing():
    # "哪一种选举制度" ↔ "采用普选制度": 制度 is the answer's own noun, not the question resuming
    assert _resumed("王国成立之前采用哪一种选举制度?", "王国成立之前采用普选制度选出议员。",
                    [("选举", "vn"), ("制度", "n")]) == ""
    assert _resumed("会利用什么方式来交换基因?", "细菌会利用接合来在细胞之间转换基因。",
                    [("方式", "n"), ("来", "v")]) == "接合"


def test_a_slot_both_anchors_close_is_not_cut():
    info = analyze("会议在哪里召开?")
    f = fold("会议在杭州西湖召开。")
    slot = align(f, info.left, info.right)
    assert slot is not None and resumed_at(f, slot, info.right) == -1
