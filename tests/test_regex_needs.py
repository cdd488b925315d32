"""regex_needs reads from a pattern what every match consumes; a text lacking it is not scanned. The need must
never be more than the pattern asks (else a match would be lost), and should be what it asks."""

from __future__ import annotations

import re

from qa.answer.regex_needs import NeedIndex, met, need, text_facts


def _met(pattern: str, text: str) -> bool:
    return met(need(re.compile(pattern)), *text_facts(text))


def test_literals_and_digits_are_needed() -> None:
    assert need(re.compile(r"\d+年")) == ((frozenset(), True), (frozenset("年"), False))
    assert not _met(r"\d+年", "今年春天")  # no digit
    assert not _met(r"\d+年", "3个月")  # no 年
    assert _met(r"\d+年", "2024年")


def test_a_branch_needs_one_of_its_ways() -> None:
    assert _met(r"上午|下午\d", "下午")  # the need is one of the ways' needs, not the whole way
    assert not _met(r"上午|下午\d", "晚间")
    assert _met(r"[一二三]|\d", "7")
    assert not _met(r"[一二三]|\d", "四")


def test_what_may_be_left_out_is_not_needed() -> None:
    for pattern in (r"(?:约)?\d", r"a*b?", r"(?=年)", r"[^年]+", r"[\u4e00-\u9fff]{2}", r".年|(?i:x)", r"(a)\1?"):
        rx = re.compile(pattern)
        for text in ("2", "", "年", "中文", "x"):
            if rx.search(text):
                assert met(need(rx), *text_facts(text)), (pattern, text)
    assert need(re.compile(r"[^年]+")) == ()
    assert need(re.compile(r"年", re.IGNORECASE)) == ()


def test_every_match_meets_the_need() -> None:
    texts = ["2024年3月5日上午", "百分之六十", "三至五家", "1:0", "约3000多名", "昨(6)天", "no digits here",
             "十八届三中全会"]
    for pattern in (r"百分之[\d一二三四五六七八九十]+",
                    r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十]{1,2}(?:次|中)",
                    r"(?<![\d.:：])\d{1,3}\s?(?:[:：]|比)\s?\d{1,3}", r"[昨今前明]\s?[(（]\d{1,2}[)）]\s?[日天]",
                    r"(?:约|第)?\d+(?:多|余)?名"):
        rx = re.compile(pattern)
        for text in texts:
            assert met(need(rx), *text_facts(text)) or rx.search(text) is None, (pattern, text)


def test_an_index_gives_the_patterns_a_text_may_match_in_order() -> None:
    rxs = [re.compile(p) for p in (r"\d+年", r"[上下]午", r"[^,]+", r"\d{1,2}月\d{1,2}日", r"世纪")]
    index = NeedIndex(rxs)
    assert index.runnable("2024年上午") == [rxs[0], rxs[1], rxs[2]]
    assert index.runnable("3月5日") == [rxs[2], rxs[3]]
    assert index.runnable("十九世纪") == [rxs[2], rxs[4]]
    assert index.runnable("年月日") == [rxs[2]]  # no digit: none of the dated patterns
    for text in ("2024年上午", "3月5日", "十九世纪", "年月日", "下午3点"):
        run = index.runnable(text)
        assert all(rx in run for rx in rxs if rx.search(text)), text
