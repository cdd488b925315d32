"""A short answer that ends with a word governing what follows it: drop that word.

A slot or gap run stops where the question's next anchor is echoed, or at a word the tagger cut, and so may keep
the preposition, conjunction or adverb that opens the sentence's next phrase: "以|非金属类材料为|主要结构",
"以|复仇之名向|孙权发动", "卑南族…有|猴祭及|锄草祭", "自|文化大革命后即|开始入住", "马麒为|马氏家族…奠定".
That word belongs to what follows, never to the thing named, so the answer ends before it. Only such a character
(为, 向, 及, 即, 更 …) that the tagger reads as a word of its own, or as the end of a word jieba's dictionary does
not know (its HMM glued it to the character before: 名向, 祭及; not 方向, 涉及, 行为, a word of the dictionary),
right before more words of its clause (not before punctuation, where it would close the clause: "…的路段为:"),
after two characters at least."""

from __future__ import annotations

import re

from ..lexicon import CN_DIGITS, PUNCT
from ..tokenize import main_word_freq
from ..types import Candidate
from .shape import Tagger
from .spans import Freq, clause_start, offsets, trim

# one-character words that open the phrase after them: prepositions, conjunctions, adverbs before a predicate
_GOVERNING = frozenset("为向以于及与和并而即则更就所把被将从对由")
_NUMERAL = re.compile(r"[\d" + CN_DIGITS + r"几多余]")  # the character before a measure word
_CLAUSE_ENDS = frozenset(",，。;；:：!！?？")  # the marks the answer's clause starts after


def without_dangling_end(best: Candidate, pos: Tagger, freq: Freq = main_word_freq) -> Candidate | None:
    """The answer without the governing word it ends with, or None when it ends with none."""
    f = best.sentence.folded
    if best.rule == "sentence" or best.end - best.start < 3 or f[best.start:best.end].strip() == f.strip():
        return None  # a whole sentence ends where it ends
    last = f[best.end - 1]
    if best.type == "number" and _NUMERAL.match(f, best.end - 2):
        return None  # "四十五对", "3所": a figure's measure word (lexicon.UNITS), not a preposition
    if last not in _GOVERNING or f[best.end:best.end + 1] in PUNCT or best.end >= len(f):
        return None
    clause = clause_start(f, best.start, _CLAUSE_ENDS)
    words = offsets(pos(f[clause:best.end + 8]))
    word = next(((a + clause, b + clause, w, flag) for a, b, w, flag in words
                 if a + clause < best.end <= b + clause), None)
    if word is None or word[1] != best.end or (word[0] != best.end - 1 and (freq(word[2]) or word[0] < best.start)):
        return None  # the character ends a word of the dictionary ("成为", "方向", "涉及"), or one running on
    start, end = trim(f, best.start, best.end - 1)
    if end - start < 2:
        return None
    return best.narrowed(start, end, "dangling")
