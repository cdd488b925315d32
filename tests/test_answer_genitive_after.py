"""The noun asked printed after 的 further on in the slot's clause: the phrase before that 的 answers
(genitive_after.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.genitive_after import after_slot_genitive
from qa.answer.question import analyze

# DRCD 6306-4-3, folded: the slot reads the clause's subject (许多机种), the noun asked (问题) is printed on
_NOISE = ("一个大型风力发电厂可能包括几百个独立的风力涡轮机,并覆盖数百平方英里的扩展区域,但在涡轮机之间的土地仍然可用于"
          "农业或其他用途,但是许多机种都有噪音过大的问题、因此必须远离住家。")


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_the_answer_moves_to_the_phrase_before_the_noun_asked():
    slot = candidate_in(_NOISE, "许多机种", "slot", "slot")
    got = after_slot_genitive(slot, analyze("风力发电厂的涡轮机常常有什么问题?"), _pos)
    assert got is not None and got.text == "噪音过大" and got.rule == "slot+genitive-after"


def test_a_span_ending_with_the_noun_a_deed_noun_or_a_typed_question_is_kept():
    slot = candidate_in(_NOISE, "噪音过大的问题", "slot", "slot")
    assert after_slot_genitive(slot, analyze("风力发电厂的涡轮机常常有什么问题?"), _pos) is None
    slot = candidate_in(_NOISE, "许多机种", "slot", "slot")
    assert after_slot_genitive(slot, analyze("风力发电厂的涡轮机常常有什么作用?"), _pos) is None
    assert after_slot_genitive(slot, analyze("哪个国家的涡轮机常常有噪音问题?"), _pos) is None
    # a span from another rule than the slot's
    head = candidate_in(_NOISE, "许多机种", "term", "head")
    assert after_slot_genitive(head, analyze("风力发电厂的涡轮机常常有什么问题?"), _pos) is None
