"""A Japanese official's name after 日本's post keeps its two-character surname, which jieba cuts ("岸|田文雄")
(japanese_name.japanese_names, read by names.persons)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.japanese_name import japanese_names
from qa.answer.names import persons
from qa.answer.spans import Span
from qa.normalize import fold


def _names(text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"]


def test_the_surname_cut_by_jieba_is_kept():
    assert "岸田文雄" in _names("日本外相岸田文雄17日上午在记者会上宣布,将于21日举行外长会谈。")


def test_only_after_japans_post():
    words = [(0, 2, "外相", "n"), (2, 3, "岸", "n"), (3, 6, "田文雄", "nr")]
    assert japanese_names("外相岸田文雄", words, [Span(3, 6, "person", "pos:nr")]) == []
    words = [(0, 2, "日本", "ns"), *((a + 2, b + 2, w, t) for a, b, w, t in words)]
    assert japanese_names("日本外相岸田文雄", words, [Span(5, 8, "person", "pos:nr")]) == [
        Span(4, 8, "person", "pos:nr")]


def test_a_verb_before_the_name_is_not_taken():
    words = [(0, 2, "日本", "ns"), (2, 4, "首相", "n"), (4, 5, "会", "v"), (5, 7, "见王", "nr")]
    assert japanese_names("日本首相会见王", words, [Span(5, 7, "person", "pos:nr")]) == []
