"""A report's own place told by its level alone (全省, 全市, 我县) is the place asked, not a rival (own_place.py)."""

from __future__ import annotations

import jieba
import jieba.posseg
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.own_place import stands_for
from qa.answer.policy import inconsistent
from qa.answer.question import analyze


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "number") -> str:
    around = Surroundings(article=article, tag=lambda t: [(p.word, p.flag) for p in jieba.posseg.lcut(t)],
                          freq=lambda w: int(jieba.get_FREQ(w) or 0))
    return inconsistent(analyze(question), candidate_in(sentence, answer, kind), around)


def test_stands_for_matches_the_level():
    assert stands_for("湖南", "全省平均降雨量为25.9毫米")
    assert stands_for("岳阳市", "全市GDP迈上3000亿元台阶")
    assert stands_for("梧州", "我市境内高速公路车流量明显增加")
    assert not stands_for("湖南", "全市平均降雨38.4毫米")
    assert not stands_for("岳阳市", "全省平均降雨量为25.9毫米")


def test_a_province_told_as_quan_sheng_is_no_rivals_figure():
    sentence = "23日早上,省防办也发布消息,全省平均降雨量为25.9毫米,最大为岳阳市54.5毫米,其次为湘潭市53.9毫米"
    article = "刚过去的周末,湖南把晴、雨、云、雷电等天气全经历了个遍。" + sentence
    assert _why("省防办发布的湖南全省平均降雨量是多少毫米？", sentence, "25.9毫米", article) == ""
    # without 全省 the sentence is the cities' and the province asked is not its subject
    other = "23日早上,最大为岳阳市54.5毫米,其次为湘潭市53.9毫米"
    assert _why("湖南平均降雨量是多少毫米？", other, "54.5毫米", article + other) == "decline:place"


def test_a_city_told_as_quan_shi_is_no_rival_modifier():
    sentence = "全市GDP迈上3000亿元台阶,由2012年的2199.9亿元增加到2016年的3100.87亿元"
    article = "岳阳日报全媒体讯(记者 刘革岳阳,这座城市…" + sentence
    assert _why("2016年岳阳市GDP是多少亿元？", sentence, "3100.87亿元", article) == ""
