"""A post asked at the time of an event with no comma after the time clause ("…三次会议开幕时随州市的代理市长是谁"):
the clause says when, the post is the one after it (people._ACT_BEFORE_POST); pages59's 随州日报 page prints
`市委副书记、代理市长刘晓鸣` in the long row of leaders."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.people import asked_post
from qa.answer.question import analyze
from qa.config import load_config

_PAGE = ("\n马清明主持 刘晓鸣冯仲凯刘安民等出席\n\n随州市第二届人民代表大会第三次会议今天上午开幕。"
         "市委书记、市人大常委会主任马清明主持开幕大会。市委副书记、代理市长刘晓鸣,市政协主席冯仲凯在主席台就座。\n")


def test_the_time_clause_is_no_part_of_the_post():
    assert asked_post(analyze("随州市二届人大三次会议开幕时随州市的代理市长是谁？")) == "随州市的代理市长"
    assert asked_post(analyze("当时随州市的代理市长是谁？")) == "当时随州市的代理市长"  # no event before 时


def test_the_acting_mayor_answers(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _PAGE)
    assert engine.ask("随州市二届人大三次会议开幕时随州市的代理市长是谁？").text == "刘晓鸣"
