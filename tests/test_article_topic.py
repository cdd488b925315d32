"""The answer's article as a whole: does it print the question's words and is its headline about the question's
subject (article_topic.py, evidence signals for a story that tells its subject in the headline and the answer in
one sentence of its body)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.agreement import Surroundings
from qa.answer.article_topic import article_topic
from qa.answer.question import analyze
from qa.normalize import fold


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


_HEADLINE = fold("小河村的新变化")
_STORY = _HEADLINE + " " + fold("去年春天我第一次来到小河村。这就是青山县白云镇小河村给我的第一印象。"
                                "小河村位于山脚下,村里新修了道路。")
_OTHER = fold("全市春耕生产有序推进") + " " + fold("青山县各乡镇组织农机下田,白云镇播种面积扩大。")


def _signals(question: str, article: str, headline: str) -> dict[str, float]:
    info = analyze(fold(question))
    words = [(w, t.startswith("nr")) for w, t in _tag(info.left) if len(w) >= 2]  # a name is rare
    return dict(article_topic(info, words, Surroundings(article=article, tag=_tag, headline=headline)))


def test_a_story_about_the_subject_prints_its_words_and_heads_with_it():
    f = _signals("小河村位于哪个县？", _STORY, _HEADLINE)
    assert f["ev_headline_subject"] == 1.0
    assert f["ev_article_missing"] == 0.0


def test_a_story_about_something_else_lacks_them():
    f = _signals("小河村位于哪个县？", _OTHER, fold("全市春耕生产有序推进"))
    assert f["ev_headline_subject"] == 0.0
    assert f["ev_article_missing"] > 0.0
    assert f["ev_article_rare_missing"] == 1.0  # the village's name is printed nowhere in it


def test_no_article_no_signal():
    assert _signals("小河村位于哪个县？", "", "") == {}
