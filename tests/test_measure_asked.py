"""A count asked by a measure word no unit list holds, right after the question word (多少K, 多少席次, 多少公吨),
keeps that measure when the sentence prints it right after the bare number (measure_asked.py); not a bound the
question asks with (多少以上), nor a longer word the measure only opens (多少立方公尺 ↔ 200万立方…)."""

from candidates import candidate_in

from qa.answer.measure_asked import measure_kept
from qa.answer.question import analyze


def _kept(sentence: str, number: str, question: str) -> str:
    return measure_kept(candidate_in(sentence, number, "number"), analyze(question)).text


def test_a_latin_measure_asked_is_kept():
    assert _kept("标准白光是6500K时的黑体辐射", "6500", "国际照明协会所规定的标准白光是多少K?") == "6500K"


def test_a_one_or_two_character_measure_is_kept():
    assert _kept("亲民党得到3席,时代力量5席", "3", "亲民党得到多少席次?") == "3席"
    assert _kept("非法堆置1200公吨厨余残渣", "1200", "农地非法堆置了多少公吨的厨余?") == "1200公吨"


def test_no_bound_nor_a_longer_word_echoed():
    assert _kept("南京市人口增加到100万以上", "100万", "南京市人口增加到多少以上?") == "100万"
    assert _kept("每年储备量约200万立方公尺", "200万", "每年储备量大约可以到达多少立方公尺?") == "200万"
