"""What-questions that ask for a thing of a named kind: "…實行什麼政治?", "…產生什麼氣體?", "以什麼為重心?".
The kind noun after 什么/甚么 says the answer is a name or a noun phrase of that kind (蒙漢兩元政治, 二氧化碳),
so where no generator proposed a span, the sentence's noun run the question does not echo answers it (gap.py),
not the whole sentence.

Not for what is told by a clause: an abstract kind (意義, 目的, 作用, 情況, 方式 …), what happened or was done
(什么事, 什么动作, 做什么), what was said (说了什么), nor a question whose 什么 closes it with no kind after it."""

from __future__ import annotations

import re

from ..lexicon import ABSTRACT_NOUNS
from .question import QuestionInfo

# 什么 (甚么) + an optional 样(的), or 何 (何种; not 为何, 如何, 因何 …), + the kind noun: characters that
# are no particle or punctuation
_KIND = re.compile(r"(?:[什甚]么(?:样的?)?|(?<![为如任几因由从缘])何种?)([^\W\d_的了呢吗啊]{1,4})")
# kinds told by a clause or a deed: what happened, an action, a change, a way, a thing said, a state
# (an event's name, 什么事件, is a name: "由於什麼事件" → 內戰)
_CLAUSE_KINDS = re.compile(r"^(?:事(?!件)|动作|举[动措]|行动|活动|变[化故]|[改转]变|处[理罚]|话|样子|地步|程度|"
                           r"条件|[好坏]处|问题|困扰|措施|手段|办法|角度|决定|判决|后果|[伤危]害|奖励|先例|场合|水平|罪|不同|注意)")
# a post held ("担任什么职务"): told with its when and where, the clause of the appointment
_POSTS = re.compile(r"^(?:职[务位业]?|官职|工作)")
# 什么 followed by a verb or a function word ("以什么为食", "以什么而著称", "凭借什么能"): no kind is named
_NO_NOUN = re.compile(r"^[为是而来去作能被会可让使把将与和在对都也就才又还到用做了着过]")
# 什么 read as "when"/"where"/"why" (什么时候, 什么地方, 什么原因): other rules answer those
_NOT_KIND = re.compile(r"^(?:时|地|处|原因|缘故|者|以|在|故|谓|况|必|尝|妨|曾|等)")

# what precedes a 什么样 that asks to describe: a copula or a measure word ("是一支什么样的", "一个什么样的")
_DESCRIBED = re.compile(r"(?:是|[一这那][个支种位家])$")
# the question closes asking what a thing is called: "又称什么?", "称为什么?", "名为什么?", "叫做什么?" (a bare
# 叫什么 asks a person's or a project's name as well, which the typed rules answer, names in Latin letters too)
_NAME_CALLED = re.compile(r"(?:称|名|叫)[为作做](?:什么|甚么)[?？]?$|称(?:什么|甚么)[?？]?$")
_REST = re.compile(r"[^,，。?？!！;；]{0,6}")


def asks_kind(info: QuestionInfo) -> bool:
    """The question asks for one thing of the kind named after its 什么, which a noun run can answer."""
    if info.qtype not in ("what", "other"):
        return False
    if _NAME_CALLED.search(info.text):
        return True  # "…又稱什麼?", "…的酶稱為什麼?": a name is asked
    m = _KIND.search(info.text)
    if m is None:
        return False
    kind = m.group(1)
    if info.text[m.start() - 1:m.start()] in ("被", "由") and m.start() > 0:
        return False  # "被什么取代", "由什么支撑": the agent of a passive, and the verb follows, no kind
    if "样" in m.group(0) and (m.start() == 0 or _DESCRIBED.search(info.text, 0, m.start())):
        return False  # "…是一支什么样的部队?", "什么样的X才可以…": a description or a condition, told by a clause
    # "起到了什么开创性的作用": the kind is the noun the modifiers lead to, up to the clause's end
    rest = _REST.match(info.text, m.start(1))
    return not (_CLAUSE_KINDS.match(kind) or _NOT_KIND.match(kind) or _POSTS.match(kind) or _NO_NOUN.match(kind)
                or ABSTRACT_NOUNS.search(rest.group(0) if rest else kind))


# a title or a quoted name ("《奔跑吧兄弟》") right after the asked kind's noun, or after its copula
_NAMED = re.compile(r"\s?(?:[为是叫称]|称为|名为)?[:：]?\s?([《「“『][^《》「」“”『』]{1,30}[》」”』])")


def kind_named(folded: str, info: QuestionInfo) -> tuple[int, int] | None:
    """[start, end) of the title or quoted name that follows the kind noun a 什么 question asks for ("参加什么综艺
    节目" ↔ "参加综艺节目《奔跑吧兄弟》而走红"): the apposition names the thing asked; None when there is none."""
    if not asks_kind(info):
        return None
    m = _KIND.search(info.text)
    kind = m.group(1) if m else ""
    head = kind[-2:] if len(kind) >= 2 else kind
    at = folded.find(head) if head else -1
    while at >= 0:
        named = _NAMED.match(folded, at + len(head))
        if named:
            return named.start(1), named.end(1)
        at = folded.find(head, at + 1)
    return None
