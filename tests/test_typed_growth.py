"""A growth asked with 成长 and a 的 before the question word ("後十年成長的|多少|的教育經費") sets aside the levels
of a sentence that prints the growth after its change word ("從2.2億韓圓增加到35.3億韓圓,增長近16倍"):
typed.level_not_change, DRCD 1193-66-2."""

from qa.answer.typed import level_not_change, numbers
from qa.normalize import fold

_FUNDS = fold("1975-1985年間，韓國的教育經費從2.2億韓圓增加到35.3億韓圓，增長近16倍。")


def test_the_levels_are_set_aside_for_a_growth_asked_with_its_de():
    nums = numbers(_FUNDS)
    levels = {_FUNDS[sp.start:sp.end] for sp in level_not_change(_FUNDS, nums, fold("韓國在1975年到後十年成長的"))}
    assert "35.3亿" in levels and "近16倍" not in levels
