"""A term asked to be defined that the answer's sentence never prints.

"百老汇剧院指的是什么", "綠窗口指的是什麼", "台湾电视公司节目列表是什么意思", "什么是自在奥义书": a
sentence that defines the term names it ("百老汇剧院是指…", "…稱為「剩餘權力」"); one retrieved for a part of it
("史都華和方達從百老匯到好萊塢…", "…邊境口岸窗口開展貿易…", "奧義書標誌著吠陀時期的結束") defines nothing asked:
declined (`decline:subject`, so a candidate from a sentence that names the term may still answer).

The term is read as the sentence would print it: the words after its last 的 ("朱棣號稱的|清君側",
"地方所有的|「剩餘權力」"), quotes and brackets dropped on both sides ("一個「狄拉克」單位" is 一个狄拉克单位),
folded like the sentence (繁/简 alike).
Only the question words that ask for a meaning and close the question (指的是什么, 是什么意思) or open it (什么是,
何谓) are read: "X的定义是怎样的" often names the term in a clause ("凯文·帕迪恩对鸟兽脚类做出的定义", printed "将鸟兽
脚类做出定义"), "…提供的什么是很有帮助的" asks no term.

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, main 5125b8a8): 5 answers to absent
questions declined, all wrong, none right lost."""

from __future__ import annotations

import re

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo

# the question words asking what a term means (folded), closing the question ("X指的是什么", "X是什么意思") or
# opening it ("什么是X", "何谓X"): inside it, "…提供的什么是很有帮助的" asks no term
_DEFINING_AFTER = re.compile(r"指的是什么|是什么意思|什么意思|是指什么|指什么|意思是什么")
_DEFINING_BEFORE = re.compile(r"什么是|何谓")
# marks around a term that the sentence may print or leave out: quotes, titles, brackets, spaces, punctuation
_MARKS = re.compile(r"[「」『』“”‘’\"《》〈〉()（）\s,，。?？!！:：;；、]")
_END = re.compile(r"[\s?？。!！]*")


def defined_term(info: QuestionInfo) -> str:
    """The term a question asks to be defined, as its defining sentence would print it ("" when none is asked)."""
    if not info.wh_word:
        return ""
    if _DEFINING_AFTER.fullmatch(info.wh_word) and _END.fullmatch(info.right):
        term = info.left
    elif _DEFINING_BEFORE.fullmatch(info.wh_word) and not info.left.strip():
        term = info.right
    else:
        return ""
    return _MARKS.sub("", term.rstrip("的").split("的")[-1])


def defined_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the term asked to be defined (two characters or more) is printed neither in the answer's
    sentence nor in the text before it; "" otherwise."""
    term = defined_term(info)
    if len(term) < 2:
        return ""
    return "decline:subject" if term not in _MARKS.sub("", best.sentence.folded + around.near) else ""
