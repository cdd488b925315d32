"""A Japanese name after a post, whose family name jieba reads as a word of its own and whose given name it cuts
off ("干事长|森山|裕", "干事长|西田|实仁", "知事是|中村|法道") (japanese_surname.surname_names, read by
names.persons)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.japanese_surname import surname_names
from qa.answer.names import persons
from qa.answer.spans import Span
from qa.normalize import fold


def _names(text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"]


def test_a_surname_and_one_character_before_a_date():
    assert "森山裕" in _names("日本自民党干事长森山裕1月17日关于日本首相石破茂的访华时间表示")


def test_a_surname_and_a_two_character_given_name():
    assert "西田实仁" in _names("森山裕在首相官邸与公明党干事长西田实仁一同面见石破茂后,对媒体透露了上述消息。")


def test_after_a_post_and_its_copula():
    assert "中村法道" in _names("现任长崎县知事是中村法道,他是首位长崎县厅出身的知事。")


def test_not_without_a_post_before_it():
    words = [(0, 2, "中村", "ns"), (2, 4, "法道", "n"), (4, 5, ",", "x")]
    assert surname_names("中村法道,", words, [], lambda j: True) == []
    words = [(0, 2, "知事", "n"), *((a + 2, b + 2, w, t) for a, b, w, t in words)]
    assert surname_names("知事中村法道,", words, [], lambda j: True) == [Span(2, 6, "person", "pos:nr")]


def test_not_a_name_found_already():
    words = [(0, 2, "知事", "n"), (2, 4, "中村", "nr"), (4, 6, "法道", "n")]
    assert surname_names("知事中村法道", words, [Span(2, 6, "person", "pos:nr")], lambda j: True) == []
