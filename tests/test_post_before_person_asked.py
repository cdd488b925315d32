"""A person asked where he holds a post, printed after another of his posts (lexicon.PERSON_QUESTION):
"中央协调所总协调官|赖建信在经济部|担任什么职务" asks 赖建信's post at 经济部."""

from __future__ import annotations

from qa.answer.people import asked_person, person_at
from qa.answer.question import analyze


def test_a_post_before_a_person_asked_where_is_left_out():
    person = asked_person(analyze("中央协调所总协调官赖建信在经济部担任什么职务？"))
    assert person_at(person) == ("赖建信", "经济部")


def test_a_post_asked_is_still_the_whole_question():
    # "…的新华社主任记者是谁" asks the holder of the post, not a person named 记者
    assert asked_person(analyze("和冯磊一起来嘉禾采访的新华社主任记者是谁？")) == ""
    assert asked_person(analyze("刘士杰在中国建设报社担任什么职务？")) == "刘士杰在中国建设报社"
