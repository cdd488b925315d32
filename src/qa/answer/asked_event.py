"""The day of the event asked, not of another event of the same story. "刘泽民是哪一天逝世的" ↛ "3月1日,…刘泽民同志遗体
告别仪式在太原举行" (the funeral's day) but ↔ the next sentence's "…因病于2017年2月27日7时50分逝世"; "仰光华助中心成立于
哪一年" ↛ "…报告了“仰光互助中心2017年工作总结…”" (no founding told at all). A news story tells several happenings of one
subject, each with its day, and the question's words (the subject, the place) fit all of them; what tells them
apart is the event's verb. A when-question whose event is one of a few kinds news dates (a death, a birth, a
founding, a signing, a start) is answered by a time whose sentence tells that kind of event: the best such time of
the candidates (the question's words may fit another sentence better), else nothing — the papers do not say when.

Only the kinds below, each with the words that tell it: a verb of another kind, or none, tells another event.
Light verbs of meetings (举行, 召开, 举办) are not read: a sentence tells a meeting's day with any of them, or with
its name alone ("3月5日,十四届全国人大四次会议…")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo

# each kind of event: the words (folded, simplified) that ask it, and the further ones that tell it in a sentence
# ("…直至1588年死去", "建于1998年", "2008年12月新开的…博物馆", "…组成北德意志邦联"): read loosely, they keep the
# best time; another time is moved first only for an asking word. Not asking: 生于 (the 发生于 of "发生于哪一年",
# the 学生于 of "学生于哪一年"), 诞生 (a name's, a saying's: "这个名称于何年诞生" ↔ "…更名为…"), 成军 (DRCD:
# "…举行交接签字仪式").
_KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("逝世", "去世", "病逝", "过世", "辞世", "离世", "病故", "谢世", "死去", "死亡", "身故"),
     ("死", "殁", "卒", "亡")),
    (("出生",), ("生", "诞")),
    (("成立", "创立", "创办", "创建", "建立", "设立", "组建", "创刊", "建校"), ("建", "创", "组", "开", "成", "设")),
    (("签署", "签订", "签约", "签字", "缔结"), ("签",)),
)


# a life's span in brackets after the name ("松平康忠(1546年-1618年9月28日)是…"): it tells the birth and the death
_LIFESPAN = re.compile(r"[(（]\s*[^()（）]{0,8}\d{1,4}年[^()（）]{0,10}[-－—–~～至]\s*[^()（）]{0,8}\d{1,4}年")
_LIFE = (0, 1)  # the kinds a life's span tells


def asked_event_kind(info: QuestionInfo) -> int | None:
    """The one kind of event (its index in _KINDS) a when-question asks the time of (None for none or two:
    "出生…去世" asks neither alone)."""
    if info.qtype != "when":
        return None
    asked = [k for k, (asking, _) in enumerate(_KINDS) if any(w in info.text for w in asking)]
    return asked[0] if len(asked) == 1 else None


def tells_event(kind: int, folded: str, loosely: bool = False) -> bool:
    """Whether a sentence tells an event of this kind: prints one of its asking words or a life's span (`loosely`:
    or one of its telling words)."""
    asking, telling = _KINDS[kind]
    return any(w in folded for w in asking + (telling if loosely else ())) \
        or (kind in _LIFE and _LIFESPAN.search(folded) is not None)


def asked_event_first(kept: Sequence[Candidate], info: QuestionInfo) -> tuple[list[Candidate], int | None]:
    """`kept` with, for a when-question asking one kind of event, the first time whose sentence tells that kind
    moved first when the best one's sentence tells nothing like it (not even loosely: "议会大厦建于1998年" for
    建立 stands); and the kind when no time's sentence tells it, else None (the answer would date another event
    unless a sentence beside tells it: compose reads them with `tells_event`)."""
    kept = list(kept)
    kind = asked_event_kind(info)
    if kind is None or not kept or kept[0].type != "time" or tells_event(kind, kept[0].sentence.folded, True):
        return kept, None
    told = next((c for c in kept[1:] if c.type == "time" and tells_event(kind, c.sentence.folded)), None)
    return (kept, kind) if told is None else (to_front(kept, told), None)
