"""A post chain after a verb of seeing ("记者看到中原油田银额项目部副经理何明宏正在井口取样", 中国石化报) starts after
the verb: the reporter's seeing is no part of the post."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.names import persons
from qa.answer.people import titled
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer


def _chain(text: str, name: str) -> str:
    f = fold(text)
    tags = Tokenizer(load_config()).pos(f)
    s = sentence_of(f)
    for t in titled(s, persons(f, tags), tags):
        if f[t.name[0]:t.name[1]] == name:
            return f[t.chain[0]:t.chain[1]]
    return ""


def test_the_chain_starts_after_a_verb_of_seeing():
    seen = "来到生产现场,记者看到中原油田银额项目部副经理何明宏正在井口取样。"
    assert _chain(seen, "何明宏") == "中原油田银额项目部副经理"
    assert _chain("记者见到县委书记王小平时,他正在村里调研。", "王小平") == "县委书记"


def test_a_chain_without_such_a_verb_is_kept_whole():
    assert _chain("中原油田银额项目部副经理何明宏正在井口取样。", "何明宏") == "中原油田银额项目部副经理"
