"""The author of a work asked by its title ("《形上學的沉思》的作者是誰", "《光學》的作者是誰"): the
person printed right before the title, alone or with 的 and a word for a work ("…一篇對於|笛卡爾|
《形上學的沉思》一書的批評", "阿拉伯學者|海什木|的著作《光學》"), wrote it — not another name of the
sentence that scored higher (馬蘭·梅森, whose debating circle the sentence names first). A title printed after
"他的…词作" is the work of the name opening the sentence ("岳飛的文學才華…,他的不朽詞作《滿江紅·寫懷》"), not of a name
inside another title (《岳忠武王文集》)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon import PERSON_NOUN_ENDS, all_han
from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import Span, offsets

# the title a question names, in either kind of title marks
_TITLE = re.compile(r"《([^《》]{1,30})》|〈([^〈〉]{1,30})〉")
# what asks the author of the work named
_AUTHOR_ASKED = re.compile(r"作者|谁写|谁所写|谁撰写|谁编写|编写了|撰写了|写了|谁创作|创作的|所著|著作")
# between the author's name and the title: 的, a word for a work (著作, 名著, 代表作, 诗作, 词作, 小说)
_BETWEEN = re.compile(r"(?:的)?(?:著作|名著|代表作|作品|诗作|词作|名篇|小说|诗|新作|遗作)?")


# "他的|不朽|词作《X》": the work of the one the pronoun stands for (a few characters of praise between)
_HIS_WORK = re.compile(r"[他她]的[\u4e00-\u9fff]{0,4}?(?:著作|名著|代表作|作品|诗作|词作|名篇|小说|新作|遗作)$")


def _his_work(folded: str, at: int) -> bool:
    """The title at `at` follows "他的…词作" in its clause."""
    return _HIS_WORK.search(folded, max(0, at - 12), at) is not None


def _titles(info: QuestionInfo) -> list[str]:
    return [a or b for a, b in _TITLE.findall(info.text)]


def authors_before(folded: str, pos: Sequence[tuple[str, str]], info: QuestionInfo) -> list[Span]:
    """The word printed right before the title asked (with 的 and a word for a work between or not), offered as a
    person when jieba tags it a name (笛卡尔/nr, which the name rules doubt: a word of its dictionary), or a place
    after a noun for a person (阿拉伯学者|海什木/ns|的著作《光学》): for a question asking the work's author."""
    if info.qtype != "who" or not _AUTHOR_ASKED.search(info.text):
        return []
    out = []
    words = offsets(pos)
    for t in _titles(info):
        for m in re.finditer(re.escape("《" + t + "》") + "|" + re.escape("〈" + t + "〉"), folded):
            for i, (a, b, w, flag) in enumerate(words):
                if b > m.start() or m.start() - b > 4 or not _BETWEEN.fullmatch(folded, b, m.start()):
                    continue
                after_person = i > 0 and PERSON_NOUN_ENDS.search(words[i - 1][2]) is not None
                if 2 <= len(w) <= 5 and all_han(w) and w not in info.text and (
                        flag in ("nr", "nrt", "nrfg") or (flag == "ns" and after_person)):
                    out.append(Span(a, b, "person", "pos:nr"))
            # "岳飞的文学才华…,他的不朽词作《X》": the name opening the sentence, which 他 stands for
            first = words[0] if words and _his_work(folded, m.start()) else None
            if first is not None and 2 <= len(first[2]) <= 4 and all_han(first[2]) and first[2] not in info.text \
                    and first[3] in ("nr", "nrt", "nrfg"):
                out.append(Span(first[0], first[1], "person", "pos:nr"))
    return out


def author_first(kept: Sequence[Candidate], info: QuestionInfo) -> list[Candidate]:
    """`kept` (best first) with the person of the best one's sentence printed right before the title asked moved
    first, when the question asks the author of a work it names by its title."""
    kept = list(kept)
    if info.qtype != "who" or len(kept) < 2 or kept[0].type != "person" or not _AUTHOR_ASKED.search(info.text):
        return kept
    titles = _titles(info)
    if not titles:
        return kept
    f = kept[0].sentence.folded
    for c in kept:
        if c.type != "person" or c.sentence.id != kept[0].sentence.id:
            continue
        m = _BETWEEN.match(f, c.end)
        rest = f[m.end():] if m else ""
        if any(rest.startswith(("《" + t + "》", "〈" + t + "〉")) for t in titles):
            return to_front(kept, c)  # (the best one itself, printed there, stays first)
        if c.start == 0 and any(_his_work(f, x.start()) for t in titles
                                for x in re.finditer(re.escape("《" + t + "》"), f)):
            return to_front(kept, c)  # "岳飞…,他的不朽词作《X》"
    return kept
