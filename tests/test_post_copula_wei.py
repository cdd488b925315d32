""""谁为<post>" asks the post's holder as "谁是<post>" does (people.asked_post); "谁为他…" asks no post."""

from __future__ import annotations

from qa.answer.people import asked_post
from qa.answer.question import analyze


def test_wei_before_the_post_asks_its_holder():
    assert asked_post(analyze("谁为现任的长崎县知事?")) == "现任的长崎县知事"
    assert asked_post(analyze("谁为该公司董事长？")) == "该公司董事长"


def test_wei_as_a_preposition_asks_no_post():
    assert asked_post(analyze("谁为这本书作序？")) == ""
