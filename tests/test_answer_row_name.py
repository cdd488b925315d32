"""Names the tagger reads as common words, printed in a row of posts and names (row_name.py): 南美侨报's
`巴西河南同乡总会会长石冠军、监事长王永宏` (pages67) and 甘南日报's `州委副书记、州委宣传部部长扎西草,副州长、…`
(pages66)."""

from __future__ import annotations

import jieba.posseg
from page_engine import page_engine

from qa.answer.names import persons
from qa.answer.row_name import names_in_post_rows
from qa.answer.spans import offsets
from qa.config import load_config


def _row_names(text: str) -> list[str]:
    pos = [(w.word, w.flag) for w in jieba.posseg.cut(text)]
    spans = persons(text, pos)
    return [text[sp.start:sp.end] for sp in names_in_post_rows(text, list(offsets(pos)), spans)]


def test_a_name_read_as_nouns_between_posts():
    assert _row_names("巴西华人协会会长叶周永、巴西河南同乡总会会长石冠军、监事长王永宏、圣保罗侨社代表") == ["石冠军"]
    row = "州委副书记、州长赵凌云,州委副书记、州委宣传部部长扎西草,副州长、合作市委书记刘永革,"
    assert _row_names(row) == ["扎西草"]


def test_no_name_where_the_row_has_none():
    assert _row_names("局长讲话,副局长、处长出席") == []  # a verb after the post
    assert _row_names("会长单位、副会长单位共十家") == []  # the next item is no post


def test_the_post_s_holder_answers(tmp_path):
    page = ("\n侨界欢聚庆七一\n\n出席活动的有中国驻圣保罗总领馆领侨处侨务领事李晓明、副领事葛文祥、"
            "巴西华人协会会长叶周永、巴西河南同乡总会会长石冠军、监事长王永宏、圣保罗侨社代表、河南同乡等百余人。\n")
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("巴西河南同乡总会会长是谁？").text == "石冠军"
