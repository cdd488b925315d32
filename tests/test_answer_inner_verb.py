"""An untyped slot holding the question's own verb further in starts after that verb (inner_verb.py). The sentences
are DRCD's and CMRC's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.inner_verb import past_inner_verb


def _start(sentence: str, slot: str, question: str) -> str:
    start = sentence.index(slot)
    end = start + len(slot)
    return sentence[past_inner_verb(pos_tags(sentence), start, end, question):end]


def test_the_object_after_the_question_s_verb():
    s = "中央政府迁台后,颁布《戡乱建国教育实施纲要》和一系列法令,在日常教学中大力灌输反共思想与中华传统文化。"
    q = "中央政府迁台后,在教育方面主要灌输两种思想,除了中华传统文化思想之外,还有什么思想?"
    assert _start(s, "日常教学中大力灌输反共", q) == "反共"


def test_the_aspect_particle_goes_with_the_verb():
    s = "1952年,奥斯陆曾举办过冬季奥运会。"
    assert _start(s, "奥斯陆曾举办过冬季", "哪个奥运曾经在奥斯陆举办过?") == "冬季"


def test_a_verb_after_a_name_is_part_of_it():
    s = "1947年中共根据民族区域自治理论领导成立了中国第一个民族区域自治政权内蒙古自治政府。"
    assert _start(s, "内蒙古自治政府", "中共第一个民族区域自治政权是哪一个?") == "内蒙古自治政府"


def test_a_verb_after_de_modifies_a_noun():
    s = "英国江河级驱逐舰已发展成伴随主力舰队的护航舰艇,英国部族级驱逐舰开始使用燃油作为燃料。"
    q = "英国的哪一级战舰已成为主力舰队的护航船只?"
    assert _start(s, "江河级驱逐舰已发展成伴随主力舰队的护航舰艇", q) == "江河级驱逐舰已发展成伴随主力舰队的护航舰艇"


def test_a_verb_of_a_later_clause():
    # the slot runs over the clauses: CMRC's gold is all of them
    s = "系为一种用来治疗因心脏衰竭、肝硬化或肾病变引起的水肿,也可治疗高血压的药。"
    slot = "因心脏衰竭、肝硬化或肾病变引起的水肿,也可治疗高血压"
    assert _start(s, slot, "呋塞米是用来治疗什么的药物?") == slot


def test_the_rest_is_the_question_s_own_noun():
    s = "这是冷战时期的第一次奥运会,也是苏联自1912年以来第一次重返奥运会赛场。"
    assert _start(s, "这是冷战时期", "哪一个奥运会是冷战时期的首次奥运会?") == "这是冷战时期"


def test_a_verb_of_a_relative_clause():
    s = "当天夜里,张广敏走访了多间休息室,并同正在那里休息的环卫工人交谈。"
    slot = "并同正在那里休息的环卫"
    assert _start(s, slot, "张广敏在城市工人休息室同哪些工人交谈?") == slot


def test_a_verb_with_no_object_in_its_clause():
    s = "港铁中午起调整观塘线列车服务,包括彩虹站至调景岭站之间列车服务暂停。"
    slot = "中午起调整观塘线列车服务,包括彩虹站至调景岭"
    assert _start(s, slot, "港铁哪两个站之间的列车服务暂停?") == slot


def test_a_verb_inside_a_title():
    s = "依据《黑龙江省事业单位公开招聘人员暂行办法》,面向社会公开招聘。"
    slot = "黑龙江省事业单位公开招聘人员暂行"
    assert _start(s, slot, "齐齐哈尔日报报业集团招聘依据的是哪个办法?") == slot
