"""A new or present holder asked ("新任北屯區長", "區公所新任區長") is the post's holder: 新任 and 现任 say which
holder, not whose post it is (people.holds, people.unqualified)."""

from __future__ import annotations

import pytest

from qa.answer.people import Titled, holds, unqualified
from qa.types import Sentence


@pytest.mark.parametrize(("post", "asked"), [
    ("东区区公所区长", "台南市东区区公所新任区长"),
    ("新任南屯区长", "南屯区长"),
    ("副县长", "云林县现任副县长"),
])
def test_the_new_holder_holds_the_post(post, asked):
    assert holds(post, asked) is True


def test_the_new_deputy_is_still_a_near_miss_of_the_head():
    assert holds("新任副县长", "县长") is False


def test_the_place_before_new_is_the_owner():
    article = "台中市政府今日舉行區長布達典禮,交接給新任南屯区长林秋万及北屯区长欧阳明。"
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=article, start=0, end=len(article))
    holder = Titled(sentence=s, name=(0, 0), chain=(0, 0), posts=("北屯区长",))
    assert unqualified("台中市新任北屯区长", holder, article) is False
    assert unqualified("台北市新任北屯区长", holder, article) is True  # another city's
