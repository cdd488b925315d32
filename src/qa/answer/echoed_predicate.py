"""An open slot that runs on into the question's own predicate ends before the adverb opening it.

A which-question asks the subject of a predicate it prints ("英国的哪一级战舰|已成为主力舰队的护航船只"); the slot
the left anchor opens runs to the clause's end, over the sentence's wording of that predicate: "英国|江河级驱逐舰
已发展成伴随主力舰队的护航舰艇". The adverb (已, 便, 就…) opening the predicate, followed later in the slot by four
characters or more of the question's words, ends the thing asked: 江河级驱逐舰."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import offsets, trim

_LEAST_ECHO = 4  # characters of the question printed after the adverb: a shorter run is chance
_ADVERBS = ("d",)  # jieba's adverbs (已, 就, 便, 都, 也): they open a predicate, never a name's part


def before_echoed_predicate(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> int:
    """`end` moved back before the first adverb inside (start + 2, end) after which the slot prints a run of four
    characters or more of the question, when two characters or more the question does not print are left;
    else `end`."""
    folded = "".join(w for w, _ in pos)
    for a, _b, _word, flag in offsets(pos):
        if not start + 2 <= a < end - _LEAST_ECHO or not flag.startswith(_ADVERBS):
            continue
        if not any(folded[i:i + _LEAST_ECHO] in question for i in range(a + 1, end - _LEAST_ECHO + 1)):
            return end  # the first adverb opens no echo of the question: the slot is left as it is
        moved, stop = trim(folded, start, a)
        return stop if stop - moved >= 2 and folded[moved:stop] not in question else end
    return end
