"""A where-question asking the place of a place noun (老家, 总部 …): the candidate printed right after that noun
answers (precedence.home_named_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.precedence import home_named_first
from qa.answer.question import analyze

_S = "处理好在新西兰的事情后,今年5月,他们飞回了Lucy的老家吉林长春。"


def test_the_place_right_after_the_asked_place_noun_goes_first():
    kept = [candidate_in(_S, "新西兰", "place"), candidate_in(_S, "吉林长春", "place")]
    assert home_named_first(kept, analyze("Lucy的老家在哪里？")) is kept[1]


def test_no_place_noun_asked_or_none_printed_before_a_place_moves_nothing():
    kept = [candidate_in(_S, "新西兰", "place"), candidate_in(_S, "吉林长春", "place")]
    assert home_named_first(kept, analyze("他们飞回了哪里？")) is None
    other = "公司总部设在上海,工厂在苏州。"
    kept = [candidate_in(other, "上海", "place"), candidate_in(other, "苏州", "place")]
    assert home_named_first(kept, analyze("公司总部在哪里？")) is None
