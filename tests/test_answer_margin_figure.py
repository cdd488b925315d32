"""A rival's figure asked is the one after "X的", not the margin printed right after the rival a lead is taken
over (margin_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.margin_figure import rival_first
from qa.answer.question import analyze

_LEAD = "编按:国民党基隆市长候选人谢国梁得票数突破9万票,已跨越当选门槛,领先对手蔡适应约2.5万票。"
_COUNT = "最终谢国梁拿下9万6784票,得票率达52.92%,领先主要对手民进党候选人蔡适应的7万1354票,双方差距逾2.5万票。"


def _kept() -> list:
    return [candidate_in(_LEAD, "约2.5万票", sid="a:0:0", score=10.9),
            candidate_in(_LEAD, "9万票", sid="a:0:0", score=10.8),
            candidate_in(_COUNT, "7万1354票", sid="a:0:1", score=10.5)]


def test_the_rivals_own_figure_comes_first():
    assert rival_first(_kept(), analyze("民进党基隆市长候选人蔡适应得了多少票？"))[0].text == "7万1354票"


def test_a_margin_asked_keeps_the_margin():
    assert rival_first(_kept(), analyze("谢国梁领先蔡适应多少票？"))[0].text == "约2.5万票"
