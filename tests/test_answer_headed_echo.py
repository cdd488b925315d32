"""The names a head noun asks for (short.headed) leave out the question's own words, but not a longer name whose
characters the question prints only apart. The sentence is DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.short import headed
from qa.answer.typed import extract

_SENTENCE = ("上海分为公共租界和华界,民国时期的华界在军阀的控制下,经济不行,及后在国民党军阀控制下,略为改善,"
             "但最后被日本人几乎全炸毁,在共产党统治后,经济更加不行。")


def _headed(sentence: str, head: str, question: str) -> set[str]:
    return {sentence[sp.start:sp.end] for sp, _ in headed(sentence, extract(sentence, pos_tags(sentence)), head,
                                                           question)}


def test_a_name_whose_characters_the_question_prints_apart():
    # 国 and 民 stand in 民国, 党 after 哪一个: no two of them together
    assert "国民党" in _headed(_SENTENCE, "党", "民国时期的华界在哪一个党的军阀统治下,经济略为改善?")


def test_a_short_word_of_the_question_s_characters_is_left_out():
    s = "老北门的主要干道是北路和中山路。"
    assert "北路" not in _headed(s, "路", "老北门的主要干道是哪一条路?")



def _firmness(sentence: str, head: str, question: str) -> dict[str, float]:
    return {sentence[sp.start:sp.end]: firm for sp, firm in headed(
        sentence, extract(sentence, pos_tags(sentence)), head, question)}


def test_a_name_echoed_only_by_the_whole_asked_noun_is_kept():
    # DRCD 5408-1-5: 矿石 is the question's word only because it asks for one; 磷 names it (held half as firmly
    # as a whole head: as 硫铁矿, which shares the noun's last character)
    s = "钟祥矿产资源丰富,已探明的有磷矿石、累托石、硫铁矿、铝、矽、重晶石等6类27种,尤其磷矿石储量居全国第二。"
    got = _firmness(s, "矿石", "钟祥市的矿产资源中哪一种矿石的储量位居中华人民共和国国内第二?")
    assert got.get("磷矿石") == 0.5


def test_a_word_that_only_sorts_the_echoed_noun_is_no_name():
    # CMRC TRIAL_594_QUERY_1: "总|成绩" (an attribute) before the asked noun the question prints names no 成绩
    s = "1996年,占旭刚参加了亚特兰大奥运会的70公斤级举重比赛,以打破抓举、挺举、总成绩三项世界纪录的姿态获得冠军。"
    assert "总成绩" not in _headed(s, "成绩", "亚特兰大奥运会,占旭刚以什么成绩获得了世界冠军?")


def test_a_determiner_before_the_asked_noun_names_none():
    # DRCD 6159-2-1: "一贯|主张" picks out 岳飞's 主张 without naming it (积极进攻, after it, does)
    s = ("岳飞反对宋廷“仅令自守以待敌,不敢远攻而求胜”的消极防御战略,一贯主张积极进攻,以夺取抗金战争的胜利;"
         "他是南宋初唯一组织大规模进攻战役的统帅。")
    assert "一贯主张" not in _headed(s, "主张", "岳飞的战略主张为何?")
