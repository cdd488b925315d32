"""A cleft who-question "X是谁V的" is answered by the person whose clause goes on to V, not by one of another role
(cleft_deed.py). Sentences of CMRC 2018's trial set (TRIAL_355: 鳄鱼泪)."""

from __future__ import annotations

import pytest

from qa.answer.cleft_deed import asked_deed, cleft_doer_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_STARS = "本剧由潘志文、张玛莉、林嘉华等领衔主演,麦当雄监制。"
_THEME = "同名主题曲《鳄鱼泪》,由袁丽嫦原唱,并由黄霑作曲及填词。"


def _c(name: str, text: str, score: float, sid: int) -> Candidate:
    s = Sentence(f"a#0:0:{sid}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_star_answers_before_the_singer():
    kept = [_c("袁丽嫦", _THEME, 10.35, 1), _c("林嘉华", _STARS, 10.35, 0), _c("潘志文", _STARS, 9.13, 0)]
    assert cleft_doer_first(kept, analyze("《鳄鱼泪》是谁主演的？"))[0].text == "林嘉华"


@pytest.mark.parametrize(("question", "kept"), [
    # the best one's clause prints the verb itself
    ("《鳄鱼泪》是谁主演的？", [_c("林嘉华", _STARS, 10.35, 0), _c("潘志文", _STARS, 9.13, 0)]),
    # the doer scored much lower
    ("《鳄鱼泪》是谁主演的？", [_c("袁丽嫦", _THEME, 12.0, 1), _c("林嘉华", _STARS, 10.35, 0)]),
    # no cleft: "谁主演了…" opens with its question word (deed_clause.py reads it)
    ("谁主演了《鳄鱼泪》？", [_c("袁丽嫦", _THEME, 10.35, 1), _c("林嘉华", _STARS, 10.35, 0)]),
])
def test_the_order_stays(question, kept):
    assert cleft_doer_first(kept, analyze(question)) == kept


def test_the_deed_asked():
    assert asked_deed(analyze("《鳄鱼泪》是谁主演的？")) == "主演"
    assert asked_deed(analyze("王法慧是谁的女儿？")) == ""  # whose, no deed
