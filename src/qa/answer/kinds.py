"""The kind of place a where-question asks — a city ("哪个城市", "首都是哪里", "省会为?"), a country ("哪一个国家")
or a river ("哪一条河") — and the candidates that cannot be one: a continent is no country; a country, a province,
a continent or a word for cities in general ("宜居城市", "地级市") is no city; a place not named as water ("黑龙江省")
is no river. The best candidate of the wrong kind gives way to the next place that may be of the kind asked
(decide(), before the answer is shaped)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from ..lexicon import CONTINENTS, COUNTRIES, alternation
from ..normalize import fold
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .rest import asks_rest

# "哪个城市", "哪一座城市", "哪座城": a city; a kind of city read as one ("首都", "省会", "首府", "港口城市") when it
# is what the question word or the cloze's copula asks ("X的首都是哪一个城市", "首都为?", "省会在哪里")
CITY_ASKED = re.compile(r"哪一?[个座]?城市?(?!市)|哪一?座城|什么城市")
_CITY_KIND = re.compile(r"(?:首都|首府|省会|州府|港口城市|都城|国都)(?:是|为|在|位于|设在|设于)?$")
# A country or a nationality asked ("哪国人", "哪一个国家", "什么国籍"); not "哪个国家公园", "哪国国王",
# "哪一个国际组织", "哪一个国号". One list for the kind preferred (kinds) and the kind declined (agreement.other_kind).
COUNTRY_ASKED = re.compile(r"哪一?个?国家(?!公园|级|队|领导)|哪一?个?国(?![王君籍旗歌徽语会际民营务宝家号])|"
                           r"什么国籍|国籍是")
# a word built like a country's name that names none ("大国", "外国", "各国", "我国", "两国")
NOT_A_COUNTRY = re.compile(r"^(?:[大小强外各全本该两多邻友盟敌祖异他我贵王帝诸列]|[一二三四五六七八九十几]+)国$")
_CONTINENT = re.compile(alternation(CONTINENTS) + "$")
_COUNTRY = re.compile(r"^(?:" + alternation(COUNTRIES)[3:-1] + r")$|.(?:国|王国|帝国|联邦|共和国)$")
# "哪一条河", "哪个河流", "什么江": a river, named with a river's word ("松花江", "沮水"), not the province or
# county it runs through ("黑龙江省")
RIVER_ASKED = re.compile(r"(?:哪一?[条个]?|什么)(?:河流?|江)(?![口岸畔边段湾])")
_RIVER = re.compile(r"(?:河|江|水|溪|川)$")
# a word for cities in general, not a city's name: "宜居城市", "治安最好的城市", "都市", "地级市", "直辖市"
_CITIES = re.compile(r"(?:城市|都市|[地县省]级市|直辖市|省辖市)$")
# "成都市", "盐城市": a place's one-character stem with its 都 or 城, then the level 市 — a city's name, not the word
# for cities in general, which takes a size, an age or a pointer before it ("大都市", "小城市", "该城市")
_GENERAL_BEFORE = frozenset("大小新古老名该本全此各两多诸这那每某一")
# the last characters of a body of water's or a mountain's name (folded): 日本海, 印度洋, 亚穆纳河, 维多利亚湖,
# 阿尔卑斯山 — no country's name ends so
WATER_OR_MOUNTAIN = ("海", "洋", "河", "江", "湖", "山", "山脉", "峰")
_LOOK = 5  # candidates after the best read for one of the kind asked


def asked_kind(info: QuestionInfo) -> str:
    """"city", "country", "river" or "" for a where- or what-question about a place."""
    if info.qtype not in ("where", "what") or (info.expects and "place" not in info.expects):
        return ""
    q = info.text
    if CITY_ASKED.search(q):
        return "city"
    if info.wh or info.cloze:
        before = info.left if info.wh else q.rstrip("?？ ")
        if _CITY_KIND.search(before.rstrip("的")):
            return "city"
    if COUNTRY_ASKED.search(q):
        return "country"
    if RIVER_ASKED.search(q):
        return "river"
    return ""


def fits(kind: str, text: str) -> bool:
    """Whether a place's text may be of the kind asked: a continent is neither; a city is no country, province
    or word for cities in general."""
    if not kind:
        return True
    text = fold(text)  # (the lists are simplified: "中南半島", "地級市" of a traditional text)
    if _CONTINENT.search(text) and len(text) <= 4:
        return False
    if kind == "city":
        named = len(text) == 3 and text[1:] in ("城市", "都市") and text[0] not in _GENERAL_BEFORE
        return not (_COUNTRY.search(text) or text.endswith(("省", "自治区")) or (_CITIES.search(text) and not named))
    if kind == "river":
        return bool(_RIVER.search(text))
    return True


def named_country(text: str) -> bool:
    """Whether a place's text names a country itself: a common country's name, one opening with it ("中国大陆")
    or a name ending like one ("贵霜帝国", "波兰人民共和国"); not water or a mountain named after one ("印度洋")."""
    text = fold(text)
    return bool(_COUNTRY.search(text)) and not NOT_A_COUNTRY.match(text) \
        or text.startswith(COUNTRIES) and not (len(text) >= 2 and text.endswith(WATER_OR_MOUNTAIN))


def of_kind(info: QuestionInfo, kept: Sequence[Candidate], shaped: Callable[[Candidate], Candidate]
            ) -> list[Candidate]:
    """`kept` (best first) with the best moved behind the first of the next few places that, shaped as the
    answer (`shaped`: "城市" may be widened to the city's name), may be of the kind the question asks, when the
    best shaped may not be and such a place is there; for a country asked, a place that may be one ("江户",
    "波德平原", "维多利亚") gives way to one named as a country ("日本", "德国") the same way; unchanged otherwise."""
    kind = asked_kind(info)
    if not kind or not kept:
        return list(kept)
    first = shaped(kept[0]).text
    if _described(info, first):
        return list(kept)
    want: Callable[[str], bool] = partial(fits, kind)
    within = None  # the sentence a country named gives way to, or None for any
    if want(first):
        # (an enumeration's item left out is found by its place in the list: "除了A、B,还有哪一个国家")
        if kind != "country" or named_country(first) or asks_rest(info.text):
            return list(kept)
        want, within = named_country, kept[0].sentence
    seen = {kept[0].text}
    for c in kept[1:]:
        if len(seen) > _LOOK:
            break
        if c.text in seen:
            continue
        seen.add(c.text)
        if c.type == "place" and fold(c.text) not in info.text and (within is None or c.sentence is within) \
                and want(shaped(c).text):
            return to_front(kept, c)
    return list(kept)


def _described(info: QuestionInfo, text: str) -> bool:
    """"建设什么城市" asks what sort of city, not which one: the noun asked with three characters or more that
    describe it ("现代化区域中心城市") answers it."""
    return info.wh_word.startswith("什么") and bool(info.head) and text.endswith(info.head) \
        and len(text) >= len(info.head) + 3


_JOINS = "和与及、"  # "文化媒体和|哪一个单位" ↔ "文化媒体和体育部": the other item after the one named
_WITHIN_MOST = 8  # characters of the place named before the question word that are looked for


def within_asked(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """"印尼的哪一个地方" ↔ "印尼的廖内省", "美国的哪一个州" ↔ "美国伊利诺州": the question names the place the
    answer lies in right before its question word, so the answer is what follows that place in the text (of two
    characters or more), not the place again (an organisation's name may open with its city: "重庆理工大学" is
    cut only after 的 or a coordinator); None when the answer does not open with it."""
    if info.qtype not in ("where", "what") or best.type not in ("place", "org") or not info.wh \
            or not info.wh_word.startswith("哪"):
        return None
    before = info.left.rstrip("的")
    f = best.sentence.folded
    for size in range(min(_WITHIN_MOST, len(before)), 1, -1):
        if f.startswith(before[-size:], best.start):
            start = best.start + size
            if best.type == "org" and not (f.startswith("的", start) or before[-1] in _JOINS):
                return None  # "重庆|理工大学": an organisation's name opens with its city
            start += f.startswith("的", start)
            if best.end - start < 2:
                return None
            return best.narrowed(start, best.end, "within")
    return None


_QUOTED_NAME = re.compile(r"[「“『《]([^」”』》]{2,20})[」”』》]")


def named_in_quotes(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """"位於馬尼拉著名景點「西班牙王城」內" for "位於馬尼拉哪個景點內": the answer is the kind of thing asked (it ends
    with the noun after the question word) and the name printed in quotes right after it names which one."""
    if not (info.wh_word.startswith("哪") or info.wh_word in ("什么", "甚么")) or best.type == "sentence":
        return None
    f = best.sentence.folded
    m = _QUOTED_NAME.match(f, best.end)
    # (a noun of one character asked with 什么 too: "改版为什么报" ↔ "改版为日报《华澳日报》")
    sizes = (3, 2) if info.wh_word.startswith("哪") else (3, 2, 1)
    noun = next((info.right[:n] for n in sizes if len(info.right) >= n and f[best.start:best.end].endswith(
        info.right[:n])), "")
    if m is None or not noun or m.group(1) in info.text:
        return None  # "委员会“原则上”批准了…": the question quotes those words itself, they name nothing asked
    return best.narrowed(m.start(1), m.end(1), "quoted")

