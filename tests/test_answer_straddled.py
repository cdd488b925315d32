"""The characters right around a who-question's question word printed right around a name (beside.straddled):
which of several names in the clause the question is about ("孙权派|谁|趁…" ↔ "派|吕蒙|趁"). Sentences written
for these tests."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.beside import straddled
from qa.config import load_config

SENTENCE = "孙权向曹操称藩,派吕蒙趁关羽攻襄阳时袭夺荆州"


def _at(name: str) -> tuple[int, int]:
    i = SENTENCE.index(name)
    return i, i + len(name)


def test_the_name_between_the_verb_and_what_follows_it():
    assert straddled("孙权派", "趁机夺取荆州", SENTENCE, *_at("吕蒙")) > 0
    assert straddled("孙权派", "趁机夺取荆州", SENTENCE, *_at("曹操")) == 0
    assert straddled("孙权派", "趁机夺取荆州", SENTENCE, *_at("关羽")) == 0


def test_two_light_characters_tell_nothing():
    s = "会议在北京的饭店举行"
    assert straddled("会议在", "的饭店举行", s, 3, 5) == 0


def test_the_composer_answers_the_name_the_question_word_stands_for(tmp_path):
    page = "\n孙吴\n\n建安二十四年,孙权向曹操称藩,派吕蒙趁关羽攻襄阳时袭夺荆州,至此刘备势力退出荆州。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("刘备势力退出荆州是由于孙权派谁趁机夺取荆州?").text == "吕蒙"
