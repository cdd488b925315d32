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


def named_tail(item: str, question: str) -> bool:
    """Whether the question prints the last four characters or more of a first item that runs on into its clause
    ("中国大陆对|李登辉访美" for "除了李登辉访美之外", "…并没有考虑到|官吏的廉洁" for "一个问题是官吏的廉洁"): the
    words before them only lead into the list, the item is the one the question names."""
    return len(item) > 4 and item[-4:] in question


def modifier_only(folded: str, noun: tuple[int, int], run: tuple[int, int], question: str) -> bool:
    """Whether the noun found at the start of the last item only modifies it: it is the question's word, but the
    item runs on (two characters or more) with words the question does not put after it, and wherever the question
    prints the noun it goes on into another word of the question's own ("台湾|本身财政负担的问题" in the sentence,
    "台湾人民" in the question; "佛教|相关的艺术" against "佛教艺术"). A noun the question lists as an item ("零陵
    以及哪里") or that it goes on from as the sentence does ("白灼鱼皮都是…") is named."""
    x, y = noun
    if x != run[0] or run[1] - y < 2:
        return False
    word = folded[x:y]
    after = folded[y + (folded[y] == "的"):run[1]]
    if after[:2] in question:
        return False  # "法国|的坎城影展" for "法国坎城影展": the question names the item, its modifier too
    ats = [m.end() for m in re.finditer(re.escape(word), question)]
    return bool(ats) and all(at < len(question) and "\u4e00" <= question[at] <= "\u9fff"
                             and question[at] not in _LIST_JOINTS and question[at] != folded[y] for at in ats)


_LIST_JOINTS = "以及和与跟还除、"  # what follows an item the question lists ("零陵以及哪里", "A和B")
