"""Which outer item of an enumeration the question names (short.rest_items with list_edges.named_tail,
list_edges.modifier_only and short.only_inside): real DRCD sentences."""

from __future__ import annotations

import pytest

from qa.answer.list_edges import modifier_only, named_tail
from qa.answer.question import analyze
from qa.answer.short import only_inside, rest_items
from qa.normalize import fold


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the first item runs on from the clause's opening, the question prints its last words (named_tail); the
    # last item opens with a word the question prints only as a modifier of its own (台湾人民: modifier_only)
    ("劉銘傳的新政沒有考慮到兩個問題,間接導致臺灣人民的反抗,一個問題是官吏的廉潔,另一個是?",
     "但是劉銘傳的新政並沒有考慮到官吏的廉潔以及臺灣本身財政負擔的問題,導致臺灣財政負擔大幅增加,清朝官員貪污頻繁,"
     "以及人民的反抗。", "臺灣本身財政負擔"),
    ("中國大陸對兩起事件大表不滿,因此在臺灣近海試射導彈及進行軍事演習,此處的兩起事件,除了李登輝訪美之外,另一起事件為?",
     "中國大陸對李登輝訪美及臺灣舉行總統大選大表不滿,因而在臺灣近海試射導彈及進行軍事演習,"
     "美國為此兩度派出航空母艦戰鬥群巡弋臺灣海峽。", "臺灣舉行總統大選"),
])
def test_the_item_left_when_the_outer_items_run_on(typed, question, sentence, answer):
    folded, spans = typed(sentence)
    got = [folded[s.start:s.end] for s in rest_items(folded, spans, analyze(question).text)]
    assert got == [fold(answer)]


def test_a_named_word_opening_another_item_is_no_item_of_the_question(typed):
    # "佛教|相关的艺术" is no list the question names (佛教艺术): the list naming 文学 is asked
    folded, spans = typed("佛教藝術泛指與佛教相關的藝術,特別是雕塑、建築、繪畫等有較多歷史遺存,"
                          "而文學與音樂方面作品相對較少。")
    q = analyze("佛教藝術的兩種方面的作品相對較少,一是文學方面,另一個是?").text
    assert [folded[s.start:s.end] for s in rest_items(folded, spans, q)] == [fold("音樂方面")]


def test_modifier_only_reads_the_words_after_the_noun():
    s = fold("该影展与义大利的威尼斯影展、法国的坎城影展并列为世界三大艺术影展之一。")
    x = s.index("法国")
    q = fold("国际三大影展指的是威尼斯影展、法国坎城影展,还有哪一个影展?")
    assert not modifier_only(s, (x, x + 2), (x, s.index("并列")), q)  # the question names 法国坎城影展
    s2 = fold("但是刘铭传的新政并没有考虑到官吏的廉洁以及台湾本身财政负担的问题")
    y = s2.index("台湾")
    assert modifier_only(s2, (y, y + 2), (y, len(s2)), fold("间接导致台湾人民的反抗,另一个是?"))
    assert not modifier_only(s2, (y, y + 2), (y, len(s2)), fold("官吏的廉洁以及台湾以外还有什么?"))


def test_named_tail_needs_four_characters_of_the_question():
    assert named_tail("中国大陆对李登辉访美", "除了李登辉访美之外,另一起事件为?")
    assert not named_tail("中国大陆对李登辉访美", "除了访美之外,另一起事件为?")


def test_an_item_printed_only_inside_another_is_not_named():
    assert only_inside("公园", ["公园", "国家公园"], "一个是国家公园,另一个是?")
    assert not only_inside("国家公园", ["公园", "国家公园"], "一个是国家公园,另一个是?")
    assert not only_inside("公园", ["公园", "国家公园"], "一个是公园,另一个是国家公园吗?")


def test_the_last_item_runs_on_past_a_noun_of_one_character(typed):
    # jieba cuts a name it does not know (東|涌|線) into a noun of one character: the item is the whole name
    folded, spans = typed("項目共建造成兩條路線,即機場快線及東涌線。")
    q = analyze("機場鐵路項目造成了機場快線以及哪一條路線?").text
    assert [folded[s.start:s.end] for s in rest_items(folded, spans, q)] == [fold("東涌線")]


def test_the_last_of_a_list_the_question_prints_all_but(typed):
    # "最後一個" after the question's own list (蒙古人、色目人、漢人) asks the item it leaves out
    folded, spans = typed("有說法認為由於蒙古人與漢人的人數比例極不平均,元廷為了保護蒙古人地位,主張蒙古至上主義,"
                          "推行蒙古人、色目人、漢人、南人等四個階級的制度,但該制度並不見於官方文告及檔案。")
    q = analyze("元廷將人種分為四個階級,由上到下分別是蒙古人、色目人、漢人,而最後一個階級是?").text
    assert [folded[s.start:s.end] for s in rest_items(folded, spans, q)] == [fold("南人")]
    assert rest_items(folded, spans, analyze("最後一個階級是?").text) == []


def test_the_item_of_one_character_a_list_of_such_leaves_out(typed):
    # the question lists crops of one character (稻、麥、粟、麻): the one it leaves out (桑) is one character too,
    # and the first item, run on from its clause (…供種植|稻), is the question's first
    folded, spans = typed("農田有良好的水利系統供種植稻、麥、粟、桑、麻、蔬菜等作物,"
                          "還可以種植竹木果樹、養魚、畜牧等等。")
    q = analyze("劉宋種植的農作物包括稻、麥、粟、麻、蔬菜以及哪種等?").text
    assert [folded[s.start:s.end] for s in rest_items(folded, spans, q)][:1] == [fold("桑")]
