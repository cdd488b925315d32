"""A term asked to be defined that the answer's sentence never prints declines (defined_unprinted.py)."""

from __future__ import annotations

from candidates import whole

from qa.answer.agreement import Surroundings
from qa.answer.defined_unprinted import defined_term, defined_unprinted
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, near: str = "") -> str:
    return defined_unprinted(analyze(fold(question)), whole(fold(sentence)), Surroundings(near=fold(near)))


def test_a_term_the_sentence_never_prints_declines():
    # CMRC TRIAL_184_QUERY_0, TRIAL_777_QUERY_0 and DRCD 4980-1-1, asked with their paragraphs not indexed
    assert _why("百老汇剧院指的是什么？", "史都華和方達從百老匯到好萊塢一直都是室友。") == "decline:subject"
    assert _why("什么是自在奥义书？",
                "奧義書標誌著吠陀時期的結束，它形成了吠陀文集傳統編撰的最後部分。") == "decline:subject"
    assert _why("綠窗口指的是什麼?",
                "黑龍江…現已形成了以哈爾濱為龍頭，輻射黑河、綏芬河等邊境口岸窗口開展貿易的多層次對外開放格局。") \
        == "decline:subject"


def test_the_term_printed_in_its_sentence_or_before_it_stays():
    # DRCD 4977-1-3 and 6095-4-1: the words after the last 的, quotes dropped
    assert _why("地方所有的「剩餘權力」指的是什麼?",
                "聯邦憲法未指明屬聯邦政府之權力，即屬地方所有，稱為「剩餘權力」。") == ""
    assert _why("朱棣號稱的清君側指的是什麼?", "燕王朱棣起兵造反，號稱清君側，指國君身邊的齊泰和黃子澄為奸臣。") == ""
    assert _why("一個「狄拉克」單位指的是什麼?", "即一小時說一個字。", near="一個狄拉克單位 他的同事們") == ""


def test_only_a_meaning_asked_closing_or_opening_the_question_is_read():
    assert defined_term(analyze(fold("綠窗口指的是什麼?"))) == "绿窗口"
    assert defined_term(analyze(fold("什么是自在奥义书？"))) == "自在奥义书"
    # CMRC TRIAL_542_QUERY_4 (the term in a clause, printed "将鸟兽脚类做出定义") and DRCD 3356-3-3 (no term asked)
    assert defined_term(analyze(fold("凯文·帕迪恩（Kevin Padian）对鸟兽脚类做出的定义是怎样的？"))) == ""
    assert defined_term(analyze(fold("在生產過程中，很多女性認為伴侶或是專業人士提供的什麼是很有幫助的?"))) == ""
    assert defined_term(analyze(fold("毛澤東曾將「四·五天安門事件」定義為什麼事件?"))) == ""  # a classing
