"""A given name that is also a word, cut off its surname after a post ("秘书长|李/nr|长远/d|分别|陪同"): names.py reads
the surname and the word before an adverb as the post holder's name."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.normalize import fold


def _names(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"}


def test_a_given_name_that_is_a_word_before_an_adverb():
    assert "李长远" in _names("市政协党组副书记白春明,市政协秘书长李长远分别陪同相关活动。")


def test_a_common_word_after_the_surname_is_no_given_name():
    assert not any(n.startswith("李") for n in _names("市政协秘书长李同时表示欢迎。"))  # 同时: too common a word
