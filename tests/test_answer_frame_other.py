"""A figure printed in the question's frame about another thing ("时隔5年再夺中超联赛冠军" for "时隔多少年再夺全运会
冠军") does not answer first (frame_other.py, through precedence.put_first)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.frame_other import frame_other, other_first
from qa.answer.precedence import put_first
from qa.answer.question import analyze

_OTHER = "最终两队1:1战平,上海海港队时隔5年再夺中超联赛冠军。"
_ASKED = "这是上海男排继第一届全运会问鼎之后时隔46年再度实现辉煌。"


def test_another_noun_in_the_questions_frame_is_a_clash():
    info = analyze("上海男排时隔多少年再夺全运会冠军?")
    assert frame_other(candidate_in(_OTHER, "5年"), info)
    assert not frame_other(candidate_in(_ASKED, "46年", sid="b:0:0"), info)
    kept = [candidate_in(_OTHER, "5年", score=11.3), candidate_in(_ASKED, "46年", score=11.2, sid="b:0:0")]
    assert other_first(kept, info) is kept[1]
    assert put_first(kept, info)[0].text == "46年"


def test_the_same_noun_or_a_shared_word_is_no_clash():
    info = analyze("上海海港队时隔多少年再夺中超联赛冠军?")
    assert not frame_other(candidate_in(_OTHER, "5年"), info)
    # "再夺全国联赛冠军" shares 联赛 with the question's 中超联赛: the same kind of title, no clash
    assert not frame_other(candidate_in("上海队时隔5年再夺全国联赛冠军。", "5年"), info)


def test_a_sentence_naming_only_another_levels_event_does_not_answer_first():
    from qa.answer.frame_other import level_other
    info = analyze("市七运会一共有多少名运动员参赛?")
    other = candidate_in("本次省运会皮划艇、赛艇项目共有400多名运动员参赛。", "400多名")
    asked = candidate_in("5月15日,市七运会钓鱼比赛开赛,82名运动员参赛。", "82名", sid="b:0:0")
    assert level_other(other, info) and not level_other(asked, info)
    assert put_first([other, asked], info)[0] is asked
    # the same level named in the sentence is no clash, even beside another level's ("省运会和市运会")
    assert not level_other(candidate_in("省运会和市运会共有400多名运动员参赛。", "400多名"), info)


def test_a_word_pointing_back_names_no_other_thing():
    # "已注册报道|此次|论坛": 此次 points back to the forum the question names
    text = "约1500名各界贵宾将作为正式代表出席论坛,来自全球的4000余名记者已注册报道此次论坛,可谓盛况空前。"
    info = analyze("多少名记者已注册报道“一带一路”国际合作高峰论坛？")
    assert not frame_other(candidate_in(text, "4000余名"), info)
