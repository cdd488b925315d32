"""A what-answer naming a thing of the kind asked after a relative clause ("較便宜的|鐵" for 被哪個物質所取代, "有120年
歷史的|傳統白熱電燈泡" for 生產什麼產品, "直到後來與奧地利遺傳學家孟德爾的|遺傳定律" for 結合了哪一種概念): the clause
before the last 的 — it holds a verb, an adjective or a preposition, so it tells something about the thing rather
than owning it (not "兄弟國的|盟約", "納哈出的|金山") — only describes the thing, which the question asks by its kind
(哪個物質, 什麼產品: a noun after the question word); the noun run after 的 answers. Not a title (《…》), nor when the
question prints the clause, nor when what is left is not a run of nouns or is the question's own words, nor for a
question word set in a phrase of setting or means (以什么成绩, 在什么状况中: a clause answers it); nor when the words
before 的 join two phrases (a conjunction, a 、: "堅定的愛國愛港立場和駕馭複雜局勢的|能力" is a pair, its first item
ending in the noun asked, 立場), print the noun asked themselves or hold a copula (a predication, "臨時條款成為超越
憲法的|實質法律基礎").
`modifier.py` drops a modifier only before a noun ending as the one asked. DRCD 2 better / 0 worse (5 answers made
exact), CMRC identical."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

# the answers this applies to: a span the slot, a head noun or the rest gave (not a list, a sentence or its gap run,
# whose clause `gap_clause.py` reads)
_RULES = ("head", "slot", "rest")
_CLAUSE = ("v", "a", "p", "d", "f")  # what makes the modifier a clause (verb, adjective, preposition, adverb, locative)
_NOUNS = ("n", "j", "eng")  # the thing named ends with (n, nr, ns, nt, nz; not vn)
_INSIDE = _NOUNS + ("vn", "m")  # and holds ("遺傳/vn|定律", "帕拉/多/霍|祭壇")
# a question word inside a phrase of setting or means ("以什么成绩", "在什么状况中") asks a clause, not a thing
_COPULAS = frozenset(("是", "为", "成为", "作为", "乃"))
_FRAMED = ("以", "在", "用", "于", "於", "从", "按", "凭")


def past_relative_clause(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The answer without the relative clause before its last 的, or None."""
    if info.qtype != "what" or not best.rule.startswith(_RULES) or "list" in best.rule or not _kind_asked(info, pos):
        return None
    f = best.sentence.folded
    text = f[best.start:best.end]
    at = text.rfind("的")
    if at <= 0 or "《" in text or "》" in text or text[:at] in info.text:
        return None
    cut = best.start + at + 1
    words = [(a, b, flag) for a, b, _w, flag in offsets(pos(f)) if a < best.end and b > best.start]
    if any(f[a:b] in _COPULAS for a, b, _flag in words if a < cut - 1):
        return None  # "臨時條款|成為|超越憲法的實質法律基礎": a predication about the thing before it, no modifier
    before = [flag for a, _b, flag in words if a < cut - 1]
    after = [flag for a, _b, flag in words if a >= cut]
    if not before or not after or "c" in before or "、" in text[:at] or _asked_noun(info, pos) in text[:at] \
            or not any(flag.startswith(_CLAUSE) and flag != "vn" for flag in before) \
            or not all(flag.startswith(_INSIDE) for flag in after) or not after[-1].startswith(_NOUNS):
        return None
    if f[cut:best.end] in info.text:
        return None
    return best.narrowed(cut, best.end, "relative")


def _asked_noun(info: QuestionInfo, pos: Tagger) -> str:
    """The noun right after the question word ("什麼樣的|立場" → 立场), or "\x00" (printed nowhere)."""
    right = info.right[1:].lstrip("的") if info.right.startswith("样") else info.right
    first = next(iter(pos(right[:8])), None) if right else None
    return first[0] if first is not None else "\x00"


def _kind_asked(info: QuestionInfo, pos: Tagger) -> bool:
    """The question word asks a thing by its kind: a noun follows it ("哪個|物質", "什麼|產品"), not one the question
    makes a modifier in turn ("什麼樣人才|的|學校", whose 學校 the answer's head after 的 names)."""
    right = info.right[1:].lstrip("的") if info.right.startswith("样") else info.right  # 什么|样(的)|人才
    words = list(pos(right[:8])) if info.wh and right else []
    if not words or not words[0][1].startswith("n") or words[0][1] == "nr" or info.left.endswith(_FRAMED):
        return False
    return len(words) < 2 or words[1][0] != "的"  # "哪個理論|的|重要證據": the kind asked is itself a modifier
