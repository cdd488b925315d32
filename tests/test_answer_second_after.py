"""The one the sentence's second comes after answers a question asking the first (second_after.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.second_after import second_after

# DRCD 6161-1-2, 1179-1-3 and 1193-58-3, folded
_PEOPLE = "德国人口数量欧洲第二,仅次于俄罗斯。"
_RICE = "2013年稻的总产量占世界粮食作物产量第二位,仅低于玉米。"
_TROOPS = "越南战争期间,韩国赴越参战兵力人数超过48000余人,是南越阵营一方仅次于驻越美军的第二大外国军。"


def test_the_one_the_second_comes_after_answers_the_first_asked():
    head = candidate_in(_PEOPLE, "德国", "term", "head")
    got = second_after(head, analyze("人口数量欧洲第一的国家是?"))
    assert got is not None and got.text == "俄罗斯" and got.rule == "head+after"
    gap = candidate_in(_RICE, "年稻", "term", "sentence+gap")
    got = second_after(gap, analyze("2013年得到世界粮食作物产量冠军的是?"))
    assert got is not None and got.text == "玉米"


def test_the_name_ends_at_the_de_of_the_phrase_it_modifies():
    head = candidate_in(_TROOPS, "美军", "term", "head")
    got = second_after(head, analyze("越战时南越阵营的外国军以哪一军的为最大?"))
    assert got is not None and got.text == "驻越美军"


def test_a_question_not_asking_the_first_keeps_the_answer():
    head = candidate_in(_PEOPLE, "德国", "term", "head")
    assert second_after(head, analyze("人口数量欧洲第二的国家是?")) is None
    after = candidate_in(_PEOPLE, "俄罗斯", "term", "head")
    assert second_after(after, analyze("人口数量欧洲第一的国家是?")) is None
