"""The speaker's line closing a quotation (quoted.speaker_after), which the evidence signals read with each quoted
sentence, as the reranker does: the question's words about the speaker are not missing near the answer."""

from __future__ import annotations

from candidates import split_article
from stories import engine_of

from qa.answer.quoted import speaker_after


def test_the_speakers_line_of_every_sentence_of_the_quotation():
    s = split_article(["开头一句。", "“我这次去的是东山村。那里风景很好,空气清新。”记者甲说。后来下雨了。"])
    assert [x.text for x in s][1:4] == ["“我这次去的是东山村。", "那里风景很好,空气清新。”", "记者甲说。"]
    assert [speaker_after(s, i) for i in range(len(s))] == ["", "记者甲说。", "记者甲说。", "", ""]


def test_no_speakers_line_for_a_sentence_outside_a_quotation():
    s = split_article(["我这次去的是东山村。记者甲说。"])
    assert [speaker_after(s, i) for i in range(len(s))] == ["", ""]


def test_the_evidence_model_reads_a_quoted_answer_with_its_speakers_line():
    """"晚报记者王小明去的是哪个村" asks what the speaker's line names; the quotation holding the answer prints
    none of it. Read with that line, none of the question's words is missing near the answer."""
    engine = engine_of([
        ("乡村行活动启动", ["此次活动计划走进40个村庄,包括高新区西林村、亭江镇东山村等。",
                            "“我这次去的是亭江镇东山村。玩绿水、赏花海,这次活动让我很感动。”晚报记者王小明说。",
                            "“我去的是连江县南麻村,那里的紫菜很有名。”晚报记者李大红说。"]),
    ], "q")
    question = "晚报记者王小明去的是哪个村"
    comp = engine._state.composer.explain(question, engine.retrieve(question))
    assert not comp.answer.declined and "东山村" in comp.answer.text
    assert comp.signals["local_missing"] == 0.0  # 晚报, 记者, 王小明 are the speaker's line's (1.0 unread)
    assert comp.signals["bigrams_gone_share"] < 0.5
