"""A transliterated name whose parts are joined by a bullet or by a full stop typed for the name dot
(names.name_dot_at): sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import name_dot_at, persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_full_stop_between_the_parts_of_a_transliterated_name_joins_them():
    assert "沙尔克兹.陶马什" in _people("女律师引述经济学教授沙尔克兹.陶马什的话说,华人很勤劳。")
    assert "威廉.亚历山大" in _people("荷兰国王威廉.亚历山大与来宾亲切握手。")


def test_a_bullet_joins_the_parts_as_the_interpunct_does():
    assert "威廉•亚历山大" in _people("主席应荷兰国王威廉•亚历山大的邀请进行国事访问。")


def test_a_full_stop_elsewhere_is_no_name_dot():
    assert not name_dot_at("增长2.5个百分点", 2)  # a decimal point
    assert not name_dot_at("会议结束.下午", 4)  # a stop between common characters
    assert not name_dot_at("见www.abc.com", 4)  # a web address
    assert name_dot_at("威廉.亚历山大", 2)
    assert name_dot_at("威廉·亚历山大", 2)


def test_a_text_layers_space_after_the_dot_keeps_the_name_whole():
    assert "罗山• 鲁斯拉尼" in _people("印尼工商会馆总主席罗山• 鲁斯拉尼要求政府自立主持疫苗接种项目。")
    assert "阿迪克• 德威•布特兰多" in _people("对此,东爪哇工商会馆主席阿迪克• 德威•布特兰多表示欢迎。")
