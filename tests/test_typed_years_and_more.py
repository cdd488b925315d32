"""A count of years with 多 after it (`两年多`, more than two years) is one number span: the 多 is the count's,
not a word of what follows; `三年多次` (three years, many times) and `两年多少` keep the count alone."""

from qa.answer.typed import numbers


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_more_than_a_count_of_years():
    assert "两年多" in _spans("通过两年多的治理取得了实质性进展")
    assert "一年多" in _spans("用了一年多时间")


def test_a_many_or_a_how_many_after_the_years_is_not_theirs():
    assert "三年" in _spans("三年多次获奖") and "三年多" not in _spans("三年多次获奖")
    assert "两年多" not in _spans("两年多少钱")


def test_more_than_a_count_of_years_still_counts_in_years():
    from qa.answer.policy import _wrong_unit
    from qa.answer.question import analyze
    assert _wrong_unit(analyze("临江河流域综合治理总投资多少亿元？"), "两年多") == "decline:unit"
    assert _wrong_unit(analyze("临江河流域综合治理已经进行了多少年？"), "两年多") == ""
