"""What every layout rule reads: a printed line folded (full-width → ASCII, traditional → simplified, the
slashes papers print as "/"; same length as the text as written), and the patterns of a day and an agency."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import DATELINE_AGENCIES
from ..normalize import fold

HAN = r"\u4e00-\u9fff"
_SLASHES = str.maketrans("∕⁄╱／︰﹕", "////::")


@lru_cache(maxsize=4096)
def fold_line(text: str) -> str:
    """normalize.fold, and the slashes papers print ("記者王某∕台北報導") as "/", the presentation forms of the colon
    ("最後更新︰2023–05–16", 透視報) as ":"; same length. Remembered: a line is asked about by several rules in turn."""
    return fold(text).translate(_SLASHES)


AGENCY = rf"(?:{'|'.join(DATELINE_AGENCIES)}|[{HAN}·]{{1,8}}?(?:报|社|网|台|在线|头条))"  # 头条: 华人头条's editions
DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日"
REL_DAY = r"(?:今晨|今晚|今天|今日|昨晚|昨天|昨日)"  # "本报阿胡斯今晨专电": a day said against the paper's
NUM = r"[0-9一二三四五六七八九十]+"
