""""POST由谁担任" asks the holder of the post before 由 (post_holder.py): the name printed with that post answers first,
the post told after 为 or after a place and 任 ("X为该旅第二团团长", "X在第一师第三团任团长")."""

from __future__ import annotations

from qa.answer.post_holder import holder_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_AS = "直皖战争起,仍由张学良任旅长,郭松龄为该旅第二团团长。"
_AT = "当时,邓演达在粤军第一师第三团任团长,陈诚派为上尉副官。"


def _c(name: str, score: float, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_name_told_as_the_post_answers_first() -> None:
    kept = [_c("张学良", 11.0, _AS), _c("郭松龄", 10.0, _AS)]
    assert holder_first(kept, analyze("奉天第三混成旅的第二团团长由哪一个人担任?"))[0].text == "郭松龄"


def test_the_name_that_took_the_post_in_a_unit_answers_first() -> None:
    kept = [_c("陈诚", 11.0, _AT), _c("邓演达", 10.0, _AT)]
    assert holder_first(kept, analyze("1922年时粤军第一师第三团的团长由哪一个人担任?"))[0].text == "邓演达"


def test_no_post_before_you_the_order_stays() -> None:
    kept = [_c("张学良", 11.0, _AS), _c("郭松龄", 10.0, _AS)]
    assert holder_first(kept, analyze("这次改编由哪一个人主持?")) == kept
