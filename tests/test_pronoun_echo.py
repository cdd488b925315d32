"""A who-question whose question word the answer's sentence prints as a pronoun takes the person that sentence names
first (pronoun_echo.py). Sentences written for these tests."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.pronoun_echo import echoed_first, pronoun_echoed
from qa.answer.question import analyze
from qa.types import Candidate


def _people(text: str, *names: str) -> list[Candidate]:
    s = sentence_of(text)
    return [Candidate(text=n, sentence=s, start=text.index(n), end=text.index(n) + len(n), type="person", score=1.0,
                      rule="type:person") for n in names]


def test_the_question_word_printed_as_a_pronoun_between_the_same_characters():
    text = "史都华历经战争的残酷,但这时再应卡普拉一通电话之邀,演出为他量身打造的角色"
    kept = _people(text, "卡普拉", "史都华")
    got = echoed_first(kept, analyze("《风云人物》这部作品是为谁量身打造的?"))
    assert got[0].text == "史都华"


def test_the_phrase_asked_restated_after_a_pronoun_and_its_copula():
    text = "394年狄奥多西平定帝国内乱,直到隔年他过世,他也是罗马帝国最后一位维持统一的皇帝,其长子阿卡迪乌斯继位"
    kept = _people(text, "阿卡迪乌斯", "狄奥多西")
    assert pronoun_echoed(kept, analyze("罗马帝国最后一位维持统一的皇帝是谁?")).text == "狄奥多西"


def test_no_pronoun_where_the_question_word_stands():
    text = "史都华历经战争的残酷,但这时再应卡普拉一通电话之邀,演出为史都华量身打造的角色"
    kept = _people(text, "卡普拉", "史都华")
    assert pronoun_echoed(kept, analyze("《风云人物》这部作品是为谁量身打造的?")) is None
