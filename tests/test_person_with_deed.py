""""在…会议上讲话的叶建春任什么职务": what the person did stands before the name and says which occasion; the person
whose posts are asked is the name after the last 的 (people.asked_person). "X是谁" questions are left as they were."""

from __future__ import annotations

import pytest

from qa.answer.people import asked_person
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "name"), [
    ("在水利部2018年水文工作会议上讲话的叶建春任什么职务?", "叶建春"),
    ("鞍山市全市领导干部大会上宣布省委决定的高崇生任什么职务?", "高崇生"),
    ("在拐18井井口取样的何明宏担任什么职务？", "何明宏"),
    ("骆敏舟现在担任什么职务", "骆敏舟"),
])
def test_the_person_is_the_name_after_what_he_did(question, name):
    assert asked_person(analyze(question)) == name


def test_a_post_after_the_clause_is_no_person():
    assert asked_person(analyze("出席会议的市长任什么职务?")) != "市长"
