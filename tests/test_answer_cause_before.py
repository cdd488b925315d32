"""Why-questions answered by the clause before a causing verb whose effect repeats the question (cause_before.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_before import cause_before
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    s = sentence_of(text)
    return Candidate(text=text, sentence=s, start=0, end=len(text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


def test_the_clause_before_shide_whose_effect_is_asked():
    got = cause_before(_whole("元帝不重视科举,使得大批文化人失去了优越的社会地位,从而摆脱了对政权的依附"),
                       analyze("元朝时大批文化人为什么失去了优越的社会地位?"))
    assert got is not None and got.text == "元帝不重视科举" and got.rule.endswith("+cause")
    got = cause_before(_whole("公元前2世纪,西汉的版图向西扩张,导致与希腊化文明接触频繁"),
                       analyze("中亚地区与希腊化文明接触频繁的原因是?"))
    assert got is not None and got.text == "西汉的版图向西扩张"


def test_another_effect_an_adverb_alone_or_a_named_cause_keeps_the_sentence():
    assert cause_before(_whole("元帝不重视科举,使得科举制度衰落"), analyze("元朝时大批文化人为什么失去了地位?")) is None
    assert cause_before(_whole("双方发生口角,最终导致了京津大战武斗收场"), analyze("为什么会发生京津大战武斗?")) is None
    assert cause_before(_whole("世卫确认高血压为导致心血管病死亡率的主要原因"),
                        analyze("心血管病死亡率上升的原因是?")) is None


def test_a_question_naming_its_marker_takes_the_clause_before_shide_too():
    # CMRC TRIAL_519_QUERY_3: "因为什么罪行" names 因; the sentence has no 因, its 导致 tells the effect asked
    got = cause_before(_whole("道光21年(1841年)正月,怡良毅然独力上疏,揭发琦善私自割让香港,导致琦善被治罪"),
                       analyze("琦善因为什么罪行被治罪?"))
    assert got is not None and got.text == "揭发琦善私自割让香港"
