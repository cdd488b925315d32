"""The one who gave a name is not the one named: "「当世奇男子」指的是谁" ↔ "王保保从不理会,被朱元璋称为
「当世奇男子」" — the person after 被 is who called him so, the answer is the one so called. A who-question that
prints the name given (and does not ask 被谁) drops the people between 被 and the verb of naming."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spans import Span

_NAMED_BY = re.compile(r"被([^,，;；。被]{1,12}?)(?:称之为|称为|称作|誉为|尊为|视为|喻为|叫做)"
                       r"[「“\"]?([^」”\",，。;；]{2,12})")
_ASKS_NAMER = re.compile(r"被(?:谁|哪|何人|什么人)")


def namers(folded: str, typed: Sequence[Span], question: str) -> set[Span]:
    """The person spans between 被 and a verb of naming whose name given the question prints."""
    if "被" not in folded or _ASKS_NAMER.search(question):
        return set()
    out: set[Span] = set()
    for m in _NAMED_BY.finditer(folded):
        if m.group(2) in question:
            out |= {sp for sp in typed if sp.type == "person" and m.start(1) <= sp.start and sp.end <= m.end(1)}
    return out
