"""A holder asked by the post after 哪位, answered with someone titled with another body's post (which_post.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.which_post import other_body_post, which_post_asked
from qa.normalize import fold

_ASKED = "哪位住房和城乡建设部副部长出席会议并作重要讲话？"


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    return other_body_post(analyze(fold(question)), candidate_in(sentence, fold(answer), "person"), Surroundings())


def test_the_post_after_which_is_read():
    assert which_post_asked(analyze(fold(_ASKED))) == "住房和城乡建设部副部长"
    assert which_post_asked(analyze(fold("副部长是谁？"))) == ""


def test_another_bodys_post_declines():
    assert _why(_ASKED, "水利部副部长叶建春出席会议并讲话。", "叶建春") == "decline:post"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    (_ASKED, "住房和城乡建设部副部长叶建春出席会议并讲话。", "叶建春"),
    # the post asked without its body: any body's holder may be meant
    ("哪位副部长出席会议并作重要讲话？", "水利部副部长叶建春出席会议并讲话。", "叶建春"),
    # no post printed with the name
    (_ASKED, "叶建春出席会议并讲话。", "叶建春"),
])
def test_the_post_asked_or_none_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""


def test_a_bare_post_after_other_words_stays():
    assert _why("林芳正原定訪華時與哪位中國外長會晤？", "林芳正原定计划本月内访华,与外长王毅会晤。", "王毅") == ""
