"""Evidence signals of an absent paragraph (rare_held.py): the question's words weighed by their rarity in the
dictionary, missing from the answer's sentence and its context."""

from __future__ import annotations

from qa.answer.rare_held import rare_held

_FREQ = {"发展": 100_000, "白眉村": 0, "村民": 5_000}


def test_the_rare_name_missing_weighs_more_than_a_common_word():
    freq = _FREQ.get
    name_gone = rare_held(["白眉村", "发展"], "发展很快。", ["发展很快。"], lambda w: freq(w, 0))
    common_gone = rare_held(["白眉村", "发展"], "白眉村很美。", ["白眉村很美。"], lambda w: freq(w, 0))
    assert name_gone["idf_missing"] > 0.5 > common_gone["idf_missing"] > 0.0
    assert name_gone["idf_top_missing"] == 1.0 and common_gone["idf_top_missing"] == 0.0


def test_a_word_in_the_text_before_counts_for_the_context_not_the_sentence():
    f = rare_held(["白眉村", "村民"], "村民增收。", ["村民增收。", "白眉村 新闻"], lambda w: _FREQ.get(w, 0))
    assert f["idf_missing"] == 0.0 and f["idf_top_missing"] == 0.0
    assert f["idf_sentence_missing"] > 0.5


def test_no_words_no_signals():
    assert rare_held([], "句子。", ["句子。"], lambda w: 0) == {}
