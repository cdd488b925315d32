"""Conversations: follow-ups ("更多", "原文呢？") and topic carry-over, adapter-free.

(First cut: the conversation-layer issue completes carry-over and the bounded session store.)
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from dataclasses import dataclass, replace

from .config import SessionConfig
from .types import Answer

MORE = ("更多", "还有呢", "还有吗", "下一个", "more", "next")
SOURCE = ("来源", "出处", "原文", "source")
DETAIL = ("详细", "展开", "detail")


@dataclass(frozen=True)
class Reply:
    """What one turn produced.

    kind: answer | more | source | detail | nothing | invalid.
    answer: the Answer shown (for "more", the next alternative made into an Answer); None for source/detail.
    text: plain text for source/detail/nothing replies (the paragraph, headline, byline, file).
    question: the question actually asked after carry-over ("" for follow-ups).
    """

    kind: str
    answer: Answer | None = None
    text: str = ""
    question: str = ""


class Conversation:
    def __init__(self, engine, config: SessionConfig | None = None):
        self.engine = engine
        self.config = config or engine.config.session
        self.turns: deque[Reply] = deque(maxlen=self.config.max_turns)
        self.last_answer: Answer | None = None
        self._shown = 0  # alternatives already shown for last_answer
        self.touched = time.monotonic()

    def handle(self, text: str) -> Reply:
        self.touched = time.monotonic()
        key = text.strip().rstrip("？?！!。.").lower()
        if key.endswith("呢") and key[:-1] in SOURCE + DETAIL:
            key = key[:-1]
        if key in MORE:
            reply = self.more()
        elif key in SOURCE:
            reply = self.source()
        elif key in DETAIL:
            reply = self.detail()
        else:
            answer = self.engine.ask(text)
            if not answer.declined:
                self.last_answer, self._shown = answer, 0
            reply = Reply("invalid" if answer.qtype == "invalid" else "answer", answer, question=text)
        self.turns.append(reply)
        return reply

    def more(self) -> Reply:
        last = self.last_answer
        if last is None or self._shown >= len(last.alternatives):
            return Reply("nothing", text="没有更多答案了。")
        cand = last.alternatives[self._shown]
        self._shown += 1
        article = self.engine.corpus.article(cand.sentence.article_id)
        alt = replace(last, text=cand.text, sentence=cand.sentence, span=(cand.start, cand.end), article=article,
                      confidence=min(last.confidence, cand.score), rule=cand.rule, alternatives=())
        return Reply("more", alt)

    def source(self) -> Reply:
        last = self.last_answer
        if last is None or last.sentence is None:
            return Reply("nothing", text="还没有可以查看原文的答案。")
        article = last.article or self.engine.corpus.article(last.sentence.article_id)
        para = article.paragraphs[last.sentence.paragraph]
        byline = article.byline.text or article.credit.text
        lines = [para.text, f"——《{article.headline}》" + (f" {byline}" if byline else ""), article.file]
        return Reply("source", text="\n".join(lines))

    def detail(self) -> Reply:
        last = self.last_answer
        if last is None or last.sentence is None:
            return Reply("nothing", text="还没有可以展开的答案。")
        article = last.article or self.engine.corpus.article(last.sentence.article_id)
        i = last.sentence.paragraph
        paras = [p.text for p in article.paragraphs[max(0, i - 1):i + 2] if p.kind == "body"]
        return Reply("detail", text="\n\n".join(paras))


class Sessions:
    """Conversations by key (a chat id), bounded: least recently used beyond max_sessions, idle ones expire."""

    def __init__(self, engine, config: SessionConfig | None = None):
        self.engine = engine
        self.config = config or engine.config.session
        self._items: OrderedDict = OrderedDict()

    def get(self, key) -> Conversation:
        now = time.monotonic()
        conv = self._items.pop(key, None)
        if conv is None or now - conv.touched > self.config.idle_seconds:
            conv = Conversation(self.engine, self.config)
        self._items[key] = conv
        while len(self._items) > self.config.max_sessions:
            self._items.popitem(last=False)
        return conv

    def __len__(self) -> int:
        return len(self._items)
