""""…的报道是谁编辑的" asks the story's editor (question.EDITED_QUESTION → role 编辑), and a byline whose name the
verb follows ("《北美之声》创办人陈蓉编辑报道") names who edited it (byline._staff)."""

from __future__ import annotations

from qa.answer.byline import role_answer
from qa.answer.question import analyze
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Hit, Paragraph


def test_who_edited_asks_the_editor_role():
    assert analyze("全加华人联会2023全国大会的报道是谁编辑的？").role == "编辑"
    assert analyze("这篇文章由谁编辑？").role == "编辑"
    assert analyze("谁是大会主席？").role == ""


def test_a_byline_name_the_editing_verb_follows_edited_the_story():
    texts = [("byline", "《北美之声》创办人陈蓉编辑报道"), ("body", "全加华人联会2023全国大会在多伦多召开。")]
    article = Article(id="p#0", file="p.txt", headline="全加华人联会2023全国大会在多伦多召开",
                      paragraphs=tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
                      byline=Byline(text="《北美之声》创办人陈蓉编辑报道", reporters=("陈蓉",),
                                    roles=(("创办人", "陈蓉"),)))
    corpus = corpus_from_articles([article])
    ranked = [(Hit(s, 1.0), 0.5) for s in corpus.sentences_of("p#0")]
    question = "全加华人联会2023全国大会的报道是谁编辑的？"
    answer = role_answer(question, analyze(question), corpus, ranked)
    assert answer is not None and answer.text == "陈蓉"


def test_a_reporter_who_only_wrote_is_no_editor():
    texts = [("byline", "记者 张三"), ("body", "全加华人联会2023全国大会在多伦多召开。")]
    article = Article(id="p#0", file="p.txt", headline="全加华人联会2023全国大会在多伦多召开",
                      paragraphs=tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)),
                      byline=Byline(text="记者 张三", reporters=("张三",)))
    corpus = corpus_from_articles([article])
    ranked = [(Hit(s, 1.0), 0.5) for s in corpus.sentences_of("p#0")]
    question = "全加华人联会2023全国大会的报道是谁编辑的？"
    assert role_answer(question, analyze(question), corpus, ranked) is None
