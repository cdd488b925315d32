"""A place the tagger read as a person's name: "春秧街、馬寶道一帶的商販" (馬寶道 before 一帶), "他出生於伊斯帕尼亞"
(after a verb of birth), "在伏尔加河下游的萨莱定都" (after a river's or a land's part and 的), "位於新界屯門區
小欖康輝路" (a road's, a street's or a bay's name) are places, however jieba tags them (nr, nrt), and no answer to a
who-question: the person asked is another name of the sentence (蔡素玉 for 和誰的貢獻有關), or none is printed
there. A name of the form surname + given name ending in 道 or 山 (中村法道, 孫中山) is a person: only the endings
of roads, streets and bays are read, and 道 only before 一帶."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Candidate
from .question import QuestionInfo

_AREA_AFTER = ("一带", "地区", "境内", "附近")  # "馬寶道|一帶": the words that follow a place, never a person
_BIRTH_BEFORE = ("出生于", "出生在", "生于", "诞生于", "位于", "坐落于")  # "出生於|伊斯帕尼亞"
# a part of a river or a land, then 的: what follows is a place there ("在伏尔加河下游的|萨莱|定都")
_PART_OF = ("下游的", "上游的", "中游的", "沿岸的", "河畔的", "境内的")
_PLACE_ENDS = ("路", "街", "湾")  # a road, a street, a bay: "康輝路", "赫爾戈蘭灣"


def printed_as_place(c: Candidate) -> bool:
    """The person candidate is printed as a place: before a word of area, after a verb of birth or lying, or named
    as a road, a street or a bay (three characters or more)."""
    if c.type != "person":
        return False
    f = c.sentence.folded
    text = f[c.start:c.end]
    return (f.startswith(_AREA_AFTER, c.end) or f[:c.start].endswith(_BIRTH_BEFORE + _PART_OF)
            or (len(text) >= 3 and text.endswith(_PLACE_ENDS)))


def not_places(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` without the person candidates of a who-question printed as places."""
    if info.qtype != "who":
        return list(kept)
    return [c for c in kept if not printed_as_place(c)]
