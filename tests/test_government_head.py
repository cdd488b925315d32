"""The government printed between a place and its head is the place's own (people.holds): "保定市政府市长闫继红"
holds 保定市市长, "县人民政府县长" 县长; the deputy stays a near miss."""

from __future__ import annotations

import pytest

from qa.answer.people import holds


@pytest.mark.parametrize(("post", "asked"), [
    ("保定市政府市长", "保定市市长"),
    ("市人民政府副市长", "市副市长"),
    ("县人民政府县长", "县长"),
    ("区政府常务副区长", "区常务副区长"),
])
def test_the_government_between_the_place_and_its_head_is_the_same_post(post, asked):
    assert holds(post, asked) is True


@pytest.mark.parametrize(("post", "asked"), [
    ("保定市政府市长", "保定市副市长"),  # the deputy asked, the head printed: a near miss still
    ("市政府副市长", "市长"),
])
def test_a_deputy_stays_a_near_miss(post, asked):
    assert holds(post, asked) is False


def test_a_government_post_other_than_its_head_is_left_as_printed():
    assert holds("市政府秘书长", "市秘书长") is not True
