"""A given name jieba reads as a rare adverb after a surname and a post ("局长孙|立新/d|表示", 巴彦淖尔日报's
page, pages57) is the post's holder (names._given_adverb); a common adverb after a surname is not."""

from __future__ import annotations

import pytest
from candidates import people_of


@pytest.fixture(scope="module")
def people(engine):
    """{name: posts} of a sentence's people, its spans as the composer extracts them."""
    return people_of(engine)


def test_a_given_name_read_as_an_adverb_after_a_post(people):
    assert people("市农牧局党组书记、局长孙立新表示,下一步,全市农牧系统将深入贯彻自治区党委工作部署。") \
        .get("孙立新") == ("市农牧局党组书记", "局长")


def test_a_common_adverb_after_a_surname_is_no_given_name(people):
    assert "王亲自" not in people("市水利局局长王亲自部署防汛工作。")
    assert "李再次" not in people("县委书记李再次强调,要抓好安全生产。")
