"""A name after a post that jieba cuts into a verb of two characters and a noun of one ("市政协主席|严加/v|军/n|
出席会议", 鞍山日报's page, pages46) is the post's holder (names._verb_then_given); a verb after a post that goes
on with a word of its own is no name."""

from __future__ import annotations

import pytest
from candidates import people_of


@pytest.fixture(scope="module")
def people(engine):
    """{name: posts} of a sentence's people, its spans as the composer extracts them."""
    return people_of(engine)


def test_a_name_read_as_a_verb_and_a_noun_after_a_post(people):
    assert people("市人大常委会主任孙慧芳、市政协主席严加军出席会议。").get("严加军") == ("市政协主席",)


def test_a_verb_and_its_object_after_a_post_are_no_name(people):
    found = people("县委书记严禁干部酒后驾车。")
    assert not any(name.startswith("严禁") for name in found)
