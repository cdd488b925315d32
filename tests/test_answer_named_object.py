"""The object of the naming verb a question asks with, when the sentence prints another verb (named_object.py)."""

from __future__ import annotations

from qa.answer.named_object import asks_named_object, named_object
from qa.answer.question import analyze


def _words(*pairs: str) -> list[tuple[str, str]]:
    """"爽文市/n" → ("爽文市", "n"): the tags written beside the words, as jieba would give them."""
    return [tuple(p.rsplit("/", 1)) for p in pairs]  # type: ignore[misc]


def _object(question: str, *pairs: str) -> str:
    pos = _words(*pairs)
    f = "".join(w for w, _ in pos)
    got = named_object(f, pos, analyze(question))
    return "" if got is None else f[got[0]:got[1]]


def test_the_noun_phrase_after_another_naming_verb_answers_up_to_a_light_verb_of_purpose():
    assert _object("因此打算将嘉义市改名为什么?",
                   "认为/v", "嘉义/nr", "之/u", "名/q", "不妥/a", ",/x", "特地/n", "将/d", "嘉义市/ns", "改为/v",
                   "爽/nr", "文市/n", "来/v", "纪念/n", "林爽文/nr", ",/x", "为/p", "该/r", "计划/n", "中/f",
                   "的/uj", "十二个/m", "市/n", "之一/r", "。/x") == "爽文市"


def test_a_cloze_taking_for_is_answered_by_the_object_of_the_sentence_s_verb():
    assert _object("克龙斯泰特曾将镍矿石误以为是?",
                   "克龙斯/nr", "泰特/nrt", "分离/v", "出/v", "镍/n", ",/x", "并/c", "将/d", "它/r", "界定/n",
                   "为/p", "化学元素/n", ",/x", "尽管/c", "他/r",
                   "最初/t", "把/p", "镍/n", "矿石/n", "误认为/v", "铜/n", "的/uj", "矿物/n", "。/x") == "铜的矿物"


def test_ji_opening_a_clause_names_what_the_clause_before_tells():
    assert _object("1980年的准政权性质的群众自治组织又被称为什么?",
                   "农民/n", "自发/v", "组成/v", "了准/v", "政权/n", "性质/n", "的/uj", "群众/n", "自治/v",
                   "组织/v", ",/x", "即/v", "村民/n", "委员会/n", ",/x", "至此/d", "标志著/n") == "村民委员会"


def test_no_object_where_the_verb_s_clause_says_nothing_of_the_question():
    assert _object("1918年东西伯利亚第一所高等教育机构名为什么?",
                   "1918/m", "年/m", "所/c", "盖/v", "的/uj", "伊尔库茨克/ns", "国立大学/n", "则/d", "是/v",
                   "东西伯利亚/ns", "的/uj", "第一所/m", "高等教育/l", "机构/n", ",/x", "主要/b", "教学/vn",
                   "科目/n", "为/p", "医疗/n", "、/x", "教育/vn") == ""


def test_only_a_naming_verb_asks_for_its_object_not_a_bare_copula():
    assert asks_named_object(analyze("驻舟山的国军秘密撤退又称什么?"))
    assert asks_named_object(analyze("喬治亞共和國於1995年通過新憲法後將其國名訂為?"))
    assert not asks_named_object(analyze("韩国的医疗保险大部分的保险费来源为?"))  # a copula: its subject asked
    assert not asks_named_object(analyze("哪一个城市并入奥斯陆?"))
