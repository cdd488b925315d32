"""The rerank feature beyond_headline: the question's words beyond its article's headline, held by the sentence."""

from qa.answer.features import beyond_headline, question_terms
from qa.answer.question import analyze


def _chars(question: str) -> frozenset[str]:
    return question_terms(analyze(question)).chars


def test_the_words_asked_beyond_the_topic_count_not_the_topic():
    chars = _chars("拉萨河的支流有哪些？")
    headline = "拉萨河"
    topic = "拉萨河是雅鲁藏布江的五大支流之一。"  # names the topic and 支流 as well
    named = "拉萨河发源于念青唐古拉山脉南麓。"  # names only the topic
    answer = "主要支流有:麦曲、桑曲、拉曲等。"  # names only what is asked
    assert beyond_headline(chars, answer, headline) == 1.0
    assert beyond_headline(chars, topic, headline) == 1.0
    assert beyond_headline(chars, named, headline) == 0.0


def test_a_headline_naming_nothing_asked_leaves_every_word():
    chars = _chars("拉萨河的支流有哪些？")
    assert beyond_headline(chars, "拉萨河的支流", "今日天气") == 1.0
    assert 0.0 < beyond_headline(chars, "拉萨河发源于", "今日天气") < 1.0


def test_a_headline_holding_every_word_asked_leaves_the_whole_story_about_it():
    chars = _chars("郑州日报创刊了吗？")
    assert beyond_headline(chars, "今天天气晴。", "郑州日报创刊") == 1.0
    assert beyond_headline(frozenset(), "今天天气晴。", "郑州日报创刊") == 0.0
