"""The evidence signals of answering.py: does the answer's sentence repeat what the question asks of its topic
(its verb, the noun it asks for, its words next to the answer), or only share the topic? Sentences from the CMRC
2018 trial set."""

from __future__ import annotations

from qa.answer.answering import answering
from qa.answer.policy import confidence, confidence_features
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_WORDS = {"张永海": "nr", "回到": "v", "辽宁队": "nt", "品种": "n", "锦地罗": "n", "需要": "v", "冬眠": "v"}


def _tag(text: str) -> list[tuple[str, str]]:
    """A tagger that knows the tests' few words (the composer's is jieba's)."""
    out, i = [], 0
    while i < len(text):
        word = next((w for w in _WORDS if text.startswith(w, i)), text[i])
        out.append((word, _WORDS.get(word, "x")))
        i += len(word)
    return out


def _candidate(sentence: str, answer: str) -> Candidate:
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="time", score=1.0,
                     rule="type:time")


ZHANG = analyze("张永海在哪一年回到了辽宁队？")
ZHANG_WORDS = (("张永海", True), ("回到", False), ("辽宁队", True))


def test_the_sentence_printing_the_question_s_verb_beside_the_answer_answers_it():
    right = _candidate("2014年回到辽宁队,但在同年二次转会张永海突然加盟中甲球队", "2014年")
    f = answering(ZHANG, right, ZHANG_WORDS, (), _tag)
    assert f["ev_verb_missing"] == 0.0
    assert f["ev_answer_gap"] == 0.0  # 回到 right after the answer
    assert f["ev_beside_near"] == 1.0  # 回到 (after 哪一年) within ten characters
    assert round(f["ev_clause_share"], 3) == 0.667  # 回到, 辽宁队 in its clause; 张永海 only in the next


def test_a_sentence_on_the_topic_that_does_not_print_the_verb_only_shares_it():
    # the same player's other year: his name, no 回到, nor 辽宁队 (the sentence before says 北京国安)
    other = _candidate("2013年夏,张永海租借加盟上海申鑫", "2013年")
    f = answering(ZHANG, other, ZHANG_WORDS, ("自此张永海逐渐淡出国安一线",), _tag)
    assert f["ev_verb_missing"] == 1.0
    assert f["ev_beside_near"] == 0.0
    assert round(f["ev_window_share"], 3) == 0.333  # only 张永海, in it or its neighbour
    assert f["ev_clause_share"] == 0.0
    # the sentence after it prints the rest: read over the window, not the sentence alone
    f = answering(ZHANG, other, ZHANG_WORDS, ("2014年回到辽宁队",), _tag)
    assert f["ev_window_share"] == 1.0 and f["ev_verb_missing"] == 1.0


def test_the_noun_asked_printed_next_to_the_answer():
    info = analyze("哪个品种的锦地罗不需要冬眠？")
    words = (("品种", False), ("锦地罗", True), ("需要", False), ("冬眠", False))
    right = _candidate("但是澳洲昆士兰的\"Beerwah\"这个品种不需要经过冬眠", "澳洲昆士兰的\"Beerwah\"")
    f = answering(info, right, words, (), _tag)
    assert f["ev_head_apart"] == 0.1  # 这个 between the answer and 品种
    other = _candidate("有很多宽叶毛毡苔生长在温带", "温带")
    assert answering(info, other, words, (), _tag)["ev_head_apart"] == 1.0  # 品种 not printed
    assert answering(info, other, words, (), _tag)["ev_answer_gap"] == 1.0  # none of its words printed


def test_without_a_tagger_or_question_words_the_signals_that_need_them_are_left_out():
    c = _candidate("2013年夏,张永海租借加盟上海申鑫", "2013年")
    f = answering(ZHANG, c, ZHANG_WORDS)
    assert "ev_verb_missing" not in f and "ev_head_apart" not in f and "ev_window_share" in f
    assert answering(ZHANG, c, (), (), _tag).keys() == {"ev_verb_missing", "ev_beside_near"}


def test_the_new_signals_change_no_confidence_until_weights_name_them():
    c = _candidate("2013年夏,张永海租借加盟上海申鑫", "2013年")
    f = confidence_features(c, [], ZHANG, 0.5, 0.0, ZHANG_WORDS, (c.sentence.folded,))
    assert "ev_window_share" in f
    weights = {"bias": -0.5, "coverage": 2.0, "local_missing": -1.0}
    assert confidence(f, weights, 0.0) == confidence(
        {k: v for k, v in f.items() if not k.startswith("ev_")}, weights, 0.0)
