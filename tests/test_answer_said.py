"""What was said or written asked: the quotation or the words after the colon, not the whole sentence (said.py)."""

from __future__ import annotations

from qa.answer.said import said_span


def _cut(sentence: str, question: str) -> str | None:
    got = said_span(sentence, question)
    return None if got is None else sentence[got[0]:got[1]]


def test_the_quotation_after_the_verb_of_saying_is_what_was_said():
    sentence = "临别时，老校长对学生们说：“读书是为了明理”，然后转身离开"
    assert _cut(sentence, "老校长临别时对学生们说了什么?") == "读书是为了明理"


def test_without_quotation_marks_the_words_after_the_colon_are_what_is_written():
    assert _cut("石碑上刻着一行字：此地曾是古渡口。", "石碑上刻着什么?") == "此地曾是古渡口"


def test_no_cut_when_nothing_said_is_asked_or_nothing_is_quoted():
    assert _cut("临别时，老校长对学生们说：“读书是为了明理”", "老校长是哪一年退休的?") is None
    assert _cut("老校长临别时对学生们说了几句话", "老校长临别时对学生们说了什么?") is None
