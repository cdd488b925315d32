"""Whose: "X是谁的Y?" ("足利义昭为谁的弟弟?", "《SOUL EATER》是谁的漫画作品?") is answered by the name the sentence
prints before "的Y"/"之Y" right ahead of X ("足利义辉之弟足利义昭", "大久保笃的漫画作品《SOUL EATER》")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .spans import Span

_WHOSE = re.compile(r"^(?P<x>.{2,}?)[,，]?(?:又|也|亦)?(?:是|为|乃)(?:谁|哪一?位|哪个人)的(?P<y>.{1,6}?)[?？]?$")


def whose_asked(question: str) -> tuple[str, str]:
    """(X, Y) of "X是谁的Y?", or ("", "")."""
    m = _WHOSE.match(question.strip())
    return (m.group("x").strip("“”《》「」\"' "), m.group("y")) if m else ("", "")


def whose(folded: str, typed: Iterable[Span], question: str, kinds: Iterable[str]) -> list[Span]:
    """The typed span of the kinds asked that ends right before "的Y"/"之Y" (Y the relation asked, or its first
    character: 弟弟 ↔ 之弟) which X follows."""
    x, y = whose_asked(question)
    if len(x) < 2 or not y:
        return []
    wanted = set(kinds)
    ends = {sp.end: sp for sp in typed if sp.type in wanted}
    out: list[Span] = []
    at = folded.find(x)
    while at >= 0:
        before = folded[:at].rstrip("“《「\"' ")
        for rel in dict.fromkeys((y, y[0])):
            for mark in ("的", "之"):
                link = mark + rel
                if before.endswith(link):
                    end = len(before) - len(link)
                    sp = ends.get(end) or _run_before(folded, end)
                    if sp is not None and folded[sp.start:sp.end] not in question:
                        out.append(sp)
        at = folded.find(x, at + 1)
    return out


_RUN_START = re.compile(r"[的之,，、。;；:：()（）\s“”「」《》]")


def _run_before(folded: str, end: int, longest: int = 5) -> Span | None:
    """A name the tagger did not find: the short run before `end` back to the clause's start or a 的
    ("流亡在外的|足利义辉|之弟"), as a person."""
    start = end
    while start > 0 and not _RUN_START.match(folded[start - 1]):
        start -= 1
    return Span(start, end, "person", "pos:nr") if 2 <= end - start <= longest else None
