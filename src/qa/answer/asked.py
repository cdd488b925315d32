"""What kind of thing an untyped question asks for, read from its words: the noun after its question word or
before its copula ("哪一个宗教", "…的宗教为哪一个?"), whether it asks a name ("别名是什么"). `pos` tags the
question's text (the composer's tagger)."""

from __future__ import annotations

from .question import QuestionInfo, which_noun
from .shape import Tagger
from .short import NAMING_END, NAMING_QUESTION


def asks_what_called(info: QuestionInfo) -> bool:
    """The question asks what something is called: a naming word right against its question word ("别名是
    什么", "又称之为什么", "原名叫什么", "的前身是?"), not elsewhere ("名字的由来是什么")."""
    at = info.wh if info.wh else (len(info.text.rstrip("?？ ")),) * 2
    return any(m.end() >= at[0] - 2 and m.start() <= at[1] + 1
               for m in NAMING_QUESTION.finditer(info.text)) or NAMING_END.search(info.text) is not None


def asked_head(info: QuestionInfo, pos: Tagger) -> str:
    """The noun that says what kind of thing an untyped question asks for: after its question word
    ("哪一个宗教", "什么商品", "哪一阶层") or, when it ends the question, the last noun before the copula
    ("最高峰为?", "…的宗教为哪一个?")."""
    if info.cloze or (info.wh and not info.right):
        # "…的宗教为哪一个?": the noun before the copula says what kind
        words = pos(info.left.rstrip("为是称叫有的"))
        word, flag = words[-1] if words else ("", "")
        return word if flag.startswith("n") and 2 <= len(word) <= 4 else ""
    word = info.wh_word
    if not info.wh or not info.right or not (word.startswith(("哪", "什么", "何")) or word.endswith("什么")):
        return ""
    if info.right.startswith(_AT_MEETING):
        return "会"  # "在什么会上": a meeting (jieba reads 会上 as one word), which the answer's name ends with
    words = pos(info.right[:6]) or [("", "")]
    word, flag = words[0]
    if len(word) == 1 and len(words) > 1 and len(words[1][0]) == 1 and words[1][1] == "a":
        word += words[1][0]  # "哪所|国/n|小/a|举行": a school's short name (国小, 国中) jieba cuts in two
    return word if flag.startswith("n") and len(word) <= 4 and word not in ("时候", "地方") else ""


_AT_MEETING = ("会上", "会中", "会期间")


def asked_verbal_head(info: QuestionInfo, pos: Tagger) -> str:
    """A verbal noun after the question word that names the kind asked as a noun does ("哪一场|革命/vn" ↔
    "十月革命", "甚么|研究/vn", "哪一种|改革/vn"), or ""; kept apart from `asked_head`, which also steers the slot."""
    word = info.wh_word
    if not info.wh or not info.right or not (word.startswith(("哪", "什么", "何")) or word.endswith("什么")):
        return ""
    word, flag = (pos(info.right[:6]) or [("", "")])[0]
    return word if flag == "vn" and len(word) <= 4 else ""


def kind_named(right: str, pos: Tagger) -> str:
    """The nouns that open the question's right side ("表演艺术|被称为…", "东西|共同运作"), or ""."""
    words = pos(right[:12])
    i = 0
    while i < len(words) and i < 3 and words[i][1].startswith("n"):
        i += 1
    return "".join(w for w, _ in words[:i])


def head_noun(info: QuestionInfo, pos: Tagger) -> str:
    """The noun right after "什么"/"哪些" ("什么危机" → "危机"), which the answer usually ends with."""
    if info.head:
        return info.head
    if which_noun(info):
        return which_noun(info)  # "哪所小学" ↔ "南昌路|小学"
    if info.qtype not in ("what", "list") or not info.wh or not info.right:
        return ""
    if info.wh_word not in ("什么", "哪些", "哪个", "哪种", "哪一个", "哪"):
        return ""
    words = pos(info.right[:6])
    word, flag = (words or [("", "")])[0]
    if flag == "v" and len(word) == 2 and info.wh_word in ("哪个", "哪一个") and len(words) > 1 \
            and words[1][1] in ("v", "vn"):
        # a measure word takes a noun: "哪个警署|调查" (警署 tagged v) is a noun before the verb it goes with
        return word
    return word if flag.startswith("n") and len(word) <= 3 else ""
