"""A figure counting another noun than the question's is declined (counted_noun.py): "多少名全国人大代表" ↛
"千余名干部", "共收到提案多少件" ↛ "共收到大会发言材料27件", "采访组一行共有多少人" ↛ "300多位青年志愿者"."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.counted_noun import other_noun_counted
from qa.answer.question import analyze


def _why(sentence: str, figure: str, question: str) -> str:
    best = candidate_in(sentence, figure, "number")
    return other_noun_counted(analyze(question), best, Surroundings(tag=pos_tags))


# the pages62 and pages60 suites' sentences (盘锦日报's catalogue record, 嘉峪关日报, 商丘日报)
_CADRES = ("1988年4月21日上午,全国人大代表、市长周守忠在辽河油田物探俱乐部向市直机关千余名干部传达了七届全国人大一次"
           "会议精神")
_VOLUNTEERS = ("在嘉峪关公益网志愿者联络站,采访组了解到嘉峪关公益网是我市最大的社会公益网站,该网站的组建,"
               "凝结了我市300多位青年志愿者的心血,志愿者们服务大众,帮扶弱势群体")


@pytest.mark.parametrize(("sentence", "figure", "question"), [
    (_CADRES, "千余名", "盘锦市有多少名全国人大代表？"),  # the cadres, though the sentence names the 人大代表
    (_VOLUNTEERS, "300多位", "中国青年报采访组一行共有多少人？"),  # 志愿者 the question never names
    ("本次大会共收到大会发言材料27件。", "27件", "商丘市政协六届三次会议共收到提案多少件？"),  # another thing received
])
def test_a_count_of_another_noun_is_declined(sentence, figure, question):
    assert _why(sentence, figure, question) == "decline:measure"


@pytest.mark.parametrize(("sentence", "figure", "question"), [
    # (CMRC, DRCD) a noun the question names after its question word, one character of a noun, an age
    ("全镇总面积89平方公里;辖8个村、2个社区;政府驻路口社区。", "2个", "路口镇管辖下有几个村和社区？"),
    ("无党派人士只要集齐5,000至7,000名选民推荐就可参选。", "5,000至7,000名",
     "最小要受到多少个人推荐韩国的无党籍人士才可以参选总统？"),
    ("因此,78岁高龄的拉辛格几乎没有多少悬念就当选为天主教教宗。", "78岁", "拉辛格当选为教宗时,当时他已几岁?"),
    ("本次大会共收到提案312件。", "312件", "商丘市政协六届三次会议共收到提案多少件？"),  # the thing asked
    # (pages37, pages43) the noun asked closing a list of its kinds; the question's subject right before the figure
    ("由新华社、中新社、吉林日报、新文化报、吉林旅游网等10余家中央、省级媒体组成的采访团来到延吉采风。", "10余家",
     "来延吉采风的采访团由多少家媒体组成？"),
    ("7时30分,报道组一行11人乘车奔赴第一个采访现场——鸡西市老年福利中心。", "11人",
     "东北网第四组采访日记中报道组一行多少人？"),
])
def test_the_count_stands(sentence, figure, question):
    assert _why(sentence, figure, question) == ""
