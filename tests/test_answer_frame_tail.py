"""A slot opening with a lone locative or particle right after the noun it closes is no answer (frame_tail.py):
the sentence and its gap are read instead. DRCD's sentences (folded)."""

from __future__ import annotations

import pytest
from candidates import pos_tags

from qa.answer.frame_tail import frame_tail


@pytest.mark.parametrize(("sentence", "slot"), [
    # 在非欧几里得几何|中: the slot starts with the frame's locative, after the thing asked
    ("一般的角会假设在欧几里得平面上,但在非欧几里得几何中也可以定义角,特别是在球面几何学中的球面角是用大圆的圆弧代替射线。",
     "中的球面角是用大圆的圆弧代替射线"),
    ("这在实值意义上都已经成了罗马皇帝与其皇族的代名词。", "上都已经成了罗马皇帝与其皇族的代名词"),
])
def test_a_slot_opening_with_a_frame_s_end(sentence, slot):
    start = sentence.rindex(slot)
    assert frame_tail(pos_tags(sentence), start, start + len(slot))


@pytest.mark.parametrize(("sentence", "slot"), [
    ("1896年,帝俄通过《中俄密约》得到了在满洲境内修建铁路的特权。", "中俄密约"),  # a name after its bracket
    ("这在实值意义上都已经成了罗马皇帝与其皇族的代名词。", "罗马皇帝与其皇族"),  # a noun opens it
])
def test_a_slot_opening_with_a_name_or_noun_is_kept(sentence, slot):
    start = sentence.index(slot)
    assert not frame_tail(pos_tags(sentence), start, start + len(slot))
