"""A reign's year opening a clause is a time even where jieba cuts it apart (typed.times): "西漢元封二年,漢武帝派兵
攻打哀牢" (元/m 封/q 二年/m), not a count of years, and not one glossing the year in figures printed before it."""

from __future__ import annotations

from qa.answer.typed import times
from qa.normalize import fold


def _times(text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in times(f, [])]


def test_a_reign_year_opening_a_clause_is_a_time():
    # DRCD 6388-1-3 and 4893-7-1
    assert "西汉元封二年" in _times("西漢元封二年，漢武帝派兵攻打哀牢，並置不韋縣，屬益州郡。")
    assert "至元十三年二月十一日" in _times("至元十三年二月十一日，忽必烈發布《歸附安民詔》。")


def test_a_count_of_years_or_a_gloss_is_not():
    assert _times("過去三年，他一直在外地工作。") == []
    # DRCD 2434-1-2: the era year glosses 公元738年, which answers 公元幾年
    assert _times("公元738年，唐開元二十六年，置縣。") == ["公元738年"]
