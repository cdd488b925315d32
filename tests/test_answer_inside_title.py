"""A what-answer cut inside a title in 《》 (inside_title.py): the whole title names the work."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.inside_title import whole_title
from qa.answer.question import analyze


@pytest.mark.parametrize(("sentence", "span", "rule", "question", "expected"), [
    # DRCD 1193-59-3: the head rule stops at the noun asked
    ("2014年12月，韓國國會國防委員會通過了《有關國軍參與海外派遣活動的法律案》，使韓國也可以對外派兵。", "法律案",
     "head+noun", "韓國軍隊可以根據哪一法案來針對獲得聯合國的邀請進行對外派兵？",
     "《有關國軍參與海外派遣活動的法律案》"),
    # DRCD 5722-7-1: the slot stops before the kind the question prints (公啟)
    ("1900年，經元善等人發表《布告各省公啟》，要求各省共同力爭。", "布告各省", "slot",
     "1900年時經元善等人發表了哪一個公啟以要求各省共同力爭阻止光緒皇帝退位?", "《布告各省公啟》"),
])
def test_the_answer_inside_a_title_is_the_whole_title(sentence, span, rule, question, expected):
    got = whole_title(candidate_in(sentence, span, "term", rule), analyze(question))
    assert got is not None and got.text == expected and got.rule == rule + "+title"


@pytest.mark.parametrize(("sentence", "span", "question"), [
    # DRCD 5397-1-3: the question prints a title itself and asks a word of one
    ("武加大譯本又稱《拉丁通俗譯本》。", "拉丁通俗", "《〈聖經〉武加大譯本》一詞中的「武加大」其原意為?"),
    # the whole title already
    ("這促成《1956年清潔空氣法》通過。", "1956年清潔空氣法", "倫敦的煙霧事件促使了哪一部法令的誕生?"),
    # no title around the answer
    ("該法案名為有關國軍參與海外派遣活動的法律案。", "法律案", "韓國軍隊可以根據哪一法案來對外派兵？"),
])
def test_nothing_is_widened(sentence, span, question):
    assert whole_title(candidate_in(sentence, span, "term", "head"), analyze(question)) is None


def test_a_body_asked_is_no_work():
    # DRCD 3570-1-3: "由哪個單位決定" asks a body; the org cut inside the law's title is not widened to it
    sentence = "根據1982年《中華人民共和國國務院組織法》第八條之規定，各部的設立由全國人民代表大會決定。"
    question = "在全國人民代表大會閉會期間，若有國務院組成部門各部的設立、撤銷或者合併由哪個單位決定?"
    assert whole_title(candidate_in(sentence, "中華人民共和國國務院", "org", "type:org"), analyze(question)) is None
