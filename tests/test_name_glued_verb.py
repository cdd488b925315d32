"""A two-character name after a post whose third character jieba glued to the first of the verb after it, the
verb's second left alone ("司长曾俊|华联|同": 联同 a verb): the name runs on over that character
(names.names_glued_to_verbs)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import names_glued_to_verbs, persons
from qa.normalize import fold


def _names(text: str) -> list[str]:
    f = fold(text)
    pos = pos_tags(f)
    return [f[sp.start:sp.end] for sp in names_glued_to_verbs(f, pos, persons(f, pos))]


def test_the_name_runs_on_over_the_verbs_first_character():
    assert "曾俊华" in _names("以下是财政司司长曾俊华联同财经事务及库务局局长陈家强今日在政府总部举行记者会。")


def test_a_name_before_a_place_stays():
    assert _names("财经事务及库务局局长陈家强今日在政府总部举行记者会。") == []
