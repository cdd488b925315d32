"""The item a "one is X, the other is?" question names, read as named where a list's item runs on past it.

"恆河流經兩個國家，一個是印度，另一個是?" ↔ "恆河…流經印度北部及孟加拉": the sentence's item runs on past the name
the question gives (印度|北部), so `short.rest_items` found no item named and offered none; an item holding the name
after "一個是" and running on past it is the one named, and the item joined to it (孟加拉) the one left.

Measured against main 7347c486: DRCD 1 better / 0 worse, CMRC 2018 trial identical."""

from __future__ import annotations

import re

# "一个是印度，另一个是?", "一种是金融期货，另一种是?": the name between 是 and the comma before 另
_ONE_IS = re.compile(r"一[个件条种位项方]?是([^\W\d_]{2,12})[,，]\s*(?:其中)?另")


def one_named(question: str) -> str:
    """The name a "one is X, the other is?" question gives (X), or ""."""
    m = _ONE_IS.search(question)
    return m.group(1) if m else ""


def opens_with_named(item: str, question: str) -> bool:
    """The list's item holds the name the question gives and runs on past it ("流经|印度|北部" for 一个是印度)."""
    name = one_named(question)
    return bool(name) and name in item and not item.endswith(name)
