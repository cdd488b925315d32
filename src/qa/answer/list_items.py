"""The items a sentence joins beside a span in a list: in "主要植物有山茶、狭叶栎、竹等", 山茶 before 狭叶栎 and 竹
after it. The rules that judge an answer by its neighbours in a list (list_sibling, list_mate, listed_beside,
joined_rest) read them here, each with its own joints and edges, and keep only their own decision.

A joint (a regex: 以及, 及, 和, 与, 、 by default) stands right against the span; the item beside it runs from the
joint to the next edge (a joint or a clause mark by default; none: to the sentence's end), at most `most` characters
when given."""

from __future__ import annotations

import re

JOINT = "以及|及|和|与|、"  # 以及 before 及: the longer joint first
EDGE = "以及|及|和|与|[、,，。;；:：!！?？()（）]"  # what ends an item: a list mark or a clause mark


def item_before(text: str, at: int, edge: str | None = EDGE, most: int = 0) -> str:
    """The item ending at `at`: from the last edge before it (or `most` characters back)."""
    opening = max((m.end() for m in re.compile(edge).finditer(text, 0, at)), default=0) if edge else 0
    return text[max(opening, at - most) if most else opening:at]


def item_after(text: str, at: int, edge: str | None = EDGE, most: int = 0) -> str:
    """The item starting at `at`: up to the next edge after it (or `most` characters on)."""
    m = re.compile(edge).search(text, at) if edge else None
    stop = m.start() if m else len(text)
    return text[at:min(stop, at + most) if most else stop]


def items_beside(text: str, start: int, end: int, joint: str = JOINT, edge: str | None = EDGE,
                 most: int = 0) -> tuple[str, str]:
    """The items joined before and after text[start:end] (the longest joint on each side); "" where no joint
    stands against it."""
    before = re.compile(rf"(?:{joint})\Z").search(text, 0, start)
    after = re.compile(joint).match(text, end)
    return (item_before(text, before.start(), edge, most) if before else "",
            item_after(text, after.end(), edge, most) if after else "")
