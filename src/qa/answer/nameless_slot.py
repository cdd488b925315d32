"""A nameless slot for a person asked: the anchors of a who-question close in only adverbs, conjunctions, pronouns,
verbs and numerals ("釋迦牟尼住世時,|經常|自稱「如來」" for 何人自稱「如來」, "|同時|為馬氏家族…奠定了…基礎",
"…的說法|不表贊同,他們|認為…"), so the question's words matched around the person's clause, not around a name.
Such a slot names no one: it is no answer, and the sentence's other candidates (or a decline) stand instead."""

from __future__ import annotations

from collections.abc import Sequence

from .spans import offsets

# jieba's tags of words that are never (part of) a person's name as printed: adverbs, conjunctions, prepositions,
# particles, pronouns, verbs, numerals, classifiers, locatives, punctuation, modal particles and interjections. A
# noun of any kind (n, nr, ns, nz, ng), a Latin word (eng), an abbreviation (j), an idiom or a surname's
# morpheme (zg: "局长孙/zg|立新") keeps the slot: a name the tagger misread may hide there.
_NAMELESS_PREFIXES = ("d", "c", "p", "u", "r", "v", "m", "q", "f", "x", "y", "o")

_PERSONAL = frozenset(("他", "她", "他们", "她们", "其"))


def nameless_for_person(pos: Sequence[tuple[str, str]], start: int, end: int, expects: Sequence[str]) -> bool:
    """[start, end) of the tagged sentence holds no word that may name someone (or an organisation, which 谁 may
    ask too), and the question asks a person, not a time."""
    if "person" not in expects or "time" in expects or end <= start:
        return False
    words = [(w, flag) for a, b, w, flag in offsets(pos) if a < end and b > start]
    if len(words) == 1 and words[0][0] in _PERSONAL:
        return False  # "為紀念|他|": a pronoun alone points back to a person (the antecedent rule reads it)
    # ("e" alone is an interjection: "eng", a Latin word, is a name's)
    return bool(words) and all(flag.startswith(_NAMELESS_PREFIXES) or flag == "e" for _w, flag in words)
