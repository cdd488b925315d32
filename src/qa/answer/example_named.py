"""A class answered where the sentence goes on to name the one of it: the name it gives answers a which-question.

"哪一恒星" ↔ "红矮星的|闪光星|,像是|鲸鱼座·优咇|,可能拥有明显的星斑特征"; "哪一个探测器" ↔ "曾有一群|国际太空探测器|
被送去探测彗星系统,其中最重要的是欧洲太空总署非常成功的|乔托号"; "在哪一范围内" ↔ "受到太阳风扩张影响所及的|气泡状
范围|称为|太阳圈". The head noun rule finds the class (it ends with the noun asked); the question asks for one thing,
which the sentence names right after it, as an example (像是, 例如), as the foremost of them (其中最…的是) or by the
name it is called (称为; not when the question itself asks by 称/叫/名)."""

from __future__ import annotations

import re

from ..types import Candidate
from .question import QuestionInfo
from .spans import clause_end, trim

# right after the class: ",像是", ",例如"; or in the next clause: ",其中最重要的是"
_EXAMPLE = re.compile(r"[,，]\s*(?:像是|例如|比如|譬如)")
# right after the class, the name it is called by: "…的气泡状范围|称为|太阳圈" (unless the question asks by that verb)
_CALLED = re.compile(r"(?:被)?(?:称为|称之为|称作|叫做|叫作)")
_CALLED_ASKED = re.compile(r"称|叫|名")
_FOREMOST = re.compile(r"[,，]其中最[\u4e00-\u9fff]{1,4}的?(?:是|为|就是)")
_WITHIN = 12  # characters between the class and ",其中最…" (its clause's predicate)
_NAME_ENDS = frozenset(",，。;；:：、!！?？()（）")
_LONGEST = 12


def example_named(best: Candidate, info: QuestionInfo) -> Candidate | None:
    """The head answer moved to the name the sentence gives right after it as an example or as the foremost one;
    None when no such name follows."""
    if info.qtype != "what" or info.expects or not best.rule.startswith("head") or not info.wh_word.startswith("哪"):
        return None
    f = best.sentence.folded
    m = _EXAMPLE.match(f, best.end)
    if m is None and not _CALLED_ASKED.search(info.text):
        m = _CALLED.match(f, best.end)
    if m is None:
        m = _FOREMOST.search(f, best.end, best.end + _WITHIN + 12)
        if m is None or any(c in f[best.end:m.start()] for c in "。;；"):
            return None
    start, end = m.end(), clause_end(f, m.end(), _NAME_ENDS)
    at = f.rfind("的", start, end)
    start, end = trim(f, at + 1 if at >= 0 else start, end)
    if not 2 <= end - start <= _LONGEST or f[start:end] in info.text:
        return None
    return best.narrowed(start, end, "example")
