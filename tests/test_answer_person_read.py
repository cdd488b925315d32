"""The sentences naming the person whose posts are asked are read past the first `composer.read` hits when none of
those names him (person_read.py): "刘流担任什么职务" ↔ a long row of posts and names, ranked under other stories'
short sentences that print 担任 and 职务."""

from __future__ import annotations

from dataclasses import replace

from candidates import sentence_of
from stories import engine_of

from qa.answer.person_read import person_read
from qa.answer.question import analyze
from qa.config import load_config
from qa.types import Hit

ROW = "省委党校经济管理教研部主任刘流、应急管理培训部主任刘涛、公共管理教研部副主任王明等专家参加调研。"
OTHERS = ["除许晴是2015年开始担任嘉善县委书记外,其余6人皆于2016年担任现职务。", "免去余功斌同志的鞍山市委书记职务。"]


def _hits(*texts: str) -> list[Hit]:
    return [Hit(sentence_of(t, f"a:0:{i}"), 10.0 - i) for i, t in enumerate(texts)]


def test_the_sentences_naming_the_person_are_read_when_none_read_does():
    hits = _hits(*OTHERS, ROW)
    read = hits[:2]
    assert [h.sentence.text for h in person_read(analyze("刘流担任什么职务？"), read, hits, 2)] == [ROW]
    # "X在Y担任什么职务": the name before 在
    assert person_read(analyze("刘流在省委党校担任什么职务？"), read, hits, 2)[0].sentence.text == ROW


def test_nothing_more_is_read_when_a_read_sentence_names_him_or_no_posts_are_asked():
    hits = _hits(ROW, *OTHERS)
    assert person_read(analyze("刘流担任什么职务？"), hits[:1], hits, 2) == []
    hits = _hits(*OTHERS, ROW)
    assert person_read(analyze("刘流参加了什么调研？"), hits[:2], hits, 2) == []
    assert person_read(analyze("刘流担任什么职务？"), hits[:2], hits, 0) == []


def test_the_person_s_posts_are_answered_from_a_sentence_ranked_past_those_read():
    config = load_config()
    config = replace(config, composer=replace(config.composer, read=2))  # (20 on the pages: two here)
    stories = [("乡村振兴调研", ["7月15日,专家赴岑巩县开展乡村振兴调研。", ROW]),
               ("干部任职", OTHERS), ("任前公示", ["7位县委书记担任新职务。", "他担任市长职务三年。"])]
    got = engine_of(stories, "n", config).ask("刘流担任什么职务？")
    assert not got.declined and "经济管理教研部主任" in got.text
