"""The topic a clause opens with before its copula, asked by a question that restates the rest of the sentence
(topic.py): sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import pos_tags
from page_engine import page_engine

from qa.answer.question import analyze
from qa.answer.topic import asks_topic, topics
from qa.config import load_config
from qa.normalize import fold


def _topics(question: str, sentence: str) -> list[str]:
    folded = fold(sentence)
    return [folded[s.start:s.end] for s in topics(folded, pos_tags(folded), analyze(question).text)]


@pytest.mark.parametrize(("question", "sentence", "topic"), [
    # the sentence opens with the topic, what it says of it comes in a later clause
    ("汉语词汇的核心部分为哪一部分？", "固有词是汉民族自古流传下来的词汇，是汉语词汇的核心部分。", "固有词"),
    # a topic told by 指 and what the question restates in its own clause
    ("心肌细胞的哪一种特性可以见于多数脊椎动物的心脏？",
     "自律性指心肌细胞不需外来刺激就可以产生电位，见于多数脊椎动物的心脏。", "自律性"),
    # another clause's topic, told in that clause
    ("南宋的庄园以什么制度来保障佃户的生活？", "战乱频仍,公共救济是庄园用来保障佃户生活的制度。", "公共救济"),
])
def test_the_topic_before_the_copula_answers(question, sentence, topic):
    assert _topics(question, sentence) == [fold(topic)]


@pytest.mark.parametrize(("question", "sentence", "wrong"), [
    # the clause's topic is the thing asked about, printed in the question
    ("汉语词汇的核心部分为哪一部分？", "汉语词汇是一个庞大的系统，固有词为其核心部分。", "汉语词汇"),
    # what the later clause says of its topic is not what the question restates
    ("汉语词汇的核心部分为哪一部分？", "固有词是汉语词汇的核心部分，直径为三千公里。", "直径"),
    # no copula after the opening noun
    ("汉语词汇的核心部分为哪一部分？", "固有词构成了汉语词汇的核心部分。", "固有词"),
    # a name asked is not told by 是
    ("武装护乘的工作目标叫什么？", "主要工作任务是开展武装巡逻、治安防范、护乘目标检查等工作。", "主要工作任务"),
    # a common word alone opening the sentence is a quality, not the thing asked
    ("她是哪所中学家长委员会的副主席？", "热心为社区服务，目前是丘吉尔中学家长委员会副主席。", "热心"),
])
def test_no_topic_that_is_not_told_as_the_question_says(question, sentence, wrong):
    assert fold(wrong) not in _topics(question, sentence)


@pytest.mark.parametrize(("question", "asked"), [
    ("韩语词汇的核心部分为哪一部分？", True),
    ("该货币是？", True),
    ("大厦遭遇了什么事情？", False),  # what happened is told by a clause
    ("设立香山镇的原因是？", False),  # and so is an abstract noun
])
def test_which_questions_ask_a_topic(question, asked):
    assert asks_topic(analyze(question).text) is asked


def test_the_composer_answers_the_topic_not_another_name(tmp_path):
    page = ("\n韩语简介\n\n韩语词汇由三部分组成。固有词是韩民族自古流传下来的本民族自己固有的词汇，"
            "是韩语词汇的核心部分。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("韩语词汇的核心部分为哪一部分？").text == "固有词"
