"""A name jieba cut after a post ends before a title printed right after it, as before a verb: "主席林|文光|博士|在致辞
中表示" (千岛日报's page, pages72; names.names_after_posts, names._TITLES)."""

from __future__ import annotations

from qa.answer.names import names_after_posts
from qa.config import load_config
from qa.tokenize import Tokenizer


def test_a_name_before_a_title_is_read():
    text = "千岛日报辅导委员会主席林文光博士在致辞中表示,"
    pos = Tokenizer(load_config()).pos(text)
    assert ("文光", "n") in pos and ("博士", "n") in pos  # what the rule is about: the given name a noun, then 博士
    assert "林文光" in [text[sp.start:sp.end] for sp in names_after_posts(text, pos, [])]

