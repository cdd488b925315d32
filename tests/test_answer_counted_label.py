"""The figure printed right after the question's verb when the question puts the counted noun between them
(counted_label.py): pages63's 荆楚网 sentence."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.counted_label import counted_after_label, label_before
from qa.answer.question import analyze

_S = "应出席委员485人,实到466人,符合政协章程规定。"


def test_the_label_before_a_figure():
    assert label_before(_S, _S.index("466")) == "实到"
    assert label_before(_S, _S.index("485")) == "应出席委员"  # the sentence's start
    assert label_before("今年全市上下共同努力完成了485人", 14) == ""  # no mark within reach


def test_the_figure_after_the_verb_asked_goes_first():
    kept = [candidate_in(_S, "485人"), candidate_in(_S, "466人")]
    got = counted_after_label(kept, analyze("政协荆州市六届五次会议开幕时实到委员多少人？"))
    assert got is not None and got.text == "466人"


def test_not_when_the_best_figure_is_printed_with_the_question_words():
    kept = [candidate_in(_S, "485人"), candidate_in(_S, "466人")]
    assert counted_after_label(kept, analyze("政协荆州市六届五次会议应出席委员多少人？")) is None
    # the label right before the question word is precedence.clause_labelled's, not this rule's
    assert counted_after_label(kept[::-1], analyze("会议实到多少人？")) is None
