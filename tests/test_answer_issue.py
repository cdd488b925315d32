"""A story's page and date, printed as furniture the loader reads into the article's fields, answer questions
about the story as printed (issue.py); questions about an event the text tells are left to the composer."""

from __future__ import annotations

from qa.answer.issue import issue_answer
from qa.answer.question import analyze
from qa.load import corpus_from_articles
from qa.types import Article, Hit, Paragraph


def _article(aid, headline, text, source="", page="", date=""):
    return Article(id=aid, file=f"{aid}.txt", headline=headline, paragraphs=(Paragraph(0, "body", text),),
                   source=source, page=page, date=date)


def _corpus():
    return corpus_from_articles([
        _article("a#0", "大湾区各建设工地热切关注全国两会", "工地上的建设者收看两会开幕会。", "中国铁道建筑报", "3",
                 "2021-03-09"),
        _article("b#0", "我当民工报道员", "1973年春,我从官道联办高中毕业。", "烟台晚报", "A15", "2025-04-30"),
        _article("b#1", "“一钱太守”刘宠", "刘宠任职十年后奉调入京。", "烟台晚报", "A15", "2025-04-30"),
        _article("c#0", "工学周报获得全省高校校报标兵称号", "中国民航总局昨天发布了统计公报。", "工学周报", "",
                 "2009-09-10"),
        _article("d#0", "物种起源", "达尔文于1859年发表了这部著作。"),
    ])


def _ask(corpus, question):
    ranked = [(Hit(s, 1.0), 0.5) for a in corpus.articles for s in corpus.sentences_of(a.id)]
    return issue_answer(question, analyze(question), corpus, ranked)


def test_the_page_asked_of_a_papers_story_is_its_page_label():
    answer = _ask(_corpus(), "这篇两会报道刊登在中国铁道建筑报第几版？")
    assert answer is not None and answer.text == "第3版" and answer.article.id == "a#0"
    # both stories of the paper are on one page: the question's words need not name either
    answer = _ask(_corpus(), "烟台晚报的烟台街是第几版？")
    assert answer is not None and answer.text == "第A15版"


def test_the_date_asked_of_a_story_is_the_date_it_was_printed():
    answer = _ask(_corpus(), "工学周报获奖的消息是哪天更新的？")
    assert answer is not None and answer.text == "2009-09-10" and answer.date == "2009-09-10"
    answer = _ask(_corpus(), "《大湾区各建设工地热切关注全国两会》是哪一年发布的？")
    assert answer is not None and answer.text == "2021-03-09"


def test_an_event_the_text_tells_or_an_undated_story_is_left_to_the_composer():
    assert _ask(_corpus(), "中国民航总局哪天发布了统计公报？") is None
    assert _ask(_corpus(), "《物种起源》是哪一年发表的？") is None  # no date: the text says 1859
    assert _ask(_corpus(), "人民日报的这篇报道是第几版？") is None  # no story of that paper


def test_a_story_asked_by_the_words_between_this_and_its_noun():
    # "人民法院报这篇|公报工作会议|的报道": the paper named before 这篇 is not the story's topic
    corpus = corpus_from_articles([
        _article("e#0", "《最高人民法院公报》工作会议在威海召开", "本报讯 日前,《最高人民法院公报》工作会议召开。",
                 "人民法院报", "", "2001-07-23")])
    answer = _ask(corpus, "人民法院报这篇公报工作会议的报道是哪天刊登的？")
    assert answer is not None and answer.text == "2001-07-23"
    assert _ask(corpus, "人民法院报这篇司法改革座谈会的报道是哪天刊登的？") is None
