"""The figure or day of the one the question names, not of another of its kind. "阜阳机场2007年旅客吞吐量是多少" ↔
"年旅客吞吐量在1000万人次以上的机场为10个,…三大城市机场…" (the best figure) and "其中阜阳机场的旅客吞吐量最少,去年只
有1186人" (its article's other sentence); "116路公交线路于哪天开通" ↔ "9月23日开通D10路…" and "如9月18日开通…116路
和W18路…". A report that lists several airports, routes or stations gives each its own figure or day: a sentence
that prints the kind's head noun (机场, 路) with another modifier and never the name the question holds speaks of
another member, so the figure of its article's sentence that prints the name answers."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lexicon import GENERIC_PLACES, all_han
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# a head noun after these points back to the name (该机场, 本站, 其线路): the sentence may speak of the one asked
_POINTERS = frozenset("该此本这那其")
_NAMES = ("ns", "nr", "nrt", "nt", "nz", "nrfg")  # jieba's tags of a proper name (阜阳/ns, 梧州/ns)
_LATIN = re.compile(r"[A-Za-z]")
_CODE = re.compile(r"[0-9A-Za-z]*[0-9][0-9A-Za-z]*")  # a route's or a line's number ("116", "D10")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # "2023全国…": a year, no member's number
_UNITS = frozenset("年月日时分秒号期届次个名人元位家座条项")  # a date's or a count's word, no member's kind
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两约近多余逾超过共达")
_CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")
_READ = 4  # the candidates after the best that are read (the best's rivals, not every span of the article)


def asked_names(tags: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The question's names of one member of a kind, (name, head noun): a proper name or a number right before a
    noun ("阜阳/ns|机场/n", "梧州/ns|收费站/n", "116/m|路/n")."""
    out = []
    for (w, t), (head, h) in zip(tags, tags[1:], strict=False):
        # a name's kind of two characters or more (机场, 收费站: not 村, which any village's sentence prints alone),
        # a number's of one (116路)
        named = (t in _NAMES and len(w) >= 2 and all_han(w) and len(head) >= 2) \
            or (_CODE.fullmatch(w) and not _YEAR.fullmatch(w))
        if named and h.startswith("n") and h not in _NAMES and all_han(head) and head[-1] not in _UNITS \
                and head not in GENERIC_PLACES:
            out.append((w, head))
    return out


def _other_of_kind(name: str, head: str, f: str, words: Sequence[tuple[str, str]]) -> bool:
    """`f` prints neither the name nor a piece of it, but prints its head noun after another modifier (never after
    a pointer, nor Latin letters that may name the same one): "…三大城市机场…" for 阜阳机场, "D10路" for 116路;
    not "西贡区社区中心" for 西贡社区中心 (the same one, written another way)."""
    if name + head in f or any(name[i:i + 2] in f for i in range(len(name) - 1)):
        return False
    if not any(w == head for w, _t in words):
        return False  # the head inside another word ("各地台商会" for 台商) names no kind
    at = [m.start() for m in re.finditer(re.escape(head), f)]
    alias = all_han(name)  # ("ngurah rai国际机场" may be 巴厘岛机场; "d10路" is no 116路)
    # (a head after punctuation, ",收费站今年…", is the one asked again, its name left out)
    # (nor one after the name's own last character, "省气象台" for 青海省气象台)
    return bool(at) and not any(i == 0 or f[i - 1] in _POINTERS or not f[i - 1].isalnum() or f[i - 1] in name
                                or (alias and _LATIN.search(f[max(0, i - 6):i])) for i in at)


def figure_unit(figure: str) -> str:
    """The measure a figure is printed in ("1186人" → 人, "1000万人次" → 人次, "9月18日" → 月日)."""
    return "".join(ch for ch in figure if all_han(ch) and ch not in _NUMERALS)


def clauses_before(f: str, start: int, end: int) -> str:
    """The candidate's clause with the one before it (the figure's owner is named there: "其中阜阳机场的旅客吞吐量
    最少,去年只有1186人")."""
    cuts = [m.start() for m in _CLAUSE_END.finditer(f)]
    before = [i for i in cuts if i < start]
    a = before[-2] + 1 if len(before) >= 2 else 0
    b = next((i for i in cuts if i >= end), len(f))
    return f[a:b]


def named_owner_first(kept: Sequence[Candidate], info: QuestionInfo,
                      tag: Callable[[str], Sequence[tuple[str, str]]]) -> list[Candidate]:
    """`kept` (best first) with the best figure or time of another sentence of the best one's article moved to the
    front, when that sentence names the member of a kind the question names (阜阳机场) in the figure's clause or the
    one before, and the best one's sentence does not, though it prints the kind's head noun after another modifier:
    the best figure is another member's."""
    kept = list(kept)
    if info.qtype not in ("number", "when") or len(kept) < 2:
        return kept
    best = kept[0]
    if info.expects and best.type not in info.expects:
        return kept
    names = asked_names(tag(info.text))
    if not names:
        return kept
    words = tag(best.sentence.folded)
    names = [(n, h) for n, h in names if _other_of_kind(n, h, best.sentence.folded, words)]
    if not names:
        return kept
    for c in kept[1:_READ + 1]:
        s = c.sentence
        if s.id == best.sentence.id or s.article_id != best.sentence.article_id or c.type != best.type \
                or figure_unit(c.text)[:1] != figure_unit(best.text)[:1]:
            continue  # (a count of people, "约600多人", is not told by a span of years, "25年")
        own = clauses_before(s.folded, c.start, c.end)
        if any(n + h in own for n, h in names):
            return to_front(kept, c)
    return kept
