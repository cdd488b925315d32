"""Of two items told apart by their modifiers, the one whose modifier the question prints (parallel_modifier.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.parallel_modifier import modified_as_asked
from qa.answer.question import analyze

# DRCD 6171-52-3
_S = "卑南族則為海祭、男性的猴祭及女性的鋤草祭；阿美族的無半音五聲音階等等。"


def test_the_item_modified_as_the_question_says_is_taken():
    got = modified_as_asked(candidate_in(_S, "猴祭", "term", "sentence+gap"), analyze("卑南族專屬於女性的祭典為?"))
    assert got is not None and got.text == "鋤草祭" and got.rule == "sentence+gap+parallel"


@pytest.mark.parametrize(("span", "question", "rule"), [
    ("猴祭", "卑南族專屬於男性的祭典為?", "sentence+gap"),  # its own modifier is the question's
    ("猴祭", "卑南族有哪些祭典?", "sentence+gap"),  # the question prints neither modifier
    ("猴祭", "卑南族專屬於女性的祭典為?", "type:place"),  # no gap or head answer
])
def test_kept(span, question, rule):
    assert modified_as_asked(candidate_in(_S, span, "term", rule), analyze(question)) is None
