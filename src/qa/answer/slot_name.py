"""A who-slot that ends in a name: the words before it in the slot tell how the sentence came to the person
("一直为其母|布朗茜", "包括被…刺杀的|林肯"), the name alone answers who. shape._name_of_slot reads the name a
slot opens with; this reads the one it ends with."""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import PERSON_TAGS
from ..types import Candidate
from .spans import offsets

Tagger = Callable[[str], list[tuple[str, str]]]


def name_ending_slot(best: Candidate, pos: Tagger) -> Candidate:
    """The run of words tagged names (two characters or more) that ends the slot, when words not so tagged stand
    before it in the slot; the slot itself otherwise."""
    f = best.sentence.folded
    words = [w for w in offsets(pos(f)) if best.start <= w[0] and w[1] <= best.end]
    if not words or words[-1][1] != best.end:
        return best  # the slot ends inside a word
    start, before = best.end, ""
    for a, _b, _w, flag in reversed(words):
        if flag not in PERSON_TAGS:
            before = flag
            break
        start = a
    if start == best.start or best.end - start < 2 or f[start - 1:start] in ("·", "-") or before in ("p", "c", "x"):
        # all a name, or a piece of one; a dotted name's last part ("维克多·|雨果"); a place jieba tagged a
        # name after its preposition ("瓦特在|伯明罕"); the last of names listed ("张安顺、|赵晓君")
        return best
    return best.narrowed(start, best.end, "name")
