"""Centuries and decades as time spans (typed.times): a century in figures, as Taiwan's texts print it (13世纪,
19世纪60年代初), and a decade in Chinese numerals (六十年代, 八零年代), not a bare year count (六十年)."""

from __future__ import annotations

from qa.answer.typed import times


def _texts(folded: str) -> list[str]:
    return [folded[sp.start:sp.end] for sp in times(folded)]


def test_a_century_in_figures_is_one_time_with_its_decade():
    assert "13世纪" in _texts("素可泰王国建立于13世纪")
    assert "19世纪60年代初" in _texts("19世纪60年代初,法国再度成为欧洲大陆的军事强权")


def test_a_decade_in_chinese_numerals_keeps_its_decade_word():
    assert "六十年代" in _texts("新加坡独立初期,即六十年代,经济起飞")
    assert "八零年代" in _texts("最好的登山车在八零年代重量都在三十磅以下")
    # a count of years is no decade
    assert not any("六十年" in t for t in _texts("他在此工作了六十年"))


def test_an_ordinal_century_the_middle_ages_and_a_late_part_are_one_time():
    assert "公元第二世纪" in _texts("大公教会一词可追溯至公元第二世纪的基督徒")
    assert "中世纪中期" in _texts("中世纪中期是指欧洲历史的一段时期")
    assert "19世纪晚期" in _texts("直到19世纪晚期才有统一命名的意见")
