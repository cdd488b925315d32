"""A name set off by a dash after the words the question prints after its question word (dashed.py). The sentences
are DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.dashed import dashed_names


def _names(sentence: str, question: str, right: str) -> list[str]:
    return [sentence[sp.start:sp.end] for sp in dashed_names(sentence, pos_tags(sentence), question, right)]


def test_the_name_after_the_asked_words_and_a_double_dash():
    s = "多伦多市…并与皮尔区、哈尔顿区、约克区和杜林区组成全加拿大最大的都会区——大多伦多地区。"
    q = "什么区域是全加拿大最大的都会区?"
    assert _names(s, q, "区域是全加拿大最大的都会区?") == ["大多伦多地区"]


def test_a_single_dash_to_the_clause_end():
    s = "3月底,国共达成迄今最后一个正式协议—东北停战协定,但对东北内战无实际约束。"
    q = "哪一个正式协议为最后一个国共达成的?"
    assert _names(s, q, "正式协议为最后一个国共达成的?") == ["东北停战协定"]


def test_the_name_stops_where_the_sentence_goes_on():
    s = "下萨克森邦最大的巴洛克城堡——欧斯纳布鲁克城堡和最高的中世纪后哥德式建筑——圣凯萨琳教堂也坐落在欧斯纳布鲁克。"
    q = "欧斯纳布鲁克有哪一座中世纪后哥德式建筑是这类建筑中最高的?"
    assert _names(s, q, "中世纪后哥德式建筑是这类建筑中最高的?") == ["圣凯萨琳教堂"]


def test_not_after_the_question_words_before_its_question_word():
    # a route's stops: 托木斯克 is the question's subject, not the kind asked
    s = "托木斯克州只有一条铁路线:「泰加—托木斯克—白雅尔」与西伯利亚大铁路相连。"
    q = "托木斯克州的货运主要依靠河运以及哪一种运输方式?"
    assert _names(s, q, "运输方式?") == []


def test_not_after_a_colon():
    s = "硫有两种晶体形式:斜方晶八面体和单斜棱晶体,前者在室温下比较稳定。"
    q = "哪一种晶体形式的硫在室温下比较不稳定?"
    assert _names(s, q, "晶体形式的硫在室温下比较不稳定?") == []


def test_not_after_a_quotation_mark():
    s = "拉丁语的「princeps」—该字源自于「primus」与「capio」。"
    assert _names(s, "「princeps」的中文翻译为?", "") == []
