"""A place asked by its administrative level (哪个省, 哪一个县, 哪个港口) is not answered by a place whose suffix names
another level (…区, …省): the sentence names something else there."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.other_level import other_level
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    return other_level(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "place"))


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    # a district for a province, a province for a port: another level's place
    ("周恩来出生于中国境内的哪一个省?", "周恩来出生于江苏省淮安府山阳县(今淮安区)。", "今淮安区", "decline:level"),
    ("这条铁路连接哈尔滨和哪个港口?", "该线连通黑龙江省会哈尔滨和东北最大港口大连。", "黑龙江省", "decline:level"),
    ("新厂建在哪个县?", "新厂建在城东的开发区。", "开发区", "decline:level"),
    # the level asked: kept, whatever the name's other characters
    ("周恩来出生于哪一个省?", "周恩来出生于江苏省淮安府。", "江苏省", ""),
    ("新厂建在哪个县?", "新厂建在山阳县。", "山阳县", ""),
    # a chain holding the level asked names that place too
    ("展览在哪个城市举行?", "展览在北京市怀柔区举行。", "北京市怀柔区", ""),
    # a name whose suffix may be a city's or a province's (中山, 黑龙江, 香港): not read
    ("会议在哪个城市举行?", "会议在中山举行。", "中山", ""),
    ("会议在哪个城市举行?", "会议在香港举行。", "香港", ""),
    # a region at a province's level
    ("他是哪个省的人?", "他来自广西壮族自治区。", "广西壮族自治区", ""),
    # a post or a level word after the which-word asks no place's level (哪个市长, 哪个县级市)
    ("哪个市长出席了会议?", "会议在开发区举行。", "开发区", ""),
    # two levels asked at once: the answer may be a chain of both
    ("他在哪个省哪个县工作?", "他在山阳县工作。", "山阳县", ""),
])
def test_another_level(question, sentence, answer, why):
    assert _why(question, sentence, answer) == why
