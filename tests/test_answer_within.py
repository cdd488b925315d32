"""The thing a question asks by its frame 在…中, read off the same frame in the answer's sentence (within.py):
real DRCD sentences, folded."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.question import analyze
from qa.answer.within import within
from qa.normalize import fold
from qa.types import Candidate


def _span(sentence: str, answer: str, rule: str = "slot") -> Candidate:
    text = fold(sentence)
    start = text.index(fold(answer))
    return Candidate(text=fold(answer), sentence=sentence_of(text), start=start, end=start + len(fold(answer)),
                     type="term", score=1.0, rule=rule)


def test_the_field_the_frame_encloses_answers():
    best = _span("在生物動力學中,金或鎢的顆粒用DNA包被,然後注射到愈傷組織細胞或植物胚胎中。", "或植物胚胎")
    got = within(best, analyze(fold("金的顆粒用DNA包覆然後注射到愈傷組織細胞是在哪個學說中提到?")))
    assert got is not None and got.text == fold("生物動力學") and got.rule == "slot+within"


def test_an_event_after_its_year_and_a_field_the_question_half_echoes():
    best = _span("在1900年的義和團事變中,直隸東南代牧區受到重創", "受到重創")
    got = within(best, analyze(fold("直隸東南代牧區在什麼事件當中死了五千多人?")))
    assert got is not None and got.text == fold("義和團事變")
    whole = "在幾何學中,角是由兩條有公共端點的射線組成的幾何對象"
    got = within(_span(whole, whole[1:], "sentence"),
                 analyze(fold("角是兩條有公共端點的射線組成的幾何對象是在什麼學說中的認知?")))
    assert got is not None and got.text == fold("幾何學")


def test_no_frame_asked_or_the_answer_already_inside_it():
    best = _span("在生物動力學中,金或鎢的顆粒用DNA包被", "或鎢的顆粒")
    assert within(best, analyze(fold("金的顆粒用什麼包覆?"))) is None  # no 在…中 asked
    inside = _span("1944年在德蘇戰爭中擊敗了納粹德國部隊", "德蘇戰爭")
    assert within(inside, analyze(fold("擊敗了納粹德國部隊是在哪場戰爭中的成果?"))) is None
