"""The school or outlet a named person is a teacher, student or reporter of ("刘利杰是哪所学校的老师", "朱小刚是哪家
媒体的记者", "《坚强的背后》的作者王文静是哪个学校的学生"): 老师, 学生, 记者 are no posts, so `people.find_owner`
(a title chain ending in a post) never reads them. News prints such a person with the body first, then what he
is there, then the name, in one clause: "酒泉体育运动学校语文老师刘利杰说", "科技日报驻海南记者站朱小刚说道", a prize
list's "珊瑚实验小学五年级六班 王文静". The body is the name in the clause right before the person that ends with
a word of the kind asked (学校: 小学, 中学, 大学…; 媒体: 日报, 电视台…), the words after it up to the name short
(a subject, a class, a station: eight characters at most). Not a kind the page prints only inside another word
(松门二小: no word of the kind), nor a body in another clause."""

from __future__ import annotations

import re

_KINDS = {
    "学校": ("学校", "小学", "中学", "大学", "学院", "幼儿园"),
    # (an agency's branch is named with the agency: "中国新闻社青海分社记者潘雨洁")
    "媒体": ("日报", "晚报", "早报", "时报", "报社", "电视台", "广播电台", "通讯社", "新闻社", "分社"),
    "报社": ("日报", "晚报", "早报", "时报", "报社"),
}
_ROLES = ("老师", "教师", "学生", "记者", "编辑")
_QUESTION = re.compile(r"^(?P<x>[^?？]{2,24}?)是哪一?(?:所|个|家|间)(?P<kind>" + "|".join(_KINDS) + r")的"
                       r"(?P<role>[\u4e00-\u9fff]{0,4}(?:" + "|".join(_ROLES) + r"))[?？]?$")
_CLAUSE_OPEN = re.compile(r"[,，。;；:：!！?？“”「」《》、\"]")
_AFTER_BODY = 8  # characters between the body and the name: a subject, a class, a station
_LEAD = re.compile(r"^.*(?:这是|就是|是|据|由)")  # what the clause says before the body ("这是|中国新闻社…")


def asked_role_owner(question: str) -> tuple[str, str]:
    """(the words naming the person, the kind of body asked) of "X是哪所学校的老师"; ("", "") otherwise."""
    m = _QUESTION.match(question.strip())
    return (m.group("x"), m.group("kind")) if m else ("", "")


def names_in(x: str) -> tuple[str, ...]:
    """The person's name as a sentence may print it: the last four, three or two characters of the words before
    是 ("《坚强的背后》的作者王文静" → 王文静 where printed)."""
    x = x.rsplit("的", 1)[-1]
    return tuple(dict.fromkeys(x[-n:] for n in (4, 3, 2) if len(x) >= n))


def body_before(f: str, name: str, kind: str) -> tuple[int, int] | None:
    """Offsets of the body of the kind asked printed in the clause right before `name` (see the module)."""
    at = f.find(name)
    while at > 0:
        opened = max((m.end() for m in _CLAUSE_OPEN.finditer(f, 0, at)), default=0)
        before = f[opened:at]
        ends = [before.rfind(k) + len(k) for k in _KINDS[kind] if k in before]
        end = max(ends, default=-1)
        body = before[:end].strip() if end >= 0 else ""
        lead = _LEAD.match(body)
        body = body[lead.end():] if lead else body
        if end >= 0 and len(before) - end <= _AFTER_BODY and len(body) >= 4:
            start = opened + before.find(body)
            return start, start + len(body)
        at = f.find(name, at + 1)
    return None
