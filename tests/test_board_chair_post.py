"""董事主席, the board's chair as Hong Kong and South-East Asian Chinese papers print it, is a post (lexicon.POSTS):
printed after a name ("仰光华助中心吴继垣董事主席出席了会议", 缅甸中华总商会's page, pages74) it is that name's."""

from __future__ import annotations

import pytest
from candidates import people_of


@pytest.fixture(scope="module")
def people(engine):
    """{name: posts} of a sentence's people, its spans as the composer extracts them."""
    return people_of(engine)


def test_the_board_chair_printed_after_the_name_is_its_post(people):
    assert people("吴继垣董事主席在大会期间,向国侨办报告了工作总结。").get("吴继垣") == ("董事主席",)
