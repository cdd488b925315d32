"""A slot that opens with the question's own words up to a verb starts after that verb: the sentence says actively
what the question asks passively, or restates its subject and verb before the thing asked ("哪一家的领土被家康大量
减封" ↔ "…,|家康大量减封|毛利家" → 毛利家; "…被分类为无争议性以及具有什么性质的文章" ↔ "论文稿件应该被分类为无|
争议性和争议性的文章"). The words echoed are the question's, no part of the answer."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import echo_marks, offsets, trim

_LEAST_ECHO = 3  # characters of the question's words the slot must open with
_LEAST_SUBJECT = 4  # characters of a subject echoed whole that the sentence's own verb may follow
# the head of a noun compound naming a building or a room: "会|史馆" (会史馆, the society's history hall), "展|室"
_HALL_HEADS = ("馆", "院", "所", "室", "厅")


def _modifies_hall(words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """Whether the one-character verb words[i] is the modifier of a hall right after it ("民建中央|会/v|史馆/n"):
    jieba read 会 as "will", but 会史馆 is one noun."""
    return len(words[i][2]) == 1 and i + 1 < len(words) and words[i + 1][0] == words[i][1] \
        and words[i + 1][3][:1] == "n" and len(words[i + 1][2]) <= 2 and words[i + 1][2].endswith(_HALL_HEADS)


def past_echoed_verb(pos: Sequence[tuple[str, str]], start: int, end: int, question: str) -> int:
    """`start` moved past the last verb inside the run of the question's words that [start, end) opens with
    (three characters or more, after a conjunction), when something of two characters or more that the question
    does not print is left; else `start`."""
    folded = "".join(w for w, _ in pos)
    words = offsets(pos)
    opened = start
    for a, b, _word, flag in words:
        if a == opened and b < end and flag == "c":
            opened = b  # "因为|家康大量减封…": a conjunction opening the slot is no word of the question's
    marks = echo_marks(folded[opened:end], question)
    run = next((i for i, echoed in enumerate(marks) if not echoed), len(marks))
    if run < _LEAST_ECHO:
        return start
    cut = -1
    for a, b, _word, flag in words:
        if opened <= a and b <= opened + run and flag.startswith("v") and flag != "vn":
            cut = b  # (a verbal noun names a thing: "…的|调查" is no predicate)
    if cut < 0 and run >= _LEAST_SUBJECT and any(b == opened + run for _a, b, _w, _f in words):
        # "1980年到1994年,|中华人民共和国有双重|汇率制度" for "中华人民共和国是采用什么形式的汇率制度": the question's
        # subject echoed whole, then the sentence's own verb in place of the question's; the thing asked follows it
        cut = next((b for i, (a, b, _word, flag) in enumerate(words)
                    if a == opened + run and b < end and flag.startswith("v") and flag != "vn"
                    and not _modifies_hall(words, i)), -1)
    if cut < 0:
        return start
    moved, stop = trim(folded, cut, end)
    return moved if stop == end and end - moved >= 2 and folded[moved:end] not in question else start
