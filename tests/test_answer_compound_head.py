"""The noun asked printed as the head of a compound elsewhere in the slot's sentence answers (compound_head.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.compound_head import asked_noun, compound_ending_in_noun
from qa.answer.question import analyze

# CMRC TRIAL_271 and DRCD 5528-9, folded
_BATTLE = "著名的博罗季诺战役就发生在距该城12千米处。"
# pages66 (the slot is the compound's own modifier) and DRCD 5780-6 (the slot cuts the compound's word), folded
_STRATEGY = "魏和清说,永宁县和各位代表要围绕大力实施“五八”强首府战略,聚力加快建设“双示范市”。"
_AMPHIBIAN = "这可从同为两栖动物的无肺蝾螈身上看出,无肺蝾螈的房间隔退化。"
_BILL = ("1979年12月国会通过克莱斯勒贷款法案,在1980年1月7日卡特签署同意后借出15亿美元贷款,拯救克莱斯勒公司。")


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_the_compound_ending_in_the_noun_asked_answers():
    slot = candidate_in(_BATTLE, "距该城12千米处", "slot", "slot")
    got = compound_ending_in_noun(slot, analyze("在距莫扎伊斯克12千米处发生了什么著名的战役?"), _pos)
    assert got is not None and got.text == "博罗季诺战役" and got.rule == "slot+compound"
    # the modifier holds the question's own name (克莱斯勒), the compound does not restate it
    slot = candidate_in(_BILL, "同意后借出15亿美元贷款", "slot", "slot")
    got = compound_ending_in_noun(slot, analyze("卡特于1980年时签署了哪一个法案之后拯救了克莱斯勒公司?"), _pos)
    assert got is not None and got.text == "克莱斯勒贷款法案"


def test_the_noun_asked_is_read_past_an_adjective_or_a_kind_word_only():
    assert asked_noun(analyze("在距莫扎伊斯克12千米处发生了什么著名的战役?"), _pos) == "战役"
    assert asked_noun(analyze("什么版本的圣经将四卷书放到新约正典的最后?"), _pos) == "圣经"
    # "哪一种语言的音译" asks the language: 音译 is its part, not the noun asked
    assert asked_noun(analyze("赛里木是哪一种语言的音译?"), _pos) == "语言"
    assert asked_noun(analyze("他是哪个国家的人?"), _pos) == ""  # too general to head a name


def test_a_slot_naming_the_modifier_or_holding_the_noun_is_kept():
    # the slot is the compound's modifier: it names the thing already ("佛教" of 佛教术语 for 哪一宗教的术语)
    slot = candidate_in(_BATTLE, "博罗季诺", "slot", "slot")
    assert compound_ending_in_noun(slot, analyze("在距莫扎伊斯克12千米处发生了什么著名的战役?"), _pos) is None
    slot = candidate_in(_BATTLE, "博罗季诺战役", "slot", "slot")
    assert compound_ending_in_noun(slot, analyze("在距莫扎伊斯克12千米处发生了什么著名的战役?"), _pos) is None


def test_a_slot_modifying_the_compound_is_kept_unless_it_cuts_its_word():
    slot = candidate_in(_STRATEGY, "“五八”", "slot", "slot")
    assert compound_ending_in_noun(slot, analyze("魏和清说永宁县和各位代表要围绕大力实施什么战略?"), _pos) is None
    slot = candidate_in(_AMPHIBIAN, "这可从同为两栖", "slot", "slot")
    got = compound_ending_in_noun(slot, analyze("无肺蝾螈是属于哪一种类型的动物?"), _pos)
    assert got is not None and got.text == "两栖动物"


def test_the_noun_after_de_is_named_by_the_phrase_before_it_not_an_adjective():
    # DRCD 6080-2-1 and 3256-8-2, folded
    text = ("在缺点上,由于使用跨站式车站一定得在不同的设施楼层之间移动,因此除非是利用电梯、手扶梯等设施辅助,否则会对"
            "老年人、身障人士或携带大件行李的旅客造成相当程度的困扰,在无障碍环境的规划上难度也相对较纯粹设于地面上的车站"
            "来得高。")
    slot = candidate_in(text, "一定得在不同的设施楼层之间移动", "slot", "slot")
    got = compound_ending_in_noun(slot, analyze("跨站式车站的哪一种规划难度较高?"), _pos)
    assert got is not None and got.text == "无障碍环境"
    text = "他最著名的作品是小说《金驴记》,用自叙形式写成。"
    slot = candidate_in(text, "金驴记", "slot", "slot")
    assert compound_ending_in_noun(slot, analyze("西方文学史上第一部长篇小说是哪部作品?"), _pos) is None
