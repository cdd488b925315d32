"""The subject of a copula whose predicate restates the question answers it (copula_subject.py)."""

from __future__ import annotations

from candidates import candidate_in, pos_tags

from qa.answer.copula_subject import copula_subject
from qa.answer.question import analyze

# DRCD 3356-1-3, 2534-8-4 and 1168-14-2, folded
_PHASE = "过渡期是对准妈妈的考验最强的时期,也是最短的时期。"
_BUS = ("其中行驶在北京路公交车道上的由昆明公交和昆明城巴共同运营的236路车是昆明第一条快速公交线路,"
        "线路配备多辆铰接式公共汽车。")
_MEMBER = "在2004年苏利南成为荷兰语联盟的第三位成员国。"


def test_the_subject_before_the_restated_predicate_answers():
    slot = candidate_in(_PHASE, "时期", "term", "slot")
    asked = analyze("分娩过程中,子宫收缩开始后可分为3期,对于准妈妈考验最强的是哪一个期间?")
    got = copula_subject(slot, asked, pos_tags)
    assert got is not None and got.text == "过渡期" and got.rule == "slot+copula"
    head = candidate_in(_BUS, "北京路", "term", "head")
    got = copula_subject(head, analyze("昆明第一条快速公交线路为哪一路的公车?"), pos_tags)
    assert got is not None and got.text == "236路车"


def test_the_time_the_clause_opens_with_is_no_part_of_the_subject():
    head = candidate_in(_MEMBER, "第三位成员国", "term", "head")
    got = copula_subject(head, analyze("荷兰语联盟在收第四个成员国家之前最晚加入的国家为?"), pos_tags)
    assert got is not None and got.text == "苏利南"


def test_a_question_not_ending_in_its_copula_or_the_subject_answered_keeps_the_answer():
    slot = candidate_in(_PHASE, "时期", "term", "slot")
    # the question asks what the phase is, not which phase is so
    assert copula_subject(slot, analyze("过渡期是对准妈妈考验最强的什么?"), pos_tags) is None
    head = candidate_in(_PHASE, "过渡期", "term", "slot")
    assert copula_subject(head, analyze("对于准妈妈考验最强的是哪一个期间?"), pos_tags) is None
    # no predicate of the sentence restates the question
    other = candidate_in(_MEMBER, "第三位成员国", "term", "head")
    assert copula_subject(other, analyze("荷兰语联盟的总部所在的城市为?"), pos_tags) is None


def test_a_modifier_kept_before_the_subject_is_cut_at_jiushi():
    # DRCD 2493-17-1, folded: the subject rule kept the clause's modifier
    text = "长崎县的饮食文化受到很强的西餐和中餐影响,当地盛行的卓袱就是一种融合了中餐和西餐的宴会饮食。"
    subject = candidate_in(text, "当地盛行的卓袱", "term", "subject")
    got = copula_subject(subject, analyze("文中提及,融合中餐和西餐的宴会饮食为什么名称?"), pos_tags)
    assert got is not None and got.text == "卓袱"


def test_one_of_a_list_before_the_copula_keeps_the_answer():
    # tests/data/pages/dxbw_20190218.txt, folded: both are asked ("哪两个人"), not the one right before 为
    text = "省广播电视局局长彭鸿嘉和副市长逯克宗为秦安县融媒体中心揭牌。"
    slot = candidate_in(text, "彭鸿嘉和副市长逯克宗", "term", "slot")
    assert copula_subject(slot, analyze("为秦安县融媒体中心揭牌的是哪两个人?"), pos_tags) is None


def test_the_sentence_subject_answers_a_copula_opening_its_clause():
    # DRCD 5523-4-4, folded
    text = ("台中市精密机械科技创新园区位于台中市的南屯区靠近台中工业区与兴大本部,目前进驻厂商多与兴大相关系所合作,"
            "是台湾机械产业的创新园区,也是未来兴大的学生就业新选择。")
    head = candidate_in(text, "南屯区", "term", "head")
    got = copula_subject(head, analyze("靠近台中工业区与兴大本部的哪一个园区为台湾机械产业的创新园区?"), pos_tags)
    assert got is not None and got.text.startswith("台中市精密机械") and got.start == 0


def test_a_name_before_the_copula_leaves_what_follows_it_asked():
    # DRCD 5687-1-3, folded: "法定国名为…" gives the name; the 国名 is no answer
    text = "独立后法定国名为「乔治亚共和国」,1995年8月24日该国通过新宪法,国名定为「乔治亚」,曾为独立国家国协成员。"
    slot = candidate_in(text, "乔治亚", "term", "slot")
    assert copula_subject(slot, analyze("乔治亚共和国于1995年通过新宪法后将其国名订为?"), pos_tags) is None


def test_a_name_told_by_jiao_before_the_copula_is_its_subject():
    # DRCD 4876-3-3: the copula opens its clause; the clause before names the subject (叫听放线), not the opening
    sentence = "内侧膝状体发出的纤维束上行散开成放射状,叫听放线,终止于大脑听皮层,是听觉最高级的中枢。"
    head = candidate_in(sentence, "内侧", "term", "subject")
    got = copula_subject(head, analyze("听觉最高级的中枢是?"), pos_tags)
    assert got is not None and got.text == "听放线"
