"""A figure or a time asked of one person is not answered from a sentence that opens with another person and never
names the one asked (other_opener.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.other_opener import other_opener
from qa.answer.question import analyze
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer

_TOKENIZER = Tokenizer(load_config())


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "time") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    around = Surroundings(article=article + " " + sentence, tag=pos_tags, freq=lambda w: int(_TOKENIZER.freq(w)))
    return other_opener(analyze(fold(question)), c, around)


# tests/data/pages/ 澳洲新州地方选举's report (pages71): 陈浩贤 is named in another paragraph
_ELECTION = "胜选华裔有哪些 自由党成员刘娜心此次获胜连任。工党成员陈浩贤当选Canterbury-Bankstown市议员。"


def test_another_persons_year_declines():
    assert _why("陈浩贤是哪一年移民澳洲的？", "刘娜心祖籍中国河北,2000年移民澳洲,2008年成为Georges River市议员。",
                "2000年", _ELECTION) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # the person asked opens the sentence
    ("刘娜心是哪一年移民澳洲的？", "刘娜心祖籍中国河北,2000年移民澳洲,2008年成为Georges River市议员。", "2000年",
     _ELECTION, "time"),
    # CMRC TRIAL_58_QUERY_0: the emperor's name opens a time setting; the sentence's subject is unnamed (楚昭辅)
    ("太平兴国初年，楚昭辅位居何职？", "宋太宗太平兴国初年（976年），官升为枢密使。", "枢密使",
     "楚昭辅,字拱辰,宋州宋城人。", "span"),
    # a who-question's answer is another person
    ("谁在2000年移民澳洲？", "刘娜心祖籍中国河北,2000年移民澳洲。", "刘娜心", _ELECTION, "person"),
    # a person the article never names is agreement.other_name's
    ("张三是哪一年移民澳洲的？", "刘娜心祖籍中国河北,2000年移民澳洲。", "2000年", _ELECTION, "time"),
])
def test_the_asked_person_or_a_setting_is_kept(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == ""
