"""A notice's field line under the sub-head asked tells the time or place of that activity (field_answer.py)."""

from __future__ import annotations

from pathlib import Path


def _engine(config):
    from qa.engine import Engine
    from qa.load import load_corpus

    page = Path(__file__).parent / "data" / "pages" / "e23_20140729.txt"  # pages43: 第二届济南泉水节's programme
    return Engine.from_articles(config, load_corpus([page]).articles)


def test_the_field_under_the_sub_head_asked_answers(config):
    engine = _engine(config)
    place = engine.ask("济南泉水节“泉水情 泉城月”演出在什么地方举行？")
    assert place.rule == "field" and place.text == "泉城公园生态广场"
    day = engine.ask("济南泉水节“泉水情 泉城月”演出是哪一天？")
    assert day.rule == "field" and "9月6日" in day.text


def test_a_question_whose_best_sentence_is_no_sub_head_is_answered_as_before(config):
    assert _engine(config).ask("第二届济南泉水节期间济南核心城区推出多少项主题活动？").rule != "field"
