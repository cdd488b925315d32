"""A count of years in Chinese numerals inside a time span ("已將近十三年", a duration the time patterns take whole)
stays a number too, as "时隔12年" does: "将近多少年" asks it as one."""

from qa.answer.typed import extract
from qa.normalize import fold


def _numbers(engine, text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in extract(f, engine.tokenizer.pos(f)) if sp.type == "number"]


def test_a_count_of_years_in_words_inside_a_duration_is_a_number(engine):
    assert any(n.endswith("十三年") for n in _numbers(engine, "節目從電臺創臺至今已將近十三年。"))
    assert any(n.endswith("三年") for n in _numbers(engine, "他在当地工作了三年。"))


def test_a_year_told_digit_by_digit_is_no_count(engine):
    assert "一九九八年" not in _numbers(engine, "一九九八年,他来到北京。")
