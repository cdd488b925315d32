"""An age asked of a person ("张冬芬多少岁") is the one printed right before that person's name ("17岁的张冬芬和16岁的
周露怡"): news sets the age as a modifier before the name, so the age right before another name is that one's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_NAME_AFTER = re.compile(r"的?([\u4e00-\u9fff]{2,4})")


def _names_after(c: Candidate) -> list[str]:
    """The two to four characters right after the age (a 的 between), cut at each length: the name it modifies."""
    m = _NAME_AFTER.match(c.sentence.folded, c.end)
    return [m.group(1)[:n] for n in (4, 3, 2)] if m else []


def age_before_name(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """For an age asked (unit 岁), the candidate printed right before a name the question holds, when the best is
    printed before another name; None otherwise."""
    if info.unit != "岁" or len(kept) < 2:
        return None

    def of_asked(c: Candidate) -> bool:
        return c.text.endswith("岁") and any(len(n) >= 2 and n in info.left for n in _names_after(c))

    if of_asked(kept[0]) or not _names_after(kept[0]):
        return None
    return next((c for c in kept[1:6] if c.sentence.id == kept[0].sentence.id and of_asked(c)), None)
