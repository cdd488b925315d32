"""The pairs a question tells apart by one word: the actress asked is not the actor named, the earliest not the
latest (lexicon.CONTRASTS, read by agreement.other_side)."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.agreement import Surroundings, other_side
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, answer, "person")
    return other_side(analyze(fold(question)), c, Surroundings())


_ACTOR = "詹姆斯·史都华得到奥斯卡最佳男主角提名及威尼斯影展最佳男主角奖。"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("第一届奥斯卡最佳女主角奖获奖人是谁？", _ACTOR, "詹姆斯·史都华"),
    ("哪条河流是全省最短的河流？", "黄河是全省最长的河流。", "黄河"),
    # who convened is not who chaired, the body that hosts not the one that runs it
    ("座谈会由谁主持？", "6月19日,科技日报社在京召开座谈会。", "科技日报社"),
    ("演出由哪个单位承办？", "演出由昆明市文化和旅游局主办。", "昆明市文化和旅游局"),
    # pages58 (立法院): the ayes are not the abstentions
    ("立法院會表決衛廣法第20條再修正動議時有多少人棄權?", "表決結果贊成55人,動議通過。", "55人"),
    # pages44 (省运会): the gold medallist is not the runner-up
    ("省运会田径青少年部男子乙组800米的亚军是谁？", "“1分59秒18,漳州的周毅鑫获得了青少年部男子乙组800米的金牌!”",
     "周毅鑫"),
])
def test_the_other_of_a_pair_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    ("谁获得了奥斯卡最佳男主角奖？", _ACTOR, "詹姆斯·史都华"),
    # both named: the sentence may tell either
    ("最佳女主角奖和最佳男主角奖分别由谁获得？", "最佳男主角由张三获得,最佳女主角由李四获得。", "李四"),
    ("会议由谁主持？", "市长张三主持召开会议。", "张三"),  # "主持召开": both
    ("有多少人弃权？", "赞成55人,反对3人,弃权2人。", "2人"),  # all the votes named
])
def test_the_pair_asked_stays(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
