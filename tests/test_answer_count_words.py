"""Counting words that answer nothing: a name-like span cut after a count's numeral, and 亿万 as a figure."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.count_words import count_word
from qa.normalize import fold


def _why(sentence: str, answer: str, kind: str) -> str:
    return count_word(candidate_in(fold(sentence), fold(answer), kind))


@pytest.mark.parametrize(("sentence", "answer", "kind"), [
    # kwongwah_envoyvisit (光华日报): "欧阳玉靖8日拜访了哪个机构?" with its page left out
    ("中国驻马大使欧阳玉靖周四率11人代表团到访光华日报", "人代表团", "org"),
    # modia_qyy: "哪个区议会悬空的议席最多?" with its page left out
    ("料約有230名區議員不符宣誓要求", "名區", "place"),
    # sdsjb_20191011_01 (西宁晚报's page): "同心村共有多少户?" with 贵州日报's page left out
    ("西宁讯(黄小云)新中国成立70周年,华夏共庆,世界瞩目,亿万炎黄子孙同心祝福", "亿万", "number"),
])
def test_a_count_cut_or_a_figure_of_speech_declines(sentence, answer, kind):
    assert _why(sentence, answer, kind) == "decline:type"


@pytest.mark.parametrize(("sentence", "answer", "kind"), [
    ("中国驻马大使欧阳玉靖周四率11人代表团到访光华日报", "光华日报", "org"),  # the organisation visited
    ("公民黨11名區議員決定退黨", "公民黨", "org"),
    ("该国债务总额已达到万亿元", "万亿元", "number"),  # 万亿 is a figure (a trillion)
    ("辖10个村民组706户2888人", "706户", "number"),
])
def test_names_and_figures_stay(sentence, answer, kind):
    assert _why(sentence, answer, kind) == ""
