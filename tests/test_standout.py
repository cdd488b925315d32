"""How the answer's sentence stands out among the retrieved ones (standout.py): evidence signals."""

from __future__ import annotations

from qa.answer.features import Ranked
from qa.types import Hit, Sentence


def _ranked(sid: str, score: float, coverage: float, article: str = "a", **features: float) -> Ranked:
    s = Sentence(id=sid, article_id=article, paragraph=0, kind="body", text="句子。", start=0, end=3)
    return Ranked(Hit(s, 10.0), score, coverage, features)


def test_a_sentence_far_above_the_others_stands_out():
    from qa.answer.standout import standout

    ranked = [_ranked("a:0:0", 8.0, 0.9, beyond_headline=0.8), _ranked("b:0:0", 3.0, 0.5, "b"),
              _ranked("c:0:0", 2.5, 0.4, "c")]
    f = standout(ranked, "a:0:0")
    assert f["ev_standout"] == 1.0  # 5 above the next, clipped
    assert f["ev_alike"] == 0.0
    assert round(f["ev_cov_standout"], 3) == 0.4
    assert f["ev_same_article"] == 0.0
    assert f["s_beyond_headline"] == 0.8 and f["s_phrase"] == 0.0


def test_sentences_alike_in_score_do_not_stand_out():
    from qa.answer.standout import standout

    ranked = [_ranked("a:0:0", 5.0, 0.6), _ranked("a:1:0", 4.8, 0.6), _ranked("b:0:0", 4.5, 0.6, "b"),
              _ranked("c:0:0", 1.0, 0.2, "c")]
    f = standout(ranked, "a:0:0")
    assert round(f["ev_standout"], 3) == 0.04
    assert f["ev_alike"] == 0.5  # two of the next four within 1
    assert f["ev_cov_standout"] == 0.0
    assert round(f["ev_same_article"], 3) == 0.333


def test_a_sentence_below_the_top_one_reads_negative_and_an_unretrieved_one_reads_nothing():
    from qa.answer.standout import standout

    ranked = [_ranked("a:0:0", 6.0, 0.8), _ranked("a:0:1", 4.0, 0.7)]
    assert standout(ranked, "a:0:1")["ev_standout"] == -0.4
    assert standout(ranked, "z:0:0") == {}
    assert standout(ranked[:1], "a:0:0")["ev_standout"] == 1.0  # nothing else retrieved


def test_the_only_sentence_printing_the_year_asked_stands_out_by_it():
    from qa.answer.standout import standout

    # "2022年8月19日的外交部例行记者会由哪位发言人主持": the title line prints 2022, other years' briefings do not
    ranked = [_ranked("a:0:0", 7.0, 0.8, "a", years_missing=1.0), _ranked("b:0:0", 6.0, 0.7, "b", years_missing=1.0),
              _ranked("c:0:0", 5.0, 0.9, "c", years_missing=0.0)]
    assert standout(ranked, "c:0:0")["ev_year_alone"] == 1.0
    assert standout(ranked, "a:0:0")["ev_year_alone"] == 0.0  # the told sentence lacks the year itself
    # no year asked: years_missing is 0 everywhere, and so is the signal
    plain = [_ranked("a:0:0", 7.0, 0.8), _ranked("b:0:0", 6.0, 0.7, "b")]
    assert standout(plain, "b:0:0")["ev_year_alone"] == 0.0
