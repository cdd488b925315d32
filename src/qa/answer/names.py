"""People in a sentence: jieba's nr words merged into names (transliterated, after a post, a rare
character jieba left alone), names printed after or before a post, kin words, a name filling a slot."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..lexicon import (
    ADDRESS_TERMS,
    ARRIVAL_VERBS,
    COMPOUND_SURNAMES,
    HONORIFIC_TITLES,
    KIN_WORDS,
    LIST_CLAUSE_END,
    PERSON_TAGS,
    PERSON_TRAILING_WORDS,
    POST_MODIFIERS,
    POSTS,
    PUNCT,
    SURNAMES,
    TRANSLIT_CHARS,
    all_han,
    alternation,
)
from ..tokenize import main_word_freq, main_word_tag
from .agent_name import agent_tail
from .dotted_after_post import dotted_names_after_posts
from .doubled_name import doubled_names
from .framed_name import framed_tail
from .honorific_glued import honorific_glued_name
from .japanese_name import japanese_names
from .japanese_surname import surname_names
from .latin_apposed import apposed_name
from .leader_name import leader_names
from .owner_name import names_after_owners
from .post_glued_name import made_up_given
from .rare_surname import rare_surname_name
from .role_noun_name import names_after_role_nouns
from .row_name import names_in_post_rows
from .spans import Freq, Span, longest_spans, offsets
from .title_glued_name import names_glued_to_titles
from .titled_name import names_after_titles
from .tun_honorific import tun_names

COMMON_WORD = 80  # jieba dictionary frequency above which an nr-tagged word is an ordinary word
_GIVEN_WORD = 1000  # a word of two characters at most this frequent may be a given name ("长远", "国庆")


def persons(folded: str, pos: Iterable[tuple[str, str]] = (), names: Iterable[str] = (),
            freq: Freq = main_word_freq) -> list[Span]:
    """People: jieba's nr tags (neighbours merged, "·" joins foreign names) and known byline names."""
    spans: list[Span] = []
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    words = list(offsets(pos))
    # most sentences hold no dotted name: the four tests below are then all false
    dots = any(c in folded for c in _DOT_MARKS)
    for a, b, w, flag in words:
        # (the dot, or a space after it: "阿迪克• 德威•布特兰多", a text layer's line break)
        after_dot = dots and bool(run) and (name_dot_at(folded, run[-1][1] - 1) or (
            folded[run[-1][1] - 1] == " " and name_dot_at(folded, run[-1][1] - 2)))
        # read only where a dot or a run needs it (most words have neither)
        translit = dots and bool(run or name_dot_at(folded, b)) and all(c in TRANSLIT_CHARS for c in w)
        # the first part of a dotted name jieba took for a place ("亚历山大/ns|·|塞维鲁"), its last part's last
        # characters it took for a noun ("斯卡利|格", "宾|特利", "麦克劳|林")
        before_dot = dots and name_dot_at(folded, b) and (bool(run) or (translit and flag[:1] == "n") or (
            folded[b + 1:b + 2] == " " and flag in ("nr", "nrt", "ns")))  # "总主席罗山/ns|•| |鲁斯拉尼"
        dotted_tail = dots and bool(run) and translit and len(w) <= 2 and flag in _DOTTED_TAIL_TAGS \
            and run[-1][1] == a and any(name_dot_at(folded, k) for k in range(run[0][0], a)) and a - run[0][0] <= 10
        if (flag in PERSON_TAGS and w not in KIN_WORDS and w not in POSTS) or (
                run and b - a == 1 and (name_dot_at(folded, a) or (w == " " and name_dot_at(folded, a - 1)))) or (
                (after_dot or before_dot or dotted_tail) and w not in PUNCT and not w.isspace()):
            # "伊恩·法兰明": the word after "·" belongs to the name whatever jieba tagged it, and so does the rest
            # of the name's first part before it ("焦尔达|诺·布鲁诺")
            if run and run[-1][1] != a:
                run = []
            run.append((a, b))
            continue
        if run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    # jieba tags a transliterated name nrt ("亨利|克莱", "约瑟夫|史达林"); such a name needs no Chinese surname
    # (both read only for the runs of name words, which most sentences lack)
    foreign = {a for a, _b, _w, flag in words if flag == "nrt"} if runs else set()

    def named_at(a: int, b: int, pieces: int = 1) -> Span | None:
        b -= folded[b - 1] == " "
        b -= name_dot_at(folded, b - 1)
        word = folded[a:b]
        ok = _looks_like_name(word, freq, any(a <= x < b for x in foreign)) or (
            # a name in jieba's dictionary (姜恩柱 is as frequent as 华丽) right after a post: the post says it is one
            pieces == 1 and folded.endswith(POSTS, 0, a) and word[:1] in SURNAMES and 2 <= len(word) <= 3
            and all_han(word) and not word.endswith(_NOT_NAME_ENDS)) or (
            # two or more words all tagged names right after a post: a name whatever its surname ("副团长布|小林")
            # ("县长老公傅|崐|萁": the post's kin in between), up to four characters ("首相岸|田文雄")
            pieces >= 2 and _after_post(folded, a) and 2 <= len(word) <= 4 and freq(word) < COMMON_WORD
            and all_han(word)) or (
            # one word tagged a name right after a post, its surname a rare one: "市委书记|夜礼斌" (rare_surname.py)
            pieces == 1 and not word.endswith(_NOT_NAME_ENDS) and rare_surname_name(folded, a, word, freq))
        return Span(a, b, "person", "pos:nr") if ok else None

    starts = {a: i for i, (a, _b, _w, _f) in enumerate(words)} if runs else {}
    for chunk in runs:
        a, b = chunk[0][0], chunk[-1][1]
        pieces, i = len(chunk), starts[a]
        dotted = dots and b - a > 3 and any(name_dot_at(folded, k) for k in range(a, b))  # "主席阿/j|迪克•…"
        if (b - a in (1, 3) or dotted) and i >= 1 and words[i - 1][1] - words[i - 1][0] == 1 \
                and words[i - 1][3] in _NAME_HEAD_TAGS and folded.endswith(POSTS, 0, words[i - 1][0]) \
                and name_ends(words, starts[chunk[-1][0]] + 1):
            # "首相岸|田文雄", "厅长塔|汪昨天": a Japanese name of four or a Thai one of two, its first character
            # read as a noun or an abbreviation after the post
            a, pieces = a - 1, pieces + 1
        j, bound = starts[chunk[-1][0]] + 1, False
        while j < len(words) and words[j][1] - words[j][0] == 1 and b - a < 3 and (
                words[j][3] in _BOUND_TAGS
                or (bound and words[j][3][:1] not in _AFTER_NAME and name_ends(words, j + 1))
                or _numeral_given(folded, words, j, a, b)):
            # "符芝|瑛", "傅|崐|萁": a rare character of the name, tagged a morpheme (no word of its own), and
            # one more character after it where the name ends ("李|甦|雁|进行")
            b, j, pieces, bound = words[j][1], j + 1, pieces + 1, True
        if _translit_tail(folded, words, j, a, b, foreign):
            b, j, pieces = words[j][1], j + 1, pieces + 1  # "汤玛斯|伊格|顿/q|所": the name's last syllable
        elif _copula_tail(folded, words, j, a, b, foreign, freq):
            b += 1  # "勒布|夫为|总参谋长": the name's last syllable glued to the copula after it
        if b - a == 2 and folded[a] in SURNAMES and _NAME_TAIL.match(folded, b):
            b += 1  # "陈家|强、": jieba left a two-character name's last character out, a list's comma after it
        elif b - a == 3 and folded[a] in SURNAMES and _NAME_TAIL.match(folded, b) and j < len(words) \
                and words[j][0] == b and words[j][3] in ("d", "ad"):
            b += 1  # "熊谷元|直/d|,": a Japanese name's last character read as an adverb, which never ends a clause
        elif b - a == 2 and folded[a] in SURNAMES and j + 1 < len(words) and words[j][0] == b \
                and words[j][1] - b == 1 and words[j][3] == "a" and words[j + 1][3] == "v" \
                and words[j + 1][1] - words[j + 1][0] >= 2:
            b += 1  # "丁青|明/a|召开": the name's last character read as an adjective before the verb
        elif framed_tail(folded, words, j, a, b):
            b += 1  # ",张开|琴/n|以1小时…的成绩夺得": a person's deed after it: a name of three (framed_name.py)
        elif (agent_end := agent_tail(folded, words, j, a, b)) > b:  # "由陈|华文|主持": the doer after 由
            b, pieces = agent_end, pieces + 1  # (agent_name.py)
        if (b - a == 2 and j < len(words) and words[j][0] == b and folded.endswith(POSTS, 0, a)
                and all_han(words[j][2]) and name_ends(words, j + 1) and (
                    (len(words[j][2]) == 1 and (words[j][3][:1] not in _AFTER_NAME
                                                 or (words[j][3] == "u" and words[j][2] not in _TRUE_PARTICLES)))
                    or (len(words[j][2]) == 2 and folded[a] in SURNAMES and folded[a + 1] in SURNAMES
                        and words[j][3][:1] == "n" and freq(words[j][2]) < COMMON_WORD))):
            # right after a post, the name runs on to where a name may end: "局长王鑫|基|表示" (its last character
            # read as a noun), "专员黄何|咏诗|也" (a married woman's two surnames and her given name, as Hong Kong
            # prints them)
            b = words[j][1]
        if place_by_context(words, i, starts[chunk[-1][0]] + 1):
            continue
        whole = named_at(a, b, pieces) or _famous(folded, words, i, starts[chunk[-1][0]] + 1, a, b, freq)
        # a kinship or title word jieba also tags nr, run into the name ("曾祖父|黄中理"): the words one by one
        parts = [] if whole is not None or len(chunk) < 2 else [named_at(a, b) for a, b in chunk]
        spans += [sp for sp in [whole, *parts] if sp is not None]
    for k, (a, b, w, flag) in enumerate(words):
        # a transliterated name jieba does not know, right after a post or a trade and before a verb ("王储|东姑阿都拉|
        # 颁发", "航海家|拉彼鲁兹/ns|对"):
        # the post says it is a person, whatever place or term jieba took it for
        if 3 <= b - a <= 6 and flag[:1] == "n" and flag not in PERSON_TAGS and k \
                and (words[k - 1][2] in POSTS or _trade(words[k - 1][2])) \
                and freq(w) < COMMON_WORD and all_han(w) \
                and not w.endswith(_NOT_NAME_ENDS) and name_ends(words, k + 1):
            spans.append(Span(a, b, "person", "pos:nr"))
    spans += leader_names(words, folded, freq)  # "拔都|率部" (leader_name.py)
    spans += names_after_role_nouns(folded, words, freq)  # "主持人|周天|慧|表示" (role_noun_name.py)
    if glued := names_glued_to_titles(words, freq):  # "由郑观|陆先生|担任": not 陆先生 (title_glued_name.py)
        spans = [sp for sp in spans if sp.start not in {g.end - 1 for g in glued}] + glued
    spans += doubled_names(words, folded)  # "姜|冬冬|代表市委…", "区委书记蒋|明明" (doubled_name.py)
    spans += _family_cut_off(words, freq)
    spans += _surname_glued(words, freq)
    if "敦" in folded:  # "由已故敦林|苍|祐|主持": the honorific glued to the surname (tun_honorific.py)
        spans += tun_names(words, freq, lambda j: name_ends(words, j))
    spans += _pieced_translit(folded, words, spans)
    spans += _translit_sayer(words, spans)
    # a khan's name jieba does not know, read as a place ("合不勒汗/ns", "窝阔台汗"): a ruler (not 满头大汗,
    # a word of the dictionary)
    spans += [Span(a, b, "person", "pos:nr") for a, b, w, flag in words
              if 3 <= b - a <= 6 and w.endswith("汗") and flag in _RULER_TAGS and freq(w) == 0]
    for k, (a, b, w, flag) in enumerate(words):
        # a pen name or a name of two characters jieba's dictionary does not hold, right after a post ("副总编辑|
        # 秋影|祖籍"): the word jieba made up there is the post holder's name, whatever follows it
        # (not the first part of a name printed in parts: "副主席阿宁/ns|迪亚/ns|•")
        if b - a == 2 and flag == "n" and folded.endswith(POSTS, 0, a) \
                and freq(w) == 0 and all_han(w) \
                and (k + 1 == len(words) or words[k + 1][3] not in PERSON_TAGS | _RULER_TAGS) \
                and folded[b:b + 1] not in NAME_DOTS:
            spans.append(Span(a, _given_after(words, k) if w[:1] in SURNAMES else b, "person", "pos:nr"))
    for k, (a, b, w, flag) in enumerate(words[:-1]):
        # a one-character surname jieba tagged a name right after a post, and a rare word of two characters after
        # it where a name may end ("副部长|叶/nr|建春/vn|出席会议/l"): the post holder's name of three characters
        nxt = words[k + 1]
        # a given name may be a word too, before an adverb ("秘书长|李/nr|长远/d|分别/d|陪同"): a surname alone never
        # follows a post (the frequency looked up only past the cheap tests: this runs on every word)
        if b - a == 1 and flag == "nr" and w in SURNAMES and nxt[1] - nxt[0] == 2 \
                and (freq(nxt[2]) < COMMON_WORD or (freq(nxt[2]) < _GIVEN_WORD and k + 2 < len(words)
                                                    and words[k + 2][3] == "d")) \
                and folded.endswith(POSTS, 0, a) and all_han(nxt[2]) \
                and (name_ends(words, k + 2) or words[k + 2][3] == "l" if k + 2 < len(words) else True):
            spans.append(Span(a, nxt[1], "person", "pos:nr"))
    for k, (a, b, w, flag) in enumerate(words[:-1]):
        # a surname and a term of address: someone the reporter met ("顾/n|阿姨", "林/ng|阿婆"; not "向/p|老师"),
        # or a surname jieba tags a name and a post: someone named by the post ("由|赖/nr|总统|颁奖")
        if b - a == 1 and w in SURNAMES and flag[:1] not in _NOT_SURNAME_TAGS and (
                words[k + 1][2] in ADDRESS_TERMS or (flag == "nr" and words[k + 1][2] in POSTS)):
            spans.append(Span(a, words[k + 1][1], "person", "pos:nr"))
    for k, (a, _b, w, flag) in enumerate(words[:-1]):
        # a compound surname jieba read as a place or a word, and the given name after it ("欧阳/ns|秀媚/a"; not
        # "东方|卫视", a common word)
        nxt = words[k + 1]
        if w in COMPOUND_SURNAMES and 1 <= nxt[1] - nxt[0] <= 2 and nxt[3][:1] not in _NOT_IN_NAME \
                and freq(nxt[2]) < COMMON_WORD \
                and all_han(nxt[2]) and name_ends(words, k + 2):
            spans.append(Span(a, nxt[1], "person", "pos:nr"))
        elif w in COMPOUND_SURNAMES and flag == "nr" and k + 2 < len(words) \
                and nxt[1] - nxt[0] == 1 and words[k + 2][1] - words[k + 2][0] == 1 \
                and all_han(folded[nxt[0]:words[k + 2][1]]) and freq(folded[nxt[0]:words[k + 2][1]]) < COMMON_WORD \
                and k + 3 < len(words) and words[k + 3][3][:1] == "d":
            # a compound surname jieba tags a name and a given name it cut into two characters of other words,
            # an adverb after it ("会稽内史的|司马/nr|休/v|之/u|也遭免官")
            spans.append(Span(a, words[k + 2][1], "person", "pos:nr"))
    spans += _listed_after_posts(folded, words)
    for m in _LATIN_PERSON.finditer(folded) if " " in folded else ():  # (its words are spaced: no scan without)
        # a name in Latin letters right after a noun for a person: "34岁伤者celeste jones,", "发言人john smith说"
        k = next((k for k, (a, _b, _w, _f) in enumerate(words) if a == m.start()), 0)
        after = next((j for j, (a, _b, _w, _f) in enumerate(words) if a >= m.end()), len(words))
        if k and words[k - 1][3][:1] == "n" and name_ends(words, after) and (
                words[k - 1][2].endswith(_PERSON_NOUN_ENDS) or words[k - 1][2] in POSTS):
            spans.append(Span(m.start(), m.end(), "person", "pos:nr"))
        elif k and words[k - 1][2] == "的" and after < len(words) and words[after][3][:1] == "v":
            # someone's own person doing the deed: "由图书馆的allison dobbie负责司仪" (a name, then a verb)
            spans.append(Span(m.start(), m.end(), "person", "pos:nr"))
    if "(" in folded:
        for m in _GLOSSED_NAME.finditer(folded):
            # a name transliterated, its Latin form in brackets after it, right after a noun for a person
            # ("地震学家|伯德|(alison bird)指出"; jieba reads "家伯德" as one name)
            spans.append(Span(m.start(1), m.end(1), "person", "pos:nr"))
    pairs = [sp for sp in spans if sp.type == "person"]
    for x in pairs:
        # a doubles pair is printed "冯彦哲/魏雅欣": one answer of two people
        y = next((y for y in pairs if y.start == x.end + 1), None)
        if y is not None and folded[x.end] == "/" and x.end - x.start <= 4 and y.end - y.start <= 4:
            spans.append(Span(x.start, y.end, "person", x.rule))
    for name in names:
        if not name or name not in folded:  # the regex only where it finds something
            continue
        for m in re.finditer(re.escape(name), folded):
            spans.append(Span(m.start(), m.end(), "person", "byline-name"))
    # a ruler's ordinal is part of the name ("王阳迈|一世"; not "十四世纪"), and it says that the proper noun before
    # it is a ruler's name, whatever jieba took it for ("亚历山大/ns|一世", "君士坦丁/nz|八世", "威廉/nrt|一世")
    regnal = {b: hit.end() for b in {sp.end for sp in spans} | {b for _a, b, _w, _f in words}
              if (hit := _REGNAL.match(folded, b))} if "世" in folded else {}  # the regex only where it can match
    if regnal:
        spans = [Span(sp.start, regnal[sp.end], sp.type, sp.rule) if sp.end in regnal else sp for sp in spans]
    if "日本" in folded:  # (the regex only where it can match)
        spans += japanese_names(folded, words, spans)
    spans += surname_names(folded, words, spans, lambda j: name_ends(words, j))
    spans += names_after_titles(folded, words, spans, lambda j: name_ends(words, j))
    spans += _listed_between(folded, spans, freq)
    if regnal:
        ends = {sp.end: sp.start for sp in spans}  # "瓦伦丁/nr|尼安/ns|三世": the name's first part found already
        spans += [Span(ends.get(a, a), regnal[b], "person", "pos:nr") for a, b, w, flag in words
                  if 2 <= b - a <= 6 and b in regnal and flag in _RULER_TAGS
                  and all_han(w)]
    if "除" in folded and "外" in folded:
        closed = [_besides_end(folded, sp) for sp in spans]
        ends = {sp.end: sp.start for sp in spans if sp.type == "person"}
        # the name's first part before it ("莫哈末|沙努西外"): the whole name
        spans = closed + [Span(ends[x.start], x.end, x.type, x.rule) for x, sp in zip(closed, spans, strict=True)
                          if x is not sp and x.start in ends]
    return longest_spans(s for s in spans if s.end - s.start >= 2 and not _PLACE_BODY.match(folded, s.end))


def _besides_end(folded: str, sp: Span) -> Span:
    """"除了州务大臣莫哈末沙努西外": jieba reads a transliterated name's last character into the 外 closing 除了…外
    ("沙努|西外"); the 外 closes the name, the character before it is the name's."""
    e = sp.end
    if sp.type == "person" and folded[e + 1:e + 2] == "外" and folded[e:e + 1] in TRANSLIT_CHARS \
            and "除" in folded[max(0, sp.start - 12):sp.start]:
        return Span(sp.start, e + 1, sp.type, sp.rule)
    return sp


# "桂平|市委常委": a name-like place (桂 a surname) before its city's or county's party committee or government; a
# person's name is never followed by them (his post comes before it, "市委常委 X")
_PLACE_BODY = re.compile(r"[市县州旗]委|[市县州旗](?:人民)?政府|[市县州旗]人大|[市县州旗]政协")


# two to four words, a middle initial among them ("thomas p. koch")
_LATIN_PERSON = re.compile(r"(?<![a-z])[a-z]{2,}(?:(?: [a-z]\.)? [a-z]{2,}){1,3}(?![a-z])")
_GLOSSED_NAME = re.compile(r"(?<=[者人员师家手])([\u4e00-\u9fff]{2,4})\(\s*[a-z]{2,}(?: [a-z.]{1,}){1,3}\s*\)")
_PERSON_NOUN_ENDS = ("者", "人", "员", "手", "师", "生", "家", "士")  # 伤者, 发言人, 议员, 选手, 律师, 学生, 作家, 护士
TEMPLE_NAME_ENDS = frozenset("帝宗祖")
_DOTTED_TAIL_TAGS = frozenset(("n", "ng", "nr", "nrt", "ns", "j", "g"))
_NOT_SURNAME_TAGS = ("p", "c", "u", "d", "v", "r", "m", "q", "f")  # a single character so tagged is a word
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?!纪|界|代|家|人|间|上|俗)")
_RULER_TAGS = frozenset(("nr", "nrt", "nrfg", "nz", "ns"))  # a proper noun before a ruler's ordinal


def _listed_between(folded: str, spans: Sequence[Span], freq: Freq) -> list[Span]:
    """Names listed with 、 between two people found ("刘胜刚、金|海山、张革": jieba read 海山 as a place): each of
    two or three characters, a surname first and no common word, is a person too."""
    people = sorted((sp for sp in spans if sp.type == "person"), key=lambda sp: sp.start)
    out = []
    for x, y in zip(people, people[1:], strict=False):
        gap = folded[x.end:y.start]
        if not (2 < len(gap) <= 16 and gap[0] == "、" and gap[-1] == "、"):
            continue
        items = gap[1:-1].split("、")
        if all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w) and w[0] in SURNAMES and freq(w) < COMMON_WORD
               for w in items):
            at = x.end + 1
            for w in items:
                out.append(Span(at, at + len(w), "person", "pos:nr"))
                at += len(w) + 1
    return out


def _pieced_translit(folded: str, words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span]) -> list[Span]:
    """A transliterated name jieba cut into pieces right after a post ("外交部长|苏吉约/ns|诺/nz|代表", an
    Indonesian minister): nouns made of transliteration characters alone, 3 to 6 characters in all, up to a word
    that is not (a verb, punctuation, "代表"). The post says they are a person's name; not the first part of a
    name printed in parts ("副主席阿宁/ns|迪亚/ns|•|巴格利", where a name dot follows)."""
    out = []
    for k in range(1, len(words)):
        a = words[k][0]
        before = words[k - 1][2]
        # (the last character first: one set lookup, where endswith tries every post, ~1 µs a word)
        if before[-1:] not in _POST_ENDS or not before.endswith(POSTS) \
                or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
            continue
        m = k
        while (m < len(words) and words[m][1] - a <= 6 and (
                (words[m][3][:1] == "n" and all(c in TRANSLIT_CHARS for c in words[m][2]))
                or _name_piece(words, k, m))):
            m += 1
        b = words[m - 1][1]
        if m - k >= 2 and 3 <= b - a <= 6 and folded[b:b + 1] not in NAME_DOTS and (
                m == len(words) or name_ends(words, m) or not all(c in TRANSLIT_CHARS for c in words[m][2])):
            out.append(Span(a, b, "person", "pos:nr"))
    return out


def _name_piece(words: Sequence[tuple[int, int, str, str]], k: int, m: int) -> bool:
    """words[m], in a run after a post from words[k], is a piece of a foreign name though its characters are not
    all of the transliteration table: jieba tags it a name, and so the next one ("总理热|恩/nr|别科夫/nr|邀请"),
    or it is the run's first character, read as an adjective or a noun's morpheme, before two such pieces."""
    def named(j: int) -> bool:
        # (not a kin word jieba tags a name: "县长|老公/nr|傅/nr|崐萁", the post's husband)
        return j < len(words) and words[j][3] in ("nr", "nrt") and all_han(words[j][2]) \
            and words[j][2] not in KIN_WORDS

    if m == k and words[m][1] - words[m][0] == 1 and words[m][3] in ("a", "ng", "g") and all_han(words[m][2]):
        return named(m + 1) and named(m + 2)
    return named(m) and (named(m + 1) or (m > k and named(m - 1)))


_POST_ENDS = frozenset(p[-1] for p in POSTS)


def _family_word(word: str, last: str) -> bool:
    """word is a proper noun of jieba's dictionary (德川/ns, a family name), or a dynasty (东晋/t) before a ruler's
    temple name ("东/ns|晋元帝/nr"); not a common noun (长子, 官宦)."""
    tag = main_word_tag(word)
    return tag in _PROPER_TAGS or (tag == "t" and last in TEMPLE_NAME_ENDS)


def _family_cut_off(words: Sequence[tuple[int, int, str, str]], freq: Freq) -> list[Span]:
    """A Japanese name of four jieba cut after its first character ("德/ns|川家康/nr|请求"): a character jieba took
    for a place, then a name of three whose first character makes a proper noun of the dictionary with it (德川, the
    family name), and the name ends there: the four characters are the person."""
    out = []
    for k in range(len(words) - 1):
        a, b, w, flag = words[k]
        nxt = words[k + 1]
        if b - a == 1 and nxt[3] == "nr" and nxt[1] - nxt[0] == 3 and nxt[0] == b \
                and flag == "ns" and all_han(w + nxt[2]) and freq(w + nxt[2]) < COMMON_WORD \
                and _family_word(w + nxt[2][0], nxt[2][-1]) and name_ends(words, k + 2):
            out.append(Span(a, nxt[1], "person", "pos:nr"))
    return out


def _surname_glued(words: Sequence[tuple[int, int, str, str]], freq: Freq) -> list[Span]:
    """A foreign given name and its surname printed without the dot, jieba's name and another proper noun ("沃尔特/nr|
    蒙代尔/nz|仍是"): a transliterated name, the proper noun of two to four characters right after it ending in a
    transliteration character (not 爱国阵线, 弗里西语), where a name may end — one person."""
    out = []
    for k in range(len(words) - 1):
        a, b, w, flag = words[k]
        nxt = words[k + 1]
        if flag in ("nr", "nrt") and len(w) >= 2 and TRANSLIT_CHARS.issuperset(w) and nxt[0] == b \
                and nxt[3] in ("nz", "nrt") and 2 <= len(nxt[2]) <= 4 and nxt[2][-1] in TRANSLIT_CHARS \
                and freq(nxt[2]) < COMMON_WORD and name_ends(words, k + 2):
            out.append(Span(a, nxt[1], "person", "pos:nr"))
    return out


def _translit_sayer(words: Sequence[tuple[int, int, str, str]], spans: Sequence[Span]) -> list[Span]:
    """A transliterated name jieba cut into a place and a morpheme ("欧德/ns|谟/g|认为"), opening a clause before a
    verb of saying or thinking: 3 to 6 transliteration characters in two or more nouns or morphemes. No place thinks."""
    out = []
    for k in range(2, len(words)):
        if words[k][2] not in _SAYS:
            continue
        m = k
        while m > 0 and words[m - 1][3][:1] in ("n", "g") and all(c in TRANSLIT_CHARS for c in words[m - 1][2]):
            m -= 1
        a, b = words[m][0] if m < k else 0, words[k - 1][1]
        if k - m >= 2 and 3 <= b - a <= 6 and (m == 0 or words[m - 1][2] in PUNCT) \
                and not any(sp.type == "person" and a < sp.end and sp.start < b for sp in spans):
            out.append(Span(a, b, "person", "pos:nr"))
    return out


def _listed_after_posts(folded: str, words: Sequence[tuple[int, int, str, str]]) -> list[Span]:
    """A name jieba cut into a surname and a word, printed in a row of posts and names ("商务部长宋|提拉、劳工部长
    阿顿、…"): between a post and the list's 、 stand two to four characters, the first a surname, and a post
    follows the 、 again — the row's pattern says they are the holder's name, whatever words jieba made of them."""
    if "、" not in folded:
        return []
    out = []
    for k in range(1, len(words) - 1):
        a = words[k][0]
        if not words[k - 1][2].endswith(POSTS) or folded[a] not in SURNAMES:
            continue
        j = k
        while j < len(words) and words[j][1] - a <= 4 and words[j][2] != "、":
            j += 1
        b = words[j - 1][1]
        if j >= len(words) or words[j][2] != "、" or j == k + 1 or not 2 <= b - a <= 4 \
                or not all_han(folded[a:b]) \
                or any(words[i][2] in POSTS or words[i][2].endswith(POSTS) for i in range(k, j)):
            continue  # (one word: a name jieba read whole is found above)
        nxt = [w for x, _y, w, _f in words[j + 1:] if x - words[j][1] <= 10]
        if any(w in POSTS or w.endswith(POSTS) for w in nxt):
            out.append(Span(a, b, "person", "pos:nr"))
    return out


def name_ends(words: Sequence[tuple[int, int, str, str]], j: int) -> bool:
    """A name may end before words[j]: the sentence ends, or punctuation, a verb, a function word or a time
    (a day in digits too: "理事长张旭政|3日|在…表示", jieba's numeral and 日 apart)."""
    return j >= len(words) or words[j][2] in PUNCT or words[j][3][:1] in _AFTER_NAME or (
        words[j][2].isdigit() and j + 1 < len(words) and words[j + 1][2] == "日" and words[j + 1][0] == words[j][1])


# Numerals that end given names ("柯昌万"): jieba cuts them off a name it does not know as a number ("柯昌|万").
_GIVEN_NUMERALS = frozenset("万千")


def _translit_tail(folded: str, words: Sequence[tuple[int, int, str, str]], j: int, a: int, b: int,
                   foreign: set[int]) -> bool:
    """words[j] is one transliteration character jieba cut off a foreign name it tagged nrt, as a measure word or a
    bound morpheme ("伊格|顿/q", "…|谟/g"), and the name may end after it: the name's last syllable."""
    return j < len(words) and words[j][0] == b and words[j][1] - b == 1 and words[j][3] in _TAIL_TAGS \
        and folded[b] in TRANSLIT_CHARS and any(a <= x < b for x in foreign) \
        and all(c in TRANSLIT_CHARS for c in folded[a:b]) and name_ends(words, j + 1)


def _copula_tail(folded: str, words: Sequence[tuple[int, int, str, str]], j: int, a: int, b: int,
                 foreign: set[int], freq: Freq) -> bool:
    """words[j] is a word the dictionary does not know, a transliteration character and the copula or 在 after it,
    right after a foreign name jieba tagged nrt ("勒布/nrt|夫为/n|总参谋长", "蒙/v|塔纳/nrt|利在/v|1667年"): jieba's
    HMM glued the name's last syllable to 为, 是 or 在."""
    return j < len(words) and words[j][0] == b and len(words[j][2]) == 2 and words[j][2][1] in "为是在" \
        and folded[b] in TRANSLIT_CHARS and freq(words[j][2]) == 0 and any(a <= x < b for x in foreign) \
        and all(c in TRANSLIT_CHARS or c in _DOT_MARKS for c in folded[a:b])


_TAIL_TAGS = ("q", "g")  # 顿 read as a measure word (一顿饭), 谟 as a bound morpheme


def _numeral_given(folded: str, words: Sequence[tuple[int, int, str, str]], j: int, a: int, b: int) -> bool:
    """words[j] is the last character of the two-character name [a, b) printed right after its post: a numeral
    that given names end with, where a name may end after it ("部长柯昌|万|出席"; not "柯昌|万|人")."""
    return b - a == 2 and words[j][0] == b and words[j][2] in _GIVEN_NUMERALS and folded[a] in SURNAMES \
        and _after_post(folded, a) and name_ends(words, j + 1)


def _after_post(folded: str, at: int) -> bool:
    """A post ends right before `at`, or a post and a kin word ("县长老公|傅崐萁": the county head's husband)."""
    kin = next((k for k in KIN_WORDS if folded.endswith(k, 0, at)), "")
    return folded.endswith(POSTS, 0, at - len(kin))


def _after_post_or_label(f: str, a: int) -> bool:
    """True when a post ends right before `a`, or a post's label with its colon ("中文秘書:唐金水")."""
    before = f[:a].rstrip()
    return f[:a].endswith(POSTS) or (before.endswith((":", "：")) and before[:-1].endswith(POSTS))


def names_after_posts(f: str, pos: Sequence[tuple[str, str]], spans: Sequence[Span]) -> list[Span]:
    """Names the extractor missed right after a post: a surname and the single characters or noun after it (2–3
    in all), as jieba cuts a name it does not know, when a verb, a function word, a time or punctuation follows
    ("院长李|甦|雁|进行", "召集人林|信义|昨", "负责人王道|明、"; not "司长曾|俊|華聯同", where the name's last
    character went into the next word)."""
    out = []
    words = list(offsets(pos))
    honorifics = any(h in f for h in HONORIFIC_TITLES)  # (a Malay name's reading needs one; most sentences have none)
    for i, (a, b, w, flag) in enumerate(words):
        # (each reading's first test on the word's length made here, saving most words two calls)
        if 3 <= len(w) <= 4 and _whole_name_after_post(f, words, i, spans):
            out.append(Span(a, b, "person", "pos:nr"))
            continue
        if honorifics and (honored := _after_post_and_honorific(f, words, i, spans)) is not None:
            out.append(Span(a, honored, "person", "pos:nr"))
            continue
        if honorifics and len(w) >= 4 and (honored_glued := honorific_glued_name(
                f, words, i, lambda j: made_up_given(words, j, main_word_freq), lambda j: name_ends(words, j))):
            out.append(Span(*honored_glued, "person", "pos:nr"))  # "总会|长拿督黄|小娟" (honorific_glued.py)
            continue
        if len(w) == 2 and (glued := _surname_glued_to_post(f, words, i, spans)) is not None:
            out.append(glued)
            continue
        if len(w) == 1 and _given_adverb(f, words, i, spans):
            out.append(Span(a, words[i + 1][1], "person", "pos:nr"))  # "局长孙|立新/d|表示"
            continue
        if flag == "nrt" and 2 <= len(w) <= 4 and f[:a].endswith(POSTS) and name_ends(words, i + 1) \
                and not any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
            out.append(Span(a, b, "person", "pos:nr"))  # "墨爾本市長|里斯/nrt|也": a transliterated name after a post
            continue
        if len(w) == 2 and w[:1] in SURNAMES and _party_after(words, i) \
                and _after_post_or_label(f, a) and not any(sp.type == "person" and sp.start <= a < sp.end
                                                            for sp in spans):
            out.append(Span(a, b, "person", "pos:nr"))  # "副社长马力|等|人": a word jieba knows, a name here
            continue
        # a rare surname jieba still tags a name's first character ("区长杲/nr|云") starts one as well
        if (w[:1] not in SURNAMES and not (len(w) == 1 and flag == "nr")) or len(w) > 2 \
                or (len(w) == 2 and flag[:1] in _NOT_IN_NAME and not _listed_after(f, words, i)
                    and not _verb_then_given(words, i)) \
                or not _after_post_or_label(f, a) \
                or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
            continue
        end, j = _name_run(words, i + 1, a, b, 3)  # "林|信义", "王道|明"
        if end - a == 2 and _glued_etc(words, j):
            out.append(Span(a, end + 1, "person", "pos:nr"))  # "秘书长徐国|均等|出席": the name's last character, 等
            continue
        # (a title after the name closes it as a verb does: "主席林|文光|博士|在致辞中表示")
        if end - a >= 2 and (name_ends(words, j) or (j < len(words) and words[j][2] in _PARTY_WORDS + _TITLES)
                             or (end - a == 3 and _verb_led(words, j))):
            out.append(Span(a, end, "person", "pos:nr"))
        elif len(w) >= 2 and flag in _PROPER_TAGS and name_ends(words, i + 1):
            # a proper noun closed by a verb, a function word or punctuation, the characters after it read into the
            # name no more: "副总领事徐州|与|办公室主任…" is 徐州 (a city's name to jieba); a common noun is not
            # ("议长权力|的|戏剧性增长")
            out.append(Span(a, b, "person", "pos:nr"))
    # "市长吾拉木江·热依木": a dotted name jieba knows no part of (dotted_after_post.py)
    out += dotted_names_after_posts(f, words, [*spans, *out], lambda j: name_ends(words, j))
    # "中国驻葡萄牙大使馆赵本堂大使": a name between its organisation and its post (owner_name.py)
    out += names_after_owners(f, words, [*spans, *out], _post_end(f), lambda j: name_ends(words, j))
    # "会长石冠军、监事长王永宏": a name read as common words, in a row of posts and names (row_name.py)
    return out + names_in_post_rows(f, words, [*spans, *out])


def _post_end(f: str) -> Callable[[int], int]:
    """Where a post printed at an offset of `f` ends ("大使", "副主任"), or -1."""
    def at(i: int) -> int:
        m = POST_AFTER_NAME.match(f, i)
        return m.end() if m else -1
    return at


def _given_after(words: Sequence[tuple[int, int, str, str]], k: int) -> int:
    """The end of a name that words[k] (a surname and one character, a word jieba made up) starts: one character
    more when a single character of no function follows it and then a verb, a function word or punctuation
    ("书记|方赛|花|逐户|走访": the name's last character read as a noun of its own, as "局长王鑫|基|表示" is)."""
    b = words[k][1]
    if k + 1 < len(words) and words[k + 1][0] == b and len(words[k + 1][2]) == 1 and all_han(words[k + 1][2]) \
            and words[k + 1][3][:1] not in _AFTER_NAME and words[k + 1][3][:1] not in ("m", "q", "f") \
            and k + 2 < len(words) and name_ends(words, k + 2):
        return words[k + 1][1]
    return b


def _verb_led(words: Sequence[tuple[int, int, str, str]], j: int) -> bool:
    """A phrase jieba keeps whole as a noun, led by a verb of its dictionary ("市长李|莉|珺|主持会议/n", 扬中's
    page; 主持/v): it closes a three-character name before it as the verb alone would."""
    if j >= len(words):
        return False
    w = words[j][2]
    return len(w) >= 4 and all_han(w) and main_word_tag(w[:2]) == "v"


def _party_after(words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """A word jieba knows (马力, horsepower) between a post and 等人 or 一行 ("副社长马力|等人|的热情带领下", 北海日报):
    the name of the one who led the party, as "副主席郑|建邦|一行" is."""
    return i + 1 < len(words) and (words[i + 1][2] in _PARTY_WORDS
                                   or words[i + 1][2] == "等" and i + 2 < len(words) and words[i + 2][2] == "人")


def _listed_after(f: str, words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """A two-character word and one character after it close an item of a row ("副会长贺定|一、副理事长…"): jieba's
    verb there (贺定/v) is a name it cut, the row's 、 ending it as it ends the names beside it."""
    return i + 1 < len(words) and len(words[i + 1][2]) == 1 and "\u4e00" <= words[i + 1][2] <= "\u9fff" \
        and f[words[i + 1][1]:words[i + 1][1] + 1] == "、"


def _verb_then_given(words: Sequence[tuple[int, int, str, str]], i: int) -> bool:
    """A name jieba read as a verb of two characters and a noun of one ("市政协主席|严加/v|军/n|出席会议"): the one
    character is no function word and a verb follows it, so the three are the name after the post (a verb after a
    post goes on with a word of its own: "书记|严禁|酒驾")."""
    if i + 2 > len(words) - 1:
        return False
    given, tag = words[i + 1][2], words[i + 1][3]
    return len(given) == 1 and all_han(given) and tag[:1] not in _AFTER_NAME \
        and (name_ends(words, i + 2) or _verb_led(words, i + 2))


def _given_adverb(f: str, words: Sequence[tuple[int, int, str, str]], i: int, spans: Sequence[Span]) -> bool:
    """A surname right after a post, then a given name jieba knows as a rare adverb ("局长孙|立新/d|表示"): the
    two characters are a name when a verb, a function word or punctuation follows and the adverb is rare in the
    dictionary (立新 51; 已经, 再次, 亲自 are thousands: "局长王|亲自|部署" is no 王亲自)."""
    a, _b, w, _flag = words[i]
    if w not in SURNAMES or i + 1 >= len(words) or not f.endswith(POSTS, 0, a) \
            or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
        return False
    given, flag = words[i + 1][2], words[i + 1][3]
    return len(given) == 2 and flag == "d" and all_han(given) and main_word_freq(given) < COMMON_WORD \
        and name_ends(words, i + 2)


def _surname_glued_to_post(f: str, words: Sequence[tuple[int, int, str, str]], i: int, spans: Sequence[Span]
                           ) -> Span | None:
    """A name whose surname jieba glued to the post's last character ("县委办主|任何|翔|凤,": 任何 a word): the
    two-character word completes a post with its first character, its second is a surname, and one or two single
    characters up to a verb, a function word or punctuation finish the name."""
    a, b, w, _flag = words[i]
    if len(w) != 2 or w[1] not in SURNAMES or not f.endswith(POSTS, 0, a + 1) \
            or any(sp.type == "person" and sp.start <= a + 1 < sp.end for sp in spans):
        return None
    end, j = _name_run(words, i + 1, a + 1, b, 3)
    if end - (a + 1) >= 2 and name_ends(words, j) and all(len(x[2]) == 1 for x in words[i + 1:j]):
        return Span(a + 1, end, "person", "pos:nr")
    if i + 1 < len(words) and len(words[i + 1][2]) == 2 and (
            words[i + 1][3] in _GLUED_REST or made_up_given(words, i + 1, main_word_freq)) \
            and all_han(words[i + 1][2]) and name_ends(words, i + 2):
        # "外|长沙|伦赛/ns|、": a transliterated name whose rest jieba reads as one proper noun (老挝外长沙伦赛)
        return Span(a + 1, words[i + 1][1], "person", "pos:nr")
    return None


_GLUED_REST = frozenset(("nr", "nrt", "ns"))  # the rest of a name after the glued surname: a proper noun


def _after_post_and_honorific(f: str, words: Sequence[tuple[int, int, str, str]], i: int, spans: Sequence[Span]
                              ) -> int | None:
    """The end of a Malay name printed after a post and an honorific ("署理主席拿督|佐津|以及", "首长拿督|哈芝芝|。"):
    no Chinese surname starts it, jieba knows it as no name; it runs over the words up to a verb, a function word,
    a time or punctuation, two to four characters in all."""
    a = words[i][0]
    honorific = next((h for h in HONORIFIC_TITLES if f.endswith(h, 0, a)), "")
    if (not honorific or not f.endswith(POSTS, 0, a - len(honorific)) or words[i][2] in PUNCT
            or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans)):
        return None
    if words[i][1] - a > 4 or not words[i][2].isalpha() or words[i][2] in LIST_CLAUSE_END:
        return None
    end, j = _name_run(words, i + 1, a, words[i][1], 4)  # (its first word may be of any tag)
    return end if 2 <= end - a <= 4 and name_ends(words, j) else None


def _name_run(words: Sequence[tuple[int, int, str, str]], j: int, a: int, end: int, most: int) -> tuple[int, int]:
    """(end, next word) of a name starting at `a` run on over the words from `j`: single characters, or a noun
    holding the rest of the name, up to punctuation, a clause mark, a word of no letters or a longer word of a tag
    no name holds, `most` characters in all."""
    while j < len(words) and words[j][1] - a <= most:
        _, c, nxt, tag = words[j]
        if nxt in PUNCT or nxt in LIST_CLAUSE_END or not nxt.isalpha() or (len(nxt) > 1 and tag[:1] in _NOT_IN_NAME):
            break
        end, j = c, j + 1
    return end, j


def _glued_etc(words: Sequence[tuple[int, int, str, str]], j: int) -> bool:
    """words[j] is a name's last character glued to the 等 (etc.) after the name ("徐国|均等|出席"), where a name
    may end after it (a verb, punctuation, 人)."""
    return j < len(words) and len(words[j][2]) == 2 and words[j][2][1] == "等" \
        and ("\u4e00" <= words[j][2][0] <= "\u9fff") and (name_ends(words, j + 1) or words[j + 1][2] == "人")


# "副主席郑|建邦|一行": the party a visitor leads, said right after his name (jieba tags 一行 a numeral)
_PARTY_WORDS = ("一行", "等人")
# titles and forms of address printed right after a name ("主席林文光博士", "会长陈明先生")
_TITLES = ("博士", "先生", "女士", "教授", "院士", "同志", "律师", "医生", "老师", "选手")
_PROPER_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz"))  # jieba's proper nouns: a name, a place, another
_PLACE_LEVELS = frozenset("省市县区镇乡村州旗盟")  # "县委书记|巴中市|在…": a place after all


def _whole_name_after_post(f: str, words: Sequence[tuple[int, int, str, str]], i: int, spans: Sequence[Span]) -> bool:
    """A name of three or four characters jieba knows as one proper noun but tags a place or a brand ("省委书记|巴音
    朝鲁/ns|、", a Mongolian name), printed right after a post, a list's comma or a verb after it: a person."""
    a, b, w, flag = words[i]
    # (an idiom of three characters is a name to jieba's dictionary too: "副县长|陈璧君/i|具备")
    if not 3 <= len(w) <= 4 or (flag not in _PROPER_TAGS and (flag, len(w)) != ("i", 3)) or w[:1] not in SURNAMES \
            or w[-1] in _PLACE_LEVELS \
            or not f[:a].endswith(POSTS) \
            or any(sp.type == "person" and sp.start <= a < sp.end for sp in spans):
        return False
    after = words[i + 1] if i + 1 < len(words) else None
    return after is not None and (after[2] in ("、", "在", "和", "与", "及") or after[3][:1] == "v")


def names_before_posts(f: str, spans: Sequence[Span], freq: Freq = main_word_freq) -> list[Span]:
    """Names printed before their post, which jieba cuts into the post ("由黄德全会长偕同…": 黄德|全会|长;
    "、陈培斌理事长及", "充满爱心的王田良总编辑"): a surname and one or two characters between a boundary (a list's
    comma, 由, 及, 的, the clause's start) and the post, not ending in a word of the dictionary, no person found
    there already."""
    out = []
    for m in POST_AFTER_NAME.finditer(f):
        at = m.start()
        if any(sp.type == "person" and sp.start < at <= sp.end for sp in spans):
            continue
        for n in (3, 2):
            a = at - n
            name = f[a:at]
            if a >= 0 and name[0] in SURNAMES and name[0] not in _BEFORE_NAME \
                    and all_han(name) \
                    and (a == 0 or f[a - 1] in _BEFORE_NAME or f[a - 1].isspace()) \
                    and freq(name) < COMMON_WORD and freq(name[-2:]) < COMMON_WORD \
                    and not name.endswith(_NOT_NAME_ENDS):  # "由首任校长": 首任 is a word
                out.append(Span(a, at, "person", "pos:nr"))
                break
    return out


# A post printed right after a name ("黄德全会长", "萧妃英副会长"), its modifier with it.
POST_AFTER_NAME = re.compile(alternation(POST_MODIFIERS) + "?" + alternation(POSTS))
# What stands right before a name printed ahead of its post: a list's comma, a clause's start, a preposition.
_BEFORE_NAME = frozenset("、，,；;：:。！？!?（(“\"「由及与和同的是在请")


def name_in_slot(folded: str, start: int, end: int) -> Span | None:
    """The name closing a who-slot after its post ("市政府副秘书长|王为人" of "…王为人|为雕塑揭幕", where jieba cut
    "王|为|人为"): a surname and one or two characters, the question's right anchor saying where the name ends."""
    for n in (3, 2):
        at = end - n
        if at - start >= 2 and folded[at] in SURNAMES and folded.endswith(POSTS, start, at) \
                and all_han(folded[at:end]):
            return Span(at, end, "person", "pos:nr")
    return None


def asked_post_prefix(right: str) -> str:
    """The post opening a who-question's right side ("哪位|副市长会见了…" → 副市长), or ""."""
    return next((right[:k] for k in range(min(8, len(right)), 1, -1) if right[:k].endswith(POSTS)), "")


def name_after_asked_post(f: str, pos: Sequence[tuple[str, str]], post: str, rest: str,
                          freq: Freq = main_word_freq) -> list[Span]:
    """"哪位<post><rest>" ↔ "<post><name><rest>…": the two or three characters right after the post, whatever
    jieba made of them (只|升华, 欧中|慨), where the question's words after the post follow them or jieba ends a
    word there before a verb, a function word or punctuation; not a common word, nor a clause's light word
    ("市长在会上", "市长表示")."""
    out = []
    words = list(offsets(pos))
    bounds = {a: i for i, (a, _b, _w, _f) in enumerate(words)}
    for m in re.finditer(re.escape(post), f):
        for n in (3, 2):
            a, b = m.end(), m.end() + n
            name = f[a:b]
            if len(name) < n or not all_han(name) or name[0] in _LIGHT_OPENERS \
                    or freq(name) >= COMMON_WORD or a not in bounds:
                continue
            inner = [w for w in words if a <= w[0] and w[1] <= b]
            if any(len(w[2]) >= 2 and w[3][:1] in _NOT_IN_NAME for w in inner):
                continue
            if (len(rest) >= 2 and f.startswith(rest[:2], b)) or (b in bounds and name_ends(words, bounds[b])):
                out.append(Span(a, b, "person", "pos:nr"))
                break
    return out


# characters that open a clause's light words after a post, not a name ("在会上", "也表示", "的讲话")
_LIGHT_OPENERS = frozenset("在是也都还就又对向从把被将为与和及的了说称并亦已曾正")
_NOT_IN_NAME = ("v", "p", "c", "u", "d")  # a word of two characters so tagged is no part of a name
_AFTER_NAME = ("v", "p", "c", "u", "d", "t", "r")  # what follows a name: a verb, a function word, a time ("昨"),
# a pronoun (jieba tags 任 so, as in 任何: "会长邱|文峰|任/r|常务副主任")
# one character, then the next item of a list ("陈家|强、"); not a verb, a function word or a place's side
# ("李群|说,", "白宫|前,", "欣赏桂花|时,")
_NAME_TAIL = re.compile(r"(?![说称道讲问答笑的了和与及等也都在是为被把对向从到给让着过又还就才前后上下内外里中旁时])"
                        r"[\u4e00-\u9fff](?=[、,，;；(])")  # also before the bracket of a name's years ("吴炯|照(1981")
# "大使黄溪|连/u|在": a character jieba tags a particle (连 of 连…都) where no particle stands — right after a post
# and before where a name ends, the given name's last character; the true particles (的, 了, 等 …) never are
_TRUE_PARTICLES = frozenset("的地得了着过之所等般似来者们给")
_BOUND_TAGS = ("g", "zg")  # jieba's tags for a character that is no word of its own (瑛, 崐): in a name, its part
_NAME_HEAD_TAGS = ("n", "ng", "nr", "g", "j")
_KIN = re.compile(alternation(KIN_WORDS))


def kin(folded: str) -> list[Span]:
    """Kin and close relations ("儿子送来新年礼物"): the people of a sentence that names no one."""
    return [Span(m.start(), m.end(), "person", "kin") for m in _KIN.finditer(folded)]


_FRAMES_BEFORE = ("v", "p", "c")  # a name's subject or object place: after a verb, a preposition, a conjunction
_FRAMES_AFTER = ("v", "p", "c", "d")  # and before a verb, a preposition, a conjunction or an adverb (not 的)
_WITH = frozenset(("和", "与", "同", "跟"))  # "和|X|一起": someone done a deed with (一起 is tagged a numeral, m)
_TOGETHER = frozenset(("一起", "一同", "一道"))


def _famous(folded: str, words: Sequence[tuple[int, int, str, str]], i: int, j: int, a: int, b: int,
            freq: Freq) -> Span | None:
    """A well-known name of two characters that is as frequent as a common word (朱熹, 曹操, 关羽): taken where it
    stands as a verb's or a preposition's object ("大破|曹操|。", "与|刘备|联合") or opens a clause before a function
    word ("。|曹操|与"), never where a common word would stand ("华丽|的", "汉|文明", ",|华丽|转身")."""
    word = folded[a:b]
    if len(word) != 2 or word[0] not in SURNAMES or not all_han(word) \
            or freq(word) < COMMON_WORD:
        return None
    after = j >= len(words) or words[j][2] in PUNCT or words[j][3][:1] in _FRAMES_AFTER \
        or (words[i - 1][2] in _WITH and words[j][2] in _TOGETHER if i else False)  # "和|朱德|一起"
    if i == 0 or words[i - 1][2] in PUNCT:
        # opening a clause, a name is followed by a function word ("曹操与刘备", "刘裕则一改…"); a common word may
        # be followed by a verb ("华丽转身")
        # or by a verb of saying or thinking, which no common word does ("荀子|提出", "孔子|认为")
        after = j < len(words) and (words[j][3][:1] in ("p", "c", "d") or words[j][2] in _SAYS)
    elif words[i - 1][3][:1] not in _FRAMES_BEFORE and not (j < len(words) and words[j][2] == "为"):
        # "封|朱熹|为|信国公" (封 tagged an adjective): the one a title or a post is given to, before its 为
        return None
    return Span(a, b, "person", "pos:nr") if after else None


_SAYS = frozenset(("认为", "提出", "主张", "指出", "说", "曰", "写道", "强调", "以为"))


def _trade(word: str) -> bool:
    """A trade or a school of someone (航海家, 理学家, 哲学家): a name printed right after it is the person's, as
    after a post."""
    return len(word) >= 3 and word.endswith("家") and word[-2:] not in _NO_TRADE


_NO_TRADE = frozenset(("国家", "大家", "人家", "全家", "老家", "本家", "自家", "农家", "商家", "东家", "娘家", "亲家"))


def place_by_context(words: Sequence[tuple[int, int, str, str]], i: int, j: int) -> bool:
    """Whether the name words i..j-1 jieba tagged nr or nrt are a place by what stands around them: a site's ending
    cut off as a word of its own follows ("瓦尔特|堡", "阿卡|城"), or a preposition of place and a country precede
    ("在|英国|威尔斯|发明": a region of the country; not a name's piece after a place's word: "在|巴西|尔|二世"), or
    a verb of arrival does ("抵达|比什凯克/nrt")."""
    return (j < len(words) and words[j][2] in SITE_ENDS) or (i >= 1 and words[i - 1][2] in ARRIVAL_VERBS) \
        or (i >= 2 and words[i - 1][3] == "ns" and words[i - 2][2] in _AT_PLACE and words[i][1] - words[i][0] >= 2)


def _looks_like_name(word: str, freq: Freq, foreign: bool = False) -> bool:
    if "-" in word or word.isascii() or any(name_dot_at(word, i) for i, c in enumerate(word) if c in _DOT_MARKS):
        return len(word) >= 3
    if len(word) >= 3 and word.endswith(SITE_ENDS):
        return False  # a place jieba tagged nr or nrt: 库页岛, 伏见城, 马格德堡 (no given name ends so)
    if 3 <= len(word) <= 10 and TRANSLIT_CHARS.issuperset(word):
        return True  # 伽利略, 俾斯麦, 爱因斯坦: a foreign name, however well known, has no surname
    if 3 <= len(word) <= 5 and word[-1] in TEMPLE_NAME_ENDS:
        return True  # a ruler's temple or posthumous name jieba tags nr: 汉武帝, 唐太宗, 明太祖, 魏孝文帝
    if freq(word) >= COMMON_WORD:
        # a common word jieba happens to tag nr: 华丽, 高水平, 安全感; but a well-known name of three characters
        # (毛泽东, 张作霖) is a surname and a given name, neither half a word of its own
        return len(word) == 3 and word[0] in SURNAMES and freq(word[:2]) < COMMON_WORD \
            and freq(word[1:]) < COMMON_WORD
    if foreign:
        return 3 <= len(word) <= 10  # 汤玛斯杰佛逊, 道格拉斯: no surname to check
    if len(word) == 3 and freq(word) > 0 and freq(word[:2]) >= COMMON_WORD:
        return False  # a word of the dictionary that is a common word and one more character: 桂花|树, 顾客|群
    if len(word) >= 3 and word.endswith(_NOT_NAME_ENDS):
        return False  # "辛庄村", "王家镇": a surname-led place jieba tagged nr
    if len(word) == 4 and word[:2] not in COMPOUND_SURNAMES and freq(word[:2]) >= COMMON_WORD \
            and freq(word[2:]) >= COMMON_WORD:
        return False  # "隆重举行" (jieba tags it nr): two common words, no surname and given name
    if word[:1] in SURNAMES and 2 <= len(word) <= 4:
        return True
    return word[:2] in COMPOUND_SURNAMES and len(word) <= 4


# Endings of the places named after a family ("辛庄村"), which no person's name of three characters has, nor of an
# agency or a society jieba tags nr ("马新社": 马 a surname)
_NOT_NAME_ENDS = ("村", "镇", "乡", "县", "省", "州", "街道", "社区", "社")
# Endings of an island, a port, a bay, a city or a fort, which jieba tags nr or nrt as often as a name when it
# does not know the place (库页岛, 伏见城, 马格德堡)
SITE_ENDS = ("岛", "港", "湾", "城", "堡")
_AT_PLACE = frozenset(("在", "于", "到", "至"))  # prepositions of a place (在英国威尔斯)
NAME_DOTS = frozenset("·•‧・")  # the dots between the parts of a transliterated name
_DOT_MARKS = NAME_DOTS | {"."}


def name_dot_at(folded: str, i: int) -> bool:
    """folded[i] parts a transliterated name: a name dot, or a full stop set for one between two Chinese characters,
    one of them a transliteration character ("沙尔克兹.陶马什", "威廉.亚历山大": Hungarian and Dutch Chinese papers
    type it so)."""
    c = folded[i:i + 1]
    if i < 0 or c not in _DOT_MARKS:
        return False
    if c in NAME_DOTS:
        return True
    pair = folded[i - 1:i] + folded[i + 1:i + 2]
    return len(pair) == 2 and all_han(pair) and any(x in TRANSLIT_CHARS for x in pair)


def trim_person(folded: str, start: int, end: int) -> int:
    """The end of a name with a glued speech or link verb cut off ("陈时中表示" → 陈时中, "曾俊华联|同" → 曾俊华);
    the name keeps at least two characters."""
    for word in PERSON_TRAILING_WORDS:
        for k in range(len(word), 0, -1):  # the word ends at the span's end, or runs past it
            cut = end - k
            if cut - start >= 2 and folded.startswith(word, cut):
                return cut
    return end


_COORDINATED = re.compile(r"(?:、|和|与|及|以及)[\u4e00-\u9fff]{0,6}")


def coordinated(folded: str, people: Sequence[Span], start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the names coordinated with it ("唐登杰和省长卢东亮", "秦晖、肖桂来"): a name
    joins when only a coordinator and at most a short title stand between ("和省长")."""
    spans = sorted((p.start, p.end) for p in people)
    for a, b in spans:
        if a >= end and _COORDINATED.fullmatch(folded, end, a):
            end = b
    for a, b in reversed(spans):
        if b <= start and _COORDINATED.fullmatch(folded, b, start):
            start = a
    return start, end


def names_glued_to_verbs(f: str, pos: Sequence[tuple[str, str]], people: Sequence[Span],
                         freq: Freq = main_word_freq) -> list[Span]:
    """Two-character names right after a post whose third character jieba glued to the verb after it, making a
    word its dictionary lacks ("代理事长张远|发致|欢迎词": 发致 no word, 致 one): the name runs on over that
    character (张远发). Only a name jieba's dictionary does not hold either (a surname and one character), so a
    known word stays as cut — except before an official's deed, where a one-character verb between the name and
    the deed is the name's last character ("主席张生|起/v|讲话": 张生起)."""
    out = []
    words = offsets(pos)
    starts = {a: i for i, (a, _b, _w, _f) in enumerate(words)}
    for sp in people:
        i = starts.get(sp.end)
        if sp.end - sp.start != 2 or i is None or f[sp.start] not in SURNAMES or not _after_post(f, sp.start) \
                or freq(f[sp.start:sp.end]):
            continue
        _a, _b, w, flag = words[i]
        if len(w) == 2 and flag[:1] == "v" and not freq(w) and freq(w[1]) and "\u4e00" <= w[0] <= "\u9fff":
            out.append(Span(sp.start, sp.end + 1, "person", sp.rule))
    for sp in people:  # "主席张生|起/v|讲话": a known two-character word, the name's third character cut as a verb
        i = starts.get(sp.end)
        if sp.end - sp.start != 2 or i is None or i + 1 >= len(words) or f[sp.start] not in SURNAMES \
                or not _after_post(f, sp.start):
            continue
        w, flag, deed = words[i][2], words[i][3], words[i + 1][2]
        if len(w) == 1 and flag[:1] == "v" and "\u4e00" <= w <= "\u9fff" and deed in _DEEDS \
                and w not in _LIGHT_OPENERS and w not in _AUXILIARIES:
            out.append(Span(sp.start, sp.end + 1, "person", sp.rule))
    for sp in people:  # "司长曾俊|华联/ns|同|财经…": the name's third character glued to the verb's first (联同)
        i = starts.get(sp.end)
        if sp.end - sp.start != 2 or i is None or i + 1 >= len(words) or f[sp.start] not in SURNAMES \
                or not _after_post(f, sp.start) or freq(f[sp.start:sp.end]):
            continue
        w, after = words[i][2], words[i + 1][2]
        if len(w) == 2 and len(after) == 1 and "\u4e00" <= w[0] <= "\u9fff" and main_word_tag(w[1] + after) == "v":
            out.append(Span(sp.start, sp.end + 1, "person", sp.rule))
    return out


# what an official does right after his name in a report ("张生起讲话", "易中强主持会议"); a verb of one
# character before it is no verb of his but his name's last character — unless it is an auxiliary ("来讲话")
_DEEDS = frozenset(PERSON_TRAILING_WORDS + ("讲话", "致辞", "主持", "出席", "发言", "参加"))
_AUXILIARIES = "来去要会能可将再该应得"


# A name in Latin letters (accents too): two or more words joined by a space or a hyphen ("pío garcía-escudero
# márquez", "loreto sordo"); the folded text keeps only ASCII in lower case
_LATIN = "a-zà-öø-ÿÀ-ÖØ-Þ"
_LATIN_NAME = re.compile(rf"(?<![{_LATIN}0-9])[{_LATIN}]{{2,}}(?:[ -][{_LATIN}]{{2,}})+(?![{_LATIN}0-9])")
_LATIN_HONORIFICS = ("先生", "女士", "夫人", "小姐", "博士", "教授")
# the posts a Latin name is printed after, a space between or not ("市长候选人 Fred Harding"): a candidate is named
# by what he stands for as an officer by his office
_LATIN_POSTS = POSTS + ("候选人",)


def latin_names(f: str) -> list[Span]:
    """People named in Latin letters, which jieba cuts into words of its own (eng) and never tags nr: a name of
    two to four words printed right after a post ("党主席Pío García-Escudero Márquez荣获", "区长Loreto Sordo在") or
    before a form of address ("García-Escudero先生表示"). One Latin word alone is no name here (a brand, a place,
    an abbreviation: "PP党", "Usera社区")."""
    if not re.search("[a-z]{2}", f):
        return []  # most sentences hold no Latin word
    out = []
    for m in _LATIN_NAME.finditer(f):
        if m.group().count(" ") + m.group().count("-") <= 3 and (
                f[:m.start()].rstrip().endswith(_LATIN_POSTS) or f.startswith(_LATIN_HONORIFICS, m.end())
                or apposed_name(f, m.start(), m.end())):  # "…会长,warren bethune 在致辞中" (latin_apposed.py)
            out.append(Span(m.start(), m.end(), "person", "pos:nr"))
    return out


def surname_cut_before_address(f: str, pos: Sequence[tuple[str, str]]) -> list[Span]:
    """A name jieba cut after its surname, read as a word of its own ("谢/v|立德/nr|先生"), right before a form of
    address: the surname and the given name jieba tagged a name."""
    if "先生" not in f and "女士" not in f:
        return []
    words = list(offsets(pos))
    out = []
    for i in range(len(words) - 2):
        a, _b, w, _flag = words[i]
        _c, d, given, tag = words[i + 1]
        if len(w) == 1 and w in SURNAMES and tag == "nr" and 1 <= len(given) <= 2 \
                and words[i + 2][2] in _ADDRESS_AFTER:
            out.append(Span(a, d, "person", "pos:nr"))
    return out


_ADDRESS_AFTER = frozenset(("先生", "女士"))
