"""A span answer that ends on a light verb or preposition right after its noun ("柵欄|以", "西方墨點法|可",
"二氧化碳|至大氣", "髒層|又稱"): the slot or the gap ran past the noun into the predicate that follows, whose
object or rest the span cuts off; the thing asked is the noun before it. DRCD 8 better / 0 worse, CMRC identical.

Only within the span's last two words (a longer tail is a clause of its own, "保守派|被新政所激怒", which
noun_tail weighs), and not at 对 (the preposition may hold the thing asked, "觀點|對法家")."""

from __future__ import annotations

from collections.abc import Callable

from ..types import Candidate
from .question import QuestionInfo
from .spans import offsets

Tagger = Callable[[str], list[tuple[str, str]]]

# the answers this applies to: a span the slot, a head noun, the rest or the gap gave (not a whole sentence, a
# list or a typed name)
_RULES = ("slot", "head", "rest", "sentence+gap")
_TYPES = frozenset(("what", "who", "other"))
# one-character verbs and prepositions that open a predicate after a noun, and two-character ones that rename it
# (not 为: "…的路段|为|京急线最长的站间距离" — the copula the question's own 是 stands for — is past_copula's, and
# with it CMRC 2018 trial had one answer worse, a whole-sentence gold)
LIGHT = frozenset("以作做可向即将被把至于是又在由从自给让使") | {"又称"}
_NOUNISH = ("n", "j", "eng", "vn")
_TAIL_WORDS = 2  # the light word and at most one word after it


def light_tail(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate:
    """The answer cut before a light verb or preposition that follows its noun in the span's last two words."""
    if info.qtype not in _TYPES or not best.rule.startswith(_RULES) or "list" in best.rule:
        return best
    f = best.sentence.folded
    words = offsets(pos(f[best.start:best.end]))
    cut = None
    for i in range(len(words) - 1, max(0, len(words) - _TAIL_WORDS - 1), -1):
        if words[i][2] in LIGHT and words[i - 1][3].startswith(_NOUNISH):
            cut = words[i][0]
    if cut is None or cut < 2 or f[best.start:best.start + cut] in info.text:
        return best
    return best.narrowed(best.start, best.start + cut, "np")
