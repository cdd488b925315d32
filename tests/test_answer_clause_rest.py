"""The item a question leaves out: a clause-long item beside the one it names (clause_rest.py), and the list a
question opening with 不仅是A、B、C asks the rest of (short.REST_QUESTION); real DRCD sentences."""

from __future__ import annotations

from qa.answer.clause_rest import rest_clause
from qa.answer.question import analyze
from qa.answer.short import rest_items
from qa.normalize import fold

_SENTENCE = ("對於境外節目，當局有一套嚴密的制度用以保證阻止國外的「不良內容」進入，"
             "對境外落地的信號實施地面頻道干擾，對衛星接收實施等級管理制度")


def _cut(sentence: str, question: str) -> str | None:
    got = rest_clause(fold(sentence), analyze(fold(question)))
    return None if got is None else sentence[got[0]:got[1]]


def test_the_clause_beside_the_named_one_in_its_frame_is_the_item_left():
    sentence = _SENTENCE
    question = "當局用兩種方法保證阻止國外的「不良內容」進入，除了對衛星接收實施等級管理制度，還有一項是?"
    assert _cut(sentence, question) == "對境外落地的信號實施地面頻道干擾"


def test_no_item_left_when_the_question_asks_no_rest():
    sentence = _SENTENCE
    assert _cut(sentence, "當局對衛星接收實施什麼制度?") is None


def test_bujin_shi_a_b_c_haishi_asks_the_item_left(typed):
    folded, spans = typed("保羅加德納艾倫，美國發明家、投資者、考古學家和慈善家，微軟的兩位創始人之一。")
    question = analyze(fold("保羅加德納艾倫不僅僅是投資者、考古學家、慈善家，他還是什麼?")).text
    assert [folded[s.start:s.end] for s in rest_items(folded, spans, question)] == [fold("美國發明家")]
