"""A candidate that cuts through a quotation also proposes the quoted term whole (quote_cut.py): "与明代的《西游记》、
《|红楼梦》合称…" for 还有哪一部小说 is answered 红楼梦."""

from __future__ import annotations

from stories import engine_of

from qa.answer.quote_cut import quoted_within
from qa.answer.typed import quotes
from qa.normalize import fold


def _cut(text: str, piece: str) -> str:
    f = fold(text)
    start = f.index(piece)
    got = quoted_within(start, start + len(piece), quotes(f))
    return f[got[0]:got[1]] if got else ""


def test_a_span_holding_one_mark_of_a_quotation_gives_the_quoted_term():
    text = "以《三国演义》和《水浒传》最有名,与明代的《西游记》、《红楼梦》合称中国古典四大文学名著。"
    assert _cut(text, "红楼梦》合称中国古典四大文学名著") == "红楼梦"  # the close mark only
    assert _cut(text, "明代的《西游记") == "西游记"  # the open mark only
    assert _cut("第一公民还伴随着「奥古斯都」的头衔。", "第一公民还伴随着「奥古斯都") == "奥古斯都"


def test_a_span_holding_whole_quotations_or_none_is_kept():
    text = "夜来香是萝藦科夜来香属的植物,别名“夜香花”、“夜兰香”(广州)。"
    assert _cut(text, "夜香花”、“夜兰香”(广州") == ""  # a list of quoted names: another one whole
    assert _cut(text, "“夜香花”") == ""  # both marks
    assert _cut(text, "萝藦科夜来香属的植物") == ""  # no mark


def test_the_quoted_rest_item_answers():
    engine = engine_of([("名著", ["元朝长篇小说源自戏曲说白的平话，这些话本最后写成书的即是小说，"
                                  "以《三国演义》和《水浒传》最有名，与明代的《西游记》、《红楼梦》合称中国古典四大文学名著。"])],
                       "q")
    answer = engine.ask("中国古典四大文学名著指的是《西游记》、《三国演义》、《水浒传》，还有哪一部小说?")
    assert answer.text == "红楼梦"
