"""The name a "one is X, the other is?" question gives, in a list's item running on past it (one_named.py)."""

from __future__ import annotations

from qa.answer.one_named import one_named, opens_with_named
from qa.answer.short import rest_items
from qa.normalize import fold

# DRCD 6007-1-1
_S = fold("恆河是南亞的一條主要河流，流經印度北部及孟加拉。")


def test_the_item_joined_to_the_one_named_is_left():
    got = rest_items(_S, [], fold("恆河流經兩個國家，一個是印度，另一個是?"))
    assert [_S[sp.start:sp.end] for sp in got] == ["孟加拉"]


def test_the_name_given():
    assert one_named(fold("期貨分成兩種，一種是金融期貨，另一種是?")) == "金融期货"
    assert one_named(fold("恆河流經哪兩個國家?")) == ""
    assert not opens_with_named("印度", fold("一個是印度，另一個是?"))  # the item is the name: named already
    assert opens_with_named("流经印度北部", fold("一個是印度，另一個是?"))
