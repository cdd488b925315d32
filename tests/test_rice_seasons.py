"""早稻, 中稻 and 晚稻 are one crop's seasons told apart (lexicon.CONTRASTS): a question on the 晚稻 is not answered
by a sentence on the 早稻 (agreement.other_side)."""

from __future__ import annotations

from qa.answer.agreement import Surroundings, other_side
from qa.answer.question import analyze
from qa.normalize import fold
from qa.types import Candidate, Sentence


def _best(text: str, answer: str) -> Candidate:
    text = fold(text)
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
    at = text.index(answer)
    return Candidate(text=answer, sentence=s, start=at, end=at + len(answer), type="number", score=1.0,
                     rule="type:number")


def test_another_season_declines():
    best = _best("从7月16日开始,修水县各地17万亩早稻陆续开始收割。", "17万亩")
    assert other_side(analyze(fold("修水县今年晚稻种植面积是多少万亩？")), best, Surroundings()) == "decline:subject"


def test_the_season_asked_answers():
    best = _best("修水县今年晚稻种植面积达30万亩。", "30万亩")
    assert other_side(analyze(fold("修水县今年晚稻种植面积是多少万亩？")), best, Surroundings()) == ""
