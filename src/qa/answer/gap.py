"""The gap: where no generator proposed a span for a which-question, the sentence still holds the answer as
the words the question does not echo. "於1948年併入奧斯陸的城市名為什麼?" ↔ "最終，阿克爾自治市於1948年1月1日
併入奧斯陸": the question's words cover "於1948年…併入奧斯陸", and the noun run that touches them, in the same
clause, is the answer (阿克爾自治市), not the whole sentence.

Only for questions that ask for a thing by name ("哪一個X", or a cloze "…X為?", "…X為何?" whose X is no abstract
noun such as 意義, 目的, 原因, nor what happened, "哪件事"): an abstract noun, what happened, a cause or a means is
told by a clause, and a list by several items. Measured per question on DRCD (F1 +0.013) and CMRC 2018 trial (F1
−0.0004, one question) against answering with the whole sentence. The noun asked after 哪一个, echoed right after the
run, closes the name ("哪一個階段" ↔ "在消亡|階段" → 消亡階段, "哪一個事件" ↔ 二二八|事件): DRCD 3 better / 1 worse,
CMRC identical.

A question that asks its own subject ("哪一類的專線雖為常見…", wh in its first third) or a cloze ("…的專業為?")
is answered by the run that opens the sentence right before the echoed predicate ("生命線|類的…電話雖常見"): the
sentence's opening counts as the echoed neighbour such a run lacks. DRCD 4 better / 1 worse, CMRC identical; for
every question (object-asking ones too) DRCD was 5 better / 6 worse.
A clause contrasted with the one before ("…會高些,|而內陸山區|的氣溫則非常低") opens with its own subject
as a sentence does, and a 的 may stand between it and the echoed predicate: DRCD 1 better / 0 worse, CMRC
identical.

A run that opens with its predicate names the predicate's object: past a modal, the verb and the particle,
preposition or copula after it ("出現在|文藝喜劇片", "會成立|僑州郡縣", "保留作為|科學博物館"); a verb that modifies the
noun after it stays ("降低|靜止心率"). A short relative clause before the name goes too ("流行的|地心說"). Both: DRCD
9 better / 1 worse (0.90 → 0.88, still right), CMRC identical.

A preposition right after the measure word opens a phrase before the noun asked ("哪一個|與英國的|條約",
"哪一種|在主序帶上的|恆星"): the noun is the one its 的 leads to, and closes the name as above ("傑伊|條約"):
against main 119f78d2 (with nothing_new and gap_clause) DRCD 2 better / 0 worse, CMRC identical.

A passive question opening with its question word ("哪一個…燃料…被禁止燃燒", "…為傑佛遜黨人所反對") asks what an
active sentence (no 被 nor 為…所) prints after the verb ("…在倫敦禁止燃燒|海煤"), not its subject: the run right
after the echoed words holding the verb is favoured, and the question's subject is no subject of the sentence.
DRCD 1 better / 0 worse, CMRC identical.

A run whose first word is half echoed, its first character only ("胡图族|人因|担心…" for 胡图族人, "命名|法相|对于" for
命名法), starts inside a phrase the question prints (jieba glued its end to the next word): no answer. DRCD 2 better /
0 worse and 1 wrong declined (法相, decline:clause), CMRC identical; the same at the run's end was 1 better /
3 worse.

A longer noun asked has its head at its end ("哪一個台灣原住民族" → 族, asked_head.py), and a run going on past a
noun of three characters or more ending with that head is cut to it ("南部|排灣族|部落" → 排灣族): against main
5125b8a8 (with argument_asked) DRCD 1 better / 0 worse, CMRC identical.

A set phrase jieba tags l ("1911年|武昌起義|爆發後") is no noun, yet names the thing asked when it alone stands
between echoed words on both sides: against 8c4776c2 DRCD 1 better / 0 worse, CMRC identical.

Of parallel clauses ("婦女平均每周從事47小時的家務勞動,|男子|從事約6小時"), the one printing a figure the question
prints ("…從事約6小時的家務勞動") tells what is asked, though the other echoes more of the question's words: its runs
are favoured. A date ("1916年的聯席會議") sets the time of the whole sentence and tells no clause apart. Against main
b0ddf857 DRCD 1 better / 0 worse, CMRC identical (with dates too: 1 better / 1 worse).

A run followed by 的 and the noun a what-question asks ("以什么名义来颁发" ↔ "以|伦敦大学|的名义颁发") is the thing
that noun describes, though another clause echoes more of the question ("…官方文件均印有伦大学院的|标志"): such a
run is favoured as one ending with the noun asked is. Against main b0ddf857 (with the figure above) DRCD 1 more
better / 0 worse, CMRC identical."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import ABSTRACT_NOUNS, PUNCT
from .asked_head import asked_head
from .question import QuestionInfo
from .spans import echoed, offsets

# a which-question's head noun right after its measure word ("哪一个政权" → 政权): a run ending with its last
# character names a thing of that kind
_HEAD = re.compile(r"哪一?[个位种家座所条项部本句方]?([^\W\d_]{1,2})")
_CLEFT = re.compile(r"的是(?:哪|什么)")
SEVERAL = re.compile(r"哪[两几些]")  # several asked: a list, not one run
_EVENT = re.compile(r"哪一?件事")  # "哪件事": what happened is told by a clause (an event's name, 哪个事件, is a name)
_CLOZE = re.compile(r"(?:[为是]|[为是]何)[?？]?$")  # "…又被稱為?", "…的建築為何?": the copula closes the question
# tags and words that open or close no name: prepositions, conjunctions, particles, adverbs, pronouns, copulas
_EDGE_TAGS = ("p", "c", "u", "d", "r", "y", "e")
_EDGE_WORDS = frozenset(("是", "有", "为", "于"))
_NOUN_TAGS = ("n", "eng", "j")  # the run must name something
# a verb opening a run and followed by a noun is the predicate the name is the object of ("實行|伯克制",
# "達成|勒克瑙協定", "源自|太極兩儀"); a verbal noun (vn) may open a name ("海水淡化")
_VERB_TAGS = frozenset(("v", "vd"))
# conjunctions that open a clause contrasted with the one before: its subject follows them
_CONTRAST = frozenset(("而", "但", "但是", "然而", "却"))


def asks_name(info: QuestionInfo) -> bool:
    """The question asks for one thing by name, so the sentence's unechoed noun run can answer it."""
    if info.qtype not in ("what", "other") or SEVERAL.search(info.text) or _EVENT.search(info.text):
        return False
    if "哪" in info.text:
        return True
    return bool(_CLOZE.search(info.text)) and not ABSTRACT_NOUNS.search(info.text)


# a preposition right after the measure word opens a phrase before the noun asked ("哪一個|與英國的|條約", "哪一種|在
# 主序帶上的|恆星"): the noun is the one its 的 leads to
_PHRASE_NOUN = re.compile(r"哪一?[个位种家座所条项部本句方]?[与和跟同在对从于][^,，?？的]{1,10}的([^\W\d_]{2})")


_WHAT_NOUN = re.compile(r"(?:什么|甚么)([^\W\d_]{2})")  # "以什么名义来颁发" → 名义


def _what_noun(q: str) -> str:
    """The noun a what-question asks for ("以什么名义" → 名义), or ""."""
    return m.group(1) if (m := _WHAT_NOUN.search(q)) else ""


def _asked_noun(q: str) -> str:
    """The noun a which-question asks for ("哪一个政权" → 政权, "哪一個與英國的條約" → 条约), or ""."""
    if m := _PHRASE_NOUN.search(q):
        return m.group(1)
    return m.group(1) if (m := _HEAD.search(q)) else ""


def gap_span(folded: str, pos: Sequence[tuple[str, str]], info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the noun run of `folded` (tagged `pos`) that the question does not echo and that stands
    next to what it echoes, best in the clause that echoes most; None when there is none."""
    echo = echoed(folded, info.text)
    words = [(a, b, w, flag, 2 * sum(echo[a:b]) > b - a, not w.strip() or all(c in PUNCT for c in w))
             for a, b, w, flag in offsets(pos)]
    noun = _asked_noun(info.text)  # "哪一个阶段" ↔ "在消亡|阶段": the asked noun, echoed, closes the answer's name
    head = asked_head(info.text) or noun[-1:]  # "哪一個台灣原住民族": a longer noun's head is its end (族)
    # the asked thing is the subject: the question opens with it, or it is a cleft ("…满满的是哪家车企")
    front = (info.wh is not None and info.wh[0] < len(info.text) / 3) or bool(_CLEFT.search(info.text))
    # a passive question ("哪一個…燃料…被禁止燃燒") asks what an active sentence prints after its verb (禁止燃燒|海煤)
    acted = _passive_verb(info.text) if front and not _PASSIVE.search(folded) else ""
    front = front and not acted  # its subject asked is no subject of the sentence
    # the question asks its own subject, or a cloze ("…的专业为?") the thing it describes
    subject = front or bool(_CLOZE.search(info.text))
    kind = noun or _what_noun(info.text)  # "以什么名义" ↔ "以|伦敦大学|的名义颁发": the run the noun asked describes
    told = _figure_clauses(folded, info.text)  # "男子从事约6小时" for "…从事约6小时": the clause the figure tells
    best: tuple[float, int, int] | None = None
    i = 0
    while i < len(words):
        if words[i][4] or words[i][5]:
            i += 1
            continue
        j = i
        while j < len(words) and not words[j][4] and not words[j][5]:
            j += 1
        x, y = i, j  # the run is words[i:j]; its edges lose what opens or closes no name
        while x < y and (words[x][3].startswith(_EDGE_TAGS) or words[x][2] in _EDGE_WORDS):
            x += 1
        while y > x and (words[y - 1][3].startswith(_EDGE_TAGS) or words[y - 1][2] in _EDGE_WORDS):
            y -= 1
        if y - x >= 2 and words[x][3] in _VERB_TAGS and words[x + 1][3].startswith(_NOUN_TAGS):
            x += 1
        else:
            x = _past_predicate(words, x, y)
        x = _past_relative(words, x, y)
        if x < y == j < len(words) and len(noun) == 2 and words[j][2] == noun:
            y += 1
        # the sentence opens with the run, or a contrasted clause does ("…会高些,|而内陆山区|的气温则非常低"): the
        # subject its echoed predicate tells of
        opening = subject and (i == 0 or (words[i][2] in _CONTRAST and words[i - 1][5] and words[i - 1][2] in ",，"))
        if x < y and _straddles(echo, words[x]):
            x = y  # a word half echoed opens the run: the run starts inside a phrase the question prints
        # a set phrase jieba tags l ("1911年|武昌起義|爆發後") names the thing asked when it alone stands between
        # echoed words on both sides
        held = y == x + 1 == j == i + 1 and words[x][3] == "l" and i > 0 and words[i - 1][4] \
            and j < len(words) and words[j][4]
        if x < y and (held or any(w[3].startswith(_NOUN_TAGS) for w in words[x:y])):
            start, end = words[x][0], words[y - 1][1]
            if head and folded[end - 1] != head:  # "南部排灣族部落" for 哪一個台灣原住民族: the word of the kind asked
                start, end = _kind_word(words, x, y, head) or (start, end)
            if end - start >= 2:
                after = j < len(words) and words[j][4]
                before = (opening and after and all(w[2] == "的" for w in words[y:j])) or (i > 0 and words[i - 1][4])
                score = (0.3 * sum(echo[_clause_start(folded, start):_clause_end(folded, end)])
                         + 1.5 * (before + after) + float(after if front else before)
                         + (2.0 if head and folded[end - 1] == head else 0.0) - 0.2 * max(0, end - start - 8)
                         + (2.0 if acted and _after_verb(folded, echo, start, acted) else 0.0)
                         + (3.0 if _clause_start(folded, start, _CLAUSE_MARKS) in told else 0.0)
                         + (2.0 if kind and folded.startswith("的" + kind, end) else 0.0))
                if best is None or score > best[0]:
                    best = (score, start, end)
        i = j
    return None if best is None else (best[1], best[2])


def _kind_word(words: Sequence[tuple[int, int, str, str, bool, bool]], x: int, y: int,
               head: str) -> tuple[int, int] | None:
    """[start, end) of the last noun of three characters or more in words[x:y] ending with the head of the noun
    asked ("南部|排灣族|部落" for 哪一個台灣原住民族, "如|布農族|文化為…" for 哪一個原住民族): the name of that kind
    inside a run that goes on past it; None when the run holds none."""
    for k in range(y - 1, x - 1, -1):
        w, flag = words[k][2], words[k][3]
        if len(w) >= 3 and w.endswith(head) and flag.startswith(("n", "j")):
            return words[k][0], words[k][1]
    return None


def _straddles(echo: Sequence[bool], word: tuple[int, int, str, str, bool, bool]) -> bool:
    """The word's first character is echoed, its others not: jieba glued the end of an echoed phrase to the next
    word ("命名|法相|对于" for 命名法, "2013|年稻" for 2013年), so a run opening with it starts mid-phrase."""
    a, b = word[0], word[1]
    return b - a >= 2 and echo[a] and not any(echo[a + 1:b])


# what may stand between an opening predicate and its object: a modal before the verb ("會|成立"), an aspect
# particle, a preposition or a copula after it ("發生|了", "出現|在", "保留|作為")
_MODALS = frozenset(("会", "能", "可", "要", "将", "可以", "能够"))
_AFTER_VERB = frozenset(("了", "过", "着", "在", "于", "到", "成", "为", "作为", "成为"))
# what a noun phrase may open with: a noun, an adjective, a distinguishing word, an ordinal ("第一条公共蒸汽")
_NP_OPENING = ("n", "a", "b", "m", "j", "eng")


def _past_predicate(words: Sequence[tuple[int, int, str, str, bool, bool]], x: int, y: int) -> int:
    """Where the noun phrase starts in a run that opens with its predicate ("出現|在|文藝喜劇片", "發生|了|白堊紀",
    "會|成立|僑州郡縣", "降低|靜止心率", "屬於|潮濕的大陸性氣候帶"): past the modal, the verb and the particle or
    preposition after it. A verb may open the noun phrase when a noun follows it (靜止|心率, 保衛|大都); where no
    noun phrase of two characters follows ("協助|自殺是指", "復仇|之名"), the run stays whole (x)."""
    k = x
    if k + 1 < y and words[k][2] in _MODALS and words[k + 1][3] in _VERB_TAGS:
        k += 1
    if not (k + 1 < y and words[k][3] in _VERB_TAGS):
        return x
    k += 1
    while k < y and words[k][2] in _AFTER_VERB:
        k += 1
    if k >= y or words[y - 1][1] - words[k][0] < 2:
        return x
    if not words[k][3].startswith(_NP_OPENING) and words[k][3] not in _VERB_TAGS:
        return x
    for i in range(k, y):
        # a verb inside must modify the noun after it; a last character tagged a verb ends a noun ("氣候|帶")
        if words[i][3] in _VERB_TAGS and not (i + 1 < y and words[i + 1][3].startswith(_NOUN_TAGS)) \
                and not (i == y - 1 > k and len(words[i][2]) == 1 and words[i - 1][3].startswith(_NOUN_TAGS)):
            return x
    return k


# the words of the noun a relative clause describes: nouns, adjectives, distinguishing words
_HEAD_NOUN_TAGS = ("n", "a", "b", "j", "eng")


def _past_relative(words: Sequence[tuple[int, int, str, str, bool, bool]], x: int, y: int) -> int:
    """Where the name starts in a run that opens with a short relative clause ("所蓋的|伊爾庫茨克國立大學",
    "流行的|地心說", "年爆發的|經濟蕭條"): after its 的, when the clause is a verb (with at most one word before it)
    and nouns alone (two characters or more) follow; x otherwise. A longer clause may itself be what is asked
    ("指文化類似的人群" for "什麼相近的文明", "是硫化物的礦物"), and "建築於高山上的城堡" has no verb before its 的."""
    de = next((k for k in range(x + 1, min(x + 3, y)) if words[k][2] == "的"), -1)
    if de < 0 or words[de - 1][3] not in _VERB_TAGS or de + 1 >= y \
            or words[y - 1][1] - words[de + 1][0] < 2 \
            or not all(words[k][3].startswith(_HEAD_NOUN_TAGS) for k in range(de + 1, y)):
        return x
    return de + 1


_PASSIVE = re.compile(r"被|为[^,，。]{1,8}所")
_PASSIVE_VERB = re.compile(r"(?:被|为[^,，。]{1,8}所)([^\W\d_]{2})")  # "被|禁止", "为杰佛逊党人所|反对"


def _passive_verb(q: str) -> str:
    """The verb of a passive question (its first two characters), or ""."""
    m = _PASSIVE_VERB.search(q)
    return m.group(1) if m else ""


def _after_verb(f: str, echo: Sequence[bool], start: int, verb: str) -> bool:
    """The run at `start` follows the echoed words that print `verb` (actively: no 被 before it)."""
    k = start
    while k > 0 and echo[k - 1] and f[k - 1] not in PUNCT:
        k -= 1
    return verb in f[k:start]


# a figure the question prints, with the unit character after it ("约6小时" → 6小): a number standing alone; a date
# ("1916年的联席会议") sets the time of the whole sentence, so it tells no clause apart
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])(?![年月日号世])[^\W\d_]?")
_CLAUSE_MARKS = ",，;；。:：!！?？"  # what ends a clause; a 、 joins items inside one


def _figure_clauses(f: str, q: str) -> frozenset[int]:
    """The starts of the clauses of `f` that print a figure the question prints, when some other clause prints
    none: "婦女平均每周從事47小時的家務勞動，|男子從事約6小時" for "…從事約6小時的家務勞動" tells the clause of its
    figure apart from the parallel clause that echoes more of the question's words."""
    starts = set()
    for m in _FIGURE.finditer(q):
        for n in re.finditer(r"(?<![\d.])" + re.escape(m.group()), f):
            if m.group()[-1].isdigit() and n.end() < len(f) and f[n.end()] in "0123456789.":
                continue
            starts.add(_clause_start(f, n.start(), _CLAUSE_MARKS))
    clauses = {0} | {k + 1 for k, c in enumerate(f) if c in _CLAUSE_MARKS and k + 1 < len(f)}
    return frozenset(starts) if starts and len(starts) < len(clauses) else frozenset()


def _clause_start(f: str, at: int, marks: str | frozenset[str] = PUNCT) -> int:
    """The start of the clause holding `at`: after the last of `marks` before it (any punctuation by default)."""
    while at > 0 and f[at - 1] not in marks:
        at -= 1
    return at


def _clause_end(f: str, at: int) -> int:
    while at < len(f) and f[at] not in PUNCT:
        at += 1
    return at
