"""Another event of the same kind: a meeting or a championship the question names by words the answer's article
never prints, while the answer's sentence names another of that kind (event_name.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.event_name import other_event_name
from qa.answer.question import analyze
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "place") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    return other_event_name(analyze(fold(question)), c, Surroundings(article=article + " " + sentence, tag=pos_tags))


_GYM = "北京时间今天凌晨,在第三十九届世界体操锦标赛女子团体决赛上,中国队获得冠军!"
_MEETING = "8月4日-5日,中国施工企业管理协会2016年度通联员工作会议在山西太原召开。"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # a curling championship asked, the gymnastics one told (冰壶 printed nowhere in the article)
    ("2025世界女子冰壶锦标赛的冠军是哪个队？", _GYM, "中国队", "中国队首获女团冠军", "org"),
    # another body's working meeting (民营企业, 文化 printed nowhere)
    ("2004中国民营企业文化建设工作会议在哪里召开?", _MEETING, "山西太原", "本报获全国工程建设行业报纸金页奖", "place"),
    # another body's council (研究会, 地市)
    ("中国地市报研究会六届四次理事会在哪里召开？", "中国建设报社理事会工作会议在北京召开。", "北京", "中国建设报社",
     "place"),
])
def test_another_event_of_the_kind_declines(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # the event asked, named in the sentence or its article
    ("2025世界女子冰壶锦标赛的冠军是哪个队？", "加拿大队夺得本届世界女子冰壶锦标赛冠军。", "加拿大队", "冰壶", "org"),
    ("2004中国民营企业文化建设工作会议在哪里召开?", _MEETING, "山西太原", "中国民营企业文化建设工作会议", "place"),
    # a verb or an adjective before the meeting names no meeting ("区议员|连续|缺席会议")
    ("區議員連續缺席會議幾個月即喪失議席？", "如按照連續4個月缺席區議會會議即喪失議席的規定", "4個月", "許智峯",
     "number"),
    # a number tells the edition, which other rules read
    ("第三届核安全峰会在哪里召开？", "第三届核安全峰会将在荷兰海牙召开。", "荷兰海牙", "中荷关系", "place"),
])
def test_the_event_asked_stays(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == ""
