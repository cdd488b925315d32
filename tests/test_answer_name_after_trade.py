"""A transliterated name jieba took for a place, right after a trade ending in 家 (航海家|拉彼鲁兹/ns): a person,
as after a post (names._trade). Sentences written for these tests."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_a_transliteration_after_a_trade_is_a_person():
    sentence = "法国航海家拉彼鲁兹对黑龙江口进行了勘察。"
    assert ("拉彼鲁兹", "ns") in pos_tags(sentence)  # what the rule is about: jieba's tag of the name here
    assert _people(sentence) == ["拉彼鲁兹"]


def test_not_after_a_word_of_a_home():
    assert _people("他回到老人家拉彼鲁兹,很怀念那里。") == []
