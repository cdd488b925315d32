"""A Japanese official's name after the post 日本 gives him ("日本外相岸田文雄", "日本首相安倍晋三"): jieba often
cuts a two-character surname, the first character a lone noun and the rest a name ("岸|田文雄"), since it knows no
Japanese surnames; the lone character belongs to the name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spans import Span

# 日本's post right before the name: "日本|外相", "日本驻华|大使", "日本|防卫大臣", "日本|首相"
_JAPANESE_POST = re.compile(r"日本[\u4e00-\u9fff]{0,6}(?:相|长|臣|使|官|理|席)$")
_LONE_TAGS = ("n", "ng", "nr", "a", "ag")  # what jieba takes a surname's first character for ("岸/n")


def japanese_names(folded: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span]) -> list[Span]:
    """The names of two or three characters after 日本's post, lengthened by the lone character jieba cut
    before them."""
    lone = {b: (a, flag) for a, b, w, flag in words if b - a == 1 and "\u4e00" <= w <= "\u9fff"}
    found = []
    for sp in spans:
        if sp.type != "person" or not 2 <= sp.end - sp.start <= 3 or sp.start not in lone:
            continue
        a, flag = lone[sp.start]
        if flag in _LONE_TAGS and _JAPANESE_POST.search(folded, max(0, a - 12), a):
            found.append(Span(a, sp.end, "person", sp.rule))
    return found
