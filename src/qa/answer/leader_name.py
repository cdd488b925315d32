"""A leader's name jieba does not know, read from the verb of leading after it: "1242年至1245年间,|拔都|率部从欧洲
撤退" (拔/v 都/d: a verb and an adverb to jieba). Only someone leads troops (率部, 率军, 率兵, 率众): two or three
characters opening a clause before such a verb, no word of jieba's dictionary and no pronoun or number, are a
person's name."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import Freq, Span

_LEADS = ("率部", "率军", "率兵", "率众", "率师")  # the verbs of leading a body of men
_OPENS = ",，;；。:：!！?？"  # what opens a clause before the name
_NOT_NAME_TAGS = ("r", "m", "q", "t", "f", "p", "c", "u", "x")  # pronouns, numbers, times, function words


def leader_names(words: Sequence[tuple[int, int, str, str]], folded: str, freq: Freq) -> list[Span]:
    """The names of two or three characters (one or two of jieba's words) opening a clause right before a verb of
    leading troops, which jieba's dictionary does not hold as a word."""
    out = []
    for k, (a, _b, w, _flag) in enumerate(words):
        if w not in _LEADS:
            continue
        for n in (1, 2):
            i = k - n
            if i < 0 or (i > 0 and words[i - 1][2] not in _OPENS):
                continue
            pieces = words[i:k]
            start = pieces[0][0]
            name = folded[start:a]
            if 2 <= len(name) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in name) and freq(name) == 0 \
                    and not any(p[3][:1] in _NOT_NAME_TAGS for p in pieces):
                out.append(Span(start, a, "person", "pos:nr"))
                break
    return out
