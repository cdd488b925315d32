"""Why-questions naming some causes and asking for the one left: the enumeration's item the question does not
name, read whole from its clause (cause_rest.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_rest import cause_rest
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    return Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                     rule="sentence")


def test_the_cause_the_question_leaves_out():
    got = cause_rest(_whole("蒋中正在台宣告复行总统职权,为稳固政权、并防止中国共产党渗透,展开长期的戒严"),
                     analyze("蒋中正施行白色恐怖的原因有二,除了为了稳固政权之外,另一项原因为何?"))
    assert got is not None and got.text == "防止中国共产党渗透" and got.rule.endswith("+rest")
    # (the item whole from its clause, its opening marker dropped: not the noun 合法 against the separator)
    got = cause_rest(_whole("但由于汗位取得不合法与崇尚汉法"),
                     analyze("蒙古宗室不承认忽必烈汗位的原因有二,其中一项是因为忽必烈崇尚汉法,另一个原因是?"))
    assert got is not None and got.text == "汗位取得不合法"


def test_no_cause_left_or_no_rest_asked():
    assert cause_rest(_whole("为稳固政权、并防止中国共产党渗透"), analyze("蒋中正为什么施行白色恐怖?")) is None
    # (和 ending a name asks no rest)
    assert cause_rest(_whole("广州恒大以杨昊加上现金与贵州人和作出交换"), analyze("杨昊为什么加盟贵州人和?")) is None
