""""2021年元旦假日期間三亞接待境外游客多少人次?" ↛ "…三亞共接待游客40.74萬人次", "宝鸡市…重点项目年度计划投资多少亿元?"
↛ "…重点项目360个,总投资358.78亿元": a how-much question narrows the noun it measures by a word right before it
(境外|游客, 年度计划|投资, 大貨車|車流量), and the answer's sentence prints that noun with no such word — every time it
prints it, what stands right before is a word of the question itself (接待, 收費站) or a total's (总, 共): the figure
is the unqualified whole, of which the part asked is not printed ("decline:subject"; another candidate may still
answer). So too when the narrowing word is printed nowhere in the answer's article, whatever stands before the noun
in the sentence ("接待過夜游客19.02萬人次" for 境外游客, a page never printing 境外; 每年最低收入 ↛ "增加一笔…收入").

Where it stops: the qualifier printed in the sentence or the text just before it (the headline, the sentence naming
the subject) keeps the answer, as does, when the article prints the qualifier elsewhere, any other word before the
noun in the sentence ("海外游客" for 境外: the
same part in other words, or another part that `agreement.other_modifier` reads). A place, a person, a time, a figure
or a pronoun before the noun (三亞|游客, 今年|收入) is the owner or the date, not a part of the thing: read by the
place, year and subject checks instead. A verb (位居) is no qualifier of a noun."""

from __future__ import annotations

from ..types import Candidate
from .agreement import ASKED_AMOUNT, Surroundings
from .question import QuestionInfo
from .spans import offsets

# the owner, the date, a figure, a pronoun or a locative before the noun: no part of the thing measured
_NOT_PARTS = ("ns", "nr", "nrfg", "nrt", "t", "m", "mq", "q", "r", "f")
# a word of a total or of the thing named again before the noun ("总投资", "共接待", "该项目"): no other part
# the noun measured: a common noun or a verb read as one (投资/vn), not a name (苏家敏/nr) nor a deed (聘请/v)
_NOUNS = ("n", "vn", "nz", "nl", "ng")
_MARKS = " ?？!！。,，"
_WHOLE = ("该", "本", "此", "这", "其", "这个", "这项", "该项", "全", "共", "总", "总共", "一共", "共计")


def qualifier_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the word narrowing the noun a how-much question measures is printed neither in the
    answer's sentence nor before it, and either nowhere in the article or the sentence prints the noun only after
    the question's own words or a total's; "" otherwise."""
    if info.qtype != "number" or around.tag is None or len(info.right.strip(_MARKS)) > 1:
        return ""  # "多少个|责任单位…": the noun measured follows the question word, not read here
    words = [(w, flag) for w, flag in around.tag(ASKED_AMOUNT.sub("", info.left).rstrip()) if w.strip()]
    while words and words[-1][1] == "f":
        words.pop()  # "收入|中": no part of the noun
    if len(words) < 2:
        return ""
    (mod, mflag), (head, hflag) = words[-2], words[-1]
    if len(head) < 2 or hflag not in _NOUNS or len(mod) < 2 or mflag in _NOT_PARTS \
            or (mflag[:1] not in ("n", "a", "b", "s") and mflag != "vn") or mod in _WHOLE:
        return ""
    sentence = best.sentence.folded
    # a page's column spaces cut words ("温 格禁赛2场"): the qualifier is looked for with them taken out
    if head not in sentence or mod in (sentence + " " + around.near).replace(" ", ""):
        return ""
    if mod not in around.article:
        return "decline:subject"  # the part asked is printed nowhere in the article (境外, 最低, 柴油): not told
    tiles = list(offsets(around.tag(sentence)))
    for n, (_start, _end, word, _flag) in enumerate(tiles):
        if not word.endswith(head):
            continue
        before = word[:len(word) - len(head)]  # "总|投资", "車|流量": glued into one word
        if not before:
            if not n or not tiles[n - 1][2].strip(_MARKS + "、;；:："):
                return ""  # "…小麦喜获丰收。总产20.93万吨": the noun opens its clause, its topic told before
            before = tiles[n - 1][2]
            if before == "的" and n >= 2:
                before = tiles[n - 2][2]
        if before and before not in _WHOLE and before not in info.text:
            return ""  # "海外|游客": the sentence's own qualifier, the part asked said otherwise or another part
    return "decline:subject"
