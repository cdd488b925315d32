"""The two objects made by the thousand a question, made the fast way, are what their dataclasses make:
make_sentence (SentenceTable's) and Span's own __init__ (which writes the frozen fields to the instance dict)."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from qa.answer.spans import Span
from qa.split import SentenceTable
from qa.types import Article, Paragraph, Sentence, make_sentence


def test_the_same_sentence_as_the_dataclass_makes() -> None:
    values = ("a1:2:3", "a1", 2, "body", "浙江省的省会是杭州。", 5, 15)
    made, plain = make_sentence(*values), Sentence(*values)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert [getattr(made, f.name) for f in fields(Sentence)] == list(values)
    with pytest.raises(AttributeError):
        made.text = "x"  # type: ignore[misc]  # still frozen


def test_a_table_makes_sentences_of_python_ints() -> None:
    article = Article(id="x", file="x.txt", headline="标题",
                      paragraphs=(Paragraph(0, "headline", "标题"), Paragraph(1, "body", "第一句。第二句！"),
                                  Paragraph(2, "body", "第三句。")))
    table = SentenceTable([article])
    got = list(table)
    assert [s.text for s in got] == ["标题", "第一句。", "第二句！", "第三句。"]
    assert [s.id for s in got] == ["x:0:0", "x:1:0", "x:1:1", "x:2:0"]
    for s in got:
        assert all(type(getattr(s, f)) is int for f in ("paragraph", "start", "end"))
        assert s == Sentence(s.id, s.article_id, s.paragraph, s.kind, s.text, s.start, s.end)
    assert table[-1] == got[-1]
    with pytest.raises(IndexError):
        table[len(table)]


def test_a_span_is_still_a_frozen_dataclass() -> None:
    a, b = Span(1, 3, "time", "time"), Span(start=1, end=3, type="time", rule="time")
    assert a == b and hash(a) == hash(b) and repr(a) == "Span(start=1, end=3, type='time', rule='time')"
    assert [f.name for f in fields(Span)] == ["start", "end", "type", "rule"]
    assert replace(a, end=5) == Span(1, 5, "time", "time")
    assert a != Span(1, 3, "time", "era") and len({a, b}) == 1
    with pytest.raises(AttributeError):
        a.start = 2  # type: ignore[misc]


def test_quick_init_makes_what_the_dataclass_makes() -> None:
    from dataclasses import dataclass, field

    from qa.answer.features import Ranked
    from qa.types import Candidate, Hit, quick_init

    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: list[int] = field(default_factory=list)

    @quick_init
    @dataclass(frozen=True)
    class Quick:
        a: int
        b: str = "x"
        c: list[int] = field(default_factory=list)

    for args, kw in (((1,), {}), ((1, "y"), {}), ((1,), {"c": [2]}), ((), {"a": 3, "b": "z", "c": [4]})):
        p, q = Plain(*args, **kw), Quick(*args, **kw)
        assert (p.a, p.b, p.c) == (q.a, q.b, q.c)
    assert Quick(1).c is not Quick(1).c  # a fresh default each time
    assert Quick(1) == Quick(1) and hash(Quick(1, "y", ())) == hash(Quick(1, "y", ()))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        Quick(1).a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]
    s = make_sentence("a:1:0", "a", 1, "body", "文本。", 0, 3)
    h = Hit(s, 2.5)
    assert h == Hit(sentence=s, score=2.5) and replace(h, score=1.0).score == 1.0
    r = Ranked(h, 1.0, 0.5)
    assert r.features == {} and r.features is not Ranked(h, 1.0, 0.5).features
    c = Candidate("文本", s, 0, 2, "term", 1.0, "span")
    assert c.features == () and c.narrowed(0, 1, "cut") == Candidate("文", s, 0, 1, "term", 1.0, "span+cut")


def test_quick_init_refuses_what_it_does_not_handle() -> None:
    from dataclasses import dataclass, field

    from qa.types import quick_init

    with pytest.raises(TypeError):
        @quick_init
        @dataclass(frozen=True)
        class Later:
            a: int
            b: int = field(init=False, default=0)

    with pytest.raises(TypeError):
        @quick_init
        @dataclass(frozen=True)
        class Posted:
            a: int

            def __post_init__(self) -> None:
                pass
