"""A where- or what-answer listed beside the question's own thing (joined to it by 和, 及, 、) is its peer, not what
the question asks of it."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.list_mate import list_mate
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, kind: str = "place") -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), kind)
    around = Surroundings(article=sentence, tag=pos_tags)
    return list_mate(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "sentence", "answer", "kind"), [
    # DRCD 6224-3-3: where the Euphrates lies asked, the empire's border lists it with Mesopotamia
    ("幼發拉底河位在哪一個地區?",
     "帝國的疆域東起亞美尼亞，北到多瑙河下游平原，西至亞得里亞海，南至幼發拉底河和美索不達米亞。", "美索不達米亞",
     "place"),
    # DRCD 6048-2-1: whose colony New Caledonia was asked, a list of nickel mines given
    ("當時的新喀里多尼亞是哪一國的殖民地?",
     "鎳的主要生產地包括加拿大的索德柏立區、太平洋的新喀里多尼亞及俄羅斯的諾里爾斯克。", "俄羅斯", "place"),
    # CMRC TRIAL_405_QUERY_1: where the Heilongjiang museum is asked, the province listed with Xinjiang
    ("黑龍江省博物館在哪？", "在黑龍江省和新疆維吾爾自治區也承認東正教的合法地位。", "新疆維吾爾自治區", "place"),
    # DRCD 6410-1-1: the quoted items of a list ("「鄧小平理論」、「三個代表思想」")
    ("鄧小平理論的主題是?", "典型的如中國共產黨先後提出的「鄧小平理論」、「三個代表思想」等。", "三個代表思想", "span"),
    # DRCD 6007-3-2: an answer read with the joiner before it
    ("赫爾德瓦爾的水壩有何功能?", "數個對印度教徒神聖的地點都位於恆河兩岸，包括赫爾德瓦爾及瓦拉納西。", "及瓦拉納西",
     "span"),
])
def test_a_peer_in_a_list_declines(question, sentence, answer, kind):
    assert _why(question, sentence, answer, kind) == "decline:listmate"


@pytest.mark.parametrize(("question", "sentence", "answer", "kind"), [
    # DRCD 3209-1-2: a question that lists itself asks for the missing item
    ("2004年，日本、印度及巴西組成四國聯盟和歐洲的哪一國希望可以爭取成為常任理事國?",
     "2004年，日本、德國、印度及巴西組成四國聯盟。", "德國", "place"),
    # DRCD 1152-17-3: the answer heads a longer item (台北|捷運), no peer of the question's road
    ("台65線快速道路是位於哪邊的建設？", "如台64線快速道路、台65線快速道路、台北捷運捷運環狀線等建設。", "台北",
     "place"),
    # DRCD 1167-2-2: asked by its place in the list (之前)
    ("6世紀之後薛延陀王國出現之前蒙古高原已經出現了什麼國？",
     "在6-13世紀，先後出現了突厥汗國、薛延陀王國、回紇王國等國。", "突厥汗國", "span"),
    # tests/test_consistency: a place the question names after a preposition (从浙江) is a journey's start, and the
    # route lists the places passed
    ("嫌疑车辆从浙江窜至什么地方？", "民警已驱车辗转浙江、安徽、江苏、山东4省,途经30多个市县。", "安徽", "place"),
    # who did something with whom: a who-question is not read
    ("亞里士多德的老師是誰?", "其後以柏拉圖和亞里士多德等為首的後起者，相繼出版了首批的自然哲學著作。", "柏拉圖",
     "person"),
])
def test_a_missing_item_or_a_longer_one_is_kept(question, sentence, answer, kind):
    assert _why(question, sentence, answer, kind) == ""
