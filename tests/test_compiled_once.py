"""people.holder_after_copula and named_freely find what their per-post patterns found (the post, a copula, the
name up to its clause's end; 任/当/为/是 around the role), with one pattern compiled once and plain finds: the
per-post pattern held a class of every surname and took ~5 ms to compile for each new post."""

from __future__ import annotations

import random
import re

from qa.answer import people
from qa.answer.people import holder_after_copula
from qa.lexicon import SURNAMES

_POSTS = ["校长", "现任校长", "南加大,现任校长", "首任校长", "总经理", "社长", "长为"]
_PIECES = ["校长", "校长为", "是", "为", "郭沫若", "c.l. max nikias", "王某", ",", "。", "现任", "长为王", "首任",
           "总经理是", "李", "张三丰李四", " ", "abc", "社长", "为期三年", "!", "校长为郭"]
_TEXT = "南加大是私立大学。"


def _one_pattern(post: str, f: str, text: str) -> tuple[int, int] | None:
    tail = re.split(r"[的,，、\s]", post)[-1]
    head = post[: len(post) - len(tail)].strip(",，、的 ")
    if len(tail) < 2 or not tail.endswith(people.POSTS) or head not in text:
        return None
    name = r"[a-z][a-z.]*(?: [a-z][a-z.]*){1,4}|[" + "".join(sorted(set(SURNAMES))) + r"][\u4e00-\u9fff]{1,3}"
    m = re.search(re.escape(tail) + r"(?:是|为)(" + name + r")(?=[,，。;；!！?？]|$)", f)
    return m.span(1) if m else None


def test_holder_after_copula_finds_what_the_per_post_pattern_found():
    rnd = random.Random(18)
    found = 0
    for _ in range(3000):
        f = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 8)))
        post = rnd.choice(_POSTS)
        want = _one_pattern(post, f, _TEXT)
        assert holder_after_copula(post, f, _TEXT) == want, (post, f)
        found += want is not None
    assert found > 20  # some made sentences do name holders


def test_a_later_print_of_the_post_names_the_holder():
    f = "现任校长的任期三年,现任校长为郭沫若。"
    assert holder_after_copula("现任校长", f, _TEXT) == _one_pattern("现任校长", f, _TEXT) == (15, 18)


def test_named_freely_reads_the_role_as_the_pattern_did():
    rnd = random.Random(81)
    roles = ["社长", "部长", "总编辑"]
    for _ in range(2000):
        role = rnd.choice(roles)
        f = "".join(rnd.choice(["任", "当", "为", "是", "由", "一职", "一", "职", role, "王", ","])
                    for _ in range(rnd.randint(1, 6)))
        pattern = re.search(r"(?:任|当|为|是)" + re.escape(role) + "|" + re.escape(role) + r"(?:为|是|由|一职)", f)
        finds = any(v + role in f for v in people._TAKING) or any(role + v in f for v in people._HELD)
        assert finds == bool(pattern), (role, f)
