"""A post, a Malaysian honorific and the surname glued into one word by jieba (honorific_glued.py via
names.names_after_posts): "署理总会|长拿督黄/nz|小娟/n" is 署理总会长 拿督 黄小娟."""

from __future__ import annotations

import pytest
from candidates import people_of, pos_tags

from qa.answer.honorific_glued import honorific_glued_name


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


_ROW = "沙华堂永久名誉会长拿督杨菊明,正副监事黄庄生和拿督周宁忻,署理总会长拿督黄小娟,副会长拿督蔡顺平出席。"


def test_the_name_inside_the_glued_word(people):
    assert ("长拿督黄", "nz") in pos_tags(_ROW)  # jieba's cut
    assert people(_ROW)["黄小娟"] == ("署理总会长",)


def test_no_post_before_it_or_no_surname_last():
    words = [(0, 2, "总会", "n"), (2, 6, "长拿督黄", "nz"), (6, 8, "小娟", "n"), (8, 9, ",", "x")]
    yes, ends = (lambda j: j == 2), (lambda j: j == 3)
    assert honorific_glued_name("总会长拿督黄小娟,", words, 1, yes, ends) == (5, 8)
    assert honorific_glued_name("大会长拿督黄小娟,", [(0, 2, "大会", "n"), *words[1:]], 1, yes, ends) == (5, 8)
    assert honorific_glued_name("总部长拿督黄小娟,", [(0, 2, "总部", "n"), *words[1:]], 1, yes, ends) == (5, 8)
    # no post completed by the glued word's first character
    assert honorific_glued_name("欢迎拿督黄小娟,", [(0, 1, "欢", "v"), (1, 5, "迎拿督黄", "nz"), *words[2:]], 1,
                                yes, ends) is None
