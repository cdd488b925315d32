"""The state before or after a change a what-question asks, read off "由X…为Y" (changed_state.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.changed_state import changed_state
from qa.answer.question import analyze

# DRCD 5687-4-3, 1193-54-3, 1189-1-3, folded
_GEORGIA = "宪法修正案将于2018年总统选举后正式生效,届时,乔治亚将由现在的半总统制国家转变为议会制国家。"
_KOREA = ("2004年9月,时任韩国总统卢武铉访问了俄罗斯,双方首脑签署了《共同宣言》,将韩俄关系由「建设性的互补伙伴关系」"
          "升级为「相互信赖的全面伙伴关系」。")
_OBSERVATORY = "在1940年代后期,由研究太阳为主的研究机构转为研究恒星。"


def test_the_state_after_the_change_is_asked_by_default():
    head = candidate_in(_GEORGIA, "总统制", "term", "head")
    got = changed_state(head, analyze("乔治亚在经过2018年宪法修正案生效后成为了哪一种制度的国家?"))
    assert got is not None and got.text == "议会制国家" and got.rule == "head+changed"


def test_the_state_before_when_the_question_names_the_state_after():
    slot = candidate_in(_KOREA, "将韩俄关系", "slot", "slot")
    got = changed_state(slot, analyze("韩俄在成为相互信赖的全面伙伴关系之前是什么关系?"))
    assert got is not None and got.text == "建设性的互补伙伴关系"


def test_a_span_within_the_side_asked_is_kept():
    slot = candidate_in(_OBSERVATORY, "恒星", "slot", "slot")
    assert changed_state(slot, analyze("斯壮罗山天文台在1940年代后期改为研究何者?")) is None
    # a typed question is not read here
    head = candidate_in(_GEORGIA, "2018年", "time", "type:time")
    assert changed_state(head, analyze("宪法修正案何时生效?")) is None
