"""Answers from where and when a story was printed: "这篇两会报道刊登在中国铁道建筑报第几版", "《X》是哪一年发布的",
"工学周报获奖的消息是哪天更新的". A page prints its page label and date as furniture (`第A15版:烟台街`,
`( 2021年03月09日   3 版)`, `发布时间:2024-11-08 07:57:02`, `更新时间` / `2009-09-10`), which the loader reads into
the article's `page` and `date`, not into any sentence: asked of the story itself, those fields answer.

Only a question about the story as printed counts: its title in 《》 or a story noun (消息, 报道, 文章) before the
question word, or the paper named with the page asked. "中国民航总局哪天发布了…公报" asks an event the text tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import FUNCTION_CHARS, PUNCT
from ..normalize import fold
from ..types import Answer, Article, Corpus, Hit
from .byline import speaks_of
from .question import QuestionInfo
from .report_day import headless_by_writer, reported_story

# "…是哪一年发布的", "…是哪天更新的", "…何时刊登的": the verb of printing last, after the question word
_WHEN_PRINTED = re.compile(r"(?:是|于|在)?(?:哪一?天|哪一?年|什么时候|什么时间|何时|几月几日|哪一?日)"
                           r"(?:发布|更新|刊发|刊登|刊出|刊载|登载|发表|上线)的?\s*[?？]?\s*$")
# "…刊登在…第几版", "…是第几版", "…在哪一版": the page asked
_PAGE_ASKED = re.compile(r"(?:第几|哪一|哪个)版\s*[?？]?\s*$")
_STORY = re.compile(r"(?:这篇|那篇|该篇)?[\u4e00-\u9fff]{0,4}?(?:消息|报道|文章|新闻|稿件|通讯|评论|专栏)$")
_TITLE = re.compile(r"《([^》]{2,40})》")
_THIS = re.compile(r"这篇|那篇|该篇")
_NAMED_STORY = re.compile(r"的?(?:消息|报道|文章|新闻|稿件|通讯|评论|专栏)$")
_PRINT_WORDS = re.compile(r"刊登在|刊登于|刊发在|刊在|登在|发表在|这篇|那篇|该篇|消息|报道|文章|新闻|稿件")


def issue_answer(question: str, info: QuestionInfo, corpus: Corpus, ranked: Sequence[tuple[Hit, float]]
                 ) -> Answer | None:
    """The printed story's date or page, None when the question does not ask it of a story the corpus dates
    (or pages) in one way (the composer then answers from the text)."""
    q = fold(question)
    when = _WHEN_PRINTED.search(q)
    if when is not None:
        subject = q[:when.start()].rstrip("的 ")
        titled = _TITLE.fullmatch(subject)
        if titled is None and not _STORY.search(subject):
            return None
        whole = subject
        subject = titled.group(1) if titled else _STORY.sub("", subject).rstrip("的 ")
        topic = _topic(subject)
        found = [a for a in _in_rank_order(corpus, ranked) if a.date and topic and speaks_of(topic, fold(a.headline))]
        if not found and titled is None:
            # "人民法院报这篇|公报工作会议|的报道": the story told by the words between 这篇 and its noun, the paper
            # named before 这篇 aside ("《最高人民法院公报》工作会议在威海召开")
            topic = _topic(_NAMED_STORY.sub("", _THIS.split(whole)[-1]))
            found = [a for a in _in_rank_order(corpus, ranked)
                     if a.date and len(topic) >= 4 and speaks_of(topic, fold(a.headline))]
        if not found and titled is None:
            # a column without a headline, asked by its writer (report_day.py)
            headless = headless_by_writer(_NAMED_STORY.sub("", whole), _in_rank_order(corpus, ranked), _topic)
            found = [headless] if headless is not None else []
        if not found:
            return None
        return _answer(question, info, found[0], found[0].date, ranked, "issue:date")
    story = reported_story(question)
    if story is not None:  # "<outlet>报道<story>是在哪一天": the report's day (report_day.py)
        topic = _topic(story)
        found = [a for a in _in_rank_order(corpus, ranked) if a.date and topic and speaks_of(topic, fold(a.headline))]
        return _answer(question, info, found[0], found[0].date, ranked, "issue:date") if found else None
    if _PAGE_ASKED.search(q):
        titled = _TITLE.search(q)
        papers = [a for a in corpus.articles if a.source and fold(a.source) in q.replace("《", "").replace("》", "")]
        if titled is not None and not (papers and fold(papers[0].source) == fold(titled.group(1))):
            headed = [a for a in _in_rank_order(corpus, ranked) if a.page and speaks_of(fold(titled.group(1)),
                                                                                     fold(a.headline))]
            return _answer(question, info, headed[0], f"第{headed[0].page}版", ranked, "issue:page") if headed \
                else None
        if not papers:
            return None
        rest = q
        for a in papers:
            rest = rest.replace(fold(a.source), " ")
        topic = _topic(_PRINT_WORDS.sub(" ", _PAGE_ASKED.sub("", rest)))
        paged = [a for a in papers if a.page]
        about = [a for a in paged if topic and speaks_of(topic, fold(a.headline) + " " + " ".join(
            s.folded for s in corpus.sentences_of(a.id)))]
        pages = {a.page for a in about} or {a.page for a in paged}
        if len(pages) != 1:
            return None  # several pages of the paper, the question's words not telling which
        article = (about or paged)[0]
        return _answer(question, info, article, f"第{article.page}版", ranked, "issue:page")
    return None


def _topic(text: str) -> str:
    kept = "".join(" " if c in PUNCT or c in FUNCTION_CHARS or c.isspace() else c for c in text)
    return " ".join(kept.split())


def _in_rank_order(corpus: Corpus, ranked: Sequence[tuple[Hit, float]]) -> list[Article]:
    """The articles of the retrieved sentences, best first, then the rest of the corpus."""
    seen = dict.fromkeys(h.sentence.article_id for h, _ in ranked)
    return [corpus.article(i) for i in seen] + [a for a in corpus.articles if a.id not in seen]


def _answer(question: str, info: QuestionInfo, article: Article, text: str, ranked: Sequence[tuple[Hit, float]],
            rule: str) -> Answer:
    # no sentence holds the field: the evidence is what was retrieved of the story, then the rest
    evidence = tuple(sorted((h for h, _ in ranked), key=lambda h: h.sentence.article_id != article.id))
    return Answer(question=question, text=text, declined=False, qtype=info.qtype, confidence=0.9, rule=rule,
                  article=article, evidence=evidence, date=article.date if rule == "issue:date" else "")
