"""A figure asked of one part of what a paragraph breaks down: the figure printed in the part that names the
question's words answers, right after the question's own frame (part_named.py, through precedence.put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.part_named import part_before, part_named
from qa.answer.precedence import put_first
from qa.answer.question import analyze

_DEPOSITS = "其中单位存款735亿元,较上月增加45.1亿元,个人储蓄存款1290.2亿元,较上月增加20.3亿元。"


def test_the_part_is_the_figures_clause_and_the_one_before_it():
    f = _DEPOSITS
    assert part_before(f, f.index("20.3")) == "个人储蓄存款1290.2亿元,较上月增加"


def test_the_figure_of_the_part_the_question_names_comes_first():
    kept = [candidate_in(_DEPOSITS, "45.1亿元", score=12.0), candidate_in(_DEPOSITS, "20.3亿元", score=11.0)]
    info = analyze("聊城市个人储蓄存款较上月增加多少?")
    assert part_named(kept, info) is kept[1]
    assert put_first(kept, info)[0].text == "20.3亿元"


def test_the_next_part_after_a_semicolon_and_a_counted_noun_printed_before_its_figure():
    first, second = "其中青少年体育项目共设29个竞赛大项,产生759枚金牌;", "群众体育项目共设20个竞赛大项,产生241枚金牌。"
    kept = [candidate_in(first, "759枚", sid="a:0:1"), candidate_in(second, "241枚", sid="a:0:2")]
    assert part_named(kept, analyze("本届省运会群众体育项目产生多少枚金牌?")) is kept[1]
    lead, then = "眉山市体育代表团团结奋斗、顽强拼搏,截至目前已获得10枚金牌。", "其中青少年组获金牌8枚、银牌5枚。"
    kept = [candidate_in(lead, "10枚", sid="a:0:1"), candidate_in(then, "8枚", sid="a:0:2")]
    assert part_named(kept, analyze("眉山代表团青少年组获得几枚金牌?")) is kept[1]


def test_no_switch_without_the_frame_another_unit_or_another_paragraph():
    kept = [candidate_in(_DEPOSITS, "45.1亿元"), candidate_in(_DEPOSITS, "1290.2亿元")]
    # 1290.2亿元 is not printed after the question's frame (较上月增加)
    assert part_named(kept, analyze("聊城市个人储蓄存款较上月增加多少?")) is None
    first, second = "其中青少年体育项目共设29个竞赛大项,产生759枚金牌;", "群众体育项目共设20个竞赛大项,产生241枚金牌。"
    kept = [candidate_in(first, "759枚", sid="a:0:1"), candidate_in(second, "241枚", sid="a:1:0")]
    assert part_named(kept, analyze("本届省运会群众体育项目产生多少枚金牌?")) is None  # another paragraph
    # an ordinal is no count of a part
    kept = [candidate_in(_DEPOSITS, "45.1亿元"), candidate_in(_DEPOSITS, "20.3亿元")]
    assert part_named(kept, analyze("个人储蓄存款较上月增加第几?")) is None
