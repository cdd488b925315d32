"""A where-question answered by a time: "温哥华中华会馆的就职典礼在哪家酒楼举行?" ↛ "…就职典礼周日(6日)已隆重举行":
the words between the event and its verb are its day and adverbs (周日, (6日), 已, 隆重), taken as the slot the
question's 在哪家酒楼 fills. A span made only of days, hours and such adverbs names no place at all: declined
("decline:place"), whatever other candidate then answers. Not fired on CMRC or DRCD (their where-answers hold a
noun)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_NUM = r"[\d一二三四五六七八九十两〇零]"
# a day, a date, an hour: "周日", "星期六", "今日", "6日", "2024年", "10月", "9时20分", "下午"
_TIME = (r"周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[今昨明前后]天|[今昨明]日|本月"
         r"|上午|下午|晚上|中午|晚间|傍晚|早上|凌晨|当天|当日"
         rf"|{_NUM}{{1,4}}年|{_NUM}{{1,2}}月|{_NUM}{{1,3}}[日号]|{_NUM}{{1,2}}[时点](?:{_NUM}{{1,2}}分)?")
# the adverbs and prepositions that stand between a day and its verb ("已隆重举行", "将于…举行"), and brackets
_FILLER = r"隆重|盛大|已经|已|将|正式|顺利|热烈|同时|也|再次|首次|成功|圆满|地|又|于|在|[(（)）\s]"
_ONLY_TIME = re.compile(rf"(?:{_TIME}|{_FILLER})+")
_A_TIME = re.compile(_TIME)
# the kinds of venue a which-question asks ("哪家酒楼", "哪个会堂")
_VENUES = ("酒楼", "酒店", "饭店", "酒家", "餐厅", "餐馆", "宾馆", "会馆", "礼堂", "会堂", "大厅", "场馆", "体育馆",
           "会议中心", "中心", "广场", "公园", "剧院", "地方", "城市")


def where_time(info: QuestionInfo, best: Candidate) -> str:
    """"decline:place" when a where-question's answer is only a time and its adverbs; "" otherwise."""
    if info.qtype != "where" and not (info.wh_word.startswith("哪") and info.right.startswith(_VENUES)):
        return ""  # (a which-question asking a venue, "在哪家|酒楼举行", is typed what)
    text = best.sentence.folded[best.start:best.end].strip()
    return "decline:place" if text and _ONLY_TIME.fullmatch(text) and _A_TIME.search(text) else ""
