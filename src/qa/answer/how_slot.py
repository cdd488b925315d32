"""A how-question whose slot the sentence fills right before the question's own verb: "在当时若要出嫁只能以什么方式弥补"
↔ "…这只能由高昂的嫁妝来|弥补", "氦…要如何才能凝固为固体" ↔ "…需加压|才能凝固为固体", "新界乡议局是如何组成的" ↔
"…，由新界乡村的代表|组成". The means is the slot's last clause, not the whole sentence (DRCD answers so, and CMRC's
"以盐商|起家", "以楔形文字|表达"). Not a slot that points back with 此 ("…就由此|产生了": the means is told before it),
nor a slot of a word or two ("都可|得到较纯的次磷酸溶液": the sentence is the answer).
A slot ending in the verb's negation ("确切的数字无以|得知" for 如何得知) answers with the negation and the verb,
"无以得知". Also the slot before the noun a 怎样的-question asks, the object of the preposition it asks with, and a
short slot that ends its clause right after the question's words (each function says which)."""

from __future__ import annotations

from ..types import Candidate
from .question import QuestionInfo
from .spans import trim

_CLAUSE_MARKS = ",，;；:："
_MIN_CHARS = 3  # "需加压"; "都可" is no means
# 由此, 因此, 借此: the means is in the text before; "高英之|死": 之 makes the verb a noun
_POINTS_BACK = ("此", "之")
# a slot ending in the negation of the question's verb tells that it cannot be done ("无以|得知", "无法|得知")
_CANNOT = ("无以", "无法", "无从", "难以", "不能", "不可能", "未能")


def _verb_follows(f: str, end: int, right: str) -> bool:
    """Whether the sentence goes on at `end` with the question's words after its question word (its verb; a verb of
    one character when the question ends with it: "刘七是怎么死的" ↔ "…中箭落水|死")."""
    right = right.strip().rstrip("?？ ")
    head = right[:1] if len(right) == 2 and right.endswith("的") else right[:2]
    return 0 < len(head) <= 2 and head[0] != "的" and "\u4e00" <= head[0] <= "\u9fff" and f.startswith(head, end)


def means_before_verb(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The slot's last clause when a how-question's slot ends where the question's verb goes on; else None."""
    if info.qtype != "how" or best.type != "slot":
        return None
    f = best.sentence.folded
    if not _verb_follows(f, best.end, info.right):
        return None
    start = max(f.rfind(c, best.start, best.end) for c in _CLAUSE_MARKS) + 1 or best.start
    start, end = trim(f, max(start, best.start), best.end)
    cannot = next((w for w in _CANNOT if f.endswith(w, start, end)), "")
    if cannot:  # "确切的数字无以|得知" for 如何得知: no means, it cannot be done — the negation with its verb
        verb = info.right.strip().rstrip("?？的 ")[:2]
        return best.narrowed(end - len(cannot), end + len(verb), "means")
    if end - start < _MIN_CHARS or f[start:end].endswith(_POINTS_BACK):
        return None
    return best.narrowed(start, end, "means")


# "以3分33秒76|的成绩完成": a slot opened by a preposition is a means, the whole sentence tells it
_PREPOSITIONS = ("以", "用", "由", "通过", "透过", "凭")


def kind_before_noun(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The slot when a how-question asks 怎样的 + a noun and the sentence prints that noun right after the slot:
    "这是一个怎么样的城市" ↔ "法兰克福是一个民族文化多元化|的城市" answers 民族文化多元化; else None."""
    if info.qtype != "how" or best.type != "slot":
        return None
    right = info.right.strip()
    f = best.sentence.folded
    if len(right) < 3 or right[0] != "的" or not f.startswith(right[:3], best.end):
        return None
    start, end = trim(f, best.start, best.end)
    if end - start < 2 or f.startswith(_PREPOSITIONS, best.start) or any(c in f[start:end] for c in _CLAUSE_MARKS):
        return None
    return best.narrowed(start, end, "kind")


_MEANS_ASKED = ("通过", "以", "用", "透过", "经由", "藉由")  # 通过什么样的方法, 以什么方式: the object is asked
_MEANS_NOUNS = ("的方式", "的方法", "方式", "方法", "手段")
_JOINS = "并而来"  # "通过入学考试|并获得…", "由高昂的嫁妆|来弥补": the act goes on after the means


def means_object(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The object of the preposition a how-question asks with ("是通过什么样的方法", "以什么方式呈现"), when the slot or
    marked clause opens with it: "通过暴力革命|实现无产阶级专政…" → 暴力革命, up to the question's own words, a
    means noun (方式) or a joining 并/而/来; else None."""
    if info.qtype != "how" or best.type not in ("slot", "clause"):
        return None
    f = best.sentence.folded
    asked = next((p for p in _MEANS_ASKED if info.wh_word.startswith(p)), "")
    if not asked or not f.startswith(asked, best.start):
        return None
    start = best.start + len(asked)
    end = best.end
    for i in range(start + 2, best.end):
        if (f[i] in _JOINS or f.startswith(_MEANS_NOUNS, i)
                or (f[i:i + 2] in info.left and len(f[i:i + 2]) == 2 and f[i:i + 2].isalnum())):
            end = i
            break
    start, end = trim(f, start, end)
    return best.narrowed(start, end, "object") if end - start >= 2 else None


# "是怎样一场战争", "是一个怎么样的环境": a noun described, which the sentence tells whole (kind_before_noun aside)
_NOUN_ASKED = ("的", "一")
_SHORT_SLOT = 12  # "维持现状", "生存竞争中自由淘汰的结果"; a longer one is a description the sentence tells whole


def clause_after_question(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """A short slot that follows the question's words before its question word and ends its clause: "台湾人认为应该如何
    处理两岸关系" ↔ "…民众认为应该|维持现状|:", "演化是如何产生的" ↔ "演化是|生存竞争中自由淘汰的结果|,"; else None."""
    if info.qtype != "how" or best.type != "slot" or info.right.strip()[:1] in _NOUN_ASKED:
        return None
    f = best.sentence.folded
    left = info.left.strip()
    if len(left) < 2 or best.start < 2 or f[best.start - 2:best.start] != left[-2:]:
        return None
    if best.end < len(f) and f[best.end] not in _CLAUSE_MARKS + "。.!?！？":
        return None
    start, end = trim(f, best.start, best.end)
    if not 2 <= end - start <= _SHORT_SLOT or any(c in f[start:end] for c in _CLAUSE_MARKS):
        return None
    return best.narrowed(start, end, "told")
