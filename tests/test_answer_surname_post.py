"""A post's holder named again by surname and post (surname_post.py): "副校长和飞…" then "和副校长…欢迎"."""

from __future__ import annotations

import pytest

from qa.answer.surname_post import full_name, post_word, surname_moved, surnamed
from qa.types import Candidate, Sentence


def _sentence(text: str, i: int = 0) -> Sentence:
    return Sentence(id=f"a:0:{i}", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))


_NAMED = _sentence("党委书记陈优生、副校长和飞等校领导出席了典礼", 0)
_AGAIN = _sentence("典礼上,和副校长对新生表示热烈的欢迎。", 1)


def test_the_post_word_keeps_a_deputys_fu():
    assert post_word("在开学典礼上致欢迎的副校长") == "副校长"
    assert post_word("开学典礼上讲话的校长") == "校长"
    assert post_word("开学典礼上讲话的人") == ""


@pytest.mark.parametrize(("text", "post", "found"), [
    ("典礼上,和副校长对新生表示欢迎", "副校长", [(4, "和")]),
    ("党委书记陈优生、副校长和飞等", "副校长", []),  # the post before the name: no surname before it
    ("王书记说", "书记", [(0, "王")]),
])
def test_a_surname_before_the_post(text, post, found):
    assert surnamed(text, post) == found


def test_the_full_name_after_the_post():
    s, start, end = full_name([_AGAIN, _NAMED], "副校长", "和")  # type: ignore[misc]
    assert s is _NAMED and s.text[start:end] == "和飞"
    assert full_name([_AGAIN, _NAMED], "副校长", "王") is None  # no 副校长 of that surname


def test_the_answer_is_shown_as_the_full_name():
    at = _AGAIN.text.index("和副校长")
    best = Candidate(text="和副校长", sentence=_AGAIN, start=at, end=at + 4, type="person", score=1.0,
                     rule="type:person")
    moved = surname_moved([_NAMED, _AGAIN], best, "副校长")
    assert moved is not None and moved.text == "和飞" and moved.sentence is _NAMED
    assert surname_moved([_NAMED, _AGAIN], best, "书记") is None
