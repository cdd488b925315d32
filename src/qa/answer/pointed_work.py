"""A which-work question (哪部作品, 哪一部片, 哪本书) answered from a sentence that prints the work only as a
pointer in the question's slot: "學術界目前傾向於將哪部作品看作歐洲文學史上的第一部流浪漢小說" ↔ "…但學術界還是
傾向於將它看作歐洲文學史上的第一部流浪漢小說", "2004年的《鳳凰號》是重製哪一部片" ↔ "這片在2004年重製為…《鳳凰號》".
The sentence holds the question's words, so it wins the rerank, but the work it tells of is named a sentence or two
before, by its title ("彼特隆紐斯的《薩蒂里卡》是傳奇式小說", "史都華主演經典災難片《鳳凰劫》,此片是…"): the answer
is that title, the last one the nearest sentence before it in its paragraph prints (not one the question names)."""

from __future__ import annotations

import re

from ..types import Candidate, Corpus
from .around import moved, sentences_before
from .question import QuestionInfo

# the nouns of a work a title names (folded: simplified), longest first
_WORKS = ("作品", "著作", "电影", "影片", "小说", "专辑", "歌曲", "书", "片", "剧", "曲", "诗")
_TITLE = re.compile(r"《[^《》]{1,30}》")
_BACK = 3  # sentences of the paragraph read back for the title


def _asked_work(info: QuestionInfo) -> str:
    """The work noun right after a which-word ("哪部|作品", "哪一部|片"), or ""."""
    if info.qtype != "what" or not info.wh or not info.wh_word.startswith("哪"):
        return ""
    return next((w for w in _WORKS if info.right.startswith(w)), "")


def _points_in_slot(f: str, info: QuestionInfo, work: str) -> bool:
    """Whether the sentence prints a pointer where the question prints its question word: 它 between the
    characters on either side ("将|它|看作" for "将|哪部作品|看作"), or a demonstrative with the work noun (这片,
    此书, 这部作品)."""
    after = info.right[len(work):len(work) + 2]
    if info.left and len(after) == 2 and info.left[-1] + "它" + after in f:
        return True
    # (its subject or object, not a measure word: "这片|在2004年重制为…", not "这片|土地")
    return re.search(r"(?:这|此|该)(?:一?[部本首篇])?" + re.escape(work) + r"(?=[在是的,，于被由也曾已将把为中])",
                     f) is not None


def pointed_work(corpus: Corpus, best: Candidate, info: QuestionInfo) -> Candidate | None:
    """`best`, decided on its own sentence, shown as the title of the work its sentence points back to; None when
    the question asks no work, the sentence prints no pointer in the question's slot, names a title of its own
    besides the question's, or no sentence just before it names one."""
    work = _asked_work(info)
    f = best.sentence.folded
    if not work or best.text.startswith("《") or not _points_in_slot(f, info, work):
        return None
    if any(m.group(0) not in info.text for m in _TITLE.finditer(f)):
        return None  # (a title of its own: the pointer may be to it)
    for prev in reversed(sentences_before(corpus, best.sentence)[-_BACK:]):
        titles = [m for m in _TITLE.finditer(prev.folded) if m.group(0) not in info.text]
        if titles:
            return moved(best, prev, titles[-1].start(), titles[-1].end(), "term", "+pointed-work")
    return None
