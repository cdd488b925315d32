"""A particular name the question holds that the answer's article never prints.

A question names what it is about (西双版纳, 国家计划委员会, POWER6): an article that answers it prints the name,
one retrieved for the other words it shares (a year, a verb, a common noun) often does not. Only long names
decline: a place or an organisation of two characters, or a person's name, is too often printed in another form
(a paraphrase, a short form, a transliteration) in the article that answers.
"""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings, names_held
from .question import QuestionInfo
from .spans import offsets

# A long name is a particular one: a place of three characters or more (西双版纳, 地中海), an organisation's
# (国家计划委员会), a model's code (POWER6). An article that never prints it does not answer about it.
_LONG_NAME_TAGS = ("ns", "nt")
# letters then a number of up to three digits: POWER6, A380, F-86 (not a name run into a year: "Luxon2025年")
_MODEL_CODE = re.compile(r"[a-z]{1,6}-?\d{1,3}[a-z]{0,2}")
# a paper's name, which jieba tags nz (光明日报/nz): an organisation as particular as one tagged nt
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|早报|商报)")


def long_name_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names a place or an organisation of three characters or more, or a model's code, that the
    answer's article (headline and outlet included; short forms count, 西双版纳州 as 西双版纳) never prints: the answer
    is about something else ("decline:subject", so a candidate from an article that prints it may still answer).
    Measured on the half-index protocol: it declines 5 answers to absent questions for 1 right answer lost (the
    shorter names, people's names and jieba's nz words lose about as many right answers as they decline wrong
    ones)."""
    if around.tag is None or not around.article or best.type == "byline":
        return ""
    text = best.sentence.folded + " " + around.near + " " + around.article
    for start, end, word, flag in offsets(around.tag(info.text)):
        if info.wh and start < info.wh[1] and info.wh[0] < end:
            continue
        named = (flag in _LONG_NAME_TAGS and len(word) >= 3) or (flag == "eng" and _MODEL_CODE.fullmatch(word)) \
            or (flag == "nz" and _PAPER_NAME.fullmatch(word))
        if named and not names_held(word, text):
            return "decline:subject"
    return ""
