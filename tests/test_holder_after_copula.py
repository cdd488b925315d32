"""A post asked whose holder the sentence names after a copula, up to the clause's end, in Latin letters or as a
surname and a given name the tagger may not know (people.holder_after_copula). Sentences written for these tests
(folded, as the composer reads them)."""

from __future__ import annotations

from qa.answer.people import holder_after_copula

_ARTICLE = "南加大是私立大学。现任校长为c.l. max nikias。首任校长为郭沫若,郁文任党委书记。"


def _named(post: str, f: str, text: str = _ARTICLE) -> str:
    span = holder_after_copula(post, f, text)
    return f[span[0]:span[1]] if span else ""


def test_a_latin_name_after_the_post_and_its_copula():
    assert _named("南加大,现任校长", "现任校长为c.l. max nikias。") == "c.l. max nikias"


def test_a_surname_and_a_given_name_up_to_the_clause_end():
    assert _named("首任校长", "首任校长为郭沫若,郁文任党委书记。") == "郭沫若"


def test_not_the_post_of_an_owner_the_article_never_names():
    assert _named("中共接管厦门大学后,首任校长", "首任校长为郭沫若,郁文任党委书记。") == ""


def test_not_words_that_name_no_one():
    assert _named("现任校长", "现任校长为期三年的任命已经公布。") == ""
