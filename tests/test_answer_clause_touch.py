"""The slot's right anchor does not reach back across a clause mark (features.clause_touch): "哪一个人|在未解决…"
↔ "路易十四…进驻西属尼德兰,在未解决…" is not about 尼德兰."""

from __future__ import annotations

from qa.answer.features import clause_touch
from qa.answer.question import analyze
from qa.answer.slots import align
from qa.normalize import fold


def _touch(question: str, text: str, span: str) -> tuple[float, float]:
    info = analyze(question)
    f = fold(text)
    slot = align(f, info.left, info.right)
    assert slot is not None
    i = f.index(span)
    return clause_touch(slot, f, i, i + len(span)), slot.touch(i, i + len(span))


def test_right_anchor_across_a_comma_does_not_touch():
    ours, plain = _touch("哪一个人在未解决争端的情况下触发了战争？",
                         "路易十四派兵进驻西属尼德兰，在未解决争端的情况下触发了战争。", "尼德兰")
    assert plain > 0 and ours == 0


def test_right_anchor_in_the_same_clause_still_touches():
    ours, plain = _touch("会议在哪里召开？", "会议在杭州召开。", "杭州")
    assert ours == plain == 1.0


def test_a_fronted_place_still_touches_the_next_clause():
    ours, plain = _touch("游客在哪个博物馆驻足？", "在潍坊市博物馆，游客驻足。", "潍坊市博物馆")
    assert ours == plain
