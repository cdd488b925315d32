"""A which-question asking a thing of a kind is not answered by a span ending on a verb, a time or a locative."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.clause_for_kind import clause_for_kind
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "span", rule="slot")
    return clause_for_kind(analyze(fold(question)), c, Surroundings(article=sentence, tag=pos_tags))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # pages56:80: the hotel is not printed; the slot takes the clause telling when the talks began
    ("韩日首脑庆州会谈在哪家酒店举行？", "韩日首脑会谈在庆州举行,当天下午6时2分开始,持续约41分钟。",
     "当天下午6时2分开始"),
    # pages58:134: no builder printed; the clause after the subject is taken
    ("北斗抽水站工程由哪家營造廠承建?", "北斗抽水站工程從111年3月啟動,總經費約6億元。", "從111年3月啟動"),
    # pages58:204: no party printed; the verb after the name is taken
    ("劉士州是哪個政黨的台中市議員?", "台中市議員劉士州表示,中央應說明規劃。", "表示"),
])
def test_a_clause_for_a_thing_of_a_kind_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:kind"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # a name of the kind asked, ending with it
    ("韩日首脑庆州会谈在哪家酒店举行？", "韩日首脑会谈在庆州希尔顿酒店举行。", "庆州希尔顿酒店"),
    # a name that does not end with the kind but on a noun
    ("劉士州是哪個政黨的台中市議員?", "民進黨台中市議員劉士州表示,中央應說明規劃。", "民進黨"),
    # CMRC TRIAL_178: the span holds the kind asked, the slot's copula left on it
    ("哪个路段是京急线最长的站间距离？", "2010年10月21日起,六浦-神武寺2.8公里的路段为京急线最长的站间距离。",
     "六浦-神武寺2.8公里的路段为"),
    # DRCD 5476-2-3, 5426-2-1: a name ending on a verbal noun or a locative, no verb of its own
    ("馬略捨棄了哪一個制度後使得羅馬公民都可以應募入伍?", "馬略捨棄了財產資格限制,使得羅馬公民都可以應募入伍。",
     "財產資格限制"),
    ("阿拉伯國家聯盟中哪一個會員國的肥沃土地為阿拉伯世界的食物來源地?", "蘇丹南部的肥沃土地為阿拉伯世界的食物來源地。",
     "蘇丹南部"),
    # DRCD 6373-56-1: a lone time word answers a kind of era
    ("「三教九流，莫不崇奉」形容的是哪一個中國朝代的思想?", "元朝對各種宗教都採取寬容政策,三教九流,莫不崇奉。", "元朝"),
    # pages30:99: a clause naming a party and a person may hold the thing asked (三立)
    ("魏汶萱原本是哪家媒體的記者？",
     "台北市今(16日)發布最新人事,日前涉在立法院修法衝突中干擾警察執勤、嗆民進黨立委邱議瑩的三立前記者魏汶萱出任台北市副發言人。",
     "日前涉在立法院修法衝突中干擾警察執勤、嗆民進黨立委邱議瑩的三立前"),
    # a kind of time is answered by a time
    ("这座桥建于哪个时期？", "这座桥建于明朝后期。", "明朝后期"),
    # not a which-question
    ("韩日首脑会谈什么时候开始？", "韩日首脑会谈在庆州举行,当天下午6时2分开始。", "当天下午6时2分开始"),
])
def test_a_name_or_a_time_kind_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
