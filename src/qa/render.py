"""Answer → what people read: plain text (terminal, pipes) and the JSON record of `qa ask --json`."""

from __future__ import annotations

from .types import Answer, Article, Hit


def source_line(article: Article | None) -> str:
    """"《headline》 浙江日报记者 余勤 陆乐 — seeds/000.txt"."""
    if article is None:
        return ""
    parts = [f"《{article.headline}》" if article.headline else "（无标题）"]
    if article.byline.text:
        parts.append(article.byline.text)
    elif article.credit.text:
        parts.append(article.credit.text)
    return " ".join(parts) + f" — {article.file}"


def answer_text(answer: Answer) -> str:
    """Plain text: the short answer, the supporting sentence, the source."""
    if answer.declined:
        lines = [answer.message or "资料中没有找到相关内容。"]
        return "\n".join(lines)
    lines = [f"答：{answer.text}"]
    if answer.sentence is not None and answer.sentence.text != answer.text:
        lines.append(f"原文：{answer.sentence.text}")
    src = source_line(answer.article)
    if src:
        lines.append(f"出处：{src}")
    return "\n".join(lines)


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
    if answer.sentence is not None and not answer.declined:
        out["sentence"] = answer.sentence.text
        out["span"] = list(answer.span) if answer.span else None
    return out
