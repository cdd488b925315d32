"""For the item a question leaves out of a list it names ("…参加过第一次世界大战和哪一个战争?"), the candidate the
sentence joins to an item the question names, before one joined to none.

"他的母系祖先参加过美国独立战争、祖父和外祖父都参加过南北战争、父亲参加过美西战争及第一次世界大战": rest_items()
reads the sentence's items at the level of its 、 and the head phrases end with 战争 alike, so the first (美国独立
战争) can score best; the list the question quotes is the one joined by 及 to 第一次世界大战, so its other item
(美西战争) is the one left out. A candidate printed right before or after a list mark (、, 和, 及, 以及, 与) whose
item on the other side ends as an item of the question's list does answers first (an item ends with its name: the
first runs on into its clause, "…参加过|第一次世界大战")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .list_items import JOINT, items_beside
from .question import QuestionInfo
from .short import REST_QUESTION
from .spans import echo_marks

_NEXT = 8  # candidates read after the best one
_TAIL = 3  # characters an item ends with that must match (two when the item is that short)


def _tail(item: str) -> str:
    return item[-_TAIL:] if len(item) >= 2 else ""


def _listed_tails(info: QuestionInfo) -> set[str]:
    """The ends of the items the question lists before its question word ("…参加过第一次世界大战和" → 界大战)."""
    listed = re.split(r"[,，;；:：]", info.left)[-1]
    return {t for piece in re.split(JOINT, listed) if (t := _tail(piece.strip()))}


def _joined(c: Candidate, tails: set[str]) -> int:
    """On how many sides (0-2) the candidate stands against a list mark whose item on the other side ends as one
    of `tails`."""
    return sum(_tail(item) in tails for item in items_beside(c.sentence.folded, c.start, c.end))


def joined_rest_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the first of the next few candidates of the best one's sentence joined to an item
    the question lists moved to the front, when the question asks the rest of a list and the best one is joined
    to none; else unchanged."""
    kept = list(kept)
    if not kept or not info.wh or not REST_QUESTION.search(info.text):
        return kept
    tails = _listed_tails(info)
    if not tails or _joined(kept[0], tails):
        return kept
    joined = [c for c in kept[1:1 + _NEXT] if c.sentence.id == kept[0].sentence.id and c.type == kept[0].type
              and len(c.sentence.folded[c.start:c.end]) >= 2 and c.sentence.folded[c.start:c.end] not in info.text
              and _joined(c, tails)]
    # of several, the one between two of the question's items ("324国道、|沪昆高速公路|、广昆高速", not "京昆高速以及
    # |多条高速公路|和省道"), then the one repeating least of the question ("美西战争", not "父亲参加过美西战争")
    first = min(joined, key=lambda c: (-_joined(c, tails), sum(echo_marks(c.sentence.folded[c.start:c.end],
                                                                          info.text))), default=None)
    return to_front(kept, first)
