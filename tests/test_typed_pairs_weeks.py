"""Counts in pairs (对) and weeks (星期) are number spans with their measure word, as 名 or 周 are: "为多少对新人证婚",
"预计在多久内完成" (news pages: a mass wedding, a park's works); the measure word 对 is no preposition for
dangling_end to drop."""

import re

from candidates import candidate_in, dict_tagger

from qa.answer.dangling_end import without_dangling_end
from qa.answer.typed import numbers
from qa.lexicon import NUMBER_GRAINS


def _spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in numbers(text)]


def test_pairs_and_weeks_keep_their_measure():
    assert "四十五对" in _spans("县长现身饭店,为集团结婚的四十五对新人证婚。")
    assert "10个星期" in _spans("该提升工程预计在10个星期内完成,不过目前工程延误。")


def test_one_pair_inside_a_word_is_no_count():
    assert not any("对" in s for s in _spans("双方统一对外口径,并提供一对一辅导。"))


def test_weeks_answer_how_long():
    grain = next(g for cue, g in NUMBER_GRAINS if "多久" in cue)
    assert re.search(grain, "2个星期")


def test_a_pair_counted_is_not_a_dangling_preposition():
    s = "县长现身饭店,为集团结婚的四十五对新人证婚。"
    pos = dict_tagger({"四十五": "m", "对": "p", "新人": "n", "证婚": "v"})
    assert without_dangling_end(candidate_in(s, "四十五对"), pos) is None
