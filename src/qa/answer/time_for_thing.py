"""A thing asked by its noun after 哪 ("在哪个体育场举行", "由哪家出版社出版") answered by a time alone ("近日",
"昨天", "3月5日"): a slot between the question's anchors may hold the clause's time instead of the thing, which
the sentence does not name ("decline:type"). A noun of time after 哪 ("哪个时期", "哪一天") asks a time. So does a
where-question answered by a time alone ("在哪邊舉行" ↔ "…多倫多國際電影節則在|9月|舉行", "在哪里发现的" ↔ "他在|1937年|
发现…"): the sentence tells when, not where (CMRC and DRCD: 2 wrong answers declined, none right lost)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo

_WHICH = re.compile(r"哪一?[个家所座条支间位种类处]?")
# a time alone: a relative day or period, or a date in figures
_TIME_ONLY = re.compile(r"(?:不久前|近日|日前|目前|最近|近期|当时|此前|之前|以前|后来|现在|如今|早前|"
                        r"[今昨明前]天|[今昨明]日|当天|当日|当晚|(?:\d{2,4}\s?年)?(?:\d{1,2}\s?月)?\d{1,2}\s?[日号](?:[上下]午|晚上?)?)")
# a year, a month or a season of one, in figures or Chinese numerals ("1937年", "9月", "公元前25年", "三月中旬")
_DATE_ONLY = re.compile(r"(?=.*[年月])(?:公元前?)?(?:[\d一二三四五六七八九十〇零]{1,4}\s?年)?"
                        r"(?:[\d一二三四五六七八九十]{1,2}\s?月)?(?:[上中下]旬|初|底|末)?")
# what a noun of time ends or opens with ("时期", "朝代", "季节", "年", "天")
_TIME_NOUN = re.compile(r"^[^\W\d_]{0,3}?(?:年|月|日|天|时|期|代|季|届|周|旬|世纪|阶段|时候|时间)")


def time_for_thing(info: QuestionInfo, best: Candidate) -> str:
    """"decline:type" when a which-question asks a thing by its noun, or a where-question a place, and the answer
    is a time alone."""
    if info.qtype == "where":
        text = best.sentence.folded[best.start:best.end].strip()
        return "decline:type" if text and (_TIME_ONLY.fullmatch(text) or _DATE_ONLY.fullmatch(text)) else ""
    if info.qtype != "what" or not _WHICH.fullmatch(info.wh_word) or not re.match(r"[^\W\d_]", info.right):
        return ""
    if _TIME_NOUN.match(info.right):
        return ""
    return "decline:type" if _TIME_ONLY.fullmatch(best.sentence.folded[best.start:best.end].strip()) else ""
