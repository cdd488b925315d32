"""A particular name the question holds that the answer's article never prints.

A question names what it is about (西双版纳, 国家计划委员会, POWER6): an article that answers it prints the name,
one retrieved for the other words it shares (a year, a verb, a common noun) often does not. Only long names
decline: a place or an organisation of two characters, or a person's name, is too often printed in another form
(a paraphrase, a short form, a transliteration) in the article that answers — except two the tagger cuts, which
read as particular ones by their shape: a village or town (圭|叶|村, 丁香|镇) and a three-character name opening
the question (高|四明|被判处…, 陈|多多|哪一年…).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import ADMIN_SUFFIXES, CJK, COUNT_NUMERALS, PERSON_NOUN_ENDS, SURNAMES
from ..types import Candidate
from .agreement import Surroundings, names_held
from .government_held import government_held
from .question import QuestionInfo
from .short import law_short_held
from .spans import offsets

# A long name is a particular one: a place of three characters or more (西双版纳, 地中海), an organisation's
# (国家计划委员会), a transliterated one (布里亚特, 弗里西亚: jieba's nrt), a model's code (POWER6). An article that
# never prints it does not answer about it.
_LONG_NAME_TAGS = ("ns", "nt", "nrt")
# letters then a number of up to three digits: POWER6, A380, F-86 (not a name run into a year: "Luxon2025年")
_MODEL_CODE = re.compile(r"[a-z]{1,6}-?\d{1,3}[a-z]{0,2}")
# a name of two Latin words or more ("helen zhou", "vancouver 1st", "mac os x"): as particular as a long one
_LATIN_NAME = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9]*(?: [a-z0-9]+)+(?![a-z0-9])")
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
    text = around.with_sentence(best.sentence.folded)
    for start, end, word, flag in offsets(around.tag(info.text)):
        if info.wh and (start < info.wh[1] and info.wh[0] < end
                        or start == info.wh[1] and flag == "nt" and info.wh_word.startswith("哪")):
            continue  # the question word, and the kind of body it asks for ("哪家|通讯社|称…": 路透社 answers; a
            # count's kind, "多少间|国民中学", is printed where the count is)
        named = (flag in _LONG_NAME_TAGS and len(word) >= 3) or (flag == "eng" and _MODEL_CODE.fullmatch(word)) \
            or (flag == "nz" and _PAPER_NAME.fullmatch(word))
        if named and not names_held(word, text) and not government_held(word, text):  # (government_held.py)
            return "decline:subject"
    if any(run.replace(" ", "") not in text.replace(" ", "") for run in _LATIN_NAME.findall(info.text)):
        return "decline:subject"
    words = offsets(around.tag(info.text))
    if any(not names_held(paper, text) for paper in cut_papers(words, info)):
        return "decline:subject"
    if any(not _place_held(place, text) for place in cut_places(words)):
        return "decline:place"
    person = opening_name(words, around.freq)
    if person and not names_held(person, text):
        return "decline:subject"
    return ""


# A paper's name the tagger cut from its kind ("昌吉/nr|日报/n", "宁波/ns|晚报/n"): the word before it names the
# paper when it is a name or a noun of two characters or more, not a pronoun, a verb or a number ("该|日报").
_PAPER_KINDS = frozenset(("日报", "晚报", "时报", "早报", "商报", "都市报"))
_PAPER_OWNER_TAGS = ("n", "j")


def cut_papers(words: list[tuple[int, int, str, str]], info: QuestionInfo) -> list[str]:
    """The papers a question names by a name and a paper's kind the tagger cut apart ("昌吉|日报"), outside the
    question word."""
    out = []
    for (start, _, prev, flag), (_, end, word, _) in zip(words, words[1:], strict=False):
        if word in _PAPER_KINDS and len(prev) >= 2 and flag.startswith(_PAPER_OWNER_TAGS) \
                and all(CJK.match(c) for c in prev) and not (info.wh and start < info.wh[1] and info.wh[0] < end):
            out.append(prev + word)
    return out


# A village, town or township jieba knows no word for is cut from its level: "圭|叶|村", "丁香|镇". Not a name:
# what stands before a level word as a pronoun, numeral or quantifier does ("这个|村", "一个|镇", "全|村").
_CUT_LEVELS = frozenset(("村", "镇", "乡"))
_NOT_NAME_TAGS = ("r", "m", "q", "p", "c", "u", "d", "f", "v", "x")
_NOT_NAME_CHARS = frozenset("这那该本全各每此其哪某我你他")


def cut_places(words: list[tuple[int, int, str, str]]) -> list[str]:
    """The villages and towns a question names that the tagger cut from their level: the word of two characters
    or more before it (丁香|镇), or the run of single characters (圭|叶|村)."""
    out = []
    for i, (_, _, word, _) in enumerate(words):
        if word not in _CUT_LEVELS:
            continue
        name = ""
        j = i - 1
        while j >= 0 and len(name) < 4:
            prev, flag = words[j][2], words[j][3]
            if not all(CJK.match(c) for c in prev) or flag.startswith(_NOT_NAME_TAGS):
                break
            if len(prev) >= 2:
                name = name or prev  # a word of its own is the whole name; after single characters it is not
                break
            name = prev + name
            j -= 1
        if len(name) >= 2 and name[0] not in _NOT_NAME_CHARS:
            out.append(name + word)
    return out


def _place_held(place: str, text: str) -> bool:
    """The village or town printed in full, or by its name alone but not as another level's ("宝塔" of 宝塔区 is
    not 宝塔村)."""
    name = place[:-1]
    return place in text or any(not text.startswith(_LEVELS, m.end()) for m in re.finditer(re.escape(name), text))


_LEVELS = tuple(ADMIN_SUFFIXES)


# What follows a name that opens a question: "高四明|被判处", "黄显达|的", "陈多多|哪一年", "王某某|是…".
_AFTER_SUBJECT = ("被", "的", "是", "在", "于", "哪", "为", "和", "与", "说")


def opening_name(words: list[tuple[int, int, str, str]], freq: Callable[[str], int]) -> str:
    """A three-character name the question opens with that the tagger cut (高/a 四明/ns, 陈/nr 多多/m, 黄/a 显达/v):
    a surname, a word of two characters, then the subject's verb or particle; not a word of the dictionary."""
    if len(words) < 3:
        return ""
    (_, _, first, _), (_, _, given, flag), (_, _, then, then_flag) = words[:3]
    name = first + given
    if first not in SURNAMES or len(given) != 2 or not all(CJK.match(c) for c in given) \
            or flag.startswith(("p", "c", "u", "r", "q", "f")) or freq(name) > 0:
        return ""
    return name if then.startswith(_AFTER_SUBJECT) or then_flag.startswith("v") else ""


# The subject a figure or a time is asked of, opening the question ("热带雨林的年平均雨量…", "沈阳的路面电车于何年…",
# "布里亚特人共分为几个部落"): a noun the dictionary counts rare enough to name one thing (人类, 时候 or 民众 name
# none), not a verb the tagger read as a noun governing the name after it ("因应|赛普勒斯的…"), nor a noun for a
# person.
_OPENING_ASKED = ("number", "when")
_COMMON_SUBJECT = 2000  # dictionary frequency from which an opening noun is too common to name a subject
_NAME_TAGS = ("nr", "nrt", "ns", "nz")


def opening_subject_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A figure or a time asked of the subject the question opens with, a noun that the answer's article
    (headline and the text before included) never prints: "热带雨林的年平均雨量大约高于多少公厘" is not answered by
    马祖's "年平均雨量约1060公釐", nor "占旭刚什么时候入选…" by "2009年于海入选中国国家队" ("decline:subject", so a
    candidate from an article that prints it may still answer); a name the tagger reads as a numeral and a noun
    (大张|高铁) is one subject. Measured on the half-index protocol: 11 answers
    to absent questions declined, no right one."""
    if info.qtype not in _OPENING_ASKED or not info.wh or around.tag is None or not around.article \
            or best.type == "byline":
        return ""
    words = _name_joined(offsets(around.tag(info.text)), around.freq)
    if len(words) < 2:
        return ""
    (start, end, word, flag), following = words[0], words[1][3]
    cut = _cut_subject(words)
    if cut and cut[1] <= info.wh[0]:
        # a rare name the tagger cut into characters (萱|侬|律占地面积多大, 蓍|所生长的地区海拔约是多少米)
        text = around.with_sentence(best.sentence.folded)
        return "" if cut[0] in text else "decline:subject"
    if start != 0 or end > info.wh[0] or not flag.startswith("n") or len(word) < 2 \
            or not all(CJK.match(c) for c in word) or around.freq(word) >= _COMMON_SUBJECT \
            or following in _NAME_TAGS or PERSON_NOUN_ENDS.search(word):
        return ""  # (a noun for a person, 伤者 or 游客, is told by a name or a pronoun: "34岁的她")
    text = around.with_sentence(best.sentence.folded)
    # a name of four characters (a Japanese one, 丰臣秀吉) is printed by its given name alone as well (秀吉)
    held = names_held(word, text) or (flag == "nr" and len(word) == 4 and word[2:] in text) \
        or law_short_held(word, text)  # (a law by its short form, "卫广法…", read as a person)
    return "" if held else "decline:subject"


# what the characters of a cut name are tagged: nouns, bound morphemes (蓍/g, 侬/g, 律/vg), names
_CUT_TAGS = ("n", "g", "ng", "vg", "nr", "ns", "nz", "nrt")
_CUT_BOUND = ("g", "ng")  # a lone character the dictionary knows no word of (蓍/g): a name by itself
_AFTER_LONE = ("所", "的")  # what a lone character's name is followed by: "蓍|所生长的…", "X|的…"


def _cut_subject(words: list[tuple[int, int, str, str]]) -> tuple[str, int] | None:
    """(the name, its end) when the question opens with a rare name jieba cut into single characters: two or more
    (萱/n|侬/g|律/vg|占地面积), or one it knows no word of before 所 or 的 (蓍/g|所|生长); None otherwise."""
    run = 0
    while run < len(words) and len(words[run][2]) == 1 and words[run][3] in _CUT_TAGS \
            and CJK.match(words[run][2]) and words[run][2] not in _AFTER_LONE:
        run += 1
    if run == 0 or run >= len(words) or len(words[run][2]) == 1 and words[run][2] not in _AFTER_LONE:
        return None
    if run == 1 and not (words[0][3] in _CUT_BOUND and words[1][2] in _AFTER_LONE):
        return None
    return "".join(w[2] for w in words[:run]), words[run - 1][1]



# A name of initials the tagger reads as a numeral and a noun: "大张|高铁" (大同–张家口, 大张/m as "big sheet"), the
# way it cuts a line named by its two ends. A numeral word holding no digit and rare in the dictionary (大张 104)
# is such a name's first half; a quantity (大批 2518, 众多 4769) or a number (两会, 首批, 半数) is not.
_NUMERAL_CHARS = frozenset(COUNT_NUMERALS + "多半第首每俩仨")


def _name_joined(words: list[tuple[int, int, str, str]],
                 freq: Callable[[str], int]) -> list[tuple[int, int, str, str]]:
    """The question's words with an opening numeral word that is no number joined to the noun after it, as one
    noun ("大张/m|高铁/n" → "大张高铁/n"); the words unchanged otherwise."""
    if len(words) < 2:
        return words
    (start, _, first, flag), (_, end, noun, noun_flag) = words[:2]
    if flag != "m" or noun_flag != "n" or len(first) < 2 or len(noun) < 2 \
            or not all(CJK.match(c) for c in first + noun) or _NUMERAL_CHARS.intersection(first) \
            or freq(first) >= _COMMON_SUBJECT:
        return words
    return [(start, end, first + noun, "n"), *words[2:]]
