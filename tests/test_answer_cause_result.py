"""Why-questions answered by a whole sentence whose later clause, opened by a result word, restates the effect: the
clauses before it are the cause (cause_result.py). Sentences written for these tests, after DRCD's."""

from __future__ import annotations

from candidates import whole
from stories import engine_of

from qa.answer.cause_result import cause_result
from qa.answer.question import analyze


def _result(question: str, sentence: str):
    return cause_result(whole(sentence), analyze(question))


def test_the_clauses_before_the_result_word():
    got = _result("为什么这条河在上游的部分水流很急?", "境内主要河流多源于南部高原地区,故上游河水湍急,多瀑布")
    assert got is not None and got.text == "境内主要河流多源于南部高原地区" and got.rule == "sentence+result"
    # of two result words, the one whose clause restates the question; all before it, a leading 而 aside
    got = _result("为什么现在很多风机都超过一百米高?",
                  "而风能与风速的三次方成正比,所以风机愈高,发电量愈多,因此现在很多风机都超过一百米")
    assert got is not None and got.text == "风能与风速的三次方成正比,所以风机愈高,发电量愈多"
    # the result word after a subject the question prints
    got = _result("大汗为什么决心发动西征?", "该国大臣两次屠杀商队并侮辱使臣,大汗遂决心发动西征")
    assert got is not None and got.text == "该国大臣两次屠杀商队并侮辱使臣"


def test_not_without_a_result_word_nor_another_effect_nor_a_subject_the_question_lacks():
    # no result word: cause_first.py's and told.py's business
    assert _result("为什么这条河在上游的部分水流很急?", "境内主要河流多源于南部高原地区,上游河水湍急") is None
    # the result clause tells another effect than the one asked
    assert _result("为什么这条河在上游的部分水流很急?", "境内主要河流多源于南部高原地区,故多瀑布,可以发电") is None
    # a subject before the result word that the question does not print
    assert _result("大汗为什么决心发动西征?", "该国大臣两次屠杀商队,诸王遂决心发动西征") is None
    # a sentence opening with a cause marker or a result word: the pair told whole
    assert _result("为什么金氏能影响朝政?", "由于肃宗年幼,所以金氏得以影响朝政,并宠信西人派") is None
    assert _result("为什么这条河在上游的部分水流很急?", "所以河流多源于高原,因而上游河水湍急") is None
    # not a why-question
    assert _result("这条河在上游的部分水流怎么样?", "境内主要河流多源于南部高原地区,故上游河水湍急") is None


def test_the_composer_answers_the_cause():
    engine = engine_of([("苏里南", ["境内主要河流多源于南部内陆高原地区,故上游河水湍急,多瀑布,河川多由南往北。"])])
    answer = engine.ask("为什么苏里南的主要河流在上游的部分水流很急?")
    assert answer.text == "境内主要河流多源于南部内陆高原地区"
    assert answer.rule.endswith("+result")
