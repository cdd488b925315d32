"""The composer keeps a sentence's tags and typed spans by its folded text, which alone decides them: a sentence
printed in two articles (a syndicated story, a boilerplate line) is scanned once, and both get the same spans."""

from __future__ import annotations

from stories import engine_of

from qa.answer import compose

SHARED = "新华社记者张三在北京报道,2024年3月5日,该市新建了12所学校。"


def test_a_sentence_in_two_articles_is_scanned_once(monkeypatch) -> None:
    engine = engine_of([("甲市教育", [SHARED, "学校的建设由市教育局负责。"]),
                        ("乙市新闻", ["乙市召开会议。", SHARED])])
    composer = engine._state.composer
    scanned: list[str] = []
    real = compose.extract

    def counting(folded, *args, **kwargs):  # type: ignore[no-untyped-def]
        scanned.append(folded)
        return real(folded, *args, **kwargs)

    monkeypatch.setattr(compose, "extract", counting)
    copies = [s for s in engine.corpus.sentences if s.text == SHARED]
    assert len(copies) == 2 and copies[0].id != copies[1].id
    first, second = (composer._tagged(s) for s in copies)
    assert scanned == [copies[0].folded]  # the second copy came from the cache
    assert first == second and any(sp.type == "number" for sp in first[1])
    assert first[1] == real(copies[1].folded, list(composer._tagger.tag(copies[1].folded)), composer._names,
                            composer._freq)
