"""The owner a "哪一個N的M" question asks, printed before the M the answer names (owner_asked.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.owner_asked import owner_asked
from qa.answer.question import analyze

# DRCD 6324-1-1
_S = "木衛一也稱為「埃歐」或「伊俄」，是木星的四顆伽利略衛星中最靠近木星的一顆衛星，直徑為3,642公里。"


def test_the_owner_before_the_thing_owned_is_taken():
    question = analyze("太陽系第四大衛星是哪一個行星的衛星?")
    got = owner_asked(candidate_in(_S, "四顆伽利略衛星", "term", "head+np"), question)
    assert got is not None and got.text == "木星" and got.rule == "head+np+owner"


@pytest.mark.parametrize(("sentence", "span", "question", "rule"), [
    (_S, "四顆伽利略衛星", "太陽系第四大衛星是哪一顆衛星?", "head"),  # no owner asked
    (_S, "四顆伽利略衛星", "太陽系第四大衛星是哪一個國家的衛星?", "head"),  # the name before 的 is no 國家
    (_S, "四顆伽利略衛星", "太陽系第四大衛星是哪一個行星的衛星?", "type:place"),  # no head or gap answer
    # DRCD 2534-8-4: what stands before 的 is no 路
    ("由昆明城巴共同運營的236路車是昆明第一條快速公交線路。", "236路車", "昆明第一條快速公交線路為哪一路的公車?",
     "head"),
])
def test_kept(sentence, span, question, rule):
    assert owner_asked(candidate_in(sentence, span, "term", rule), analyze(question)) is None
