"""总督 is a post: the name jieba cuts after it ("香港总督|卫奕|信") is its holder's (names.names_after_posts)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import names_after_posts, persons
from qa.normalize import fold


def test_the_name_after_a_governor():
    f = fold("当时的香港总督卫奕信决定于大屿山兴建新机场")
    pos = pos_tags(f)
    assert "卫奕信" in [f[sp.start:sp.end] for sp in names_after_posts(f, pos, persons(f, pos))]
