"""Question checks and analysis: is it a usable question, what type of answer does it want, where is its slot.

Analysis works on the folded question (width, case, traditional → simplified), the same form the corpus is
matched in, so 甚麼/為何/幾 read as 什么/为何/几. The "slot" is the question word and what it asks for: the text
left and right of it anchors the answer in a sentence ("会议在哪里召开" ↔ "会议在杭州召开" → 杭州). Cloze
questions ("…的首都为?", "…是?", "…称为?") have their slot at the end, after the copula.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ..lexicon import (
    CLOZE_COPULAS,
    DATELINE_QUESTION,
    EDITED_QUESTION,
    HEAD_KINDS,
    PERSON_NOUN_ENDS,
    PHOTO_QUESTION,
    POSTS,
    QUESTION_TRIM,
    STAFF_QUESTION,
    UNIT_PATTERN,
    WHICH_SEVERAL,
    WORD_OPENING_UNITS,
    WRITER_QUESTION,
    alternation,
)
from ..normalize import fold_cached
from ..tokenize import main_word_freq, main_word_tag
from ..types import CandidateType as SpanType
from ..types import QType
from .which_place import place_noun

MAX_QUESTION_CHARS = 500

BylineKind = Literal["writer", "photographer", ""]

# Answer types a question type wants, best first (see typed.py for the candidate types).
EXPECTS: dict[str, tuple[SpanType, ...]] = {
    "who": ("person", "org"),
    "when": ("time",),
    "where": ("place", "org"),
    "number": ("number",),
}

# Measure words that belong to the question word ("多少分钟" asks for "4分钟", "哪一年" for "1998年").
_MEASURE = UNIT_PATTERN[3:-1]
_MAGNITUDE_WORDS = ("万", "亿", "千", "百")
_UNIT_AFTER = re.compile(UNIT_PATTERN)

_SEVERAL_ASKED = re.compile(WHICH_SEVERAL)

# Classifiers between 哪(一) and the noun asked ("哪一场革命", "哪一门语言", "哪方面"): they belong to the question
# word, so the noun opens the right side and says what kind of thing is wanted.
_WHICH_CLASSIFIERS = ("个|种|项|部分|部|家|所|条|款|类|座|支|名|位|本|首|间|场|门|份|套|次|段|块|件|张|句|层|节|艘|辆|"
                      "颗|枚|幅|方面|方")
# "在哪一种状态下", "在哪一部经典中": 在哪 before a classifier asks a place only when a place (a road, a river, an
# organisation) follows it.
_WHICH_BEFORE_NOUN = re.compile(r"一?(?:" + _WHICH_CLASSIFIERS + r")|一")
# "在哪个乡举行": the level asked after 在哪 and its classifier, not the first character of a longer noun (哪个市场,
# 哪个村子, 哪个区域, 哪个乡长)
_LEVEL_AFTER_WHICH = re.compile(r"一?[个座]([省市县区乡镇村]|嘎查|苏木)(?![场长民域子委级政属里])")
_BANNER_LEVELS = ("嘎查", "苏木")  # 内蒙古's village and township levels (banner_level.py)
_WHICH_ASKED = re.compile(r"哪|什么|谁|何")  # a question word: a ratio word beside it describes, it does not ask
_PLACE_NOUN = re.compile(r"国家|城市|地区|地方|地点|位置|省份|省|市|县|区|乡|镇|村|国|州|洲|岛|城|港|街道|社区|"
                         r"嘎查|苏木|"
                         r"[^\W\d_]{0,4}(?:公路|铁路|路|街|大道|河|江|湖|山|海)|"
                         + alternation(HEAD_KINDS["org"]))  # an organisation is where, too ("在哪个电视台说")

# "几号巴士", "几号线", "几号楼": 几号 before a thing that is numbered asks its number, not a day of the month (nor
# does "第几号决议", an ordinal the number cue reads)
_NUMBERED_THING = (r"(?:巴士|公交|小巴|车|列车|线|楼|房|门|闸|站台|月台|码头|泊位|展厅|厅|馆|窗口|柜台|病房|床|"
                   r"球衣|球员|选手|字)")

# The nouns of a description after 有什么: what it is like, does, changes or brings about
_DESCRIBED = (r"(?:[^\W\d_]{0,4}的|[^\W\d_]{1,2})?(?:特点|特征|特色|特性|特质|作用|用途|用处|功能|功效|区别|不同|"
              r"差别|差异|变化|影响|好处|优点|优势|缺点|坏处|危害|伤害|症状|意义|寓意|活动|独特之处|之处|注意事项|类型|"
              r"种类|成就|贡献)")

_LOCATIVE = r"[后上下里内中外旁前边侧游近间]"  # the end of a place word before 有: 入口后, 上游, 附近, 两旁
_PLACED = r"[摆放建设立挂刻写印标注种停藏]"  # a verb of placing before 有: 摆有, 建有, 注有

# (qtype, pattern of the question word). Order matters: the first match wins, so specific cues come first.
_CUES: tuple[tuple[QType, str], ...] = (
    ("why", r"为什么|为何|什么原因|原因是什么|原因|何故|缘何"),
    # (什麼時後, 时后: a common slip for 时候)
    ("when", r"什么时[候后]|什么时间|何时|哪一?年|哪一?个?月(?!份?[内里])|哪一?天|哪日|"
             r"(?<=是)几日(?=发生|举行|召开|[的?？])|几月几日|几月|(?<!第)几号(?!" + _NUMBERED_THING + r")|几点|"
             # "下午几时许…变脸": the hour asked, with the part of the day it is in; "几时到的": when
             r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|夜里)?几时(?!候)|"
             r"哪个朝代|什么朝代|"
             # a weekday asked: 星期几, 礼拜几, 周几 (not 周几报, a paper printed so many times a week)
             r"星期几|礼拜几|(?<![每])周几(?![报刊])|"
             # (何年纪 asks an age, 何年级 a grade: neither is a year)
             r"几几年|哪个时期|什么时期|哪个年代|何年(?![纪龄级])|(?:西元|公元)前?几年|"
             r"哪一?个?(?:时候|世纪|年代|时期|朝代|年份|月份|季节|时代)|什么(?:世纪|年代|年份|月份|季节|时代)|"
             # "从哪时开始", "在哪一个时带(代)", "哪一个时(期)其实…": a time, typed short or mistyped
             r"哪一?个?时(?![候装尚钟速区差针态势局机])|"
             # "哪几天到…采访的" asks days ("6月5日至6日"), not a list of things; "哪两年" two years
             r"哪几(?:天|日|年)|哪[两二三四五六七八九十]个?年(?![代级])"),
    # 在哪 but not 在哪一版/哪一期/哪一座 (which of the things counted) nor 在哪个(学术)期刊/杂志 (which publication)
    ("where", r"什么地方|哪个地方|什么地点|在哪里|在哪儿|在哪一?边|哪一?边|"  # 哪边: which side, which place
              r"在哪(?!一?[些几家所间座版页期集章篇回届轮]|一?个?[^\W\d_]{0,2}(?:期刊|杂志|报纸|刊物|网站|栏目|节目|频道))|"
              r"哪里|哪儿|(?<!如)何处|(?<!如)何地|哪一?带|哪一?个?(?:省|市|县|区|乡|镇|村|国家|国(?!王|君|旗|歌|徽|籍|语|会|际|民|营|务|宝)|"
              # 哪一国 asks a country, 哪一个国王 a person; 如何处理 asks how, 何处 is no place there
              r"城市|地区|街道|社区|嘎查|苏木|地方)"),
    # 哪个人民法庭 asks which court (人民法院, 人民医院, 人民政府): no person
    ("who", r"谁|哪位|哪一位|什么人|何人|哪些人|哪一?个?人(?![口数员士物类民])|" + _SEVERAL_ASKED.pattern),
    ("list", r"哪几"),
    ("number", r"几比几|多少比多少|"  # a score: 以几比几战胜
               # 把 counts tools and chairs ("多少把机车锁"), no UNITS word (一把手, 把 the preposition, in a text)
               r"多少百分比|百分之几|百分之多少|多少(?:" + _MEASURE + r"|把)?|几(?:" + _MEASURE + r"|大|把)|"
               r"几号(?=" + _NUMBERED_THING + r")|"
               # "第几选区", "第几版次": 第几 asks an ordinal whatever noun follows, a measure word or not
               r"(?<=第)几|"
               # "只到何年纪为止" asks an age (12岁), not a year
               r"何年[纪龄]|"
               r"(?<![很许众诸])(?<![^相]差)多(?:大|高|长|重|远|久|深|宽|快)(?![型学众批量部多])|多少"),
    ("number", r"占比|比例|比重"),
    ("how", r"怎么样|怎么|如何|怎样|通过什么|用什么方法|以什么方式"),
    # "是什么身分/王国/事件" names the kind of thing asked (外邦人, 奇穆王国): a what-question, not a definition;
    # a look or a state asked (什么形状/颜色/味道/状态/风格/类型) is still told by a describing clause, and a name
    # (什么名字/品牌/牌子) is the attribute "X的名字是什么" asks, printed or not
    ("definition", r"什么是|是什么意思|指什么|指的是什么|是指什么|"
                   r"是什么(?![^\W\d_样的形颜味状风类体名品牌])"),
    # "有什么特点/作用/影响" asks a description, often of several parts; "有什么染色体/头衔/别称" asks the thing of
    # that kind, one value (DRCD's 33 such golds: 6 characters on average), a what-question
    # "入口后摆有什么雕像", "上游有什么水利工程": what a place holds (a sentence of existence) is listed too
    ("list", r"哪些|有什么(?=" + _DESCRIBED + r"|[?？\s]*$)|(?<=" + _LOCATIVE + r")有什么|"
             r"(?<=" + _LOCATIVE + _PLACED + r")有什么|(?<=" + _LOCATIVE + "," + _PLACED + r")有什么"),
    ("what", r"什么|哪一?(?:" + _WHICH_CLASSIFIERS + r")?|啥|何(?=种|者|人|物|名|事)"),
    ("yesno", r"是否|是不是|有没有|能不能|会不会|吗"),
)
_AGE_ASKED = ("何年纪", "何年龄")
_PERCENT = ("多少百分比", "百分之几", "百分之多少")
_ROAD_ASKED = re.compile(r"一?条(?:大|马|公)?([路街道巷])")  # after 在哪: "哪条路", "哪一条大街"


def _starts_a_word(unit: str, following: str) -> bool:
    """Whether a one-character measure word begins a common word other than a noun with the character after it
    ("支|持", "只|是"): then it is no measure word. A noun keeps it ("多少人口" counts 人), as does a place or time
    after it ("年|前")."""
    word = unit + following
    if unit in WORD_OPENING_UNITS and following and main_word_freq(word) > 0:
        return True  # "多少面积", "多少口罩": a noun the measure word opens is what is counted
    return len(unit) == 1 and bool(following) and following not in "前后来间内里外中以多余左上下" \
        and main_word_freq(word) >= 1000 and not main_word_tag(word).startswith("n")


_CUE_RES = tuple((name, re.compile(pat)) for name, pat in _CUES)
# Cloze questions: the copula at the very end is the question ("…的首都为?", "…是?", "…称为?").
_CLOZE = re.compile(alternation(CLOZE_COPULAS) + r"\s*[?？]?\s*$")
# Words that are not content: question particles and light verbs, trimmed from the slot's anchors.
_TRIM = QUESTION_TRIM
# The noun after 哪一个/什么 that says what kind of thing is wanted ("哪一个政府" wants an organisation).
_HEAD_TYPES: tuple[tuple[SpanType, re.Pattern[str]], ...] = tuple(
    (kind, re.compile("^" + alternation(words))) for kind, words in HEAD_KINDS.items())  # type: ignore[misc]
# "2015年的产量", "2022赛季"; and a year of the Republic as Taiwan's papers print this century's (113年 = 2024):
# three digits 100–119 before 年, not a span of years ("113年历史", "110年来") nor a year BC (公元前109年).
_YEAR = re.compile(r"(?:1[0-9]|20)\d{2}(?=\s?(?:年|赛季))|(?<![\d.前元])1[01]\d(?=年(?!来|间|前|后|历史))")


@dataclass(frozen=True)
class QuestionInfo:
    """What the composer needs to know about a question (all text folded)."""

    text: str  # the folded question
    qtype: QType
    expects: tuple[SpanType, ...]  # candidate types that answer it, best first; () = any span
    wh: tuple[int, int] | None  # where the question word (with its measure word) sits in `text`
    left: str  # text before the question word (anchors the answer's left end)
    right: str  # text after it (anchors the right end)
    unit: str  # a measure word that came with the question word ("分钟" in "多少分钟"), the answer ends with it
    byline: BylineKind  # questions that metadata answers
    cloze: bool = False  # "…为?": the slot is after the copula at the end
    head: str = ""  # the noun right after the question word ("哪一个政府" → 政府), the answer often ends with it
    years: tuple[str, ...] = ()  # years the question names ("2015年的产量"): the answer's sentence must agree
    role: str = ""  # "那篇报道的实习生是谁" → 实习生: the retrieved article's staff line answers it
    dateline: bool = False  # "新华社从哪里发回的关于X的报道": the retrieved article's dateline place answers it

    @property
    def wh_word(self) -> str:
        return self.text[self.wh[0]:self.wh[1]] if self.wh else ""


_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>")  # an HTML tag pasted with the question (<b>, <br/>, <a href=…>)


def plain(question: str) -> str:
    """The words of a question without pasted markup: its tags would be read as Latin words the papers lack (a
    decline); entities (&amp;, &nbsp;) become their characters. The question is still shown as typed."""
    return " ".join(html.unescape(_MARKUP.sub(" ", question)).split())


def clean_question(raw: str | None) -> tuple[str, str]:
    """(question, problem). `problem` is a plain message when the input cannot be asked, else ""."""
    if raw is None:
        return "", "问题是空的，请输入一个问题。"
    # Control characters (other than spaces) carry no meaning in a question; drop them rather than fail.
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in str(raw))
    text = " ".join(text.split())
    if not text:
        return "", "问题是空的，请输入一个问题。"
    if len(text) > MAX_QUESTION_CHARS:
        return "", f"问题太长了（{len(text)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内。"
    if not any(c.isalnum() for c in plain(text)):
        return "", "问题里没有文字，请用中文提问。"
    return text, ""


_WRITER = WRITER_QUESTION
_PHOTO = PHOTO_QUESTION
_WRITTEN = re.compile(r"谁(?:撰|采)?写|写的|谁报道")  # a writing verb asked: a story's words, not its pictures


_HOLDER_ASKED = re.compile(r"的([^\W\d_]{1,8}?)是谁")


def _post_holder_asked(q: str) -> bool:
    """"进行老眷村照片回顾分享的老村长是谁" asks a post's holder the photos are the deed of, not who took them:
    the noun before 是谁 is a post (no photographer's)."""
    m = _HOLDER_ASKED.search(q)
    return bool(m and m.group(1).endswith(POSTS) and "摄" not in m.group(1))


def analyze(question: str) -> QuestionInfo:
    """Type, expected answer types and slot of a question. Never fails: unknown questions are type "other"."""
    # OpenCC leaves Taiwan's 甚麼 as 甚么: it is 什么 (same length, so offsets still hold)
    q = fold_cached(question).strip().replace("甚么", "什么")  # (cached: retrieval folds the question too)
    # "图片展开幕的报道是谁写的" asks the writer, "…照片回顾分享的老村长是谁" a post's holder
    photo = bool(_PHOTO.search(q)) and not _WRITTEN.search(q) and not _post_holder_asked(q)
    byline: BylineKind = "photographer" if photo else "writer" if _WRITER.search(q) else ""
    cues = _unquoted(q)
    for name, pattern in _CUE_RES:
        m = pattern.search(cues)
        if not m:
            continue
        start, end = m.span()
        unit = asked = ""
        if name == "number" and m.group() in ("占比", "比例", "比重") and _WHICH_ASKED.search(q):
            continue  # "哪一种产业的比例最低", "《建筑人体比例图》…有何意义": the ratio is not what is asked
        if name == "number":
            # "多少分钟" → the unit is part of the answer; "占比/比例" keep their word as an anchor instead.
            word = m.group()
            for cue in ("多少", "几"):
                if word.startswith(cue) and len(word) > len(cue):
                    unit = word[len(cue):]
            if word in ("占比", "比例", "比重"):
                start = end  # the ratio word stays in the left anchor; the answer follows it
            if word in _AGE_ASKED:
                unit = "岁"  # "何年纪" asks an age: a figure of years old ("12岁"), not a date
            if word in _PERCENT:
                unit = "%"  # "多少百分比的国土" asks a percentage ("38%"), not hundreds
            if unit == "个" and q.startswith("月", end):
                unit = "个月"  # "多少个月" asks a duration ("二十七个月"), not a count of things ("一个")
            if unit in _MAGNITUDE_WORDS and (measure := _UNIT_AFTER.match(q, end)):
                # "多少萬株" asks 万株 ("679万株"): the magnitude alone would take 株 for another unit
                unit, end = unit + measure.group(), measure.end()
            if _starts_a_word(unit, q[end:end + 1]):
                unit, end = "", end - len(unit)  # "多少支持…" asks an amount: 支 begins the verb 支持, no measure word
            if word.startswith("几") and q[start - 1:start] == "第":
                start -= 1  # "第几届" asks an ordinal: its 第 belongs to the answer ("第一届"), not the anchor
        if name == "why" and _thing_of_cause(cues, m):
            continue  # "…的原因和哪一个疾病有关": the thing a later cue asks, not why
        if name == "why" and m.group() == "为什么" and q.startswith(("时候", "时后"), end):
            continue  # "建筑为什么时候修建的" asks 什么时候 after a copula 为: when, not why
        if name == "why" and "谁" in cues[:start]:
            continue  # "谁对…为什么不会…感到质疑" asks who; the why is what that person questioned
        if name == "why" and m.group() in ("为什么", "为何") and (
                not q[end:].strip(_TRIM) or _naming_wei(q, start, end) or _what_noun_after(q, start, end)
                or _WHAT_ITEM_AFTER.match(q, end)):
            # "生命数耗完即算为什么？", "其首都为何？", "被称为什么时代" ask "(is) what", not "why".
            name, start = "what", start + 1
        if name == "who" and m.group() == "什么人" and q[start - 1:start] == "是" and not q[end:].strip(_TRIM):
            name = "what"  # "其他老师大多是什么人？" asks what kind of people ("95后的应届硕士毕业生"), not a name
        if name == "who" and _SEVERAL_ASKED.fullmatch(m.group()) and not any(
                PERSON_NOUN_ENDS.search(q[end:end + k]) for k in range(1, 7)):
            continue  # "哪两位参选人", "哪两位记者写的" ask people; "由哪两位可汗掌管" is read as before
        if name == "what" and m.group() == "什么" and _names_a_person(q, start, end):
            name = "who"  # "老教授叫什么名字" asks a name, "这座桥叫什么名字" a thing's
        if name == "where" and m.group() == "在哪":
            which = _WHICH_BEFORE_NOUN.match(q, end)
            if which and not _PLACE_NOUN.match(q, which.end()):
                continue  # "在哪一种体制中" asks which thing (a later cue reads it), not where
            after = which.end() if which else end
            noun = place_noun(q, after) if which and not _ROAD_ASKED.match(q, end) else ""
            # "在哪个警署外设路障" asks a 警署 (which_place.py); "在哪个国家" (the cue's own place word, as long as
            # the noun or longer) keeps today's reading: taking it in too cost DRCD answers (哪一个地区 → unit 区)
            own = pattern.match(q, start + 1) if noun else None
            if noun and not (own and own.end() >= after + len(noun)):
                end, asked = after + len(noun), noun
            elif own and own.end() >= after + len(noun) > after and q[own.end():].strip(_TRIM):
                # "在哪一个地方|举行": the place word asked is no part of the right anchor, the verb after it is
                end = own.end()
        if name == "where" and m.group().startswith("在"):
            start += 1  # "在" stays in the left anchor: "会议在|杭州|召开"
        if name == "where" and m.group()[-1] in "省市县区乡镇村" and not m.group().endswith("地区"):
            unit = m.group()[-1]  # "哪个区" wants a name ending in 区 ("哪一个地区" any region: 茶峒镇, 金门)
            if m.group().endswith("社区"):
                unit = "社区"  # "哪个社区的居民" wants a 社区 (新墩花园社区), not the district (沙坡头区) over it
        elif name == "where" and m.group().endswith(_BANNER_LEVELS):
            unit = m.group()[-2:]  # "住在哪个嘎查" wants 内蒙古's village (脑干宝力格嘎查), a 苏木 its township
        elif name == "where" and m.group() == "在哪" and (lv := _LEVEL_AFTER_WHICH.match(q, end)):
            unit = lv.group(1)  # "在哪个乡举行" wants a name ending in 乡, as "哪个乡" alone does
        road = _ROAD_ASKED.match(q, end) if name == "where" else None
        if road:
            unit = road.group(1)  # "在哪条路上" wants a road's name: 南滨路, not the spot on it
        if name == "yesno" and m.group() == "吗":
            return _info(q, name, None, byline)
        return _info(q, name, (start, end), byline, unit, asked=asked)
    m = _CLOZE.search(q)
    if m and m.start() > 1:
        # "…的首都为?": the answer follows the copula; everything before it is the left anchor.
        return _info(q, _cloze_type(q[:m.start()]), (m.end(), m.end()), byline, cloze=True)
    # Forms of DRCD's traditional questions the cues miss: 那 written for 哪 ("起源於那裡?", "那一種"), 何 before
    # a noun ("有何作用?"), a cloze ending in a preposition, a conjunction or 的 ("位於?", "…以及?", "…中的?").
    if "那" in q:
        info = analyze(q.replace("那", "哪"))
        if info.qtype != "other":
            return info
    m = _WHAT_NOUN.search(q)
    if m:
        return _info(q, "what", m.span(), byline)
    m = _CLOZE_MORE.search(q)
    if m and m.start() > 1:
        return _info(q, _cloze_type(q[:m.end()].rstrip("?？ ")), (m.end(), m.end()), byline, cloze=True)
    return _info(q, "other", None, byline)


_MARKER_BEFORE = re.compile(r"(?:因为|由于|因)$")


def _thing_of_cause(q: str, cause: re.Match[str]) -> bool:
    """Whether the cause noun 原因 only frames a thing another question word asks: "…的原因和哪一个疾病有关" (黑死病),
    "撤兵的原因是哪一国决定介入" (美国), "原因和谁的计谋有关" (铁铉) ask which thing or who, not why. Not when the
    first other cue asks the causes ("原因有哪些"), nor a question word after a cause marker ("因为哪一个原因", still
    the cause: cause_asked.py)."""
    if cause.group() != "原因":
        return False
    other = next(((name, o) for name, pattern in _CUE_RES if name != "why"
                  for o in pattern.finditer(q) if o.end() <= cause.start() or o.start() >= cause.end()), None)
    return other is not None and other[0] not in ("list", "yesno") \
        and not _MARKER_BEFORE.search(q, 0, other[1].start())


# Verbs ending in 为 that take a name or a kind after them: "被称为|什么", "改名为|什么", "成为|什么", "列为|什么地方"
_VERB_WEI = re.compile(r"(?:称|称之|名|命名|改名|更名|改|成|作|视|誉|译|列|定|变|转|选|封|当|分|"
                       r"改版|改制|升格|合并|升级|调整|划|评)为$")


# "改组为什么,首都则…", "被改编为什么及真人版电影": 为什么 followed by a comma or a list's joining word names the
# thing its verb made (为 a copula, 什么 the thing), not a cause: nothing a why-question would go on with
_WHAT_ITEM_AFTER = re.compile(r"[,，、]|及|以及")


def _naming_wei(q: str, start: int, end: int) -> bool:
    """"为什么" read as a verb's 为 and 什么: the verb before it ends in 为 and what follows is nothing or opens
    with a noun ("被称为什么时代", "改为什么政策"), not a verb ("名称为什么又叫…" asks why)."""
    if not _VERB_WEI.search(q, 0, start + 1):
        return False
    rest = q[end:].strip(_TRIM)
    return not rest or any(main_word_tag(rest[:k]).startswith("n") for k in range(min(4, len(rest)), 0, -1))


def _what_noun_after(q: str, start: int, end: int) -> bool:
    """"为什么" read as 为 (is, or 因为: because of) and 什么 before a noun followed by 的, 而 or a comma:
    "当时为什么部落的官称", "因为什么东西而变得…" ask which thing, not why. A noun followed by its own predicate
    is the subject of a why-question ("为什么民进党得以胜出"), and so is any noun of a question opening with 为什么
    ("为什么东汉时期的佛教…"). A noun ending the question asks which too ("重心为什么行业?", "依据为什么法律?"):
    DRCD 5 better / 0 worse, CMRC 0 / 1 ("被聘为什么职务?" answers 国策顾问, its gold the whole sentence)."""
    if q[start:end] != "为什么" or (q[start - 1:start] != "因" and not q[:start].strip(_TRIM)):
        return False
    rest = q[end:]
    if q[start - 1:start] == "因" and rest[:1] == "的":
        return True  # "因为什么的崩塌"
    k = next((k for k in range(min(4, len(rest)), 0, -1) if main_word_tag(rest[:k]).startswith("n")), 0)
    if k > 0 and not rest[k:].strip(_TRIM):  # (a common noun: "为什么排华/nz" asks why)
        return main_word_tag(rest[:k]) == "n"
    return k > 0 and rest[k:k + 1] in ("的", "而", ",", "，")


# What a cloze asks by the noun or verb it ends on: "…逝世的时间是?" a time, "…位于?" a place.
_CLOZE_TYPES: tuple[tuple[QType, re.Pattern[str]], ...] = (
    ("when", re.compile(r"(?:时间|日期|年份|时候|年代|时期)$")),
    ("where", re.compile(r"(?:地点|所在地|位置|位于|坐落于|出生于|生于|来自|位在)$")),
)


def _cloze_type(before: str) -> QType:
    before = before.rstrip(_TRIM).rstrip()
    return next((name for name, rx in _CLOZE_TYPES if rx.search(before)), "what")


_ASKS_NAME = re.compile(r"(?:叫|名叫|名字叫|姓名是|名字是)$")


def _names_a_person(q: str, start: int, end: int) -> bool:
    """"…的老太太叫什么名字", "那位游客名叫什么": a person's name is asked."""
    after = q[end:].strip(_TRIM)
    if after not in ("", "名字", "名"):
        return False
    before = q[:start].rstrip()
    m = _ASKS_NAME.search(before)
    if not m:
        return False
    noun = before[:m.start()].rstrip("的")
    return bool(PERSON_NOUN_ENDS.search(noun))


# "作者" as the subject of what the question asks ("作者建议…", "作者1998年投给…"), not asked itself ("作者是谁")
_PAPERS_REPORTER = re.compile(r"《[^《》]{1,12}[报刊]》[^《》]{0,20}记者(?:是谁|有谁|叫什么)")
_RANKED_REPORTER = re.compile(r"(?:主任|高级|首席)记者(?:是谁|有谁|叫什么)")
_ABOUT_WRITER = re.compile(r"作者(?![是为叫有都姓的名谁哪\s?？呢])")
_TITLED = re.compile(r"《[^》]*》|“[^”]*”")
_WHAT_NOUN = re.compile(r"何(?=[\u4e00-\u9fff])")
_NAMED = re.compile(r"名字|叫什么|姓名|署名")
_CLOZE_MORE = re.compile(r"(?:于|以及|及|和|与|的)\s*[?？]\s*$")


def _info(q: str, name: QType, wh: tuple[int, int] | None, byline: BylineKind, unit: str = "",
          cloze: bool = False, asked: str = "") -> QuestionInfo:
    if wh is None:
        left, right = q.rstrip(_TRIM), ""
    else:
        left, right = q[:wh[0]], q[wh[1]:]
        left = left.lstrip(_TRIM)
        right = right.rstrip(_TRIM)
        if cloze:
            left = left.rstrip(_TRIM)
    if byline == "writer":
        # A question about the writer, not who wrote it: its type asks no one ("作者在哪里任教", "作者在海南一待就是
        # 多少年"), or 作者 is the subject of what it asks ("作者建议把哪几路公交车…", "作者1998年投给…的文章叫什么";
        # a title's words are no cue: "《从读者到作者》的作者是谁") and no other writer cue is there.
        untitled = _TITLED.sub("", q)
        if (name not in ("who", "list", "other") and not cloze and not _NAMED.search(q)) or (
                _ABOUT_WRITER.search(untitled) and not _WRITER.search(untitled.replace("作者", ""))):
            byline = ""
    if byline == "writer" and _RANKED_REPORTER.search(q):
        byline = ""  # "…的新华社主任记者是谁": a reporter's rank is a post the text names its holder with
    if byline == "writer" and _PAPERS_REPORTER.search(q):
        byline = ""  # "《今报》赴京…的记者是谁": a paper's reporter the text names (a story it quotes), no byline
    head = asked  # the kind of place a where-question names after its classifier (which_place.py)
    expects = EXPECTS.get(name, ())
    if name == "who" and wh is not None and q[wh[0]:wh[1]] != "谁":
        expects = ("person",)  # "哪位社长", "何人": a person; only 谁 may be an organisation ("由谁主办")
    if name in ("what", "list") and wh is not None and right:
        word = q[wh[0]:wh[1]]
        if word.startswith(("哪", "什么", "何")):
            for kind, rx in _HEAD_TYPES:
                hm = rx.match(right)
                if hm:
                    head = hm.group()
                    if name == "what":  # a list is many items of that kind, shaped as a whole later
                        expects = (kind,)
                    break
            else:
                head = _measured_org(word, right)
                if head and name == "what":
                    expects = ("org",)
    return QuestionInfo(text=q, qtype=name, expects=expects, wh=wh, left=left.strip(),
                        right=right.strip(), unit=unit, byline=byline, cloze=cloze, head=head,
                        years=tuple(_YEAR.findall(q)) + _cn_years(q), dateline=bool(DATELINE_QUESTION.search(q)),
                        role=_role(q))


# A year in Chinese numerals, digit by digit, as papers print it: 二〇〇七年, 二零零七年, and with the zeros typed as
# figures (二00七年, 中新社's style) or as a letter O (二O一九年); not 一九四九年代 (a decade).
_CN_YEAR = re.compile(r"(?<![〇零○o0一二三四五六七八九十])[一二][〇零○o0一二三四五六七八九]{3}(?=年(?!代))")
_CN_YEAR_DIGITS = str.maketrans("〇零○o0一二三四五六七八九", "00000123456789")


def _cn_years(q: str) -> tuple[str, ...]:
    """The question's years printed in Chinese numerals, as figures ("二00七年" → "2007")."""
    return tuple(y for m in _CN_YEAR.finditer(q) if (y := m.group().translate(_CN_YEAR_DIGITS))[:2] in ("19", "20"))


def arabic_years(text: str) -> str:
    """The text with its years in Chinese numerals written as figures, character for character ("一九九四年" →
    "1994年"), so a year asked either way is found in a sentence printing it either way."""
    if not _CN_YEAR.search(text):
        return text
    return _CN_YEAR.sub(lambda m: y if (y := m.group().translate(_CN_YEAR_DIGITS))[:2] in ("19", "20")
                        else m.group(), text)


def _role(q: str) -> str:
    m = STAFF_QUESTION.search(q)
    return m.group(1) if m else "编辑" if EDITED_QUESTION.search(q) else ""


# "乙酰胺的分子式是什么", "亚硫酸盐在葡萄酒中的作用为何": an attribute (the noun after the last 的) of a thing
_ATTRIBUTE = re.compile(r"的([^\W\d_的]{2,4})$")


def asked_attribute(info: QuestionInfo) -> str:
    """The attribute a definition question asks of its subject ("X的Y是什么" → Y), or "": its value, told after Y
    in a sentence, is the answer."""
    if info.qtype != "definition" or info.right:
        return ""
    m = _ATTRIBUTE.search(info.left.rstrip(_TRIM).rstrip())
    return m.group(1) if m else ""


# "首钢是什么的简称", "NBA是哪个组织的缩写": the full name is asked, of the short form before the copula
_SHORT_FOR = re.compile(r"^(.{2,12}?)(?:是|为)(?:什么|哪一?个|哪一?家|谁)(?:[^\W\d_]{0,4})?(?:的|之)(?:简称|缩写|简写)")


# "哒多阳光乳业的全称是什么": the full name asked by the short form before 的全称 (the page introduces the short form
# after the full name, "(以下简称“哒多阳光乳业”)")
_FULL_NAME_OF = re.compile(r"^(.{2,12}?)的?(?:全称|全名)(?:是|为|叫)?(?:什么|甚么)[?？]?$")


def abbreviation_asked(info: QuestionInfo) -> str:
    """The short form whose full name the question asks ("首钢是什么的简称", "哒多阳光乳业的全称是什么" → the short
    form), or ""."""
    m = _SHORT_FOR.match(info.text.strip()) or _FULL_NAME_OF.match(info.text.strip())
    return m.group(1).strip("“”\"「」") if m else ""


# "哪所|小学", "哪家|漫画公司", "哪座|城市": a measure word counts nouns of one kind; the noun asked after it ends
# the answer's name ("南昌路小学"), though the sentence may print the name before it. (位 counts people, whose
# name follows their noun: "漫画家田河水泡", not before it.)
WHICH_MEASURE: dict[str, tuple[str, ...]] = {
    "所": ("大学", "中学", "小学", "学校", "学院", "医院", "研究所", "机构"),
    "家": ("公司", "企业", "银行", "医院", "酒店", "饭店", "餐厅", "报社", "媒体", "机构", "集团", "工厂", "商店",
          "电视台", "出版社", "电台", "网站", "店"),
    "间": ("公司", "企业", "银行", "医院", "酒店", "学校", "大学", "中学", "小学", "学院", "教堂", "寺庙", "店"),
    "座": ("城市", "城", "桥", "大桥", "山", "山峰", "岛", "岛屿", "建筑", "大楼", "寺", "寺庙", "庙", "塔",
          "宫殿", "宫", "教堂", "博物馆", "体育场", "车站", "机场", "水库"),
}
_WHICH_MEASURED = re.compile(r"哪一?([" + "".join(WHICH_MEASURE) + r"])")


def which_noun(info: QuestionInfo) -> str:
    """The noun a measured which-question asks for, up to the kind the measure word counts ("哪家漫画公司" →
    漫画公司, "哪所小学" → 小学), or ""."""
    if not info.wh or not info.right:
        return ""
    m = _WHICH_MEASURED.fullmatch(info.wh_word)
    if m is None:
        return ""
    found = [(info.right.find(n), -len(n)) for n in WHICH_MEASURE[m.group(1)] if 0 <= info.right.find(n) <= 3]
    at, minus = min(found, default=(0, 0))  # the first noun of the kind, whole ("城市", not "城")
    return info.right[:at - minus]


def _measured_org(word: str, right: str) -> str:
    """The organisation a measured which-question asks for when its noun is modified ("哪家航空公司" → 航空公司):
    the noun the measure word counts ends the head a few characters on, an organisation's kind (公司, 银行)."""
    m = _WHICH_MEASURED.fullmatch(word)
    if m is None:
        return ""
    ends = [right.find(n) + len(n) for n in WHICH_MEASURE[m.group(1)] if n in HEAD_KINDS["org"]
            and 0 < right.find(n) <= 3]
    return right[:min(ends)] if ends else ""


# Words quoted in a question ("说“华人到了哪儿,哪儿的经济就蒸蒸日上”的教授是谁"): what someone said or a name,
# whose question words ask nothing
_QUOTED = re.compile(r"“[^“”]{1,60}”|「[^「」]{1,60}」")


def _unquoted(q: str) -> str:
    """`q` with the words inside its quotation marks blanked (same length), for finding the question's cue."""
    if "“" not in q and "「" not in q:
        return q
    blanked = _QUOTED.sub(lambda m: m.group()[0] + "_" * (len(m.group()) - 2) + m.group()[-1], q)
    # "牌匾上写着“哪三个字”": a question asked only inside its quotation marks keeps them
    return blanked if any(p.search(blanked) for _, p in _CUE_RES) else q


def qtype(question: str) -> QType:
    """The question's type (see `analyze`)."""
    return analyze(question).qtype
