"""The doer of a meeting's role told beside the sentence naming the meeting (deed_beside.py): "…第二次全体会议由谁
主持" ↔ "…第二次全体会议在市委市政府大会堂举行。…易中强主持会议。" — the person right before the role verb, whose
object is the event (会议, its head, nothing), not the organisation of the sentence the question's words retrieve."""

from __future__ import annotations

import pytest
from candidates import candidate_in
from stories import engine_of

from qa.answer.deed_beside import asked_role, does_role
from qa.answer.question import analyze
from qa.normalize import fold


def test_the_role_asked():
    assert asked_role(analyze("江门市十六届人大四次会议第二次全体会议由谁主持？")) == "主持"
    assert asked_role(analyze("谁主持了四平市2025年春节团拜会？")) == "主持"
    assert asked_role(analyze(fold("铁岭市第九届人大二次会议第二次全体会议由哪位执行主席主持?"))) == "主持"
    assert asked_role(analyze("谁在大会上致闭幕词？")) == ""  # (a place before the verb: not this shape)
    assert asked_role(analyze("谁出席了四平市2025年春节团拜会？")) == ""  # attending is no role of one person
    assert asked_role(analyze("四平市2025年春节团拜会在哪里举行？")) == ""


def test_the_doer_is_right_before_the_verb_governing_the_event():
    info = analyze("谁主持了四平市2025年春节团拜会？")
    assert does_role(candidate_in("市委副书记、市长陈德明主持团拜会。", "陈德明", "person"), "主持", info)
    assert does_role(candidate_in("余功斌同志主持会议并讲话。", "余功斌", "person"), "主持", info)
    assert does_role(candidate_in("外交部副总理沙伦赛主持。", "沙伦赛", "person"), "主持", info)
    # another event governed: 主持 of a report the question does not name
    assert not does_role(candidate_in("王五主持编写了规划纲要。", "王五", "person"), "主持", info)
    # not right before the verb, or no person
    assert not does_role(candidate_in("王相民出席并致辞,陈德明主持团拜会。", "王相民", "person"), "主持", info)
    assert not does_role(candidate_in("市政府主持团拜会。", "市政府", "org"), "主持", info)


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("文昌市人大会议闭幕", ["当天下午4时30分,文昌市十六届人大四次会议第二次全体会议在市委市政府大会堂举行。"
                                "大会应到代表377名,实到代表358名。",
                                "大会执行主席张一鸣、李二江在主席台就座。易中强主持会议。"]),
        ("长河县开工仪式", ["随后,长河县举行光伏组件项目开工仪式,拉开了全县项目建设帷幕。县长赵四海主持开工仪式。"]),
        # the chair three paragraphs after the lead, past the rows of those on the platform
        ("白河市政协会议开幕", ["1月11日上午,政协白河市第八届委员会第五次会议在市委礼堂隆重开幕。",
                                "会议应到委员283名,实到263名。", "市委书记王冰等领导在主席台前排就座。",
                                "胡波主持会议。"]),
    ]
    return engine_of(stories, "n")


@pytest.mark.parametrize(("question", "doer"), [
    ("文昌市十六届人大四次会议第二次全体会议由谁主持？", "易中强"),  # the next paragraph, two sentences on
    ("长河县光伏组件项目开工仪式由谁主持？", "赵四海"),
    ("政协白河市八届五次会议开幕会由谁主持？", "胡波"),
])
def test_the_doer_told_beside_the_sentence_naming_the_event(engine, question, doer):
    got = engine.ask(question)
    assert not got.declined and got.text == doer
