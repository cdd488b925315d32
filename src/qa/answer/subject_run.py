"""The subject a which-question asks, read off a whole-sentence answer: "中國哪一門表演藝術|被稱為文藝戰線上的輕騎兵?"
asks the doer of its predicate (the words after the question word and its noun), and "相聲|被稱為文藝戰線上的輕騎兵"
prints that predicate right after the words that open its clause: those words are the answer (相聲), not the
sentence. jieba's tags are not trusted for the subject's own words (相声/d); the predicate's echo places it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import PUNCT
from .gap import SEVERAL
from .question import QuestionInfo
from .spans import echoed, offsets, trim

_NOUN_TAGS = ("n", "j", "eng", "vn", "a", "b", "m", "q", "f", "l", "i", "x")  # the asked noun after the wh-word
_LONGEST = 10
_CLAUSE_MARKS = frozenset(",，")  # a subject is a name or a short noun phrase
_SHORTEST_ECHO = 3  # the predicate's opening printed at least this long, so it is the question's, not a chance
# what a subject does not open with: a preposition, a conjunction, a pronoun, a particle ("其中的大多数|已经")
_NOT_OPENING = ("p", "c", "r", "u")
# nor hold after its first word: those, a verb or an adverb ("中英文网站|皆|被完全封锁": the subject echoed)
_NOT_IN_SUBJECT = ("v", "p", "c", "r", "d")


# "…也可以用于…引入突变的东西为什么?": the thing asked is the doer the relative clause before 的 describes
_DESCRIBED = re.compile(r"([^,，]{3,})的[^\W\d_]{0,2}[为是](?:什么|甚么|何|哪)")


def _predicate(info: QuestionInfo, pos: Sequence[tuple[str, str]]) -> str:
    """The question's words after its question word and the noun it asks ("哪一门|表演艺术|被称为…" → 被称为…),
    or the relative clause describing the thing asked ("用于…的东西为什么"); empty when the question word does
    not open the subject (an object asked, "…产生什么元素")."""
    if (m := _DESCRIBED.search(info.text)) is not None:
        return m.group(1)
    words = offsets(pos)
    i = 0
    while i < len(words) and words[i][3].startswith(_NOUN_TAGS) and words[i][2] != "的" \
            and not all(c in PUNCT for c in words[i][2]):  # ("哪一种概念,|形成…": the noun closes a clause)
        i += 1
    if i == 0 or i >= len(words) or not words[i][3].startswith(("v", "p", "d")):
        return ""
    return info.right[words[i][0]:]


def subject_run(folded: str, pos: Sequence[tuple[str, str]], info: QuestionInfo,
                right_pos: Sequence[tuple[str, str]]) -> tuple[int, int] | None:
    """[start, end) of the words opening a clause of `folded` (tagged `pos`) right before the question's
    predicate, printed there at least three characters long; None when the question asks no subject or the
    sentence prints no such run."""
    if info.qtype not in ("what", "other") or info.wh is None or SEVERAL.search(info.text):
        return None
    predicate = _predicate(info, right_pos).rstrip("?？ ")
    if len(predicate) < _SHORTEST_ECHO:
        return None
    at = _printed_at(folded, predicate)
    if at is None:
        return None
    start = at
    while start > 0 and folded[start - 1] not in PUNCT:
        start -= 1
    if start == at and folded[at - 1] in _CLAUSE_MARKS and not any(c in PUNCT for c in folded[:at - 1]):
        # "勇猛善战的萨珊王朝发迹于帕提亚,|取代安息帝国…": the second clause goes on with the first one's subject
        start, end = _opening_subject(folded, pos, at - 1)
    else:
        start, end = trim(folded, start, at)
    if not 2 <= end - start <= _LONGEST or folded[start:end] in info.text:
        return None
    inner = [w for w in offsets(pos) if start <= w[0] and w[1] <= end]
    if not inner or inner[0][3].startswith(_NOT_OPENING) \
            or any(flag.startswith(_NOT_IN_SUBJECT) for _a, _b, _w, flag in inner[1:]):
        return None
    if 2 * sum(echoed(folded, info.text)[start:end]) > end - start:
        return None  # the question names it: it is the topic, the thing asked is elsewhere
    return start, end


def _printed_at(folded: str, predicate: str) -> int | None:
    """Where the sentence prints the longest opening of the predicate, after some words; the predicate's 了 may
    be left out ("取代了安息帝国" ↔ "取代安息帝国")."""
    for said in (predicate, predicate.replace("了", "")):
        for n in range(len(said), _SHORTEST_ECHO - 1, -1):
            if (at := folded.find(said[:n])) > 0:
                return at
    return None


def _opening_subject(folded: str, pos: Sequence[tuple[str, str]], stop: int) -> tuple[int, int]:
    """The noun phrase opening the sentence's first clause (ending at `stop`), up to its own predicate (a verb, a
    preposition, or a word before 于: "萨珊王朝|发迹|于帕提亚"), without its modifier before 的 ("勇猛善战的|")."""
    words = [w for w in offsets(pos) if w[1] <= stop]
    end = 0
    for k, (_a, b, _w, flag) in enumerate(words):
        if (k and flag.startswith(_NOT_IN_SUBJECT)) or folded[b:b + 1] in ("于", "於"):
            break
        end = b
    start = folded.rfind("的", 0, end) + 1
    return trim(folded, start, end)
