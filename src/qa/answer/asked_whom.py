"""The person a question was put to: "记者向谁提问" ↔ "“我想请问张宝顺书记,…" — the name right after 请问 is the one
asked (the reporter's quoted question addresses him), whatever other names the sentence holds."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spans import Span

_WHOM = re.compile(r"向谁(?:提问|发问|提出问题|询问|请教)|问了?谁")  # the question asks whom a question was put to
_ADDRESS = ("请问", "请教")  # printed right before the person addressed


def asks_whom(question: str) -> bool:
    """Whether the question asks whom a question was put to."""
    return _WHOM.search(question) is not None


def addressed(folded: str, spans: Sequence[Span]) -> list[Span]:
    """The person spans printed right after 请问/请教 (the one a quoted question addresses)."""
    return [sp for sp in spans if sp.type == "person" and folded[max(0, sp.start - 2):sp.start] in _ADDRESS]
