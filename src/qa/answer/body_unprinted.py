"""The association whose officer a who-question asks, and an answer's article that never prints it.

"瑞典华人工商联合总会会长是谁？" ↛ "…全國人大代表、澳門街坊會聯合總會副會長劉藝良、…澳門歸僑總會會長馮志強…",
"澳門婦女會聯合總會會長是誰？" ↛ "該會會長劉藝良表示，…" (該會: 澳門歸僑總會): the question names the body whose
president, chairman or secretary it asks (…总会, …同乡会, …商会, …协会 会长/理事长/主席), and a report of another
body's gathering prints the same post for its own officers, or for the officers of the dozen bodies it lists. The
post is tied to its body only by the body's name printed where the post is: when neither the answer's sentence, the
text before it nor its article prints the name asked, the answer is another body's officer (`decline:post`, so a
candidate from an article that prints it may still answer).

Only the names of associations are read (their endings are their own: 总会, 同乡会, 联合会, 商会, 协会, 学会,
基金会), of four characters or more, and only when the post follows the name ("X会长", "X的会长"): a government body
is told by short forms too often (市委, 省政府) and already read by `long_name_unprinted` when jieba tags it.

Measured against main b0ddf857: the half-index protocol and CMRC/DRCD in sample unchanged (their who-questions name
no association so); news suites 5278 passed, 0 failed, and two crowded cases now right (澳門廠商聯合會的會長,
澳門歸僑總會會長: 大眾報's "該會會長馮志強", the 南海同鄉會's, no longer taken)."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# an association's name, then the post the question asks of it: "瑞典华人工商联合总会|会长", "澳门厂商联合会|的会长"
_BODY_POST = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:总会|同乡会|联合会|商会|协会|学会|基金会|联谊会|公会))的?"
                        r"(?:常务|执行|名誉|永远)?(?:副)?(?:会长|理事长|监事长|主席|秘书长|理事|监事|总干事)")
_MIN_NAME = 4  # characters: "商会", "总会" alone name no one body


def body_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:post" when a who-question asks an officer of an association named in it (X会长是谁) and neither the
    answer's sentence, the text before it nor its article prints that name; "" otherwise."""
    if info.qtype != "who" or not around.article or best.type == "byline":
        return ""
    text = around.with_sentence(best.sentence.folded)
    return "decline:post" if body_missing(info.text, text) else ""


def body_missing(question: str, text: str) -> bool:
    """The question (folded) asks an officer of an association (X会长, X的理事长) whose name `text` never prints:
    what `text` says of that post is another body's (the people path reads it for the rows it takes a holder from)."""
    for m in _BODY_POST.finditer(question):
        name = _from_name_start(m.group(1))
        if len(name) >= _MIN_NAME and name not in text:
            return True
    return False


# words that open a question before the body's name: "在…的", "出席…的", "哪位", "谁任", "谁当选": not part of the name
_OPENERS = re.compile(r"^.*(?:[的是在任为和与及、，,谁选])")


def _from_name_start(name: str) -> str:
    """The body's name without the words of the question before it ("出席典礼的|澳门厂商联合会" → its name)."""
    return _OPENERS.sub("", name)
