"""same_article.completing: a sentence of the retrieved article that names the question best, which its first
sentence completes ("市委书记、市长王学军,…" after "政协第六届吴忠市委员会第三次会议举行第二次全体会议", 吴忠日报,
2024-01-13), is read although other cities' rows of 市委书记 and 市长 fill the sentences retrieval ranks first."""

from __future__ import annotations

from qa.answer.question import analyze
from qa.engine import build_engine
from qa.types import Article, Paragraph

_LEAD = "本报讯1月12日下午,政协第六届吴忠市委员会第三次会议举行第二次全体会议。"
_ROW = "市委书记、市长王学军,市人大常委会主任兰德明,市委副书记王汉武,以及市委、人大、政府的其他领导出席会议。"
_CITIES = "鞍山白山辽阳荆门宝鸡临沂南阳杭州眉山昌吉佳木斯克拉玛依"


def _others(n: int) -> list[Article]:
    # other cities' stories: short rows of 市委书记 and 市长 that BM25 ranks above the long row of 吴忠's story
    return [Article(id=f"o{i}", file=f"o{i}", headline=f"全市领导干部大会召开({i})",
                    paragraphs=(Paragraph(0, "body", f"市委书记张{i}、市长李{i}出席。"),
                                Paragraph(1, "body", f"会议传达了第{i}号文件精神。")))
            for i in range(n)]


def _story(*rows: str) -> Article:
    return Article(id="wz", file="wz", headline="", source="",
                   paragraphs=tuple(Paragraph(i, "body", r) for i, r in enumerate((_LEAD, *rows))))


def _read(engine, question: str) -> list[str]:
    composer = engine._state.composer
    terms = composer.question_terms(question, analyze(question))
    hits = engine.retrieve(question)
    return [h.sentence.text for h in composer._read(terms, hits)]


def test_the_row_its_first_sentence_completes_is_read(config):
    engine = build_engine(config, articles=[*_others(45), _story("本次大会应出席委员263人,实到245人。", _ROW)],
                          backend="rank-bm25")
    question = "吴忠市委书记、市长是谁？"
    retrieved = [h.sentence.text for h in engine.retrieve(question)]
    assert _ROW not in retrieved  # BM25 alone never reaches it: 45 other rows outscore it
    assert _LEAD in retrieved  # the story is retrieved by its first sentence, which names 吴忠
    assert _ROW in _read(engine, question)


def test_not_when_a_read_sentence_of_it_holds_the_question(config):
    # the story's first sentence holds the question and the words against its question word: nothing more of it
    lead = "本报讯1月12日下午,吴忠市委书记、市长王学军出席政协第六届吴忠市委员会第三次会议。"
    story = Article(id="wz", file="wz", headline="",
                    paragraphs=(Paragraph(0, "body", lead), Paragraph(1, "body", _ROW)))
    engine = build_engine(config, articles=[*_others(45), story], backend="rank-bm25")
    assert _ROW not in _read(engine, "吴忠市委书记、市长是谁？")


def test_only_a_sentence_holding_what_its_topic_leaves_out(config):
    # 秘书长 is neither in the story's first sentence nor in its row: the row is not read for it
    engine = build_engine(config, articles=[*_others(45), _story(_ROW)], backend="rank-bm25")
    assert _ROW not in _read(engine, "吴忠市委秘书长是谁？")
