"""Another name asked: "蓍的别名是什么" ↔ "蓍(学名:…),又名欧蓍、千叶蓍、锯草、…、羽衣草,是菊科蓍属的多年生草本植物":
the names printed after 又名 (别名, 别称, 又称, 俗称…) in the sentence that holds the question answer it, all of
them, with the word that introduces them (as CMRC's golds quote it), up to the clause's end; not one name of
another article's sentence, nor the sentence, nor a piece of the names cut at a variant's markup
("-{zh-hant:猴面包树;zh-hans:猢狲树}-", whose ; and : end no clause)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Candidate
from .front import to_front
from .question import QuestionInfo
from .spans import ITEMS_END

_ASKED = re.compile(r"(?:别名|别称|又名|又称|俗名|俗称|别号|其他名称|其它名称)(?:是|有|叫|为)?$")
_MARK = re.compile(r"又名|别名|别称|又称|亦称|俗称|俗名|又叫|也称|或称|别号")
_MARKUP = re.compile(r"-\{[^{}]*\}-")  # a wiki page's variant markup, printed as is in CMRC's texts


def asks_alias(info: QuestionInfo) -> bool:
    """Whether the question asks another name of something: "X的别名是什么", "X又称什么", "X有哪些别称"."""
    return bool(info.wh) and info.qtype in ("definition", "what", "list") and not info.right.strip("?？ 呢") \
        and _ASKED.search(info.left) is not None


def _clause_end(f: str, at: int) -> int:
    skip = {i for m in _MARKUP.finditer(f) for i in range(m.start(), m.end())}
    return next((i for i in range(at, len(f)) if f[i] in ITEMS_END and i not in skip), len(f))


def alias_span(f: str, asked: str = "", marked: bool = True) -> tuple[int, int] | None:
    """(start, end) of the naming word of the folded sentence `f` and the names after it, to its clause's end: the
    word the question asks by (`asked`: 俗名 for "X的俗名是什么") where the sentence prints it, else its first;
    None when there is none or no name follows. `marked`: the span opens with the naming word."""
    at = f.find(asked) if asked else -1
    m = _MARK.search(f, at) if at >= 0 else _MARK.search(f)
    if m is None:
        return None
    end = _clause_end(f, m.end())
    if end - m.end() < 2:
        return None
    return (m.start() if marked else m.end(), end)


def _asked(info: QuestionInfo) -> tuple[str, bool]:
    """The naming word the question asks by, and whether the answer opens with it: "X的别名是什么" quotes it ("又名
    …", as CMRC's golds do), "X又名什么" asks only the names after it."""
    m = _ASKED.search(info.left)
    word = _MARK.search(m.group()) if m else None
    return (word.group() if word else ""), info.left[:m.start()].endswith("的") if m else False


def alias_first(kept: Sequence[Candidate], info: QuestionInfo,
                coverage: Callable[[Candidate], float]) -> list[Candidate]:
    """`kept` (best first) with a candidate of the sentence printing other names that holds most of the question
    (the better ranked first among equals) at the front, for a question asking another name; `aliased` then cuts
    the answer to the names."""
    kept = list(kept)
    if not kept or not asks_alias(info):
        return kept
    asked, marked = _asked(info)
    hosts = [c for c in kept if alias_span(c.sentence.folded, asked, marked) is not None]
    if not hosts:
        return kept
    subject = _subject(info)
    return to_front(kept, max(hosts, key=lambda c: (_opens(c.sentence.folded, subject), coverage(c), -kept.index(c))))


def _subject(info: QuestionInfo) -> str:
    """What the question asks another name of: "黄蝉" in "黄蝉的别称叫什么"."""
    m = _ASKED.search(info.left)
    return info.left[:m.start()].removesuffix("的").strip() if m else ""


def _opens(f: str, subject: str) -> bool:
    """Whether the folded sentence opens with the subject as a whole name ("黄蝉(学名…)", not "软枝黄蝉…")."""
    return bool(subject) and f.startswith(subject) and not re.match(r"[\u4e00-\u9fff]", f[len(subject):])


def aliased(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The answer cut to the naming word and the names after it in its sentence, for a question asking another
    name; None when it asks something else or its sentence prints no other name."""
    if not asks_alias(info):
        return None
    span = alias_span(best.sentence.folded, *_asked(info))
    if span is None or span == (best.start, best.end):
        return None
    return best.narrowed(span[0], span[1], "alias")
