"""A name in Latin letters set off by a comma after its post, the subject of what follows: "白求恩的侄孙,加中友好协会
会长,Warren Bethune 在致辞中介绍了…" (yesmyradio). Overseas papers print a foreign speaker's name after a chain of
appositives, each closed by a comma, and the Latin name then opens the clause that says what he did. A Chinese
name after "<post>," is often another person (…当选为会长,李四当选为副会长), so only a Latin name is read so, and
only where a Chinese word (the predicate: 在, 表示, 致辞) follows it: names.latin_names reads the name, people.titled
the post before the comma as its title."""

from __future__ import annotations

import re

from ..lexicon import POSTS

_COMMA_TAIL = re.compile(r"[,，]\s?$")
_LATIN_ONLY = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ .'-]*")
_PREDICATE = re.compile(r"\s?[\u4e00-\u9fff]")


def post_before_comma(before: str) -> bool:
    """The text before a Latin name ends with a post and a comma ("…会长,")."""
    m = _COMMA_TAIL.search(before)
    return m is not None and before[: m.start()].rstrip().endswith(POSTS)


def apposed_name(f: str, start: int, end: int) -> bool:
    """f[start:end] is a Latin name after "<post>," that a Chinese word follows: the clause's subject."""
    return bool(_LATIN_ONLY.fullmatch(f[start:end])) and post_before_comma(f[:start]) \
        and _PREDICATE.match(f, end) is not None


def comma_after_post(chain: str, name: str) -> str:
    """The comma (and space) between a post and a Latin name it titles ("会长," before "warren bethune"), or ""."""
    if not _LATIN_ONLY.fullmatch(name) or not post_before_comma(chain):
        return ""
    m = _COMMA_TAIL.search(chain)
    return chain[m.start():] if m else ""
