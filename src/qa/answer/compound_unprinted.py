"""A body or an event the question names by common words that the answer's article never prints.

"联合国世界青年峰会将在哪里举行" is not answered from a report of another press conference, nor "内蒙古代表团是哪天举行
全团会议的" from a visit of 乌兰察布's delegation, nor "工学周报获奖的消息是哪天更新的" from another paper's year in
review: the question names one particular body or event (青年峰会, 全团会议, 工学周报, 服务营, 同乡会, 经济区管委会)
by words the tagger cuts into common nouns, so `absent_names.long_name_unprinted` (which reads the tagger's names) does
not see it, and an article retrieved for the question's other words (出席, 举行, 记者) often never prints it. An article
that answers prints the body or the event it tells of: the name's head word (a body's or an event's ending:
同乡会, 会议, 周报; 营 as a word of its own, not 经营) and the word before it, printed together. When the article
does not print them, the answer is about another one ("decline:subject", so a candidate from an article that
prints it may still answer).

Only the head and the word just before it are read, not the whole run of nouns: an answering article may print the
name without the place or the outlet the question puts before it (中心渔港经济区管委会 as 经济区管委会).

Measured on the absent-paper protocol (main 40ea03c5): 11 of the 165 answers given declined; CMRC one wrong answer
declined, no right one; DRCD identical; news suites unchanged."""

from __future__ import annotations

from ..lexicon import CJK
from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .spans import offsets

# the endings of a word that names a body or an event of its own (not 社会, 机会, 冠军, 干部, which lexicon's
# ORG_SUFFIXES 会, 军, 部 would read as one)
_HEADS = ("会议", "峰会", "运会", "论坛", "典礼", "仪式", "周报", "日报", "晚报", "报社", "委员会", "管委会",
          "协会", "学会", "基金会", "同乡会", "联合会", "商会", "联谊会", "博览会", "展览会", "锦标赛", "联赛",
          "代表团", "集团", "公司", "研究所", "研究院", "学院", "大学", "中学", "小学", "医院", "银行", "电视台",
          "出版社", "联盟",
          # a new town by its name (建工|新城): one development, whose figures another's do not give
          "新城")
# words a name is built of: nouns and names, a time word or a place word (青年/t, 海外/s), an abbreviation (j), a
# numeral (七|运会), a verbal noun (服务/vn), an idiom (i)
_NAME_PART = ("n", "t", "s", "j", "m", "vn", "i")
# a place's, a person's or a body's name or short name before the head (北京|奥运会, 渠成|小学, 中共八大|会议,
# 砂拉越|小学, 政协|大会) is the long names' rule's to read, and the pair is told in other words too often
# (北京夏季奥林匹克运动会, "小学就读于南昌路小学", 政协会议)
_NAME_TAGS = ("ns", "nr", "nt", "nz", "j")
# a numeral in a name is a number in words (七|运会, 十|大会); "1934|年|麻省理工学院" puts a date before the name
_NAME_NUMERALS = frozenset("一二三四五六七八九十百")
_MIN_TAIL = 3  # two characters alone (球队, 报社) name a kind, not one body
# a head of three characters or more names its body or event by itself (2023|赛季|中超联赛, 问鼎|全运会): printed, it
# is the one asked, whatever the question puts before it (the tagger reads a verb as a noun at times: 问鼎/n)
_OWN_NAME = 3


def compound_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the question names a body or an event by a head word and the word before it (both
    name parts, three characters or more together) that the answer's article, headline and text before never
    print together."""
    if around.tag is None or not around.article or best.type == "byline":
        return ""
    words = offsets(around.tag(info.text))
    text = around.with_sentence(best.sentence.folded)
    for (start, _, prev, pflag), (_, end, word, flag) in zip(words, words[1:], strict=False):
        if info.wh and start < info.wh[1] + 2 and info.wh[0] < end:
            continue  # the question word and the kind it asks for ("哪个|单位", "哪一届|运动会")
        tail = prev + word
        if len(tail) < _MIN_TAIL or not (word.endswith(_HEADS) or word == "营") \
                or not (pflag.startswith(_NAME_PART) and flag.startswith(_NAME_PART)) or pflag.startswith(_NAME_TAGS) \
                or not all(CJK.match(c) for c in tail) \
                or (pflag.startswith("m") or len(prev) == 1) and not set(prev) <= _NAME_NUMERALS:
            # (a lone character before the head is a word's end the tagger cut off: 任|职|国民政府军事委员会)
            continue
        if tail not in text and not (len(word) >= _OWN_NAME and word in text):
            return "decline:subject"
    return ""
