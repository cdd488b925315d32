"""Confidence signals of a how-answer: a means word opening it, the question's verb after it (means_told.py)."""

from __future__ import annotations

from candidates import sentence_of

from qa.answer.means_told import means_signals
from qa.answer.policy import CONFIDENCE_ONLY
from qa.answer.question import analyze
from qa.types import Candidate


def _answer(text: str, span: str, rule: str = "sentence") -> Candidate:
    s = sentence_of(text)
    start = text.index(span)
    return Candidate(text=span, sentence=s, start=start, end=start + len(span), type="clause", score=1.0, rule=rule)


def test_a_means_set_before_the_act_asked():
    text = "经过中心工作人员的精心对接和有效调解,纠纷得以迅速化解"
    got = means_signals(_answer(text, text), analyze("李女士的纠纷是怎么化解的?"))
    assert got == {"how_means": 1.0, "how_verb": 1.0}


def test_a_means_after_the_subject_and_the_means_noun_of_the_question():
    text = "调解员通过细致沟通,最终引导当事双方达成和解"
    assert means_signals(_answer(text, text), analyze("调解员是如何化解危机的?"))["how_means"] == 1.0
    text = "当地采取农文旅融合的办法发展乡村旅游,吸引了大批游客"
    got = means_signals(_answer(text, "农文旅融合"), analyze("当地通过什么方式发展乡村旅游?"))
    assert got == {"how_means": 1.0, "how_verb": 1.0}  # 采取 right before it; 发展, not 方式, is the verb


def test_a_description_sharing_the_topic_tells_neither():
    text = "这座城市历史悠久,如今已是全国闻名的旅游胜地"
    got = means_signals(_answer(text, text), analyze("这座城市是如何发展起来的?"))
    assert got == {"how_means": 0.0, "how_verb": 0.0}


def test_only_how_questions_and_only_the_confidence_model():
    text = "经过调解,纠纷得以化解"
    assert means_signals(_answer(text, text), analyze("纠纷为什么得以化解?")) == {}
    assert set(CONFIDENCE_ONLY) == {"how_means", "how_verb"}
