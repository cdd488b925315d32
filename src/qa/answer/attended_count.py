""""大多伦多中华文化中心有多少会员?" ↛ "…华人媒体等近80人出席这次会面餐聚", "紐西蘭台灣華夏協會現在共有多少名會員?" ↛
"共有近三百多位會員僑胞欣然前往", "有多少名代表请假?" ↛ "出席预备会议代表221人": a figure its own clause counts as
attending something (参加, 出席, 前往, 到会…) tells who came to one event, not how many a body has (members,
reporters) nor how many did another thing (请假, 报名, 宣誓): "decline:measure" when the question asks a count
with no verb of attending at all. A question naming one ("多少名人大代表出席了会议", "有多少国家和运动员参赛") is
answered by it, and so is one asking who came or visited ("多少名老干部到渭南开展…活动" ↔ "20多名…老干部莅临我市",
"访问团一行几人"). Only a count of people is read (人, 名, 位: those attend; "第四次", "25周年", "百万" in a clause
with 参加 or 参与率 count no attendance), and only the figure's clause (between commas): the next clause's verb is
another count's."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo

# verbs of coming to an event or taking part in it (参赛 and 参与 of a contest's entrants)
_ATTEND = ("参加", "出席", "前往", "到场", "与会", "参与", "到会", "列席", "赴会", "莅临", "旁听", "参赛", "出动")
# a question asking who came or visited counts those who attended ("到渭南开展", "访问团一行几人")
_CAME = ("到", "来", "赴", "访问", "来访", "出访", "抵", "莅临")
_PEOPLE = ("人", "名", "位", "人次")
_CLAUSE_ENDS = "。;；,，!！?？:："


def attended_count(info: QuestionInfo, best: Candidate) -> str:
    """"decline:measure" when a count of people asked without a verb of attending or coming is answered by a
    figure its clause counts as attending; "" otherwise."""
    if info.qtype != "number" or any(w in info.text for w in _ATTEND + _CAME):
        return ""
    f = best.sentence.folded
    if not f[best.start:best.end].rstrip().endswith(_PEOPLE):
        return ""
    start, end = best.start, best.end
    while start > 0 and f[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    while end < len(f) and f[end] not in _CLAUSE_ENDS:
        end += 1
    clause = f[start:best.start] + " " + f[best.end:end]
    return "decline:measure" if any(w in clause for w in _ATTEND) else ""
