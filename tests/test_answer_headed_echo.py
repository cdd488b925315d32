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

