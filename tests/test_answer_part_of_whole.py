"""The count of the part answers a how-many question saying what the counted ones did, where the sentence counts
the whole set first (part_of_whole.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.part_of_whole import part_of_whole
from qa.answer.question import analyze

# 在澳大利亚 (china2au_20211222, pages71), folded
_COUNCILS = "在新州128个地方议会中,有124个在今次选举中改选市议员,部份地方会同时改选市长或进行公投。"


def test_the_parts_count_answers_what_the_counted_ones_did():
    whole = candidate_in(_COUNCILS, "128个", "number", "type:number")
    got = part_of_whole(whole, analyze("新州有多少个地方议会在这次选举中改选市议员？"))
    assert got is not None and got.text == "124个" and got.rule.endswith("+part")


def test_a_question_counting_the_noun_alone_keeps_the_whole():
    whole = candidate_in(_COUNCILS, "128个", "number", "type:number")
    assert part_of_whole(whole, analyze("新州共有多少个地方议会？")) is None
    # what the question says they did is not printed after the part's count: the whole stays
    assert part_of_whole(whole, analyze("新州有多少个地方议会进行公投？")) is None
