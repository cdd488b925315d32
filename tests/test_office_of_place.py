"""A district's office printed with the district's 区 once or twice ("永康区公所" ↔ "永康区区公所") is the same
office: its head is the post asked (people.holds)."""

from __future__ import annotations

import pytest

from qa.answer.people import holds


@pytest.mark.parametrize(("post", "asked"), [
    ("永康区公所区长", "台南市永康区区公所新任区长"),
    ("中西区区公所区长", "中西区公所区长"),
    ("某乡乡公所乡长", "某乡公所乡长"),
])
def test_the_office_with_its_place_word_once_or_twice_is_one(post, asked):
    assert holds(post, asked) is True


def test_another_district_office_is_still_not_the_one_asked():
    assert holds("永康区公所区长", "中西区区公所区长") is not True
