"""Places jieba tags nr or nrt, read as places (names.py's SITE_ENDS and place_by_context, tagged_names.py): an
island's, a city's or a fort's ending (库页岛, 伏见城), the ending cut off as a word of its own (瓦尔特|堡), a region
after a preposition of place and a country (在|英国|威尔斯). Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.answer.tagged_names import doubted_names


def _people(sentence: str) -> list[str]:
    pos = pos_tags(sentence)
    found = persons(sentence, pos)
    found += doubted_names(sentence, pos, found, "谁?")
    return [sentence[s.start:s.end] for s in found]


def test_a_site_tagged_as_a_name_is_no_person():
    assert ("库页岛", "nrt") in pos_tags("航海家对黑龙江口和库页岛进行了勘察。")  # what the rule is about
    assert _people("航海家对黑龙江口和库页岛进行了勘察。") == []
    # 伏见城 is no person; 德川家康, cut 德|川家康 by jieba, is read whole (names._family_cut_off)
    assert _people("石田三成稍后在伏见城面见德川家康请求仲裁。") == ["石田", "德川家康"]


def test_a_name_before_a_site_ending_cut_off_is_no_person():
    assert _people("当路德隐藏在瓦尔特堡的时候,他带领了改革。") == []


def test_a_region_after_a_preposition_and_a_country_is_no_person():
    assert _people("1804年,理查特里维西克在英国威尔斯发明了蒸汽机车。") == ["特里维西克"]


def test_names_around_them_stay():
    # a name's piece after a place's word ("在|巴西|尔|二世") and a name before a common word stay people
    assert "查士丁" in _people("疆域达到了自查士丁尼一世之后从未有过的规模。")
    assert _people("拉彼鲁兹与特里维西克会面。") != []
