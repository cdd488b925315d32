"""Answers the text around the best sentence tells: the noun a demonstrative points to (此群), the date an
article glosses a relative day with (今天(8日)) and the place of the asked kind a paragraph named before."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Candidate, CandidateType, Corpus, Sentence
from .people_answer import Reader
from .question import QuestionInfo
from .slots import noun_runs

_DEMONSTRATIVES = ("此", "该", "这个", "这一", "那个")
_GLUED = frozenset("了的在是着过和与及")  # particles jieba may glue to the next word ("了楚")
_RELATIVE_DAY = re.compile(r"[今昨前明](?:天|日)")  # a day told relative to the paper's date
_DAY_PARTS = frozenset("上午 下午 晚上 晚间 凌晨 早上 中午 傍晚 清晨".split())  # typed.py reads 今天傍晚 as one time
_DAY_GLOSS = re.compile(r"\s?[(（](?:\d{1,2}月)?\d{1,2}[日号][)）]")  # "今天(8日)": the date it glosses it with


def _pointed(word: str, text: str) -> bool:
    """A demonstrative and `word` right after it in `text` ("此群"), by substring (a regex built from the word
    was compiled again nearly every question)."""
    return any(d + word in text for d in _DEMONSTRATIVES)


def referent(reader: Reader, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """"杜志勇通过什么群了解到…" ↔ "…进入了楚天跑团QQ群,我在群里也很活跃。" then "他也是通过此群了解到…": the
    answer names the noun asked (什么|群) only by a demonstrative (此群, 该群, 这个群); the thing it points to
    is the noun run ending in that noun in the nearest of the two sentences before it in its paragraph.
    None when there is none."""
    if not info.wh or not info.wh_word.endswith("什么") or not info.right:
        return None
    if not _pointed(info.right[0], best.sentence.folded[best.start:best.end]):
        return None  # (before tagging the question: most answers hold no demonstrative)
    word, flag = (reader.pos(info.right[:6]) or [("", "")])[0]
    if not flag.startswith("n") or not 1 <= len(word) <= 3:
        return None
    f = best.sentence.folded
    if not _pointed(word, f[best.start:best.end]):
        return None
    s = best.sentence
    before = sentences_before(reader.corpus, s)
    for prev in reversed(before[-2:]):
        runs = [sp for sp in noun_runs(reader.tags(prev), 0, len(prev.folded))
                if prev.folded[sp.start:sp.end].endswith(word) and sp.end - sp.start > len(word)]
        if runs:
            run = max(runs, key=lambda sp: (sp.end, sp.end - sp.start))  # the last, whole
            start = run.start
            while start < run.end - len(word) and prev.folded[start] in _GLUED:
                start += 1  # "进入|了楚|天跑团": jieba glues a particle to the run's first word
            return moved(best, prev, start, run.end, "term", "+referent")
    return None

def glossed_day(corpus: Corpus, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """"幾日發生的" answered "今天" (a caption's "今天傍晚…"): the article glosses that day where it tells it
    ("消防局今天(8日)傍晚…"), and the answer is shown so; None when it does not, or the answer's sentence
    glosses it already."""
    f = best.sentence.folded
    m = _RELATIVE_DAY.match(f, best.start) if info.qtype == "when" else None
    part = f[m.end():best.end] if m else ""
    if m is None or (part and part not in _DAY_PARTS) or _DAY_GLOSS.match(f, m.end()):
        return None  # only a bare day, or one with its part ("今天傍晚"; "今天下午3时" keeps its hour)
    glossed = re.compile(re.escape(m.group(0)) + _DAY_GLOSS.pattern + (f"(?:{re.escape(part)})?" if part else ""))
    for x in corpus.sentences_of(best.sentence.article_id):
        g = glossed.search(x.folded) if x.kind == "body" else None
        if g is not None:
            return moved(best, x, g.start(), g.end(), best.type, "+gloss")
    return None

def named_before(reader: Reader, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """"在哪个社区" ↔ "…紫荆社区内…。该办事处…将“法庭”设在社区": a where-answer that is not the kind of place
    asked, from a sentence naming that kind only bare, is the place of that kind the paragraph named just
    before (in the sentences before it); None when there is none."""
    noun = re.sub(r"^在?哪一?个?", "", info.wh_word)
    f = best.sentence.folded
    if info.qtype != "where" or not info.unit or len(noun) < 2 or best.text.endswith(noun):
        return None
    at = f.find(noun)
    if at < 0 or (at > 0 and f[at - 1] not in "在到于将把该本,，、“ "):
        return None  # the sentence names no bare 社区 ("紫荆社区" would have been a candidate)
    s = best.sentence
    before = [x for x in sentences_before(reader.corpus, s) if s.start - x.end <= 80]
    for prev in reversed(before[-2:]):
        spans = [sp for sp in reader.tagged(prev)[1] if sp.type == "place"
                 and prev.folded[sp.start:sp.end].endswith(noun) and sp.end - sp.start > len(noun)]
        if spans:
            sp = spans[-1]
            return moved(best, prev, sp.start, sp.end, "place", "+before")
    return None


def sentences_before(corpus: Corpus, s: Sentence) -> list[Sentence]:
    """The sentences of `s`'s paragraph before it, in order (what 这里, 此群, a bare 社区 point back to)."""
    return [x for x in corpus.sentences_of(s.article_id) if x.paragraph == s.paragraph and x.end <= s.start]


def moved(best: Candidate, s: Sentence, start: int, end: int, kind: CandidateType, rule: str) -> Candidate:
    """`best`, decided on its own sentence, shown as the span [start, end) of `s` that it stands for."""
    return replace(best, text=s.text[start:end], sentence=s, start=start, end=end, type=kind, rule=best.rule + rule)
