"""A place asked by its level ("东环路小学在哪个区", "他出生在哪个县") is a name ending with that level's word:
"卫东区东环路小学" answers 卫东区, whatever word scored higher ("美丽")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_LEVEL_ASKED = re.compile(r"哪一?个?([区县市省镇乡村州旗])(?=[的?？]|$)")


def level_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the best candidate naming a place of the level asked (two characters or more
    before the level's word) moved to the front; unchanged when the question asks no level or none names one."""
    kept = list(kept)
    m = _LEVEL_ASKED.search(info.text.strip())
    if m is None:
        return kept
    level = m.group(1)
    named = next((c for c in kept if c.text.endswith(level) and len(c.text) >= 3 and c.text not in info.text), None)
    if named is None or named is kept[0]:
        return kept
    return [named] + [c for c in kept if c is not named]
