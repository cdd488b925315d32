"""A why-question answered by a sentence that tells a purpose, not a cause: "朱元璋为什么要大封宗室…为藩王" ↔
"明太祖朱元璋为了巩固自己及子孙的统治,便大封宗室二十五人为藩王" answers with the 为了 clause, its 为了 kept (DRCD's
answers keep it: "为了巩固自己及子孙的统治"), up to the clause's end or the 而 of 为了…而; a clause that repeats
the question tells the act asked about, not its purpose. Tried after cause.py's markers (因为, 由于).
DRCD 8 better / 0 worse, CMRC 1 / 2 (two golds of several sentences around the 为了 clause). A 为 before a verb
opening its clause or in 为…而 is one too ("为迎接上海世界博览会的召开,上海站进行…", "各国为推行反共政策而排华"; not the
copula's "…,为全国最大的港口"): DRCD 3 better / 0 worse, CMRC identical. So is a 以 before a verb opening a clause
("…封锁了隘道,以防止薛西斯…迂回过去"): DRCD 2 better / 0 worse, CMRC 1 / 1. A question naming its own marker
("因为何种原因,引发了产业外移", "由于哪一个原因而使得…") is answered so too when its sentence tells a purpose, not a
marked cause ("为了降低成本而采行的产业外移", cause_asked.py finding no 因/由于)."""

from __future__ import annotations

import re

from ..lexicon import CLAUSE_END
from ..tokenize import main_word_tag
from ..types import Candidate
from .cause import asks_why, echoes
from .cause_asked import marker_asked
from .question import QuestionInfo
from .spans import clause_end, trim

# 为了, or a 为 before a verb that opens its clause ("…,为增加米、糖等农作物产量,开始招募…") or is 为…而
# or a 以 before a verb opening a clause after the act ("…,以避免造成路口交通不畅", "…,以防止薛西斯…迂回")
_PURPOSE = re.compile(r"为了|(?:(?<=^)|(?<=[,，;；]))为(?!了)|为(?=[^,，;；。]{2,12}而)|(?<=[,，;；])以")
_ADVERB = ("d", "ad")
_ONE_CHAR = ("为", "以")  # (a purpose only before a verb)
_ENDS = CLAUSE_END - {"、"}  # "为增加米、糖等农作物产量": a list inside the purpose
_EFFECT = "而"  # "为推行反共政策|而排华": the act told after the purpose in its own clause


def _verb_opens(f: str, at: int) -> bool:
    """Whether a verb follows at `at` ("为|增加", "为|争取", after an adverb: "为|迅速|取得"; not "为|全国最大的城市",
    whose 为 is a copula)."""
    if main_word_tag(f[at:at + 2]) in _ADVERB:
        at += 2
    return any(main_word_tag(f[at:at + k]).startswith("v") for k in (2, 1))


def purpose_of(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The 为了 (为) clause of the best answer's sentence for a why-question; None when there is none."""
    if not (asks_why(info) or marker_asked(info)):
        return None
    f = best.sentence.folded
    # (from the sentence's start: trimming the whole sentence drops an opening 为了's 为 and 了)
    for m in _PURPOSE.finditer(f, 0, best.end):
        if m.end() < best.start or (m.group() in _ONE_CHAR and not _verb_opens(f, m.end())):
            continue
        end = clause_end(f, m.end(), _ENDS)
        effect = f.find(_EFFECT, m.end() + 2, end)
        if effect >= 0:
            end = effect
        end = trim(f, m.start(), end)[1]  # (the marker stays)
        if end - m.end() >= 2 and not echoes(f[m.end():end], info.text) and (m.start(), end) != (best.start, best.end):
            return best.narrowed(m.start(), end, "purpose")
    return None
