"""A whole sentence restating the question's subject is cut to the predicate printed right after it
(echoed_subject.py); sentences folded as the composer reads them (DRCD test, traditional → simplified)."""

from __future__ import annotations

from qa.answer.echoed_subject import subject_predicate
from qa.answer.question import analyze
from qa.normalize import fold


def _cut(sentence: str, question: str) -> str | None:
    folded = fold(sentence)
    got = subject_predicate(folded, 0, len(folded), analyze(fold(question)))
    return None if got is None else sentence[got[0]:got[1]]


def test_the_predicate_after_the_echoed_subject_answers():
    sentence = ("缺乏有效的管理和協調，動物的學名命名非常混亂，同名異物、同物異名等現象層出不窮，最初由林奈制定的，"
                "簡單的分類和命名規則已經不符使用了，需要編制更完善和更嚴謹的命名規則")
    assert _cut(sentence, "動物的學名命名因為缺乏有效的管理和協調而有什麼樣的結果？") == "非常混亂"


def test_a_date_echoed_after_the_predicate_is_no_answer_of_its_own():
    sentence = "槍擊案發生不久後，在1929年1月6日，國王亞歷山大一世廢除憲法，下令議會休會，並建立「1月6日獨裁"
    assert _cut(sentence, "國王亞歷山大一世於1929年1月6日做了甚麼舉動?") == "廢除憲法"


def test_no_cut_after_a_date_a_copula_or_when_the_question_goes_on_later():
    # the echoed run is a date: the setting, no subject
    assert _cut("1998年6月至2000年4月任中共温州市委书记", "1998年6月至2000年4月，蒋巨峰担任什么职务？") is None
    # "X是…" says who X is, not what is asked of it
    assert _cut("现任总裁兼首席执行长是胡元豹，他同时也是太平洋经济合作理事会加拿大首席代表",
                "现任总裁兼首席执行长还兼任什么职位？") is None
    # the question's other words (进入决赛) are printed after the predicate: the answer is told there
    assert _cut("准决赛阶段16名运动员分为2组比赛，每个小组最佳成绩首4名可以进入决赛",
                "准决赛阶段达到什么样的水平才能进入决赛？") is None


def test_no_cut_into_a_bracketed_gloss_of_the_subject():
    sentence = "即将入住淡滨尼GreenOpal的李登辉(33岁,科技企业产品经理)认为,委员会的设立很有意义"
    assert _cut(sentence, "即将入住淡滨尼GreenOpal的李登辉从事什么工作？") is None
