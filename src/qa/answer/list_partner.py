"""The item a typed question joins its question word to ("泉州人和哪一个地区的人", "寺院以及谁", "梅艳芳与谁"): the
sentence prints the question's item against a list mark, and the item on the other side of that mark answers.

"…来台湾开垦的移民主要是泉州人和哪一个地区的人?" ↔ "…又以|漳州人|、泉州人最多": jieba tags 漳州人 nz, so no
typed place stands there and 广东 of the sentence's first clause answered; "江南地区大部分庄园为寺院以及谁所有?" ↔
"|世族|与寺院的庄园…" had no person at all (decline:no-type). Of the sentence's pairs the one whose item matches
most of the question's item wins, on the sentence's word edges ("原大河坪乡整体与…" shares only 乡整体 with
原窝勺乡整体; 叙利亚 does not end as 蒙古利亚); the item answered is the run of nouns against the mark (a verb, a
particle or a function word ends it: "被|专家|和市民", "东北亚的|倭国|、百济").

Only a question whose question word follows a list mark right away (not 还有, 除了: `rest.py` reads the lists
themselves), not after a place a preposition sets (在庆州与谁: with whom, not a list), and an item answered of 2–10
characters that the question does not print. The first of the best sentences printing the question's item against a
mark decides (another sentence's pair tells of something else).

Measured against main 2b6289bf: DRCD 9 better / 0 worse (6 declines answered right, 3 wrong answers right), CMRC no
answer right or wrong changed (one wrong answer another wrong one: 马燧 for 河阳三城, the gold a whole clause); half
protocol (both pooled) absent declined 0.9445 unchanged, precision of the answers 0.8372 -> 0.8386."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lexicon import ITEM_NOUN_TAGS, PLACE_PREPOSITIONS
from ..types import Sentence
from .list_items import EDGE, JOINT, items_beside
from .question import QuestionInfo

# the question word right after a list mark: "A和谁", "A以及哪一国", "A与何处"
_ASKED = re.compile(r"(?:以及|及|和|与|跟|、)\s*(?:哪|谁|何)")
_JOINT = re.compile(JOINT)
_CLAUSE = re.compile(r"[,，;；:：。!！?？]")
_SHORTEST, _LONGEST = 2, 10
_SENTENCES = 3  # the best sentences holding the question read
_BARE = 6  # characters at most of an item the question lists bare


def _named_pieces(info: QuestionInfo) -> list[str]:
    """The items the question lists before the list mark ahead of its question word, the last one right before it,
    the first from the clause's opening ("…,来台湾开垦的移民主要是泉州人" for "…泉州人和哪一个地区的人"); [] when the
    question asks otherwise."""
    m = _ASKED.search(info.text)
    if m is None:
        return []
    before = _CLAUSE.split(info.text[: m.start()])[-1]
    return [piece.strip() for piece in _JOINT.split(before)]


def _ends_shared(a: str, b: str) -> int:
    """How many last characters `a` and `b` share."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _opens_shared(piece: str, item: str) -> int:
    """The longest end of `piece` that `item` opens with."""
    return max((k for k in range(1, min(len(piece), len(item)) + 1) if item.startswith(piece[-k:])), default=0)


def _words(tags: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for word, tag in tags:
        out.append((at, at + len(word), tag))
        at += len(word)
    return out


def _noun_run(words: list[tuple[int, int, str]], start: int, end: int, from_end: bool) -> tuple[int, int] | None:
    """The run of nouns of text[start:end] against its end (`from_end`) or its start, on word edges."""
    inside = [w for w in words if start <= w[0] and w[1] <= end]
    if not inside or (inside[-1][1] != end if from_end else inside[0][0] != start):
        return None  # the mark cuts a word
    run: list[tuple[int, int, str]] = []
    for w in reversed(inside) if from_end else inside:
        if w[2] not in ITEM_NOUN_TAGS:
            break
        run.append(w)
    if not run:
        return None
    return (run[-1][0], run[0][1]) if from_end else (run[0][0], run[-1][1])


def _partner(f: str, pieces: Sequence[str], words: list[tuple[int, int, str]], question: str) \
        -> tuple[bool, tuple[int, int, int, int] | None]:
    """(whether the sentence prints the question's item against a list mark, and if so the answer beside it: start,
    end, the item's start, the item's end): the run of nouns of the item on the mark's other side, matched by most
    characters on the sentence's word edges (of two alike, the one sharing fewer characters with the question:
    "英国文化、|媒体|和体育部" for 文化媒体); none when the only such items are the question's own, or, when it lists
    several, none stands between two of them ("东罗马、|匈牙利|与十字军国家")."""
    piece = pieces[-1]
    # a list runs up to the mark only when the item before it is printed bare ("东罗马、十字军国家和谁"), not when
    # a clause's words stand in it ("…许昌十景且都为市民以及谁": the 、 before joins another list)
    others = [p for p in pieces[:-1] if len(p) >= _SHORTEST] if len(piece) <= _BARE else []
    edge = re.compile(EDGE)
    starts, ends = {w[0] for w in words}, {w[1] for w in words}
    printed = False
    scored: list[tuple[int, int, tuple[int, int, int, int]]] = []
    for m in _JOINT.finditer(f):
        opening = max((e.end() for e in edge.finditer(f, 0, m.start())), default=0)
        close = edge.search(f, m.end())
        stop = close.start() if close else len(f)
        left, right = f[opening:m.start()], f[m.end():stop]
        # the question's item on the left (ending as the question's piece does), the answer on the right, or the
        # question's item on the right (opening with the question's piece's end), the answer on the left
        for n, item, from_end in ((_ends_shared(left, piece), (m.end(), stop), False),
                                  (_opens_shared(piece, right), (opening, m.start()), True)):
            at = m.end() + n if from_end else m.start() - n
            if n < _SHORTEST or at not in (ends if from_end else starts) or piece[:-n].endswith(PLACE_PREPOSITIONS):
                continue
            printed = True
            got = _noun_run(words, *item, from_end)
            if got is None or not _SHORTEST <= got[1] - got[0] <= _LONGEST or f[got[0]:got[1]] in question:
                continue
            if others and not _between(f, got, others, from_end):
                continue
            shared = sum(ch in question for ch in f[got[0]:got[1]])
            scored.append((n, -shared, (*got, *item)))
    return printed, max(scored, key=lambda t: (t[0], t[1]))[2] if scored else None


def _between(f: str, got: tuple[int, int], others: Sequence[str], from_end: bool) -> bool:
    """The run at `got` is joined on its far side to another item the question lists."""
    before, after = items_beside(f, *got)
    if from_end:  # the answer on the left: the item before it ends as one of the question's
        return bool(before) and any(_ends_shared(before, p) >= _SHORTEST for p in others)
    return bool(after) and any(_opens_shared(p, after) >= _SHORTEST for p in others)


def partner(info: QuestionInfo, sentences: Sequence[Sentence],
            tags: Callable[[Sentence], Sequence[tuple[str, str]]]) -> tuple[Sentence, int, int, int, int] | None:
    """The item the first of `sentences` that prints the question's item against a list mark prints on the mark's
    other side, as (sentence, start, end, the item's start, the item's end: the run from the mark to the next edge);
    None when the question asks otherwise or no sentence tells it."""
    if not info.expects:
        return None
    pieces = _named_pieces(info)
    if not pieces or len(pieces[-1]) < _SHORTEST:
        return None
    for s in sentences[:_SENTENCES]:
        printed, got = _partner(s.folded, pieces, _words(tags(s)), info.text)
        if printed:  # (the first sentence printing the question's item tells which item is asked, or none)
            return None if got is None else (s, *got)
    return None
