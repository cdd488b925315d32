"""The name a sentence calls by the question's quoted words: "「义大利自由的摇篮」指的是何处?" ↔ "…,|杜林|有时被称为
「义大利自由的摇篮」、「阿尔卑斯之都」…".

A where- or who-question that quotes an epithet asks what bears it. The sentence prints the bearer as the subject of
被称为/称为/誉为/号称 before the quotation, and the typed generators never reach it: the question's anchors are the
quoted words, the bearer stands before the verb, not after them, so the places nearest the quotation answer
("阿尔卑斯", one of the other epithets). The run of names right before that verb (past 被 and an adverb: 有时, 也, 常)
answers: two to six characters holding a word jieba tags a name or a noun it does not know well, not the
question's words."""

from __future__ import annotations

import re

from ..tokenize import main_word_freq
from ..types import Candidate
from .question import QuestionInfo
from .shape import Tagger
from .spans import Freq, offsets

_ASKED = {"where": "place", "who": "person"}
_QUOTED = re.compile(r"[「“『]([^」”』]{3,30})[」”』]")
_CALLED = ("称为", "称作", "誉为", "号称", "叫做", "称之为")
_BETWEEN = frozenset(("被", "有时", "也", "又", "常", "常常", "亦", "还", "则", "曾", "更", "一直", "一度", "经常"))
_NAME_TAGS = ("ns", "nr", "nt", "nz", "j", "eng")
_RARE = 100  # a noun rarer than this in jieba's main dictionary is a name it tags a common noun (as copula_name.py)
_SHORTEST, _LONGEST = 2, 6


def called_name(best: Candidate, info: QuestionInfo, pos: Tagger, freq: Freq = main_word_freq) -> Candidate | None:
    """The answer moved to the subject of the calling verb before the question's quoted words in its sentence;
    None when the question asks no place or person, quotes nothing, or no such subject is printed."""
    kind = _ASKED.get(info.qtype)
    if kind is None or kind not in info.expects:
        return None
    quoted = _QUOTED.findall(info.text)
    f = best.sentence.folded
    words = offsets(pos(f))
    for q in quoted:
        at = f.find(q)
        if at < 0:
            continue
        # the calling verb right before the quotation (its opening mark between)
        i = next((k for k, (_a, b, w, _t) in enumerate(words) if w in _CALLED and 0 <= at - b <= 1), -1)
        if i < 0:
            continue
        k = i - 1
        while k >= 0 and words[k][2] in _BETWEEN:
            k -= 1
        run: list[tuple[int, int, str, str]] = []
        while k >= 0 and words[k][3].startswith(("n", "j", "eng")):
            run.insert(0, words[k])
            k -= 1
        if not run or (k >= 0 and words[k][2] == "被"):
            continue  # "被|朱元璋|称为「当世奇男子」": the name after 被 is the one calling, not the one called
        start, end = run[0][0], run[-1][1]
        name = f[start:end]
        if not _SHORTEST <= len(name) <= _LONGEST or name in info.text:
            continue
        if not any(t.startswith(_NAME_TAGS) or (t == "n" and freq(w) < _RARE) for _a, _b, w, t in run):
            continue
        if best.start <= start and end <= best.end or name == f[best.start:best.end]:
            return None  # the answer holds it already (or names it, printed elsewhere)
        return best.narrowed(start, end, "called")
    return None
