"""A city the question opens with: the candidates of an article that prints it come before those of an article
that prints none of it, whose bare 市 is its own city (unnamed.place_named_first); compose reads the
neighbours of the best sentence when no figure of an article printing the city agrees (unnamed.asked_city)."""

from __future__ import annotations

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.unnamed import asked_city, place_named_first
from qa.normalize import fold
from qa.types import Candidate, Sentence

_ARTICLES = {
    "jm": "江门市人大会议开幕。当天下午4时30分,市十六届人大四次会议第二次全体会议在市委市政府大会堂举行。",
    "tl": "铁岭市第九届人民代表大会第二次会议举行。15时30分,大会第二次全体会议举行。",
}


def _candidate(text: str, article: str, **features: float) -> Candidate:
    s = Sentence(id=f"{article}:0:1", article_id=article, paragraph=0, kind="body", text=text, start=0,
                 end=len(text))
    return Candidate(text=text, sentence=s, start=0, end=len(text), type="time", score=1.0, rule="type:time",
                     features=tuple(features.items()))


def _around(s: Sentence) -> Surroundings:
    return Surroundings(article=fold(_ARTICLES[s.article_id]))


def _order(question: str, kept: list[Candidate]) -> list[str]:
    return [c.text for c in place_named_first(kept, analyze(fold(question)), _around)]


def test_the_asked_citys_article_first():
    kept = [_candidate("下午4时30分", "jm"), _candidate("15时30分", "tl")]
    assert _order("铁岭市第九届人大二次会议的第二次全体会议几点举行?", kept) == ["15时30分", "下午4时30分"]


def test_kept_when_the_best_names_the_city_or_none_is_asked():
    kept = [_candidate("15时30分", "tl"), _candidate("下午4时30分", "jm")]
    assert _order("铁岭市第九届人大二次会议的第二次全体会议几点举行?", kept) == ["15时30分", "下午4时30分"]
    kept = [_candidate("下午4时30分", "jm"), _candidate("15时30分", "tl")]
    assert _order("第二次全体会议几点举行?", kept) == ["下午4时30分", "15时30分"]


def test_not_a_candidate_of_another_grain():
    kept = [_candidate("下午4时30分", "jm"), _candidate("今年", "tl", grain_miss=1.0)]
    assert _order("铁岭市第九届人大二次会议的第二次全体会议几点举行?", kept) == ["下午4时30分", "今年"]


def test_asked_city():
    # a city jieba's dictionary knows, whatever it tags it (铁岭市 n, 吴忠市 nr); not a question opening otherwise
    assert asked_city(analyze(fold("铁岭市第九届人大二次会议的第二次全体会议几点举行?"))) == "铁岭"
    assert asked_city(analyze(fold("吴忠市政协六届三次会议第二次全体会议实到委员多少人?"))) == "吴忠"
    assert asked_city(analyze(fold("第二次全体会议几点举行?"))) == ""
