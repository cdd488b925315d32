"""A count asked of one item of a list of counted items ("多少名优秀指导老师" ↔ "…,组织工作奖3名,优秀指导老师14名"):
the figure right after that item answers, whatever scored higher (precedence.counted_item)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.precedence import counted_item, put_first
from qa.answer.question import analyze

_TEXT = "经过初评和复评,分别评出一等奖2名、二等奖5名、优秀奖15名,组织工作奖3名,优秀指导老师14名。"


def test_the_count_after_the_item_asked_comes_first():
    kept = [candidate_in(_TEXT, "3名", score=11.2), candidate_in(_TEXT, "14名", score=9.5)]
    info = analyze("征文活动评出了多少名优秀指导老师?")
    assert counted_item(kept[1], info) and not counted_item(kept[0], info)
    assert put_first(kept, info)[0].text == "14名"


def test_an_item_the_question_does_not_count_is_not_taken():
    kept = [candidate_in(_TEXT, "3名", score=11.2), candidate_in(_TEXT, "14名", score=9.5)]
    # the item is named, but not counted right after the question word
    assert not counted_item(kept[1], analyze("优秀指导老师一共有多少?"))


def test_an_item_named_before_the_question_word_and_counted_after_it():
    text = "共评出一等奖作品1件,二等奖作品2件,三等奖作品3件,优秀奖作品10件。"
    kept = [candidate_in(text, "1件", score=13.5), candidate_in(text, "2件", score=13.1)]
    info = analyze("诗歌征集的二等奖有几件作品?")
    assert counted_item(kept[1], info) and not counted_item(kept[0], info)
    assert put_first(kept, info)[0].text == "2件"
