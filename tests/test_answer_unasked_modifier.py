"""The name printed between the question's own words and the noun asked (unasked_modifier.py): "途经|仓山湾边|大桥"."""

from __future__ import annotations

import jieba.posseg
import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.unasked_modifier import with_unasked_modifier
from qa.types import Candidate


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def _best(sentence: str, head: str, rule: str = "head") -> Candidate:
    return candidate_in(sentence, head, "term", rule)


def test_the_name_between_the_questions_words_and_the_head_is_taken_in():
    got = with_unasked_modifier(_best("当时,他正开车往家赶,途经仓山湾边大桥时,他看到多个广告牌被风刮落", "大桥"),
                                analyze("郑先生途经哪座桥时看到广告牌被风刮落？"), _pos)
    assert got is not None and got.text == "仓山湾边大桥"


_BRIDGE = "当时,他正开车往家赶,途经仓山湾边大桥时"


@pytest.mark.parametrize(("sentence", "head", "question", "rule"), [
    # a verb between ("实行"), one character ("用"), an adverb, no head-noun answer, words before the gap the
    # question lacks
    ("其中的蒙古游牧地区实行盟旗制。", "盟旗制", "蒙古游牧地区在清朝时是以什么制度来实施行政规划的？", "head"),
    ("1949年到1952年用浮动汇率制度。", "浮动汇率制度", "人民币从1949年到1952年是采用什么汇率制度？", "head"),
    (_BRIDGE, "大桥", "郑先生途经哪座桥时看到广告牌被风刮落？", "slot"),
    (_BRIDGE, "大桥", "郑先生开车回家时看到什么桥上的广告牌被风刮落？", "head"),
    # an adverb and a verb between (又|会|用, each one character): what is done with the thing, not its name
    ("消防又会用手提拉曼光谱分析仪,透过雷射分析物质种类。", "手提拉曼光谱分析仪", "消防用什么仪器分析物质种类？",
     "head"),
])
def test_nothing_is_added(sentence, head, question, rule):
    assert with_unasked_modifier(_best(sentence, head, rule), analyze(question), _pos) is None
