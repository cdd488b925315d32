"""masthead._lines finds what the one pattern holding the post found with finditer (the post, 本期 before it, at
a line start or after a space or a bracket, then _AFTER_POST), without compiling a pattern for each question."""

from __future__ import annotations

import random
import re

import pytest

from qa.answer import masthead

_SEPS = ["", " ", ")", "栏目", "本期", "(", "\t", "本", "期"]
_POSTS = ["主编", "编辑", "社长", "本期主编", "编编", "期主", "主主"]
_BETWEEN = ["", " ", ":", "：", " : ", "(Chair) : ", "(Editor- in-Chief): ", " (ART)：", "(k):", "  ", "(x)"]
_NAMES = ["王虹", "王 虹", "王 虹 李", "陈同昌", "王飞越张", "a", "", "主编", "编辑 王", "李", "王 ", "张三丰李四"]
_TAILS = ["", " ", "。", "(Dr. X)", "王", "a", " 主编 王虹"]


def _one_pattern(f: str, post: str) -> list[tuple[int, int, int]]:
    line = re.compile(r"(?:^|(?<=[\s)]))(?:本期)?" + re.escape(post) + masthead._BETWEEN + masthead._NAME, re.I)
    return [(m.start("name"), m.end("name"), m.end()) for m in line.finditer(f)]


def _lines(f: str, post: str) -> list[tuple[int, int, int]]:
    return [(m.start("name"), m.end("name"), m.end()) for m in masthead._lines(f, post)]


@pytest.mark.parametrize(("f", "post"), [
    ("社长 (Chair) : 王飞越 (Dr. Feiyue Wang)", "社长"),
    ("题头设计(Title Design): 陈 昊 (Hao Chen)本期校对(Proofreading): 汪 迈 (Mai Wang)", "校对"),
    ("栏目编辑(Column Editors): 枫华焦点: 朗 月", "编辑"),  # the end of another post
    ("社长 陈同昌 总编 陈鑫钊", "总编"),
    ("本期主编 主编 王虹", "主编"),  # the first match names no one: the search goes on after it
    ("本期本期主编 王虹", "本期主编"),
])
def test_the_lines_of_a_masthead_are_found_as_the_one_pattern_found_them(f, post):
    assert _lines(f, post) == _one_pattern(f, post)


def test_made_lines_are_found_as_the_one_pattern_found_them():
    rng = random.Random(2)
    matched = 0
    for _ in range(3000):
        post = rng.choice(_POSTS)
        f = "".join(rng.choice(_SEPS) + rng.choice([*_POSTS, post, post]) + rng.choice(_BETWEEN)
                    + rng.choice(_NAMES) + rng.choice(_TAILS) for _ in range(rng.randint(1, 3)))
        want = _one_pattern(f, post)
        assert _lines(f, post) == want, (f, post)
        matched += bool(want)
    assert matched > 300  # the made lines do match, often
