"""A what-answer from a sentence whose subject is 它, when the question asks that subject: declined
(pronoun_subject.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.pronoun_subject import asks_pointed_subject
from qa.answer.question import analyze

# DRCD 1156-1-1 (都市計劃, named before the sentence): "它" is the field the question asks
_FIELD = "它的对象偏重于城市物质形态的部分,涉及城市中产业的区域布局、建筑物的区域布局和分类管制。"


def test_the_subject_asked_after_the_copula_is_the_pronoun():
    info = analyze("城市物质形态是哪一领域偏重的部分?")
    assert asks_pointed_subject(candidate_in(_FIELD, "区域", "place", "head"), info, "城市规划")


def test_the_question_word_opening_the_question_asks_the_pronoun():
    # DRCD 1147-2-2: "哪一本書規範了梵語的正確語法?" (《八篇書》, the sentence before)
    s = "它本质上是规范性文法,就是说它定义了正确梵语的用法,尽管它包含了描述成分。"
    info = analyze("哪一本书规范了梵语的正确语法?")
    assert asks_pointed_subject(candidate_in(s, "说它定义了正确", "slot", "slot"), info, "梵文")


def test_a_pointer_and_its_noun_are_the_subject_asked():
    # DRCD 3355-3-4: "這場戰爭" is the battle asked (博克施道夫戰役, named before it)
    s = "这场战争对普鲁士的军队来讲是一场艰苦的战斗,但他们最终仍可同时与大半个欧洲为敌并战成平手。"
    info = analyze("七年战争欧洲大陆上最后一场战争是哪一场?")
    best = candidate_in(s, "对普鲁士的军队来讲是一场艰苦的战斗", "slot", "slot")
    assert asks_pointed_subject(best, info, "普鲁士王国")


def test_a_pointer_to_a_time_is_no_subject():
    # CMRC TRIAL_277_QUERY_3: 这时 dates the sentence; its subject is 义军, and the answer is told
    s = "这时义军被迫兵分两路,刘六、刘七、齐彦名为一路,杨虎、赵鐩、刘三、邢老虎为一路。"
    info = analyze("义军被迫分为两路,是哪两路?")
    assert not asks_pointed_subject(candidate_in(s, "刘六、刘七、齐彦名为一路", "slot", "slot"), info, "刘六刘七起义")


def test_a_pointer_before_a_copula_is_no_subject():
    # pages62 (海东日报): "这是" names the outlet after it; 许迪侃 is no pointer's referent
    s = "这是江苏广播电视台记者许迪侃在化隆回族自治县、循化撒拉族自治县采访时发出的感慨。"
    info = analyze("许迪侃是哪家媒体的记者?")
    assert not asks_pointed_subject(candidate_in(s, "江苏广播电视台", "org", "type:org"), info, "")


def test_the_question_naming_the_topic_the_pronoun_stands_for_stays():
    # DRCD 2455-1-3: 它 is 奧斯陸, which the question names; 森林 answers
    s = "它被森林和田野所环绕,许多种类的动植物生活在其中。"
    info = analyze("奥斯陆被田野以及什么给环绕?")
    assert not asks_pointed_subject(candidate_in(s, "森林", "slot", "slot"), info, "奥斯陆")
    # CMRC TRIAL_789_QUERY_0: a where-question, naming 达曼 (the headline's gloss aside)
    s = "它的货物进出口量仅次于沙特位于红海海岸的吉达港。"
    info = analyze("达曼港的货物进出口量仅次于哪里?")
    assert not asks_pointed_subject(candidate_in(s, "吉达港", "place", "type:place"), info, "达曼 (沙特阿拉伯)")


def test_an_object_asked_is_not_the_pronoun():
    # DRCD 1166-2-3: the system used is asked (the object), not the subject
    s = "它也被一些公司部署为一个内部知识管理系统,一些教育机构也让学生使用。"
    info = analyze("一些公司使用什么系统来做为其内部知识管理系统?")
    assert not asks_pointed_subject(candidate_in(s, "内部知识管理系统", "slot", "slot"), info, "mediawiki")
