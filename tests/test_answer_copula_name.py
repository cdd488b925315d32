"""The name a copula's predicate restates the question of answers a place or person asked (copula_name.py)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.copula_name import copula_name
from qa.answer.question import analyze

# DRCD 6048-19-4 and 5543-1-1, folded
_THREAT = ("他年轻时加入过烧炭党,之前又帮助过萨丁尼亚王国,所以,他不能在战争中和奥地利结盟,"
           "结果,普鲁士成为了法国的最大威胁。")
_CAPITAL = "国民政府时期为安东省省会,其境内的集安是高句丽旧都,现为国家历史文化名城。"


def test_the_name_before_the_copula_restating_the_question_answers_where():
    typed = candidate_in(_THREAT, "奥地利", "place", "type:place")
    got = copula_name(typed, analyze("当时法国的最大威胁是哪一国?"), pos_tags)
    assert got is not None and got.text == "普鲁士"


def test_of_copulas_restating_the_question_the_one_with_a_subject_answers():
    # "现为国家历史文化名城" restates it as well, but nothing before 为 names the place
    typed = candidate_in(_CAPITAL, "安东省", "place", "type:place")
    got = copula_name(typed, analyze("通化市境内的哪一个地方为高句丽旧都而今为国家历史文化名城?"), pos_tags)
    assert got is not None and got.text == "集安"


def test_a_question_asking_no_place_or_the_subject_answered_keeps_the_answer():
    typed = candidate_in(_THREAT, "奥地利", "place", "type:place")
    assert copula_name(typed, analyze("当时法国的最大威胁是什么?"), pos_tags) is None
    # DRCD 6005-1-3, folded: the answer is the copula's subject already
    text = "杜林是一国际化的欧洲城市,杜林有时被称为「义大利自由的摇篮」。"
    typed = candidate_in(text, "杜林", "place", "type:place")
    assert copula_name(typed, analyze("哪一个地方是一国际化的欧洲城市?"), pos_tags) is None


def test_a_which_question_for_a_person_whose_noun_the_copula_follows():
    # DRCD 5530-1-1, folded: ",是宋朝的第十四位皇帝" opens its clause; the sentence's subject answers, not 宁宗
    text = ("宋理宗赵昀,原名赵与莒,1222年被立为宁宗弟沂王嗣子,赐名贵诚,1224年立为宁宗皇子,赐名昀,"
            "是宋朝的第十四位皇帝,在位40年,享年59岁。")
    typed = candidate_in(text, "宁宗", "person", "type:person")
    got = copula_name(typed, analyze("哪一個皇帝是宋朝的第十四位皇帝?"), pos_tags)
    assert got is not None and got.text.startswith("宋理宗")


def test_a_passive_naming_verb_opening_its_clause_has_the_sentence_subject():
    # DRCD 3395-6-1, folded: ",也被认为拜占廷的首任皇帝" has no subject of its own; the sentence opens with it, not
    # 尤利安 of a later clause
    text = ("君士坦提乌斯的根据地主要分布于东方,也被认为拜占廷的首任皇帝,在其统治下拜占廷逐渐成为君士坦丁堡,"
            "361年君士坦提乌斯病逝,原本被任命为凯撒治理西部的堂弟尤利安继位。")
    typed = candidate_in(text, "尤利安", "person", "type:person")
    got = copula_name(typed, analyze("拜占廷的首任皇帝一般認為是誰?"), pos_tags)
    assert got is not None and got.text.startswith("君士坦")
