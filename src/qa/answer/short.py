"""Short answers for questions with no typed answer: the noun the question's head ends (headed), the subject
before a copula, ordinals, the rest of a list, what a thing is called (named), cause/means clauses, widening
a span to the whole word or list it cuts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import (
    CLAUSE_END,
    CN_DIGITS,
    FUNCTION_CHARS,
    NAME_TITLES,
    ORDINAL,
    PERSON_TAGS,
    WIDEN_LEFT_TAGS,
    WIDEN_RIGHT_TAGS,
    all_han,
    ordinal_value,
)
from ..tokenize import main_word_freq, main_word_tag
from .comma_list import comma_rest
from .compared import compared
from .list_edges import echoed_tail_end, first_item_start, last_item_end, modifier_only, named_tail
from .names import COMMON_WORD, trim_person
from .one_named import opens_with_named
from .slots import find_suffix
from .spans import COPULA_ADVERBS, Freq, Span, clause_start, clauses, echo_marks, ends_clause, offsets, trim
from .typed import quotes


def mend_breaks(text: str, folded: str, freq: Freq = main_word_freq) -> str:
    """An answer's text without the e-paper's column-break spaces (`folded` is the same text folded): a space
    between two Chinese characters that together make a common word ("中信國 際電訊" → 中信國際電訊)."""
    if " " not in folded or len(text) != len(folded):
        return text
    cut = {i for i in range(1, len(folded) - 1) if folded[i] == " " and _splits_word(folded, i, freq)}
    return "".join(c for i, c in enumerate(text) if i not in cut)


def _splits_word(folded: str, at: int, freq: Freq) -> bool:
    """The space at `at` splits a common word (国 际, 渔 人): a column break, not a gap between names."""
    pair = folded[at - 1] + folded[at + 1]
    return all_han(pair) and freq(pair) >= COMMON_WORD


def expansion(folded: str, short: str, spans: Iterable[Span] = ()) -> Span | None:
    """The full form of an abbreviation: "综治中心" ↔ "社会治安综合治理中心" (its characters in order, within a
    noun phrase a few times its length). `spans` are the sentence's noun phrases, to find where the full form
    starts."""
    if not 2 <= len(short) <= 6:
        return None
    limit = 3 * len(short) + 2
    for i, ch in enumerate(folded):
        if ch != short[0]:
            continue
        j, k = i, 1
        while k < len(short) and j + 1 < len(folded) and j + 1 - i < limit:
            j += 1
            if folded[j] in CLAUSE_END:
                break
            if folded[j] == short[k]:
                k += 1
        if k < len(short) or j + 1 - i == len(short):
            continue  # not all there, or the short form itself
        start = min((sp.start for sp in spans if sp.type == "term" and sp.start <= i < sp.end), default=i)
        return Span(start, j + 1, "term", "expansion")
    return None


def law_short_held(name: str, text: str) -> bool:
    """A law named by its short form ("卫广法") whose full form the text prints, its characters in order
    (《卫星广播电视法》): the tagger reads such a short form as a person's name (卫 a surname)."""
    return name.endswith("法") and expansion(text, name) is not None


def marked(folded: str, marker: re.Pattern[str]) -> list[Span]:
    """Clauses holding a cause or means marker, from the marker on ("随着青年群体的涌入")."""
    out = []
    for a, b in clauses(folded):
        m = marker.search(folded, a, b)
        if m:
            start, end = m.start(), trim(folded, m.start(), b)[1]  # the marker word stays: "由于肃宗年幼"
            if end > start:
                out.append(Span(start, end, "clause", "marker"))
    return out


def enumeration(folded: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span inside an enumeration ("民居、河道、青山") to all of its items.

    The first and last items run on into the clause ("千亩水杉与民居", "麦田相互映衬"); they are cut to the
    width of the items in between."""
    if not (folded[end:end + 1] == "、" or folded[start - 1:start] == "、"):
        return start, end
    a, b = next(((x, y) for x, y in clauses(folded) if x <= start < y), (start, end))
    parts, pos = [], a
    for piece in folded[a:b].split("、"):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if len(parts) < 2:
        return start, end
    middle = [y - x for x, y in parts[1:-1]]
    width = max(middle) if middle else end - start
    first, last = parts[0], parts[-1]
    # "经开区、沾益区、麒麟区和罗平县": the last item is joined by 和 (及, 与) to the one before it; both are items
    joint = re.search("[和及与]", folded[last[0]:last[1]])
    if middle and joint and 0 < joint.start() <= width:
        after = last[0] + joint.end()
        return trim(folded, max(first[0], first[1] - width), min(last[1], after + width))
    return trim(folded, max(first[0], first[1] - width), min(last[1], last[0] + width))


_WIDEN_RIGHT_COUNTED = frozenset(("ns", "nt"))
_ASPECT = ("了", "着")  # aspect particles: the word before one is a verb ("产生/n|了")


def widen(pos: Iterable[tuple[str, str]], start: int, end: int, question: str, kind: str = "", head: str = ""
          ) -> tuple[int, int]:
    """Widen a typed span [start, end) over the nouns right against it, the way CMRC answers quote the whole
    noun phrase. Words of the question are left out: the answer does not repeat it. A time or a number (`kind`)
    is not a noun phrase's head: it goes on over a place or an organisation only ("1984年洛杉矶"), not over a
    name or a noun that starts the clause's next phrase ("1989年昭和天皇", "28个协商", "目前国民"); a person over
    a title or the rest of a name only ("阮爱馨女士", "袁丽|嫦", not "蒋中正出面"). `head` opens with the noun the
    question asks for ("哪条路" → 路…): the answer ends with it though the question says it ("天目山" + "路")."""
    words = list(offsets(pos))
    text = "".join(w for _, _, w, _ in words)
    end0 = end
    counted = kind in ("time", "number")
    for i, (a, b, w, flag) in enumerate(words):
        right = _WIDEN_RIGHT_COUNTED if counted and a == end0 else WIDEN_RIGHT_TAGS
        if kind == "person" and a == end and not (len(w) == 1 or flag in PERSON_TAGS or w.endswith(NAME_TITLES)
                                                  or trim_person(text, start, b) < b):
            # a name goes on over its title or the rest of it, not a noun ("蒋中正出面", "孔恩著作"); a word
            # holding the name's end and a verb ("曾俊|华联|同") is cut back by shape's trim_person
            break
        if kind == "person" and a == end and len(w) == 1 and i + 1 < len(words) \
                and words[i + 1][3] in PERSON_TAGS and len(words[i + 1][2]) >= 2:
            break  # "蒋介石|命|陈诚": a character between two names is no rest of the first ("袁丽|嫦" is)
        if a == end and text[b:b + 1] in _ASPECT:
            break  # "溧阳|产生|了": a word before an aspect particle is a verb, whatever jieba tagged it
        if a == end and flag in right and ((head and (head.startswith(w) or w.startswith(head)))
                                          or not _echoes(w, question)):
            end = b
    for a, b, w, flag in reversed(words):
        if b == start and flag in WIDEN_LEFT_TAGS and not _echoes(w, question):
            start = a
    return start, end


def _echoes(word: str, question: str) -> bool:
    """The word is in the question, or shares two characters in a row with it ("主持会议" ↔ "谁主持了会议")."""
    return word in question or any(word[i:i + 2] in question for i in range(len(word) - 1))


# an ordinal right before the asked noun ("第五|人民法庭"), opening its clause, list item or phrase
_ORDINAL_BEFORE = re.compile(r"(?:^|(?<=[,，、;；:：(（\s的中其]))第[一二三四五六七八九十\d]{1,3}$")


def headed(folded: str, typed: Iterable[Span], head: str, question: str) -> list[tuple[Span, float]]:
    """Noun phrases ending with the noun the question asks for ("哪一个宗教" ↔ "伊斯兰教", "最高峰为?" ↔
    "格尔拉赫峰"), with how firmly: 1 when the whole head ends it, 0.5 when only its last character does."""
    out: list[tuple[Span, float]] = []
    if head == "事件":
        return _events(folded, typed, question)
    if head in _ABSTRACT_HEADS:
        return out
    if head[0] not in folded and head[-1] not in folded and "《" not in folded:
        return out  # each span taken below ends with a character of the head or is a title in 《》: the spans unread
    for sp in typed:
        text = folded[sp.start:sp.end]
        if text == head and (ordinal := _ORDINAL_BEFORE.search(folded, max(0, sp.start - 5), sp.start)):
            # "第五人民法庭(园区法庭)" for 哪个人民法庭: the ordinal before the bare asked noun names one of them
            out.append((Span(ordinal.start(), sp.end, sp.type, "head"), 1.0))
            continue
        if sp.type in ("time", "number") or len(text) < 2 or text in question or _COUNTED.match(text):
            continue
        # echoed only by the whole asked noun it ends with ("磷|矿石" for 哪一种矿石): of the kind asked, but held
        # only as firmly as a phrase sharing the noun's last character
        echoed_head = len(text) > len(head) and text.endswith(head) and _names_own(text[:-len(head)], question)
        if _echoes_question(text, question) and not echoed_head:
            # mostly the question's own words ("世界世界纪录"; "北路" of "…老北门的主要干道"); but not a longer name
            # whose characters the question prints only apart ("国民党" for "民国时期…在哪一个党的…")
            continue
        if _determined(text, head, question) or _DESCRIBED_BEFORE.search(folded, max(0, sp.start - 5), sp.start):
            continue
        if echoed_head and _echoes_question(text, question):
            out.append((Span(sp.start, sp.end, sp.type, "head"), 0.5))
            continue
        if head in _TITLE_HEADS:  # a title is named in 《》, not by a word ending in its head ("…赋诗" for 诗题)
            if sp.type == "quote" and folded[sp.start - 1:sp.start] == "《":
                out.append((Span(sp.start - 1, sp.end + 1, sp.type, "head"), 1.0))
            continue
        if text.endswith(head) and len(text) > len(head):
            out.append((Span(sp.start, sp.end, sp.type, "head"), 1.0))
        elif sp.type == "quote" and head in _WORK_NOUNS and folded[sp.start - 1:sp.start] == "《":
            out.append((Span(sp.start - 1, sp.end + 1, sp.type, "head"), 1.0))  # "哪份报纸" ↔ "《东方信息导报》"
        elif len(head) >= 2 and text.endswith(head[-1]) and head[-1] not in _WEAK_HEAD_ENDS:
            out.append((Span(sp.start, sp.end, sp.type, "head"), 0.5))
        elif len(head) == 2 and text.endswith(head[0]) and head[0] not in _WEAK_HEAD_ENDS \
                and not folded.startswith(head[1], sp.end):  # (not "竹田国|小": the whole head cut in two)
            out.append((Span(sp.start, sp.end, sp.type, "head"), 0.5))  # "哪一种鱼类" ↔ "罗非鱼", 语言 ↔ 突厥语
        elif sp.type == "quote" and len(head) >= 2 and folded.startswith(head, sp.end + 1):
            out.append((sp, 1.0))  # "的栏目叫什么" ↔ "“高温酷暑访一线”栏目": the quote the asked noun follows
        elif sp.type == "quote" and head[-1] in _WORKS and folded[sp.start - 1:sp.start] == "《":
            out.append((Span(sp.start - 1, sp.end + 1, sp.type, "head"), 1.0))  # "哪一本书" ↔ "《周礼》"
        elif sp.type == "quote" and len(head) >= 2 and folded[sp.start - 1:sp.start] == "《" \
                and folded.endswith(head, 0, sp.start - 1) and not _named_head(folded, typed, sp.start - 1, head):
            out.append((Span(sp.start - 1, sp.end + 1, sp.type, "head"), 1.0))  # apposition: "电影《第一次》"
    return out



def _named_head(folded: str, typed: Iterable[Span], end: int, head: str) -> bool:
    """The asked noun ending at `end` has a name of its own before it ("鏗鏘集节目《7.21谁主真相》": the title after
    it is a part, the programme is 鏗鏘集)."""
    return any(sp.end == end and sp.start < end - len(head) and folded[end - len(head) - 1] != "的" for sp in typed)

# The nouns an event's name ends with: a question asking which 事件 is answered by a revolution, war or uprising.
_EVENT_ENDS = ("事件", "革命", "战争", "之战", "战役", "事变", "起义", "运动", "政变", "暴动", "之乱", "之役",
               "危机", "屠杀")


def _events(folded: str, typed: Iterable[Span], question: str) -> list[tuple[Span, float]]:
    """"哪一个事件" ↔ "十月革命", "七七事变", "二二八事件": the names of events, which end in a kind of event
    (事件 itself is too abstract a head to end every answer)."""
    out = []
    for sp in typed:
        text = folded[sp.start:sp.end]
        if sp.type not in ("time", "number") and len(text) > 2 and text.endswith(_EVENT_ENDS) \
                and text not in question and _echoed(text, question) <= len(text) / 2:
            out.append((Span(sp.start, sp.end, sp.type, "head"), 1.0))
    return out


def slot_named(folded: str, start: int, end: int, head: str) -> bool:
    """A slot both anchors hold that the noun asked closes names one thing of that kind whole: "桂林市|阳朔糖厂改造
    糖舍酒店|项目入选" for "桂林市哪个项目入选" (its noun runs alone cut it at the verb: 糖舍酒店项目). Not an
    abstract noun ("担任什么职务"), nor a slot across a clause mark, a copula or 的 (a description: "南岛语系的…
    语族", "锡克教则为…宗教"), nor one longer than a name."""
    n = end - start
    return head not in _ABSTRACT_HEADS and folded.endswith(head, start, end) and len(head) < n <= _SLOT_NAME \
        and not any(c in CLAUSE_END or c in "、的是为" for c in folded[start:end])


_SLOT_NAME = 16  # the longest slot read as a name


# the tags of a word before the asked noun that sorts it without naming one ("总|成绩", "类|材料", "新|机场")
_SORTING_TAGS = frozenset(("a", "b", "q", "d", "m"))
_SORTING_NOUN = 5000  # jieba frequency from which a noun before the asked one is a common sort ("女性|模特儿")


def _names_own(words: str, question: str) -> bool:
    """The words before the asked noun name a thing of their own: not the question's words, nor one word that
    only sorts the noun (an attribute, a measure word, a common noun)."""
    tag = main_word_tag(words)
    return not _echoes_question(words, question) and tag not in _SORTING_TAGS \
        and not (tag == "n" and main_word_freq(words) >= _SORTING_NOUN)


def _echoes_question(text: str, question: str) -> bool:
    """Mostly the question's own words: over half its characters in a two-character run the question holds, or all
    of them in the question and some in such a run (or two characters at most)."""
    return _echoed(text, question) > len(text) / 2 or (all(c in question for c in text) and (
        len(text) <= 2 or _echoed(text, question) > 0))


def _echoed(text: str, question: str) -> int:
    """How many of text's characters lie in a two-character run the question holds too: "造船业" shares 造 and
    业 with "…制造业为哪一种行业" but no word, "世界世界纪录" repeats "世界纪录"."""
    return sum(echo_marks(text, question))


_WORKS = frozenset("书说作品令法歌曲诗剧片报刊志典约章经集传记")  # heads a title in 《》 answers
# printed works asked by a noun whose last character is no work's ("报纸": 纸): a title in 《》 answers them (not
# 节目: a programme's episode is printed in 《》, the programme often not)
_WORK_NOUNS = frozenset(("报纸", "刊物", "杂志", "期刊", "书籍"))
# the title of a work asked by name ("赋的诗题为什么", "书名是什么"): a title in 《》 answers it too
_TITLE_HEADS = frozenset(("诗题", "诗名", "书名", "篇名", "歌名", "曲名", "片名", "剧名", "题目", "标题"))
# "…的总称指的是|什么", "…的应用又称为|什么" (an adverb before the copula goes with it)
_ASKING_TAIL = re.compile(r"(?:[" + COPULA_ADVERBS + r"]|通常|一般)?"
                          r"(?:指的是|是指|就是|即是|被称为|称为|叫做|为|是|有|的)+$")
# an adverb may stand between the subject and its copula ("喀喇汗国也是…")
_COPULA_BEFORE = re.compile(r"[" + COPULA_ADVERBS + r"]?(?:逐渐|渐渐|逐步)?"
                            r"(?:被认为是|被视为|被称为|被誉为|成为|即是|就是|乃是|便是|乃|即|是|为)$")


def before_copula(folded: str, typed: Iterable[Span], left: str) -> list[Span]:
    """The noun phrase right before a copula the question's left anchor follows in the sentence: "最早发展都市
    计画的文明为?" ↔ "印度河文明被认为是最早发展都市计画的文明" → 印度河文明 (the question turned the
    sentence around)."""
    anchor = _ASKING_TAIL.sub("", left.strip())
    end, n = find_suffix(folded, anchor)
    if n < 3 or n < len(anchor) / 3:
        return []
    at = end - n
    m = _COPULA_BEFORE.search(folded, 0, at)
    if m is None:
        return []
    named = [sp for sp in typed if sp.type not in ("time", "number") and sp.end - sp.start >= 2
             and folded[sp.start:sp.end] not in left]
    spans = [sp for sp in named if sp.end == m.start()]
    if not spans and folded[:m.start()].rstrip().endswith(("，", ",")):
        # "原始宗教，是史前人类宗教信仰和习俗的总称": the sentence's topic, told before the comma — its whole
        # first clause when that is all before the copula, else its first noun phrase
        parts = clauses(folded[:m.start()])
        a, b = trim(folded, *parts[0]) if len(parts) == 1 else (0, 0)
        if 2 <= b - a <= 15 and folded[a:b] not in left:
            return [Span(a, b, "term", "subject")]
        spans = _clause_subject(folded, named, parts, m.start())
    return [Span(sp.start, sp.end, sp.type, "subject") for sp in spans]


_TIME_WORD = re.compile(r"(?:\d+年|年代|世纪|时期|时代|朝|年间)$")  # a time opening the sentence is no subject
_PREDICATE_OPENS = re.compile(r"^(?:也|亦|又|还|并|而)?(?:是|为)")


def _clause_subject(folded: str, named: list[Span], parts: list[tuple[int, int]], copula: int) -> list[Span]:
    """The subject of a copula after several clauses: the noun phrase that closes the clause right before it, when
    that clause is a noun phrase of its own ("他设计并主持修建的|期思陂|,是中国古代最早的…"); else the
    sentence's first noun phrase that is no time ("1964年的电影|《安邦定国志》|,是…,也是最后一部西部片")."""
    last = parts[-1] if parts else (0, 0)
    closing = [sp for sp in named if sp.end == trim(folded, *last)[1] and sp.start > last[0]
               and folded[sp.start - 1] == "的"]  # a head noun its relative clause describes
    if len(parts) > 1 and closing and not _PREDICATE_OPENS.match(folded[last[0]:last[1]].lstrip()):
        return closing[:1]
    before = sorted((sp for sp in named if sp.end < copula), key=lambda sp: sp.start)
    # (nor the common noun a title is set against: "电影|《安邦定国志》", the title in its marks)
    kept = [sp for sp in before if not _TIME_WORD.search(folded[sp.start:sp.end]) and folded[sp.end:sp.end + 1]
            not in "《「“"]
    if kept and folded[kept[0].start - 1:kept[0].start] == "《" and folded[kept[0].end:kept[0].end + 1] == "》":
        return [Span(kept[0].start - 1, kept[0].end + 1, kept[0].type, kept[0].rule)]
    return kept[:1] or before[:1]


def owner(folded: str, left: str, right: str) -> list[Span]:
    """"X是哪个Y的?" turned around in the sentence, "…Y的X": the noun phrase closed by Y right before 的X, from its
    clause's start ("三屯河大桥是哪个公路项目的" ↔ "昌吉州西部南山伴行公路项目的三屯河大桥" → 昌吉州西部南山伴行公路
    项目)."""
    subject = _OWNER_LEFT.sub("", left.strip())
    noun = right.strip().rstrip("?？").strip()
    if not noun.endswith("的") or len(subject) < 2:
        return []
    noun = noun[:-1]
    if len(noun) < 2:
        return []
    out = []
    at = folded.find(noun + "的" + subject)
    while at >= 0:
        start = clause_start(folded, at)
        start, end = trim(folded, start, at + len(noun))
        if len(noun) < end - start <= _SLOT_NAME:
            out.append(Span(start, end, "term", "head"))
        at = folded.find(noun + "的" + subject, at + 1)
    return out


_OWNER_LEFT = re.compile(r"(?:是|属于|为)$")
_WEAK_HEAD_ENDS = frozenset("人者物事的子性化度项种类个")  # a shared last character that says nothing of the kind
# Heads that ask for a statement, not a name: "担任什么职务" is answered by "任…副部长", "什么事件" by an event.
_ABSTRACT_HEADS = frozenset(("职务", "职位", "工作", "事件", "事情", "活动", "作用", "影响", "原因", "问题", "方式",
                             "方法", "情况", "情形", "内容", "意义", "特点", "变化", "措施", "举措", "决定", "后果",
                             "结果", "目的", "关系", "状况", "样子", "东西", "职业", "身份", "原理", "用途",
                             "理论", "意思", "由来", "来源", "功能", "特色", "特征", "性质", "优点", "缺点",
                             "好处", "规定", "条件", "经历", "成就", "贡献", "地位", "过程", "任务", "职责"))
# Words that pick out members of a kind without naming one: "所有比赛", "其他运输", "主要运输" name no 比赛; nor do
# "部分中文字典", "大部分种类", "一贯主张", "这一机构".
_DETERMINER = re.compile(r"(?:所有|其他|其它|其余|各种|各类|各|这种|这类|这些|这一|那一|这|那|该|此|其|全部|一切|每|"
                         r"主要|同|本|大部分|部分|一贯)+")

# An ordinal or "only" before the noun describes a thing by its rank ("全球首个茶主题世界文化遗产"), not by name.
_DESCRIBED = re.compile(r"首个|首座|首家|首部|唯一|第[一二三四五六七八九十\d]+个")
_DESCRIBED_BEFORE = re.compile(f"(?:{_DESCRIBED.pattern})$")  # "首个|茶主题世界文化遗产": the phrase it opens


def _determined(text: str, head: str, question: str) -> bool:
    """The phrase picks out the asked noun without naming it: a determiner before the noun alone, before words
    the question already has or before a count, or an ordinal describing it."""
    if _DESCRIBED.search(text, 0, len(text) - len(head)):
        return True
    m = _DETERMINER.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    return len(rest) <= len(head) or rest in question or _COUNTED.match(rest) is not None  # "全部17场比赛"


_COUNTED = re.compile(r"[\d" + CN_DIGITS + r"几多数]+[个项种类名位场次条家所座支部本首件批届些]")  # "两种语言"
_ITEM_SEP = re.compile(r"、|以及|及|和|与|跟")
_RANK_MEASURE = "(?:名|位|届|次|轮|代|任|批|期|场|个|号)?"
_ASKS_ORDINAL = re.compile(r"第几|哪一(?=[号届期任])")


def ordinals(folded: str, question: str) -> list[Span]:
    """"第几区" ↔ "第1区", "排名第几" ↔ "第4": the ordinals of a sentence, with the word the question puts after
    第几 (its 的 left out: "第几的产业" ↔ "第二产业"); 哪一 before an ordinal's measure word asks the same ("哪一号
    条例" ↔ "第10号条例")."""
    asked = _ASKS_ORDINAL.search(question)
    if asked is None:
        return []
    after = question[asked.end():].lstrip("的")
    word = re.match(r"[\u4e00-\u9fff]{1,2}", after)
    tail = re.escape(word.group()) if word else ""
    if word and word.group()[0] in _RANK_MEASURE:
        tail = re.escape(word.group()[0])  # "哪一号卫生部条例": the measure word alone, not "号卫"
    # nothing after 第几 ("排第几"): the ordinal keeps the measure word it is printed with ("第14位", "第4名")
    rx = re.compile(ORDINAL + (f"(?:{tail}|{tail[:1]})" if tail else _RANK_MEASURE))
    return [Span(m.start(), m.end(), "number", "ordinal") for m in rx.finditer(folded)
            if m.group() not in question]


# A question that names some items and asks for the one left ("除了…还有", "一个是…，另一个是?", "…以及?").
_RANKED_TAIL = re.compile(r"(?:分居|分列|依次位列|依次列|分获|包揽)了?"
                          r"(?:前([二三四五六七八九十\d]{1,2})[名位强]?|冠亚季军)")
_GLOSS = re.compile(r"[(（][^()（）]{0,20}[)）]")  # a score or note after an item: "中国队(182.200分)"


def ranked_items(folded: str) -> list[tuple[int, int]]:
    """The items of a ranked list, in their order ("中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前
    三位" → 中国队, 美国队, 俄罗斯队), each without its gloss; [] when the sentence holds none, or the list has
    fewer or more items than it ranks."""
    m = _RANKED_TAIL.search(folded)
    if m is None:
        return []
    plain = _GLOSS.sub(lambda g: " " * len(g.group(0)), folded[: m.start()])  # same offsets, glosses blanked
    start = max(plain.rfind(c) for c in "。;；,，:：!！?？") + 1
    items: list[tuple[int, int]] = []
    at = start
    for part in plain[start:].split("、"):
        a = at + len(part) - len(part.lstrip())
        b = at + len(part.rstrip())
        if b - a < 1 or b - a > 15:
            return []
        items.append((a, b))
        at += len(part) + 1
    size = ordinal_value(m.group(1)) if m.group(1) else 3
    return items if len(items) == size >= 2 else []


# ("蒙古人、色目人、汉人,而最后一个阶级是?": the last of a list the question prints all but, not "最后一个王公是谁")
REST_QUESTION = re.compile(r"还有|不仅仅?是[^?？]*还是|另一|另外|除了|之外|以外|其余|剩下|、[^、?？]*最后一|"
                           r"(?:以及|及|和|与|、)\s*(?:哪|什么|何|谁|[?？]?\s*$)")


def rest_items(folded: str, typed: Iterable[Span], question: str) -> list[Span]:
    """The items of an enumeration the question does not name, when it names some of them and asks for the one
    left: "散曲四大名家指的是马致远、张可久、乔吉，还有一位是?" ↔ "四大名家有关汉卿、马致远、张可久与乔吉"
    → 关汉卿."""
    out: list[Span] = []
    whole: list[Span] = []  # of the clauses with an item the question names whole
    if not REST_QUESTION.search(question) or compared(question):
        return out  # ("与哪一门语言相似" compares: compared.py)
    nouns = sorted(typed, key=lambda sp: sp.start)
    # the items of one character the question lists ("稻、麦、粟、麻"), and the last characters of its pieces: such a
    # list's item left may be one character too
    pieces = [piece.strip() for piece in _QUESTION_ITEM_SEP.split(question)]
    single = {piece for piece in pieces if len(piece) == 1 and "\u4e00" <= piece <= "\u9fff"}
    ends = {piece[-1] for piece in pieces if piece}
    for a, b in clauses(folded):
        seps = [m for m in _ITEM_SEP.finditer(folded, a, b)]
        if not seps or "、" not in folded[a:b] and len(seps) > 1:
            continue
        items: list[tuple[int, int]] = []
        edges = [a] + [x for m in seps for x in (m.start(), m.end())] + [b]
        for x, y in zip(edges[::2], edges[1::2], strict=True):
            items.append((x, y))
        # The first and last items run on into the clause: keep the noun phrase against the separator.
        first, last = items[0], items[-1]
        items[0] = next(((sp.start, sp.end) for sp in reversed(nouns)
                         if sp.end == first[1] and sp.start >= first[0]), first)
        # (a noun of one character is a word jieba cut off a name it does not know, "东|涌|线": the item runs on)
        items[-1] = next(((sp.start, sp.end) for sp in nouns
                          if sp.start == last[0] and sp.end <= last[1] and sp.end - sp.start >= 2), last)
        runs_on = items[0] == first  # no noun phrase found against the separator
        if len(items) > 1:  # the outer items stop at the list's verb and at its count (list_edges.py)
            items[0] = (first_item_start(folded, *items[0]), items[0][1])
            items[-1] = (items[-1][0], last_item_end(folded, *items[-1], len(items)))
            last = trim(folded, last[0], last_item_end(folded, *last, len(items)))
        items = [trim(folded, x, y) for x, y in items]
        named = [_in_question(folded[x:y], question) for x, y in items]
        if len(items) > 1 and named[-1] and all(y > x for x, y in items[:-1]) \
                and modifier_only(folded, items[-1], last, question):
            # "…以及|台湾|本身财政负担的问题" for "…导致台湾人民的反抗…另一个是?": the noun the question names only
            # opens the last item, which runs on (list_edges.py); not in a clause opening with its joint ("与代表们…")
            items[-1], named[-1] = last, False
        # a first item that runs on into its clause ("航太飞行方式包括|飞越、绕飞") is named when the question
        # names the word against the separator as an item of its own ("飞越、绕飞、返回以及什么"; not "反共" of
        # "反共文学作家"), and no other item holds that word (the head they share: "商品期货与金融期货")
        end = folded[items[0][1] - 2:items[0][1]]
        if runs_on and len(items) > 1 and items[0][1] - items[0][0] > 4 and (_listed(end, question) or named_tail(
                folded[items[0][0]:items[0][1]], question)) and not any(end in folded[x:y] for x, y in items[1:]):
            # (or the question prints its last words: "中国大陆对|李登辉访美" for "除了李登辉访美之外", list_edges.py)
            named[0] = True
        if len(single) >= 2 and runs_on and len(items) > 2 and folded[items[0][1] - 1] in ends:
            # "…供种植|稻、麦、粟、桑、麻" for "包括稻、麦、粟、麻、蔬菜以及哪种": a list of one-character items,
            # the first running on from its clause ends as the question's first item does
            named[0] = True
        tails = [_tail(folded[x:y]) for x, y in items]
        # the name the question gives ends an item, after a modifier the question leaves out ("故乡|宾州" for 宾州),
        # unless it is the head every item ends with ("商品期货和金融期货")
        named = [seen or (tail in question and tails.count(tail) == 1) for seen, tail in zip(named, tails, strict=True)]
        # "…流经印度北部及孟加拉" for "一个是印度，另一个是?": the item opening with the name given (one_named.py)
        named = [seen or opens_with_named(folded[x:y], question) for seen, (x, y) in zip(named, items, strict=True)]
        if all(named):
            # "一个是村民委员会,另一个是?" ↔ "居民委员会和村民委员会": items alike share most characters; the one
            # the question names whole is named, the other is the one left
            named = [folded[x:y] in question for x, y in items]
            # "省级|公园和国家公园" for "一个是国家公园": an item the question prints only inside another is not named
            named = [seen and not only_inside(folded[x:y], [folded[a:b] for a, b in items], question)
                     for (x, y), seen in zip(items, named, strict=True)]
        if len(items) < 2 or not any(named) or all(named):
            continue
        # the last item answered stops before the predicate it runs on into, which the question repeats
        x, y = items[-1]
        items[-1] = trim(folded, x, echoed_tail_end(folded, x, y, question, [folded[a:b] for a, b in items[:-1]]))
        exact = any(seen and y - x >= 2 and folded[x:y] in question for (x, y), seen in zip(items, named, strict=True))
        for (x, y), seen in zip(items, named, strict=True):
            if not seen and (2 <= y - x <= 20 or y - x == 1 and len(single) >= 2):
                out.append(Span(x, y, "term", "rest"))
                if exact:
                    whole.append(out[-1])
    # "一派是崇汉派,另一派是?" ↔ "…典章制度与维护蒙古旧法之间,…分裂成守旧派与崇汉派": the list naming an item whole
    # (崇汉派) is the one asked, not one whose item only ends like a word of the question (…制度)
    # (no list in a clause: one of clauses, each an item, "…领域,岩石圈,水圈,大气,生物圈,…": comma_list.py)
    return whole or out or comma_rest(folded, question)


def only_inside(item: str, items: list[str], question: str) -> bool:
    """Whether the question prints `item` only inside another item ("公园" of "国家公园")."""
    rest = question
    for other in items:
        if other != item and item in other:
            rest = rest.replace(other, " ")
    return item not in rest


def _in_question(item: str, question: str) -> bool:
    """The item is named in the question (whole, or two thirds of its characters in a row)."""
    if len(item) < 2:
        return False
    if item in question:
        return True
    n = max(2, -(-2 * len(item) // 3))
    return any(item[i:i + n] in question for i in range(len(item) - n + 1))


def _listed(word: str, question: str) -> bool:
    """The question names `word` as an item: it ends a stretch between separators ("上吊、枪械以及哪种")."""
    return any(piece.endswith(word) for piece in _QUESTION_ITEM_SEP.split(question))


_QUESTION_ITEM_SEP = re.compile(r"以及|还有|除了|[、,，和与及]")


def _tail(item: str) -> str:
    return item[-max(2, -(-len(item) // 2)):]


# A question asking what something is called, and the words that name it in a sentence: after them is the name.
NAMING_QUESTION = re.compile(r"叫什么|叫做什么|叫作什么|称为什么|称作什么|简称|别称|别名|原名|又称|俗称|俗名|全称|"
                             r"学名|英文名|译名|外号|绰号|昵称|名称|名字|叫法|称号|本名|前身|旧称|旧名|古称|曾用名")
# "硫化氢的水溶液称之为?", "…机构名为什么?": a naming verb ending the question (a cloze, or before 什么/何) asks
# for the name, as the naming nouns above do.
NAMING_END = re.compile(r"(?:称之为|称为|称作|叫做|叫作|名为|名叫)(?:什么|何)?\s*[?？]*\s*$")
_NAMING = re.compile(r"被称为|被称作|被誉为|称之为|称为|称作|叫做|叫作|又名|原名|简称|别称|别名|又称|俗称|俗名|全称|"
                     r"学名|英文名称|英文名|译名|外号|绰号|昵称|名为|誉为|称号|译作|译为|本名|前身为|前身是|前身|"
                     r"旧称|旧名|古称|称|叫")


_KNOWN_AS = re.compile(r"有[「“\"]?([^,，。;；「」“”\"]{2,12}?)[」”\"]?(?:之|的)(?:美)?(?:称|誉|称号|美誉|雅号)")
_CALLED = re.compile(r"[被又]?称(?:之为|为|作)")


def named(folded: str, question: str) -> list[tuple[Span, float]]:
    """What follows a naming word ("又称蓝线白𫚭", "称为小鸟球", "简称：DQ") to the clause end, with how firmly:
    1 when the question uses the same naming word, 0.5 for another one; and a quoted term right after two or more
    of the question's characters ("雕塑《梦舟》"), 0.5."""
    out = []
    for m in _NAMING.finditer(folded):
        if m.group() in ("称", "叫") and folded[m.end():m.end() + 1] in ("呼", "赞", "号", "霸"):
            continue  # "…的称呼", "称赞": a noun or another verb, naming nothing
        start = m.end()
        if folded[start:start + 1] in (")", "）"):
            continue  # "骠国(即缅甸的古称)": a gloss names the word before its bracket (_glossed), not what follows
        while start < len(folded) and folded[start] in "：:为是「“《 ":
            start += 1
        end = start
        while end < len(folded) and folded[end] not in "，,。；;！!？?":
            end += 1
        start, end = trim(folded, start, end)
        text = folded[start:end]
        if not 1 <= end - start <= 30 or text in question:
            continue
        # 称之为 in the question and 称为 in the sentence are one naming word
        same = m.group() in question or (_CALLED.fullmatch(m.group()) is not None and _CALLED.search(question))
        out.append((Span(start, end, "term", "named"), 1.0 if same else 0.5))
    for m in _KNOWN_AS.finditer(folded):
        # "故有申城之称": the name stands before 之称/的美誉, not after a naming word
        if m.group(1) not in question:
            out.append((Span(m.start(1), m.end(1), "term", "named"), 1.0 if _CALLED.search(question) else 0.5))
    for sp in quotes(folded):
        # "主题雕塑《梦舟》揭幕": a title quoted right after the noun whose name is asked ("主题雕塑叫什么名字")
        before = folded[max(0, sp.start - 5):sp.start - 1]
        if folded[sp.start:sp.end] not in question and any(before[i:] in question for i in range(len(before) - 1)):
            out.append((sp, 0.5))
    out += _after_dash(folded, question)
    out += _glossed(folded, question)
    return out


# "骠国(即缅甸的古称)": a bracket opening with 即 glosses the word right before it
_GLOSSED_WORD = re.compile(r"([\u4e00-\u9fff]{2,8})[(（]即([^()（）]{2,16})[)）]")
_NOT_IN_NAME = FUNCTION_CHARS | {"着", "过"}


def _glossed(folded: str, question: str) -> list[tuple[Span, float]]:
    """The word a bracketed gloss names ("共同开发着骠国(即缅甸的古称)" for "缅甸的古称是什么"), when the gloss is
    what the question asks and ends with a naming word: the characters before the bracket back to a function word,
    1."""
    out = []
    for m in _GLOSSED_WORD.finditer(folded):
        gloss = m.group(2)
        if gloss not in question or not any(gloss.endswith(n) for n in _NAMING.pattern.split("|")):
            continue
        start = m.end(1)
        while start > m.start(1) and folded[start - 1] not in _NOT_IN_NAME:
            start -= 1
        if m.end(1) - start >= 2 and folded[start:m.end(1)] not in question:
            out.append((Span(start, m.end(1), "term", "named"), 1.0))
    return out


def _after_dash(folded: str, question: str) -> list[tuple[Span, float]]:
    """"成立乡村合作公司——广水市冷棚村鹏赛运营管理有限公司": a name set off by a dash right after the noun whose name
    is asked ("乡村合作公司叫什么名字"), to the clause's end, 0.5."""
    out = []
    for m in _DASHED.finditer(folded):
        before = folded[max(0, m.start() - 5):m.start()]
        if m.group(1) not in question and any(before[i:] in question for i in range(len(before) - 1)):
            out.append((Span(m.start(1), m.end(1), "term", "named"), 0.5))
    return out


_DASHED = re.compile(r"(?<=[\u4e00-\u9fff])——([^，,。；;！!？?—()（）]{2,30})(?=[，,。；;！!？?]|$)")
_DEFINING = re.compile(r"(?:也就是|就是|即是|便是|是指|指的是|乃是|即(?![将使便可刻时日]))(?:说)?")


def defined(folded: str, subject: str) -> list[Span]:
    """What a later clause says the subject is: "“仰尘”可能很多现代年轻人不知道,就是过去房间的天花板" → 过去房间的
    天花板 for "“仰尘”是什么" — a clause opening with a defining copula (就是, 即, 是指) after a clause of the same
    sentence that names the subject, at most 30 characters."""
    at = folded.find(subject) if len(subject) >= 2 else -1
    if at < 0:
        return []
    out = []
    for a, b in clauses(folded):
        if a < at + len(subject):
            continue
        m = _DEFINING.match(folded, a)
        if m is None:
            continue
        start, end = trim(folded, m.end(), b)
        if 2 <= end - start <= 30:
            out.append(Span(start, end, "term", "named"))
        break
    return out


# What introduces the value after an attribute's name: "分子式为CHCONH", "作用是…", "特点：…", "代号JSR 93".
_TELLS = re.compile(r"[" + COPULA_ADVERBS + r"]?(?:主要|通常|一般)?(?:就是|即是|乃是|是|为|乃|即|有|[:：])?")


def attribute_value(folded: str, attribute: str, question: str) -> list[Span]:
    """What a sentence says an attribute is, from the attribute's name on to the clause end: "乙酰胺的分子式是
    什么" ↔ "…,分子式为CHCONH。" → CHCONH (the answer is the value, not the sentence)."""
    out = []
    at = folded.find(attribute)
    while at >= 0:
        after = at + len(attribute)
        m = _TELLS.match(folded, after)
        if folded[after:after + 1] not in ("的", "和", "与", "、", "及") and m is not None:
            start, end = ends_clause(folded, m.end())
            announces = folded[end:end + 1] in (":", "：")  # "特点主要有以下三点:…": what follows tells it
            if 1 <= end - start <= 30 and folded[start:end] not in question and not announces:
                out.append(Span(start, end, "term", "named"))
        at = folded.find(attribute, after)
    return out


# A short form introduced after its full name: "首钢集团有限公司,简称首钢", "…第二中学(简称:南宁二中)".
_SHORT_MARK = re.compile(r"[,，(（]?\s*(?:以下|下文)?(?:简称|缩写|简写)(?:为|是)?[:：]?\s*[「“\"]?")


def abbreviated(folded: str, short: str) -> list[Span]:
    """The full name a sentence gives before it introduces `short` as its short form: "首钢是什么的简称" ↔
    "首钢集团有限公司,简称首钢,…" → 首钢集团有限公司 (from the start of its clause)."""
    out = []
    for m in _SHORT_MARK.finditer(folded):
        if not folded.startswith(short, m.end()) or not m.start():
            continue
        start, end = trim(folded, clause_start(folded, m.start()), m.start())
        if 2 <= end - start <= 30 and folded[start:end] != short:
            out.append(Span(start, end, "term", "expansion"))
    return out


_KIND_MODIFIER_TAGS = frozenset(("a", "b", "v", "d", "m"))  # 国立/私立/总/分/大型: a kind of the noun, not a name


def names_one(text: str, noun: str) -> bool:
    """`text` names one thing of the kind `noun` counts: it ends with the noun after a name of two characters or
    more ("南开大学", "中国邮政集团公司"), not after a word that makes a sort of it ("国立大学", "分公司")."""
    name = text[:-len(noun)] if noun and text.endswith(noun) else ""
    return len(name) >= 2 and main_word_tag(name) not in _KIND_MODIFIER_TAGS
