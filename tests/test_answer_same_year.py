"""同年 in the asked event's time: the year printed last before it in its sentence answers 哪一年 (same_year.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.same_year import same_year_first

_TEXT = "1928年,学校定名为国立武汉大学,《国立武汉大学周刊》于同年12月3日创刊;"
_OTHER = "《武汉大学报》创刊于1919年2月25日,始名《国立武昌高等师范学校周报》,是学校机关刊物;"


def test_the_year_before_tongnian_answers_which_year():
    kept = [candidate_in(_OTHER, "1919年2月25日", "time", sid="a:0:0", score=9.2),
            candidate_in(_TEXT, "1928年", "time", sid="a:0:1", score=9.1),
            candidate_in(_TEXT, "同年12月3日", "time", sid="a:0:1", score=4.7)]
    assert same_year_first(kept, analyze("《国立武汉大学周刊》是哪一年创刊的?"))[0].text == "1928年"


def test_a_day_asked_or_no_tongnian_keeps_the_order():
    kept = [candidate_in(_OTHER, "1919年2月25日", "time", sid="a:0:0", score=9.2),
            candidate_in(_TEXT, "1928年", "time", sid="a:0:1", score=9.1),
            candidate_in(_TEXT, "同年12月3日", "time", sid="a:0:1", score=4.7)]
    assert same_year_first(kept, analyze("《国立武汉大学周刊》是哪一天创刊的?"))[0].text == "1919年2月25日"
    plain = [candidate_in(_OTHER, "1919年2月25日", "time", score=9.2)]
    assert same_year_first(plain, analyze("《武汉大学报》是哪一年创刊的?"))[0].text == "1919年2月25日"
