"""A name in a row of posts that jieba cuts into a verb and a character ("副会长贺定|一、副理事长…") is a name
(names.py's names_after_posts, _listed_after)."""

from __future__ import annotations

import jieba.posseg as pseg

from qa.answer.names import names_after_posts
from qa.normalize import fold


def _found(text: str) -> list[str]:
    f = fold(text)
    pos = [(w.word, w.flag) for w in pseg.cut(f)]
    return [f[sp.start:sp.end] for sp in names_after_posts(f, pos, [])]


def test_a_listed_name_jieba_reads_as_a_verb_is_a_name():
    assert "贺定一" in _found("理事长冯信坚、副会长贺定一、副理事长甄瑞权、冯嘉林等亦提出建议")


def test_a_verb_after_a_post_outside_a_row_is_no_name():
    assert not [n for n in _found("副会长贺定一番话引起热议") if n.startswith("贺定")]
