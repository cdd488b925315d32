"""A question asking for a thing that is named in quotation marks — a slogan, a word, a title, a law or treaty
("哪一示威口號", "用哪四個字形容", "依據哪一條章", "哪一部作品", "仰賴什麼法律") — is answered by the quoted term
of the sentence ("以德國統一為目標的「我們是一個民族！」", "《國民養老保險法》"), whatever its last word: the
noun asked need not end it, as the head generators need. Other questions do not take quoted terms as candidates
(measured: every quoted term as a candidate cost CMRC 48 answers for 13)."""

from __future__ import annotations

import re

from .question import QuestionInfo

# kinds of things that are printed in quotation marks: wordings, titles of works, laws and treaties
_QUOTED_KINDS = ("口号", "标语", "字", "歌词", "称号", "名称", "书", "作品", "电影", "小说",
                 "文章", "法律", "宪法", "法案", "条约", "和约", "条例", "协定", "大纲", "章", "专辑", "诗",
                 "歌曲", "书名", "片名", "刊物", "报刊", "杂志", "战略", "方针", "理念")
# the noun after the question word (a few characters of modifier allowed: "哪一示威|口号") ends with such a kind
# (before a verb only where the kind is followed by what it does: "哪四个字|形容", "哪一单字|来表示")
_AFTER_WH = re.compile(r"^[^\W\d_]{0,3}?(?:" + "|".join(sorted(_QUOTED_KINDS, key=len, reverse=True))
                       + r")(?![\u4e00-\u9fff])|^[^\W\d_]{0,3}?(?:" + "|".join(_QUOTED_KINDS)
                       + r")(?=[的是为中里在所被让由于使来]|形容)")
# a name asked ("叫什么名字") is any name, mostly unquoted: 字 there is no wording asked
_NAME = re.compile(r"^[^\W\d_]{0,3}?名字")
# or the noun before a closing copula ("…的口号为?")
_BEFORE_COPULA = re.compile(r"(?:" + "|".join(_QUOTED_KINDS) + r")(?:是|为|叫)?$")


def asks_quoted(info: QuestionInfo) -> bool:
    """The question asks for a thing of a kind printed in quotation marks."""
    if info.wh is None or _NAME.search(info.right.strip()):
        return False
    return bool(_AFTER_WH.search(info.right.strip())) or (
        not info.right.strip(" ?？") and bool(_BEFORE_COPULA.search(info.left.strip())))


_QUOTED_MOST = 20  # characters: a longer quotation is a saying, not a term's name
_CLAUSE_MARKS = frozenset(",，;；。")
_STRAIGHT = ("\"", "'")  # a title or a slogan is one phrase; marks paired across clauses quote nothing


def quoted_term(folded: str, start: int, end: int, question: str) -> bool:
    """The quoted text folded[start:end] can answer as a term: 2–20 characters, one phrase, with a Chinese
    character (a Latin-only quotation glosses an original title, "《"Embrace"》"), in marks that open and close
    differently (two straight quotes may pair the close of one quotation with the open of the next), and not the
    question's own words."""
    text = folded[start:end]
    return (2 <= len(text) <= _QUOTED_MOST and not any(c in _CLAUSE_MARKS for c in text)
            and folded[start - 1:start] not in _STRAIGHT and any("\u4e00" <= c <= "\u9fff" for c in text)
            and text not in question)


def kind_after(folded: str, end: int, info: QuestionInfo) -> bool:
    """The quotation ending at `end` is followed (its closing mark and up to three characters of modifier
    between) by the kind asked: "“工业立市、开放兴市、合力建市”发展战略" names the strategy asked, a quotation
    elsewhere in the sentence names something else. Only for the kind before a closing copula ("…的发展战略是
    什么"); read for "哪张专辑" too, it cost CMRC one answer (TRIAL_99_QUERY_4)."""
    m = None if info.right.strip(" ?？") else _BEFORE_COPULA.search(info.left.strip())
    kind = next((k for k in sorted(_QUOTED_KINDS, key=len, reverse=True) if m and k in m.group()), "")
    return bool(kind) and kind in folded[end + 1:end + 1 + 3 + len(kind)]
