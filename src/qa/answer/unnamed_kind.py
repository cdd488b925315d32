"""A which-question asking a named thing of a kind ("在哪家酒店举行", "由哪家出版社出版", "参观了哪家企业")
answered by a span that is no such thing: "行政長官" for 哪家酒店, "新书发布会" for 哪家出版社,
"延边州经济社会" for 哪家企业.

A hotel, a publisher, a company, a paper, a venue is named by a noun that ends with its kind's word (万豪酒店,
人民文学出版社, 扬子江药业集团, 联合早报, 国家体育馆) or by a name the tagger reads as one (华为, 台北); a span
that does neither is the sentence's other words, taken where the page names no such thing: declined
("decline:kind"). The kind must be one of the few whose names end in a known word (the table below; a constituency,
哪个选区, ends in 区): "哪个单位"
or "哪个部门" may be answered by any body's name, and are left alone; so is a span in Latin letters ("FMT",
"Hilton") or one holding the noun asked.

(policy._wrong_kind reads the same endings only when the question parser sets the asked head, which it does for a
few organisation nouns, not for 酒店, 出版社 or 报纸.)"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

_HOTEL = ("酒店", "宾馆", "饭店", "旅馆", "旅店", "酒家", "大厦", "会所", "度假村", "山庄", "馆", "楼", "中心")
_COMPANY = ("公司", "企业", "集团", "厂", "药业", "银行", "实业", "控股", "股份", "科技", "工业", "电器", "汽车",
            "制药", "商行", "行", "社", "店", "所", "场", "园", "基地", "电子", "能源", "食品", "酒业", "网")
_PAPER = ("报", "报社", "新闻", "杂志", "刊", "周刊", "日报", "社")
_VENUE = ("馆", "场", "中心", "厅", "宫", "堂", "大厦", "酒店", "宾馆", "饭店", "院", "园", "楼", "会所", "广场",
          "礼堂", "剧院", "基地", "村", "城", "室", "苑", "所", "校", "学", "山庄", "站")
# the kind asked (the noun right after the which-word) and the words a name of that kind ends with
_ENDINGS: Mapping[str, tuple[str, ...]] = {
    "酒店": _HOTEL, "宾馆": _HOTEL, "饭店": _HOTEL, "大酒店": _HOTEL,
    "出版社": ("出版社", "出版集团", "出版公司", "书局", "书店", "出版", "社"),
    "企业": _COMPANY, "公司": _COMPANY, "集团": _COMPANY, "工厂": _COMPANY, "厂": _COMPANY, "药企": _COMPANY,
    "车企": _COMPANY, "厂商": _COMPANY, "厂家": _COMPANY,
    "报纸": _PAPER, "报社": _PAPER, "报刊": _PAPER,
    # a constituency is numbered or named by its area, and ends in 区 ("第一选区", "宜兰县第二选区")
    "选区": ("选区", "区", "选举区"),
    "场馆": _VENUE, "会场": _VENUE, "体育馆": _VENUE, "展馆": _VENUE, "剧院": _VENUE, "影院": _VENUE,
}
_WHICH = re.compile(r"哪一?[家个所间座]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_QUOTES = "《》「」“”『』〈〉\"' "
# tags a name of a body or a place is read with: an organisation, a place, another proper name
_NAME_TAGS = frozenset(("nt", "ns", "nz", "nrt"))
_SHORT_NAME = 4  # characters of a span opening on a name read as a brand's short name, not a phrase
_KIND_AT = 2  # characters of modifier the noun asked may follow the which-word by ("哪家航空公司")


def _asked_kind(info: QuestionInfo) -> str:
    """The kind noun the which-question asks ("酒店" of "哪家酒店举行"), "" when it asks none of the table's."""
    if not info.wh or not _WHICH.fullmatch(info.wh_word):
        return ""
    right = info.right
    found = [(right.find(k), -len(k), k) for k in _ENDINGS if 0 <= right.find(k) <= _KIND_AT]
    return min(found)[2] if found else ""


def unnamed_kind(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:kind" when a which-question asks a hotel, a publisher, a company, a paper or a venue and the
    answer neither ends with a word of that kind, holds the noun asked, is in Latin letters, nor is read by the
    tagger as a body's or a place's name; "" otherwise."""
    kind = _asked_kind(info)
    if not kind or around.tag is None:
        return ""
    text = best.sentence.folded[best.start:best.end].strip(_QUOTES + ",，、。")
    if not text or kind in text or text.endswith(_ENDINGS[kind]) or _LATIN.search(text):
        return ""
    words = [(w, flag) for w, flag in around.tag(text) if w.strip()]
    if not words or words[-1][1] in _NAME_TAGS or all(flag in _NAME_TAGS or flag == "nr" for _, flag in words):
        return ""  # "台北", "华为": a name the tagger reads as a body's or a place's
    if len(text) <= _SHORT_NAME and (words[0][1] in _NAME_TAGS or words[0][1] == "nr"):
        return ""  # "蔚来" (蔚|nr 来|v): a brand's short name opening on a word the tagger reads as a name
    return "decline:kind"
