"""Quoted terms answer a question asking a slogan, a title, a law (quoted_kind.py)."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.answer.quoted_kind import asks_quoted, quoted_term
from qa.normalize import fold


def _asks(question: str) -> bool:
    return asks_quoted(analyze(fold(question)))


def test_a_kind_printed_in_quotation_marks_is_asked():
    assert _asks("哪一示威口號是以德國統一為目標的？")  # a modifier before the kind
    assert _asks("韓國能夠實施國民養老保險制度仰賴什麼法律？")
    assert _asks("西方文學史上第一部產生了深遠影響的長篇小說是哪部作品?")
    assert _asks("「鄧小平理論」原本完整的名稱是?")  # the kind before a closing copula
    assert _asks("當時的總統陳水扁用哪四個字形容中華民國與中華人民共和國的關係?")  # the wording 形容 a thing
    assert _asks("英文使用哪一單字來表示韓國？")  # the wording 来 say a thing by


def test_other_kinds_are_not_answered_by_quoted_terms():
    assert not _asks("新馬華語是哪一種語言的腔調變體?")
    assert not _asks("哪一個會議對於毛澤東重掌軍權有著決定性的作用?")
    assert not _asks("大多數國人反對什麼政策?")
    assert not _asks("誰是歌手?")  # 歌 begins a longer noun, no kind of work
    assert not _asks("深圳野生动物园的两只大熊猫叫什么名字？")  # any name: mostly unquoted


def test_a_quoted_term_is_one_short_phrase_with_chinese_in_paired_marks():
    f = "以德国统一为目标的「我们是一个民族!」,以及巴里主唱《\"Embrace\"》"
    assert quoted_term(f, f.index("我们"), f.index("」"), "哪一示威口号是以德国统一为目标的?")
    start = f.index("Embrace")
    assert not quoted_term(f, start, start + len("Embrace"), "哪一首歌曲?")  # Latin only, and straight quotes
    f = "他说「我们来了,你们走吧」"
    assert not quoted_term(f, f.index("我们"), f.index("」"), "哪一句口号?")  # two clauses: a saying
    f = "修定《国民养老保险法》"
    assert not quoted_term(f, 3, 10, "仰赖《国民养老保险法》的是什么制度?")  # the question's own words
