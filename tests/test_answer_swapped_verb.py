"""A where-question's motion verb the sentence prints as a preposition puts the place after it (swapped_verb.py)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.swapped_verb import place_after_swapped

# DRCD 1190-26-1, folded
_SHOP = "一些在西方有亲戚或朋友并且在国家银行有外汇帐户的东德人,可以在外汇商店购买西方及出口级别的东德物品。"
_LEFT = "有外汇帐户的东德人要买糖、咖啡可以去"


def test_the_noun_run_after_the_stem_and_its_preposition():
    got = place_after_swapped(_SHOP, pos_tags(_SHOP), _LEFT, _LEFT + "哪边?")
    assert [_SHOP[sp.start:sp.end] for sp in got] == ["外汇商店"]


def test_no_motion_verb_asked_is_no_place():
    assert place_after_swapped(_SHOP, pos_tags(_SHOP), "东德人可以", "东德人可以哪边?") == []
