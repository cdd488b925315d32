"""The name right after 被 in the clause printing the deed a who-question asks after 谁的 or 被谁 answers first, not
the troops it led (passive_agent.py). The sentence and question of DRCD's test set (2434-1-3)."""

from __future__ import annotations

import pytest

from qa.answer.passive_agent import agent_after_passive_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TAKEN = "至公元771年,大历六年,翁山县因被袁晁率起义军占领而被撤废县治。"


def _c(name: str, score: float, kind: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(_TAKEN)}", "a#0", 0, "body", _TAKEN, 0, len(_TAKEN))
    at = _TAKEN.index(name)
    return Candidate(name, s, at, at + len(name), kind, score, f"type:{kind}")


def test_the_agent_after_passive_answers_first():
    kept = [_c("起义军", 11.0, "org"), _c("袁晁", 10.0, "person")]
    assert agent_after_passive_first(kept, analyze("翁山县被撤废县治,是由于谁的占领?"))[0].text == "袁晁"


@pytest.mark.parametrize("question", [
    "翁山县被撤废县治,是由于谁的统治?",  # another deed
    "谁率起义军占领了翁山县?",  # no 被谁 or 谁的
])
def test_the_order_stays(question):
    kept = [_c("起义军", 11.0, "org"), _c("袁晁", 10.0, "person")]
    assert agent_after_passive_first(kept, analyze(question)) == kept
