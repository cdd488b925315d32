"""A democratic party's committee of a place printed without the place ("民盟区委主委董学平") in an article that
names the place (闵行) holds the post asked with it ("民盟闵行区委主委是谁"): people.find_holder."""

from __future__ import annotations

from qa.answer.people import Titled, find_holder

_ARTICLE = "12月13日,中共闵行区委召开专题协商座谈会。民革区委主委余嬿、民盟区委主委董学平、民建区委主委吴文清先后发言。"


def _people() -> list[Titled]:
    return [Titled(None, (0, 0), (0, 0), ("民革区委主委",)),  # type: ignore[arg-type]
            Titled(None, (1, 1), (1, 1), ("民盟区委主委",)),  # type: ignore[arg-type]
            Titled(None, (2, 2), (2, 2), ("民建区委主委",))]  # type: ignore[arg-type]


def test_the_partys_committee_of_the_place_the_article_names():
    held, _ = find_holder("民盟闵行区委主委", _people(), _ARTICLE)
    assert held is not None and held.name == (1, 1)


def test_another_place_or_post_is_not_held():
    assert find_holder("民盟徐汇区委主委", _people(), _ARTICLE)[0] is None  # the article names no 徐汇
    assert find_holder("民盟闵行区委副主委", _people(), _ARTICLE)[0] is None  # no 副主委 printed
