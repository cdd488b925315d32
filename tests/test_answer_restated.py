"""A question restating a sentence is answered from the next one, which points back to it (restated.py)."""

from __future__ import annotations

from types import SimpleNamespace

from candidates import sentences_in

from qa.answer.features import Ranked
from qa.answer.restated import POINTS_BACK, next_of_restated
from qa.types import Hit, Sentence

_TEXTS = ("星系具有红移现象,说明这些星系在空间视线方向上正在离我们越来越远。", "这也是大爆炸理论的一个有力证据。")


def _corpus(sentences: list[Sentence]) -> SimpleNamespace:
    return SimpleNamespace(sentences_of=lambda article: [s for s in sentences if s.article_id == article])


def _ranked(s: Sentence, coverage: float, score: float = 7.0) -> Ranked:
    return Ranked(Hit(s, 10.0), score, coverage, {"bm25": 1.0})


def test_the_next_sentence_pointing_back_is_read_as_the_restated_one():
    sentences = sentences_in(_TEXTS, (0, 0))
    found = next_of_restated(_corpus(sentences), [_ranked(sentences[0], 0.78)])
    assert found is not None
    host, after = found
    assert host.hit.sentence is sentences[0] and after.hit.sentence is sentences[1]
    assert (after.score, after.coverage) == (host.score, host.coverage)  # read with S's rank and coverage


def test_not_across_a_paragraph_nor_from_a_weak_or_unpointed_sentence():
    apart = sentences_in(_TEXTS, (0, 1))
    assert next_of_restated(_corpus(apart), [_ranked(apart[0], 0.78)]) is None
    same = sentences_in(_TEXTS, (0, 0))
    assert next_of_restated(_corpus(same), [_ranked(same[0], 0.6)]) is None  # S does not restate it
    plain = sentences_in((_TEXTS[0], "大爆炸理论也因此得到了证据。"), (0, 0))
    assert next_of_restated(_corpus(plain), [_ranked(plain[0], 0.78)]) is None
    last = sentences_in(_TEXTS, (0, 0))
    assert next_of_restated(_corpus(last), [_ranked(last[1], 0.9)]) is None  # no sentence after it


def test_demonstratives_and_pronouns_point_back_connectives_do_not():
    for opening in ("这也使它获得了", "该会成为", "此后", "其中有12个", "他谈到", "“她说"):
        assert POINTS_BACK.match(opening), opening
    for opening in ("此外,记者还采访了", "其实", "其次", "其他国家", "这么多年过去了", "这与海克尔的理论不同",
                    "它与《台湾新生报》一脉相承", "然而"):
        assert not POINTS_BACK.match(opening), opening


def test_the_composer_reads_on_when_the_restated_sentence_names_no_kind_asked():
    from qa.config import load_config
    from qa.engine import Engine
    from qa.types import Article, Paragraph

    # 它 points back for restated.py but not for refers_back.py, whose 这也是… would be ranked first itself (the
    # sentence before read as its own: test_answer_head_reached.py asks the same of it)
    texts = ["星系具有红移现象,说明这些星系在空间视线方向上正在离我们越来越远。它也是大爆炸理论的一个有力证据。",
             "杭州今天下雨,气温十八度。", "市政府召开常务会议,研究部署防汛工作。", "图书馆周末照常开放。",
             "公园里的樱花开了。", "新车站预计明年投入使用。"]
    articles = [Article(id=f"r#{i}", file="r.json", headline="", paragraphs=(Paragraph(0, "body", t),))
                for i, t in enumerate(texts)]
    engine = Engine.from_articles(load_config(), articles)
    question = "星系具有红移现象,说明这些星系在空间视线方向上正在离我们越来越远,同时这也是哪个理论的重要证据?"
    explained = engine._state.composer.explain(question, engine.retrieve(question))
    read_on = [c for c in explained.candidates if dict(c.features).get("next_of_restated")]
    assert read_on and read_on[0].text == "大爆炸理论"
    assert engine.ask(question).text == "大爆炸理论"
    # the sentence naming the kind asked itself (…理论) is not read on from
    question = "星系具有红移现象,说明这些星系正在离我们越来越远,这是哪种现象?"
    explained = engine._state.composer.explain(question, engine.retrieve(question))
    assert not any(dict(c.features).get("next_of_restated") for c in explained.candidates)
