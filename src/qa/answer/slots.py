"""Slot alignment: the span a question's anchors point at in a sentence ("…的首都是[ ]"), with the words left
and right of the question word found in the sentence, and the noun runs inside a slot."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import ANCHOR_LEFT_SKIP, ANCHOR_RIGHT_LIGHT, CLAUSE_END, LINK_CHARS, LIST_CLAUSE_END
from .spans import Span, char_bigrams, clause_end, clause_start, offsets, trim


@dataclass(frozen=True)
class Slot:
    """Where a question's anchors put the answer in a sentence.

    left/right: characters of the left/right anchor matched; left_end/right_start: where those anchors end and
    begin in the sentence (-1 when not found), so a typed span can be checked for sitting right against them."""

    start: int
    end: int
    left: int
    right: int
    left_end: int = -1
    right_start: int = -1
    left_found: int = 0  # anchor characters matched, whether or not the slot uses that anchor
    right_found: int = 0
    left_len: int = 0  # the question's anchors' lengths
    right_len: int = 0

    def touch(self, start: int, end: int, gap: int = 2) -> float:
        """How firmly the span [start, end) sits against the anchors, 0–1: an anchor side matched for four
        characters, or whole when it is two or three long ("由谁|主持"), counts fully."""
        firm = 0.0
        if self.left_found and 0 <= start - self.left_end <= gap:
            firm += self.left_found / min(4, max(2, self.left_len))
        if self.right_found and 0 <= self.right_start - end <= gap:
            firm += self.right_found / min(4, max(2, self.right_len))
        if (not firm and self.left_found and self.right_found and 0 <= self.left_end - self.left_found - end <= 1
                and 0 <= self.right_start - self.left_end <= gap):
            # fronted before the subject and its verb: "2017年4月1日|雄安新区成立" ↔ "雄安新区是哪天成立的"
            firm = (self.left_found / min(4, max(2, self.left_len))
                    + self.right_found / min(4, max(2, self.right_len)))
        return min(1.0, firm)


def align(folded: str, left: str, right: str, max_len: int = 40, lists: bool = False, head: str = "",
          skip: bool = False) -> Slot | None:
    """Align a question's slot with a sentence: "会议在|哪里|召开" ↔ "会议在杭州召开" → 杭州.

    The longest suffix of `left` found in the sentence ends where the answer starts; the longest prefix of
    `right` found after it starts where the answer ends. With one anchor only, or anchors out of order or far
    apart, the stronger anchor alone counts and the answer runs to the clause boundary on the open side (past
    "、" with `lists`: an untyped answer keeps a list's items together, "为“生产外包、直营销售…”"). A right anchor
    opening with the noun asked (`head`) that the sentence does not print there is looked up without it:
    "由哪个|单位主管主办" ↔ "中共…委员会|主管主办" (the answer names the body, not "单位"). With `skip` (an untyped
    question), an anchor not found is looked up without the few characters next to the question word, when the
    other anchor then closes the slot ("透过控制|民众的|什么想法,来激发" ↔ "透过控制|意识型态|,来激发").
    """
    if head and right.startswith(head) and len(right) - len(head) >= 2 and right[:len(head) + 2] not in folded:
        right = right[len(head):]
    ends = LIST_CLAUSE_END if lists else CLAUSE_END
    a, n_left = find_suffix(folded, left)
    if 2 <= n_left < len(left.strip()):
        a, n_left = _closer_left(folded, left.strip(), a, n_left)
    paren = _PAREN_AFTER.match(folded, a) if a >= 0 else None
    if paren and right.strip() and paren.group().strip(" ()（）").endswith(right.strip()[:2]):
        paren = None  # "名山|(八公山)" for "名山是哪座|山": the bracket names what is asked
    if paren:
        a = paren.end()  # "国内生产总值(GDP)|284997亿元": a parenthesis after the anchor is no part of the answer
    passive = _PASSIVE_LEFT.search(left) is not None
    b, n_right = _find_prefix(folded, right, a if a >= 0 else 0, passive)
    if b < 0 and a >= 0:
        b, n_right = _find_prefix(folded, right, 0, passive)  # the right anchor may come first ("由谁主持" ↔ "X主持")
    if left.rstrip().endswith("由") and (b < 0 or b < a):
        a, n_left, b, n_right = _fronted_by(folded, left.strip()[:-1], right.strip(), a, n_left, b, n_right)
    if skip and a < 0 and b >= 0:
        # the left anchor's question-side words may be the question's own modifier: skip them, if then the
        # anchors close a slot (one anchor alone runs to the clause boundary, too loose a guess)
        x, n = _skipping(folded, left.strip(), True)
        if _closes(folded, x, b, max_len):
            a, n_left = _skipped_nearer(folded, left.strip(), x, b), n
    elif skip and b < 0 and a >= 0:
        y, n = _skipping(folded, right.strip(), False, a)
        if _closes(folded, a, y, max_len):
            b, n_right = y, n
    if a < 0 and b < 0:
        return None
    left_end, right_start = a, b
    if a >= 0 and b >= 0 and 0 <= b - a <= max_len:
        options = [(a, b)]
    else:  # one anchor alone (the stronger first); the answer runs to the clause boundary on the open side
        options = [(a, clause_end(folded, a, ends)), (clause_start(folded, b, ends), b)]
        if n_right > n_left:
            options.reverse()
    for x, y in options:
        if x < 0 or y < 0:
            continue
        if x == a and y == clause_end(folded, a, ends):
            y = apposition_end(folded, y)  # "比做当今报业战国时代,一个能自给自足的小城邦"
        start, end = trim(folded, x, y)
        if end > start:
            return Slot(start, end, n_left if 0 <= left_end <= start else 0, n_right if right_start >= end else 0,
                        left_end, right_start, n_left, n_right, len(left.strip()), len(right.strip()))
    # No span between the anchors, but where they sit still tells which candidates touch them.
    return Slot(0, 0, 0, 0, left_end, right_start, n_left, n_right, len(left.strip()), len(right.strip()))


def _fronted_by(folded: str, subject: str, right: str, a: int, n_left: int, b: int, n_right: int
                ) -> tuple[int, int, int, int]:
    """The anchors of "X由谁<verb>" when the sentence prints it as a modifier before X ("由文化部和山东省人民政府
    主办的第二届…博览会"): after 由, up to the verb (the question's last words, "由哪两家单位|主办") and its 的; else
    the anchors unchanged."""
    for k in range(len(right), 1, -1):
        m = re.search("由([^由]+?)" + re.escape(right[-k:]) + "的", folded)
        if m and clause_start(folded, m.end(1)) <= m.start():
            # the left anchor holds as far as the subject asked is printed after the 的 ("第二届中国非")
            held = len(os.path.commonprefix([subject, folded[m.end():]]))
            return m.start() + 1, 1 + held, m.end(1), k
    return a, n_left, b, n_right


def apposition_end(folded: str, end: int) -> int:
    """Where an open slot ends once the apposition after its clause is taken in: the sentence's last clause, a
    count of one and a noun phrase with its 的 ("当今报业战国时代,|一个能自给自足的小城邦。"), else `end`."""
    m = _APPOSITION.match(folded, end)
    return m.end(1) if m else end


_PASSIVE_LEFT = re.compile(r"[由为被][^,，;；]*$")  # "由|谁所设计", "为詹姆斯麦迪逊以及|谁所创立"
_APPOSITION = re.compile(r"[,，]\s?(一[个种座家位所项件门部本条名][^,，;；:：。！!？?]{0,16}的"
                         r"[^,，;；:：。！!？?的]{1,8}(?<![了过着]))\s*(?:[。！!？?]|$)")
_PAREN_AFTER = re.compile(r"\s?[（(][^（()）]{1,20}[）)]")


def noun_runs(pos: Iterable[tuple[str, str]], start: int, end: int) -> list[Span]:
    """The runs of nouns inside [start, end) ("巴克提派的虔信运动和伊斯兰教苏菲派一神论" → 巴克提派, 虔信运动,
    伊斯兰教苏菲派一神论) and each run's prefixes that end at a word, so a noun the asked head ends may be cut
    out of a longer run (伊斯兰教)."""
    out: list[Span] = []
    run: list[tuple[int, int]] = []
    for a, b, _, flag in [*offsets(pos), (end, end, "", "x")]:
        if start <= a and b <= end and flag.startswith(_NOUN_FLAGS):
            run.append((a, b))
            continue
        out.extend(Span(run[0][0], y, "term", "head") for _, y in run)
        run = []
    return out


_NOUN_FLAGS = ("n", "j", "eng", "b", "vn", "a")


def find_suffix(text: str, left: str) -> tuple[int, int]:
    """(end offset, length) of the longest suffix of `left` in `text` (≥ 2 chars unless `left` is shorter).

    Light words the sentence often lacks ("总量是多少" ↔ "总量高达", "引入了" ↔ "引入", "苏方做" ↔ "苏方") are
    tried without."""
    best = (-1, 0)
    for variant in _suffix_variants(left):
        # a suffix found holds every shorter one, so the longest found is reached growing from the shortest worth
        # trying (one look-up in a sentence without it, where a walk down from the whole anchor took one a length)
        n, found = max(min(2, len(variant)), best[1] + 1), -1
        while n <= len(variant):
            i = text.find(variant[-n:])
            if i < 0:
                break
            found, n = i, n + 1
        if found >= 0:
            best = (found + n - 1, n - 1)
    return best


def _closer_left(text: str, left: str, end: int, n: int) -> tuple[int, int]:
    """(end offset, length) of the left anchor's place: the longest suffix's, unless a suffix of it (three
    characters or more) ends elsewhere with at least two more of the anchor's bigrams before it in its clause —
    "目前的柴油售价每公升|多少" ↔ "在柴油售价每公升33铢…,使得目前的柴油售价在每公升|29.99铢": the words the question
    puts first (目前) say which of two figures it asks. (Any suffix and any bigram more moved three DRCD answers, all
    for the worse.)"""
    grams = char_bigrams(left)

    def held(e: int) -> int:
        start = clause_start(text, e)
        if start > 0 and text[start:e].strip() in left:
            # a clause that is the anchor alone compares the figure of the clause before it: "实现净利润7.92亿元,
            # |较上年同期下降|71.8%" — that clause names the measure asked (净利润), not the sentence's first figure
            start = clause_start(text, start - 1)
        window = text[max(start, e - len(left) - 6):e]
        return sum(g in window for g in grams)

    best = (held(end), end, n)
    for k in range(n, 2, -1):
        piece = text[end - k:end]  # the suffix as matched: without a light word the sentence lacks ("下降了" ↔ "下降")
        i = text.find(piece)
        while i >= 0:
            if i + k != end:
                got = held(i + k)
                if got > best[0] + 1:
                    best = (got, i + k, k)
            i = text.find(piece, i + 1)
    return best[1], best[2]


def _closes(folded: str, a: int, b: int, max_len: int) -> bool:
    """Anchors ending at `a` and starting at `b` hold a slot between them ("中科院|的|职务" holds none)."""
    if a < 0 or not 0 <= b - a <= max_len:
        return False
    start, end = trim(folded, a, b)
    return end > start


def _skipping(text: str, anchor: str, left: bool, after: int = 0, most: int = 4, least: int = 3
              ) -> tuple[int, int]:
    """(offset, length) of the `left` (else right) anchor found once up to `most` of its characters next to the
    question word are skipped, at least `least` characters matched: the question's own modifier of the thing asked
    is not in the sentence ("控制|民众的|什么想法" ↔ "控制|意识型态", "什么|样的|纪录" ↔ "全胜|纪录")."""
    for k in range(1, min(most, len(anchor) - least) + 1):
        at, n = find_suffix(text, anchor[:-k]) if left else _find_prefix(text, anchor[k:], after)
        if at >= 0 and n >= least:
            return at, n
    return -1, 0


def _skipped_nearer(text: str, anchor: str, at: int, b: int) -> int:
    """Where the answer starts once the left anchor was found only without its characters next to the question
    word: after those characters, when the clause that ends at the right anchor prints them ("张少怀|以|什么|为寒士
    送暖" ↔ "張少懷,…記者會,以|手做風車|為寒士送暖": the preposition marks the thing asked); else at `at`."""
    for k in range(min(4, len(anchor) - 1), 0, -1):
        i = text.rfind(anchor[-k:], at, b)
        if i >= 0 and i >= clause_start(text, b) and _closes(text, i + k, b, 40):
            return i + k
    return at


def _find_prefix(text: str, right: str, after: int, passive: bool = False) -> tuple[int, int]:
    """(start offset, length) of the longest prefix of `right` in `text` at or after `after`; with `passive` (the
    question's 由/为/被 before its question word), also without the particle 所 opening it, which the sentence may
    leave out: "由谁|所设计的" ↔ "由贝聿铭|设计" (not the measure word of "来自哪几|所国小")."""
    best = (-1, 0)
    for variant in _prefix_variants(right, passive):
        # (grown from the shortest, as find_suffix: a prefix found at or after `after` holds every shorter one there)
        n, found = max(min(2, len(variant)), best[1] + 1), -1
        while n <= len(variant):
            i = text.find(variant[:n], after)
            if i < 0:
                break
            found, n = i, n + 1
        if found >= 0:
            best = (found, n - 1)
    return best


@lru_cache(maxsize=1024)
def _suffix_variants(left: str) -> tuple[str, ...]:
    """find_suffix's forms of a left anchor, made once an anchor (it is looked up in every sentence a question
    aligns): the anchor, then without the light words ANCHOR_LEFT_SKIP names (each without light ends and 了)."""
    bare = ANCHOR_LEFT_SKIP.sub("", left.rstrip())
    variants = _variants(left.rstrip(), LINK_CHARS)
    return tuple(variants + (_variants(bare, LINK_CHARS) if bare and bare != left.rstrip() else []))


@lru_cache(maxsize=1024)
def _prefix_variants(right: str, passive: bool) -> tuple[str, ...]:
    """_find_prefix's forms of a right anchor, made once an anchor (and with `passive`, without its 所)."""
    right = right.lstrip()
    variants = _variants(right, ANCHOR_RIGHT_LIGHT)
    if passive and right.startswith("所") and len(right) >= 3:
        variants += _variants(right[1:], ANCHOR_RIGHT_LIGHT)
    return tuple(variants)


def _variants(anchor: str, light: str) -> list[str]:
    """The anchor, without light words at its open end, and without "了" anywhere."""
    out = [anchor, anchor.strip(light), anchor.replace("了", "")]
    return [v for i, v in enumerate(out) if v and v not in out[:i]]
