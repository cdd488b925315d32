"""Why-questions answered by the cause a sentence tells after its marker (cause.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause import cause_of
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    s = sentence_of(text)
    return Candidate(text=text, sentence=s, start=0, end=len(text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


def test_the_clause_after_a_marker_opening_it_is_the_cause():
    got = cause_of(_whole("决胜局完结后,双方亦须交换场地,因为决胜局必定是单数局"),
                   analyze("为何决胜局结束后两方必须交换场地?"))
    assert got is not None and got.text == "决胜局必定是单数局" and got.rule.endswith("+cause")


def test_the_cause_runs_on_until_a_clause_repeats_the_question_or_tells_the_result():
    got = cause_of(_whole("但由于叔侄皆锋芒过露,排挤异己阴狠毒辣,引起时人的强烈反感"),
                   analyze("为什么时人强烈反感高英叔侄?"))
    assert got is not None and got.text == "叔侄皆锋芒过露,排挤异己阴狠毒辣"
    got = cause_of(_whole("佛教早就在东汉时期传入中国,由于当时儒教兴盛,所以没有广泛发展"),
                   analyze("为什么东汉时期的佛教没有广泛发展?"))
    assert got is not None and got.text == "当时儒教兴盛"


def test_a_marker_inside_a_clause_or_a_question_that_asks_no_why_keeps_the_sentence():
    # "第52分钟因…,被红牌罚下": the whole sentence tells it; 因…而 is the one construction read inside a clause
    assert cause_of(_whole("第52分钟因恶意蹬踏对方球员,被红牌罚下"),
                   analyze("他为什么被罚红牌?")) is None
    got = cause_of(_whole("芦名氏的战力因有力家臣的战死而受到重大打击"),
                   analyze("芦名氏的战力为什么受到重大打击?"))
    assert got is not None and got.text == "有力家臣的战死"
    assert cause_of(_whole("由于纯铜不如石器坚硬,这一时期也称为金石并用时代"),
                   analyze("新石器时代末期又被称为什么时代?")) is None


def test_a_cause_asked_as_a_noun_is_read_after_its_marker_but_not_one_of_several():
    got = cause_of(_whole("1920年9月,因为牛只列印问题,克罗埃西亚爆发农民起义"),
                   analyze("克罗埃西亚爆发农民起义的原因是?"))
    assert got is not None and got.text == "牛只列印问题"
    got = cause_of(_whole("朱棣因为反对建文帝削藩而起兵"), analyze("朱棣起兵的原因为何?"))
    assert got is not None and got.text == "反对建文帝削藩"
    assert cause_of(_whole("1920年9月,因为牛只列印问题,克罗埃西亚爆发农民起义"),
                    analyze("克罗埃西亚爆发农民起义的原因之一是?")) is None


def test_the_cause_noun_de_yuanyin_closes_the_cause():
    got = cause_of(_whole("但由于意识形态的原因,对私有财产的保护一直处于缺位的状态"),
                   analyze("中国在建国初期为什么不存在私有财产的保护?"))
    assert got is not None and got.text == "意识形态"


def test_of_several_markers_the_one_whose_effect_repeats_the_question():
    # DRCD 6292-71-3: the first 因 tells why people moved; the 因为…而 of the clause asked tells why they took the job
    got = cause_of(_whole("由当时极贫穷的上海大量抵港,因香港教育水平,工资都远超上海而移民来港,初来港的上海女性不少"
                          "因为想取快钱而经营加入色情行业"), analyze("初来港的上海女性为甚么要加入色情行业?"))
    assert got is not None and got.text == "想取快钱"
    # DRCD 6292-38-1: a later 因 inside its clause, the next clause repeating the question
    got = cause_of(_whole("因排华等原因,他们先后把香港推进可和世界列强竞争的国家,到1945年因战时的盟军破坏,只剩453,"
                          "比大陆更低"), analyze("台湾在1945年的人均GDP为什么只有453?"))
    assert got is not None and got.text == "战时的盟军破坏"


def test_the_cause_ends_before_another_speaker_or_a_topic_set_against_it():
    # CMRC 2018 trial (黄华麒, 吕志兴)
    got = cause_of(_whole("有报导指广播处长黄华麒提出希望新一季《头条新闻》更换主持,因他不能接受主持吴志森和"
                          "曾志豪批评政府的手法,立法会议员何秀兰认为若消息属实,黄华麒有可能再没资格做广播处长"),
                   analyze("黄华麒为什么希望新一季《头条新闻》更换主持?"))
    assert got is not None and got.text == "他不能接受主持吴志森和曾志豪批评政府的手法"
    got = cause_of(_whole("在本地球坛名气不算大,犹幸在大埔却有不少粉丝,皆因他都是土生土长的大埔人,其得意之作却是2013年"
                          "一场赛事中的远射"), analyze("名气不大的吕志兴为何在大埔有很多粉丝?"))
    assert got is not None and got.text == "他都是土生土长的大埔人"
    # a bare 但 goes on with the cause (CMRC: 耶利米)
    got = cause_of(_whole("耶利米被称作「流泪的先知」,因为他明知犹太人离弃上帝后,所注定的悲哀命运,"
                          "但不能改变他们顽梗的心"),
                   analyze("耶利米为什么被称作「流泪的先知」?"))
    assert got is not None and got.text.endswith("但不能改变他们顽梗的心")
