"""Another event of the same kind: the question names a meeting or a championship by its words ("2025世界女子
冰壶|锦标赛", "中国地市报研究会六届四次|理事会", "2004中国民营企业文化建设工作|会议"), the answer's sentence
names an event of that kind too ("第三十九届世界体操|锦标赛", "中国建设报社|理事会", "…通联员工作|会议") and the
answer's article never prints a word that names the one asked (冰壶, 研究会, 民营企业): the answer is the other
event's place, day or winner. Papers hold many meetings and championships; the other words of such a question
(召开, 冠军, 在哪里) fit any of them."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .short import expansion
from .spans import offsets

# the kinds of event a name ends with (longest first: "座谈会" before "会")
_EVENT_HEADS = ("锦标赛", "运动会", "座谈会", "研讨会", "理事会", "博览会", "联赛", "峰会", "论坛", "年会", "会议",
                "大会")
# the words inside an event's name (nouns, verbal nouns, abbreviations, names, numbers); an adjective or a verb
# ends it: "区议员|连续|缺席会议" names no meeting by 议员
_NAME_TAGS = ("n", "vn", "j", "b", "m", "eng")
# words any event's name may hold: they tell no event from another
_GENERIC = frozenset(("中国", "全国", "世界", "国际", "全省", "全市", "全县", "工作", "年度", "届", "次", "第一",
                      "首届", "代表", "会议", "大会", "全体", "中央", "地方"))


def other_event_name(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the question's event, named by words the answer's article never prints, is not
    the event of that kind the answer's sentence names."""
    if around.tag is None or not around.article or best.type == "byline":
        return ""
    f = best.sentence.folded
    words = offsets(around.tag(info.text))
    for i, (start, end, word, _) in enumerate(words):
        head = next((h for h in _EVENT_HEADS if word.endswith(h)), "") if word.endswith(_EVENT_HEADS) else ""
        if not head or (info.wh and start < info.wh[1] and info.wh[0] < end) or head not in f:
            continue
        # the words of its name, nearest first, with where each starts ("冰壶" at 6 of "2025世界女子冰壶锦标赛")
        name = [(word[: -len(head)], "n", start)] if len(word) - len(head) >= 2 else []
        j = i - 1
        while j >= 0 and words[j][3].startswith(_NAME_TAGS) \
                and not (info.wh and words[j][0] < info.wh[1] and info.wh[0] < words[j][1]):
            name.append((words[j][2], words[j][3], words[j][0]))
            j -= 1
        # (a number or an ordinal tells an edition, which other rules read: other_edition, other_ordinal)
        own = [(w, at) for w, flag, at in name if len(w) >= 2 and w not in _GENERIC and flag != "m"]
        if not own or info.text[own[0][1]:end] in f:
            continue  # the sentence names the event asked ("冰壶锦标赛", "文化建设工作会议")
        if any(w not in around.article and expansion(around.article, w) is None for w, _ in own):
            return "decline:subject"
    return ""
