"""A post asked as "<owner>的<role>" is matched against a title printed with the owner's kind glued on
("代表团团长"): the article must name the owner (people.unqualified, people._kind_glued)."""

from __future__ import annotations

import pytest

from qa.answer.people import Titled, unqualified
from qa.types import Sentence


@pytest.mark.parametrize(("asked", "article", "expected"), [
    ("眉山市体育代表团的团长", "代表团团长李纪恒参加审议,副团长布小林主持会议。", True),  # another delegation's
    ("眉山市体育代表团的团长", "眉山市体育代表团出征省运会。代表团团长李明致辞。", False),  # the article names it
    ("代表团的团长", "代表团团长李纪恒参加审议。", False),  # no owner asked
])
def test_the_owner_asked_with_de_is_read(asked, article, expected):
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=article, start=0, end=len(article))
    holder = Titled(sentence=s, name=(0, 0), chain=(0, 0), posts=("代表团团长",))
    assert unqualified(asked, holder, article) is expected
