"""A transliterated name jieba typed as the other of person and place (translit.py): sentences written for these
tests."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.spans import Span
from qa.answer.translit import asked_kind, crossed
from qa.config import load_config


def _crossed(folded: str, spans: list[tuple[str, str]], kind: str, question: str, country: bool = False,
             freq=lambda w: 0) -> list[str]:
    typed = [Span(folded.index(t), folded.index(t) + len(t), k, "pos:nr") for t, k in spans]  # type: ignore[arg-type]
    return [folded[s.start:s.end] for s in crossed(folded, typed, kind, question, freq, country)]


def test_a_transliteration_typed_person_is_offered_as_a_place():
    f = "第二次是在莫斯科,与苏联交涉会议事宜。"
    assert _crossed(f, [("莫斯科", "person"), ("苏联", "place")], "place", "他曾于何处与苏联交涉?") == ["莫斯科"]


def test_a_transliteration_typed_place_is_offered_as_a_person_when_jieba_only_guessed_it():
    f = "法国航海家拉彼鲁兹对库页岛进行考察。"
    assert _crossed(f, [("拉彼鲁兹", "place")], "person", "发现海峡的法国航海家为谁?") == ["拉彼鲁兹"]
    # a place jieba's dictionary knows stays a place
    assert _crossed(f, [("拉彼鲁兹", "place")], "person", "发现海峡的法国航海家为谁?", freq=lambda w: 40) == []


def test_no_crossing_for_pieces_of_a_longer_name_or_the_question_own_or_a_city_for_a_country():
    # jieba cut 贝尔格|勒: the piece is no place
    assert _crossed("首都为贝尔格勒。", [("贝尔格", "person")], "place", "首都在哪里?") == []
    # 新南|威尔斯|州: a level after it
    assert _crossed("新南威尔斯州发行的邮票。", [("威尔斯", "person")], "place", "自哪里发行的?") == []
    # the wider place of a finer one
    assert _crossed("即位于西雅图南部雷尼尔海滩。", [("西雅图", "person")], "place", "检测点设在哪里?") == []
    # the question's own name
    assert _crossed("在莫斯科举行。", [("莫斯科", "person")], "place", "莫斯科在哪里?") == []
    # a country asked: a city's name is not offered
    assert _crossed("在布达佩斯设置电车。", [("布达佩斯", "person")], "place", "哪一个国家?", country=True) == []
    # Chinese names are not transliterations
    assert _crossed("在高雄举行。", [("高雄", "person")], "place", "在哪里举行?") == []


def test_only_a_question_asking_one_of_person_and_place_crosses():
    assert asked_kind(("place", "org")) == "place"
    assert asked_kind(("person", "org")) == "person"
    assert asked_kind(("person", "place")) == ""
    assert asked_kind(("time",)) == ""


def test_the_composer_answers_the_place_jieba_tagged_a_person(tmp_path):
    page = "\n周恩来与酒\n\n周恩来一生只醉过两次。第二次是在莫斯科,与苏联交涉日内瓦世界和平会议事宜。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("周恩来曾于何处与苏联交涉日内瓦世界和平会议事宜?").text == "莫斯科"
