"""The thing a what-, where- or who-question opens with must be printed where its answer is: else the answer is of
another thing that shares the question's other words."""

from __future__ import annotations

import pytest
from candidates import candidate_in, pos_tags

from qa.answer.agreement import Surroundings
from qa.answer.question import analyze
from qa.answer.subject_unprinted import subject_unprinted
from qa.config import load_config
from qa.normalize import fold
from qa.tokenize import Tokenizer

_TOKENIZER = Tokenizer(load_config())


def _why(question: str, sentence: str, answer: str, article: str, kind: str = "span") -> str:
    sentence, article = fold(sentence), fold(article)
    c = candidate_in(sentence, fold(answer), kind)
    around = Surroundings(article=article + " " + sentence, tag=pos_tags, freq=lambda w: int(_TOKENIZER.freq(w)))
    return subject_unprinted(analyze(fold(question)), c, around)


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # DRCD 6204-2-3: a safety valve's use asked, a design movement's "功能的變化" given (工业设计)
    ("安全閥的功能是?", "1980年代義大利的Memphis運動，打破了傳統造形與功能的變化。", "變化", "工业设计", "span"),
    # DRCD 6135-5-3: the Temple of Heaven's trees asked, a Rwandan forest's given (盧安達)
    ("天壇中有哪一種樹種的樹林?", "紐格威森林是現存最大的樹林，內有200種樹種，還擁有蘭花和海棠。",
     "紐格威森林是現存最大", "盧安達", "span"),
    # DRCD 1156-11-2: who runs the roads asked (公路 opens it), a university of Chongqing given
    ("公路在中國是由什麼單位負責的？", "而重慶郵電大學則是負責研發中國3G制式-TD-SCDMA的負責單位。",
     "重慶郵電大學", "重慶", "org"),
    # DRCD 6089-3-3: steam locomotives asked, a paragraph on push-pull trains gives a fragment
    ("蒸汽機車在哪一場戰爭結束之前，仍是最常見的鐵路機車?",
     "在一列「前拉後推式」的列車裡，一輛鐵路機車在最前面拉、另一輛則在最後面推，使列車前進。", "最後面推", "鐵路機車",
     "span"),
])
def test_an_unprinted_subject_declines(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == "decline:subject"


@pytest.mark.parametrize(("question", "sentence", "answer", "article", "kind"), [
    # the thing printed in the answer's article
    ("安全閥的功能是?", "當壓力超過設定值時，閥門自動開啟放氣減壓。", "放氣減壓", "安全閥", "span"),
    # DRCD 5577-7-3: the opening noun is the question word's object (信仰|哪一種宗教), said 信奉 in the text
    ("信仰哪一種宗教的國家通常使用西里爾字母?", "信奉東正教的國家一般使用西里爾字母，因為它與希臘字母比較相近。",
     "東正教", "拉丁字母發展史", "span"),
    # DRCD 6161-1-2: only the owner before 的 is read; 國家 is what is asked of it
    ("人口數量歐洲第一的國家是?", "德國人口數量歐洲第二，僅次於俄羅斯。", "俄羅斯", "德国地理", "place"),
    # a common noun after the opening word names a setting, not the thing (韩国|军队: 军队 said 国军)
    ("韓國軍隊可以根據哪一法案對外派兵？", "韓國國會國防委員會通過了《有關國軍參與海外派遣活動的法律案》。", "法律案",
     "韓國", "span"),
    # a transliterated name the dictionary does not know is spelled many ways (凯萨 for 凯撒)
    ("凱薩在散文上的貢獻包括哪部作品?", "他在散文上的貢獻主要包括歷史著作《高盧戰記》七卷和《內戰記》三卷。", "內戰記",
     "凱撒", "span"),
    # a short form whose full form the article prints
    ("中國科大推行哪一項計畫?", "學校在高年級本科生中推行「大學生研究計劃」。", "大學生研究計劃", "中國科學技術大學",
     "span"),
    # DRCD 5677-3-1: the thing is the owner's first noun (雷暴, printed); 生命週期 after it is said otherwise
    ("雷暴生命週期的哪一個階段可能會有積雨雲進入平流層的現象?", "在成熟階段，積雨雲變得越來越大，甚至會進入平流層。",
     "成熟階段", "雷暴", "span"),
    # DRCD 5759-7-2: a common noun before another noun is no subject (領導 a verb the tagger read as a noun)
    ("領導晉滅譙蜀之戰的西征主將為哪一個人?", "劉裕以朱齡石為益州刺史，率軍伐蜀。", "朱齡石", "宋武帝", "person"),
    # DRCD 4965-1-4's 蓋爾人 is a noun for people, who are told by other words ("他們"): left alone
    ("蓋爾人的生活方式是?", "克里米亞韃靼人和哈薩克人的地理位置、生活方式、語言，保留了最多欽察人特色。", "語言",
     "欽察", "span"),
    # a kind of body (報社) is told by its name or "本報"
    ("報社向哪個部門申領記者証？", "本報於是向新聞局申領記者證。", "新聞局", "本報新聞", "org"),
    # neither a what-, where- nor who-question
    ("安全閥在哪一年發明?", "1980年代義大利的Memphis運動興起。", "1980年代", "工业设计", "time"),
])
def test_a_printed_or_unread_subject_is_kept(question, sentence, answer, article, kind):
    assert _why(question, sentence, answer, article, kind) == ""
