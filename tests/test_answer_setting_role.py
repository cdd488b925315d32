"""A meeting's role asked with the meeting as the setting before the verb (setting_role.py): "谁在…大会上致闭幕词",
"谁在…会议上作政府工作报告" are read as "…由谁致闭幕词" (deed_beside.py): the doer beside the lead naming the event."""

from __future__ import annotations

import pytest
from stories import engine_of

from qa.answer.deed_beside import asked_role
from qa.answer.question import analyze
from qa.answer.setting_role import asked_setting, report_verb


def test_the_setting_and_the_report_delivered():
    assert asked_setting("在全国代表大会上致闭幕词") == "在全国代表大会上"
    assert asked_setting("在会上发言") == "" and asked_setting("在大会上致闭幕词") == ""  # (no name of an event)
    assert asked_setting("致闭幕词") == ""
    assert report_verb("作政府工作报告") == "作" and report_verb("作出决定") == ""


def test_the_role_read_past_the_setting():
    assert asked_role(analyze("谁在中国工商业联合会第十二次全国代表大会上致闭幕词？")) == "致闭幕词"
    assert asked_role(analyze("谁在清远市八届人大五次会议上作政府工作报告？")) == "作"
    assert asked_role(analyze("谁在大会上发言？")) == ""  # no role of a meeting's report


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("青河市工商联代表大会闭幕", ["青河市工商业联合会第五次代表大会26日在青河闭幕。",
                                      "大会选举产生了新一届执行委员会。",
                                      "市委统战部副部长、市工商联党组书记周明远致闭幕词。"]),
        ("白水市人大会议开幕", ["1月8日上午,白水市八届人大五次会议在市会议中心开幕。",
                                "大会执行主席在主席台前排就座。",
                                "市政府副市长、代理市长孙立群作政府工作报告。"]),
    ]
    return engine_of(stories, "s")


@pytest.mark.parametrize(("question", "doer"), [
    ("谁在青河市工商业联合会第五次代表大会上致闭幕词？", "周明远"),
    ("谁在白水市八届人大五次会议上作政府工作报告？", "孙立群"),
])
def test_the_doer_beside_the_lead(engine, question, doer):
    got = engine.ask(question)
    assert not got.declined and got.text == doer
