"""A day told before the sentence that tells the event (day_before.py): a paragraph opening with a month's day, or a
sentence opening with 当日, is dated by the day printed before it, not by another article's time."""

from __future__ import annotations

from candidates import split_article
from stories import engine_of

from qa.answer.day_before import day_told_before
from qa.answer.question import analyze

_SNOW = ["11月9日,一场创下世纪记录的暴雪早早降临,将多伦多及其周边地区裹入一片银装素裹之中。交通受阻,寒意凛冽,然而,"
         "在列治文山的多功能厅里,一场名为《枫叶下的墨香》的新书发布会,却以其独特的温暖与热烈驱散了冬日的严寒。"]
_SAME_DAY = ["2月29日上午,吃过早饭,新寨塬村养羊大户王平就早早来到了乡文化广场。当日,市2016年文化、科技、卫生“三下乡”"
             "活动走进该乡,来自市、县15个部门的专家在乡广场上“摆摊设点”。"]


def test_a_sentence_after_a_paragraph_s_opening_day_is_dated_by_it():
    s = split_article(_SNOW)
    assert day_told_before(analyze("《枫叶下的墨香》新书发布会是哪天举行的？"), s[1], lambda: s)


def test_a_sentence_opening_with_dangri_is_dated_before_a_time_the_question_names():
    s = split_article(_SAME_DAY)
    assert day_told_before(analyze("市2016年文化、科技、卫生“三下乡”活动是哪天走进神峪乡的？"), s[1], lambda: s)


def test_a_sentence_printing_its_own_time_or_after_another_time_is_not():
    q = analyze("新书发布会是哪天举行的？")
    s = split_article(["11月9日,暴雪降临。10日,交通恢复。新书发布会在多功能厅举行。"])
    assert not day_told_before(q, s[2], lambda: s)  # (the day moved on: 10日)
    s = split_article(["11月9日,暴雪降临。新书发布会于11月12日在多功能厅举行。"])
    assert not day_told_before(q, s[1], lambda: s)
    s = split_article(["1928年,暴雪降临。新书发布会在多功能厅举行。"])  # (a year alone opens it)
    assert not day_told_before(q, s[1], lambda: s)
    s = split_article(["11月9日,暴雪降临。", "新书发布会在多功能厅举行。"])  # (another paragraph)
    assert not day_told_before(q, s[1], lambda: s)
    snow = split_article(_SNOW)
    assert not day_told_before(analyze("新书发布会在哪几天举行？"), snow[1], lambda: snow)  # (a span asked)
    assert day_told_before(analyze("新书发布会是几月几日举行的？"), snow[1], lambda: snow)
    assert not day_told_before(analyze("新书发布会在哪里举行？"), snow[1], lambda: snow)


def test_the_engine_answers_the_paragraph_s_day():
    engine = engine_of([("不一样的新书发布会", _SNOW),
                        ("另一场发布会", ["3月4日上午,一场新书发布会在北京人民大会堂举行,多位作家出席。"])], "h")
    got = engine.ask("《枫叶下的墨香》新书发布会是哪天举行的？")
    assert not got.declined and got.text.endswith("11月9日")
