"""A what-question's event that the answer's sentence does not tell: none of its verbs, few of its nouns.

"南北戰爭後，聯邦政府對南方採用何種管制方式?" ↛ "兩個月後，南方政府開始發動武裝起事，北方政府被逼應戰，南北戰爭開始
爆發", "狄托的改革內容包括外交、內政以及哪一個方面?" ↛ "狄托的晚年消耗在撐過新的政經局面當中", "在哪一種自然環境中可以
發現長頸鹿?" ↛ "環境保護主義呼籲依法保護、恢復並改良自然環境": the retrieved sentence shares a word or two with the
question (南北戰爭, 狄托, 自然環境), often from an article on the same topic, but tells another event. What ties an
answer to the question's event is the event itself: its verb (採用, 包括, 發現) printed in the sentence, or a good
part of its nouns (聯邦政府, 管制, 方式; 改革, 內容, 外交, 內政) printed in its article. When no verb is printed in
the sentence and fewer than a third of the nouns in the article, the answer tells of something else: declined
(`decline:event`, another candidate may still answer). Nouns read in the sentence and the text before it only lost
two right answers in sample for one wrong declined (取得超過半數議會席次 told as 得到過半議席).

Read only for what-questions with a verb besides the question word. A third, not half as `period_apart.py` asks:
a what-question names more of its setting than a when-question (永曆七年五月, 清朝, 議和 for an 官職), and a
sentence that answers it prints one of three ("順治帝敕封鄭成功為海澄公": 永曆 of 永曆, 議和, 官職). When-,
where- and who-answers so read lost more right answers than they declined wrong ones on the half-index protocol
(a year or a place is told in other words more often than a thing, and a near year scores as right).

Measured on the half-index protocol (CMRC 2018 trial and DRCD pooled, against main b0ddf857): 3 answers declined,
all wrong, all to absent questions (absent declined 0.9013 -> 0.9026, precision of the answers given 0.7890 ->
0.7901, present F1 unchanged 0.7067). In sample: CMRC and DRCD identical. Absent-paper protocol: one wrong answer
declined (mbcn's 哪個購物中心 answered from another paper's mall)."""

from __future__ import annotations

from ..types import Candidate
from .agreement import Surroundings
from .question import QuestionInfo
from .spans import offsets

# nouns: every n… tag (jieba tags some people's names nrfg: 马飚/nrfg), a verb read as a noun, an abbreviation
_NOUN_TAGS = frozenset(("vn", "j"))
_SHARE = 3  # fewer than one noun in this many printed: the sentence is about something else


def event_untold(info: QuestionInfo, best: Candidate, around: Surroundings) -> str:
    """"decline:event" when a what-question's answer comes from a sentence printing none of the question's verbs
    and an article printing fewer than a third of its nouns; "" otherwise."""
    if info.qtype != "what" or not info.wh or around.tag is None or best.type == "byline":
        return ""
    nouns, verbs = [], []
    for start, end, word, flag in offsets(around.tag(info.text)):
        if start < info.wh[1] and info.wh[0] < end or len(word) < 2:
            continue  # the question word is no word of the event; nor a single character (是, 有, 的)
        if flag.startswith("n") or flag in _NOUN_TAGS:
            nouns.append(word)
        elif flag.startswith("v"):
            verbs.append(word)
    if not verbs or not nouns:
        return ""
    sentence = best.sentence.folded
    if any(verb in sentence for verb in verbs):
        return ""  # the event's verb is printed with the answer
    # the nouns anywhere in the article: a sentence of the right article tells the event in its own words ("…得到
    #過半議席…稱為「五五年體制」" for 取得超過半數議會席次; 馬飚 printed in the lead of his biography)
    told = around.with_sentence(sentence)
    held = sum(noun in told for noun in nouns)
    return "decline:event" if held * _SHARE < len(nouns) else ""
