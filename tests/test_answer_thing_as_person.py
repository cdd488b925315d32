"""A thing jieba tags as a person (季后赛, 纪传体, 花岗岩, 松前藩藩) left as a who-question's answer is declined
(thing_as_person.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.thing_as_person import thing_as_person
from qa.normalize import fold
from qa.tokenize import main_word_freq

_AROUND = Surroundings(freq=main_word_freq)


def _why(question: str, sentence: str, answer: str) -> str:
    s = fold(sentence)
    return thing_as_person(analyze(fold(question)), candidate_in(s, fold(answer), kind="person"), _AROUND)


def test_a_contest_a_form_or_a_domain_answers_no_who_question():
    # CMRC TRIAL_411_QUERY_1 and DRCD 6450-4-1, 2458-1-2, asked with their paragraphs not indexed
    assert _why("谁获得本年总决赛的最有价值球员奖？", "最佳成績是在2000年的季後賽獲得東區的冠軍，殺入總決賽。",
                "季後賽") == "decline:generic"
    assert _why("清朝擁有最多妃嬪的皇帝是哪一位皇帝?", "歷代紀傳體史書中后妃傳所記載的妃嬪未必包括皇帝擁有的所有妃嬪。",
                "紀傳體") == "decline:generic"
    assert _why("江戶幕府為誰所建立?", "1635年，江戶幕府松前藩藩主松前公廣派村上掃部左衛門巡視庫頁島。",
                "松前藩藩") == "decline:generic"


def test_a_name_ending_so_stays():
    assert _why("谁去了北京？", "王岩去了北京。", "王岩") == ""
    assert _why("谁去了北京？", "张国岩去了北京。", "张国岩") == ""  # no dictionary word
    assert _why("第二戰區長官司令部的司令長官是誰?", "司令長官為閻錫山。", "閻錫山") == ""
