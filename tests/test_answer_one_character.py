"""A typed place or organisation answer of one character is a word cut out of a longer name or a bearing: declined
(one_character.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.one_character import one_character
from qa.normalize import fold
from qa.types import Candidate

# DRCD 1180-15-1 and 6122-2-3
_STARS = "恆星的形成從分子雲內部的重力不穩定開始，通常是因為超新星的沖激波觸發或兩個星系的碰撞。"
_ISLES = "主占城界，十日過洋情，東南有石塘、名曰萬里，其洋或深或淺，水急礁多，舟覆翻者十七八。"


def _best(text: str, answer: str, kind: str = "place", rule: str = "type:place+np") -> Candidate:
    s = sentence_of(text)
    start = s.folded.index(fold(answer))
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type=kind, score=1.0, rule=rule)


def test_one_character_cut_out_of_a_name_declines():
    assert one_character(_best(_STARS, "雲")) == "decline:type"
    assert one_character(_best(_ISLES, "東")) == "decline:type"


def test_a_name_of_two_characters_or_a_slot_stays():
    assert one_character(_best(_STARS, "分子雲")) == ""
    assert one_character(_best(_ISLES, "東", kind="place", rule="slot")) == ""


def test_a_short_form_after_a_preposition_stays():
    # tests/suites/pages31.qa.yaml: 科技日报社在哪里召开科研助理代表座谈会？ ↔ "…在京召开科研助理代表座谈会"
    assert one_character(_best("科技日报社近日在京召开科研助理代表座谈会。", "京")) == ""
