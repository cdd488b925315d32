"""Is the answer's figure the one of the thing asked? The words attached to a figure — the period or the place
printed right before it in its clause, the noun it qualifies or counts right after it (…元的相机, …宗新型肺炎), the
edition a title is printed with, the person a thing is said to be of (他的新书) — tell whose it is; an answer of
another period, place, thing, kind, edition or person is declined (run by policy.inconsistent after the
sentence-wide checks of agreement.py, whose sentence-wide look lets a word printed elsewhere in the sentence pass:
"较一季度" for a 二季度 figure). All text is folded."""

from __future__ import annotations

import re

from ..lexicon import MEASURED
from ..types import Candidate
from .agreement import Surroundings, names_held, names_in, without_wh
from .question import QuestionInfo
from .spans import VALUE_END, clause_start

# A quarter ("一季度", "第二季度", "Q3") or a half of a year ("上半年"): the period a news figure is of.
_PERIOD = re.compile(r"(?:第?([一二三四1-4])季度|q([1-4])|([上下])半年)")
_QUARTER = {"一": "1", "二": "2", "三": "3", "四": "4"}
# A period a figure is compared with, not the one it is of: "较一季度加快", "比上半年", "与一季度相比".
_COMPARED = re.compile(r"(?:较|比|同比|环比|与|和|跟|相比|超过|高于|低于)$")


def _periods(text: str, end: int | None = None) -> list[tuple[str, int]]:
    """(period, offset) of the quarters and halves a text names before `end`, "1" for 一季度, "上" for 上半年;
    those a figure is compared with left out."""
    out = []
    for m in _PERIOD.finditer(text, 0, len(text) if end is None else end):
        if _COMPARED.search(text, max(0, m.start() - 2), m.start()):
            continue
        q = m.group(1) or m.group(2)
        out.append((_QUARTER.get(q, q) if q else m.group(3), m.start()))
    return out


def other_period(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A figure asked of a quarter or a half of a year ("一季度进出口多少"), and the period printed last before the
    answer's figure is another of the same kind ("二季度进出口986.1亿元,…,较一季度加快"), the one asked not
    printed in the figure's clause: the figure is the other period's. A period the figure is compared with
    ("较一季度") is not the figure's."""
    if info.qtype != "number":
        return ""
    asked = {p for p, _ in _periods(info.text)}
    if not asked:
        return ""
    f = best.sentence.folded
    before = _periods(f, best.start)
    if not before:
        return ""
    clause = clause_start(f, best.start, VALUE_END)
    if any(p in asked and at >= clause for p, at in before):
        return ""
    last = before[-1][0]
    same_kind = {p for p in asked if p.isdigit() == last.isdigit()}
    return "decline:year" if same_kind and last not in same_kind else ""


def other_owner(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A how-much question asks the figure of a noun ("有多少|现金") and the answer's figure
    qualifies another noun right after it ("价值1万多元|的相机"), the asked noun not said in the figure's clause
    before it nor in the phrase after 的 (not even one character of it: "投资100亿元的项目" may answer 总投资): the
    figure is the other thing's ("decline:measure")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    f = best.sentence.folded
    after = _QUALIFIED.match(f, best.end)
    if after is None:
        return ""
    # the noun after the question word ("多少|现金"): one before it may be whom the figure describes ("伤者几岁" ↔
    # "34岁的她")
    right = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    noun = right[0] if right else ("", "")
    if len(noun[0]) < 2 or noun[1][:1] != "n" or any(c.isdigit() for c in noun[0]) \
            or noun[0] in MEASURED or noun[0] in _DIMENSIONS or (right[1:2] and right[1][0] == "的"):
        # "多长|时间", "多少|比例的股权" ask a dimension, not a thing: "半个小时的|庭审过程" may measure the
        # thing asked
        return ""
    said = f[clause_start(f, best.start, VALUE_END):best.start] + after.group(1)
    return "" if any(c in said for c in noun[0]) else "decline:measure"


_DIMENSIONS = ("时间", "钱", "金额", "数额", "数量", "人数", "费用", "价钱", "比例")
# The noun a figure qualifies: "1万多元|的相机", up to the clause's end.
_QUALIFIED = re.compile(r"的([^\W\d_]{1,8})")


def other_place_attached(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A figure asked of a place ("泉州市区的平均雨量是多少") that the answer's sentence never names, and the
    figure's clause, before it, names another place right before the words asked ("晋江|平均雨量达243毫米"): the
    figure is the other place's ("decline:place")."""
    if info.qtype != "number" or around.tag is None:
        return ""
    q = without_wh(info)
    asked = [name for kind, name, _ in names_in(q, around) if kind == "place"]
    f = best.sentence.folded
    if not asked or any(names_held(name, f) for name in asked):
        return ""
    start = clause_start(f, best.start, VALUE_END)
    for kind, name, at in names_in(f[start:best.start], around):
        if kind != "place" or names_held(name, q) or any(names_held(a, name) for a in asked):
            continue
        rest = f[start + at + len(name):best.start].lstrip("的")
        if len(rest) >= 2 and rest[:2] in q:
            return "decline:place"
    return ""


def other_title_edition(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question names an edition of a paper ("《欧洲时报》法国版") that the answer's sentence does not print,
    and the sentence prints that paper with another edition ("《欧洲时报》英国版于…创刊"): the date, figure or
    name is the other edition's ("decline:other")."""
    f = best.sentence.folded
    for m in _TITLE_EDITION.finditer(info.text):
        title, edition = m.groups()
        if edition + "版" in f:
            continue
        if any(o.group(2) != edition for o in _TITLE_EDITION.finditer(f) if o.group(1) == title):
            return "decline:other"
    return ""


_TITLE_EDITION = re.compile(r"《([^《》]{2,30})》([^\W\d_]{1,4}?)版")


def other_kind_counted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A count asked of a kind of a noun ("多少宗|流感|个案", "多少名|女性|员工") whose kind the answer's sentence
    and the text before it never name, and the answer's figure counts a noun phrase sharing no character with
    that kind ("16,953宗|新型肺炎确诊"), or the answer's article never names the kind: it counts another kind, or
    the whole ("decline:subject")."""
    if info.qtype != "number" or not info.unit or around.tag is None:
        return ""
    words = [(w, flag) for w, flag in around.tag(info.right) if w.strip()]
    if len(words) < 2 or words[0][1] != "n" or words[1][1] != "n" or len(words[0][0]) < 2:
        return ""
    kind = words[0][0]
    f = best.sentence.folded
    if kind in f or kind in around.near:
        return ""
    if around.article and kind not in around.article:
        return "decline:subject"  # a headline's "新增16,953宗确诊" where no 流感 is named at all
    counted = ""
    for w, flag in around.tag(f[best.end:best.end + 8]):
        if flag[:1] != "n" and flag != "b":
            break
        counted += w
    return "decline:subject" if len(counted) >= 2 and not any(c in counted for c in kind) else ""


def other_person_attached(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """The question asks what is a person's ("高行健的|新书") and the answer's sentence never names that person,
    while the answer's clause names another person and then says the thing is theirs ("作家廖亦武…推销|他的|法文版
    新书《子弹鸦片》"): the answer is the other one's, whoever the headline or the text before names
    ("decline:subject"). Who-questions are exempt: their answer is a person other than the one named."""
    if info.qtype == "who" or around.tag is None:
        return ""
    q = without_wh(info)
    asked = [name for kind, name, at in names_in(q, around) if kind == "person" and q.startswith("的", at + len(name))]
    f = best.sentence.folded
    if not asked or any(names_held(name, f) for name in asked):
        return ""
    start = clause_start(f, best.start, VALUE_END)
    for kind, name, at in names_in(f[start:best.start], around):
        if kind == "person" and not names_held(name, q) and _HIS.search(f, start + at + len(name), best.start):
            return "decline:subject"
    return ""


# "廖亦武…推销|他的|法文版新书": the thing is that person's (not 其中, 其他, 尤其)
_HIS = re.compile(r"他的|她的|(?<![尤极与])其(?![中他它余实次间])")


_LISTED = frozenset("、和及与")  # what joins the last item of a list to the one before it


def other_place_before_figure(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """A figure asked of a place ("陕西省的…百强示范社一共有多少家") printed right after another place, nothing
    between ("…名单,渭南市13家农民专业合作社首次入围"): a place run into a figure says whose count it is — the other
    place's ("decline:place"), though the sentence names the asked one elsewhere."""
    if info.qtype != "number" or around.tag is None:
        return ""
    asked = [name for kind, name, _ in names_in(without_wh(info), around) if kind == "place"]
    if not asked:
        return ""
    f = best.sentence.folded
    digit = re.search(r"\d", f[best.start:best.end])
    if digit is None:
        return ""
    at = best.start + digit.start()
    start = clause_start(f, best.start, VALUE_END)
    for kind, name, k in names_in(f[start:best.end], around):
        # (the asked place's own forms aside: "渭南" asked, "渭南市" printed — not a province holding the city; nor
        # the last of a list the figure counts: "辗转于大连、秦皇岛和天津|3个城市")
        if kind == "place" and start + k + len(name) == at and not names_held(name, info.text) \
                and not any(a.rstrip("省市县区") in name for a in asked) \
                and f[max(0, start + k - 2):start + k][-1:] not in _LISTED and f[start + k - 2:start + k] != "以及":
            return "decline:place"
    return ""
