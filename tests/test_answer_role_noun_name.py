"""A name of three characters jieba cut across words right after a role noun ending in 人 ("主持人|周天/t|慧/nr|表示",
"创办人|何/r|荣幸/nr|有感于") is read whole (role_noun_name.py via names.persons). Sentences of pages78 and pages35."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_the_holder_after_a_role_noun_is_read_whole():
    host = "在帮港出声与hkg报联合制作节目《今日焦点》中,主持人周天慧表示,其实无人想摧毁任何行业。"
    assert ("周天", "t") in pos_tags(host) and ("慧", "nr") in pos_tags(host)  # jieba's cut
    assert "周天慧" in _people(host)
    founder = "创办人何荣幸有感于新、旧媒体大量制作即时新闻。"
    assert ("荣幸", "nr") in pos_tags(founder)
    assert "何荣幸" in _people(founder)


def test_no_role_noun_or_no_verb_after_leaves_the_cut_alone():
    assert "周天慧" not in _people("上周天慧表示同意。")  # no role noun before it
    assert not any(p.startswith("周天") for p in _people("主持人周天慧。"))  # no verb after the name
