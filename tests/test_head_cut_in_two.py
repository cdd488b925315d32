"""A school's short name jieba cuts in two ("哪所|国/n|小/a|举行"): the head asked is the whole 国小 (asked.py), and a
span ending in its first character where the sentence goes on with the second ("竹田乡竹田国|小") names no thing of
that kind, it cuts the head in two (short.headed)."""

from __future__ import annotations

from qa.answer.asked import asked_head
from qa.answer.question import analyze
from qa.answer.short import headed
from qa.answer.spans import Span


def test_a_one_character_head_and_the_adjective_after_it_are_the_head_asked(engine):
    info = analyze("海外华裔青年英语服务营在屏东哪所国小举行？")
    assert asked_head(info, engine.tokenizer.pos) == "国小"


def test_a_span_ending_inside_the_head_asked_is_no_name_of_its_kind():
    folded = "在屏东县选定竹田乡竹田国小举行英语服务营"
    short, whole = folded.index("竹田乡"), folded.index("小举行")
    got = {folded[s.start:s.end] for s, _ in headed(folded, [Span(short, whole, "term", "pos"),
                                                              Span(short, whole + 1, "term", "pos")],
                                                    "国小", "海外华裔青年英语服务营在屏东哪所国小举行？")}
    assert got == {"竹田乡竹田国小"}
