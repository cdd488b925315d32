"""A slot's start moved past the last character of a word its left anchor matched the rest of (slot_start.py).
The sentences are DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.slot_start import past_cut_word


def _start(sentence: str, slot: str) -> str:
    start = sentence.index(slot)
    return sentence[past_cut_word(pos_tags(sentence), start, start + len(slot)):start + len(slot)]


def test_the_last_character_of_the_anchor_word_is_left_out():
    # the anchor 改组 ends inside 改|组成: 成 is the verb's, not the new body's
    s = "民国15年11月,广东省省务会议被改组成广东省政府委员会。"
    assert _start(s, "成广东省政府委员会") == "广东省政府委员会"


def test_a_light_word_after_the_cut_word_goes_too():
    s = "二次大战过后麻省理工成为全美最大型的战时研发商。"
    assert _start(s, "型的战时研发商") == "战时研发商"


def test_two_characters_of_a_common_word_are_left_out():
    s = "随着二战的爆发,麻省理工学院的军事科研逐渐进步。"
    assert _start(s, "学院的军事科研") == "军事科研"


def test_a_rare_word_cut_is_kept():
    # "细胞|分裂": the dictionary hardly knows 细胞分裂; its part in the slot may be the answer
    s = "慢病毒基因组不需要把细胞分裂即可整合到细胞核中。"
    assert _start(s, "分裂即可整合到细胞核") == "分裂即可整合到细胞核"


def test_a_slot_that_is_only_the_rest_of_the_word_is_kept():
    s = "伊尔库茨克州的州徽是银色背景下有着红眼的黑狸,嘴上叼着猩红色的貂。"
    assert _start(s, "红色") == "红色"


def test_a_start_at_a_word_boundary_is_kept():
    s = "二次大战过后麻省理工成为全美最大型的战时研发商。"
    assert _start(s, "全美最大型的战时研发商") == "全美最大型的战时研发商"


def test_a_rare_word_may_be_a_mis_cut():
    # jieba's "督|建新|皇城": 新 is the answer's (新皇城), the anchor 督建 ended at a word the dictionary hardly knows
    s = "敏东即位后三年里,任命时受国师之职的尹蓉负责督建新皇城,准备举都迁移。"
    assert _start(s, "新皇城") == "新皇城"
