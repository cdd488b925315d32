"""A question of no known type ("other") is not answered with a whole sentence (unread_whole.py). The questions and
sentences are DRCD's (test set: 克萊蒙梭, 中山市, 灣仔北) and CMRC 2018's (trial set: 桃花源小厨), folded as the
composer reads them."""

from __future__ import annotations

from candidates import candidate_in, whole

from qa.answer.question import analyze
from qa.answer.unread_whole import unread_whole

_TIGER = "因为这些严苛的条件,克莱蒙梭也得到了老虎的绰号。"
_DENSITY = "2012年底,中山市的常住总人口已达312万人,其中户籍人口140.82万人,人口密度为1352人/平方公里。"
_KITCHEN = ("桃花源小厨(tim's kitchen)是一所在2000年于香港开设的小店,"
            "于07年受葡京酒店老板何鸿燊及梁安琪邀请而在该店开业至今。")
_NORTH = "告士打道以北的区域,现通常称为湾仔北。"


def test_an_unread_question_answered_with_its_whole_sentence_is_declined():
    info = analyze("因為一戰後克萊蒙梭對德國開出苛刻的賠償條件，所以有人替他取了一個外號?")
    assert info.qtype == "other"
    assert unread_whole(whole(_TIGER[:-1]), info)
    assert not unread_whole(candidate_in(_TIGER, "老虎", "term", "slot"), info)  # a span inside the sentence


def test_the_sentence_past_its_echo_of_the_question_is_the_sentence_too():
    info = analyze("桃花源小厨营业状况?")
    assert info.qtype == "other"
    rest = _KITCHEN[_KITCHEN.index("一所"):-1]  # past "桃花源小厨(tim's kitchen)是", which echoes the question
    assert unread_whole(candidate_in(_KITCHEN, rest, "sentence", "sentence+unechoed"), info)


def test_a_typed_question_a_quantity_and_a_description_cloze_are_left_alone():
    assert not unread_whole(whole(_TIGER[:-1]), analyze("克萊蒙梭的外號是什麼?"))  # a typed question
    count = analyze("中山市平均每10平方公里有幾十人?")
    assert count.qtype == "other"
    assert not unread_whole(whole(_DENSITY[:-1]), count)  # a quantity asked: the sentence holds the figure
    cloze = analyze("現在被稱為灣仔北的區域是指?")
    assert cloze.qtype == "other"
    assert not unread_whole(whole(_NORTH[:-1]), cloze)  # 是指 asks what a thing is: the sentence may tell it
    kind = analyze("《宇宙奇兵》在台湾台播出的时间?")  # CMRC: a time asked by its noun, which the sentence may tell
    assert kind.qtype == "other"
    assert not unread_whole(whole(_TIGER[:-1]), kind)


def test_a_line_pasted_from_a_page_is_answered_with_its_sentence():
    # the seed page's own sentence typed as it is printed (full stop and all): the user asks where it stands
    line = "11日下午,全省建设更高水平平安浙江工作会议在杭州召开。"
    info = analyze(line)
    assert info.qtype == "other"
    assert not unread_whole(whole(line[:-1]), info)
    assert unread_whole(whole(line[:-1]), analyze(line[:-1] + "?"))  # the same words asked are still declined
