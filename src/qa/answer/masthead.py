"""Who holds a post of the paper itself: "枫华之声的主编是谁", "上虞日报的社长是谁". A paper prints its own staff on its
masthead, a post and a name a pair, often with the post's English gloss and a colon ("社长 (Chair) : 王飞越 (Dr.
Feiyue Wang)", "主编(Editor- in-Chief): 王 虹", its name spaced out by the PDF) or as the signature of its new year's
address ("社长 陈同昌 总编 陈鑫钊", the loader's byline roles). Such a line shares no word with the question but the
post, and its name is no word to the tagger ("王|飞越"), so the composer finds neither: the answer is read off the
line of the article the question's paper printed (its source or headline names the paper)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..dates import source_in_name
from ..lexicon import SURNAMES
from ..normalize import fold
from ..types import Answer, Corpus, Hit, Sentence
from .byline import articles_of, printed_answer
from .question import QuestionInfo

# "枫华之声的社长是谁", "枫华之声本期的校对是谁": the paper (up to its last 的), the post asked
_ASKED = re.compile(r"^(?P<paper>[^\s的]{2,12}?)(?:本期)?的(?P<post>[\u4e00-\u9fff]{2,6})(?:是谁|是哪位)[?？]?$")
# a name after its post: two to four characters, or single characters spaced out ("王 虹"), then no more of them
_NAME = r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2})(?![\u4e00-\u9fff])"
# between the post and the name: its English gloss in brackets and a colon, or a space at least
_BETWEEN = r"(?:\s?\([a-z][a-z .'/-]*\)\s?[:：]\s?|\s?[:：]\s?|\s)"


def masthead_answer(question: str, info: QuestionInfo, corpus: Corpus, ranked: Sequence[tuple[Hit, float]]
                    ) -> Answer | None:
    """The name the asked paper's masthead or signature prints with the post asked, from the first retrieved
    article of that paper that prints one; None when the question asks no post of a paper or none is printed."""
    if info.qtype != "who":
        return None
    m = _ASKED.match(fold(question).strip())
    if m is None:
        return None
    paper, post = m.group("paper"), m.group("post")
    for _hit, article in articles_of(corpus, ranked):
        if paper not in fold(article.source) and paper not in fold(article.headline) \
                and not _site_channel(paper, article.file):
            continue
        found = _printed(corpus.sentences_of(article.id), post)
        if found is None:
            continue
        s, start, end = found
        return printed_answer(question, info, ranked, article, s, (start, end), "byline:masthead")
    return None


def _site_channel(paper: str, file: str) -> bool:
    """The question names the site the file's code names, or one of its channels ("中国江西网赣州频道" of a
    jxnews page, whose dateline credits the copy to 大江网 and whose channel line over the title is furniture)."""
    site = fold(source_in_name(file))
    return len(site) >= 3 and (paper == site or re.fullmatch(re.escape(site) + r"[\u4e00-\u9fff]{2,6}频道", paper)
                               is not None)


def _printed(sentences: Sequence[Sentence], post: str) -> tuple[Sentence, int, int] | None:
    """(sentence, start, end) of the name printed right after `post` on a staff line or a byline of the article:
    the post opens the line or follows a space, a bracket or 本期 (not the end of another post: 栏目编辑 is no
    编辑), and the name starts with a surname."""
    for s in sentences:
        if s.kind not in ("byline", "staff", "body", "credit") or post not in s.folded:
            continue
        for name in _lines(s.folded, post):
            if name.group("name")[0] in SURNAMES:
                return s, name.start("name"), name.end("name")
    return None


# What follows the post, compiled once: a pattern holding the post would be compiled for each question, and
# re builds a table of the ~21k characters of each [\u4e00-\u9fff] in Python (10–30 ms a pattern).
_AFTER_POST = re.compile(_BETWEEN + _NAME, re.I)


def _lines(f: str, post: str) -> Iterator[re.Match[str]]:
    r"""The matches of what follows the post where `(?:^|(?<=[\s)]))(?:本期)?<post>` + _AFTER_POST matches, as that
    one pattern's finditer would find them: left to right, the longer opening (本期) tried first, the next
    search after the end of the last match."""
    at = 0  # where finditer would search on from
    opens: set[int] = set()  # where the post or 本期 before it starts
    i = f.find(post)
    while i >= 0:
        opens.add(i)
        if i >= 2 and f.startswith("本期", i - 2):
            opens.add(i - 2)
        i = f.find(post, i + 1)
    for c in sorted(opens):
        if c < at or not (c == 0 or f[c - 1].isspace() or f[c - 1] == ")"):
            continue
        m = None
        if f.startswith("本期", c) and f.startswith(post, c + 2):
            m = _AFTER_POST.match(f, c + 2 + len(post))
        if m is None and f.startswith(post, c):
            m = _AFTER_POST.match(f, c + len(post))
        if m is not None:
            yield m
            at = m.end()
