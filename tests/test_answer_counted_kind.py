"""A count of things is no member of them: a which- or what-question answered by a numeral, its classifier and a
short common noun only is declined (counted_kind.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.counted_kind import count_for_name
from qa.answer.question import analyze

# DRCD 5780-17-1, asked with its paragraph not indexed
_HEART = "心肌細胞根據其功能屬性分為：工作心肌細胞和自律心肌細胞兩類。"
# DRCD 4941-26-3
_WESTERNS = "1950年到1955年間，他與安東尼·曼推出一系列西部片：《無敵連環槍》、《怒河》、《血泊飛車》。"


def test_a_count_of_kinds_answers_no_which_question():
    asked = analyze("自律心肌細胞的哪一種特性可以發現於絕大多數脊椎動物的心臟中?")
    assert count_for_name(asked, candidate_in(_HEART, "兩類", kind="slot")) == "decline:count"
    asked = analyze("約翰·福特生平最後一部西部片是哪一部?")
    assert count_for_name(asked, candidate_in(_WESTERNS, "一系列西部片", kind="slot")) == "decline:count"


def test_a_name_after_the_count_or_a_count_asked_stays():
    theory = "典型的如中國共產黨先後提出的「鄧小平理論」、「三個代表思想」等。"
    assert count_for_name(analyze("哪一個理論是江澤民提出的?"), candidate_in(theory, "三個代表思想", kind="slot")) == ""
    assert count_for_name(analyze("心肌細胞分為幾類?"), candidate_in(_HEART, "兩類")) == ""


def test_a_word_the_question_does_not_hold_after_the_count_stays():
    # tests/suites/pages5.qa.yaml: 老太太坐在什么颜色的垃圾桶上？ (xmwanbao_20060408)
    bin_ = "老太太坐在门边的一个红色垃圾桶上,看起来有六七十岁"
    asked = analyze("老太太坐在什么颜色的垃圾桶上？")
    assert count_for_name(asked, candidate_in(bin_, "一个红色", kind="slot")) == ""
