"""Answer → what people read: plain text (pipes), highlighted text (terminals), the REPL's debug view, and
the JSON record of `qa ask --json`. `Parts` is what a reply says, shared with the bot's HTML.

Colour is plain ANSI SGR codes and only ever added when the caller says `color=True` (a terminal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .answer import DECLINE as DECLINED  # the composer's wording, for answers that carry no message
from .dates import chinese_date
from .types import Answer, Article, Hit

# ANSI SGR: bold yellow for the answer span, dim for the source line and debug scores.
_SPAN, _DIM, _BOLD, _RESET = "\033[1;33m", "\033[2m", "\033[1m", "\033[0m"



def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color and text else text


def _split(text: str, span: tuple[int, int] | None) -> tuple[str, str, str]:
    """(before, text[span], after); the middle is empty without a usable span."""
    if span is None:
        return text, "", ""
    start, end = max(0, span[0]), min(len(text), span[1])
    if start >= end:
        return text, "", ""
    return text[:start], text[start:end], text[end:]


def highlight(text: str, span: tuple[int, int] | None, color: bool = True) -> str:
    """`text` with text[span] highlighted (unchanged without colour or a usable span)."""
    before, mid, after = _split(text, span)
    return before + _paint(mid, _SPAN, color) + after


def source_line(article: Article | None) -> str:
    """"《headline》 浙江日报记者 余勤 陆乐 — seeds/000.txt", or with what the page says of itself:
    "《标题》 本报记者 X — 人民日报 2021年3月2日 第4版" (the paper instead of the file; no date when none)."""
    if article is None:
        return ""
    parts = [f"《{article.headline}》" if article.headline else "（无标题）"]
    if article.byline.text:
        parts.append(article.byline.text)
    elif article.credit.text:
        parts.append(article.credit.text)
    elif article.dateline is not None and article.dateline.text:
        parts.append(article.dateline.text)  # wire copy: "新华社北京3月14日电" says who sent it
    where = [article.source or article.file]
    if article.date:
        where.append(chinese_date(article.date) or article.date)
    if article.page:
        where.append(f"第{article.page}版" if article.page[:1].isdigit() else f"{article.page}版")
    return " ".join(parts) + " — " + " ".join(where)


@dataclass(frozen=True)
class Parts:
    """What a reply says, before styling: terminals (here) and the Telegram bot dress the same parts.

    answer is None for a reply that is only `text` (a decline, a follow-up's text); otherwise the short answer,
    the supporting sentence as (before, answer span, after) when it says more than the answer, and the source.
    """

    text: str = ""
    answer: str | None = None
    sentence: tuple[str, str, str] | None = None
    source: str = ""
    note: str = ""  # （按“…”理解） when the question borrowed an earlier question's topic


def answer_parts(answer: Answer) -> Parts:
    if answer.declined:
        return Parts(text=answer.message or DECLINED)
    sentence = None
    if answer.sentence is not None and answer.sentence.text != answer.text:
        sentence = _split(answer.sentence.text, answer.span)
    return Parts(answer=answer.shown or answer.text, sentence=sentence, source=source_line(answer.article))


def reply_parts(reply) -> Parts:
    """The parts of a conversation turn (`qa.session.Reply`): an answer, or the text of a follow-up."""
    if reply.answer is None or reply.kind not in ("answer", "more", "invalid"):
        return Parts(text=reply.text)
    parts = answer_parts(reply.answer)
    if reply.kind == "answer" and reply.carried:
        parts = replace(parts, note=f"（按“{reply.question}”理解）")
    return parts


def _parts_text(parts: Parts, color: bool) -> str:
    lines = [_paint(parts.note, _DIM, color)] if parts.note else []
    if parts.answer is None:
        lines.append(parts.text)
    else:
        lines.append(f"答：{_paint(parts.answer, _SPAN, color)}")
        if parts.sentence is not None:
            before, mid, after = parts.sentence
            lines.append(f"原文：{before}{_paint(mid, _SPAN, color)}{after}")
        if parts.source:
            lines.append(f"出处：{_paint(parts.source, _DIM, color)}")
    return "\n".join(lines)


def answer_text(answer: Answer, color: bool = False) -> str:
    """The short answer, the supporting sentence (its span highlighted when `color`), the source."""
    return _parts_text(answer_parts(answer), color)


def reply_text(reply, color: bool = False) -> str:
    """What a conversation turn (`qa.session.Reply`) shows: an answer, or the text of a follow-up."""
    if reply.kind == "source" and color:
        head, _, rest = reply.text.partition("\n")
        return head + ("\n" + _paint(rest, _DIM, True) if rest else "")
    return _parts_text(reply_parts(reply), color)


def debug_text(answer: Answer, tokens: list[str], timings: dict[str, float] | None = None,
               articles: dict[str, Article] | None = None, color: bool = False) -> str:
    """The REPL's debug view: question type, tokens, evidence with scores, candidates, the rule, timings."""
    articles = articles or {}
    lines = [
        f"qtype: {answer.qtype}   rule: {answer.rule}   confidence: {answer.confidence:.3f}"
        + ("   declined" if answer.declined else ""),
        f"tokens: {' / '.join(tokens) if tokens else '（无）'}",
    ]
    if answer.span is not None and answer.sentence is not None:
        lines.append(f"answer: {answer.text!r} at {answer.span[0]}–{answer.span[1]} of {answer.sentence.id}")
    lines.append(f"evidence ({len(answer.evidence)}):")
    for i, hit in enumerate(answer.evidence, 1):
        article = articles.get(hit.sentence.article_id)
        title = f" 《{_clip(article.headline, 20)}》" if article else ""
        lines.append(f"  {i}. {_paint(f'{hit.score:8.3f}', _DIM, color)} [{hit.sentence.kind}]{title} "
                     f"{_clip(hit.sentence.text, 60)}")
    lines.append(f"candidates ({len(answer.alternatives) + (0 if answer.declined else 1)}):")
    if not answer.declined:
        lines.append(f"  * {_clip(answer.text, 30)!r}  rule={answer.rule}  (chosen)")
    for cand in answer.alternatives:
        lines.append(f"  - {_clip(cand.text, 30)!r}  {cand.type}  score={cand.score:.3f}  rule={cand.rule}")
    if timings:
        lines.append("timings: " + "  ".join(f"{k} {v * 1000:.1f} ms" for k, v in timings.items()))
    return "\n".join(lines)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def hit_json(hit: Hit, titles: dict[str, Article]) -> dict:
    article = titles.get(hit.sentence.article_id)
    return {
        "text": hit.sentence.text,
        "title": article.headline if article else "",
        "file": article.file if article else "",
        "sentence_id": hit.sentence.id,
        "score": round(hit.score, 6),
    }


def answer_json(answer: Answer, articles: dict[str, Article], qid=None) -> dict:
    """The JSON record of `qa ask --json` / `--jsonl` (a contract: fields are only ever added)."""
    out = {} if qid is None else {"id": qid}
    out.update({
        "question": answer.question,
        "answer": "" if answer.declined else answer.text,
        "declined": answer.declined,
        "qtype": answer.qtype,
        "confidence": round(float(answer.confidence), 4),
        "evidence": [hit_json(h, articles) for h in answer.evidence],
        "rule": answer.rule,
    })
    if answer.message:
        out["message"] = answer.message
    if answer.date and not answer.declined:  # a when-answer read against its page's date
        out["shown"], out["date"] = answer.shown, answer.date
    if answer.sentence is not None and not answer.declined:
        out["sentence"] = answer.sentence.text
        out["span"] = list(answer.span) if answer.span else None
    return out
