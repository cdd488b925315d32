"""A whole sentence given for a span question, cut to the clause beside the one restating the question (told.py)."""

from __future__ import annotations

from candidates import whole

from qa.answer.question import analyze
from qa.answer.told import told_beside


def test_the_clause_after_the_restated_question_answers_it():
    got = told_beside(whole("受暴雨影响,航班全部取消,机场启用应急预案"), analyze("航班取消后,机场采取了什么措施?"))
    assert got is not None and got.text == "机场启用应急预案" and got.rule == "sentence+told"
    # the answer runs to the sentence's end
    got = told_beside(whole("塔身为直立火箭形,高23.5米,暗示北回归线的纬度值,塔身连塔基共高30.4米"),
                      analyze("塔身高23.5米象征着什么?"))
    assert got is not None and got.text == "暗示北回归线的纬度值,塔身连塔基共高30.4米"


def test_the_clause_before_answers_when_the_question_word_stands_before_what_is_echoed():
    # "在什么情况下|会封闭": the condition is told before the clause that repeats "大桥…封闭"
    got = told_beside(whole("遇到大风天气时,大桥会临时封闭,车辆需绕行"), analyze("大桥在什么情况下会封闭?"))
    assert got is not None and got.text == "遇到大风天气时"


def test_a_restating_clause_that_only_sets_the_scene_keeps_the_sentence():
    assert told_beside(whole("2023年5月,任市委副书记、代市长"), analyze("2023年5月,他担任什么职务?")) is None
    assert told_beside(whole("暴雨过后,全市启动三级应急响应"), analyze("暴雨过后,全市做了什么?")) is None


def test_a_clause_that_tells_more_than_the_question_is_no_restatement():
    # "一般高尔夫球场设4个3杆洞": the first clause is part of the answer, not a repeat of the question
    assert told_beside(whole("一般高尔夫球场设4个3杆洞,4个5杆洞和10个4杆洞"),
                       analyze("一般高尔夫球场设置的杆洞有什么类型?")) is None


def test_a_definition_is_not_cut_to_the_clause_before_its_term():
    assert told_beside(whole("游行队伍与警方发生冲突,造成六死十四伤,史称牛车水事件"),
                       analyze("什么是牛车水事件?")) is None


def test_only_a_whole_sentence_for_a_span_question_is_cut():
    text = "受暴雨影响,航班全部取消,机场启用应急预案"
    assert told_beside(whole(text, 13), analyze("航班取消后,机场采取了什么措施?")) is None
    assert told_beside(whole(text), analyze("航班取消后,机场为什么启用应急预案?")) is None


def test_a_restating_clause_may_hold_three_characters_the_question_words_otherwise():
    # "推出" asked, "出台了" printed: the restating clause differs by its verb and aspect particle
    got = told_beside(whole("去年底,市政府出台了新政策,鼓励企业吸纳就业"), analyze("市政府推出新政策的目的是什么?"))
    assert got is not None and got.text == "鼓励企业吸纳就业"


def test_a_list_restating_clause_adds_at_most_two_characters():
    # the restating clause of a list question may hold its first items: the sentence is kept
    assert told_beside(whole("箭竹的繁殖有两种方式:一是从地下茎繁发竹笋,二是开花结子后繁殖成林"),
                       analyze("箭竹的繁殖方式有哪些?")) is None
