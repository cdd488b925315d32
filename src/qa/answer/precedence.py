"""Which kept candidate answers first when the wording of the sentence or the question says so, whatever scored
higher: a figure printed right after the label the question names, the names doing the deed asked, the name printed
with the asked noun, the finer grain told right after the best sentence (each rule measured on CMRC, DRCD and the
news suites where it was added)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import POSTS, SAME_UNITS
from ..types import Candidate
from .age_of import age_before_name
from .count_inside import count_inside
from .counted_label import counted_after_label
from .frame_other import other_first
from .front import to_front
from .item_figure import item_amount, part_by_modifier
from .part_named import part_named
from .phrased import counted_exactly, phrased_first
from .question import QuestionInfo
from .spans import LABEL_START, Span, clause_start
from .venue import venue_first
from .venue_phrase import venue_phrase


def _label(before: str) -> str:
    """The text after the last clause or list mark of `before` (the label a figure is printed after), "" when
    `before` holds no such mark."""
    cut = max(before.rfind(ch) for ch in LABEL_START)
    return before[cut + 1:] if cut >= 0 else ""


def put_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the candidate these rules prefer moved to the front."""
    kept = list(kept)
    if info.qtype == "number" and kept:
        # "吉林今年一季度GDP同比增速是多少" ↔ "…分别是吉林(8.2%)、宁夏(7.5%)": the figure glossed right after a
        # name the question holds is that name's, whatever scored higher elsewhere (a headline's "17省份")
        first = next((c for c in kept if labelled(c, info)), None) \
            or next((c for c in kept if clause_labelled(c, info, kept[0]) and not _closer_label(kept[0], c, info)),
                    None) \
            or next((c for c in kept if listed_label(c, info, kept[0])), None) \
            or next((c for c in kept if counted_item(c, info)), None)
        kept = to_front(kept, first)
        # "实到委员多少人" ↔ "应出席委员485人,实到466人": the label before the counted noun (counted_label.py)
        kept = to_front(kept, counted_after_label(kept, info))
        item = item_told(kept, info)  # "总产的增幅" ↔ "总产20.93万吨,…,增幅8.17%", not "亩产…,增幅2.54%"
        kept = to_front(kept, item)
        part = counted_exactly(kept, info)  # "几家优秀校报" ↔ "两家“优秀校报标兵”、9家“优秀校报”" (phrased.py)
        kept = to_front(kept, part)
        part = phrased_first(kept, info)  # "省级重点立项的…有几支" ↔ "共…168支,其中申报省级重点立项12支" (phrased.py)
        kept = to_front(kept, part)
        part = part_named(kept, info)  # "群众体育项目…多少枚金牌" ↔ "…759枚金牌;群众体育项目…241枚金牌" (part_named.py)
        if part is not None and label_asked(kept[0], info) and not label_asked(part, info):
            part = None  # the best figure is printed right after the question's own label, the other is not
        kept = to_front(kept, part)
        other = other_first(kept, info)  # "时隔多少年再夺全运会冠军" ↔ not "时隔5年再夺中超联赛冠军" (frame_other.py)
        kept = to_front(kept, other)
        age = age_before_name(kept, info)  # "张冬芬多少岁" ↔ "17岁的张冬芬和16岁的周露怡" (age_of.py)
        kept = to_front(kept, age)
        kept = to_front(kept, item_amount(kept, info))  # "竣工项目投资多少" ↔ "竣工项目7个、投资15.8亿元"
        # "多少家国家级…示范社" ↔ "…6582家,其中,国家级示范社46家": the part its modifier names (item_figure.py)
        kept = to_front(kept, part_by_modifier(kept, info))
        # "多少个省直部门" ↔ "省直11部门": the count printed inside the asked noun phrase (count_inside.py)
        inside = count_inside(kept, info)
        if inside is not None:
            kept = [inside] + [c for c in kept if (c.sentence.id, c.start) != (inside.sentence.id, inside.start)]
    if info.qtype in ("list", "who") and kept and not info.left.strip():
        # "哪些人参加了…会见" ↔ "张安顺、赵晓君参加会见。": the names doing the deed asked, at their clause's start,
        # whatever scored higher in a sentence that shares more words (the lead naming the hosts)
        doing = next((c for c in kept if any((sp.start, sp.end) == (c.start, c.end)
                                             for sp in names_doing(c.sentence.folded, info.right))), None)
        kept = to_front(kept, doing)
    if info.qtype == "list" and kept:
        holders = post_holders_first(kept, info)  # "…的市政协副主席有哪些" ↔ "市政协副主席张玉兰、任兴业…参加会议"
        kept = to_front(kept, holders)
    home = home_named_first(kept, info)  # "Lucy的老家在哪里" ↔ "飞回了Lucy的老家|吉林长春"
    kept = to_front(kept, home)
    venue = venue_first(kept, info)  # "在北京海淀区|妇女儿童活动中心…举行": the centre, not the district (venue.py)
    kept = to_front(kept, venue)
    held_at = venue_phrase(kept, info)  # "在哪里召开" ↔ "於南投稅務出張所召開…": the whole 在-phrase (venue_phrase.py)
    if held_at is not None:
        kept = [held_at] + list(kept)
    if info.head and kept:
        # "哪个港口" ↔ "日本资助印尼的…项目,包括…和巴丁班(Patimban)港口扩建项目": in the best sentence, the name
        # printed with the asked noun answers before a span of the type that does not end with it
        headed_c = headed_first(kept, info.head)
        kept = to_front(kept, headed_c)
    return kept


# "…的市政协副主席有哪些": the post asked, after the question's last 的 and before its question word
_POST_ASKED = re.compile(r"(?:^|的)([^\W\d_的]{2,10}?)(?:都|还|分别)?(?:有|是)?$")


def post_holders_first(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """The holders of a post a list question asks for ("参加会议的市政协副主席有哪些"): the candidate printed right
    after that whole post ("市政协副主席张玉兰、任兴业…") answers, whatever scored higher in a sentence sharing
    more of the question's words."""
    m = _POST_ASKED.search(info.left.rstrip())
    if m is None or not m.group(1).endswith(POSTS):
        return None
    post = m.group(1)
    return next((c for c in kept if c.start >= len(post) and c.sentence.folded[c.start - len(post):c.start] == post),
                None)


def finer_grain(best: Candidate, others: Sequence[Candidate]) -> Candidate | None:
    """A candidate of the best's type and of the asked grain (a year for 哪一年) from a sentence right after the
    best's in its paragraph (the next two), when the best misses the grain ("日据时代")."""
    s = best.sentence
    for c in others:
        o = c.sentence
        if c.type == best.type and dict(c.features).get("grain_miss") == 0.0 and o.article_id == s.article_id \
                and o.paragraph == s.paragraph and s.start < o.start <= s.end + 2 * max(1, s.end - s.start):
            return c
    return None


_BACK_DAY = frozenset(("当天", "当日", "当晚", "同日", "同天"))


def printed_day(best: Candidate, others: Sequence[Candidate]) -> Candidate | None:
    """A date in figures from the best's own sentence when the best is a day word pointing back ("於7 月22 日
    (星期一)發表國情咨文當天"): the sentence prints the day the word points to."""
    if best.type != "time" or best.sentence.folded[best.start:best.end].strip() not in _BACK_DAY:
        return None
    for c in others:
        text = c.sentence.folded[c.start:c.end]
        if c.type == "time" and c.sentence.id == best.sentence.id and re.search(r"\d\s?[日号]", text):
            return c
    return None


def labelled(c: Candidate, info: QuestionInfo) -> bool:
    """The candidate is a figure in brackets right after a whole label (from the clause or list mark before it)
    of two to six characters that the question names ("分别是吉林(8.2%)、宁夏(7.5%)" for "吉林…增速是多少"), in the
    unit asked if any."""
    f = c.sentence.folded
    if c.type != "number" or c.start < 3 or f[c.start - 1] not in "(（" or f[c.end:c.end + 1] not in (")", "）"):
        return False
    if info.unit and not f[c.start:c.end].endswith(SAME_UNITS.get(info.unit, (info.unit,))):
        return False
    before = f[max(0, c.start - 8):c.start - 1]
    label = _label(before)
    return 2 <= len(label) <= 6 and label in info.text


_ITEM_MARK = re.compile(r"[、,，;；:：]")


def counted_item(c: Candidate, info: QuestionInfo) -> bool:
    """The candidate is the count right after a whole item of a list of counted items, the item the question
    counts ("多少名优秀指导老师" ↔ "…,组织工作奖3名,优秀指导老师14名"): the item runs from the list mark before it to
    the figure, two to eight characters, and the question counts it whole right after its question word, or
    names its first part before the question word and counts the rest."""
    f = c.sentence.folded
    if c.type != "number" or not f[c.start:c.start + 1].isdigit():
        return False
    marks = [m.end() for m in _ITEM_MARK.finditer(f, 0, c.start)]
    item = f[marks[-1]:c.start] if marks else ""
    if not 2 <= len(item) <= 8 or re.search(r"\d", item) or not info.wh_word:
        return False
    wh = re.escape(info.wh_word)
    # or split around the question word ("二等奖有几件作品" ↔ "…,二等奖作品2件")
    return any(re.search(re.escape(item[:i]) + "(?:有|共有|为|是)?" + wh + "的?" + re.escape(item[i:]), info.text)
               for i in range(0, len(item) - 1) if (i == 0 or i >= 2) and item[i:] in info.text)


def names_doing(f: str, right: str) -> list[Span]:
    """The names opening a clause right before the verb and the last word the question puts after its question
    word ("哪些人|参加了巴音朝鲁对郑建邦一行的会见" ↔ "张安顺、赵晓君|参加会见。"): who did what is asked, told
    short (the deed's object said by its last word)."""
    right = right.rstrip("?？ 。")
    if len(right) < 5:
        return []
    verb, obj = right[:2], right[-2:]
    rx = r"(?:^|[,，。;；])([^\W\d_]{2,4}(?:、[^\W\d_]{2,4}){0,5})" + re.escape(verb) + "了?" + re.escape(obj)
    return [Span(m.start(1), m.end(1), "term", "term") for m in re.finditer(rx, f)]


_RATE_OF = re.compile(r"([\u4e00-\u9fff]{2})的?(?:增幅|增长率|增速|涨幅|降幅|跌幅)")
_ITEM_START = re.compile(r"[;；。]")


def item_told(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """A rate asked of an item ("总产的增幅") is the one printed in the item's part of the text (from the last
    ';' before it): among the next few figures, the first whose part names the item, when the best's does not
    ("亩产557.4公斤,…,增幅2.54%;" for 总产); None otherwise."""
    m = _RATE_OF.search(info.left)
    if m is None:
        return None

    def names(c: Candidate) -> bool:
        f = c.sentence.folded
        start = max((x.end() for x in _ITEM_START.finditer(f, 0, c.start)), default=0)
        return m.group(1) in f[start:c.start]

    if names(kept[0]):
        return None
    return next((c for c in kept[1:4] if c.type == "number" and names(c)), None)


def clause_labelled(c: Candidate, info: QuestionInfo, best: Candidate) -> bool:
    """The candidate is a figure that opens its clause after a label, the whole label being the word the question
    puts right before its question word ("潍坊市出口|多少亿元" ↔ "其中,出口1287.5亿元", not "进出口总值1895.4亿元"),
    in the unit asked if any, in the best candidate's paragraph (what the figures there break down)."""
    f = c.sentence.folded
    if c.type != "number" or not info.wh or info.right.strip("?？ ") \
            or (c.sentence.article_id, c.sentence.paragraph) != (best.sentence.article_id, best.sentence.paragraph):
        return False
    if info.unit and not f[c.start:c.end].endswith(SAME_UNITS.get(info.unit, (info.unit,))):
        return False
    before = f[max(0, c.start - 6):c.start]
    label = _label(before)
    return 2 <= len(label) <= 4 and info.left.endswith(label)


def _shared_end(a: str, b: str) -> int:
    """How many characters `a` and `b` end alike."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _closer_label(best: Candidate, c: Candidate, info: QuestionInfo) -> bool:
    """The best figure's clause, up to it, ends as the question's words before its question word longer than `c`'s
    does ("…农林牧渔业总产值比上年增长|多少" ↔ ",比上年增长4.1%", not "牧业总产值…,增长2.4%"): the best is
    labelled as well, by more of the question."""
    return best.type == "number" and _shared_end(_clause_label(best), info.left) > _shared_end(_clause_label(c),
                                                                                               info.left)


def _clause_label(c: Candidate) -> str:
    """The text of the candidate's clause up to it (the label a figure is printed after)."""
    f = c.sentence.folded
    return f[clause_start(f, c.start, LABEL_START):c.start].strip()


def _asked_label(info: QuestionInfo) -> str:
    """The words the question puts right before its question word, its 的 left out ("…的粉丝|有多少")."""
    return re.sub(r"(?:有|是|为|达到|达)$", "", info.left.replace("的", "").strip())


def listed_label(c: Candidate, info: QuestionInfo, best: Candidate) -> bool:
    """The candidate is a figure in the best candidate's sentence whose clause, up to the figure, is a label the
    question puts whole right before its question word, a 的 aside ("直播间粉丝达到30多万,会宁电视台微信公众号粉丝|
    9.2万、会宁发布粉丝6.74万" for "会宁电视台微信公众号的粉丝|有多少"): a list of labelled figures, the asked one's."""
    f = c.sentence.folded
    if c.type != "number" or c.sentence.id != best.sentence.id or c is best:
        return False
    if info.unit and not f[c.start:c.end].endswith(SAME_UNITS.get(info.unit, (info.unit,))):
        return False  # ("共有多少名运动员" ↛ "共64支队伍、1140名运动员": the label's figure counts in another unit)
    label = _clause_label(c)
    return 4 <= len(label) <= 16 and _asked_label(info).endswith(label) \
        and label not in f[max(0, best.start - len(label) - 4):best.start]


def label_asked(c: Candidate, info: QuestionInfo) -> bool:
    """The figure's clause, up to it, is a label of four characters or more the question puts whole right before
    its question word ("…实际出席会议代表|多少人" ↔ "…应出席代表330人,…,实际出席会议代表298人"): the figure asked,
    which a figure after another label, in a part naming more of the question's other words (the sentence's
    subject printed before the first figure), does not displace."""
    label = _clause_label(c)
    return c.type == "number" and 4 <= len(label) <= 16 and _asked_label(info).endswith(label)


def headed_first(kept: Sequence[Candidate], head: str) -> Candidate | None:
    """The candidate of the best one's sentence that names something of the asked kind (ends with the asked noun,
    "巴丁班(Patimban)港口" for 哪个港口) when the best one is a place that does not (印尼: where the thing is), or
    None."""
    best = kept[0]
    if best.type != "place" or best.text.endswith(head):
        return None  # (an organisation not of the kind asked may still be it: "…控股有限公司" for 哪家集团)
    return next((c for c in kept[1:] if c.sentence.id == best.sentence.id and c.text.endswith(head)
                 and len(c.text) > len(head) and c.type == best.type), None)


# Nouns whose value is a place ("老家", "总部"): printed right before a place, they name it ("老家吉林长春").
_PLACE_NOUNS = ("老家", "家乡", "故乡", "祖籍", "籍贯", "原籍", "出生地", "总部", "住所", "住处", "驻地", "所在地")


def home_named_first(kept: Sequence[Candidate], info: QuestionInfo) -> Candidate | None:
    """A where-question asking the place of a place noun ("Lucy的老家在哪里", "公司总部在哪里"): the candidate printed
    right after that noun, in the sentence of the best one, answers ("飞回了Lucy的老家|吉林长春"), before a place the
    sentence names elsewhere ("处理好在新西兰的事情后")."""
    if info.qtype != "where" or len(kept) < 2:
        return None
    left = info.left.strip().rstrip("在是位于")
    noun = next((n for n in _PLACE_NOUNS if left.endswith(n)), "")
    if not noun:
        return None
    best = kept[0]
    return next((c for c in kept[1:4] if c.sentence.id == best.sentence.id and c.start >= len(noun)
                 and c.sentence.folded[c.start - len(noun):c.start] == noun
                 and not best.sentence.folded[best.start - len(noun):best.start] == noun), None)
