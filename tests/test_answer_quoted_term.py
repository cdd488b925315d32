"""A name the question quotes must be printed in the answer's article: else the answer is about something else."""

from __future__ import annotations

import pytest

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.quoted_term import quoted_unnamed
from qa.normalize import fold
from qa.types import Candidate, Sentence


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "slot") -> str:
    sentence, article = fold(sentence), fold(article)
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(fold(answer))
    c = Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type=kind,  # type: ignore[arg-type]
                  score=1.0, rule=kind)
    return quoted_unnamed(analyze(fold(question)), c, Surroundings(article=article + " " + sentence))


_DECLARATION = "反对派于8月1日在萨格勒布会面,宣布放弃1920年12月1日的誓言。"
_NOVEL = "这部小说《家变》被视为台湾现代主义文学的代表作。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    # the sentence shares the city and a year with the question, the declaration asked is printed nowhere
    ("「萨格勒布宣言」于何年宣布？", _DECLARATION, "1920年", "南斯拉夫王国"),
    # a title in 《》, a term in “”
    ("《越南亡国史》在什么时候被写成？", "越南的书面语长期使用汉字,始于东汉。", "东汉", "越南语"),
    ("“乡里制”可追溯到什么时期？", "该城的桥梁始建于古罗马时期。", "古罗马时期", "阿尔坎塔拉"),
])
def test_a_quoted_name_the_article_never_prints_declines(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article"), [
    ("《家变》属于哪一种文学主义？", _NOVEL, "现代主义", "王文兴"),
    # printed elsewhere in the article, not in the answer's sentence
    ("「萨格勒布宣言」于何年宣布？", "宣言于1932年发表。", "1932年", "反对派发表了「萨格勒布宣言」。"),
    # printed without the dot the question writes (四·五 ↔ 四五), traditional folded to simplified
    ("「四·五天安門事件」在哪一年爆發？", "四五天安门事件发生于1976年。", "1976年", "天安门广场"),
    # the quotation is what is asked ("“哪三个字”"), and a one-character quotation names nothing
    ("牌匾上写着“哪三个字”？", "牌匾上写着“为人民”三个字。", "为人民", "牌匾"),
    ("“X”代表什么？", "字母代表未知数。", "未知数", "数学"),
])
def test_a_quoted_name_the_article_prints_stays(question, sentence, answer, article):
    assert _why(question, sentence, answer, article) == ""


def test_a_byline_answer_is_not_read_against_the_quotation():
    # "《郑州日报》的记者是谁" answered from the byline: the article's text need not print the paper's name
    assert _why("《郑州日报》这篇报道的记者是谁？", "本报记者张三报道。", "张三", "会议召开", kind="byline") == ""
