"""The evidence model's label (fit._holds): the evidence sentence holds a gold, or a long stretch of one."""

from __future__ import annotations

from qa.fit import _holds

# CMRC's gold for "夜来香分布在哪些地区" runs on past the sentence the composer answers from
_GOLD = "分布在亚洲、美洲、欧洲以及中国大陆的华南等地，生长于海拔500米至1000米的地区，常生于山坡灌丛中"


def test_a_gold_in_the_sentence_is_held():
    assert _holds("该品种分布在亚洲。", ["亚洲"])


def test_the_first_sentence_of_a_gold_longer_than_it_is_held():
    assert _holds("夜来香分布在亚洲、美洲、欧洲以及中国大陆的华南等地。", [_GOLD])


def test_a_sentence_sharing_only_a_few_characters_with_a_gold_is_not():
    assert not _holds("夜来香原产于亚洲热带地区。", [_GOLD])
    assert not _holds("它原产于亚洲。", ["亚洲热带"])  # a short gold must be there whole
