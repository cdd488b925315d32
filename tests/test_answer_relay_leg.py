"""A relay's leg (the 200米 of 4x200米) is no amount a how-much question asks."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.relay_leg import relay_leg
from qa.normalize import fold

# CMRC 615 (拉诺米)
_RELAY = "她再次伙拍德克、费尔德海斯和海姆斯凯克赢得4x200米自由式接力赛冠军，并再次打破世界世界纪录。"


@pytest.mark.parametrize(("question", "sentence", "answer", "why"), [
    ("2008年世界游泳锦标赛中，拉诺米刷新了的世界纪录是多少？", _RELAY, "200米", "decline:unit"),
    ("接力赛每人游多少米？", "她赢得4×100米自由泳接力赛金牌。", "100米", "decline:unit"),
    # the question names the relay: the leg is its own
    ("4x200米自由式接力赛的世界纪录是多少？", _RELAY, "200米", ""),
    # a figure after no count of swimmers
    ("拉诺米的最好成绩是多少？", "她在200米自由泳中打破世界纪录。", "200米", ""),
])
def test_a_relay_leg(question, sentence, answer, why):
    assert relay_leg(analyze(fold(question)), candidate_in(fold(sentence), fold(answer), "number")) == why
