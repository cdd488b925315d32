"""A transliterated name after a post whose first character jieba glued to the post's last ("外|长沙|伦赛/ns",
市场星报's page, pages56) is the holder's (names._surname_glued_to_post); a place after a governor is not."""

from __future__ import annotations

import pytest
from candidates import people_of


@pytest.fixture(scope="module")
def people(engine):
    """{name: posts} of a sentence's people, its spans as the composer extracts them."""
    return people_of(engine)


def test_a_transliterated_name_glued_to_the_post(people):
    read = people("应中共中央政治局委员、外交部长王毅邀请,老挝副总理兼外长沙伦赛、越南外长裴青山将于4月2日至5日"
                  "分别访问中国。")
    assert read.get("沙伦赛") == ("老挝副总理", "外长")


def test_a_city_after_a_province_is_no_name(people):
    assert not any(n.startswith("沙") for n in people("他在湖南省长沙县工作了十年。"))
