"""The composer on the seed page: the Answer's fields, declines, and traditional Chinese both ways (traditional
questions on the simplified seed, simplified questions on a traditional corpus).

The composer's question suite (tests/suites/composer.qa.yaml) runs once, through the suite plugin and `qa test`,
with the one suite matcher; here only its coverage is checked."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.answer import DECLINE
from qa.answer.features import near_words
from qa.answer.question import analyze
from qa.answer.spans import trim
from qa.engine import Engine
from qa.normalize import fold

SUITE = Path(__file__).parent / "suites" / "composer.qa.yaml"
CASES = yaml.safe_load(SUITE.read_text(encoding="utf-8"))["cases"]


def test_suite_is_large_and_covers_every_type():
    assert len(CASES) >= 40
    kinds = {c["expect"].get("qtype") for c in CASES if isinstance(c["expect"], dict)}
    assert {"who", "when", "where", "number", "what", "list", "why", "how", "definition"} <= kinds
    assert sum(1 for c in CASES if isinstance(c["expect"], dict) and c["expect"].get("declined")) >= 5


def test_an_answer_carries_span_source_evidence_and_alternatives(engine):
    a = engine.ask("谁主持了会议？")
    assert not a.declined and a.text == "刘捷"
    assert a.sentence.text[a.span[0]:a.span[1]] == a.text
    assert a.article.id == a.sentence.article_id and a.article.headline.startswith("王浩")
    assert a.evidence[0].sentence == a.sentence  # the supporting sentence leads the evidence
    assert 0 < a.confidence <= 1 and a.rule.startswith("type:")
    assert a.alternatives and all(c.text != a.text for c in a.alternatives)
    assert len({c.text for c in a.alternatives}) == len(a.alternatives)
    for c in a.alternatives:
        assert c.sentence.text[c.start:c.end] == c.text


def test_byline_answer_points_into_the_byline(engine):
    a = engine.ask("千亩水杉的照片是谁拍的？")
    assert a.sentence.kind == "credit" and a.rule == "byline:credit"
    assert a.sentence.text[a.span[0]:a.span[1]] == "陈海伟"


def test_decline_says_so_and_names_the_closest_article(engine):
    a = engine.ask("浙江的GDP是多少？")
    assert a.declined and a.text == "" and a.rule.startswith("decline:")
    assert a.message.startswith(DECLINE) and "《" in a.message
    assert a.confidence == 0.0


def test_question_without_topic_picks_the_lead_story(engine):
    a = engine.ask("这篇报道是谁写的？")
    assert a.article.id == engine.corpus.articles[0].id and a.text == "余勤 陆乐"


def test_no_hits_is_a_decline(engine):
    composer = engine._state.composer
    a = composer.compose("谁主持了会议？", [])
    assert a.declined and a.message == DECLINE


@pytest.mark.parametrize("question", ["What is the GDP of Zhejiang?", "会议 was held where?", "？？谁"])
def test_questions_the_page_does_not_answer_are_declined(engine, question):
    a = engine.ask(question)
    assert a.declined and a.text == "" and a.message.startswith(DECLINE) and a.confidence == 0.0


def test_a_question_with_no_words_is_invalid(engine):
    a = engine.ask("《》？")
    assert a.declined and a.qtype == "invalid" and a.message


def test_a_mixed_question_is_answered_from_the_page(engine):
    a = engine.ask("66% 是什么？")
    assert not a.declined and "66%" in a.sentence.text
    assert a.sentence.text[a.span[0]:a.span[1]] == a.text


TRADITIONAL_PAGE = """千畝水杉換新綠 生態鄉村景如畫

4月13日，長興縣水口鄉水口村，千畝水杉與民居、河道、青山、公路、麥田相互映襯，呈現一幅生態宜居的鄉村畫卷。

通訊員 陳海偉 攝

安吉縣綜治中心整合力量

本報記者 李潔

目前安吉縣綜治中心整合了紀委監委、政法委、信訪局、法院等18個部門的力量。
"""


@pytest.fixture(scope="module")
def traditional(config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("traditional")
    (folder / "page.txt").write_text(TRADITIONAL_PAGE, encoding="utf-8")
    return Engine.load(config, corpus=folder)


@pytest.mark.parametrize(("question", "answer"), [
    ("安吉县综治中心整合了多少个部门？", "18個"),
    ("安吉縣綜治中心整合了多少個部門？", "18個"),
    ("千亩水杉在哪里？", "長興縣水口鄉水口村"),
    ("千亩水杉的照片是谁拍的？", "陳海偉"),
])
def test_traditional_corpus_answers_in_traditional(traditional, question, answer):
    a = traditional.ask(question)
    assert a.text == answer
    assert fold(a.text) != a.text  # quoted as written, not in the folded form


def test_traditional_corpus_still_declines(traditional):
    assert traditional.ask("浙江的GDP是多少？").declined


def test_more_after_a_who_question_walks_people_first(engine):
    a = engine.ask("谁出席了会议？")
    kinds = [c.type for c in a.alternatives]
    assert kinds and kinds[0] == "person"
    assert kinds == sorted(kinds, key=lambda k: k != "person")  # people, then the rest


def test_a_list_answer_is_the_whole_enumeration(engine):
    a = engine.ask("要落实哪些责任？")
    assert a.text == "属地管理责任、部门监管责任、企业主体责任、社会共治责任"
    assert a.rule.endswith("+list")


_PAGE_CHARS = "".join(sorted(set(Path(__file__).parents[1].joinpath("seeds", "000_e793ffdc905f98c5.txt")
                                  .read_text(encoding="utf-8"))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_PAGE_CHARS + "谁哪里多少几什么为什么怎么吗？?abcXYZ0123 ", min_size=1, max_size=30))
def test_any_question_gives_a_consistent_answer(engine, question):
    a = engine.ask(question)
    if a.declined:
        assert a.text == "" and a.message
    else:
        assert a.sentence.text[a.span[0]:a.span[1]] == a.text and a.text
        assert 0 < a.confidence <= 1


def test_a_why_answer_is_its_whole_sentence(engine):
    answer = engine.ask("余杭区综治中心为什么要引入商事调解团队？")
    assert not answer.declined and answer.qtype == "why"
    assert "金融借款合同纠纷" in answer.text
    assert answer.span == trim(answer.sentence.folded, 0, len(answer.sentence.folded))


def test_the_words_against_the_question_word_are_what_is_asked():
    assert near_words(analyze("西贡商信银行的总部在哪里？")) == ["总部"]
    assert near_words(analyze("首届比赛在哪里举行？")) == ["比赛", "举行"]
    assert near_words(analyze("今天天气怎么样吗")) == ["天气"]


def test_explain_prints_the_feature_table_of_the_winner(engine):
    text = engine.explain("谁主持了会议？")
    assert "sentences (rerank score" in text and "candidates (score = Σ weight × feature)" in text
    first = next(line for line in text.splitlines() if "'刘捷'" in line)
    assert "×" in first  # its features with their weights
    composition = engine._state.composer.explain("谁主持了会议？", engine.retrieve("谁主持了会议？"))
    best = composition.candidates[0]
    weights = composition.weights
    # the score is the sum of weight × feature, as the table says
    assert best.score == pytest.approx(weights.get("bias", 0.0) + sum(v * weights.get(k, 0.0)
                                                                     for k, v in best.features))


def test_explain_says_how_sure_the_composer_is_and_where_it_would_decline(engine):
    text = engine.explain("谁主持了会议？")
    decision = next(line for line in text.splitlines() if line.startswith("confidence "))
    composer = engine._state.composer
    answer = composer.compose("谁主持了会议？", engine.retrieve("谁主持了会议？"))
    assert f"confidence {answer.confidence:.3f} (declines below {composer.weights.threshold})" in decision
    assert f"(declines below {composer.weights.evidence_threshold})" in decision


def test_a_post_holder_of_another_year_is_not_named(config, tmp_path):
    (tmp_path / "page.txt").write_text("博览会开幕\n\n2019年，浙江省省长袁家军出席博览会开幕式并致辞。\n\n"
                                       "博览会为期三天，吸引了众多客商。\n\n本市新建三座公园\n\n"
                                       "今年本市新建了三座城市公园，市民休闲有了好去处。\n", encoding="utf-8")
    engine = Engine.load(config, corpus=tmp_path)
    assert engine.ask("2019年的浙江省省长是谁？").text == "袁家军"
    assert engine.ask("2023年的浙江省省长是谁？").declined  # the title chain is 2019's


def test_a_rare_word_glued_to_the_verb_after_it_is_found_without_it():
    from qa.answer.compose import _share_absent
    texts = ["玉林市博白县的初三女生张玉丽不幸患了白血病"]
    # jieba glues 患 to the name it does not know: "张玉丽患" is in no text, "张玉丽" is
    assert _share_absent(["张玉丽患"], texts, {"张玉丽患"}) == 0.0
    assert _share_absent(["张玉丽患"], texts) == 1.0  # not rare: the word itself must be there
    assert _share_absent(["李玉丽患"], texts, {"李玉丽患"}) == 1.0


def test_a_year_told_right_after_an_era_answers_a_year_question(config, tmp_path):
    (tmp_path / "page.txt").write_text(
        "《台湾新闻报》从日据走来\n\n"
        "《台湾新闻报》的前身创办于日据时代。在1928年，台湾南部地方士绅林献堂等人出面邀请知识份子，共同创办报社。"
        "于是，一份具有民族意识的报纸诞生了。\n\n"
        "本市新建三座公园\n\n今年本市新建了三座城市公园，市民休闲有了好去处。\n", encoding="utf-8")
    engine = Engine.load(config, corpus=tmp_path)
    assert "1928" in engine.ask("《台湾新闻报》的前身创办于哪一年？").text
