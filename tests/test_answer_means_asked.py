"""The object of the sentence's means word answers a question asking the means (means_asked.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.means_asked import means_asked
from qa.answer.question import analyze
from qa.normalize import fold

# DRCD 1160-2-2 and 3213-49-3, folded
_GUAM = fold("美西戰爭期間，美國於1898年6月21日佔領關島，基於巴黎條約，西班牙於1898年12月10日將關島割讓予美國。")
_EMPIRE = fold("在七世紀後拜占庭的正規軍不曾超過十四萬，皇帝體系的維持主要是憑藉著外交活動，拜占庭政府中的蠻族事務局，"
               "可以說是史上第一個處理外交事務的中央單位。")


def test_the_object_of_the_means_word_answers():
    slot = candidate_in(_GUAM, "1898年12月10日", "slot", "slot")
    got = means_asked(slot, analyze(fold("西班牙憑什麼將關島給美國？")))
    assert got is not None and got.text == "巴黎条约" and got.rule == "slot+means"


def test_the_question_asks_by_another_means_word():
    slot = candidate_in(_EMPIRE, "皇帝体系", "slot", "slot")
    asked = analyze(fold("在七世紀後拜占庭的正規軍不曾超過十四萬，一般認為整個帝國體系是靠哪種方式維持?"))
    got = means_asked(slot, asked)
    assert got is not None and got.text == "外交活动"


def test_no_means_asked_keeps_the_answer():
    slot = candidate_in(_GUAM, "1898年12月10日", "slot", "slot")
    assert means_asked(slot, analyze(fold("西班牙在哪一天將關島給美國？"))) is None
    inside = candidate_in(_GUAM, "巴黎条约", "slot", "slot")
    assert means_asked(inside, analyze(fold("西班牙憑什麼將關島給美國？"))) is None
