"""A name of three characters jieba cut after its surname, opening an appointment clause "X为<post>"
(appointed_name.py via names.persons): "施/nr|东方/s|为|新任理事长" is 施东方, the head elected, not left unread."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons


def _people(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in persons(sentence, pos_tags(sentence))]


def test_the_name_opening_an_appointment_clause():
    sentence = "下午3时,新届董事会选出商总领导要职,施东方为新任理事长,林荣辉为执行副理事长。"
    assert ("施", "nr") in pos_tags(sentence) and ("东方", "s") in pos_tags(sentence)  # jieba's cut
    assert _people(sentence) == ["施东方", "林荣辉"]


def test_no_post_after_it_or_no_clause_start_leaves_it_alone():
    assert "施东方" not in _people("下午3时,施东方为了这件事奔走。")  # 为了, a purpose: no post
    assert "施东方" not in _people("下午3时,施东方为大家服务。")  # no post ends the clause
