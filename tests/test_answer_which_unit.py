"""The one-character noun after 哪个 kept at the slot's end (which_unit.py): pages63's 衡水日报 sentence."""

from __future__ import annotations

from candidates import pos_tags
from page_engine import page_engine

from qa.answer.question import analyze
from qa.answer.slots import Slot, align
from qa.answer.which_unit import to_unit, unit_asked, unit_before_de, with_unit
from qa.config import load_config

_Q = "吴晓华参加了衡水市政协六届五次会议哪个组的讨论？"
_S = "2月1日下午,河北衡水市长吴晓华参加市政协六届五次会议市直六组的讨论。"


def test_the_noun_after_the_question_word_is_read():
    assert unit_asked(analyze(_Q), pos_tags("组的讨论")) == "组"
    assert unit_asked(analyze("谭化爱在哪个茶园做管护工作？"), pos_tags("茶园做管护工作")) == ""  # a word of its own


def test_the_slot_runs_on_over_the_noun():
    info = analyze(_Q)
    slot = align(_S, info.left, info.right)
    assert slot is not None and _S[slot.start:slot.end] == "市直六"
    slot = with_unit(_S, slot, "组")
    assert _S[slot.start:slot.end] == "市直六组"


def test_the_composer_answers_the_group_whole(tmp_path):
    page = "\n吴晓华在参加市政协六届五次会议市直六组讨论时强调\n\n" + _S + "\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask(_Q).text == "市直六组"


def test_an_open_slot_is_cut_after_the_name_ending_in_the_noun_asked():
    # CMRC TRIAL_522_QUERY_4: "哪|派|的风格" (jieba tags 派 a verb there), the open slot runs over the style's words
    text = "学习程派“咳咳腔”表演形式,吸收牛派稳健大方、委婉缠绵、以柔为主风格,借鉴郭兰英一些唱法"
    unit = unit_before_de(analyze("爱爱腔的形成吸收了哪派的风格?"))
    assert unit == "派"
    start = text.index("牛派")
    slot = Slot(start=start, end=text.index(",借鉴"), left=2, right=0)
    got = to_unit(text, slot, unit)
    assert text[got.start:got.end] == "牛派"
    # a slot both anchors close is left as it is
    closed = Slot(start=start, end=text.index(",借鉴"), left=2, right=2)
    assert to_unit(text, closed, unit) == closed
