"""The new or present holder asked (new_holder.py): "云林县新任副县长是谁" is told by the sentence introducing the new
heads ("介绍新任主管,包括副县长陈璧君"), read before another page's sentence naming an earlier 副县长 of the county;
"新届理事长" by the sentence printing it so. (test_answer_new_holder.py reads people.holds for such posts.)"""

from __future__ import annotations

from stories import engine_of


def test_the_new_holder_is_read_before_an_earlier_one():
    engine = engine_of([
        ("云林县长张丽善成立联合竞选连任总部", [
            "【云嘉特派员/云林报导】云林县长张丽善今天在水林乡成立竞选连任总部,云林县副县长谢淑亚到场支持。"]),
        ("主管会报", [
            "云林县政府今日上午召开第87次主管会报暨第64次县务会议,由县长张丽善介绍新任主管。",
            "会议首先介绍新任主管,包括副县长陈璧君、副秘书长黄凯达及行政处处长李重毅。"]),
    ])
    got = engine.ask("云林县新任副县长是谁？")
    assert not got.declined and got.text == "陈璧君"
    got = engine.ask("云林县副县长是谁？")  # no qualifier asked: the rank order (the county and post in one sentence)
    assert not got.declined and got.text == "谢淑亚"


def test_the_post_printed_with_the_qualifier_asked_is_read_first():
    engine = engine_of([
        ("商总第33届全菲代表大会", [
            "下午3时,菲华商联总会新届董事会选出商总领导要职:新任理事长施东方,执行副理事长林荣辉。"]),
        ("施金锌兄妹捐献农村校舍", [
            "本届再予捐献另五座,表示对菲华商联总会及新届理事长黄年荣的支持。"]),
    ])
    got = engine.ask("菲华商联总会新届理事长是谁？")
    assert not got.declined and got.text == "黄年荣"
