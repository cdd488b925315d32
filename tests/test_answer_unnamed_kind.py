"""A which-question asking a hotel, a publisher, a company, a paper, a venue or a constituency is not answered by a
span that is no such thing (unnamed_kind.py)."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.unnamed_kind import unnamed_kind
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str) -> str:
    sentence = fold(sentence)
    c = candidate_in(sentence, fold(answer), "span", rule="slot")
    return unnamed_kind(analyze(fold(question)), c, Surroundings(article=sentence, tag=pos_tags))


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # pages58:268: no hotel is printed; the subject is taken
    ("崔世安宴請本地中文媒體負責人的晚宴在哪家酒店舉行?",
     "行政長官崔世安今(31)日宴請本地中文媒體負責人、內地及香港媒體駐澳通訊員。", "行政長官"),
    # pages38:240: no publisher is printed; the book's launch is taken
    ("《枫叶下的墨香》由哪家出版社出版？",
     "在列治文山更优教育的多功能厅里,一场名为《枫叶下的墨香》的新书发布会,却以其独特的温暖与热烈,彻底驱散了冬日的严寒。",
     "新书发布会"),
    # pages70:116: no enterprise is named; words of the clause after the list of counties are taken
    ("延边调研采访团在敦化参观了哪家企业？",
     "未来三天,采访团将前往和龙、安图、敦化、汪清和延吉等五个县市的20余个旅游景区、乡村以及重点项目企业,"
     "记者们将用各自的视角,全方位呈现出延边州经济社会发展现状。", "延边州经济社会"),
    # pages41:126: no paper is named; a clause of the editor's note is taken
    ("《匈媒:闯荡世界的中国人》原载于匈牙利的哪家报纸？",
     "我们找针灸大夫帮助我们减肥和戒烟—中国文化已经成为匈牙利日常生活不可分割的一部分。", "日常生活不可分割的一部分"),
    # pages61 (宜蘭新聞): no constituency is printed; a quoted word of the council's news is taken
    ("黃定和是宜蘭縣哪個選區的議員？", "宜蘭縣議會的「議事」功能又向前推進了一步,17日首度啟用現場投影屏幕。",
     "「議事」"),
])
def test_a_thing_of_another_kind_declines(question, sentence, answer):
    assert _why(question, sentence, answer) == "decline:kind"


@pytest.mark.parametrize(("question", "sentence", "answer"), [
    # a name ending with the kind asked
    ("韩日首脑庆州会谈在哪家酒店举行？", "韩日首脑会谈在庆州希尔顿酒店举行。", "庆州希尔顿酒店"),
    # a name ending with a word of the kind: a company asked, a group answers
    ("延边调研采访团参观了哪家企业？", "采访团参观了扬子江药业集团。", "扬子江药业集团"),
    # pages:236: a brand's short name opening on a word read as a name (蔚|nr 来|v)
    ("立足长三角新能源汽车产业圈获得感满满的是哪家车企？",
     "立足长三角新能源汽车“4小时产业圈”,蔚来汽车获得感满满:物流成本降低、技术创新提速。", "蔚来"),
    # a name in Latin letters
    ("马来西亚首相向哪家报社发文告？", "马来西亚首相向FMT发文告。", "FMT"),
    ("黃定和是宜蘭縣哪個選區的議員？", "黃定和是宜蘭縣第一選區的議員。", "第一選區"),  # a constituency
    # a kind not in the table (单位, 部门: any body's name answers it) is left alone, and so is a question of no
    # which-word
    ("该项目由哪个单位负责？", "该项目由市政府负责。", "市政府"),
    ("崔世安宴請媒體負責人的晚宴在什麼時候舉行?", "行政長官崔世安今(31)日宴請本地中文媒體負責人。", "今(31)日"),
])
def test_a_name_of_the_kind_is_kept(question, sentence, answer):
    assert _why(question, sentence, answer) == ""
