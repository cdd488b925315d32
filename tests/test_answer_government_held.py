"""A place's government named by the place and 政府 apart (government_held.py): "…审议湖南省政府工作报告的…" is about
the article that prints "参加湖南省第十四届人民代表大会…审议政府工作报告", though 湖南省政府 is never printed whole."""

from __future__ import annotations

from stories import engine_of

from qa.answer.government_held import government_held


def test_a_government_held_by_its_place_and_zhengfu():
    text = "2月4日,参加湖南省第十四届人民代表大会第四次会议的常德代表团召开第四次全体会议,继续审议政府工作报告。"
    assert government_held("湖南省政府", text)
    assert government_held("湖南省人民政府", text)
    assert not government_held("湖北省政府", text)  # another place
    assert not government_held("湖南省政府", "湖南省第十四届人民代表大会第四次会议开幕。")  # no 政府
    assert not government_held("湖南政府", "参加湖南第十四届人大…审议政府工作报告")  # no level: 湖南 is no 湖南省
    assert not government_held("湖南省教育厅", text)  # no government


def test_the_chair_of_a_delegation_reviewing_its_provinces_report():
    engine = engine_of([
        ("常德代表团集中审议政府工作报告", [
            "2月4日,参加湖南省第十四届人民代表大会第四次会议的常德代表团在驻地召开第四次全体会议,继续审议政府工作报告。"
            "市委书记罗毅君出席会议。市委副书记、市长周振宇主持会议。"]),
    ])
    got = engine.ask("常德代表团集中审议湖南省政府工作报告的第四次全体会议由谁主持？")
    assert not got.declined and got.text == "周振宇"
