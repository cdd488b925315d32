"""The evidence signals of `policy.confidence_features` that tell an answer from a paragraph that is not in the
papers: the question's subject and bigrams missing around the answer."""

from __future__ import annotations

from qa.answer.agreement import Surroundings
from qa.answer.policy import confidence_features
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _candidate(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="place", score=1.0,
                     rule="type:place")


def _tag(text: str) -> list[tuple[str, str]]:
    """A tagger that knows the test's few nouns (the composer's is jieba's)."""
    nouns = ("博物馆", "总部", "公园")
    out, i = [], 0
    while i < len(text):
        word = next((n for n in nouns if text.startswith(n, i)), text[i])
        out.append((word, "n" if word in nouns else "x"))
        i += len(word)
    return out


QUESTION = "博物馆的总部在哪里？"


def test_the_subject_missing_from_the_sentence_and_its_article():
    info = analyze(QUESTION)
    right = _candidate("博物馆的总部在上海", "上海")
    around = Surroundings(near="", article="博物馆的总部在上海", tag=_tag)
    f = confidence_features(right, [], info, 1.0, 0.0, context=(right.sentence.folded, ""), around=around)
    assert f["subject_missing"] == 0.0 and f["subject_article_missing"] == 0.0
    assert f["bigrams_gone"] == 0.0 and f["bigrams_gone_share"] == 0.0

    other = _candidate("公园的入口设在北京", "北京")
    around = Surroundings(near="", article="公园的入口设在北京。博物馆很大", tag=_tag)
    f = confidence_features(other, [], info, 0.5, 0.0, context=(other.sentence.folded, ""), around=around)
    assert f["subject_missing"] == 1.0  # 博物馆 is not in the sentence …
    assert f["subject_article_missing"] == 0.0  # … but its article names it
    # 博物, 物馆, 总部 (the question word and the pairs with a function character, 馆的 的总 部在, left out): none
    # is in the sentence
    assert f["bigrams_gone"] == 0.3 and f["bigrams_gone_share"] == 1.0


def test_a_photo_question_is_not_missing_the_words_that_name_the_photo():
    # "照片…拍的" name the picture, which its caption never does; "杉的", "是在" say nothing of the topic
    caption = _candidate("4月13日,长兴县水口乡水口村,千亩水杉与民居相映成趣", "长兴县水口乡水口村")
    f = confidence_features(caption, [], analyze("千亩水杉的照片是在哪里拍的？"), 0.6, 0.0,
                            context=(caption.sentence.folded, ""), around=Surroundings())
    assert f["bigrams_gone"] == 0.0 and f["bigrams_gone_share"] == 0.0


def test_the_text_before_the_sentence_holds_the_subject():
    """"它的总部设在上海" after "博物馆成立于1990年": the subject is named just before."""
    info = analyze(QUESTION)
    c = _candidate("它的总部设在上海", "上海")
    around = Surroundings(near="博物馆成立于1990年", article="博物馆成立于1990年,它的总部设在上海", tag=_tag)
    f = confidence_features(c, [], info, 1.0, 0.0, context=(c.sentence.folded, around.near), around=around)
    assert f["subject_missing"] == 0.0
    assert f["bigrams_gone_share"] == 0.0  # 博物 物馆 before it, 总部 in it
    f = confidence_features(c, [], info, 1.0, 0.0, context=(c.sentence.folded,), around=around)
    assert f["bigrams_gone_share"] == 2 / 3  # the sentence alone: 博物 物馆 gone


def test_without_surroundings_or_a_tagger_the_signals_are_left_out():
    info = analyze(QUESTION)
    c = _candidate("博物馆的总部设在上海", "上海")
    f = confidence_features(c, [], info, 1.0, 0.0)
    assert not {"subject_missing", "bigrams_gone"} & set(f)
    f = confidence_features(c, [], info, 1.0, 0.0, context=(c.sentence.folded,), around=Surroundings())
    assert "subject_missing" not in f and "bigrams_gone" in f


def test_signals_without_weights_change_no_confidence():
    """A signal the weights do not name scores 0: new signals change no answer until the models are refitted."""
    from qa.answer.policy import confidence

    info = analyze(QUESTION)
    c = _candidate("公园的入口设在北京", "北京")
    around = Surroundings(near="", article="公园的入口设在北京", tag=_tag)
    old = confidence_features(c, [], info, 0.5, 0.0, context=(c.sentence.folded, ""))
    new = confidence_features(c, [], info, 0.5, 0.0, context=(c.sentence.folded, ""), around=around)
    assert set(new) > set(old)
    weights = {"bias": -0.5, "coverage": 2.0, "missing": -1.0}
    assert confidence(new, weights, 0.0) == confidence(old, weights, 0.0)
