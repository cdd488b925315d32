"""The topic a clause opens with, before its copula, when the question restates what the sentence says of it:
"韓語詞彙的核心部分為哪一部分?" ↔ "固有詞是…，是韓語詞彙的核心部分" → 固有詞; "該貨幣是?" ↔ "布里斯托鎊是布里斯托
特有的社區流通貨幣" → 布里斯托鎊; "…的哪一個園區為台灣機械產業的創新園區?" ↔ "臺中市精密機械科技創新園區位於…".
The topic is a plain noun phrase, which the typed spans (names, places, organisations) often miss."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..lexicon import ABSTRACT_NOUNS
from ..tokenize import main_word_freq
from .spans import Freq, Span, char_bigrams, clause_end, echo_marks, offsets

# the words a topic is told by: a copula or 位于, an adverb or two before it ("一般是", "则为")
_COPULA_WORDS = frozenset(("是", "为", "指", "又称", "位于", "即", "乃", "也是", "则是", "就是", "便是", "即为",
                           "乃是", "亦是", "都是", "则为", "亦为", "仍是", "泛指", "是指", "意指"))
_ADVERBS = frozenset(("也", "则", "亦", "乃", "即", "就", "便", "都", "还", "一般", "通常", "仍"))
# the tags of a topic's words: nouns, names, abbreviations, Latin letters, attributes and numbers inside a name
_TOPIC_TAGS = ("n", "j", "eng", "b", "a", "m", "x", "vn", "l", "i", "nz", "f")
_NOUN_END = ("n", "j", "eng", "vn", "nz", "l", "i")  # what a topic ends with: a noun, not an attribute
_CLAUSE_MARKS = frozenset(",，;；:：。!！?？")
_WH = re.compile(r"哪[一两几]?[个位种家座所条项部本年句方块门些]?|什么|甚么|何[种者处]?|为何|是谁|谁")
_EVENT = re.compile(r"事情|什么事|哪一?件事")
_LONGEST = 15  # a topic is a name or a short noun phrase
_NAMING = re.compile(r"叫什么|叫做什么|名字|名称")
_NAMING_WORDS = frozenset(("又称", "即", "即为"))
_COMMON = 500  # jieba dictionary frequency from which a one-word topic is a common word (热心 645; 甲醇 131)


def asks_topic(question: str) -> bool:
    """A question that asks for a thing by 哪/什么/何 or as a cloze ("…為?", "…是?"), not for what happened or an
    abstract noun (原因, 方式, "遭遇了什么事情"): those are told by a clause, not named by a topic."""
    if ABSTRACT_NOUNS.search(question) or _EVENT.search(question):
        return False
    return bool(_WH.search(question)) or question.rstrip("?？ ").endswith(("为", "是"))


@lru_cache(maxsize=64)
def _asked(question: str) -> tuple[bool, str, frozenset[str]]:
    """What `topics` reads of the question: whether it asks a name, its text without the question word, and that
    text's bigrams (question words aside). Remembered: the composer asks it of every sentence it reads."""
    asked = _WH.sub(" ", question)
    return (_NAMING.search(question) is not None, asked,
            frozenset(b for b in char_bigrams(asked) if not any(c in " ?？,，。的是为" for c in b)))


def topics(folded: str, pos: Iterable[tuple[str, str]], question: str, freq: Freq = main_word_freq) -> list[Span]:
    """The noun phrases that open a clause of `folded` right before a copula, whose sentence after them says most
    of what the question says (its bigrams, question words aside), and that the question does not echo."""
    naming, asked, wanted = _asked(question)
    if len(wanted) < 2 or not any(w in folded for w in _COPULA_WORDS):
        return []  # (each topic is told by a copula word: a sentence without any is not read word by word)
    words = offsets(pos)
    out: list[Span] = []
    for i, (a, _b, _w, _flag) in enumerate(words):
        if a > 0 and folded[a - 1] not in _CLAUSE_MARKS:
            continue  # only a clause's first word opens a topic
        j = i
        while j < len(words) and words[j][3].startswith(_TOPIC_TAGS) and words[j][2] not in _COPULA_WORDS:
            j += 1
        if j == i or j >= len(words) or not words[j - 1][3].startswith(_NOUN_END):
            continue
        k = j
        while k < len(words) - 1 and words[k][2] in _ADVERBS:
            k += 1
        if words[k][2] not in _COPULA_WORDS or (naming and words[k][2] not in _NAMING_WORDS):
            continue  # (a name asked is told by a naming word, not by 是: "工作目标叫什么" ↮ "主要工作任务是开展…")
        if j == i + 1 and freq(words[i][2]) >= _COMMON:
            continue  # a common word alone opens a clause as a quality or a measure ("热心为社区服务", "直径为…")
        start, end = a, words[j - 1][1]
        text = folded[start:end]
        if not 2 <= len(text) <= _LONGEST or text in question:
            continue
        if 2 * sum(echo_marks(text, asked)) > len(text):
            continue  # mostly the question's own words: the thing asked about, not the thing asked
        # what the sentence tells of a topic that opens it runs to its end; of a later clause's, to that clause's
        told = char_bigrams(folded[words[k][1]:] if start == 0 else folded[words[k][1]:clause_end(folded, end)])
        if len(wanted & told) >= 0.5 * len(wanted):
            out.append(Span(start, end, "term", "subject"))
    return out
