"""A story's date asked in the shapes issue.py's own reading misses (report_day.py): the outlet reporting the story
before it ("<outlet>报道<story>是在哪一天"), and a column without a headline asked by its writer."""

from __future__ import annotations

from qa.answer.issue import issue_answer
from qa.answer.question import analyze
from qa.answer.report_day import reported_story
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Hit, Paragraph


def _article(aid, headline, text, date="", writer=""):
    byline = Byline(text=writer, reporters=(writer,) if writer else ())
    return Article(id=aid, file=f"{aid}.txt", headline=headline, paragraphs=(Paragraph(0, "body", text),),
                   source="某网站", date=date, byline=byline)


def _ask(corpus, question):
    ranked = [(Hit(s, 1.0), 0.5) for a in corpus.articles for s in corpus.sentences_of(a.id)]
    return issue_answer(question, analyze(question), corpus, ranked)


def test_the_outlet_reporting_a_story_asks_the_reports_day():
    corpus = corpus_from_articles([
        _article("a#0", "谷振春带队走访民主党派中央并听取建议", "近日,谷振春一行走访民主党派中央。", "2026-02-13"),
        _article("b#0", "总统府感谢美国同意总统过境", "总统今天起出访。", "2017-10-28")])
    answer = _ask(corpus, "民革中央网站报道谷振春带队走访民主党派中央是在哪一天？")
    assert answer is not None and answer.text == "2026-02-13" and answer.article.id == "a#0"
    answer = _ask(corpus, "Hit FM新聞部報道總統府感謝美國同意總統過境是在哪一天？")
    assert answer is not None and answer.text == "2017-10-28"


def test_an_event_asked_or_a_report_cited_is_left_to_the_composer():
    assert reported_story("据新华社报道,谷振春带队走访民主党派中央是在哪一天？") is None
    assert reported_story("新华社报道的谷振春走访是哪天举行的？") is None  # the event's verb after the question word
    corpus = corpus_from_articles([_article("a#0", "谷振春带队走访民主党派中央", "近日,谷振春一行走访。")])
    assert _ask(corpus, "民革中央网站报道谷振春带队走访民主党派中央是在哪一天？") is None  # undated


def test_a_column_without_a_headline_is_found_by_its_writer():
    corpus = corpus_from_articles([
        _article("c#0", "", "上周五(12月9日)梁宣布放弃寻求连任,梁振英的管治路线不变。", "2016-12-16", "千仞"),
        _article("d#0", "", "梁振英宣布放弃连任。", "2016-12-20", "某人")])
    answer = _ask(corpus, "千仞談梁振英放棄連任的專欄是哪一天刊出的？")
    assert answer is not None and answer.text == "2016-12-16" and answer.article.id == "c#0"
    assert _ask(corpus, "千仞談香港房屋政策的專欄是哪一天刊出的？") is None  # the writer's text is about else
