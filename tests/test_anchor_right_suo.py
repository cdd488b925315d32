"""The passive's 所 opening a right anchor is also looked up without it ("由谁|所设计的" ↔ "由贝聿铭|设计")."""

from qa.answer.slots import align

SENT = "美术馆由贝聿铭设计,现今收藏来自世界各国的艺术品。"


def test_suo_left_out_closes_the_slot() -> None:
    slot = align(SENT, "美术馆是由", "所设计的")
    assert slot is not None
    assert SENT[slot.start:slot.end] == "贝聿铭"


def test_suo_printed_still_matched() -> None:
    text = "美术馆由贝聿铭所设计。"
    slot = align(text, "美术馆是由", "所设计的")
    assert slot is not None
    assert text[slot.start:slot.end] == "贝聿铭"


def test_measure_word_suo_kept() -> None:
    # "来自哪几|所国小": 所 counts the schools, no passive before it; the anchor is not looked up as "国小"
    text = "南投队的球员来自新街国小。"
    slot = align(text, "组成南投队的棒球队来自", "所国小")
    assert slot is None or text[slot.start:slot.end] != "南投队的球员来自新街"
    assert slot is None or slot.right == 0
