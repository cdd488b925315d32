"""The item a typed question joins its question word to ("泉州人和哪一個地區的人") is answered by the item the
sentence prints on the other side of the list mark beside the question's item (list_partner.py). The sentences and
questions are DRCD's."""

from __future__ import annotations

import pytest
from candidates import sentence_of

from qa.answer.list_partner import _named_pieces, _partner, _words, partner
from qa.answer.question import analyze


@pytest.fixture(scope="module")
def tags():
    from qa.config import load_config
    from qa.postag import PosTagger
    from qa.tokenize import Tokenizer
    tok = Tokenizer(load_config(None))
    tagger = PosTagger(tok.pos_tokenizer(), tok.hmm)
    return lambda s: list(tagger.tag(s.folded))


def _answer(question: str, texts: list[str], tags) -> str:
    got = partner(analyze(question), [sentence_of(t, f"a:0:{i}") for i, t in enumerate(texts)], tags)
    return "" if got is None else got[0].text[got[1]:got[2]]


@pytest.mark.parametrize(("question", "text", "answer"), [
    # DRCD 6171-11-1: 漳州人 (nz) is no typed place; the question's item on the right of 、
    ("18世紀的時候，來台灣開墾的移民主要是泉州人和哪一個地區的人?",
     "雍正二年降旨准廣東人移民臺灣，到了18世紀乾隆後期開始出現大量開墾移民，而此臺灣移民又以漳州人、泉州人最多，"
     "客家人僅約漳泉人士之四分之一居次。", "漳州人"),
    # DRCD 2527-15-2: no person in the sentence at all; the item is a noun
    ("江南地區大部分莊園為寺院以及誰所有?", "世族與寺院的莊園大部分都是多方經營，從自給自足的性質，朝向商品經濟發展。",
     "世族"),
    # DRCD 3213-20-5: of a list of three, the item beside the question's last one (十字軍國家)
    ("突厥仍是東羅馬帝國的威脅，他們在1176年擊敗了由東羅馬、十字軍國家和誰組成的同盟?",
     "與此同時，突厥依然是一個威脅，1176年他們擊敗了曼努埃爾所率領的東羅馬、匈牙利與十字軍國家的四萬大軍。", "匈牙利"),
    # DRCD 5622-3-3: 英國文化 and 體育部 are both beside 媒體; 體育部 shares no character with the question
    ("自然史博物館受到文化媒體和哪一個單位資助?", "該博物館是由英國文化、媒體和體育部贊助的。", "體育部"),
    # DRCD 2526-7-3: the item starts after the passive's 被 (the 、 of the question joins another list)
    ("春秋樓、灞陵橋、大鴻寨、花都溫泉小鎮等許昌十景且都為市民以及誰的評選?",
     "2013至2014年，春秋樓、灞陵橋、大鴻寨、花都溫泉小鎮、西湖公園、文峰塔、國家花木博覽園、許都公園、紫雲山和鈞官窯"
     "遺址被專家和市民評選為許昌十景。", "專家"),
])
def test_the_item_beside_the_question_s_item_answers(question, text, answer, tags):
    assert _answer(question, [text], tags) == answer


@pytest.mark.parametrize(("question", "text"), [
    # 叙利亚 ends with 利亚 as 蒙古利亚 does, but not on a word edge of the sentence: no item of the question's
    ("蒙古利亞和哪邊都是北亞地區的範疇？",
     "驛道國內可達吐蕃、大理、天山南北路、蒙古草原，國外遠及波斯、敘利亞、俄羅斯及歐洲其它地區。"),
    # a question listing several items: the sentence's item beside one of them stands between none (王國, whose
    # other side is no item; 波斯, the question's own): the list's rest is rest.py's to read (DRCD 4997-10-3, 2480-2-1)
    ("「巴爾幹聯盟」是由南斯拉夫、羅馬尼亞、希臘和哪一個國家組成的?",
     "1924年，王國與希臘、羅馬尼亞和土耳其成立「巴爾幹聯盟」，希望保持巴爾幹半島實力均衡。"),
    ("在公元前有貿易往來的地方包括波斯、印度以及哪裡?",
     "坦尚尼亞是人類發源地之一，在公元前就同阿拉伯半島、波斯、印度等地有貿易往來。"),
    # 与 after a place set by 在 is "with", no list mark (suite pages56: "…在韓國東南部慶州與|韓國總統李在明" named
    # no one the question asks)
    ("李在明在庆州与哪位日本新任首相举行了首次首脑会谈？",
     "【韓國慶州時事】首相高市早苗於30日傍晚，在韓國東南部慶州與韓國總統李在明舉行了首次領袖會談。"),
    # the question word after no list mark
    ("18世紀的時候，來台灣開墾的移民主要是哪一個地區的人?", "而此臺灣移民又以漳州人、泉州人最多。"),
    # the item beside is the question's own (新的花垣鎮): no answer that repeats the question
    ("新的花垣鎮是由原窩勺鄉整體和哪一個地區相合併而成的?", "原窩勺鄉整體與花垣鎮合併組成新的花垣鎮。"),
])
def test_no_item(question, text, tags):
    assert _answer(question, [text], tags) == ""


def test_of_two_pairs_the_one_matching_more_of_the_question_s_item(tags):
    # DRCD 5423-1-4: "原大河坪鄉整體與茶峒鎮" shares only 鄉整體 with the question's 原窩勺鄉整體 (the item beside the
    # question's is then declined: the question prints 花垣鎮 itself, above)
    s = sentence_of("2005年進行鄉鎮行政區劃調整，將原21個鄉鎮調整為18個，將全縣的8鎮13鄉調整為8鎮10鄉，"
                    "即將原大河坪鄉整體與茶峒鎮合併更名為邊城鎮，原窩勺鄉整體與花垣鎮合併組成新的花垣鎮，"
                    "原大龍洞鄉整體與補抽鄉合併組成新的補抽鄉。")
    question = "新的花垣鎮是由原窩勺鄉整體和哪一個地區相合併而成的?"
    got = _partner(s.folded, _named_pieces(analyze(question)), _words(tags(s)), "新的城镇")  # (not the question's)
    assert got[1] is not None and s.text[got[1][0]:got[1][1]] == "花垣鎮"


def test_the_best_one_standing_in_the_item_stays_first(tags):
    # DRCD 5645-20-2: the run of nouns after 和 is 遼寧省梨樹縣商會會長; the best one, 于鳳至, stands in that item
    # already (compose._partner_first)
    from candidates import candidate_in

    from qa.answer.compose import _partner_first
    text = "1919年，張作霖命張學良和遼寧省梨樹縣商會會長于文斗女兒于鳳至結緍。"
    kept = [candidate_in(text, "于鳳至", "person"), candidate_in(text, "張作霖", "person")]
    info = analyze("張作霖曾於1919年時命令張學良與哪一個人結婚?")
    assert partner(info, [kept[0].sentence], tags) is not None  # (the item is read)
    assert _partner_first(kept, info, [kept[0].sentence], tags) == kept
