"""A former holder's 前 printed before the post's owner or before the role is one post (people._former_before_role)."""

from __future__ import annotations

from qa.answer.people import holds


def test_former_before_the_owner_is_the_post_asked_with_former_before_the_role():
    assert holds("前澳洲总理", "澳洲前总理") is True
    assert holds("澳洲前总理", "前澳洲总理") is True


def test_the_sitting_holder_is_still_a_near_miss_of_the_former_one():
    assert holds("澳洲总理", "澳洲前总理") is False
    assert holds("澳洲总理", "前澳洲总理") is False
