"""A count asked in the general classifier 个 (or 间) is not declined for an answer counted in an individual one
(`lexicon.CLASSIFIERS_ALIKE`): "几个皇帝" ↔ "93位", "几间图书馆" ↔ "3座"; a measure (几个月) or another unit (吨)
still disagrees, people are counted so only when people are asked ("多少个非遗项目" ↛ "万余名"), and the
candidate feature keeps preferring the classifier asked."""

from qa.answer.policy import _wrong_unit
from qa.answer.question import analyze


def test_an_individual_classifier_answers_a_count_in_ge():
    assert _wrong_unit(analyze("东罗马帝国共经历了几个皇帝?"), "93位") == ""
    assert _wrong_unit(analyze("下萨克森邦的城市当中有几个是人口大于十万?"), "6座") == ""


def test_a_building_classifier_answers_a_count_in_jian():
    assert _wrong_unit(analyze("下萨克森邦的图书馆有几间是邦立的?"), "3座") == ""


def test_a_measure_or_another_unit_still_disagrees():
    assert _wrong_unit(analyze("工程持续了几个月?"), "3年") == "decline:unit"
    assert _wrong_unit(analyze("有几个国家参加?"), "3吨") == "decline:unit"
    assert _wrong_unit(analyze("有几间教室?"), "3位") == "decline:unit"


def test_people_are_counted_in_person_classifiers_only_when_people_are_asked():
    assert _wrong_unit(analyze("有多少个工人参加?"), "30名") == ""
    assert _wrong_unit(analyze("第二届中国非遗博览会共有多少个非遗项目参展?"), "万余名") == "decline:unit"
