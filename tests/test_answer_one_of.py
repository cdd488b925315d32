"""A what-answer printed right before 之一 is shown with it (one_of.py): the thing is one of that kind."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.one_of import one_of
from qa.answer.question import analyze
from qa.normalize import fold


def test_one_of_is_kept_with_the_kind():
    sentence = fold("考察团第一站来到被誉为“江南十景”之一的银沙湾。")
    got = one_of(candidate_in(sentence, "“江南十景”", "other"), analyze(fold("银沙湾被誉为什么？")))
    assert got is not None and got.text == "“江南十景”之一"


def test_no_one_of_or_asked_one_of_is_left_alone():
    sentence = fold("银沙湾被誉为“江南第一湾”。")
    assert one_of(candidate_in(sentence, "“江南第一湾”", "other"), analyze(fold("银沙湾被誉为什么？"))) is None
    sentence = fold("银沙湾是“江南十景”之一。")
    assert one_of(candidate_in(sentence, "“江南十景”", "other"), analyze(fold("银沙湾是哪个景区之一？"))) is None
    sentence = fold("众议院为美国国会两院之一,另一院为参议院。")  # DRCD 6433-1-2: a class, not a name in quotes
    assert one_of(candidate_in(sentence, "美国国会两院", "other"), analyze(fold("众议院是什么？"))) is None
