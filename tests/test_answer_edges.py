"""The edges of a chosen span: what around it belongs to the answer (shape.py)."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.shape import shape
from qa.types import Candidate, Sentence


def _at(text: str, part: str, kind: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    start = text.index(part)
    return Candidate(text=part, sentence=s, start=start, end=start + len(part), type=kind, score=1.0,  # type: ignore[arg-type]
                     rule=f"type:{kind}")


def _tags(text: str) -> list[tuple[str, str]]:
    return [(text, "n")]


def test_an_era_year_keeps_the_common_era_year_glossed_after_it():
    text = "李日华生于嘉靖四十四年（1565年），卒于崇祯八年"
    got = shape(_at(text, "嘉靖四十四年", "time"), analyze("李日华生于什么时候？"), _tags, widen_typed=False)
    assert got.text == "嘉靖四十四年（1565年）"
    got = shape(_at(text, "崇祯八年", "time"), analyze("李日华卒于什么时候？"), _tags, widen_typed=False)
    assert got.text == "崇祯八年"
