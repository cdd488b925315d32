"""What the bot says: answers, declines, sources, /start, /help and /stats as HTML messages."""

from __future__ import annotations

from qa.render import reply_parts
from qa.session import Reply
from qa.types import Corpus

from .format import Span, lines, render
from .inbox import INBOX, Page
from .querylog import Summary

EXPIRED = "这个按钮已过期，请重新提问。"
SORRY = "抱歉，处理你的消息时出了点问题，请稍后再试。"
NOT_ADMIN = "只有管理员可以使用这个命令。"
ASK_USAGE = "用法：/ask 你的问题，例如 /ask {example}"
UNKNOWN_COMMAND = "不认识这个命令。发送 /help 查看可用的命令。"
ADD_USAGE = ("用法：/add 后面换行贴上一版报纸的全文（标题、作者、正文各占一行）；"
             "也可以直接发送 .txt、.md 或 .jsonl 文件。")
NO_INBOX = "语料里没有文件夹（corpus.paths 只有文件），没有地方保存新的报纸。"

# (command, description) as registered with set_my_commands; admin commands are listed too (they refuse others).
COMMANDS = (
    ("start", "介绍：我读过什么，可以怎么问"),
    ("help", "使用说明"),
    ("ask", "提问，例如 /ask 会议在哪里召开？"),
    ("more", "上一个问题的更多答案"),
    ("source", "上一个答案的原文"),
    ("stats", "（管理员）使用统计"),
    ("reload", "（管理员）重新读取语料"),
    ("add", "（管理员）添加一版报纸：/add 加全文，或直接发送 .txt/.md/.jsonl 文件"),
    ("remove", "（管理员）移除收件箱里的一个文件：/remove 文件名"),
)


def reply(turn: Reply) -> list[str]:
    """A conversation turn as `qa.render.reply_parts` says it: the short answer in bold, the supporting sentence
    (answer underlined), the source and any carried-over note in italics; a decline also echoes the question."""
    parts = reply_parts(turn)
    note = Span(parts.note, "i") if parts.note else None
    if parts.answer is None:
        ans = turn.answer
        asked = Span(f"问题：{ans.question}", "i") if ans is not None and ans.declined and ans.question else None
        return render(lines(note, parts.text, asked))
    head = [Span("另一个答案：")] if turn.kind == "more" else []
    sentence = None
    if parts.sentence is not None:
        before, mid, after = parts.sentence
        sentence = [Span(before), Span(mid, "u"), Span(after)]
    return render(lines(note, head + [Span(parts.answer, "b")], sentence,
                        Span(parts.source, "i") if parts.source else None))


def plain(text: str) -> list[str]:
    return render([Span(text)])


def start(corpus: Corpus, examples: list[str], username: str) -> list[str]:
    heads = [a.headline for a in corpus.articles if a.headline][:5]
    known = f"我读过 {len(corpus.articles)} 篇报道（{len(corpus.sentences)} 个句子），可以回答其中的事实问题。"
    return render(lines(
        Span("你好！", "b"), known,
        [Span("报道包括：")] + [Span(f"\n• 《{h}》") for h in heads] if heads else None,
        [Span("可以这样问：", "b")] + [Span(f"\n• {q}") for q in examples] if examples else None,
        f"私聊直接发问题即可；在群里请用 /ask 问题 或 @{username} 问题。发送 /help 查看全部命令。",
    ))


def help_text(username: str, example: str) -> list[str]:
    return render(lines(
        Span("怎么用", "b"),
        f"私聊：直接发送问题，例如：{example}",
        f"群聊：/ask {example} 或 @{username} {example}",
        "每个答案下面有 [更多答案] 和 [查看原文] 两个按钮；也可以发送 /more、/source，或直接说“更多”“原文呢？”。",
        [Span("命令", "b")] + [Span(f"\n/{name} — {desc}") for name, desc in COMMANDS],
        "管理员可以直接发送报纸文件（.txt、.md、.jsonl）或 /add 全文，机器人会读入、建索引，并说明读到了什么。",
    ))


def stats(summary: Summary, sessions: int, articles: int, sentences: int) -> list[str]:
    if not summary.questions:
        body = "还没有人提问。"
    else:
        body = (f"问题 {summary.questions} 个，来自 {summary.chats} 个会话；未找到答案 {summary.declined} 个"
                f"（{summary.decline_rate:.0%}）。\n"
                f"耗时 p50 {summary.p50_ms:.1f} ms，p90 {summary.p90_ms:.1f} ms，p99 {summary.p99_ms:.1f} ms。")
    return render(lines(Span("使用统计", "b"), body,
                        f"当前会话 {sessions} 个；语料 {articles} 篇报道、{sentences} 个句子。"))


# ---------------------------------------------------------------- pages sent by admins

_SHOWN = 10  # articles and warnings listed in a page report; the rest are counted


def too_big(size: int, limit: int) -> str:
    return f"文件太大：{size:,} 字节，上限 {limit:,} 字节（bot.max_upload_bytes）"


def upload_refused(why: str) -> str:
    return f"没有收下：{why}。"


def unreadable(name: str, why: str) -> str:
    return f"读不了 {name}：{why}。语料没有任何改动。"


def page_report(page: Page, replaced: bool, articles: int, sentences: int) -> list[str]:
    """What was understood of a page: its articles (headline, byline, date), and the loader's warnings."""
    arts = page.articles
    head = f"已收下 {page.name}" + ("（替换了同名文件）" if replaced else "") + f"：{len(arts)} 篇报道。"
    items = []
    for a in arts[:_SHOWN]:
        who = a.byline.text or "、".join(a.credit.names) or "无署名"
        items.append(Span(f"\n• 《{a.headline or '无标题'}》 {who}" + (f" — {a.date}" if a.date else "")))
    if len(arts) > _SHOWN:
        items.append(Span(f"\n… 另有 {len(arts) - _SHOWN} 篇"))
    dates = sorted({a.date for a in arts if a.date})
    warned = None
    if page.warnings:
        warned = [Span(f"提示（{len(page.warnings)}）：", "b")] + [Span(f"\n• {w}") for w in page.warnings[:_SHOWN]]
    return render(lines(
        Span(head, "b"), items,
        f"日期：{'、'.join(dates)}" if dates else "日期：未注明",
        warned,
        f"已建索引，现在共 {articles} 篇报道、{sentences} 个句子，可以直接提问。",
    ))


def remove_usage(names: list[str]) -> list[str]:
    shown = [Span(f"\n• {n}") for n in names[:50]] if names else [Span("\n（收件箱是空的）")]
    return render(lines("用法：/remove 文件名（只能移除收件箱里的文件）", [Span("收件箱：", "b")] + shown))


def removed(name: str, articles: int, sentences: int) -> str:
    return (f"已移除 {INBOX}/{name}（移到 {INBOX}/.retired/，不再用来回答）。"
            f"现在共 {articles} 篇报道、{sentences} 个句子。")
