"""A long name the question holds (a place, an organisation, a model's code) must be printed in the answer's
article: else the answer is about something else."""

from __future__ import annotations

import jieba.posseg
import pytest
from candidates import candidate_in

from qa.answer.absent_names import long_name_unprinted
from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.normalize import fold


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "number") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    return long_name_unprinted(analyze(fold(question)), c, Surroundings(article=article + " " + sentence, tag=_tag))


_CENSUS = "根据2010年第六次全国人口普查,全市常住人口为6432212人。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the census and the year are there, the prefecture asked is printed nowhere in the article (on 昆明)
    ("西双版纳地区于2010年的人口普查中显示其常住人口为多少人？", _CENSUS, "6432212人", "昆明市"),
    # a model's code
    ("POWER6什么时候推出的？", "网易于2006年推出名为有道的搜索服务。", "2006年", "网易"),
    # a paper's name (jieba: 光明日报/nz), asked of another paper's story
    ("光明日报每天发行多少份？", "《馬祖日報》前身為《登步報》,當時每10日發行1份。", "1份", "馬祖日報"),
])
def test_a_long_name_the_article_never_prints_declines(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    ("西双版纳地区于2010年的人口普查中显示其常住人口为多少人？", _CENSUS, "6432212人", "西双版纳傣族自治州"),
    # a name run into a year is no model's code ("Luxon2025年"); a two-character place is left to other rules
    ("Luxon2025年访华期间访问了哪两个城市？", "他先后访问上海和北京。", "上海", "新西兰总理拉克森"),
    ("埃及的人口有多少？", "全国人口约1亿人。", "1亿人", "开罗"),
    ("馬祖日報每天发行多少份？", "《馬祖日報》前身為《登步報》,當時每10日發行1份。", "1份", "馬祖日報"),
])
def test_a_long_name_the_article_prints_stays(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == ""
