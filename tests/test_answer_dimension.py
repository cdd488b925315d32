"""The figure whose unit measures the dimension asked (多大 an area, 多高 a length, 多重 a weight, 多久 a span of
time) answers before the best sentence's figure of another dimension (dimension.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.dimension import dimension_first
from qa.answer.question import analyze

# DRCD 1152-16-1: 八里 is a district, read as eight 里
_PORT = ("臺北港特定區位於台北港週邊八里、林口一帶約1138公頃土地，為新北市為配合台北港開港所規劃之都市更新計畫。")


def test_a_size_asked_is_an_area():
    kept = [candidate_in(_PORT, "八里", score=9.0), candidate_in(_PORT, "約1138公頃", score=8.0)]
    assert dimension_first(kept, analyze("臺北港特定區有多大？"))[0].text == "約1138公頃"


def test_a_figure_of_the_dimension_asked_stays():
    text = "帕特纳赫峡谷是一座长702米，深80米的峡谷，1912年它被设立为天然纪念物。"
    kept = [candidate_in(text, "702米", score=9.0), candidate_in(text, "1912年", score=8.0)]
    assert dimension_first(kept, analyze("帕特纳赫峡谷有多长？"))[0].text == "702米"
    text = "大桥全长3公里，工期历时三年。"
    kept = [candidate_in(text, "三年", score=9.0), candidate_in(text, "3公里", score=8.0)]
    assert dimension_first(kept, analyze("大桥建了多长时间？"))[0].text == "三年"  # 多长: a length or a span


def test_a_count_of_things_gives_way_to_their_size():
    # CMRC TRIAL_639_QUERY_4: how many pits is no size of them; their depth and width (a length) tell it
    text = ("天龙桥和青龙桥之间、青龙桥和黑龙桥之间，分别是两个巨大的天坑－青龙天坑和神鹰天坑，其深度和直径范围分别是"
            "276米-285米和300米-522米。")
    kept = [candidate_in(text, "两个", score=12.0), candidate_in(text, "276米-285米", score=9.1)]
    asked = analyze("天龙桥和青龙桥之间、青龙桥和黑龙桥之间有多大的天坑？")
    assert dimension_first(kept, asked)[0].text == "276米-285米"
    assert dimension_first(kept, analyze("天龙桥和青龙桥之间有几个天坑？"))[0].text == "两个"  # a count asked
