"""An open slot whose item the sentence joins with the question's own words ends before the joining word
(joined_echo.py). The sentences are DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.joined_echo import before_joined_echo


def _end(sentence: str, slot: str, question: str) -> str:
    start = sentence.index(slot)
    end = start + len(slot)
    return sentence[start:before_joined_echo(pos_tags(sentence), start, end, question)]


def test_the_other_item_of_a_pair_the_question_names():
    s = "而分辨它们的方法是根据大气的不稳定性及不同层次里的相对风速而定参看。"
    q = "可以借由不同层次里的相对风速以及大气的哪一种特性来区分雷暴的种类?"
    assert _end(s, "不稳定性及不同层次里的相对风速", q) == "不稳定性"


def test_a_predicate_the_question_repeats():
    s = "慢病毒基因组不需要把细胞分裂即可整合到细胞核中。"
    q = "慢病毒基因组即可整合到细胞核中且不需将细胞做什么样的动作?"
    assert _end(s, "分裂即可整合到细胞核", q) == "分裂"


def test_the_part_kept_is_the_question_s_own():
    # the question names 航海工业: what is joined to it is asked, so the slot is not cut to it
    s = "奥斯陆是欧洲重要的航海工业和航海贸易中心。"
    q = "欧洲重要的什么与航海工业中心位于奥斯陆?"
    assert _end(s, "航海工业和航海贸易", q) == "航海工业和航海贸易"


def test_no_echo_after_the_joining_word():
    s = "而分辨它们的方法是根据大气的不稳定性及风速而定。"
    q = "可以借由大气的哪一种特性来区分雷暴的种类?"
    assert _end(s, "不稳定性及风速", q) == "不稳定性及风速"
