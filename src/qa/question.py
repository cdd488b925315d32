"""Question checks and analysis: is it a usable question, what type of answer does it want, what is its focus."""

from __future__ import annotations

import unicodedata

from .normalize import fold

MAX_QUESTION_CHARS = 500


def clean_question(raw: str) -> tuple[str, str]:
    """(question, problem). `problem` is a plain message when the input cannot be asked, else ""."""
    if raw is None:
        return "", "问题是空的，请输入一个问题。"
    # Control characters (other than spaces) carry no meaning in a question; drop them rather than fail.
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in str(raw))
    text = " ".join(text.split())
    if not text:
        return "", "问题是空的，请输入一个问题。"
    if len(text) > MAX_QUESTION_CHARS:
        return "", f"问题太长了（{len(text)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内。"
    if not any(c.isalnum() for c in text):
        return "", "问题里没有文字，请用中文提问。"
    return text, ""


def qtype(question: str) -> str:
    """A coarse question type; the composer refines this."""
    q = fold(question)
    for name, cues in (
        ("why", ("为什么", "为何", "原因")),
        ("how", ("怎么", "如何", "怎样", "通过什么")),
        ("who", ("谁", "哪位", "什么人")),
        ("when", ("什么时候", "何时", "哪年", "几月", "哪天")),
        ("where", ("哪里", "哪儿", "什么地方", "在哪")),
        ("number", ("多少", "几", "百分之", "占比", "比例")),
        ("list", ("哪些",)),
        ("what", ("什么", "哪个")),
        ("yesno", ("是否", "是不是", "吗")),
    ):
        if any(c in q for c in cues):
            return name
    return "other"
