"""Of several lists with an item the question names, the one naming an item whole is asked (short.rest_items)."""

from __future__ import annotations

from qa.answer.short import rest_items
from qa.answer.spans import Span


def _typed(folded: str, *words: str) -> list[Span]:
    return [Span(folded.index(w), folded.index(w) + len(w), "term", "noun") for w in words]


def test_the_list_naming_an_item_whole_wins_over_one_whose_item_ends_like_a_question_word():
    f = "元朝在推行汉人的典章制度与维护蒙古旧法之间,时常发生冲突,并且分裂成守旧派与崇汉派。"
    got = [f[sp.start:sp.end] for sp in rest_items(f, _typed(f, "典章制度", "守旧派", "崇汉派"),
                                                   "元朝在制度方面分成两派,一派是崇汉派,另一派是?")]
    assert got and all("守旧派" in g for g in got)


def test_without_a_list_naming_an_item_whole_a_list_named_by_a_word_still_answers():
    f = "元朝在推行汉人的典章制度与维护蒙古旧法之间,时常发生冲突。"
    q = "元朝在制度方面分成两派,一派是崇汉派,另一派是?"
    got = [f[sp.start:sp.end] for sp in rest_items(f, _typed(f, "典章制度"), q)]
    assert got == ["维护蒙古旧法之间"]
