"""A body asked as the object of the question's verb, answered by the government of the question's own subject, is
declined (own_government.py). The sentences are DRCD's."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.own_government import own_government
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    s = fold(sentence)
    return own_government(analyze(fold(question)), candidate_in(s, fold(answer), kind="org"))


def test_the_subject_s_government_is_not_the_body_it_set_up():
    # DRCD 3431-9-3: 中華民國 sets the body up; 中央印製廠 is asked
    assert _why("1941年2月1日，中華民國設置哪一機構負責官方有價證券及官方正式文書印製?",
                "1941年2月1日，中華民國政府在重慶設置官方有價證券及官方正式文書印製機構－中央印製廠。",
                "中華民國政府") == "decline:subject"
    # DRCD 5755-8-4: the subject names its government itself; the answer is that government's council
    assert _why("廣東省政府設置了哪一個機構來管理全省一切政務事宜?",
                "民國15年11月20日，國民黨中央政治會議議決將廣東省省務會議改組成廣東省政府委員會。",
                "廣東省政府委員會") == "decline:subject"


def test_the_body_acted_on_stays():
    assert _why("1941年2月1日，中華民國設置哪一機構負責官方有價證券及官方正式文書印製?",
                "1941年2月1日，中華民國政府在重慶設置官方有價證券及官方正式文書印製機構－中央印製廠。",
                "中央印製廠") == ""
    # no verb before the question word: "由美國哪個單位" asks the doer, the subject's own body may be it
    assert _why("綠色行動專項是由美國哪個單位於2003年時所成立?",
                "綠色行動專項是美國中央情報局於2003年成立的。", "美國中央情報局") == ""
    # a body named by the subject's name but no government word after it
    assert _why("美國設立了哪一個機構負責太空探索?",
                "1958年美國設立美國國家航空暨太空總署，負責太空探索。", "美國國家航空暨太空總署") == ""
