"""A what-question's answer must come from a sentence telling its event: one of its verbs, or a third of its nouns."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.event_untold import event_untold
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, near: str = "") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "what")
    around = Surroundings(near=fold(near), article=fold(near) + " " + sentence, tag=pos_tags)
    return event_untold(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # DRCD 3521-10-3 (half-index, its paragraph not indexed): the control of the South asked, the war's outbreak given
    ("南北戰爭後，聯邦政府對南方採用何種管制方式?",
     "兩個月後，南方政府開始發動武裝起事，北方政府被逼應戰，南北戰爭開始爆發。", "開始爆發"),
    # DRCD 4946-1-2: where giraffes live asked, a sentence on environmentalism given
    ("在哪一種自然環境中可以發現長頸鹿?",
     "環境保護主義呼籲依法保護、恢復並改良自然環境，也可以說是控制污染或保護動植物多樣性的運動。",
     "環境保護主義呼籲依法保護、恢復並改良"),
])
def test_an_answer_from_another_event_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:event"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # DRCD 3224-9-2: no verb printed (赦封 for 敕封), but one noun of three (永曆) is: kept
    ("永曆七年五月，清朝為求議和，要赦封鄭成功什麼官職?",
     "永曆七年五月，清軍兩度大敗後，順治帝敕封鄭成功為海澄公，鄭成功不接受。", "海澄公"),
    # DRCD 3521-10-3, its own paragraph: no verb printed (實行 for 採用), two nouns of four (聯邦政府, 管制) are
    ("南北戰爭後，聯邦政府對南方採用何種管制方式?",
     "戰後，南方被美國實行半軍事管制，但美國聯邦政府對奴主很寛容，致使重建中的南方一直存在奴隸制的殘餘，很久以後才擺脫。",
     "半軍事管制"),
])
def test_an_answer_telling_the_event_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
