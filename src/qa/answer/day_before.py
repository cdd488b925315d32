"""A day told before the sentence that tells the event. News dates a paragraph once, at its start, and the sentences
after it go on in that day: "11月9日,一场…暴雪早早降临,…。交通受阻,…,一场名为《枫叶下的墨香》的新书发布会,却…"
(the launch is on 11月9日), or point back to it: "2月29日上午,…王平就早早来到了乡文化广场。当日,…“三下乡”活动走进该乡"
(当日 is 2月29日). A when-question's best sentence that prints no time of its own is then dated by the sentence
before it, not by the nearest time after it nor another article's: the composer reads only the sentences before it
(`back`, as for 同年 and 这场, same_year.py, event.py). Where it stops: a sentence that prints a time itself; a
paragraph whose opening day is not a month's day followed by a comma (a year alone opens many an encyclopedia's
paragraph about several events); a time printed between that day and the sentence (the day has moved on); a
question asking several days (哪几天: a span, which the one day pointed to cannot give: "當天晚間…在印尼訪問的…
夏立言" ↛ the paragraph's 19日 for 在哪幾天訪問印尼)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Sentence
from .question import QuestionInfo

# a day pointing back to the one told before, opening the sentence ("当日,…", "同日下午,…")
_BACK_DAY = re.compile(r"^(?:当日|当天|当晚|同日|同天|是日|翌日|次日)")
# several days asked ("在哪幾天訪問印尼", 几天, 多久): a span the one day pointed to cannot give (not 几月几日, 几日:
# one day asked)
_DAYS_ASKED = re.compile(r"[几幾]天|多少天|多久|多长|多長")
# a month's day opening the paragraph, then a comma ("11月9日,", "2016年2月29日上午,")
_OPENING_DAY = re.compile(r"^(?:\d{4}\s?年)?\d{1,2}\s?月\d{1,2}\s?[日号](?:[上下中]午|晚上?|凌晨|早上|傍晚)?\s?[,，]")
# a time of the sentence's own (a figure or numeral dated by 年/月/日/号/时, a day word, a weekday)
# (any 年 but of a person's age or a grade: "清咸豐年間", "今年", "年底" are the sentence's own time)
_OWN_TIME = re.compile(r"[\d〇零一二三四五六七八九十廿卅两]\s?(?:月|日|号|時|时)|[昨今明前后][天日]|当[天日晚]|同[日天]"
                       r"|(?<![青少老中成周週])年(?![轻輕龄齡级級])|[\d一二三四五六七八九十]\s?世[纪紀]|[时時]期|[期其]间|[期其]間"
                       r"|[上下本]周|[星礼禮]期[一二三四五六日天]|週[一二三四五六日]|周[一二三四五六日]")


def day_told_before(info: QuestionInfo, s: Sentence, article: Callable[[], Sequence[Sentence]]) -> bool:
    """Whether a when-question's sentence `s` (`article()`: its article's sentences, in order) is dated only by a
    day told before it: it opens with a day pointing back (当日…) and prints no other time, or prints no time and
    its paragraph opens with a month's day and a comma, no time printed between."""
    if info.qtype != "when" or s.kind != "body" or _DAYS_ASKED.search(info.text):
        return False
    f = _unasked(s.folded, info.text)
    m = _BACK_DAY.match(f)
    if m is not None:
        return not _OWN_TIME.search(f, m.end())
    if _OWN_TIME.search(f):
        return False
    before = [x for x in article() if x.kind == "body" and x.paragraph == s.paragraph and x.start < s.start]
    opening = _OPENING_DAY.match(before[0].folded) if before else None
    if opening is None:
        return False
    return not _OWN_TIME.search(_unasked(before[0].folded, info.text), opening.end()) and not any(
        _OWN_TIME.search(_unasked(x.folded, info.text)) for x in before[1:])


_NAMED_TIME = re.compile(r"[\d〇零一二三四五六七八九十]+\s?(?:年度?|月|日|号)")


def _unasked(f: str, question: str) -> str:
    """`f` with the times the question prints blanked: they name the event asked ("市2016年…“三下乡”活动"), not
    its day."""
    for m in _NAMED_TIME.finditer(question):
        f = f.replace(m.group(), " " * len(m.group()))
    return f
