""""X的Y有哪些": the list a sentence ties to the noun asked answers, all of its items (named_list.py). The
sentences are CMRC 2018's (trial set: 拉萨河, 60, Gtk#, 穿越火线)."""

from __future__ import annotations

from candidates import candidate_in, sentence_of

from qa.answer.named_list import asked_noun, listed_in_ranked, named_items, named_list_first, tied_list
from qa.answer.question import analyze

_BRANCHES = "主要支流有:麦曲、桑曲、拉曲、学绒藏布及堆龙曲等。"
_FLOWS = "向西流,进入那曲县,在嘉黎县附近与拉萨河左岸支流麦曲汇合后改称色绒藏布。"
_DIVISORS = "数字60有12个因数,即1、2、3、4、5、6、10、12、15、20、30和60,其中2、3和5是质数。"
_PLATFORMS = "以Gtk#建立的应用程式可以执行在许多平台上,如Linux、Microsoft Windows与Mac OS X等。"
_MODES = "以2V2、4V4随机配对的方式,可选择经典、热血、狙击等模式进行游戏。"


def test_the_list_introduced_by_the_noun_answers():
    primes = candidate_in(_DIVISORS, "2、3和5", "term", "head")
    got = named_items(primes, analyze("数字60的因数有哪些?"))
    assert got is not None and got.text == "1、2、3、4、5、6、10、12、15、20、30和60"
    assert got.rule == "head+named_list"
    some = candidate_in(_PLATFORMS, "许多平台", "slot", "slot")
    got = named_items(some, analyze("以Gtk#建立的应用程式可以执行在哪些平台上?"))
    assert got is not None and got.text == "Linux、Microsoft Windows与Mac OS X等"


def test_the_list_glued_to_the_noun_answers():
    # CMRC TRIAL_230 (短叶水蜈蚣有哪些功能)
    herb = "中医上以全草入药,性平、味辛,功能发汗退热、消肿解毒,主治感冒发热、疟疾、痢疾、皮肤瘙痒、蛇虫咬伤等症。"
    start, end = tied_list(herb, "功能") or (0, 0)
    assert herb[start:end] == "功能发汗退热、消肿解毒"
    # not a noun inside its clause, its words going on (news suite pages31: 護乘隊的警力從哪些單位抽調)
    assert tied_list("护乘队从各单位抽调特警、民警数十名警力组成。", "单位") is None


def test_the_list_closed_by_the_noun_answers():
    start, end = tied_list(_MODES, "模式") or (0, 0)
    assert _MODES[start:end] == "经典、热血、狙击等模式"  # not "2V2、4V4", the list of the other clause


def test_the_sentence_listing_them_is_moved_first():
    flows = candidate_in(_FLOWS, "向西流", "term", "head", 8.8, "a:0:0")
    branches = candidate_in(_BRANCHES, "麦曲", "term", "head", 4.0, "a:0:1")
    got = named_list_first([flows, branches], analyze("拉萨河的支流有哪些?"))
    assert got[0] is branches


def test_a_retrieved_sentence_no_candidate_came_from_lists_them():
    # CMRC TRIAL_929: the sentence of the tributaries is ranked second, none of its words a candidate
    flows = candidate_in(_FLOWS, "向西流", "term", "head", 8.8, "a:0:0")
    got = listed_in_ranked([flows], analyze("拉萨河的支流有哪些?"),
                           [flows.sentence, sentence_of(_BRANCHES, "a:0:1")])
    assert got[0].sentence.text == _BRANCHES and got[1] is flows
    listed = named_items(got[0], analyze("拉萨河的支流有哪些?"))
    assert listed is not None and listed.text == "支流有:麦曲、桑曲、拉曲、学绒藏布及堆龙曲等"
    # a kept candidate's sentence lists them already, or no retrieved one does: left as it was
    branches = candidate_in(_BRANCHES, "麦曲", "term", "head", 4.0, "a:0:1")
    assert listed_in_ranked([flows, branches], analyze("拉萨河的支流有哪些?"), [sentence_of(_BRANCHES)]) == [
        flows, branches]
    assert listed_in_ranked([flows], analyze("拉萨河的支流有哪些?"), [flows.sentence]) == [flows]


def test_no_noun_or_no_list_of_it_is_left_alone():
    assert asked_noun(analyze("拉萨河的支流有哪些?")) == "支流"
    assert asked_noun(analyze("拉萨河流经哪些县?")) == ""
    assert tied_list(_FLOWS, "支流") is None
    flows = candidate_in(_FLOWS, "向西流", "term", "head")
    assert named_items(flows, analyze("拉萨河的支流有哪些?")) is None
