"""A count printed right after the question's verb ("僅查核|122件" for "查核了多少件案場") counts what the deed was
done to, though the sentence names the counted noun apart from it (agreement.py's other_counted)."""

from __future__ import annotations

import jieba.posseg

from qa.answer.agreement import Surroundings, other_counted
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_TEXT = "审计部表示,各县市已完工并网的渔电共生案场有393件,但仅查核122件、占比约31%,其中通过者37件"


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def _why(question: str, answer: str) -> str:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=_TEXT, start=0, end=len(_TEXT))
    start = _TEXT.index(answer)
    c = Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="number", score=1.0,
                  rule="type:number")
    return other_counted(analyze(question), c, Surroundings(tag=_tag))


def test_the_count_after_the_asked_verb_is_kept():
    assert _why("审计部查核了多少件渔电共生案场？", "122件") == ""


def test_a_count_after_another_verb_is_still_declined():
    assert _why("审计部检查了多少件渔电共生案场？", "122件") == "decline:measure"
