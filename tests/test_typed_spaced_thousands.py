"""A figure printed with a space between its groups of thousands (`4 600多公顷`, a chronicle's and 中国水利报's
style) is one number span, not its last group alone."""

from qa.answer.typed import numbers


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_a_figure_with_spaced_thousands_is_one_span():
    spans = _spans("蜚克图等乡镇遭冰雹袭击,4 600多公顷农田受灾,500公顷绝产。")
    assert "4 600多公顷" in spans and "600多公顷" not in spans
    assert "1 732平方公里" in _spans("干流全长105公里,流域面积1 732平方公里")


def test_two_figures_a_space_apart_stay_two():
    assert "2014" not in " ".join(_spans("2014 年的 600人"))  # a year, then a count
    assert "12 34" not in " ".join(_spans("第12 3456人"))  # a group of four digits is no thousands group
