"""A who-question's one-character left anchor (将) closes the name before its right anchor (light_anchor.py)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.light_anchor import name_after_marker
from qa.answer.slots import align

# DRCD 5724-14-4, folded
_PHOTO = "一家瑞士小型报章《blick》便张冠李戴地误将艺声的照片当成是金正恩的照片刊登在其报章上。"
_LEFT, _RIGHT = "瑞士报章《blick》曾经将", "的照片误当为金正恩刊登在其报章上"
_QUESTION = _LEFT + "哪一个人" + _RIGHT


def test_the_name_between_the_marker_and_the_right_anchor():
    slot = align(_PHOTO, _LEFT, _RIGHT)
    assert slot is not None and slot.left == 0  # "将" alone is no anchor the aligner finds
    got = name_after_marker(_PHOTO, pos_tags(_PHOTO), slot.start, slot.end, _LEFT, _QUESTION)
    assert got is not None and _PHOTO[got.start:got.end] == "艺声" and got.type == "person"


def test_no_marker_or_a_verb_after_it_is_no_name():
    slot = align(_PHOTO, _LEFT, _RIGHT)
    assert slot is not None
    assert name_after_marker(_PHOTO, pos_tags(_PHOTO), slot.start, slot.end, "瑞士报章《blick》曾经", _QUESTION) is None
    # DRCD 5759-13-2, folded: "刘裕将|之处死" — a pronoun and a verb after the marker
    text = "及至会稽虞氏的虞亮藏匿一千多名脱离户籍逃亡的人,刘裕将之处死"
    assert name_after_marker(text, pos_tags(text), 0, len(text), "刘裕", "刘裕将谁处死") is None
    assert name_after_marker(text, pos_tags(text), 0, len(text), "刘裕将", "刘裕将谁处死") is None
