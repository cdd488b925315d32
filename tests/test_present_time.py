"""A when-question's best answer a word for the present (present_time.py): the time its sentence prints answers."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.present_time import condition_time, past_present
from qa.answer.question import analyze

_S = "其中新韩银行创立于1897年,是韩国历史上第一家商业银行,而目前国民银行是韩国最大的银行。"


def test_a_present_word_gives_way_to_the_time_of_its_sentence():
    kept = [candidate_in(_S, "目前", "time"), candidate_in(_S, "1897年", "time")]
    assert past_present(analyze("韩国历史上第一家商业银行于何时建立？"), kept)[0].text == "1897年"


def test_kept_as_it_is_without_another_time_or_for_other_questions():
    alone = [candidate_in(_S, "目前", "time")]
    assert past_present(analyze("韩国历史上第一家商业银行于何时建立？"), alone)[0].text == "目前"
    other = [candidate_in(_S, "目前", "time"), candidate_in("另一句1897年。", "1897年", "time", sid="a:0:1")]
    assert past_present(analyze("韩国历史上第一家商业银行于何时建立？"), other)[0].text == "目前"
    kept = [candidate_in(_S, "目前", "time"), candidate_in(_S, "1897年", "time")]
    assert past_present(analyze("哪家银行是韩国最大的银行？"), kept)[0].text == "目前"


# DRCD 1151-10-2
_TIEBREAK = "目前另一常見的記分方法是，當雙方在一盤中戰至6比6時，會舉行一局特殊的「決勝局」，又稱「搶七局」。"


def test_a_present_word_alone_gives_way_to_the_condition_clause_of_its_sentence():
    got = condition_time(candidate_in(_TIEBREAK, "目前", "time"), analyze("搶七局通常會在什麼時候舉行？"))
    assert got is not None and got.text == "當雙方在一盤中戰至6比6時"
    assert condition_time(candidate_in(_S, "目前", "time"), analyze("韩国历史上第一家商业银行于何时建立？")) is None
