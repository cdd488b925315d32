"""A Latin name after "<post>," opening the clause that says what he did (latin_apposed.py via names.latin_names and
people.titled): "白求恩的侄孙,加中友好协会会长,Warren Bethune 在致辞中…"."""

from __future__ import annotations

import pytest
from candidates import people_of
from stories import engine_of

from qa.answer.latin_apposed import apposed_name

_TEXT = ("联谊会在上午11点半正式开始,白求恩的侄孙,加中友好协会会长,Warren Bethune 在致辞中介绍了他和Sheng二十多年的"
         "友谊。")


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


def test_the_post_before_the_comma_is_his(people):
    assert people(_TEXT)["warren bethune"] == ("加中友好协会会长",)


def test_the_engine_answers_the_post_s_holder():
    got = engine_of([("多伦多华人中秋联谊会", [_TEXT])]).ask("加中友好协会会长是谁？")
    assert not got.declined and got.text == "Warren Bethune"


def test_only_a_latin_name_the_predicate_follows():
    f = "会长,warren bethune 在致辞中"
    assert apposed_name(f, 3, 17)
    assert not apposed_name("会长,warren bethune,", 3, 17)  # no predicate after it: a list's item
    assert not apposed_name("会议,warren bethune 在致辞中", 3, 17)  # no post before the comma
