"""The first party of "X与Y…" did the deed told in the sentence's later clauses (first_party.py), and a team's
队 jieba cut off its name makes an organisation (typed.orgs)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.first_party import first_party_first
from qa.answer.question import analyze
from qa.answer.typed import orgs
from qa.types import Candidate

_TEXT = "上海海港队主场与山东泰山队战平,提前一轮锁定联赛冠军。"


def _c(name: str, score: float, text: str = _TEXT) -> Candidate:
    return candidate_in(text, name, "org", score=score, sid=f"a#0:0:{len(text)}")  # one id a text


def test_the_first_party_did_the_later_deed():
    kept = [_c("山东泰山队", 9.0), _c("上海海港队", 8.9)]
    assert first_party_first(kept, analyze("哪支球队提前一轮锁定中超联赛冠军？"))[0].text == "上海海港队"


@pytest.mark.parametrize(("question", "text"), [
    ("哪支球队与上海海港队战平？", _TEXT),  # the deed of Y's own clause, and X named in the question
    ("哪支球队提前一轮锁定联赛冠军？", "上海海港队主场击败山东泰山队,提前一轮锁定联赛冠军。"),  # no 与
    ("哪支球队战平？", _TEXT),  # the deed asked is Y's clause's
])
def test_the_order_stays(question, text):
    kept = [_c("山东泰山队", 9.0, text), _c("上海海港队", 8.9, text)]
    assert first_party_first(kept, analyze(question)) == kept


def test_a_team_word_after_a_place_is_an_organisation():
    pos = [("上海", "ns"), ("海港", "ns"), ("队", "n"), ("主场", "n")]
    assert [(s.start, s.end) for s in orgs("上海海港队主场", pos)] == [(0, 5)]
    assert orgs("一个队", [("一个", "m"), ("队", "n")]) == []
