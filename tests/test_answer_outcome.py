"""An outcome asked, answered by a whole sentence: its last clause opened by contrast or consequence (outcome.py)."""

from __future__ import annotations

from qa.answer.outcome import outcome_span
from qa.answer.question import analyze


def _outcome(question: str, sentence: str) -> str:
    got = outcome_span(sentence, analyze(question))
    return "" if got is None else sentence[got[0]:got[1]]


def test_the_last_clause_after_its_opener_tells_the_outcome():
    assert _outcome("如果网球选手没有在球回弹两次之前用球拍击球一次会有什么结果?",
                    "球员应该在球回弹两次之前用球拍击球一次,使球穿越球网,否则就失一分。") == "失一分"
    assert _outcome("稻草如果使用焚烧的方式处理会带来什么坏处?",
                    "许多农民收割之后,会在田中以焚烧的方式来处理大量稻草,但同时制造空气污染。") == "制造空气污染"


def test_an_outcome_the_sentence_goes_on_about_is_told_by_the_whole_sentence():
    assert _outcome("2007年末开始的数码广播开始发生什么变化?",
                    "2007年末开始的数码广播则使用中国大陆的制式,但当中混合使用了大量欧洲标准,如视讯、字幕等。") == ""


def test_only_an_outcome_asked():
    assert _outcome("稻草如何处理?", "许多农民收割之后,会在田中以焚烧的方式来处理大量稻草,但同时制造空气污染。") == ""
