"""Why-questions answered by a two-clause sentence opening with its cause marker: the cause clause, whatever words the
main clause puts the effect in (cause_main.py). Sentences written for these tests, after DRCD's."""

from __future__ import annotations

from candidates import whole
from stories import engine_of

from qa.answer.cause_main import cause_main
from qa.answer.question import analyze


def _main(question: str, sentence: str, start: int = 0):
    return cause_main(whole(sentence, start), analyze(question))


def test_the_cause_clause_before_the_main_clause():
    got = _main("这座岛的旅游业为什么至今仍然不兴盛?", "由于交通不便,这座岛的旅游业直到近年尚不存在")
    assert got is not None and got.text == "交通不便" and got.rule == "sentence+main"
    # the answer already trimmed of its marker
    got = _main("这个省在一月为什么会暴露于北极的冷空气?", "由于大致平坦的地貌,它在一月暴露于来自西北的寒冷空气", 2)
    assert got is not None and got.text == "大致平坦的地貌"
    got = _main("他的日语为什么带有方言口音?", "因为他生于关西,日语中带有播磨方言的口音")
    assert got is not None and got.text == "他生于关西"


def test_not_more_clauses_nor_a_cause_going_on_nor_a_later_marker():
    # three clauses: where the cause ends is not told by the order alone
    assert _main("为什么游客不能进入坑道参观?", "由于这里仍属军事基地,除非首长允许,一般旅客不可进入坑道参观") is None
    # the main clause goes on with the cause before 而
    assert _main("袋鼠为什么被认为是害虫?", "由于它们大量繁殖,破坏了岛上的生活环境而被认为是害虫") is None
    # the marker does not open the sentence
    assert _main("旅游业为什么不兴盛?", "这座岛由于交通不便,旅游业直到近年尚不存在") is None
    # not a why-question
    assert _main("这座岛的旅游业到什么时候才兴盛?", "由于交通不便,这座岛的旅游业直到近年尚不存在") is None


def test_the_composer_answers_the_cause_clause():
    engine = engine_of([("阿森松岛", ["由于交通不便,阿森松岛的旅游业直到近年尚不存在。"])])
    answer = engine.ask("阿森松岛的旅游业为什么直到近年仍然不兴盛?")
    assert answer.text == "交通不便"
    assert answer.rule.endswith("+main")
