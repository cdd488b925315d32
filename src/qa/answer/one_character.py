"""A place or an organisation of one character answers nothing: "兩個星系的碰撞是什麼地方重力不穩定的其中一個原因?" ↛
"雲" (cut out of 分子雲內部), "萬生石塘嶼指的是現今的何處?" ↛ "東" (a bearing, "東南有石塘"). A name of either kind
has two characters at least (a one-character place jieba tags ns is a word cut out of a longer one, or a bearing), so
such a typed answer is declined (`decline:type`; another candidate may still answer). A slot, an enumeration's item
or a short form asked (桑 of "稻、麥、粟、麻", 豫 for 河南省的簡稱) is another rule's and stays, and so does a city's
short form after a preposition or a verb of motion ("在京召开": news suites pages31, pages55).

DRCD: 2 wrong declined (one a partial, F1 0.33), none right lost, precision 0.8675 -> 0.8680; CMRC 2018 trial
identical."""

from __future__ import annotations

from ..types import Candidate

_KINDS = frozenset(("place", "org"))
# a preposition or a verb of motion before the character: it is a city's or province's short form the press writes
# alone ("在京召开", "赴港", "抵沪", "来华"), a place after all
_BEFORE_SHORT_FORM = frozenset("在于赴来抵返离进驻回访至到往")


def one_character(best: Candidate) -> str:
    """"decline:type" when a typed place or organisation answer is one character long, not a short form after a
    preposition or a verb of motion (在|京); "" otherwise."""
    if best.type not in _KINDS or not best.rule.startswith("type:"):
        return ""
    f = best.sentence.folded
    if len(f[best.start:best.end].strip()) != 1 or (best.start > 0 and f[best.start - 1] in _BEFORE_SHORT_FORM):
        return ""
    return "decline:type"
