"""A name printed inside its post, the organisation before it and the post word after it ("市委陈新书记",
"总领事馆洪红代总领事"): the post is the organisation's (people.titled), and a committee with the place's level
printed twice ("衢州市市委") is the place's committee (people.holds)."""

from __future__ import annotations

import pytest
from candidates import people_of, sentence_of

from qa.answer.names import persons
from qa.answer.people import find_holder, holds, titled
from qa.normalize import fold


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


@pytest.fixture(scope="module")
def holder(engine):
    freq = engine._state.composer._freq

    def find(asked: str, text: str) -> tuple[str, bool]:
        s = sentence_of(text)
        pos = list(engine.tokenizer.pos(s.folded))
        t, near = find_holder(fold(asked), titled(s, persons(s.folded, pos, freq=freq), pos))
        return (s.folded[t.name[0]:t.name[1]] if t else ""), near
    return find


def test_the_committee_before_the_name_owns_the_post_after_it(people, holder):
    text = "上周末,浙江省 衢州市市委陈新书记率衢州市代表团到访墨尔本,并出席了衢州同乡会成立活动。"
    assert people(text)["陈新"] == ("衢州市市委书记",)  # the province before the space opens no post
    assert holder("衢州市委书记", text) == ("陈新", False)
    assert holder("衢州市委副书记", text)[0] == ""


def test_a_deputy_s_mark_glued_to_the_name_is_the_post_s(people, holder):
    text = "中国驻多伦多总领事馆洪红代总领事, 臧利童领事出席了白天的大会。"
    assert people(text)["洪红"] == ("中国驻多伦多总领事馆代总领事",)
    assert holder("中国驻多伦多总领事馆代总领事", text) == ("洪红", False)
    assert holder("中国驻多伦多总领事", text) == ("", True)  # the acting consul general is a near miss


def test_words_before_the_name_that_name_no_body_are_no_owner(people):
    assert people("他对陈新书记说了这件事")["陈新"] == ("书记",)


def test_the_level_printed_twice_before_a_committee():
    assert holds("衢州市市委书记", "衢州市委书记") is True
    assert holds("衢州市市委副书记", "衢州市委书记") is False
