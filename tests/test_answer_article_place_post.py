"""A person asked where he holds a post ("X在日照担任什么职务"): a city's paper prints its city's posts bare, so the
chain naming no place of its own is the asked place's when the article is that place's (people.article_place_owns);
the sentence printing the posts is read from the article of the rows even when retrieval missed it
(people_answer._naming_in_article). Sentences of 日照新闻网's and 大足's pages (pages60)."""

from __future__ import annotations

from dataclasses import replace

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



def test_a_city_bureau_asked_is_printed_bare():
    # pages71's 樂山 page: "韓濤在樂山市教育局擔任什麼職務" ↔ "市教育局副局長韓濤致閉幕詞", the article naming 乐山; a
    # city's paper prints its bureaus bare (市教育局) as it prints its committees (市政协)
    article = "乐山市中小学生田径运动会闭幕 市教育局副局长韩涛致闭幕词"
    assert article_place_owns("乐山市教育局", "市教育局副局长", article)
    assert not article_place_owns("乐山市教育局", "市卫健局副局长", article)  # another bureau
    assert not article_place_owns("绵阳市教育局", "市教育局副局长", article)  # a city the article never names


def test_the_article_of_a_row_naming_the_person_is_read_when_no_place_is_asked(tmp_path):
    # pages69's bignews page: the headline names 陈金德 bare and ranks among the sentences read; the lead printing
    # his post (200 characters) is not retrieved among them, other stories' 担任…职务 ranking above it
    config = load_config(None)
    config = replace(config, composer=replace(config.composer, read=2))
    page = ("\n陈金德施政报告提六项规划\n\n(记者张金源/宜兰报导)代理县长陈金德今(14)日在宜兰县议会第18届第7次大会作施政"
            "总报告,提出他建构韧性宜兰的规划、宜兰现今面对的课题、以植树改善宜兰整体城乡景观、从整合治水、防制污染维护"
            "宜兰环境、敦促中央加速宜兰联外交通建设、落实托育、长照、食安、反毒让县民安心。\n\n干部任职\n\n"
            "除许晴是2015年开始担任嘉善县委书记,其余6人皆担任县委书记职务。免去余功斌同志的鞍山市委书记职务。"
            "他担任局长职务三年。\n")
    got = page_engine(config, tmp_path, page).ask("陈金德担任什么职务？")
    assert not got.declined and got.text == "代理县长"
