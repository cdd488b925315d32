"""The noun asked printed as the head of a compound elsewhere in the sentence names the thing asked.

A what-question names the kind it asks ("发生了什么著名的战役", "签署了哪一个法案", "哪一方面的主张"); the sentence
often prints the answer as a compound ending in that noun ("著名的|博罗季诺战役|就发生在…", "国会通过|克莱斯勒贷款
法案|,…卡特签署同意后…", "在|政治主张|上的分歧"), while the slot the question's anchors found, its verb paraphrased
in the sentence, holds the neighbouring phrase ("距该城12千米处", "同意后借出15亿美元贷款"). When the slot does not
end with the noun asked, the run of nouns right before that noun in the sentence, with the noun, answers it; only
where the sentence prints one such compound, its modifier not the question's own words nor holding the slot (which
names the modifier already: "佛教" of 佛教术语)."""

from __future__ import annotations

import re

from ..types import Candidate
from .genitive_head import phrase_before
from .question import QuestionInfo
from .shape import Tagger
from .spans import offsets

_WHICH = ("哪", "什么")
# what a question may put between its question word and the noun asked: a kind word and 的 ("哪种类型的脚踏车",
# "什么版本的圣经"), 的 alone after 哪一方面 ("哪一方面的主张"), or an adjective and 的 ("什么著名的战役", read by its
# tag); any other "X的" names what is asked (X) and its noun is X's part ("哪一种语言的音译")
_KIND = re.compile(r"(?:类型|种类|版本)的")
_TOUCH = 2  # characters between the slot and a compound it modifies (a closing quote, 的)
_COPULAS = ("为", "是")  # a slot ending with one ("这可从同为|两栖动物") stands before the compound, not in it
_WORDS = re.compile(r"[^\W_]+")  # a compound of words and figures, no punctuation or space
# nouns too general to head a name: the compound ending in them is another thing's ("发展中国家" for 哪个国家)
_GENERAL = ("国家", "地方", "东西", "问题", "情况", "方面", "时候", "原因", "方式", "方法", "事情", "人物")


def asked_noun(info: QuestionInfo, pos: Tagger) -> str:
    """The run of nouns (n, j, l, not a person's name) after a which-word, past an adjective and its 的, 2–6
    characters: "什么著名的战役" → 战役, "哪一个法案之后" → 法案; "" when there is none."""
    if info.qtype != "what" or info.expects or not info.wh or not info.wh_word.startswith(_WHICH) \
            or info.wh_word.startswith(("什么时", "什么地")):
        return ""
    right = info.right
    kind = _KIND.match(right)
    if kind:
        right = right[kind.end():]
    elif right.startswith("的") and info.wh_word.endswith("方面"):
        right = right[1:]
    elif "的" in right[1:4]:
        words = pos(right[:right.index("的", 1)])
        if len(words) == 1 and words[0][1] == "a":
            right = right[right.index("的", 1) + 1:]
    run = ""
    for word, flag in pos(right[:8]):
        if not (flag.startswith("n") or flag in ("j", "l")) or flag.startswith("nr") or len(run) + len(word) > 6:
            break
        run += word
    return run if len(run) >= 2 and run not in _GENERAL else ""


def compound_ending_in_noun(best: Candidate, info: QuestionInfo, pos: Tagger) -> Candidate | None:
    """The compound of the best candidate's sentence ending in the noun asked, when the slot does not end with that
    noun and the sentence prints exactly one such compound not of the question's own words; None otherwise."""
    if not best.rule.startswith("slot"):
        return None
    noun = asked_noun(info, pos)
    if not noun:
        return None
    f = best.sentence.folded
    slot = f[best.start:best.end].strip()
    if noun[-1] in f[best.start:best.end]:
        return None  # the slot holds the noun's head: its phrase already, or a cutter's business
    found: list[tuple[int, int]] = []
    at = f.find(noun)
    while at >= 0:
        # the noun after 的: the phrase before 的 names it ("在|无障碍环境|的规划上难度…较高")
        end = at - 1 if at > 0 and f[at - 1] == "的" else at
        cut = phrase_before(f, end, pos)
        if cut is not None:
            text = f[cut:end]
            if best.start <= cut <= best.end + _TOUCH and not slot.endswith(_COPULAS) \
                    and not (cut < best.end and _inside_word(f, best.end, pos)):
                return None  # the slot modifies the compound itself: it names the thing ("“五八”|强首府战略",
                # "“常驻+轮驻+随驻”的|灵活机制", "惠誉|三大国际评级机构", "综艺或戏剧|节目"); not when it ends with a
                # copula or cuts the compound's word ("这可从同为两栖|动物", 两栖动物 one word)
            if not _WORDS.fullmatch(text) or slot in text:
                pass  # across punctuation; or the slot names the modifier already ("佛教" of 佛教术语)
            elif end < at and not any(flag.startswith(("n", "j", "l")) for _w, flag in pos(text)):
                pass  # "最|著名|的作品是…": an adjective before 的 describes the noun, it names nothing
            elif text not in info.text and f[cut:at + len(noun)] not in info.text:
                found.append((cut, end if end < at else at + len(noun)))
        at = f.find(noun, at + len(noun))
    if len({f[a:b] for a, b in found}) != 1:
        return None  # none, or several compounds of the kind: which one is asked the sentence does not say
    start, end = found[0]
    return best.narrowed(start, end, "compound")


def _inside_word(f: str, at: int, pos: Tagger) -> bool:
    """Offset `at` of `f` falls inside one of its words as tagged."""
    return any(a < at < b for a, b, _w, _f in offsets(pos(f)))
