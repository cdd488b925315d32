"""A quotation whose speaker is printed after it in a line of its own (quoted.py): "“我去的是A村。……”记者甲说。"
— the quoted sentences are read with their speaker's line, so a question about what the speaker said finds them."""

from __future__ import annotations

import pytest
from candidates import split_article
from stories import engine_of

from qa.answer.quoted import attribution, quoted_before, with_quotations
from qa.types import Hit, Sentence


@pytest.mark.parametrize(("text", "bare"), [
    ("晚报记者王小明说。", True),
    ("他笑着表示。", True),
    ("市交通局局长李四介绍。", True),
    ("王小明说,明天下雨。", False),  # a statement of its own
    ("“我们很高兴。”他说。", False),  # the quotation is in the sentence
    ("大家都说这个村子变化很大,值得一去,村民们也都这么说。", False),
])
def test_a_bare_speakers_line(text, bare):
    assert attribution(split_article([text])[0]) is bare


def test_the_quotation_before_a_speakers_line_in_its_paragraph():
    s = split_article(["开头一句。", "“我这次去的是东山村。那里风景很好,空气清新。”记者甲说。"])
    said = next(i for i, x in enumerate(s) if attribution(x))
    assert [x.text for x in quoted_before(s, said)] == ["“我这次去的是东山村。", "那里风景很好,空气清新。”"]


@pytest.mark.parametrize("paragraphs", [
    ["我这次去的是东山村。记者甲说。"],  # no quotation closes before the line
    ["“我这次去的是东山村。", "那里风景很好。”记者甲说。"],  # the quotation opens in another paragraph
])
def test_no_quotation_without_its_marks_in_the_paragraph(paragraphs):
    s = split_article(paragraphs)
    said = next(i for i, x in enumerate(s) if attribution(x))
    assert quoted_before(s, said) == []


def test_the_quoted_sentences_follow_their_speakers_hit_once():
    s = split_article(["“我这次去的是东山村。那里风景很好。”记者甲说。"])
    line = next(x for x in s if attribution(x))
    hits, speakers = with_quotations(_Corpus(s), [Hit(line, 3.0), Hit(s[1], 1.0)])
    assert [h.sentence.text for h in hits] == ["记者甲说。", "“我这次去的是东山村。", "那里风景很好。”"]
    assert [h.score for h in hits] == [3.0, 3.0, 1.0]  # a quoted sentence already retrieved keeps its own hit
    assert speakers == {s[0].id: line.folded, s[1].id: line.folded}


class _Corpus:
    def __init__(self, sentences: list[Sentence]):
        self._s = sentences

    def sentences_of(self, article_id: str) -> list[Sentence]:
        return [x for x in self._s if x.article_id == article_id]


@pytest.fixture(scope="module")
def engine():
    # (the evidence model reads the quoted sentence with its speaker's line, quoted.speaker_after: the answer is not
    # declined as "not in the papers" on three sentences that all share the question's topic)
    return engine_of([
        ("乡村行活动启动", ["此次活动计划走进40个村庄,包括高新区西林村、亭江镇东山村等。",
                            "“我这次去的是亭江镇东山村。玩绿水、赏花海,这次活动让我很感动。”晚报记者王小明说。",
                            "“我去的是连江县南麻村,那里的紫菜很有名。”晚报记者李大红说。"]),
    ], "q")


def test_what_a_speaker_printed_after_the_quotation_said(engine):
    got = engine.ask("晚报记者王小明去的是哪个村？")
    assert not got.declined and "东山村" in got.text and "西林村" not in got.text


def test_a_line_longer_than_the_pattern_reads_is_skipped_unread():
    """attribution() skips lines longer than _SAYS can match, unread: the bound is the pattern's own."""
    from re import _parser as parser  # type: ignore[attr-defined]

    from qa.answer import quoted

    assert parser.parse(quoted._SAYS.pattern).getwidth()[1] == quoted._SAYS_LONGEST
    longest = "甲" * 30 + "说道。"  # 33 characters: still a speaker's line
    assert len(longest) == quoted._SAYS_LONGEST and attribution(split_article([longest])[0])
    assert not attribution(split_article(["乙" + longest])[0])
