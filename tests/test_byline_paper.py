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


def test_a_known_paper_with_no_page_in_the_corpus_keeps_its_name_in_the_topic():
    # 中国建设报 is an outlet the pages are named by (lexicon.PAPER_CODES), but none of its pages is loaded: its
    # 理事会 meeting is not 金边晚报's, whose byline would otherwise answer once the paper's name is dropped
    other = Article(id="j#0", file="j.txt", headline="柬华理事总会召开理事会工作会议", source="金边晚报", paragraphs=(
        Paragraph(0, "body", "柬华理事总会昨日召开理事会工作会议,总结一年来的工作。"),
        Paragraph(1, "byline", "本报记者小妹报道")),
        byline=Byline(text="本报记者小妹报道", reporters=("小妹",)))
    corpus = corpus_from_articles([other])
    s = corpus.sentences_of("j#0")[0]
    asked = (("中国建设报社理事会工作会议的报道记者是谁？", False), ("金边晚报理事会工作会议的报道记者是谁？", True))
    for question, named in asked:
        answer = byline_answer(question, analyze(question), corpus, [(Hit(s, 3.0), 1.0)])
        assert (answer is not None and answer.text == "小妹") is named, question
