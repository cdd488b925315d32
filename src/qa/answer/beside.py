"""The question's own words printed right against a span: which of several names of the asked kind in one
sentence the question is about. "第一届中华民国总统是谁" ↔ "选举出蒋中正为第一届中华民国总统,李宗仁为第一届中华民国
副总统": both names have the question's words near them, but only 蒋中正 has its whole phrase right after it
("第一连连长由哪一个人担任" ↔ "蒋中正任命陈诚为第一连连长"). The features that read the question's
bigrams in a window (ctx_left, ctx_right) average over all of them and fade with distance, so a name a clause
away scores about as well. The feature is read relative to the sentence's other names of the kind asked
(beside_apart, called by compose.py), and counts only with a weight for `beside` in config/weights.yaml."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..lexicon import CJK, CLAUSE_END, FUNCTION_CHARS

_REACH = 8  # the phrase length that counts fully, in characters: a longer one tells no more
_LONGEST = 12  # the longest phrase looked for ("全世界人口最密集的地区")
_NEAR_WH = 2  # characters at most between the phrase and the question word in the question ("连长|由|哪一个人")
# The copulas a phrase may stand behind ("陈诚|为|第一连连长", "北角|成为|全世界人口最密集的地区")
_APPOSED = 4  # the shortest phrase standing right before a span with no copula, its owner with it (not "首都" alone)
_LED = 3  # the shortest phrase a figure asked stands right after, with no copula (led)
_OPENING = frozenset("“「『")
_CLOSING = frozenset("”」』")
_GAP = ("成为", "作为", "亦为", "为", "是", "即", "乃")


def phrase_beside(left: str, right: str, s: str, start: int, end: int, touching: bool = True,
                  named: bool = True) -> float:
    """The longest piece (≥ 2 characters, with a Chinese one not light: "power" of "POWER5" is no phrase) of the
    question's text right by its question word (`left`, `right`; _NEAR_WH) that the sentence prints against [start,
    end) within the span's clause: before it behind a copula ("为第一连连长|陈诚" is not how Chinese puts it, so only
    "X为|phrase" or "phrase|为X"), after it behind a copula or, with none, when it is the noun the question word
    counts or the verb right after the name asked ("被|哪一个国家|殖民" ↔ "被|比利时|殖民"), not for a time
    (`touching` False: a time stands right before any verb, "于8月|率举国之师" for "于何年率…"); right before it with
    no copula only the question's noun phrase with its owner, its 的 left out ("立陶宛大公国首都|维尔纽斯" for
    "立陶宛大公国的首都位于何处", not "首都|克拉科夫"), for a name asked (`named`: not a figure,
    "降水量达到|近十年…65.5毫米", nor a time); over _REACH, 0–1."""
    left, right = left.rstrip(), right.lstrip()
    owned = left.replace("的", "")  # "立陶宛大公国的首都位于|何处" ↔ "立陶宛大公国首都|维尔纽斯"

    # the question's phrases by its question word ("人口增长到|多少": 增长, not 人口)
    asked = _asked_pieces(left, right)

    def apposed(piece: str) -> bool:  # the question's noun phrase, its 的 left out, printed right before the span
        if len(piece) < _APPOSED:
            return False  # (before the look-up: most pieces are shorter)
        i = owned.rfind(piece)
        return i >= 0 and len(owned) - i - len(piece) <= _NEAR_WH

    def led(piece: str) -> bool:
        # a figure asked right after the question's phrase of three characters or more ("比上年增长|多少" ↔
        # "产值55.2亿元,比上年增长|4.1%", not the part's "增长|2.4%"), or after its 每-phrase ("每套|多大" ↔
        # "每套 1850平方英尺"): the phrase says which of the clause's figures it is; not a figure its clause goes on
        # to modify a noun with ("降水量达到|近十年罕见的65.5毫米": the amount asked comes after 的)
        piece = piece.rstrip()
        return (not named and touching and left.endswith(piece) and "的" not in clause_rest
                and (len(piece) >= _LED or (len(piece) == 2 and piece[0] == "每")))

    stop = end
    while stop < len(s) and s[stop] not in CLAUSE_END:
        stop += 1
    clause_rest = s[end:stop]
    best = 0
    # a quoted name's marks are no part of the span and stand between it and the phrase: read across them
    # ("在“|时空黑河|”专刊开辟" for "在哪个专刊开辟")
    lead = 1 if s[start - 1:start] in _OPENING and start > 0 else 0
    tail = 1 if s[end:end + 1] in _CLOSING else 0
    lo = start - lead
    while lo > 0 and s[lo - 1] not in CLAUSE_END and start - lo < _LONGEST + 2:
        lo -= 1
    for gap in _gaps(s[lo:start - lead], left_side=True):
        e = start - lead - gap
        for n in range(min(_LONGEST, e - lo), 1, -1):
            piece = s[e - n:e]
            # (led holds only for a figure, `named` False: so one of the two is read, not both)
            if piece in asked if gap else apposed(piece) if named else led(piece):
                if any(c not in FUNCTION_CHARS and CJK.match(c) for c in piece):
                    best = max(best, min(n, _REACH))
                break
    hi = end + tail
    while hi < len(s) and s[hi] not in CLAUSE_END and hi - end < _LONGEST + 2:
        hi += 1
    for gap in _gaps(s[end + tail:hi], left_side=False):
        b = end + tail + gap
        for n in range(min(_LONGEST, hi - b), 1, -1):
            piece = s[b:b + n]
            if piece in asked and (gap or (touching and right.startswith(piece))):
                # (right after it with no link, the question's words are a noun the span modifies, "2014年|嘉定区…
                # 团拜会", unless they follow the question word too: "几个|皇帝" ↔ "93位|皇帝")
                if any(c not in FUNCTION_CHARS and CJK.match(c) for c in piece):
                    best = max(best, min(n, _REACH))
                break
    return best / _REACH


@lru_cache(maxsize=256)
def _asked_pieces(left: str, right: str) -> frozenset[str]:
    """Every piece of the question's text by its question word: ending at most _NEAR_WH characters before the
    end of `left` or starting at most _NEAR_WH after the start of `right` (made once a question: phrase_beside
    tests a dozen pieces on each side of every candidate). A piece's last occurrence in `left` ends as late as
    any, its first in `right` starts as early as any, so this is "left.rfind(piece) ends near the end or
    right.find(piece) starts near the start"."""
    out = {left[k - n:k] for k in range(max(0, len(left) - _NEAR_WH), len(left) + 1) for n in range(1, k + 1)}
    out.update(right[j:j + n] for j in range(min(_NEAR_WH, len(right)) + 1) for n in range(1, len(right) - j + 1))
    return frozenset(out)


def straddled(left: str, right: str, s: str, start: int, end: int) -> float:
    """The characters right around the question word printed right around the span, one on each side, when no
    longer phrase is ("孙权派|谁|趁机夺取荆州" ↔ "派|吕蒙|趁关羽攻襄阳时", "由|谁|担任" ↔ "由|郭松龄|担任"): the verb
    and what follows it tell which of several names in the clause the question is about; as much as a phrase of two
    characters (phrase_beside). At least one of the two must be no light character (在|X|的 tells nothing)."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right or start < 1 or end >= len(s):
        return 0.0
    a, b = left[-1], right[0]
    if s[start - 1] != a or s[end] != b or not (CJK.match(a) and CJK.match(b)) \
            or (a in FUNCTION_CHARS and b in FUNCTION_CHARS):
        return 0.0
    return 2 / _REACH


def _gaps(side: str, left_side: bool) -> list[int]:
    """The widths a phrase may stand off the span on this side: a copula's length when one is there, and 0 (after
    the span the counted noun, before it an apposed noun phrase: phrase_beside)."""
    out = [0]
    for w in _GAP:
        if side.endswith(w) if left_side else side.startswith(w):
            out.append(len(w))
            break
    return out


def beside_apart(typed: Sequence[dict[str, float]], expects: Sequence[str] = (), kinds: Sequence[str] = ()) -> None:
    """`beside` of one sentence's typed candidates as its shortfall from the best of them (0 for the best, less for
    the others), in place: it tells them apart, and does not raise a sentence over another one. With `expects` (the
    question's answer types) and each candidate's kind, only the candidates of the first type asked are compared
    (a company beside the question's words does not put a place asked behind it); the others lose the feature."""
    asked = [not expects or k.startswith(expects[0]) for k in kinds] if kinds else [True] * len(typed)
    for f, a in zip(typed, asked, strict=True):
        if not a:
            f.pop("beside", None)
    values = [f.get("beside", 0.0) for f, a in zip(typed, asked, strict=True) if a]
    if not values:
        return
    best = max(values)
    for f, a in zip(typed, asked, strict=True):
        v = f.get("beside", 0.0)
        if a and v < best:
            f["beside"] = v - best
        else:
            f.pop("beside", None)
