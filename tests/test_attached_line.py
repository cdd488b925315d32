"""Evidence signals of the line an answer's sentence is attached to (attached_line.py): the question's words the
sentence lacks and its speaker's line, headline or the text before it prints; and the speaker's line closing a
quotation (quoted.speaker_after), which the evidence model reads with the quoted sentence."""

from __future__ import annotations

from candidates import split_article
from stories import engine_of

from qa.answer.attached_line import attached_signals
from qa.answer.quoted import speaker_after

_WORDS = (("晚报", False), ("记者", False), ("王小明", True), ("东山村", True))


def test_words_the_sentence_lacks_printed_by_its_speakers_line():
    f = attached_signals(_WORDS, "“我这次去的是东山村。", ["", "晚报记者王小明说。"])
    assert f["ev_attached"] == 0.75  # 晚报, 记者, 王小明: three of the four words, all the sentence lacks
    assert f["ev_attached_all"] == 1.0


def test_words_printed_nowhere_near_are_not_attached():
    f = attached_signals(_WORDS, "“我这次去的是东山村。", ["乡村行活动启动", "晚报记者说。"])
    assert f["ev_attached"] == 0.5  # 王小明 is printed in neither line
    assert f["ev_attached_all"] == 0.0


def test_a_sentence_holding_every_word_needs_no_attached_line():
    f = attached_signals(_WORDS, "晚报记者王小明去了东山村。", ["晚报记者王小明说。"])
    assert f == {"ev_attached": 0.0, "ev_attached_all": 0.0}
    assert attached_signals((), "句子。", ["标题"]) == {}


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
    assert "东山村" in comp.answer.text or comp.answer.declined
    assert comp.signals["local_missing"] == 0.0
    assert comp.signals["ev_attached_all"] == 1.0
