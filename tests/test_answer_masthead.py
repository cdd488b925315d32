"""A post of the paper itself ("X的主编是谁") is answered from the paper's masthead or signature line."""

from __future__ import annotations

from qa.answer.masthead import masthead_answer
from qa.answer.question import analyze
from qa.load import corpus_from_articles
from qa.types import Article, Byline, Hit, Paragraph


def _corpus(texts, source="枫华之声", headline="枫华之声Manitoba Chinese Tribune issue 45", byline=None):
    article = Article(id="p#0", file="p.txt", headline=headline, source=source,
                      byline=byline or Byline(text=""),
                      paragraphs=tuple(Paragraph(i, kind, text) for i, (kind, text) in enumerate(texts)))
    return corpus_from_articles([article])


def _ask(corpus, question):
    ranked = [(Hit(s, 1.0), 0.5) for s in corpus.sentences_of("p#0")]
    return masthead_answer(question, analyze(question), corpus, ranked)


_MASTHEAD = [("body", "枫华之声,曼尼托巴省义工首创双月刊中文杂志。"),
             ("body", "社长 (Chair) : 王飞越 (Dr. Feiyue Wang)"),
             ("body", "主编(Editor- in-Chief): 王 虹 (Helen Wang)"),
             ("body", "栏目编辑(Column Editors): 枫华焦点: 朗 月 (Jade Wang)"),
             ("body", "本期记者 (Reporters): 何 适 (Amenda He) 美术编辑(Art Editor): 廖轶虹 (Tracy Liao)"),
             ("body", "题头设计(Title Design): 陈 昊 (Hao Chen)本期校对(Proofreading): 汪 迈 (Mai Wang)")]


def test_a_glossed_post_and_a_colon_before_the_name_answer_the_post():
    corpus = _corpus(_MASTHEAD)
    assert _ask(corpus, "枫华之声的社长是谁？").text == "王飞越"  # jieba reads 王|飞越
    assert _ask(corpus, "枫华之声的主编是谁？").text == "王 虹"  # spaced out by the PDF
    assert _ask(corpus, "枫华之声的美术编辑是谁？").text == "廖轶虹"  # the second post of a line
    assert _ask(corpus, "枫华之声本期的校对是谁？").text == "汪 迈"
    assert _ask(corpus, "枫华之声的题头设计是谁？").text == "陈 昊"


def test_the_end_of_another_post_is_not_the_post_asked():
    corpus = _corpus(_MASTHEAD)
    assert _ask(corpus, "枫华之声的编辑是谁？") is None  # 栏目编辑 and 美术编辑 are other posts


def test_another_papers_masthead_does_not_answer():
    corpus = _corpus(_MASTHEAD)
    assert _ask(corpus, "上虞日报的社长是谁？") is None


def test_a_signature_of_posts_and_names_answers_each_post():
    texts = [("byline", "社长 陈同昌 总编 陈鑫钊"), ("body", "一元复始,万象更新。")]
    corpus = _corpus(texts, source="上虞日报", headline="立足新起点 迈步从头越",
                     byline=Byline(text="社长 陈同昌 总编 陈鑫钊", roles=(("社长", "陈同昌"), ("总编", "陈鑫钊"))))
    assert _ask(corpus, "上虞日报的社长是谁？").text == "陈同昌"
    assert _ask(corpus, "上虞日报的总编是谁？").text == "陈鑫钊"


def test_a_channel_of_the_site_the_file_code_names_answers_from_its_row():
    # jxnews_xinfeng_20231004: 中国江西网 (the file's code) prints its 赣州频道's 站长 in the hotline row; the copy
    # is credited to 大江网 and the channel's line over the title is furniture
    row = "赣州新闻热线:18507970533 网上曝料QQ:1342680324 站长:王盛泉(13803589582 )"
    article = Article(id="p#0", file="jxnews_xinfeng_20231004.txt", source="大江网",
                      headline="信丰县西牛镇首届“云杰杯”村BA篮球联赛顺利闭幕", paragraphs=(
                          Paragraph(0, "staff", row),
                          Paragraph(1, "body", "10月2日下午,信丰县西牛镇首届“云杰杯”村BA篮球联赛决赛开赛。")))
    corpus = corpus_from_articles([article])
    assert _ask(corpus, "中国江西网赣州频道的站长是谁？").text == "王盛泉"
    assert _ask(corpus, "中国新闻网赣州频道的站长是谁？") is None  # another site's channel
