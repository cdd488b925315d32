"""A person asked where he holds a post ("X在日照担任什么职务"): a city's paper prints its city's posts bare, so the
chain naming no place of its own is the asked place's when the article is that place's (people.article_place_owns);
the sentence printing the posts is read from the article of the rows even when retrieval missed it
(people_answer._naming_in_article). Sentences of 日照新闻网's and 大足's pages (pages60)."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.features import Ranked
from qa.answer.people import article_place_owns, body_place_unnamed
from qa.answer.people_answer import _naming_in_article
from qa.config import load_config
from qa.types import Hit

_RIZHAO = ("\n刘星泰会见台湾客人 齐家滨张民忠孟庆斌参加\n\n"
           "日照讯(记者 侯庆萍)10月8日,市委书记刘星泰会见了来日照参访省亲的台湾客人丁渝洲、费鸿波一行。"
           "市委副书记、代市长齐家滨,省委台办副主任张民忠,市委副书记、统战部长孟庆斌,市委常委、秘书长高杰会见时在座。\n\n"
           "台湾客人对日照市的热情接待表示感谢。\n")


def test_a_bare_chain_is_the_articles_own_place():
    article = "日照讯 市委副书记、统战部长孟庆斌会见时在座。台湾客人对日照市的热情接待表示感谢。"
    assert article_place_owns("日照", "市委副书记、统战部长", article)
    assert article_place_owns("大足区", "区人大常委会副主任", "区委书记于会文、区人大常委会副主任王大蓉…大足区委")
    # a chain naming a place of its own is that place's; a place the article never prints is not its own
    assert not article_place_owns("日照", "临沂市委副书记", article)
    assert not article_place_owns("青岛", "市委副书记、统战部长", article)
    # an organisation asked is not a place (subject_owns reads those)
    assert not article_place_owns("中国建设报社", "社长", "中国建设报社社长刘士杰")


def test_a_place_s_body_asked_is_printed_bare():
    # pages66's 银川日报: "魏和清在银川市政协担任什么职务", the article naming 银川 (its outlet) and the body bare
    article = "银川日报 本报讯(记者 闫茜)1月12日,市政协党组书记、主席魏和清来到永宁县代表团"
    assert article_place_owns("银川市政协", "市政协党组书记、主席", article)
    assert not article_place_owns("银川市委", "市政协党组书记、主席", article)  # another body
    assert not article_place_owns("固原市政协", "市政协党组书记、主席", article)  # a place not named


def test_the_posts_are_answered_for_the_place_the_article_is_of(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _RIZHAO)
    assert engine.ask("孟庆斌在日照担任什么职务？").text == "市委副书记、统战部长"


def test_the_sentence_printing_the_posts_is_read_from_the_article_of_a_row_naming_him(tmp_path):
    engine = page_engine(load_config(None), tmp_path, _RIZHAO)
    corpus = engine.corpus
    headline = next(s for s in corpus.sentences_of(corpus.articles[0].id) if s.folded.startswith("刘星泰会见"))
    reader = engine._state.composer._reader
    extra = _naming_in_article(reader, [Ranked(Hit(headline, 1.0), 1.0, 0.5)], "孟庆斌")
    assert [r.hit.sentence.text[:9] for r in extra] == ["市委副书记、代市长"]


def test_a_districts_head_is_not_told_by_an_article_of_another_district():
    # "大足区区长是谁": 巴南日报's "区委副书记、区政府区长钟涛" is 巴南's 区长, its article never printing 大足; the
    # level printed again before the head ("区区长", "县县长") or not ("区长") is a place's body's post too
    banan = "巴南区委书记何友生,区委副书记、区政府区长钟涛,区人大常委会主任刘永全参加考察。"
    assert body_place_unnamed("大足区区长", banan)
    assert body_place_unnamed("大足区长", banan)
    assert body_place_unnamed("大足区副区长", banan)
    assert not body_place_unnamed("忠县县长", "忠县县委书记江夏,县委副书记、县长黄祖英出席活动。")

