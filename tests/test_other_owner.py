"""A post asked of one owner is not held by the bare post's holder in a clause about another owner of its kind
(other_owner.py): "法军的总参谋长" ↔ "普军…,毛奇为总参谋长"."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.other_owner import asked_owner_of, owned_by_other
from qa.answer.people import Titled


def _holder(text: str, name: str, post: str) -> Titled:
    s = sentence_of(text)
    at = s.folded.find(name)
    return Titled(s, (at, at + len(name)), (at + len(name), at + len(name) + len(post)), (post,))


def test_the_owner_asked_before_the_post_word():
    assert asked_owner_of("法军的总参谋长") == "法军"
    assert asked_owner_of("法军总参谋长") == "法军"
    assert asked_owner_of("总参谋长") == ""


def test_another_army_named_before_the_holder_owns_his_post():
    holder = _holder("普军亦集结了三个军团,毛奇为总参谋长。", "毛奇", "总参谋长")
    words = [("普军", "nr"), ("亦", "d"), ("集结", "v"), ("了", "ul"), ("三个", "m"), ("军团", "n"), (",", "x"),
             ("毛奇", "nr"), ("为", "p"), ("总参谋长", "n"), ("。", "x")]
    assert owned_by_other("法军的总参谋长", holder, words)


def test_the_asked_army_printed_or_none_other_keeps_the_holder():
    holder = _holder("法军集结了三个军团,勒布夫为总参谋长。", "勒布夫", "总参谋长")
    words = [("法军", "nr"), ("集结", "v"), ("了", "ul"), ("三个", "m"), ("军团", "n"), (",", "x"),
             ("勒布夫", "nr"), ("为", "p"), ("总参谋长", "n"), ("。", "x")]
    assert not owned_by_other("法军的总参谋长", holder, words)
    holder = _holder("该军团集结完毕,勒布夫为总参谋长。", "勒布夫", "总参谋长")
    words = [("该", "r"), ("军团", "n"), ("集结", "v"), ("完毕", "v"), (",", "x"),
             ("勒布夫", "nr"), ("为", "p"), ("总参谋长", "n"), ("。", "x")]
    assert not owned_by_other("法军的总参谋长", holder, words)
