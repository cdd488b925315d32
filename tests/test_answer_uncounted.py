"""A figure that counts another thing than the one asked (uncounted.py): "多少宗死亡病例" ↛ "14宗确诊"."""

from __future__ import annotations

import jieba.posseg
import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.uncounted import other_thing_counted


def _tag(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _why(sentence: str, figure: str, question: str, near: str = "") -> str:
    best = candidate_in(sentence, figure, "number")
    return other_thing_counted(analyze(question), best, Surroundings(near=near, tag=_tag))


def test_a_count_of_another_thing_is_declined():
    why = _why("沙巴今日新增14宗确诊,比昨日的18宗减少了4宗。", "14宗", "沙巴今日有多少宗死亡病例？")
    assert why == "decline:measure"
    # "多少人口": the measure word read off the noun 人口, which is what is counted: a count of people at a meeting
    assert _why("恰逢“百名社长总编看柳州”活动在柳州召开。", "百名", "柳州有多少人口？") == "decline:measure"


@pytest.mark.parametrize(("sentence", "figure", "question", "near"), [
    ("沙巴今日新增3宗死亡病例,14宗确诊。", "3宗", "沙巴今日有多少宗死亡病例？", ""),  # the thing asked
    ("而其他22个非协商国则只能列席。", "22个", "有多少个国家是不能参与表决的？", ""),  # a character shared (国)
    ("今日新增14宗确诊。", "14宗", "沙巴今日有多少宗死亡病例？", "今日无新增死亡病例"),  # named just before
    ("于十八岁亲政。", "十八岁", "同治帝一直到几岁时才得以亲政？", ""),  # no noun counted
    ("全市常住人口达到220万人。", "220万人", "西宁有多少人口？", ""),  # the population printed
    ("每10万人约有40人自杀。", "40人", "每10万人中有多少人会自杀？", ""),  # 人 a measure: 人会 is no noun asked
])
def test_the_count_stands(sentence, figure, question, near):
    assert _why(sentence, figure, question, near) == ""
