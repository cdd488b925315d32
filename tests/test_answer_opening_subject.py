"""A figure or a time asked of the subject the question opens with must come from an article that prints that
subject: else it is another subject's figure or time."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.absent_names import opening_subject_unprinted
from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer

_TOKENIZER = Tokenizer(load_config())


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "number") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    around = Surroundings(article=article + " " + sentence, tag=pos_tags, freq=lambda w: int(_TOKENIZER.freq(w)))
    return opening_subject_unprinted(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # a rainforest's rainfall asked, an island's given
    ("热带雨林的年平均雨量大约高于多少公厘？", "马祖地区年平均雨量约1060公厘，不到台湾雨量的一半。", "约1060公厘",
     "马祖列岛", "number"),
    # a weightlifter asked, another athlete's year given
    ("占旭刚什么时候入选中国国家举重队？", "2009年于海入选中国国家队。", "2009年", "于海", "time"),
    # a city's trams asked, trams in general told
    ("沈阳的路面电车于何年开始正式营运？", "1990年代起，开始有低地台的路面电车出现。", "1990年代", "有轨电车", "time"),
])
def test_a_figure_or_time_of_an_unprinted_opening_subject_declines(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # the subject printed in the article
    ("热带雨林的年平均雨量大约高于多少公厘？", "年平均雨量高于2000公厘。", "2000公厘", "热带雨林", "number"),
    # a Japanese name printed by its given name alone
    ("丰臣秀吉在哪一年完成全日本大致上的统一？", "1590年，接受天皇赐姓丰臣的秀吉完成全国大致上的统一。", "1590年",
     "日本", "time"),
    # a common noun names no particular subject (人类)
    ("人类在哪一年的时候发现了海王星？", "1846年，天文学家发现了海王星。", "1846年", "海王星", "time"),
    # a verb the tagger reads as a noun, governing the name after it
    ("因应赛普勒斯的南北冲突，联合国维和部队在哪年进驻赛普勒斯？", "1964年联合国维和部队进驻赛普勒斯。", "1964年",
     "赛普勒斯", "time"),
    # a noun for a person, told by a pronoun
    ("伤者几岁？", "34岁的她当时正站在路口的中央位置。", "34岁", "车祸", "number"),
    # neither a figure nor a time asked
    ("热带雨林有什么特点？", "马祖地区年平均雨量约1060公厘。", "马祖地区", "马祖列岛", "span"),
])
def test_a_printed_or_common_subject_is_kept(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == ""


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "why"), [
    # CMRC 677: a park's name cut into characters (萱/n 侬/g 律/vg), asked of another article's campus
    ("萱侬律占地面积多大？", "凤岭校区位于琅东开发新区，占地面积423亩。", "423亩", "广西大学", "decline:subject"),
    # CMRC 200: a plant named by one character no word holds (蓍/g) before 所, another plant's altitude given
    ("蓍所生长的地区海拔约是多少米？", "生长于海拔500米至1,400米的地区，常生长在密林中及山谷溪流边。", "500米至1,400米",
     "天门冬", "decline:subject"),
    # printed in the answer's article: kept
    ("萱侬律占地面积多大？", "它是一个占地约两平方公里的热带植物公园。", "约两平方公里", "萱侬律", ""),
    ("蓍所生长的地区海拔约是多少米？", "生长于海拔200米至2,300米的地区。", "200米至2,300米", "蓍", ""),
    # a word of the dictionary opens the question, or a lone character that is one (猫/n): not a cut name
    ("天门冬生长的地区海拔约是多少米？", "生长于海拔1,750米的地区。", "1,750米", "天门冬", ""),
    ("猫的寿命有多长？", "家猫的平均寿命约为15年。", "15年", "宠物", ""),
])
def test_a_name_cut_into_characters_is_the_opening_subject(question, sentence, answer, article, why):
    assert _why(question, sentence, answer, article) == why


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "why"), [
    # pages15:84: a line named by its two ends' initials, tagged 大张/m|高铁/n, asked of another page's project
    ("大张高铁总投资多少亿元？", "●高新万达广场项目:总建筑面积约170万平方米,位于高新一期正中心,总投资200亿元。",
     "200亿元", "今年市级重点项目抢先看 哪个让您最期待?", "decline:subject"),
    # the line printed in the answer's article: kept
    ("大张高铁总投资多少亿元？", "大张高铁总投资约340亿元。", "约340亿元", "大张高铁进入联调联试", ""),
    # a quantity opening the question (大批/m) is no name's half
    ("大批游客滞留了多少小时？", "约3000名游客在机场滞留了近10个小时。", "近10个小时", "台风", ""),
])
def test_a_name_read_as_a_numeral_and_a_noun_is_the_opening_subject(question, sentence, answer, article, why):
    assert _why(question, sentence, answer, article) == why
