"""A short answer ending with a word that governs what follows it loses that word (dangling_end.py)."""

from __future__ import annotations

from candidates import candidate_in, dict_tagger, whole

from qa.answer.dangling_end import without_dangling_end


def test_a_preposition_ending_the_slot_is_dropped():
    # DRCD 3359-14-2: "…以什麼材料主要結構的飛機…?" (answer 非金屬類材料): the slot kept 为 of "为主要结构"
    s = "二次大战时期的经验发现以非金属类材料为主要结构的飞机,能够降低雷达发现的距离。"
    pos = dict_tagger({"发现": "v", "以": "p", "非金属": "n", "类": "n", "材料": "n", "为": "p", "主要": "b",
                       "结构": "n"})
    got = without_dangling_end(candidate_in(s, "非金属类材料为", "slot", "slot+object"), pos)
    assert got is not None and got.text == "非金属类材料" and got.rule == "slot+object+dangling"


def test_a_conjunction_ending_the_gap_is_dropped():
    # DRCD 2491-2-3: "夷陵之戰是劉備以什麼名義對孫權所發動?" (answer 復仇): 向 opens "向孙权发动"; the tagger
    # glues it to 名 (名向, no word of the dictionary)
    s = "刘备称帝后,即以复仇之名向孙权发动夷陵之战。"
    pos = dict_tagger({"即以": "c", "复仇": "v", "之": "u", "名向": "n", "孙权": "nr", "发动": "vn"})
    got = without_dangling_end(candidate_in(s, "复仇之名向", "sentence", "sentence+gap"), pos, lambda w: 0)
    assert got is not None and got.text == "复仇之名"
    # a word of the dictionary ending with such a character is the answer's own: "…的前进方向"
    assert without_dangling_end(candidate_in(s, "复仇之名向", "sentence", "sentence+gap"), pos,
                                lambda w: 100 if w == "名向" else 0) is None


def test_a_word_the_character_ends_or_a_closing_one_stays():
    s = "二次大战时期的经验发现以非金属类材料为主要结构的飞机,能够降低雷达发现的距离。"
    pos = dict_tagger({"材料": "n", "为主": "v"})  # the tagger reads 为 inside another word: no function word
    assert without_dangling_end(candidate_in(s, "非金属类材料为", "slot", "slot"), pos) is None
    s = "六浦-神武寺2.8公里的路段为,全线最长。"  # before punctuation the word closes its clause: not dangling
    pos = dict_tagger({"路段": "n", "为": "p"})
    assert without_dangling_end(candidate_in(s, "六浦-神武寺2.8公里的路段为", "slot", "slot"), pos) is None
    assert without_dangling_end(whole("刘备称帝后,即以复仇之名向孙权发动夷陵之战。", 0, 12), pos) is None
