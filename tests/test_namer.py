"""The one who gave a name is not the one named (namer.py)."""

from __future__ import annotations

from qa.answer.namer import namers
from qa.answer.spans import Span

_S = "明太祖曾多次写信招降,但王保保从不理会,被朱元璋称为「当世奇男子」。"


def _people(*names: str) -> list[Span]:
    return [Span(_S.index(n), _S.index(n) + len(n), "person", "pos:nr") for n in names]


def test_the_namer_is_dropped() -> None:
    got = namers(_S, _people("王保保", "朱元璋"), "「当世奇男子」指的是谁?")
    assert {_S[sp.start:sp.end] for sp in got} == {"朱元璋"}


def test_kept_when_the_namer_is_asked_or_the_name_not_printed() -> None:
    assert namers(_S, _people("王保保", "朱元璋"), "王保保被谁称为「当世奇男子」?") == set()
    assert namers(_S, _people("王保保", "朱元璋"), "谁曾写信招降?") == set()
