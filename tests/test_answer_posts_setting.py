"""A question asking a named person's posts with a source before it, a past post by 曾任 or a time clause after the
name is read as the plain "X(在Y)担任什么职务" (posts_setting.py via people.asked_person). Questions of pages45 and
pages80."""

from __future__ import annotations

from qa.answer.people import asked_person
from qa.answer.posts_setting import plain_posts_question
from qa.answer.question import analyze


def test_the_source_before_a_comma_is_no_part_of_the_person():
    assert plain_posts_question("香港商报报道,李国章在东亚银行担任什么职务?") == "李国章在东亚银行担任什么职务?"
    assert asked_person(analyze("香港商报报道，李国章在东亚银行担任什么职务？")) == "李国章在东亚银行"


def test_a_post_once_held_at_a_body_is_asked_as_his_post_there():
    assert plain_posts_question("郝长江曾任中国化工报社什么职务?") == "郝长江在中国化工报社担任什么职务?"
    assert asked_person(analyze("郝长江曾任中国化工报社什么职务？")) == "郝长江在中国化工报社"


def test_a_time_clause_after_the_name_says_when():
    assert plain_posts_question("戴建业到访澳门厂商联合会时担任什么职务?") == "戴建业担任什么职务?"
    assert asked_person(analyze("戴建业到访澳门厂商联合会时担任什么职务？")) == "戴建业"


def test_other_questions_are_left_alone():
    for q in ("香港商报报道,李国章说了什么?", "郝长江曾任社长吗?", "刘流担任什么职务?", "戴建业到访时说了什么?"):
        assert plain_posts_question(q) == q
    assert asked_person(analyze("刘流担任什么职务？")) == "刘流"
