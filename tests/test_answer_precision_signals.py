"""The answer's own signals for the fitted models (answer_signals.py) and the decline of a place of the wrong kind
for a city or country asked (unfit_kind.py)."""

from __future__ import annotations

from qa.answer.answer_signals import answer_signals
from qa.answer.question import analyze
from qa.answer.unfit_kind import unfit_kind
from qa.types import Candidate, Sentence


def _candidate(sentence: str, answer: str, sid: str = "a:0:0", kind: str = "place",
               features: tuple[tuple[str, float], ...] = ()) -> Candidate:
    s = Sentence(id=sid, article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type=kind, score=1.0,
                     rule="type:" + kind, features=features)


def test_a_city_asked_is_not_answered_by_a_country_a_region_or_a_word_for_cities():
    info = analyze("图瓦共和国的首府是哪一个城市？")
    assert unfit_kind(info, _candidate("图瓦共和国是俄罗斯联邦的一个共和国", "俄罗斯联邦")) == "decline:kind"
    assert unfit_kind(info, _candidate("通化是东北亚的重要城市", "东北亚")) == "decline:kind"
    assert unfit_kind(info, _candidate("信阳是河南省的一个地级市", "地级市")) == "decline:kind"
    assert unfit_kind(info, _candidate("图瓦共和国的首府是克孜勒", "克孜勒")) == ""


def test_a_country_asked_is_not_answered_by_a_part_of_a_continent_but_by_a_country_ending_like_one():
    info = analyze("卢旺达于1916年被哪一个国家殖民？")
    assert unfit_kind(info, _candidate("卢旺达位于东非", "东非")) == "decline:kind"
    # 马来西亚 ends with 西亚 (a part of Asia) and is a country
    info = analyze("哪个国家的高教部向厦门大学递交了邀请？")
    assert unfit_kind(info, _candidate("马来西亚高教部向厦门大学递交了邀请", "马来西亚")) == ""


def test_no_kind_asked_no_decline():
    info = analyze("会议在哪里举行？")
    assert unfit_kind(info, _candidate("会议在东亚举行", "东亚")) == ""


def test_the_kind_asked_ends_the_answer_or_not():
    info = analyze("1917年在俄罗斯爆发的是哪一场革命？")
    right = _candidate("1917年俄罗斯爆发了布尔什维克革命", "布尔什维克革命", kind="span")
    assert answer_signals(right, [], info, (right.sentence.folded,)).get("kind_echo") == 1.0
    wrong = _candidate("1917年俄罗斯退出了第一次世界大战", "第一次世界大战", kind="span")
    f = answer_signals(wrong, [], info, (wrong.sentence.folded,))
    assert f.get("kind_miss") == 1.0 and "kind_echo" not in f


def test_the_words_against_the_question_word_missing_from_the_answers_text():
    info = analyze("博物馆的总部在哪里？")
    there = _candidate("博物馆的总部在上海", "上海")
    assert answer_signals(there, [], info, (there.sentence.folded, "")).get("near_gone", 0.0) == 0.0
    gone = _candidate("博物馆的入口在北京", "北京")
    assert answer_signals(gone, [], info, (gone.sentence.folded, "")).get("near_gone") == 1.0


def test_another_sentence_giving_the_same_answer_agrees():
    info = analyze("博物馆的总部在哪里？")
    best = _candidate("博物馆的总部在上海", "上海", features=(("proximity", 0.5),))
    same = _candidate("总部设于上海的博物馆", "上海", sid="a:0:1")
    apart = _candidate("博物馆的分馆在北京", "北京", sid="a:0:2")
    f = answer_signals(best, [apart, same], info, (best.sentence.folded,))
    assert f.get("agree") == 1.0 and f.get("proximity") == 0.5
    # the same text again in the answer's own sentence is no second witness
    again = _candidate("博物馆的总部在上海", "上海")
    assert "agree" not in answer_signals(best, [again, apart], info, (best.sentence.folded,))


def test_an_era_asked_is_not_answered_by_a_bare_year_nor_a_century_by_anything_else():
    from qa.answer.era_asked import era_for_year

    era = analyze("元朝早在哪一个时代便在西域设置驿站？")
    assert era_for_year(era, _candidate("1296年元朝在西域设置驿站", "1296年", kind="time")) == "decline:grain"
    assert era_for_year(era, _candidate("成吉思汗时代元朝在西域设置驿站", "成吉思汗时代", kind="time")) == ""
    decade = analyze("登山车在哪个年代开始流行？")
    assert era_for_year(decade, _candidate("一九七九年登山车开始流行", "一九七九年", kind="time")) == "decline:grain"
    assert era_for_year(decade, _candidate("八零年代登山车开始流行", "八零年代", kind="time")) == ""
    century = analyze("法国在哪一个世纪再度成为军事强权？")
    assert era_for_year(century, _candidate("60年代初法国再度成为强权", "60年代初", kind="time")) == "decline:grain"
    assert era_for_year(century, _candidate("19世纪法国再度成为强权", "19世纪", kind="time")) == ""
    # a year asked is TIME_GRAINS' matter, not this rule's
    year = analyze("法国在哪一年爆发了二月革命？")
    assert era_for_year(year, _candidate("1848年法国爆发了二月革命", "1848年", kind="time")) == ""
