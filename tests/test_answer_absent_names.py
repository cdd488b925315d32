"""A long name the question holds (a place, an organisation, a model's code) must be printed in the answer's
article: else the answer is about something else."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.absent_names import long_name_unprinted
from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "number") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    return long_name_unprinted(analyze(fold(question)), c, Surroundings(article=article + " " + sentence, tag=pos_tags))


_CENSUS = "根据2010年第六次全国人口普查,全市常住人口为6432212人。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the census and the year are there, the prefecture asked is printed nowhere in the article (on 昆明)
    ("西双版纳地区于2010年的人口普查中显示其常住人口为多少人？", _CENSUS, "6432212人", "昆明市"),
    # a model's code
    ("POWER6什么时候推出的？", "网易于2006年推出名为有道的搜索服务。", "2006年", "网易"),
    # a paper's name (jieba: 光明日报/nz), asked of another paper's story
    ("光明日报每天发行多少份？", "《馬祖日報》前身為《登步報》,當時每10日發行1份。", "1份", "馬祖日報"),
    # a transliterated name (jieba: 布里亚特/nrt), asked of a story on another people
    ("1853年时布里亚特人有多少个部落？", "白帳汗國未分裂時，欽察草原有92個部落。", "92個", "乌孜别克族"),
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


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "why"), [
    # a village and a town the tagger cuts from their level (圭|叶|村, 丁香|镇), printed nowhere in the article
    ("圭叶村有多少户人家？", "她又从20多户人家那里流转过来75亩。", "20多户", "破解乡村振兴三大难题", "decline:place"),
    ("县委宣传部一行哪天深入丁香镇调研？", "9月12日,市委宣传部常务副部长深入我县融媒体中心开展调研。", "9月12日",
     "宁德", "decline:place"),
    # the name alone printed as another level's: 宝塔区 is not 宝塔村
    ("宝塔村在哪个镇？", "富县、黄龙、宝塔区等县区委宣传部主要负责人作了发言。", "富县", "延安", "decline:place"),
    # a three-character name opening the question, cut by the tagger (高/a 四明/ns, 陈/nr 多多/m, 黄/a 显达/v)
    ("高四明被判處有期徒刑幾年？", "判处10年以上有期徒刑93人。", "10年", "林州法院", "decline:subject"),
    ("陈多多哪一年调到晋江市教育局？", "自从2003年晋江成为国家羽毛球训练基地后,晋江就是他们的家。", "2003年",
     "花美人美晋江美", "decline:subject"),
])
def test_a_cut_name_the_article_never_prints_declines(question, sentence, answer, article, why):
    kind = "time" if "年" in answer or "日" in answer else "number"
    assert _why(question, sentence, answer, article, kind) == why


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    ("圭叶村有多少户人家？", "全村有20多户人家。", "20多户", "圭叶村"),
    ("县委宣传部一行哪天深入丁香镇调研？", "9月12日,县委宣传部一行深入丁香调研。", "9月12日", "石台"),
    ("高四明被判處有期徒刑幾年？", "高四明被判处有期徒刑10年。", "10年", "林州法院"),
    # not a name: a pronoun or a numeral before the level, a dictionary word opening the question
    ("这个村有多少户人家？", "全村有20多户人家。", "20多户", "石台"),
    ("李白的诗有多少首？", "他一生写了1000多首诗。", "1000多首", "唐诗"),
])
def test_a_cut_name_the_article_prints_stays(question, sentence, answer, article):
    kind = "time" if "日" in answer else "number"
    assert _why(question, sentence, answer, article, kind) == ""


def test_a_place_without_its_first_character_is_another_place():
    from qa.answer.agreement import names_held

    assert not names_held("会宁县", "寿宁县融媒体中心")  # 宁县 is 寿宁县's, not 会宁县's
    assert names_held("会宁县", "会宁融媒体中心")
    assert names_held("蒋中正", "蒋中")  # a person's name still matches by its part
