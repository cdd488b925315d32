"""Number spans of Taiwan and Hong Kong copy: a share in tenths with its hundredths digit (五成四, 54%) and a
duration of two units with the figures spaced from them (4 年 11 個月)."""

from qa.answer.typed import numbers


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_tenths_with_a_hundredths_digit_are_one_share():
    assert "五成四" in _spans("民调数据显示,五成四不满意县政府这次的整体表现")
    assert "三成" in _spans("约三成的人表示满意")  # tenths alone, as before
    assert "三成" in _spans("三成五个人")  # a digit that counts what follows is no hundredths


def test_a_duration_of_two_units_spaced_from_its_figures_is_one_span():
    assert "4 年 11 个月" in _spans("被告服刑 4 年 11 个月后,今日出狱")
    assert "三年零六个月" in _spans("判处有期徒刑三年零六个月")
