"""Which holder in the line someone is ("第十三任现任馆长") is no part of the post asked ("现任馆长")."""

from __future__ import annotations

from qa.answer.people import holds
from qa.normalize import fold


def test_the_holders_ordinal_is_no_part_of_the_post():
    assert holds(fold("第十三任現任館長"), fold("曼德勒雲南會館現任館長")) is True
    assert holds(fold("第四任行政长官"), fold("香港特区行政长官")) is True


def test_an_ordinal_asked_is_still_matched_as_printed():
    assert holds(fold("第四任行政长官"), fold("第三任行政长官")) is not True
    assert holds(fold("第十三任现任馆长"), fold("现任副馆长")) is not True  # a deputy is still another post
