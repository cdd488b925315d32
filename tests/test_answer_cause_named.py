"""Why-questions answered by the words after 原因…是 or 归因于 in the sentence (cause_named.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.cause_named import cause_named
from qa.answer.question import analyze
from qa.types import Candidate


def _whole(text: str) -> Candidate:
    return Candidate(text=text, sentence=sentence_of(text), start=0, end=len(text), type="sentence", score=1.0,
                     rule="marker:why+sentence")


def test_the_cause_after_yuanyin_shi_or_guiyin_yu():
    got = cause_named(_whole("达尔文迟了很久才发表他的作品,原因之一就是担心引起教会势力的强烈反弹"),
                      analyze("达尔文为什么迟迟不发表他的作品?"))
    assert got is not None and got.text == "担心引起教会势力的强烈反弹" and got.rule.endswith("+cause")
    got = cause_named(_whole("许多美国人将之归因于联邦在内战中取胜"),
                      analyze("美国人认为共和党能够长期取得多数的原因为何?"))
    assert got is not None and got.text == "联邦在内战中取胜"


def test_no_cause_named_or_no_why():
    assert cause_named(_whole("达尔文迟了很久才发表他的作品"), analyze("达尔文为什么迟迟不发表他的作品?")) is None
    assert cause_named(_whole("原因之一就是担心引起反弹"), analyze("达尔文哪一年发表他的作品?")) is None


def test_a_cause_named_before_its_yuanyin_phrase_that_repeats_the_question():
    # DRCD 4947-6-1: the words before 为, after the verb of judging
    got = cause_named(_whole("世界卫生组织已经确认高血压为导致心血管病死亡率的主要原因"),
                      analyze("导致心血管疾病死亡率的主要原因是?"))
    assert got is not None and got.text == "高血压"
    assert cause_named(_whole("世界卫生组织已经确认高血压为导致中风的主要原因"),
                       analyze("导致肺癌的主要原因是?")) is None
