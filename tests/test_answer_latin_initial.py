"""A name in Latin letters with a middle initial, right after its post ("昆西市市長Thomas P. Koch說"), is a person."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.normalize import fold


def _names(text: str) -> set[str]:
    f = fold(text)
    return {f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"}


def test_a_latin_name_with_a_middle_initial_after_a_post_is_a_person():
    assert "thomas p. koch" in _names("昆西市市長Thomas P. Koch說:「週日在昆西Walmart,因一名員工死於COVID-19而關閉。」")


def test_a_latin_name_without_one_still_is():
    assert "bill morrow" in _names("此前NBN总裁Bill Morrow在接受采访时就曾表示,否则永远不会盈利。")
