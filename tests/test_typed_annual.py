"""Number spans: 一年生, 多年生 name a plant's kind (annual, perennial), not a count of years (typed.numbers);
CMRC TRIAL_203_QUERY_0 asked "长柄艾纳香的花期约是多久" and was answered 一年 from "一年生草本"."""

from qa.answer.typed import numbers


def _numbers(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_an_annual_or_perennial_is_no_count_of_years():
    assert _numbers("一年生草本。") == []
    assert _numbers("多年生草本,高约1米。") == ["约1米"]


def test_a_count_of_years_stays():
    assert "两年" in _numbers("他在那里生活了两年。")


def test_the_dollar_as_spoken_is_a_currency():
    # CMRC TRIAL_184_QUERY_4: "票房收益大约是$10.2亿美金" answered 10.2亿 without its currency
    assert "10.2亿美金" in _numbers("百老汇在2009年到2010年的剧季的票房收益大约是$10.2亿美金。")


def test_a_half_told_as_a_share_is_a_number():
    # CMRC TRIAL_864_QUERY_3: "有多少病人在征状出现的首个小时内出现死亡" was answered 40% from the next sentence
    assert "一半以上" in _numbers("一半以上病人在征状出现的首个小时内死亡。")
    assert _numbers("他把一半的钱捐了出去。") == []  # (a half with no 以上/以下 is left alone)
