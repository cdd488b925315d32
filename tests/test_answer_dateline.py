"""Dateline questions ("新华社从哪里发回的关于X的报道") answer the place of the article the topic retrieves."""

from __future__ import annotations

from qa.answer.byline import byline_answer, role_answer
from qa.answer.dateline import place_of, topic_of
from qa.answer.question import analyze
from qa.engine import Engine
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Dateline, Hit, Paragraph


def test_a_dateline_question_is_recognised_and_its_topic_is_the_about_part():
    info = analyze("新华社从哪里发回的关于习近平在山西考察的报道？")
    assert info.dateline and info.qtype == "where"
    assert topic_of(info) == "习近平山西考察"  # function characters (在) are not topic
    assert analyze("中評社從哪裡發回關於福島災民的報道？").dateline
    assert not analyze("会议在哪里召开？").dateline


def test_the_place_comes_from_the_dateline_else_the_byline_line():
    assert place_of(Article(id="a", file="f", headline="h", paragraphs=(),
                            dateline=Dateline(agency="新华社", place="太原", text="新华社太原7月8日电"))) == "太原"
    assert place_of(Article(id="a", file="f", headline="h", paragraphs=(),
                            byline=Byline(text="記者王超群∕台北報導", reporters=("王超群",)))) == "台北"
    assert place_of(Article(id="a", file="f", headline="h", paragraphs=())) == ""


def _engine(config, folder, text):
    (folder / "page.txt").write_text(text, encoding="utf-8")
    return Engine.load(config, corpus=folder)


PAGE = """新一届国务院开始全面履职

新华社北京3月14日电 国务院总理李强3月14日主持召开新一届国务院第一次常务会议，研究国务院机构设置有关工作。

太原迎来春季招聘会

本报讯 太原市人社局昨日举办春季人才招聘会，三百多家企业参加了这次招聘会。
"""


def test_the_answer_is_the_retrieved_articles_place_or_a_decline_saying_it_has_none(config, tmp_path):
    engine = _engine(config, tmp_path, PAGE)
    answer = engine.ask("新华社从哪里发回的关于新一届国务院全面履职的报道？")
    assert not answer.declined and answer.text == "北京" and answer.rule == "dateline:place"
    answer = engine.ask("新华社从哪里发回的关于人才招聘会的报道？")
    assert answer.declined and answer.rule == "decline:no-dateline" and "招聘会" in answer.message



def _staff_corpus():
    storm = Article(id="a#1", file="p.txt", headline="头条:强暴雨 强防御", paragraphs=(
        Paragraph(0, "byline", "记者:刘贤沛 侯玉晓 实习生:梁颖岚 编辑:冯奕然"),
        Paragraph(1, "body", "昨日全市普降暴雨，三防指挥部启动防汛应急响应。")),
        byline=Byline(text="记者:刘贤沛 侯玉晓 实习生:梁颖岚 编辑:冯奕然", reporters=("刘贤沛", "侯玉晓"),
                      roles=(("记者", "刘贤沛"), ("记者", "侯玉晓"), ("实习生", "梁颖岚"), ("编辑", "冯奕然"))))
    boats = Article(id="a#2", file="p.txt", headline="赛龙讲龙育龙 文化代代传承", paragraphs=(
        Paragraph(0, "body", "端午将至，各村的龙舟队每天傍晚在河涌里训练。"),
        Paragraph(1, "staff", "系列报道策划:秦晖、肖桂来 本篇统筹:夏强、廖靖文")))
    return corpus_from_articles([storm, boats])


def test_a_staff_role_question_answers_the_names_the_retrieved_article_gives_that_role():
    assert analyze("强暴雨那篇报道的实习生是谁？").role == "实习生"
    assert analyze("会议在哪里召开？").role == ""
    corpus = _staff_corpus()
    ranked = [(Hit(s, 1.0), 1.0) for a in reversed(corpus.articles) for s in corpus.sentences_of(a.id)]
    question = "强暴雨 强防御那篇报道的编辑是谁？"
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and (answer.text, answer.rule) == ("冯奕然", "byline:role")
    question = "龙舟系列报道的策划是谁？"
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "秦晖、肖桂来"
    assert [c.text for c in answer.alternatives] == ["秦晖", "肖桂来"]
    question = "龙舟系列报道的校对是谁？"  # no article names one: the text may
    assert role_answer(question, analyze(question), corpus, ranked) is None


def test_a_story_named_before_yiwen_without_title_marks_must_be_spoken_of():
    # "…为敦煌点赞为文博助力一文的编辑" (pages62): the story named by its title before 一文, with no title marks,
    # is not any story sharing one word of it (强暴雨 强防御's 编辑 shares 强 with 强化…): none answers
    corpus = _staff_corpus()
    ranked = [(Hit(s, 1.0), 1.0) for a in corpus.articles for s in corpus.sentences_of(a.id)]
    question = "中国甘肃网转载的为敦煌点赞强化防御一文的编辑是谁？"
    assert analyze(question).role == "编辑"
    assert role_answer(question, analyze(question), corpus, ranked) is None
    question = "强暴雨强防御一文的编辑是谁？"  # the story spoken of: its editor
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "冯奕然"


def test_a_review_chain_under_a_headless_story_answers_its_role():
    story = Article(id="a#1", file="p.txt", headline="", paragraphs=(
        Paragraph(0, "body", "11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。"),
        Paragraph(1, "byline", "融媒体记者:陈时雨"), Paragraph(2, "staff", "一审:刘锦芮"),
        Paragraph(3, "staff", "三审:王进")),
        byline=Byline(text="融媒体记者:陈时雨", reporters=("陈时雨",), roles=(("融媒体记者", "陈时雨"),)))
    corpus = corpus_from_articles([story])
    question = "庆祝第26个中国记者节座谈会那篇报道的三审是谁？"
    assert analyze(question).role == "三审"
    ranked = [(Hit(s, 1.0), 1.0) for s in corpus.sentences_of("a#1")]
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "王进"
    question = "庆祝第26个中国记者节座谈会的报道是哪位融媒体记者写的？"  # no headline: found by its text
    answer = byline_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "陈时雨"


def test_a_bar_parted_credit_line_answers_its_role():
    # luodian_2021lianghui (罗甸县融媒体中心): "编辑|莫昌玉", "编审|肖家云" under a headless story, a bar for the colon
    story = Article(id="a#1", file="p.txt", headline="", paragraphs=(
        Paragraph(0, "body", "从今天起,我们将推出2021年罗甸县“两会”专栏《两会“融视角”》。"),
        Paragraph(1, "staff", "编辑|莫昌玉"), Paragraph(2, "staff", "编审|肖家云")))
    corpus = corpus_from_articles([story])
    ranked = [(Hit(s, 1.0), 1.0) for s in corpus.sentences_of("a#1")]
    for question, name in (("罗甸县“两会”专栏的编审是谁？", "肖家云"), ("罗甸县“两会”专栏的编辑是谁？", "莫昌玉")):
        answer = role_answer(question, analyze(question), corpus, ranked)
        assert answer is not None and answer.text == name


def test_who_carried_a_story_named_before_yiwen_is_no_word_of_its_title():
    # pages62: "中国甘肃网转载的为敦煌点赞为文博助力一文" — the site that carried it, up to 的, is not in the headline
    story = Article(id="a#1", file="p.txt", headline="为敦煌点赞 为文博助力——酒泉市干部群众为第三届敦煌文博会加油助威",
                    paragraphs=(Paragraph(0, "staff", "编辑:张玉芳"),
                                Paragraph(1, "body", "9月27日上午,第三届敦煌文博会盛大开幕。")))
    corpus = corpus_from_articles([story])
    ranked = [(Hit(s, 1.0), 1.0) for s in corpus.sentences_of("a#1")]
    question = "中国甘肃网转载的为敦煌点赞为文博助力一文的编辑是谁？"
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "张玉芳"
