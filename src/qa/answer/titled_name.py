"""A name right after a rank, a title or a kin word that is no news post (POSTS): "陆军少将斋藤季治郎与…",
"副委员长张成泽在…", "命壮士丁旿埋伏", "名将伊达政宗于1600年", "任用其侄海山镇守…". jieba knows none of these
names, so it cuts them into pieces no person rule reads ("张/q|成泽/n", "丁/vg|旿/zg", "斋藤/nr|季治郎/n",
"海山/ns"); the word before them says a person follows. POSTS is left as it is: it is read as a title chain's end
everywhere (the tokenizer's post boundaries too), and these words are rare in the news."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import PUNCT, SURNAMES
from .spans import Span

# Ranks and titles of history and of the armies that no news post list holds; a kin word only after 其 (其侄海山:
# a bare 侄 or 子 is as often part of another word).
_TITLES = ("上将", "中将", "少将", "大将", "元帅", "委员长", "壮士", "名将", "其侄", "其弟", "其兄", "其妻", "其子",
           "藩主", "诗人",  # "爱国诗人屈原的献身": jieba reads 屈原 as a common noun
           "乡贤")  # "厚伦方村乡贤方|国兴/b|了解情况后" (兰江导报): a village's notable, named after the word
_PROPER = ("nr", "nrt", "nz", "ns")  # jieba's guess at a name's first piece (斋藤/nr, 伊达/nz, 海山/ns)
_NOT_IN_NAME = ("v", "p", "c", "u", "d")  # a word of two characters so tagged is no part of a name


def names_after_titles(folded: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span],
                       ends: Callable[[int], bool]) -> list[Span]:
    """The name after one of the titles: a surname and one or two characters (张|成泽, 丁|旿), or a proper noun
    and what runs on after it (斋藤|季治郎, 海山), 2 to 5 characters in all, closed by a verb, a function word or
    punctuation (`ends`), that no person span starts at already."""
    if not any(t in folded for t in _TITLES):  # (most sentences hold none)
        return []
    people = {sp.start for sp in spans if sp.type == "person"}
    out = []
    for i, (a, _b, w, flag) in enumerate(words):
        if a in people or not folded.endswith(_TITLES, 0, a) or not w.isalpha():
            continue
        surname = w[:1] in SURNAMES and len(w) <= 2 and flag not in _PROPER
        if not surname and flag not in _PROPER:
            continue
        most = 3 if surname else 5  # a Chinese name is 2-3 characters; a Japanese one up to 5 (斋藤季治郎)
        end, j = a, i
        while j < len(words) and words[j][1] - a <= most:
            _, c, nxt, tag = words[j]
            closing = tag[:1] in _NOT_IN_NAME and (len(nxt) > 1 or not surname or nxt == "的")  # 屈原|的
            if nxt in PUNCT or not nxt.isalpha() or (j > i and closing):
                # (a lone function word closes a foreign name: "伊达|政宗|于"; a Chinese given name's character may
                # be tagged anything: "丁|旿/zg")
                break
            end, j = c, j + 1
        if 2 <= end - a <= most and ends(j):
            out.append(Span(a, end, "person", "pos:nr"))
    return out + _again(folded, words, out, people)


def _again(folded: str, words: Sequence[tuple[int, int, str, str]], found: Sequence[Span], people: set[int]
           ) -> list[Span]:
    """The names found printed again later in the sentence without their title, on the same word edges ("命壮士丁旿
    埋伏，…时命丁旿将其杀死"): the second one is the one the question's words are near."""
    starts = {a for a, _b, _w, _f in words}
    stops = {b for _a, b, _w, _f in words}
    out = []
    for sp in found:
        name = folded[sp.start:sp.end]
        at = folded.find(name, sp.end)
        while at >= 0:
            if at in starts and at + len(name) in stops and at not in people:
                out.append(Span(at, at + len(name), "person", "pos:nr"))
            at = folded.find(name, at + len(name))
    return out
