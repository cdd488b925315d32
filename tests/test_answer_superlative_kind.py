"""A thing asked by its superlative, answered from a sentence giving that superlative to another kind, declines
(superlative_kind.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.question import analyze
from qa.answer.superlative_kind import superlative_kind
from qa.normalize import fold


def _why(question: str, sentence: str, answer: str, kind: str = "term") -> str:
    s = fold(sentence)
    return superlative_kind(analyze(fold(question)), candidate_in(s, fold(answer), kind=kind))


def test_the_superlative_of_another_kind_declines():
    # DRCD 4982-7-1, 1174-23-1 and 3526-2-2, asked with their paragraphs not indexed
    assert _why("現存中國最早的佛經是哪一部?", "明代學者屠本畯又著成中國現存最早的海洋生物專著《閩中海錯疏》；",
                "《閩中海錯疏》") == "decline:kind"
    assert _why("世界上歷史最悠久的古典音樂節為？",
                "威尼斯影展創辦於1932年，是世界上歷史最悠久的影展，與德國柏林影展以及法國坎城影展並稱為國際三大影展。",
                "威尼斯", kind="place") == "decline:kind"
    assert _why("世界最大的錫克神廟在哪裡?",
                "漢諾瓦的技術信息圖書館是全世界最大的一個技術和自然科學圖書館，同時也是德國三座中央專業圖書館之一。",
                "德國三座中央專業圖書館之一", kind="slot") == "decline:kind"


def test_the_same_kind_stays():
    # the noun printed, or said otherwise with a character shared (DRCD 2455-2-1: 區域 ↔ 地區)
    assert _why("現存中國最早的佛經是哪一部?", "《四十二章經》是現存中國最早的佛經。", "《四十二章經》") == ""
    assert _why("哪一個病導致奧斯陸於14世紀時為最嚴重的區域?",
                "奧斯陸是14世紀挪威受到黑死病影響最嚴重的地區，在15和16世紀其人口和經濟狀況又經受了進一步的衰退。",
                "黑死病") == ""
    # a sentence giving no superlative at all, and an adverb 最終 (DRCD 6405-12-2), are not read
    assert _why("世界上歷史最悠久的古典音樂節為？", "哥廷根亨德爾國際音樂節創辦於1920年。",
                "哥廷根亨德爾國際音樂節") == ""
    assert _why("1916年的聯席會議二黨最終產生的協議為哪一個協議?",
                "印度國大黨和全印穆斯林聯盟於1916年12月舉行聯席會議，最終簽訂了勒克瑙協定。", "勒克瑙協定") == ""
