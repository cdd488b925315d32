"""A post asked in a year ("2023年年会的科特迪瓦总理是谁") is told by a sentence that prints no year of its own
when the report is dated that year (people_answer._in_year's `dated`)."""

from qa.answer.people_answer import _in_year

SENTENCE = "新加坡总理李显龙、科特迪瓦总理阿希以及国际货币基金组织总裁格奥尔基耶娃将应邀出席年会。"


def test_a_yearless_sentence_of_a_report_dated_the_year_asked_tells_of_it():
    assert _in_year(("2023",), SENTENCE, "李强将出席博鳌论坛", "2023")
    # undated, and no year in the headline or the text before: not known to be that year's
    assert not _in_year(("2023",), SENTENCE, "李强将出席博鳌论坛", "")


def test_a_sentence_of_another_year_or_a_report_of_another_year_does_not():
    assert not _in_year(("2023",), "2019年4月,科特迪瓦总理阿希访华。", "", "2023")
    assert not _in_year(("2023",), SENTENCE, "李强将出席博鳌论坛", "2024")
