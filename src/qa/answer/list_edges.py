"""The edges of an enumeration's outer items, which run on into their clause: the last one into the count that sums
the list up ("分为商品期货与金融期货|两大类", "以都阳、安定|两土司合置"), the first one back to the verb that opens
the list ("期货可分为|商品期货", "大多分成|合作派与抵抗派"). short.rest_items reads the items between them."""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS

# the count of a list of n items, as a sentence sums it up after the last one: 两/二 for two, 三 for three, …
_COUNTS = {2: "两二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
# "这两项", "此二者", "等三国": a word pointing back at the items before their count
_POINTING = "这此等"
# the verbs that open a list, at the end of what runs on before its first item
_OPENS = re.compile(r"(?:分为|分成|分作|包括|包含|分别是|分别为|可分|共有|计有)")


def last_item_end(folded: str, start: int, end: int, n: int) -> int:
    """Where the last of `n` items ends: before a count of `n` ("两大领域", "两土司", "这两项") that follows at least
    two of its characters, else at `end`. A count after 的 is the predicate's ("…面是长崎市的两大代表面食")."""
    digits = _COUNTS.get(n, "")
    for i in range(start + 2, end - 1):
        if folded[i] in digits and "\u4e00" <= folded[i + 1] <= "\u9fff" and not folded[i - 1].isdigit() \
                and folded[i - 1] not in CN_DIGITS and folded[i - 1] not in "第的":  # not "十二月", "第二"
            return i - 1 if folded[i - 1] in _POINTING and i - 1 - start >= 2 else i
    return end


def first_item_start(folded: str, start: int, end: int) -> int:
    """Where the first item starts: after the last list-opening verb in it that leaves at least two characters,
    else at `start`."""
    cut = start
    for m in _OPENS.finditer(folded, start, end):
        if end - m.end() >= 2:
            cut = m.end()
    return cut


def echoed_tail_end(folded: str, start: int, end: int, question: str, others: list[str]) -> int:
    """Where the last item ends before the predicate it runs on into, when the question repeats that predicate
    ("粟特与…突厥语民族|构成" for "由粟特以及哪一个民族所构成", "音乐方面|作品相对较少"): the longest tail of at
    least two characters the question holds and no other item does, leaving at least two; else `end`."""
    for cut in range(start + 2, end - 1):
        tail = folded[cut:end]
        if tail in question and not any(tail in item for item in others):
            return cut
    return end
