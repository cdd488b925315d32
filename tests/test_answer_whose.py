"""Whose: "X是谁的Y?" answered by the name printed before "的Y"/"之Y" ahead of X (whose.py): sentences written for
these tests."""

from __future__ import annotations

import pytest

from qa.answer.question import analyze
from qa.answer.whose import whose, whose_asked
from qa.normalize import fold


def test_the_question_gives_x_and_the_relation():
    assert whose_asked(analyze("李二郎是谁的弟弟？").text) == ("李二郎", "弟弟")
    assert whose_asked(analyze("李二郎是哪里人？").text) == ("", "")


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # the relation shortened after 之 (弟弟 ↔ 之弟), a name the tagger may not know
    ("北条时光为谁的弟弟？", "幕府随后扶植流亡在外的北条时宗之弟北条时光继任执权。", "北条时宗"),
    # a work named in 《》 after "的+the noun asked"
    ("《远山》是谁的小说作品？", "青木一郎的小说作品《远山》今年被改编为电影。", "青木一郎"),
])
def test_the_name_before_the_relation_ahead_of_x(typed, question, sentence, answer):
    info = analyze(question)
    folded, spans = typed(sentence)
    assert fold(answer) in [folded[s.start:s.end] for s in whose(folded, spans, info.text, info.expects)]


def test_no_owner_where_x_follows_no_relation(typed):
    info = analyze("北条时光为谁的弟弟？")
    folded, spans = typed("北条时光继任执权后整顿了幕府的财政。")
    assert whose(folded, spans, info.text, info.expects) == []
