"""A what-answer ending with the first character of a common word the sentence goes on with stopped inside it:
declined (end_cut.py). The sentences are DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.end_cut import ends_in_cut_word
from qa.answer.question import analyze
from qa.tokenize import main_word_freq


def test_an_answer_stopping_after_the_first_character_of_a_word_is_declined():
    # DRCD 3359-12-1: "後燃器是用來做什麼的?" (gold 在緊急的時候以大量的燃料提供非常大的推力): 目|的 cut
    info = analyze("后燃器是用来做什么的?")
    s = "为了达到这些目的,战斗机的发动机需要更大的推力。"
    assert ends_in_cut_word(candidate_in(s, "达到这些目", "slot", "slot"), info, pos_tags, main_word_freq)


def test_a_name_before_its_suffix_stays():
    # DRCD 2455-3-4 (gold 冬季奧運): two characters of 奥运会, the name before its suffix
    info = analyze("这个城市曾举办过什么运动会?")
    s = "这个城市曾举办过冬季奥运会。"
    assert not ends_in_cut_word(candidate_in(s, "冬季奥运", "slot", "slot+noun"), info, pos_tags, main_word_freq)


def test_a_name_before_the_noun_asked_stays():
    # pages45 (TMHK): "屯馬線的通車儀式在哪個站舉辦?" ↔ "…在宋皇臺站舉行": jieba reads 台站, the asked 站 follows
    info = analyze("屯马线的通车仪式在哪个站举办?")
    s = "屯马线通车仪式在宋皇台站举行。"
    got = candidate_in(s, "宋皇台", "slot", "slot")
    assert not ends_in_cut_word(got, info, pos_tags, main_word_freq)
