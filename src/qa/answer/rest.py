"""The item a typed question leaves out of an enumeration it names ("长沙、桂阳、零陵以及哪里?", "毛泽东、王若飞以及
谁?"): the sentence's item of the type asked that the question does not name (short.rest_items, which the untyped
questions already read, kept to spans of the type asked)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .short import rest_items
from .spans import Span

# the question word right after an item separator: "A、B以及哪里", "A和谁", "A与哪一国"
_REST_TYPED = re.compile(r"(?:以及|及|和|与|跟|、)\s*(?:哪|谁|何)|还有|除了")


def asks_rest(question: str) -> bool:
    return _REST_TYPED.search(question) is not None


def typed_rest(folded: str, typed: Sequence[Span], question: str, expects: Iterable[str], noun: str = "") \
        -> list[Span]:
    """The typed span of the asked kind that is the one item of an enumeration the question does not name; of the
    noun asked when it has two characters ("哪一个山脉" ↔ "…山脉", "哪一座岛屿" ↔ "…岛"). Two items left: no answer
    here (which one the question means, the list does not say)."""
    kinds = set(expects)
    items = {(sp.start, sp.end) for sp in rest_items(folded, typed, question)}
    left = [sp for sp in typed if sp.type in kinds and (sp.start, sp.end) in items
            and (len(noun) < 2 or folded[sp.end - 1] in noun)]
    return left if len(left) == 1 else []
