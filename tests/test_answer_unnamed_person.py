"""A who-question about a person the answer's article never names: whoever the sentence names did something else
(unnamed.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.unnamed import person_unnamed
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, article: str) -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), "person")
    return person_unnamed(analyze(fold(question)), c, Surroundings(article=article + " " + sentence, tag=pos_tags))


_FINAL = "在瑞士羽毛球公开赛混双决赛中,中国组合冯彦哲/魏雅欣大比分2比0击败队友朱一珺/张驰,获得冠军。"
_QUESTIONS = "第三个提问机会被《香港商报》记者获得,省长王三运作了回答。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the player asked about (张超) is in no line of the article on another final
    ("男单小将张超在第二轮比赛中击败了谁？", _FINAL, "朱一珺", "冯彦哲/魏雅欣获搭档后首冠"),
    # the person interviewed (李国章) is not the governor the paper's reporter asked
    ("香港商報訪問李國章的記者是誰？", _QUESTIONS, "王三运", "你们安徽太热了"),
])
def test_a_person_the_article_never_names_declines(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the person asked about is printed in the article, here in the headline
    ("男单小将张超在第二轮比赛中击败了谁？", "他以2比0击败了朱一珺。", "朱一珺", "张超晋级八强"),
    ("香港商報訪問李國章的記者是誰？", "記者王明訪問了他。", "王明", "李國章談教育"),
    # a question naming no one else
    ("谁代表国务院向大会作政府工作报告？", "李克强总理代表国务院向大会作政府工作报告。", "李克强", "十四届全国人大"),
])
def test_a_person_the_article_names_stays(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == ""
