"""An answer that is only a pronoun or a demonstrative ("他", "该线", "后者", "之一") names nothing the question
asks (pronoun.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.pronoun import pointing_answer
from qa.answer.question import analyze
from qa.normalize import fold


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def _why(question: str, sentence: str, answer: str, kind: str = "slot") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    return pointing_answer(analyze(fold(question)), c, Surroundings(article=sentence, tag=_tag))


def test_a_pronoun_or_a_demonstrative_names_no_one():
    assert _why("谁主张与近邻修好并大力发展农牧业？", "他主张与近邻修好并大力发展农牧业。", "他", "person") \
        == "decline:pointer"
    assert _why("艾伦以及谁一起独占了湖岸中学的微型计算机？", "他们一起独占了湖岸中学的微型计算机。", "他们") \
        == "decline:pointer"
    assert _why("世界首条运行于高寒地区的高速铁路是哪一条？", "该线是世界首条运行于高寒地区的高速铁路。", "该线") \
        == "decline:pointer"
    assert _why("谁称自己的小说是科学的传奇？", "后者称自己的小说是科学的传奇。", "后者") == "decline:pointer"
    assert _why("“伊里安岛”是哪一个国家对巴布亚岛的称呼？", "印尼官方过去称呼本岛为“伊里安岛”。", "本岛", "place") \
        == "decline:pointer"
    assert _why("日本第二大汽车制造商是哪一家企业？", "日产汽车也是世界著名的汽车发动机制造商之一。", "之一") \
        == "decline:pointer"


def test_a_name_opening_like_a_pointer_or_a_clause_is_kept():
    # 本田 and 那曲 are names, not 本/那 pointing back
    assert _why("哪一家企业推出了这款车？", "本田推出了这款车。", "本田", "org") == ""
    assert _why("会议在哪里举行？", "会议在那曲举行。", "那曲", "place") == ""
    # a clause that opens with 其 is told, not pointed at
    told = "其职能有四个方面:一是利用地方长老进行教化"
    assert _why("“乡里制”的职能有哪些？", told + "。", told) == ""


def test_why_when_questions_and_what_nouns_pointed_back_are_left_alone():
    assert _why("为什么要这样做？", "这样能省钱。", "这样") == ""
    # "什么群" ↔ "此群": around.referent reads it back to the group named before
    assert _why("他通过什么群了解到跑团？", "他也是通过此群了解到跑团。", "此群") == ""
    # "这里" is read back to the place before it (here.py); "他|上周五": the day after the pronoun answers
    assert _why("开学典礼在哪里举行？", "开学典礼在这里隆重举行。", "这里", "place") == ""
    assert _why("特朗普哪天签署行政命令？", "他上周五签署行政命令。", "他上周五") == ""
    assert _why("哪一年的比赛他没有参加？", "他2005年没有参加比赛。", "他2005年") == ""
