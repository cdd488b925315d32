"""编委 (a paper's editorial board member) is a post: "X担任什么职务" is answered with the post printed before the
name ("天津日报报业集团编委黄志伟", 北海日报; "《海南日报》报业集团编委翁朝健", 定安's paper: pages62), which the answer
rules read only for words a post ends with."""

from pathlib import Path

import pytest

from qa.engine import Engine
from qa.load import load_corpus

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.mark.parametrize("page,question", [("bhrb_20180101.txt", "黄志伟担任什么职务？"),
                                           ("dab_20111208.txt", "翁朝健担任什么职务？")])
def test_an_editorial_board_member_is_a_post(config, page, question):
    engine = Engine.from_articles(config, list(load_corpus([PAGES / page]).articles))
    answer = engine.ask(question)
    assert not answer.declined and answer.text.endswith("报业集团编委")
