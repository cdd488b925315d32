"""The item of a ranking printed as a list paired with its ranks. "文昌、琼海、三亚分获二至四名", "流岗龙舟队、教子桥
龙舟队、丹店龙舟队、恒坑龙舟队分别获得四、五、六、七名", "排名第三至第八分别为首领地、南澳、塔州、昆州和北领地和西澳",
"中国队(182.200分)、美国队(181.350分)、俄罗斯队(177.325分)分居前三位": the items take the ranks in order, so
"第四名是哪支球队" is answered by the list's third item, and "并列第二的是哪两支队伍" by the items printed before
"并列第二". The sentence shares little with the question (its items and ranks are the news), so it is read in the
articles of the sentences that hold the question."""

from __future__ import annotations

import re

from ..lexicon import ORDINAL_DIGITS, all_han, ordinal_value
from ..types import Answer, Hit
from .features import Ranked
from .people_answer import Reader, told_answer
from .question import QuestionInfo
from .short import ranked_items

_N = r"[\d" + ORDINAL_DIGITS + r"]{1,3}"
# the rank asked: "第四名是哪支", "排名第三的是哪里", "并列第二的是哪两支"
_ASKED = re.compile(r"(?P<tie>并列)?第(?P<n>" + _N + r")(?:名|位)?(?:的|是|为)")
_SEP = re.compile(r"、|和|及|与|以及")
_ITEM = r"[^\s,，;；:：。、()（）]{2,12}"
_ITEMS = _ITEM + r"(?:(?:、|和|及|与|以及)" + _ITEM + r")+"
_RANKS = r"第?(?P<a>" + _N + r")(?:名)?\s?(?:至|到|-|—|~)\s?第?(?P<b>" + _N + r")名?" \
         r"|(?P<run>" + _N + r"(?:、" + _N + r")+)名"
# items, then their ranks: "A、B、C分获二至四名", "A、B分别获得四、五名"
_ITEMS_FIRST = re.compile(r"(?P<items>" + _ITEMS + r")(?:分获|分别获得?|分列|分居|依次获得?)第?(?:" + _RANKS + r")")
# the ranks, then their items: "排名第三至第八分别为A、B、…"
_RANKS_FIRST = re.compile(r"第(?P<a>" + _N + r")(?:名)?\s?(?:至|到|-|—|~)\s?第(?P<b>" + _N + r")名?(?:的)?"
                          r"(?:分别|依次)(?:为|是)(?P<items>" + _ITEMS + r")")
# items tied at one rank: "六石龙舟队、巷尾龙舟队并列第二"
_TIED = re.compile(r"(?P<items>" + _ITEMS + r")并列第(?P<n>" + _N + r")")


# the words between the contest and the rank asked ("…获得|第五名", "…中排名|第三")
_RANK_VERBS = re.compile(r"(?:中|的|获得|夺得|排名|名列|排在)+$")
_ORDINAL = re.compile(r"第(" + _N + r")")
_HELD = 0.5  # the share of the contest's character pairs the article must print


def ranking_named(before: str, article: str) -> bool:
    """The article prints most of the contest the question names before the rank ("省排球联赛|第四名")."""
    contest = _RANK_VERBS.sub("", before)
    pairs = [contest[i:i + 2] for i in range(len(contest) - 1) if all_han(contest[i:i + 2])]
    return len([p for p in pairs if p in article]) >= _HELD * len(pairs)


def _ranks(m: re.Match[str]) -> list[int]:
    """The ranks a match prints, in order: a range (二至四) or a run (四、五、六、七)."""
    run = m.groupdict().get("run")
    if run:
        return [ordinal_value(x) for x in run.split("、")]
    a, b = ordinal_value(m.group("a")), ordinal_value(m.group("b"))
    return list(range(a, b + 1)) if 0 < a < b <= a + 20 else []


def _items(m: re.Match[str]) -> list[tuple[int, int]]:
    """[start, end) of each listed item of the match's list."""
    out, pos = [], m.start("items")
    for sep in _SEP.finditer(m.string, pos, m.end("items")):
        out.append((pos, sep.start()))
        pos = sep.end()
    return out + [(pos, m.end("items"))]


def ranked_item(folded: str, rank: int, tie: bool) -> tuple[int, int] | None:
    """[start, end) in `folded` of the item a listed ranking gives `rank` (all the tied items when `tie`)."""
    if tie:
        for m in _TIED.finditer(folded):
            if ordinal_value(m.group("n")) == rank:
                return m.start("items"), m.end("items")
        return None
    return next((span for n, span in listed_ranks(folded) if n == rank), None)


def listed_ranks(folded: str) -> list[tuple[int, tuple[int, int]]]:
    """(rank, [start, end) of its item) of each item a listed ranking of `folded` pairs with a rank, the items of
    a list ranked as a whole ("A、B、C分居前三位") taking the ranks 1..n."""
    out = list(enumerate(ranked_items(folded), start=1))
    for rx in (_ITEMS_FIRST, _RANKS_FIRST):
        for m in rx.finditer(folded):
            ranks, items = _ranks(m), _items(m)
            if len(ranks) == len(items):
                out += list(zip(ranks, items, strict=True))
    return out


def rank_answer(reader: Reader, question: str, info: QuestionInfo, ranked: list[Ranked]) -> Answer | None:
    """The item of the rank asked in a listed ranking of an article a covering sentence stands in; a decline
    when the rank asked lies past the last one such a ranking lists and the article prints it nowhere ("排名第九"
    of a ranking of 第三至第八: eight were ranked); None when the question asks no rank by its ordinal or no
    such ranking lists it."""
    asked = _ASKED.search(info.text)
    if asked is None or not info.wh_word or info.qtype not in ("who", "where", "what"):
        return None
    rank = ordinal_value(asked.group("n"))
    seen: set[str] = set()
    printed = False  # the rank asked is printed as an ordinal ("第九")
    last = 0  # the last rank the contest's listed rankings print
    for r in reader.covering(ranked):
        s = r.hit.sentence
        if s.article_id in seen:
            continue
        seen.add(s.article_id)
        sentences = [s] + [o for o in reader.corpus.sentences_of(s.article_id) if o.id != s.id]
        if not ranking_named(info.text[:asked.start()], " ".join(x.folded for x in sentences)):
            continue  # another contest's ranking: "F1中国大奖赛第四名" is not the volleyball league's
        for x in sentences:
            span = ranked_item(x.folded, rank, asked.group("tie") is not None)
            if span is not None:
                return told_answer(reader, question, info, ranked, x, span, "rank-listed", 0.5 + 0.5 * r.coverage,
                                   (Hit(x, 0.0), r.hit))
            last = max([last] + [n for n, _ in listed_ranks(x.folded)])
            printed = printed or any(ordinal_value(n) == rank for n in _ORDINAL.findall(x.folded))
    if 0 < last < rank and not printed:
        return reader.decline(question, info, tuple(r.hit for r in ranked), "decline:rank-unlisted", ranked)
    return None
