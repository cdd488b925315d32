"""Conversations: follow-ups ("更多", "原文呢？") and topic carry-over, adapter-free.

The REPL and the Telegram bot both hold one `Conversation` per user and call `handle(text)` per message.
A conversation keeps only what follow-ups need: the last answer (its alternatives, sentence and article) and
the current topic — so thousands of them stay small.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, replace

from .answer import clean_question
from .config import SessionConfig
from .lexicon import (
    ADMIN_SUFFIXES,
    ENTITY_TAGS,
    KIND_WORDS,
    ORG_TAG,
    PERSON_TAGS,
    PERSONAL_POINTERS,
    PLACE_TAG,
    POINTERS,
    QUESTION_END,
    QUESTION_WORDS,
)
from .normalize import fold
from .types import Answer, Article, Sentence

MORE = ("更多", "更多答案", "还有", "还有呢", "还有吗", "还有别的吗", "别的", "其他", "下一个", "换一个",
        "more", "next")
SOURCE = ("来源", "出处", "原文", "source")
DETAIL = ("详细", "展开", "详细点", "详细一点", "detail", "details")

NOTHING_MORE = "没有更多答案了。"
NO_ANSWER_YET = "还没有可以{}的答案，请先提一个问题。"

@dataclass(frozen=True)
class Reply:
    """What one turn produced.

    kind: answer | more | source | detail | nothing | invalid.
    answer: the Answer shown (for "more", the next alternative made into an Answer); None for source/detail.
    text: plain text for source/detail/nothing replies (the paragraph, headline, byline, file).
    question: the question actually asked after carry-over ("" for follow-ups).
    carried: True when `question` borrowed the topic of an earlier question.
    """

    kind: str
    answer: Answer | None = None
    text: str = ""
    question: str = ""
    carried: bool = False


class Conversation:
    def __init__(self, engine, config: SessionConfig | None = None, clock=time.monotonic):
        self.engine = engine
        self.config = config or engine.config.session
        self._clock = clock
        self.last_answer: Answer | None = None  # the last question's answer, whose alternatives "更多" walks
        self.shown: Answer | None = None  # the answer shown last (it or an alternative): "原文" is about it
        self.topic = ""  # the current topic as written ("安吉县综治中心"), borrowed by elliptical questions
        self.last_question = ""  # the last effective question, for "那安吉县呢？" substitutions
        self._shown: set[str] = set()  # answer texts already shown for last_answer
        self._next = 0  # index of the next alternative of last_answer
        self.touched = clock()

    def handle(self, text: str) -> Reply:
        self.touched = self._clock()
        key = _followup_key(text)
        if key in MORE:
            return self.more()
        if key in SOURCE:
            return self.source()
        if key in DETAIL:
            return self.detail()
        return self.ask(text)

    def ask(self, text: str) -> Reply:
        """A question (not a follow-up): carry the topic over if it is elliptical, ask, remember the answer."""
        cleaned, problem = clean_question(text)
        if problem:  # bad input leaves the conversation as it was
            return Reply("invalid", self.engine.ask(text), question=text)
        question, carried, guess = resolve(cleaned, self._context(), self.engine.tokenizer,
                                           self.config.carry_max_words)
        answer = self.engine.ask(question)
        if guess and (answer.declined or not self._supports(answer, cleaned)):
            # Few words and no pointer word: borrowing the topic was a guess, kept only when the papers speak
            # of the topic and the question's own words together ("有几个办事窗口？" yes, "谁主持了会议？" and
            # "今天天气怎么样？" no).
            question, carried, answer = cleaned, False, self.engine.ask(cleaned)
        self.last_answer, self.shown, self._next, self._shown = answer, answer, 0, {answer.text}
        self.last_question = question
        self.topic = topic_of(question, self.engine.tokenizer) or self.topic
        return Reply("answer", answer, question=question, carried=carried)

    def more(self) -> Reply:
        """The next of the last answer's ranked alternatives, made into an Answer of its own."""
        last = self.last_answer
        if last is None:
            return Reply("nothing", text=NO_ANSWER_YET.format("换一个"))
        while self._next < len(last.alternatives):
            cand = last.alternatives[self._next]
            self._next += 1
            if cand.text in self._shown:
                continue
            self._shown.add(cand.text)
            alt = replace(last, text=cand.text, sentence=cand.sentence, span=(cand.start, cand.end),
                          article=self._article(cand.sentence.article_id) or last.article,
                          confidence=min(last.confidence, max(0.0, cand.score)), rule=cand.rule,
                          alternatives=(), declined=False, message="")
            self.shown = alt
            return Reply("more", alt)
        return Reply("nothing", text=NOTHING_MORE)

    def _shown_with_article(self, action: str) -> tuple[Sentence, Article] | Reply:
        """The sentence of the answer shown last and its article, or the reply saying there is nothing to
        `action`."""
        last = self.shown
        if last is None or last.sentence is None:
            return Reply("nothing", text=NO_ANSWER_YET.format(action))
        article = last.article or self._article(last.sentence.article_id)
        if article is None:
            return Reply("nothing", text=last.sentence.text)
        return last.sentence, article

    def source(self) -> Reply:
        """The supporting paragraph, with its article's headline, byline and file."""
        shown = self._shown_with_article("查看原文")
        if isinstance(shown, Reply):
            return shown
        sentence, article = shown
        para = _paragraph(article, sentence.paragraph)
        byline = article.byline.text or article.credit.text
        lines = [para or sentence.text, f"——《{article.headline or '无标题'}》" + (f" {byline}" if byline else ""),
                 article.file]
        return Reply("source", text="\n".join(lines))

    def detail(self) -> Reply:
        """The supporting paragraph with its neighbours."""
        shown = self._shown_with_article("展开")
        if isinstance(shown, Reply):
            return shown
        sentence, article = shown
        i = sentence.paragraph
        paras = [p.text for p in article.paragraphs[max(0, i - 1):i + 2] if p.kind == "body"]
        if not paras:
            paras = [p.text for p in article.body[:2]] or [sentence.text]
        return Reply("detail", text="\n\n".join([f"《{article.headline or '无标题'}》", *paras]))

    def _supports(self, answer: Answer, question: str, top: int = 3) -> bool:
        """Do the top evidence sentences of one article hold both a word of the topic and one of the question's?
        A photo credit counts as saying "拍/照片", a byline as "写/记者" (what the index adds for them)."""
        tokenizer = self.engine.tokenizer
        topic = tokenizer.query_tokens(self.topic)
        own = content_words(question, tokenizer)  # empty for "为什么？": then the topic alone must be there
        # one-character words ("有", "上", "水") stand in too many sentences, or inside other words (水 in 水平),
        # to say the papers speak of the question: its longer words must be there when it has any
        own = [w for w in own if len(w) >= 2] or own
        hits = answer.evidence[:top]

        def holds(words: list[str], hit) -> bool:
            return any(w in hit.sentence.folded or w in KIND_WORDS.get(hit.sentence.kind, ()) for w in words)

        for hit in hits:
            if holds(topic, hit):
                same = [h for h in hits if h.sentence.article_id == hit.sentence.article_id]
                if not own or any(holds(own, h) for h in same):
                    return True
        return False

    def _context(self) -> Context:
        last = self.last_answer
        referent = ""
        if last is not None and not last.declined and last.qtype == "who" and 0 < len(last.text) <= 8:
            referent = last.text  # "谁主持了会议？" → "他还说了什么？" is about the person answered
        return Context(self.topic, self.last_question, referent)

    def _article(self, article_id: str):
        try:
            return self.engine.corpus.article(article_id)
        except KeyError:  # the corpus was reloaded without it
            return None


def _paragraph(article, index: int) -> str:
    for p in article.paragraphs:
        if p.index == index:
            return p.text
    return article.paragraphs[index].text if 0 <= index < len(article.paragraphs) else ""


def _followup_key(text: str) -> str:
    """"原文呢？" → "原文", " More! " → "more"; anything else comes back changed but unmatched."""
    key = fold(str(text)).strip().rstrip(QUESTION_END).strip().lower()
    for tail in ("呢", "吗", "please"):
        if key.endswith(tail) and key[: -len(tail)].strip() in SOURCE + DETAIL + MORE:
            return key[: -len(tail)].strip()
    return key


# ---------------------------------------------------------------- carry-over

@dataclass(frozen=True)
class Context:
    topic: str = ""  # the previous topic as written
    question: str = ""  # the previous effective question
    person: str = ""  # the person last answered (for 他/她)


def _words(question: str, tokenizer) -> list[tuple[str, str, int]]:
    """(word as written, jieba tag, offset) of a question; tags come from its folded form (same length)."""
    out, pos = [], 0
    for word, tag in tokenizer.pos(fold(question)):
        out.append((question[pos:pos + len(word)], tag, pos))
        pos += len(word)
    return out


def _is_entity(word: str, tag: str, tokenizer) -> bool:
    if tag == "x":
        return len(word) >= 2 and all(c.isalnum() for c in word)
    return tag in ENTITY_TAGS or fold(word) in tokenizer.names


def _is_nounish(word: str, tag: str, tokenizer) -> bool:
    return _is_entity(word, tag, tokenizer) or (tag.startswith("n") and not any(c in word for c in QUESTION_WORDS))


def topic_of(question: str, tokenizer) -> str:
    """The question's topic as written: its first run of nouns holding a name, place or organisation
    ("安吉县综治中心整合了多少个部门？" → "安吉县综治中心"), else its first run of nouns, else ""."""
    runs: list[list[tuple[str, str]]] = [[]]
    for word, tag, _ in _words(question, tokenizer):
        if _is_nounish(word, tag, tokenizer):
            runs[-1].append((word, tag))
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    for run in runs:
        if any(_is_entity(w, t, tokenizer) for w, t in run):
            return "".join(w for w, _ in run)
    return "".join(w for w, _ in runs[0]) if runs else ""


def content_words(question: str, tokenizer) -> list[str]:
    """The question's search words minus the question words themselves (几个, 多少, 哪里 …)."""
    return [t for t in tokenizer.query_tokens(question) if not any(c in t for c in QUESTION_WORDS)]


def _has_cue(text: str) -> bool:
    return any(c in fold(text) for c in QUESTION_WORDS)


def resolve(question: str, context: Context, tokenizer, max_words: int = 2) -> tuple[str, bool, bool]:
    """(effective question, carried, guess) for a question asked after `context`.

    - "那安吉县呢？" / "安吉县呢？" (a topic and no question word): the previous question about this topic;
    - "它/那/这个… 有几个窗口？" (starts with a pointer word): the pointer replaced by the previous topic;
    - "有几个办事窗口？" (no name, place or organisation, at most `max_words` content words): the previous
      topic put in front — a guess (`guess` True), which the caller may undo;
    - otherwise the question has its own topic and stands as it is.
    """
    if not context.topic and not context.question:
        return question, False, False
    body = question.rstrip(QUESTION_END)
    words = _words(body, tokenizer)
    if not words:
        return question, False, False
    lead = words[0][0] if fold(words[0][0]) in POINTERS else ""
    rest = body[len(lead):].strip()
    if rest.endswith("呢") and rest[:-1].strip() and not _has_cue(rest) and context.question:
        return _substitute(rest[:-1].strip(), context, tokenizer), True, False
    if lead:
        if any(_is_entity(w, t, tokenizer) for w, t, _ in words[1:]):
            return question, False, False  # "那安吉县有几个窗口？": 那 is only "then"; the question has its topic
        referent = context.person if fold(lead) in PERSONAL_POINTERS and context.person else context.topic
        if not referent:
            return question, False, False
        rest = _drop_repeated_head(rest, referent, tokenizer)
        return referent + rest + question[len(body):], True, False
    own = [w for w, t, _ in words if _is_entity(w, t, tokenizer)]
    if own or not context.topic or len(content_words(question, tokenizer)) > max_words:
        return question, False, False
    if fold(context.topic) in fold(question):
        return question, False, False
    return context.topic + question, True, True


def _drop_repeated_head(rest: str, referent: str, tokenizer) -> str:
    """"这个中心有几个窗口" after 安吉县综治中心: the leading "中心" only repeats the referent; drop it.
    A measure word left by the pointer ("这|篇报道", "那|张照片") goes too."""
    words = _words(rest, tokenizer)
    if words and words[0][1] == "q":
        rest, words = rest[len(words[0][0]):], words[1:]
    if words and words[0][1].startswith("n") and fold(referent).endswith(fold(words[0][0])):
        return rest[len(words[0][0]):]
    return rest


def _class(word: str, tag: str, tokenizer) -> str:
    if tag in PERSON_TAGS or fold(word) in tokenizer.names:
        return "person"
    if tag == PLACE_TAG or word.endswith(ADMIN_SUFFIXES):
        return "place"
    if tag == ORG_TAG:
        return "org"
    return "entity" if _is_entity(word, tag, tokenizer) else "noun" if tag.startswith("n") else ""


def _substitute(new: str, context: Context, tokenizer) -> str:
    """The previous question with `new` in place of its words of the same kind
    ("长兴县水口乡有多少亩水杉？" + "那安吉县" → "安吉县有多少亩水杉？")."""
    previous = context.question
    new_words = [(w, t) for w, t, _ in _words(new, tokenizer) if _class(w, t, tokenizer)]
    kind = _class(*new_words[0], tokenizer) if new_words else ""
    if kind:
        words = _words(previous, tokenizer)
        same = [i for i, (w, t, _) in enumerate(words) if _class(w, t, tokenizer) == kind]
        if same:
            # Replace the first run of same-kind words, as a whole: "长兴县水口乡" (长兴县 + 水口 + 乡) is one place.
            kinds = [_class(w, t, tokenizer) for w, t, _ in words]
            i = j = same[0]
            while True:
                if j + 1 < len(words) and kinds[j + 1] == kind:
                    j += 1
                elif j + 2 < len(words) and kinds[j + 1] == "noun" and kinds[j + 2] == kind:
                    j += 2
                else:
                    break
            start, end = words[i][2], words[j][2] + len(words[j][0])
            return previous[:start] + new + previous[end:]
    if not kind or kind == "noun":
        # "那窗口呢？" after "安吉县综治中心整合了多少个部门？": the new thing takes the place of the last plain noun
        # outside the topic → "安吉县综治中心整合了多少个窗口？".
        skip = previous.find(context.topic) if context.topic else -1
        for word, tag, at in reversed(_words(previous, tokenizer)):
            inside = skip >= 0 and skip <= at < skip + len(context.topic)
            if tag.startswith("n") and not inside and not _is_entity(word, tag, tokenizer):
                return previous[:at] + new + previous[at + len(word):]
    if context.topic and context.topic in previous:
        return previous.replace(context.topic, new, 1)
    return new + previous


class Sessions:
    """Conversations by key (a chat id), bounded: idle ones expire, the least recently used go beyond
    max_sessions. `clock` is injectable for tests."""

    def __init__(self, engine, config: SessionConfig | None = None, clock=time.monotonic):
        self.engine = engine
        self.config = config or engine.config.session
        self._clock = clock
        self._items: OrderedDict = OrderedDict()  # least recently used first

    def get(self, key) -> Conversation:
        now = self._clock()
        conv = self._items.pop(key, None)
        if conv is None or now - conv.touched > self.config.idle_seconds:
            conv = Conversation(self.engine, self.config, self._clock)
        conv.touched = now
        self._items[key] = conv
        self._expire(now)
        return conv

    def _expire(self, now: float) -> None:
        items = self._items
        while len(items) > self.config.max_sessions:
            items.popitem(last=False)
        # Oldest first: stop at the first one still fresh.
        while items:
            oldest = next(iter(items.values()))
            if now - oldest.touched <= self.config.idle_seconds:
                break
            items.popitem(last=False)

    def __contains__(self, key) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)
