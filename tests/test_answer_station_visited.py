"""A radio or TV station a visitor goes to (前往警察广播电台) receives him: its own people's bare posts ("台长斯仪仙")
are the station's, as a visited association's or company's are (people._only_elsewhere, people._HOSTS)."""

from __future__ import annotations

from qa.answer.people import Titled, unqualified
from qa.types import Sentence


def _holder(article: str) -> Titled:
    s = Sentence(id="a:0:1", article_id="a", paragraph=1, kind="body", text=article, start=0, end=len(article))
    return Titled(sentence=s, name=(0, 0), chain=(0, 0), posts=("台长",))


def test_the_station_visited_owns_the_bare_post():
    article = "警政署长张荣兴前往警察广播电台慰勉同仁。台长斯仪仙表示,警广做好万全准备。"
    assert unqualified("警察广播电台的台长", _holder(article), article) is False


def test_a_city_gone_to_still_does_not():
    article = "市长一行前往烟台考察。台长王某表示,合作前景广阔。"
    assert unqualified("烟台电视台的台长", _holder(article), article) is True  # 烟台电视台 is never printed
