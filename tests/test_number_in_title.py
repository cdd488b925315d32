"""A bare figure inside a work's title in book-title marks is part of the title, not a count ("《窃听风云2》");
one with its unit still counts ("《中缅建交75周年故事集》"). An unstated number ("以下几种因素") is no amount, and a
figure with 千 inside ("逾6千500名") is one amount."""

from qa.answer.typed import in_title, numbers


def _texts(folded: str) -> list[str]:
    return [folded[s.start:s.end] for s in numbers(folded)]


def test_a_figure_in_a_films_title_is_no_count():
    folded = "八卦 《窃听风云2》 的金融秘密 休闲 奥运 伦敦奥运闭幕式 招聘表演志愿者"
    assert _texts(folded) == []
    assert in_title(folded, folded.index("2"), folded.index("2") + 1)


def test_a_figure_outside_the_title_still_counts():
    folded = "电影《窃听风云2》上映首周票房达到3000万元"
    assert _texts(folded) == ["3000万元"]
    assert _texts("欧足联官方宣布阿森纳主教练温格禁赛2场。") == ["2场"]


def test_a_figure_with_its_unit_in_a_title_counts():
    assert _texts("《胞波心语——中缅建交75周年故事集》特别专栏") == ["75周年"]


def test_an_unstated_number_is_no_amount():
    assert _texts("我国人民徙居缅甸可以简单概括为以下几种因素:") == []
    assert _texts("若干个问题") == []
    assert _texts("几十万人") == ["几十万人"]
    assert _texts("有十几个人") == ["十几个"]


def test_thousands_written_with_qian_inside_a_figure():
    assert _texts("逾6千500名志愿者已经抵达") == ["逾6千500名"]
