""""营口固定资产投资总量增长了多少?" ↛ a sentence of another city's bulletin, "长沙这轮强降雨中…几个大暴雨站点" ↛
"…全省177个气象观测站出现降水,降水中心在西宁市区": the question names a city or county by its short name (营口 of
营口市, 长沙 of 长沙市, 茂名, 嘉禾) and the answer's article never names it — the figure is another place's
("decline:place"). `agreement.other_name` reads such a place only when jieba tags it ns in the question and the word
is rare or ends in its level: a short name it tags otherwise (营口/vn, 茂名/a, 嘉禾/nr) or a common city (长沙,
北京, whose dictionary frequency passes names_in's bar for an ordinary noun tagged ns) is not read there. A word is
a city's short name when the word with 市 or 县 after it is a place in jieba's main dictionary (`_city_named`); a
word of three characters or more ending in a level that jieba tags a person's name (博后村/nr, "元旦假日博后村接待游客
多少万人次" ↛ 湖南's 97 tourist sites) is a place it did not know, read alike.

Where it stops: a street or an event named after the city (玉林东路, 南京…世锦赛); where-questions (their answer
is a place inside the one asked, as other_name exempts them); a direction (南部 of 南部县, tagged f) or a time
word; a name right before a which-word or after it (its scope, "中国|哪个朝代"); names_held's short and long
forms count as named ("海淀" for 海淀区)."""

from __future__ import annotations

import re

from ..lexicon import GENERIC_PLACES
from ..types import Candidate
from .agreement import Surroundings, _city_named, _scopes_kind, names_held, names_in, without_wh
from .question import QuestionInfo
from .spans import offsets

# a level ending a word jieba guessed a person's name: a village, town or county it does not know (博后村/nr)
_LEVELS = ("村", "镇", "乡", "县", "市", "区", "省", "州")
# a direction or a time word that is also a county's name (南部县, 东方市) names no place in a question
_NO_PLACE_TAGS = ("f", "t", "m", "d", "p", "c", "u")
# a street named after a city (玉林东路) or an event named by its host city (南京室内田径世锦赛, which its report may
# call 本届世锦赛 throughout): the word names the street or the event, not a city the answer's article must print
_NAMED_AFTER = re.compile(r"[东西南北中]?(?:路|街|大街|大道|巷)"
                          r"|[\u4e00-\u9fff]{0,6}?(?:赛|运动会|马拉松|博览会|峰会|论坛|艺术节|电影节)")


def city_unnamed(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:place" when the question names a city or county by a short name names_in leaves out and the
    answer's article never names it; "" otherwise."""
    if around.tag is None or info.qtype == "where" or not around.article:
        return ""
    q = without_wh(info)
    read = {name for _, name, _ in names_in(q, around)}  # other_name's places: judged there
    for at, _, word, flag in offsets(around.tag(q)):
        if len(word) < 2 or word in read or word in GENERIC_PLACES or flag.startswith(_NO_PLACE_TAGS) \
                or _scopes_kind(info, "place", word, at) or _NAMED_AFTER.match(q, at + len(word)):
            continue
        if not _city_named(word) and not (len(word) >= 3 and flag.startswith("nr") and word.endswith(_LEVELS)):
            continue
        if not names_held(word, around.article):
            return "decline:place"
    return ""
