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
