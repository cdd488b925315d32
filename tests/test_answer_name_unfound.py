"""A name asked and the whole sentence given is declined (name_unfound.py)."""

from __future__ import annotations

from candidates import candidate_in, whole

from qa.answer.name_unfound import name_unfound
from qa.answer.policy import inconsistent
from qa.answer.question import analyze


def test_a_cloze_asking_a_name_answered_by_the_whole_sentence_is_declined():
    # DRCD 6095-1-2 (gold 朱棣, in another sentence)
    info = analyze("明成祖的本名是?")
    best = whole("不过,明成祖的允诺后来并没有完全兑现。")
    assert name_unfound(info, best) == "decline:no-name"
    assert inconsistent(info, best) == "decline:no-name"


def test_a_kind_asked_after_shenme_answered_by_the_whole_sentence_is_declined():
    # DRCD 1180-32-3 (gold 水委一, in another sentence)
    info = analyze("太陽在赤道的自轉速度最多為什麼星的112.8385分之一倍？")
    best = whole("相较之下,太阳以25–35天的周期自转一圈,在赤道的自转速度只有1.994公里/秒。")
    assert name_unfound(info, best) == "decline:no-name"


def test_a_sentence_asked_or_a_span_cut_is_left_alone():
    s = "相较之下,太阳以25–35天的周期自转一圈,在赤道的自转速度只有1.994公里/秒。"
    assert name_unfound(analyze("太陽自轉一圈的週期為多久?"), whole(s)) == ""  # no name asked
    assert name_unfound(analyze("太陽的自轉有什麼特點?"), whole(s)) == ""  # a clause asked
    info = analyze("太陽在赤道的自轉速度最多為什麼星的112.8385分之一倍？")
    assert name_unfound(info, candidate_in(s, "太阳", "sentence", "sentence+gap")) == ""  # a rule found a span


def test_a_shenme_standing_alone_as_the_argument_answered_by_the_whole_sentence_is_declined():
    # DRCD 1174-15-2 (gold 原子能): "利用什麼來發電" asks a noun phrase, no kind noun after 什么
    info = analyze("格龍德核電站是利用什麼來發電的設施？")
    best = whole("在下萨克森邦运营着两个原子能发电站:位于林根的埃姆斯核电站以及位于格龙德的格龙德核电站。")
    assert name_unfound(info, best) == "decline:no-name"
    # DRCD 1161-18-2 (gold 原有的灣仔碼頭): the passive's subject
    assert name_unfound(analyze("灣仔發展計劃第二期的填海計劃會讓什麼被拆？"), best) == "decline:no-name"
    # a means after 以 is told by a clause (CMRC TRIAL_..., 芙蓉洞以竖井众多…著称), and 为什么 asks why
    assert name_unfound(analyze("芙蓉洞以什么而著称？"), best) == ""
    assert name_unfound(analyze("威拍哇丽兰室路是以什么来命名的？"), best) == ""


def test_a_cloze_left_open_after_a_preposition_answered_by_the_whole_sentence_is_declined():
    # DRCD 1174-22-2 (gold 下薩克森邦): the place after 來自於 is asked, a name
    info = analyze("斯翁斯和蒂姆・烏爾里希斯與菲利克斯・努斯鮑姆這些藝術家都來自於？")
    best = whole("出自下萨克森邦的其他知名艺术家还有柯特・希维特斯、菲利克斯・努斯鲍姆、"
                 "库尔特・斯翁斯和蒂姆・乌尔里希斯。")
    assert name_unfound(info, best) == "decline:no-name"
    # DRCD 5680-7-4 (gold 景星殿): the list's item left after 以及
    assert name_unfound(analyze("涵元殿北邊的配殿有慶雲殿以及?"), best) == "decline:no-name"
    assert name_unfound(analyze("這些藝術家都住在哪裡?"), best) == ""  # a where-question: other rules


def test_which_of_two_compared_answered_by_the_whole_sentence_is_declined():
    # DRCD 6292-71-2 (gold 香港): one of the two compared is asked, not the sentence telling of them
    info = analyze("上海和香港當時的工資相比，何者高出許多?")
    best = whole("香港的上海人在1965年前主要聚居在油尖旺区上海街一带,后来新移民不少亦分布在黄大仙。")
    assert name_unfound(info, best) == "decline:no-name"
