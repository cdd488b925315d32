"""A which-question's noun asked, printed after the slot and followed by a copula or a colon, names the answer
after it: "在哪一种|自然环境" ↔ "当我们说长颈鹿的|自然环境是|热带稀树草原"; "哪一种通行货币" ↔ "…国家银行,|通行货币为|
卢安达法郎"; "哪一个阶层是…" ↔ "他的支持者主要来著法国人数最多的阶层:|农民阶层". The slot the anchors found before
that noun holds its owner or another clause, not the thing asked."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .question import QuestionInfo
from .slots import Slot
from .spans import char_bigrams, clause_end, offsets, trim

Tagger = Callable[[str], Sequence[tuple[str, str]]]

_COPULA = re.compile(r"\s?(?:是|为|:|：)\s?")
_LONGEST = 16  # characters of the phrase after the copula: a longer one describes, it does not name
# the question words that ask which thing (not 为什么, 什么时候: no noun asked)
_WHICH = ("哪", "什么")


def copula_noun(info: QuestionInfo, pos: Tagger) -> str:
    """The run of nouns (jieba's n, j, l: 通行/j|货币, 自然环境/l) right after a which-question word ("哪一种|自然
    环境", "哪一种|通行货币"), 2–6 characters; "" when the question word is no which-word or no noun follows it."""
    if info.qtype != "what" or not info.wh or not info.right or not info.wh_word.startswith(_WHICH) \
            or info.wh_word.startswith(("什么时", "什么地")):
        return ""
    run = ""
    for word, flag in pos(info.right[:8]):
        if not (flag.startswith("n") or flag in ("j", "l")) or flag.startswith("nr") or len(run) + len(word) > 6:
            break
        run += word
    return run if len(run) >= 2 else ""


def after_head_copula(folded: str, slot: Slot, info: QuestionInfo, pos: Sequence[tuple[str, str]], head: str
                      ) -> Slot:
    """The slot moved to the phrase after `head` (the noun asked) and its copula, when the sentence prints them
    after the slot (not as the slot's own last word: "第一座青天白日|勋章") and the phrase, to its clause's end, is
    2–16 characters that open with no verb and are mostly not the question's words; else the slot as it is."""
    if not head or slot.end <= slot.start or folded[slot.start:slot.end].endswith(head):
        return slot
    at = folded.find(head, slot.end)
    if at < 0:
        return slot
    copula = _COPULA.match(folded, at + len(head))
    if copula is None or not _whole_words(pos, at, at + len(head)):
        return slot
    start, end = trim(folded, copula.end(), clause_end(folded, copula.end()))
    if not 2 <= end - start <= _LONGEST:
        return slot
    first = next((flag for a, b, _w, flag in offsets(pos) if a <= start < b), "")
    if first.startswith(("v", "d", "p", "c", "r", "u")):
        return slot  # "勋章是|颁授给有功于…": a description of the noun, not its name
    grams = char_bigrams(folded[start:end])
    if grams and 2 * sum(g in info.text for g in grams) > len(grams):
        return slot  # "…的液体是|唯一无法凝固的": the question's own predicate
    return replace(slot, start=start, end=end)


def _whole_words(pos: Sequence[tuple[str, str]], start: int, end: int) -> bool:
    """[start, end) opens and closes at word boundaries of the tagged sentence."""
    bounds = {a for a, _b, _w, _f in offsets(pos)} | {b for _a, b, _w, _f in offsets(pos)}
    return start in bounds and end in bounds
