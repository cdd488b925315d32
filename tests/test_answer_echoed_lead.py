"""A slot opening with the question's own words, then a noun, starts at that noun (echoed_lead.py)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.echoed_lead import past_echoed_lead

# DRCD 1193-91-3, folded
_EXPORTS = "其中,2012年韩国游戏的出口额最高,占文化产品出口总额的一半以上。"
_ASKED = "2012年韩国文化产品以哪一个的出口额最高?"


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _start(sentence: str, slot: str, question: str) -> str:
    start = sentence.index(slot)
    end = start + len(slot)
    return sentence[past_echoed_lead(_pos(sentence), start, end, question):end]


def test_the_echoed_time_and_subject_are_dropped():
    assert _start(_EXPORTS, "2012年韩国游戏", _ASKED) == "游戏"


def test_a_short_echo_or_nothing_left_keeps_the_slot():
    # two characters of the question only (韩国): no restatement
    assert _start(_EXPORTS, "韩国游戏", "韩国文化产品以哪一个的出口额最高?") == "韩国游戏"
    # nothing the question does not print would be left
    assert _start(_EXPORTS, "2012年韩国游戏", "2012年韩国游戏的出口额是多少?") == "2012年韩国游戏"
