"""How-questions asking how something came about, answered by the doer of a verb of forming whose object is of the kind
asked (formed_by.py). Sentences written for these tests, after DRCD's and CMRC's."""

from __future__ import annotations

from candidates import candidate_in, whole
from stories import engine_of

from qa.answer.formed_by import formed_by
from qa.answer.question import analyze


def _formed(question: str, sentence: str, *others: str):
    kept = [whole(sentence)] + [candidate_in(s, s[:4], "slot", "slot", sid=f"a:0:{i + 1}")
                                for i, s in enumerate(others)]
    return formed_by(kept[0], kept, analyze(question))


def test_the_doer_of_the_verb_of_forming():
    got = _formed("这座岛是如何形成的?", "群岛中的九个岛屿都属于南集团,大部分都是火山活动造成的岛屿,土壤肥沃")
    assert got is not None and got.text == "火山活动" and got.rule == "sentence+formed"
    got = _formed("这些群岛是怎么形成的?", "周期性的下沉、暴风雨和水灾形成了这个长链状的岛屿")
    assert got is not None and got.text == "周期性的下沉、暴风雨和水灾"
    # read in the next candidate's sentence when the best one forms another thing
    got = _formed("这些群岛是怎么形成的?", "约在七千年前,北海形成了一条流往大西洋的出口",
                  "周期性的下沉、暴风雨和水灾形成了这个长链状的岛屿")
    assert got is not None and got.text == "周期性的下沉、暴风雨和水灾" and got.rule == "slot+formed"


def test_not_another_thing_formed_nor_another_question():
    # the verb's object is not of the kind asked (no 岛)
    assert _formed("这些群岛是怎么形成的?", "约在七千年前,北海形成了一条流往大西洋的出口") is None
    # not a how-question of coming about
    assert _formed("这座岛的土壤怎么样?", "大部分都是火山活动造成的岛屿,土壤肥沃") is None


def test_the_composer_answers_the_doer():
    engine = engine_of([("库克群岛", ["拉罗东加岛在内的九个岛屿都属于南集团,大部分都是火山活动造成的岛屿,土壤肥沃。"])])
    answer = engine.ask("拉罗东加岛是如何形成的?")
    assert answer.text == "火山活动"
    assert answer.rule.endswith("+formed")
