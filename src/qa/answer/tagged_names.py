"""The words jieba tags as names (nr, nrt) that the name rules of names.py doubted, offered to a who-question:
a name of a surname the list lacks (溥俊, 铁铉), a ruler's name (仁祖, 安帝), a transliteration tagged nr, not
nrt (志费尼). Only words jieba's dictionary does not know (its guesses) or transliterations: the dictionary's
words it tags nr are common nouns as often as names (小姐, 师傅, 桂冠, 老太太 on the news pages). The question asks
a person, so a doubted name may answer it; the context features (the question's words around each) choose."""

from __future__ import annotations

from collections.abc import Iterable

from ..lexicon import ADMIN_SUFFIXES, COMPOUND_SURNAMES, SURNAMES, TRANSLIT_CHARS, all_han
from ..tokenize import main_word_freq, main_word_tag
from .names import COMMON_WORD, SITE_ENDS, TEMPLE_NAME_ENDS, name_ends, place_by_context
from .spans import Freq, Span, offsets

_NAME_TAGS = frozenset(("nr", "nrt"))
_PLACE_ENDS = (*ADMIN_SUFFIXES, *SITE_ENDS, "郡", "派")  # a place or a faction jieba tagged nr


def doubted_names(folded: str, pos: Iterable[tuple[str, str]], typed: Iterable[Span], question: str,
                  freq: Freq = main_word_freq) -> list[Span]:
    """The nr/nrt words of the sentence (two to five Chinese characters) that no typed span of a person covers and
    the question does not print."""
    people = [(sp.start, sp.end) for sp in typed if sp.type == "person"]
    out = []
    words = offsets(pos)
    for i, (a, b, w, flag) in enumerate(words):
        if flag not in _NAME_TAGS or not 2 <= b - a <= 5 or not all_han(w) \
                or w in question or any(x < b and a < y for x, y in people):
            continue
        if w.endswith(_PLACE_ENDS) or (i and words[i - 1][3] in _NAME_TAGS and words[i - 1][1] == a) \
                or place_by_context(words, i, i + 1):
            # a place or a faction (东海郡, 温和派), or one its context names (瓦尔特|堡, 在|英国|威尔斯); a name's
            # second word (耶律|金山: the whole one is asked)
            continue
        if freq(w) and main_word_tag(w) in _NAME_TAGS and not (b - a >= 3 and all(c in TRANSLIT_CHARS for c in w)) \
                and not listed_name(w, freq):
            # a word of jieba's dictionary (小姐, 师傅, 桂冠, 老太太), unless a transliteration (笛卡尔) or a name the
            # dictionary lists as one (孙中山, 诸葛亮); a word the main dictionary does not tag a name is tagged one
            # by the user dictionary (拿破仑, 忽必烈: config/userdict.txt), which lists names alone
            continue
        out.append(Span(a, b, "person", "pos:nr"))
    return out + pieced_names(folded, words, people, question)


def pieced_names(folded: str, words: list[tuple[int, int, str, str]], people: list[tuple[int, int]], question: str
                 ) -> list[Span]:
    """A foreign name jieba cut into pieces, one of them tagged a name ("亚里/ns|斯多德/nrt", "哈利/ns|里德/nrt",
    "西/f|格里/nrt"): the longest run of two or more words made of transliteration characters alone, 3 to 7 in
    all, one a name's word, where a name may end (not "特米乌尔巴克|齿龙", a species' name), that no typed person
    spans whole and the question does not print."""
    out = []
    k = 0
    while k < len(words):
        m = k
        while m < len(words) and words[m][1] - words[k][0] <= 7 and words[m][2] \
                and all(c in TRANSLIT_CHARS for c in words[m][2]) and (m == k or words[m - 1][1] == words[m][0]):
            m += 1
        a, b = words[k][0], words[m - 1][1] if m > k else words[k][1]
        if m - k >= 2 and 3 <= b - a <= 7 and any(words[x][3] in _NAME_TAGS for x in range(k, m)) \
                and (m == len(words) or not all(c in TRANSLIT_CHARS for c in words[m][2])) and name_ends(words, m) \
                and folded[a:b] not in question and not any(x <= a and b <= y for x, y in people):
            out.append(Span(a, b, "person", "pos:nr"))
        k = max(m, k + 1)
    return out


def listed_name(word: str, freq: Freq = main_word_freq) -> bool:
    """A word jieba's dictionary itself tags nr shaped as a Chinese name of three characters or more: a surname and
    a given name of two (孙中山, 阎锡山), a compound surname and one or two (诸葛亮). Not a common word and one
    more character (芦苇|荡), nor a surname-like character before a common noun (X|文明): a given name that is a
    word is a place's (孙|中山, 阎|锡山). Not two characters: the dictionary tags as many common words of a
    "surname" and one character nr (文明, 华丽, 高卢, 师傅) as names (岳飞, 朱熹)."""
    if main_word_tag(word) != "nr" or word[-1] in TEMPLE_NAME_ENDS:
        return False  # (a ruler's temple name, 晋元帝, is names.py's already)
    if word[:2] in COMPOUND_SURNAMES:
        return 3 <= len(word) <= 4
    return len(word) == 3 and word[0] in SURNAMES and freq(word[:2]) < COMMON_WORD \
        and (freq(word[1:]) < COMMON_WORD or main_word_tag(word[1:]) == "ns")
