"""A two-character word jieba guesses across a word boundary ("科大|内共|设有", "节日|暨") is no name the question
asks about: its absence from the answer's article must not decline the answer as about somewhere else."""

from __future__ import annotations

import jieba.posseg

from qa.answer.agreement import Surroundings, _fragment, names_in
from qa.answer.policy import inconsistent
from qa.answer.question import analyze
from qa.normalize import fold
from qa.tokenize import main_word_freq
from qa.types import Candidate, Sentence


def _tag(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in jieba.posseg.lcut(text)]


def test_guessed_words_ending_in_a_function_character_are_fragments() -> None:
    unknown = lambda word: 0  # noqa: E731 - no dictionary knows them
    assert _fragment("内共", unknown) and _fragment("长约", unknown) and _fragment("日暨", unknown)
    assert _fragment("和耆", unknown)  # a place starting with a conjunction
    assert not _fragment("和耆", unknown, person=True)  # a person's name may start with a surname such as 和
    assert not _fragment("甬东", unknown)  # a place jieba does not know, with no function character
    assert not _fragment("下城", lambda word: 101)  # a dictionary word is one
    assert not _fragment("旺角区", unknown)  # three characters: a name, not a straddled pair


def test_names_in_drops_a_fragment_of_the_question() -> None:
    around = Surroundings(tag=_tag, freq=main_word_freq)
    names = [name for _kind, name, _at in names_in(fold("中国科大内共设有几个国家人才培养基地"), around)]
    assert "内共" not in names


def test_a_fragment_in_the_question_declines_nothing() -> None:
    question = fold("中國科大內共設有幾個國家人才培養基地?")
    sentence = fold("科大共有38個本科專業，設有4個國家人才培養基地。")
    s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=sentence, start=0, end=len(sentence))
    start = sentence.index("4个")
    c = Candidate(text="4个", sentence=s, start=start, end=start + 2, type="number", score=1.0, rule="type:number")
    around = Surroundings(article="中国科学技术大学 " + sentence, tag=_tag, freq=main_word_freq)
    assert inconsistent(analyze(question), c, around) == ""
