"""A what-answer opening with 之/们 cut from the word before it is the anchor phrase's tail: declined
(bound_opening.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.bound_opening import cut_from_before
from qa.answer.question import analyze


def test_a_suffix_cut_from_its_noun_is_declined():
    # DRCD 1183-4-2: "…会让模特的什么受到影响?" (健康); the slot after the anchor 模特 opens with its plural suffix
    info = analyze("太频繁穿高跟鞋以及浓妆艳抹会让模特的什么受到影响?")
    s = "模特们超长时间太频繁穿高跟鞋以及频繁浓妆艳抹,这样的职业规则显然非常损健康。"
    assert cut_from_before(candidate_in(s, "们超长时间", "slot", "slot"), info)


def test_zhi_closing_a_quoted_name_is_declined():
    # DRCD 1149-14-3: "有「太白天聲」的稱號的地方由什麼東西組成?" (巨石); 之说 closes 「太白天声」
    info = analyze("有「太白天声」的称号的地方由什么东西组成?")
    s = "太白天声位于东引灯塔下方海岸,指的是一处险峻尖耸的巨石,因此有「太白天声」之说。"
    assert cut_from_before(candidate_in(s, "之说", "slot", "sentence+subject"), info)


def test_zhi_opening_its_own_word_or_clause_stays():
    info = analyze("第一个用户尝试储存网页时发生了什么?")
    s = "之后当第一个用户尝试储存网页时,浏览器会询问。"  # 之后 at the sentence's start: a time word, not a tail
    assert not cut_from_before(candidate_in(s, "之后当第一个用户尝试储存网页时", "slot", "slot"), info)
    s = "它是世界上最大的岛屿之一。"  # 之一: one of, its own word
    assert not cut_from_before(candidate_in(s, "之一", "slot", "slot"), analyze("它是什么?"))
