"""Why-questions answered by the purpose a sentence tells after 为了 (why_purpose.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.question import analyze
from qa.answer.why_purpose import purpose_of
from qa.types import Candidate


def _whole(text: str, start: int = 0) -> Candidate:
    s = sentence_of(text)
    return Candidate(text=text[start:], sentence=s, start=start, end=len(text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


def test_the_purpose_clause_with_its_marker():
    got = purpose_of(_whole("明朝建立后,明太祖朱元璋为了巩固自己及子孙的统治,便大封宗室二十五人为藩王,驻守全国各地"),
                     analyze("明太祖朱元璋为什么要大封宗室二十五人为藩王?"))
    assert got is not None and got.text == "为了巩固自己及子孙的统治" and got.rule.endswith("+purpose")


def test_the_purpose_ends_at_its_act_and_a_trimmed_opening_marker_counts():
    got = purpose_of(_whole("各国为了推行反共政策而排华,使资金外流"), analyze("东南亚各国为何排华?"))
    assert got is not None and got.text == "为了推行反共政策"
    got = purpose_of(_whole("为了下山完成师父的任务,从此开始行走江湖", start=2), analyze("独孤剑为什么要行走江湖?"))
    assert got is not None and got.text == "为了下山完成师父的任务"


def test_no_purpose_or_a_purpose_that_repeats_the_question_or_no_why():
    assert purpose_of(_whole("他因病退出比赛"), analyze("他为什么退出比赛?")) is None
    assert purpose_of(_whole("他为了退出比赛装病"), analyze("他为什么要退出比赛?")) is None
    assert purpose_of(_whole("他为了治病去了北京"), analyze("他去了哪里?")) is None


def test_a_wei_before_a_verb_opening_its_clause_or_of_wei_er_tells_a_purpose_too():
    got = purpose_of(_whole("2010年,为迎接上海世界博览会的召开,上海站进行大规模整修翻新"),
                     analyze("上海站为什么在2010年进行大规模整修翻新?"))
    assert got is not None and got.text == "为迎接上海世界博览会的召开"
    got = purpose_of(_whole("荷兰人以此作为统治中心,为增加米、糖等农作物产量,开始招募居民"),
                     analyze("荷兰人为什么开始招募居民?"))
    assert got is not None and got.text == "为增加米、糖等农作物产量"
    got = purpose_of(_whole("1960年代各国为推行反共政策而排华"), analyze("东南亚各国为何排华?"))
    assert got is not None and got.text == "为推行反共政策"
    # a copula's 为: "…,为全国最大的港口"
    assert purpose_of(_whole("该港位于河口,为全国最大的港口,吞吐量居首"), analyze("该港为何吞吐量居首?")) is None


def test_a_yi_before_a_verb_after_the_act_tells_a_purpose():
    got = purpose_of(_whole("双方战斗了两天,希腊人封锁了隘道,以防止薛西斯从第三小径迂回过去"),
                     analyze("希腊人为什么封锁了隘道?"))
    assert got is not None and got.text == "以防止薛西斯从第三小径迂回过去"
    assert purpose_of(_whole("希腊人封锁了隘道,以石块为墙"), analyze("希腊人为什么封锁了隘道?")) is None


def test_an_adverb_may_stand_between_wei_and_its_verb():
    got = purpose_of(_whole("为迅速取得西线胜利,德国总参谋长小毛奇决定采取施里芬计划", start=1),
                     analyze("小毛奇决定采取施里芬计划的原因是?"))
    assert got is not None and got.text == "为迅速取得西线胜利"


def test_a_question_naming_its_own_marker_takes_a_purpose_when_no_cause_is_marked():
    # DRCD 6415-3-4: "因|为何种原因" names 因; the sentence tells a purpose (为了…而), no 因 nor 由于
    got = purpose_of(_whole("另一方面,为了降低成本而采行的产业外移,更引发了产品的国际化"),
                     analyze("40、50年代的企业界因为何种原因,引发了产业外移?"))
    assert got is not None and got.text == "为了降低成本"
