"""The thing a what-, where- or who-question is about, and an answer's paragraph that never prints it.

"安全閥的功能是?" ↛ "1980年代義大利的Memphis運動，打破了傳統造形與功能的變化", "天壇中有哪一種樹種的樹林?" ↛
"紐格威森林是現存最大的樹林，內有200種樹種", "蒸汽機車在哪一場戰爭結束之前…" ↛ a paragraph on push-pull trains:
the question opens with the thing it asks about (安全阀, 天坛, 蒸汽机车), the retrieved sentence shares its other
words (功能, 树林, 铁路机车), and neither it, the text before it nor its article prints the thing. The answer is of
another thing: declined (`decline:subject`, so a candidate from an article that prints it may still answer).
`absent_names.opening_subject_unprinted` does this for figures and times asked; this rule reads the names asked.

The thing is read from the question's subject: its opening words up to the first verb, preposition, adverb or
pronoun, and of those only the owner, before the first 的 ("安全阀|的功能": 功能 is what is asked of it, said
otherwise in the text that answers: 作用, 用途). The thing is the owner's first noun: one the dictionary counts 1,000
times or fewer (十进制, 天坛, 安全阀), or a common one that is the whole subject (公路|在…, 人民币|的…); a noun after
it names a part or a setting the answering text may say otherwise (雷暴|生命周期 for 雷暴's 成熟阶段, 东罗马|农垦区).
Left alone: a subject that is the question word's object or setting ("信仰|哪一种宗教", "历史上的…", "经历过了…"), a
common noun before another noun (领导|晋灭谯蜀之战: a verb the tagger read as a noun), a word the dictionary does not
know or a person's name (transliterations are spelled many ways: 凯萨, 凯撒), and a word the tagger glued to a
particle or a number's unit ("法系指的是", "438年率水军"); a noun for people or a kind of body (盖尔人, 作者, 报社:
told by a pronoun or "本报"). A place counts as printed by its short form (茂名 for 茂名市), a short form by its full
form (中国科大 in 中国科学技术大学).

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, against main bc442c7d): 11 answers declined
(10 to absent questions), all wrong, none right lost (absent declined 0.9004 -> 0.9048, precision of the answers given
0.776 -> 0.7797). In sample: CMRC identical, DRCD 4 wrong answers declined, none right (precision 0.8488 -> 0.8496).
The common noun that does not open the question alone, the words the dictionary does not know, people's names and
the nouns after the first lost 8 right DRCD answers for 14 wrong declined: left alone."""

from __future__ import annotations

from ..lexicon import ADMIN_SUFFIXES, CJK, HEAD_KINDS, PERSON_NOUN_ENDS
from ..types import Candidate
from .agreement import Surroundings, names_held, names_in
from .post_owner import titles_person
from .question import QuestionInfo
from .short import expansion
from .spans import offsets

_ASKED = ("what", "where", "who")
# what ends the subject: a verb, a preposition, an adverb, a pronoun, a conjunction, a time or locative word, a
# particle of aspect, punctuation ("公路|在…", "天坛|中…", "蒸汽机车|在…")
_SUBJECT_ENDS = ("v", "p", "d", "r", "c", "x", "ad", "t", "f", "ul", "uz", "ug", "zg")
_NOUN_TAGS = frozenset(("n", "nz", "ns", "nt", "nw", "j", "nr", "nrt"))
_PLACE_TAGS = ("ns", "nt")
_KINDS = frozenset(word for kinds in HEAD_KINDS.values() for word in kinds)
_RARE = 1000  # dictionary frequency up to which a noun names one thing (安全阀 13, 天坛 389; 功能 8056 does not)
# after the subject, what makes it the question word's setting or a verb's: "历史|上的", "经历|过了"
_NOT_SUBJECT_AFTER = ("上", "过", "了", "着")
# a word the tagger glued to a particle, a conjunction or a number's unit ("法系指的是", "和宜兰", "438年率水军",
# "日治时期时兴大附属"): no word of its own
_GLUED_ENDS = tuple("是为时在和与及")
_GLUED_STARTS = tuple("年月日时和与及跟同")


def subject_unprinted(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:subject" when the thing a what-, where- or who-question opens with is printed neither in the
    answer's sentence, the text before it nor its article; "" otherwise."""
    if info.qtype not in _ASKED or not info.wh or around.tag is None or not around.article \
            or best.type == "byline":
        return ""
    owner = _owner(info, around)
    if not owner:
        return ""
    end = owner[-1][1]
    if end == info.wh[0] or info.text.startswith(_NOT_SUBJECT_AFTER, end):
        return ""
    thing = next((w for w in owner if len(w[2]) >= 2 and w[3] in _NOUN_TAGS and all(CJK.match(c) for c in w[2])),
                 None)
    if thing is None:
        return ""
    start, _, word, flag = thing
    freq = around.freq(word)
    if freq == 0 or flag == "nr" or word.startswith(_GLUED_STARTS) or word.endswith(_GLUED_ENDS):
        return ""  # a word the dictionary does not know, a person's name, or one glued to its neighbour
    if freq > _RARE and not (start == 0 and sum(w[3] != "m" for w in owner) == 1):
        return ""  # a common noun is the thing only when it is the whole subject ("公路|在…", "人民币|的…")
    if word in _KINDS or PERSON_NOUN_ENDS.search(word):
        return ""  # a kind of body or a person (报社, 作者, 罹难者) is told by its name or a pronoun: "本报", "他"
    text = around.with_sentence(best.sentence.folded)
    # a city or county the tagger read as an abbreviation ("高邮市/j"): a place all the same, held by its short
    # form (a local paper's name, "今日高邮", prints it where its text says only "市建行")
    place = flag in _PLACE_TAGS or (flag == "j" and word.endswith(ADMIN_SUFFIXES) and len(word) >= 3)
    held = word in text or expansion(text, word) is not None or (place and names_held(word, text))
    if not held and flag in _PLACE_TAGS:
        # the owner of a post before a name the text prints ("美国|前总统|奥巴马": post_owner.py)
        held = any(titles_person(info.text, start + len(word), at) and names_held(name, text)
                   for _, name, at in names_in(info.text, around))
    return "" if held else "decline:subject"  # (a place by its short form: 茂名 for 茂名市)


def _owner(info: QuestionInfo, around: Surroundings) -> list[tuple[int, int, str, str]]:
    """The words of the question's subject before its first 的, in order: its opening words up to the first verb,
    preposition, adverb, pronoun or the question word."""
    assert around.tag is not None and info.wh is not None
    out = []
    for start, end, word, flag in offsets(around.tag(info.text)):
        if start >= info.wh[0] or word == "的" or flag in _SUBJECT_ENDS or flag.startswith("v"):
            break
        out.append((start, end, word, flag))
    return out
