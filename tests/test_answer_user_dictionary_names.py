"""Names jieba's main dictionary tags as common words (拿破仑/n, 忽必烈/l, 皇太极/n, 朱棣/ns): the user dictionary
tags them names, and a who-question is offered a word the user dictionary alone tags a name
(tagged_names.doubted_names), whatever its frequency: sentences written for these tests."""

from __future__ import annotations

import pytest
from candidates import pos_tags
from page_engine import page_engine

from qa.answer.tagged_names import doubted_names
from qa.config import load_config


@pytest.mark.parametrize("sentence, name", [
    ("在拿破仑的领导下,法国产业迅速现代化。", "拿破仑"),
    ("1254年,蒙古大汗忽必烈派兵攻取鄯阐城。", "忽必烈"),
    ("1636年,皇太极亲自率领清军入侵朝鲜。", "皇太极"),
])
def test_a_name_the_user_dictionary_tags_is_offered(sentence, name):
    assert (name, "nr") in pos_tags(sentence) or (name, "nrt") in pos_tags(sentence)
    assert name in [sentence[s.start:s.end] for s in doubted_names(sentence, pos_tags(sentence), [], "")]


def test_the_composer_answers_it(tmp_path):
    page = "\n法国\n\n在拿破仑的领导下,法国产业迅速现代化,铁路网也建立起来。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("在谁的领导下,法国产业迅速现代化?").text == "拿破仑"
