"""A time or figure told beside the sentence that holds the question (compose.Composer._neighbours): "时隔十年之后，
恰逢同一天，7月21日。习近平总书记来到西藏，走进林芝。" answers "哪天来到林芝" — only when the sentences holding
the question tell none of the grain and unit asked, and a count must be of the noun asked."""

from __future__ import annotations

import re

import pytest
from stories import engine_of

from qa.answer.features import question_sides
from qa.answer.question import analyze
from qa.normalize import fold


@pytest.fixture(scope="module")
def engine():
    stories = [
        # the day in the sentence before, the same paragraph
        ("总书记在林芝", ["时隔十年之后，恰逢同一天，7月21日。总书记来到西藏，走进林芝。"]),
        # the year four sentences before
        ("一次采访", ["事情要从2009年的一次采访说起。玉林市一名女生不幸患了白血病。班主任得知后，带领同学多次慰问。"
                     "他们互相鼓励，在当地传为佳话。为此，我前去博白采访。"]),
        # the age in the first sentence of the next paragraph
        ("撞人逃逸", ["警方表示，撞人后逃离现场的事件发生在东大道，伤者被送往医院。",
                      "34岁的她当时正站在路口的中央位置，等待行人过路灯转灯。"]),
        # a count of another noun beside the sentence: 记者, not 代表
        ("代表团小组会", ["会议安排在下午三时开始，轮候记者人数就已远远超过十五人。代表团小组会议在北京举行。"]),
        # a figure without the unit asked
        ("罚款", ["电讯局长表示，两家公司已缴交去年的网络事故罚款。另外3家公司正在接受审查。"]),
    ]
    return engine_of(stories, "n")


@pytest.mark.parametrize(("question", "answer", "told"), [
    ("总书记是哪天来到西藏林芝的？", "7月21日", "总书记来到西藏"),
    ("我哪一年去博白采访？", "2009年", "我前去博白采访"),
    ("东大道撞人逃逸事件的伤者几岁？", "34岁", "撞人后逃离现场"),
])
def test_a_time_or_figure_told_beside_the_sentence_that_holds_the_question(engine, question, answer, told):
    got = engine.ask(question)
    assert not got.declined and got.text == answer
    assert got.rule.startswith("type:") and "+neighbour" in got.rule
    assert told in got.evidence[0].sentence.text  # the retrieved sentence leads, the neighbour follows
    assert got.sentence is not None and answer in got.sentence.text and got.evidence[1].sentence == got.sentence


@pytest.mark.parametrize("question", [
    "代表团小组会共有多少名代表出席？",  # 十五人 counts the reporters
    "两家公司去年的网络事故被罚款多少元？",  # "3家" is no sum in 元
])
def test_a_neighbour_of_another_noun_or_unit_is_no_answer(engine, question):
    got = engine.ask(question)
    assert got.declined or "+neighbour" not in got.rule


def test_a_person_now_asked_how_old_wants_an_age():
    for question in ("85岁老人的女儿现在多大？", "这位老人今年多大了？"):
        grain = question_sides(analyze(question)).grain
        assert grain and re.search(grain, fold("40多岁")) and not re.search(grain, fold("一场"))
    assert question_sides(analyze("房子有多大？")).grain == ""


# ---------------------------------------------------------------- ranked lists

@pytest.mark.parametrize(("sentence", "items"), [
    ("最终,中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前三位。", ["中国队", "美国队", "俄罗斯队"]),
    ("张三、李四分列前二名。", ["张三", "李四"]),
    ("中国、美国、日本包揽冠亚季军。", ["中国", "美国", "日本"]),
    ("甲队、乙队分居前三。", []),  # two items for three ranks: not that list
    ("中国队获得冠军,美国队、俄罗斯队紧随其后。", []),  # no ranked list
])
def test_the_items_of_a_ranked_list(sentence, items):
    from qa.answer.short import ranked_items

    f = fold(sentence)
    assert [f[a:b] for a, b in ranked_items(f)] == items


@pytest.fixture(scope="module")
def games():
    stories = [("中国队首获女团冠军", [
        "北京时间今天凌晨,在世界体操锦标赛女子团体决赛上,中国队力压美国队,获得冠军!",
        "最终,中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前三位。"])]
    return engine_of(stories, "g")


@pytest.mark.parametrize(("question", "answer"), [
    ("世界体操锦标赛女子团体决赛的第三名是哪个队？", "俄罗斯队"),
    ("世界体操锦标赛女子团体决赛的第二名是哪个队？", "美国队"),
])
def test_a_rank_asked_is_read_from_the_ranked_list_of_the_article(games, question, answer):
    got = games.ask(question)
    assert got.text == answer and got.rule == "rank-listed"



# ---------------------------------------------------------------- a relative day glossed elsewhere

@pytest.fixture(scope="module")
def flood():
    paragraphs = ["(图/消防局提供)山区产业道路今天傍晚有部车辆在渡溪时翻覆,2人遭溪水冲走。",
                  "消防局今天(8日)傍晚接获民众通报,指出产业道路有部车辆在渡溪时翻覆。"]
    return engine_of([("渡溪翻车", paragraphs)], "r")


def test_a_bare_relative_day_is_shown_as_the_article_glosses_it(flood):
    got = flood.ask("产业道路车辆渡溪翻覆是几日发生的？")
    assert "8日" in got.text and got.rule.endswith("+gloss")
    assert got.text.endswith("傍晚")  # the day's part, read with the day as one time (今天傍晚), is kept
    assert got.sentence is not None and "今天(8日)" in got.sentence.text


# ---------------------------------------------------------------- a figure glossed after a name

def _number(sentence: str, span: str):
    from qa.types import Candidate, Sentence

    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = s.folded.index(span)
    return Candidate(text=span, sentence=s, start=start, end=start + len(span), type="number", score=1.0,
                     rule="type:number")


@pytest.mark.parametrize(("question", "sentence", "span", "labelled"), [
    ("吉林今年一季度GDP同比增速是多少？", "增速高于全国的省份分别是吉林(8.2%)、宁夏(7.5%)。", "8.2%", True),
    ("宁夏今年一季度GDP同比增速是多少？", "增速高于全国的省份分别是吉林(8.2%)、宁夏(7.5%)。", "7.5%", True),
    ("宁夏今年一季度GDP同比增速是多少？", "增速高于全国的省份分别是吉林(8.2%)、宁夏(7.5%)。", "8.2%", False),
    ("有多少个省份的增速高于全国数据？", "有13个省份高于全国数据(4.5%)。", "4.5%", False),  # 个 asked, a rate given
    ("中国队得了多少分？", "最终,中国队(182.200分)、美国队(181.350分)分居前二位。", "182.200分", True),
    ("中国队有多少人？", "最终,中国队(182.200分)、美国队(181.350分)分居前二位。", "182.200分", False),  # no 人
])
def test_a_figure_glossed_right_after_a_name_the_question_holds(question, sentence, span, labelled):
    from qa.answer.precedence import labelled as glossed

    assert glossed(_number(sentence, span), analyze(question)) is labelled


# ---------------------------------------------------------------- what a demonstrative points to

@pytest.fixture(scope="module")
def runner():
    paragraph = ("杜志勇在楚天都市报的线上空间也非常活跃。“年初,通过一位跑友,进入了楚天跑团QQ群,我在群里也很活跃。”"
                 "杜志勇说,他也是通过此群了解到今年4月的汉马报名信息,首次报名就获得了参赛资格。")
    return engine_of([("读者杜志勇", [paragraph])], "p")


def test_the_noun_asked_named_by_a_demonstrative_is_the_one_named_before(runner):
    got = runner.ask("杜志勇通过什么群了解到汉马报名信息？")
    assert "楚天跑团QQ群" in got.text and got.rule.endswith("+referent")


# ---------------------------------------------------------------- the verb a where-question asks with

def test_the_verb_of_where_something_lies_is_not_a_word_the_evidence_must_repeat(engine):
    from qa.answer.compose import Prepared

    for question, gone, kept in (("东大道位于哪个区？", "位于", "大道"), ("东大道在哪个区？", "", "大道")):
        prepared = engine._state.composer.prepare(question, engine.retrieve(question))
        assert isinstance(prepared, Prepared)
        words = [w for w, _ in prepared.words]
        assert kept in words and (not gone or gone not in words)
