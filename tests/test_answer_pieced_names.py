"""A foreign name jieba cut into pieces, one tagged a name, offered whole to a who-question
(tagged_names.pieced_names): sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.tagged_names import doubted_names


def _doubted(sentence: str, question: str = "") -> list[str]:
    return [sentence[s.start:s.end] for s in doubted_names(sentence, pos_tags(sentence), [], question)]


def test_a_name_cut_into_a_place_and_a_name_is_offered_whole():
    assert "哈利里德" in _doubted("2005年,民主党在参议院挑选了哈利里德作为领导人。")  # 哈利/ns|里德/nrt
    assert "亚里斯多德" in _doubted("亚里斯多德在柏拉图的基础上,建立了研究方法。")  # 亚里/ns|斯多德/nrt


def test_not_where_a_noun_follows_nor_what_the_question_prints():
    assert "特米乌尔巴克" not in _doubted("模式种的化石发现于乌兹别克斯坦的特米乌尔巴克齿龙。")  # a species' name
    assert "哈利里德" not in _doubted("2005年,民主党在参议院挑选了哈利里德作为领导人。", "哈利里德是谁?")
