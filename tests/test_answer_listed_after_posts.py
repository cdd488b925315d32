"""A name jieba cut into a surname and a word, in a row of posts and names ("泰国商务部长宋|提拉、劳工部长阿顿"), is the
post's holder: the two to four characters between a post and the row's 、, a post after it again."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import _listed_after_posts, persons
from qa.answer.spans import offsets
from qa.normalize import fold


def _names(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"}


def test_a_name_cut_in_two_in_a_row_of_posts_is_whole():
    assert "宋提拉" in _names("泰国商务部长宋提拉、劳工部长阿顿、国家警察总署署长咋戈拉提警上将等政要悉数到场。")


def _row_names(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in _listed_after_posts(f, offsets(pos_tags(f)))}


def test_the_row_needs_a_post_after_its_comma():
    # a list of things after a post is no row of holders ("部长宋提拉" alone, then no post); the row rule alone,
    # as a surname and a rare word right after a post are a name by another rule of persons()
    assert _row_names("泰国商务部长宋提拉、劳工部长阿顿出席。") == {"宋提拉"}
    assert _row_names("泰国商务部长宋提拉、大米和橡胶。") == set()


def test_five_characters_are_no_name():
    # a name of the row is two to four characters: five are words of the sentence
    assert not {n for n in _names("泰国商务部长宋提拉克里斯、劳工部长阿顿出席。") if n.startswith("宋")}
