"""A who-answer printed in a list beside a name the question prints itself plays that name's role, which the
question has already given away: "哪一個人的著作遭到貴族院議員菊池武夫等人的攻擊…?" is not answered by 宮澤裕 of
"遭到了貴族院議員菊池武夫和政友會宮澤裕等人的攻擊" (an attacker; the author is 瀧川), "中國哪位詩人有詩仙的美稱?" not
by 詩俠 of "有詩仙、詩俠、酒仙…等稱呼", "韋茲萊隱修院是誰下令修復的?" not by 卡爾卡松 of "巴黎聖母院、…、卡爾卡松、
韋茲萊隱修院" ("decline:co-listed").

A question asking for another member of the list keeps it: one joining its question word to a name ("和谁", "與誰",
"和什麼人", "谁和…"), asking who else ("還有誰", "以及", "其他", "包括哪位", "之一") or who did it with the name
("和冯磊一起来…采访的…是谁", "與沈觀健一同主持"), or who did the same too ("…也去了俄羅斯":
"金大中和俄羅斯總統普京進行了互訪").
The neighbour is read by its name, the run's last characters before a join (not a post: a title chain joins posts
of one person, "民主党总统候选人、副总统卡玛拉·哈里斯") or the whole item after one, printed in the question: news lists
put titles before names ("…代表副总编薛玉斌、青海日报记者王煜鹏、…"), whose words a question shares freely; and a title
between the join and the answer that the question prints is the post asked, whose holder the answer is."""

from __future__ import annotations

import re

from ..lexicon import PERSON_NOUN_ENDS
from ..types import Candidate
from .agreement import Surroundings
from .list_items import item_before, items_beside
from .question import QuestionInfo
from .spans import offsets

_JOINS = "、和与及跟"  # (folded: 與 is 与; not 同, which opens 同年, 同样 as often)
# where a neighbour's run of characters stops: punctuation, brackets, quotes, a join, a genitive
_STOPS = frozenset(",，。;；:：!！?？()（）「」“”《》\"' 的") | frozenset(_JOINS)
_STOP = "[" + re.escape("".join(sorted(_STOPS))) + "]"
_TITLE = 4  # characters of a title at most between the join and the answer ("菊池武夫和|政友会|宫泽裕")
_RUN = 8  # characters of the neighbour read at most
# the question asks another member of a list, or one who did the same
_ASKS_MEMBER = re.compile(r"[和与及跟同、](?:谁|哪|什么|何)|谁[和与及跟同、]|还有|以及|其他|其余|另|也|一起|一同|共同|"
                          r"包括|之一")


def _named_before(run: str, question: str) -> bool:
    """Whether the name ending the run before a join — its last characters, two or more — is printed in the question
    (not a post or a person noun: "美国民主党总统候选人、副总统卡玛拉·哈里斯" joins two posts of one person)."""
    return any(run[-k:] in question and not PERSON_NOUN_ENDS.search(run[-k:]) for k in range(2, len(run) + 1))


def listed_beside(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:co-listed" when a who-answer is joined in a list to a name the question prints and the question
    asks for no other member (read only with the composer's tagger: a join is a word of its own, not the 和 of
    吉爾吉斯共和國)."""
    if info.qtype != "who" or best.type == "sentence" or around.tag is None or _ASKS_MEMBER.search(info.text):
        return ""
    f, q = best.sentence.folded, info.text
    alone = {a for a, b, _w, _flag in offsets(around.tag(f)) if b - a == 1}  # one-character words
    # before the answer: a join, with a short title between it and the answer ("和|政友会|宫泽裕") that the
    # question does not print (a post asked: "应吉尔吉斯共和国总理|热恩别科夫" for 哪位吉尔吉斯共和国总理)
    for i in range(best.start, max(0, best.start - _TITLE) - 1, -1):
        if i < 1 or f[i:best.start] and f[i] in _STOPS:
            break
        if f[i - 1] in _JOINS and i - 1 in alone:
            title = f[i:best.start]
            if not (len(title) >= 2 and title in q) and _named_before(item_before(f, i - 1, _STOP, _RUN), q):
                return "decline:co-listed"
            break
    # after it: the whole next item, printed in the question ("…、卡尔卡松、|韦兹莱隐修院|。")
    after = items_beside(f, best.end, best.end, f"[{_JOINS}]", _STOP, _RUN)[1]
    if best.end in alone and len(after) >= 2 and after in q:
        # ("中国驻日本国大使馆公使|赵宝钢|、中国驻日本国大使馆教育处…" for "中国驻日本国大使馆公使是谁": the next
        # item opens with the answer's own organisation, printed in its title too — the question's words are the
        # answer's, no neighbour's name)
        if after not in item_before(f, best.start, _STOP, _RUN * 3):
            return "decline:co-listed"
    return ""
