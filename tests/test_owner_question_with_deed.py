""""X是哪个社区的党委书记" with what X did printed before the name ("入选…名单的孙微是哪个…"): X is the name after the
last 的 of that clause (lexicon.OWNER_QUESTION), and the organisation is read from X's title."""

from __future__ import annotations

import pytest

from qa.answer.people import asked_owner
from qa.answer.question import analyze


@pytest.mark.parametrize(("question", "x", "post"), [
    ("入选民政部拟表彰名单的孙微是哪个社区的党委书记?", "孙微", "党委书记"),
    ("出席签约仪式的赵建伟是哪家企业的董事长?", "赵建伟", "董事长"),
    ("張丹華是哪家媒體的社長", "张丹华", "社长"),  # the question is read folded
])
def test_the_person_asked_is_the_name_after_the_clause(question, x, post):
    assert asked_owner(analyze(question)) == (x, post)


def test_a_question_with_no_person_before_its_verb_is_no_owner_question():
    assert asked_owner(analyze("孙微在哪个社区工作?")) == ("", "")
