"""compose._read: a sentence past the `read` best whose article's headline holds the question's words it lacks
is read too ("区工商联主席方加亮…" under "闵行区委举行专题协商座谈会" for 闵行区工商联主席是谁)."""

from __future__ import annotations

from qa.answer.features import question_terms
from qa.answer.question import analyze
from qa.engine import build_engine
from qa.types import Article, Paragraph

_SPEAKERS = ("民革区委主委余嬿、民盟区委主委董学平、民建区委主委吴文清、农工党区委主委余梅、致公党区委主委何曙光,"
             "区工商联主席方加亮、区知联会会长胡洁、区新联会会长卢慧文先后发言。")


def _corpus() -> list[Article]:
    # other stories' short sentences on 工商联 and 主席 outscore the long row of speakers in BM25
    others = [Article(id=f"o{i}", file=f"o{i}", headline=f"第{i}次执委会议召开",
                      paragraphs=(Paragraph(0, "body", f"各级工商联主席要学习贯彻第{i}次会议精神。"),))
              for i in range(30)]
    story = Article(id="m", file="m", headline="闵行区委举行专题协商座谈会",
                    paragraphs=(Paragraph(0, "body", _SPEAKERS),))
    return [*others, story]


def test_a_sentence_completed_by_its_headline_is_read(config):
    engine = build_engine(config, articles=_corpus(), backend="rank-bm25")
    hits = engine.retrieve("闵行区工商联主席是谁？")
    read = engine.config.composer.read
    at = [h.sentence.article_id for h in hits].index("m")
    assert at >= read  # BM25 alone leaves it out of those read
    assert engine.ask("闵行区工商联主席是谁？").text == "方加亮"


def test_only_sentences_the_headline_completes(config):
    engine = build_engine(config, articles=_corpus(), backend="rank-bm25")
    composer = engine._state.composer
    info = analyze("闵行区工商联主席是谁？")
    terms = question_terms(info)
    hits = engine.retrieve("闵行区工商联主席是谁？")
    read = composer._read(terms, hits)
    assert [h.sentence.article_id for h in read[composer.config.read:]] == ["m"]
    # the headline alone is not enough: the sentence must hold the rest of the question's words
    info = analyze("闵行区工商联副会长是谁？")
    assert [h.sentence.article_id for h in composer._read(question_terms(info), hits)[composer.config.read:]] == []


def test_at_most_read_beyond_of_them(config):
    # an article on the question's topic can have every later sentence completed by its headline: the best
    # `read_beyond` of them are read, not all (each read sentence is reranked and typed)
    rows = [Paragraph(i, "body", f"区工商联主席方加亮第{i}次发言。") for i in range(12)]
    story = Article(id="m", file="m", headline="闵行区委举行专题协商座谈会", paragraphs=tuple(rows))
    others = [Article(id=f"o{i}", file=f"o{i}", headline=f"第{i}次执委会议召开",
                      paragraphs=(Paragraph(0, "body", f"各级工商联主席要学习贯彻第{i}次会议精神。"),))
              for i in range(30)]
    engine = build_engine(config, articles=[*others, story], backend="rank-bm25")
    composer = engine._state.composer
    terms = question_terms(analyze("闵行区工商联主席是谁？"))
    hits = [h for h in engine.retrieve("闵行区工商联主席是谁？") if h.sentence.article_id.startswith("o")]
    hits += [h for h in engine.retrieve("闵行区工商联主席是谁？") if h.sentence.article_id == "m"]
    read = composer._read(terms, hits)[composer.config.read:]
    assert len(read) == composer.config.read_beyond < 12
    assert {h.sentence.article_id for h in read} == {"m"}
