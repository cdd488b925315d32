"""A time word ending in 前 before a post ("此前NBN总裁Bill Morrow") is no 前 of a former holder: the post is
NBN总裁."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.answer.people import find_holder, titled
from qa.types import Sentence


def _holder(text: str, asked: str) -> str:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    pos = pos_tags(s.folded)
    found, _near = find_holder(asked, titled(s, persons(s.folded, pos), pos), s.folded)
    return s.folded[found.name[0]:found.name[1]] if found else ""


def test_a_time_word_before_the_post_is_not_a_former_holders_mark():
    assert _holder("此前NBN总裁Bill Morrow在接受采访时就曾表示,否则永远不会盈利。", "nbn总裁") == "bill morrow"


def test_a_former_holder_is_still_one():
    assert _holder("前NBN总裁Bill Morrow在接受采访时表示,否则永远不会盈利。", "nbn总裁") == ""
