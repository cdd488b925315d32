"""Places and times the typer reads (xfails22): a venue after a place word jieba tags s, a medium after 在, a land
before 大地, a day with its lunar date and hour."""

from __future__ import annotations

import jieba.posseg as pseg

from qa.answer.typed import places, times


def _places(text: str) -> list[str]:
    return [text[s.start:s.end] for s in places(text, [(w, f) for w, f in pseg.cut(text)])]


def test_a_city_before_a_venue_names_it():
    assert "台中殡仪馆" in _places("今天罹难的2人在台中殡仪馆办告别式,家属婉拒出席。")


def test_a_medium_after_zai_is_where_it_was_done():
    assert "互联网" in _places("那位警员最后在互联网发片道歉。")
    assert "互联网" not in _places("这件事在互联网的影响很大。")  # the medium's own thing, not where


def test_a_name_before_dadi_is_a_land():
    # jieba takes 牟平 for a person's name; before 大地 it names the land
    assert any(p.startswith("牟平") for p in _places("距今1800多年前,诞生于我们牟平大地,被百姓称为一钱太守。"))
    assert not any("大地" in p for p in _places("春风吹过大地,万物复苏。"))


def test_a_day_its_lunar_date_in_brackets_and_the_hour_are_one_time():
    f = "大甲妈祖将于4月4日(农历3月8日)晚间10时45分起驾。"
    assert [f[s.start:s.end] for s in times(f)] == ["4月4日(农历3月8日)晚间10时45分"]
    f = "会议4月4日(周五)举行,晚间10时45分结束。"  # no second date in the brackets: apart
    assert "10时45分" in [f[s.start:s.end] for s in times(f)]
