"""The subject of a copula printed after several clauses (short._clause_subject, read by before_copula): real DRCD
sentences with the set's gold answers."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.short import before_copula
from qa.normalize import fold


def _texts(folded, spans):
    return [folded[s.start:s.end] for s in spans]


def test_the_head_noun_closing_the_clause_before_the_copula(typed):
    folded, spans = typed("春秋、戰國時期，楚滅申、息等諸侯國，建申、息、期思等縣，一代名相孫叔敖造田興水，"
                          "使楚國富甲一方，他設計並主持修建的期思陂，是中國古代最早的一項大型水利工程。")
    info = analyze("中國古代最早的一項大型水利工程是哪一個?")
    assert _texts(folded, before_copula(folded, spans, info.left)) == [fold("期思陂")]  # not 戰國時期


def test_the_first_noun_phrase_that_is_no_time_nor_a_title_s_common_noun(typed):
    folded, spans = typed("1964年的電影《安邦定國誌》，是約翰·福特生平最後第二部作品，也是最後一部西部片；")
    info = analyze("約翰·福特生平最後一部西部片是哪一部?")
    got = _texts(folded, before_copula(folded, spans, info.left))
    assert len(got) == 1 and fold("安邦定國") in got[0]  # not 1964年, not 電影


def test_an_adverb_of_change_between_the_subject_and_its_copula(typed):
    # DRCD 6171-44-2 (gold 「臺灣」): "也逐漸成為" — 逐漸 stands between 也 and the copula
    # (the sentence after the ；, where the engine splits)
    folded, spans = typed("原本作為地理名詞的「臺灣」，也逐漸成為國際社會對中華民國的通稱。")
    info = analyze("國際社會對中華民國的通稱是甚麼?")
    assert any(fold("臺灣") in t for t in _texts(folded, before_copula(folded, spans, info.left)))
