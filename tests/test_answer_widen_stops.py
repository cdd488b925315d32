"""Where short.widen stops a typed answer's noun phrase: before a verb jieba tagged a noun (its aspect particle
says so) and before a character standing between two names."""

from __future__ import annotations

from qa.answer.short import widen


def _span(pos: list[tuple[str, str]], part: str) -> tuple[int, int]:
    text = "".join(w for w, _ in pos)
    return text.index(part), text.index(part) + len(part)


def test_a_noun_before_an_aspect_particle_is_a_verb():
    pos = [("自", "p"), ("清末", "t"), (",", "x"), ("溧阳", "ns"), ("产生", "n"), ("了近", "v"), ("200", "m"),
           ("名", "n"), ("进士", "n")]
    a, b = _span(pos, "溧阳")
    text = "".join(w for w, _ in pos)
    assert text[slice(*widen(pos, a, b, "马世俊是哪里人?", "place"))] == "溧阳"
    pos = [("在", "p"), ("溧阳", "ns"), ("茶区", "n"), ("种茶", "v")]  # a noun goes on as before
    a, b = _span(pos, "溧阳")
    assert widen(pos, a, b, "哪里种茶?", "place") == (1, 5)


def test_a_character_between_two_names_is_no_rest_of_the_first():
    pos = [("委员长", "n"), ("蒋介石", "nr"), ("命", "n"), ("陈诚", "nr"), ("率", "v"), ("第四", "m")]
    a, b = _span(pos, "蒋介石")
    assert widen(pos, a, b, "由哪一个人任职委员长?", "person") == (a, b)
