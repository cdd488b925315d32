"""A byline question naming the paper that printed the story ("東亞日報報道…的記者是誰") is answered from that
paper's story, though another outlet's story of the same meeting ranks higher (byline.byline_answer)."""

from __future__ import annotations

from qa.answer.byline import byline_answer
from qa.answer.question import analyze
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Hit, Paragraph


def _corpus():
    kbs = Article(id="k#0", file="k.txt", headline="", source="KBS中文", paragraphs=(
        Paragraph(0, "body", "韩国总统李在明于30日在庆州与日本首相高市早苗举行了首次首脑会谈。"),))
    donga = Article(id="d#0", file="d.txt", headline="", source="東亞日報", paragraphs=(
        Paragraph(0, "body", "韓國總統李在明13日在與日本首相高市早苗的首腦會談中表示合作很重要。"),
        Paragraph(1, "byline", "申나리 journari@donga.com")),
        byline=Byline(text="申나리", reporters=("申나리",)))
    return corpus_from_articles([kbs, donga])


def _ask(question):
    corpus = _corpus()
    k, d = corpus.sentences_of("k#0")[0], corpus.sentences_of("d#0")[0]
    return byline_answer(question, analyze(question), corpus, [(Hit(k, 3.0), 1.0), (Hit(d, 2.0), 0.8)])


def test_the_paper_named_gives_the_story_whose_writer_is_asked():
    answer = _ask("東亞日報報道李在明與高市早苗首腦會談的記者是誰？")
    assert answer is not None and answer.text == "申나리"


def test_a_paper_no_story_retrieved_is_printed_by_changes_nothing():
    # 朝鮮日報 prints none of the stories: the best story (KBS's, unsigned) is the one looked at
    answer = _ask("朝鮮日報報道李在明與高市早苗首腦會談的記者是誰？")
    assert answer is None or answer.text != "申나리"
