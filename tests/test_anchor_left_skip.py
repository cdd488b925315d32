"""A light 做 before the question word is skipped when the sentence leaves it out (lexicon.ANCHOR_LEFT_SKIP)."""

from qa.answer.slots import align, find_suffix

SENT = "北洋政府与苏联签订协定,不承认外蒙古独立,并要求苏方撤军。"


def test_zuo_skipped_opens_the_slot() -> None:
    slot = align(SENT, "还要求苏方做", "")
    assert slot is not None
    assert SENT[slot.start:slot.end] == "撤军"


def test_zuo_found_when_printed() -> None:
    text = "工人们要求苏方做调查。"
    assert find_suffix(text, "要求苏方做") == (text.index("做") + 1, 5)


def test_perfective_and_purpose_zuo_kept() -> None:
    # "X做了什么" asks the deeds a clause tells, "用来做什么" a purpose: no bare anchor for them
    assert find_suffix("杨瑛得知下落后前往临安", "得知下落后做了")[1] <= 2
    assert find_suffix("常被用来抑制合成", "常被用来做")[1] <= 2
