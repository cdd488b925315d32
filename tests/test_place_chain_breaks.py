"""A chain of administrative levels stops at a word that joins two places or tells where one belongs, whatever
jieba tags it (typed._CHAIN_BREAKS): sentences written for these tests."""

from __future__ import annotations

import pytest

from qa.normalize import fold


def texts(folded, spans):
    return {folded[s.start:s.end] for s in spans if s.type == "place"}


@pytest.mark.parametrize(("sentence", "place", "not_place"), [
    ("当年将原大河坪乡整体与茶峒镇合并。", "茶峒镇", "大河坪乡整体与茶峒镇"),
    ("明代时,这片群岛隶属于琼州管辖。", "琼州", "群岛隶属于琼州"),
])
def test_a_joining_word_ends_the_chain(typed, sentence, place, not_place):
    folded, spans = typed(sentence)
    got = texts(folded, spans)
    assert fold(place) in got
    assert fold(not_place) not in got


def test_a_chain_of_levels_is_still_one_place(typed):
    folded, spans = typed("他来自长兴县水口乡水口村。")
    assert fold("长兴县水口乡水口村") in texts(folded, spans)
