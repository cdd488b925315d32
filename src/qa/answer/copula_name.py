"""The name a copula's predicate restates the question of, for a place or a person asked.

"当时法国的最大威胁是哪一国?" ↔ "结果,|普鲁士|成为了法国的最大威胁", "通化市境内的哪一个地方为高句丽旧都…?" ↔
"其境内的|集安|是高句丽旧都": the question puts the place asked on one side of its copula, the sentence puts the
name on the same side of its own. The typed generators never reach it: the question's anchors do not close in on it
(the sentence's copula is another, 是 for 为, or the name stands before the anchor's words), so the typed spans
nearest the anchors answer ("奥地利", "安东省"). copula_subject.py finds such a subject for what-questions; this
takes it for where- and who-questions when it is a short run holding a name as jieba tags one (a place, a person,
an organisation, a foreign word) or a word it does not know, and is not the question's own words. A which-question
for a person whose noun the copula follows ("哪一個皇帝|是宋朝的第十四位皇帝", a what-question expecting a person)
asks the same: ",是宋朝的第十四位皇帝" opens its clause, the sentence's own subject "宋理宗趙昀" answers, not 寧宗 of
the clause before."""

from __future__ import annotations

from ..tokenize import main_word_freq
from ..types import Candidate
from .copula_subject import subject_of_copula
from .question import QuestionInfo
from .shape import Tagger
from .spans import Freq, offsets

_ASKED = {"where": "place", "who": "person"}
_COPULAS = ("是", "为", "成为")  # the question's copula, right at its question word
_LONGEST = 6  # characters: a longer run is a description ("总统办公处" is a what), not a name
# jieba's tags of names: place, person, organisation, other proper noun, abbreviation, Latin word
_NAME_TAGS = ("ns", "nr", "nt", "nz", "j", "eng")
_RARE = 100  # a noun rarer than this in jieba's main dictionary (集安 26) is a name it tags a common noun


def copula_name(best: Candidate, info: QuestionInfo, pos: Tagger, freq: Freq = main_word_freq) -> Candidate | None:
    """The answer moved to the name that is the subject of the sentence's copula restating the question; None
    when the question asks no place or person, or the subject is no short name."""
    kind = _ASKED.get(info.qtype)
    right = info.right
    if kind is None and info.qtype == "what" and info.expects == ("person",) and info.head \
            and right.startswith(info.head):
        # "哪一个皇帝|是宋朝的第十四位皇帝": a which-question for a person, its noun then the copula
        kind, right = "person", right[len(info.head):]
    if kind is None or kind not in info.expects or "分别" in info.text:
        return None  # (several asked, "东段和西端终点分别是哪里": not one subject)
    if not (info.left.rstrip().endswith(_COPULAS) or right.startswith(_COPULAS)):
        return None  # the copula not right at the question word: "在哪里的食肆是…" asks where the shop is
    moved = subject_of_copula(best, info, pos)
    if moved is None or not 2 <= moved.end - moved.start <= _LONGEST:
        return None
    if best.start <= moved.start and moved.end <= best.end:
        return None  # the answer holds the subject already: "约翰·|坎贝尔|是…的领导者"
    f = best.sentence.folded
    words = [(w, flag) for a, b, w, flag in offsets(pos(f)) if moved.start <= a and b <= moved.end]
    if not any(flag.startswith(_NAME_TAGS) or (flag == "n" and freq(w) < _RARE) for w, flag in words):
        return None  # "是一国际化的|欧洲城市": a common noun names no place asked
    return moved
