"""The ordinal the question's own words follow answers before the best-scored one: the item its clause names
("第幾區設置了鎮越縣" ↔ "…第一區置車里縣,…第五區置鎮越縣"), or the noun the question puts after 第幾 ("德國第幾大的
城市" ↔ "第五大城市", not "第二大都市區") (ordinal_item.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.ordinal_item import ordinal_item_first
from qa.answer.question import analyze

# DRCD 5769-3-1, 5769-3-2, 2472-1-1 and 2493-14-1
_COUNTIES = ("民國十六年以普思沿邊行政總局第一區置車里縣，第二區置五福縣，第三區置佛海縣，第四區置臨江行政區，"
             "第五區置鎮越縣，治今勐臘縣勐捧鎮，1930年遷治今易武鄉，第六區置象明縣，第七區置普文縣，第八區置蘆山縣，"
             "皆屬普洱道；")
_CITY = "法蘭克福，正式全名為美茵河畔法蘭克福，是德國中西部的黑森邦的第一大城市，也是德國的第五大城市。"
_AREA = "法蘭克福-萊茵河-美茵河都市圈有著五百萬人口，為僅次於萊茵魯爾的德國第二大都市區。"
_TRADES = "就產業構造來看，第一產業佔長崎縣經濟總量的2.6%、第二產業佔16.2%、第三產業佔80.1%。"


def _districts() -> list:
    return [candidate_in(_COUNTIES, f"第{n}區", kind="number", rule="ordinal", score=9.0 - i)
            for i, n in enumerate("一二三四五六七八")]


def test_the_ordinal_whose_item_the_question_names_comes_first():
    assert ordinal_item_first(_districts(), analyze("民國十六年時於行政總局第幾區設置了鎮越縣?"))[0].text == "第五區"
    assert ordinal_item_first(_districts(), analyze("民國十六年時蘆山縣被設置於行政總局第幾區?"))[0].text == "第八區"


def test_the_ordinal_the_asked_noun_follows_comes_first():
    kept = [candidate_in(_AREA, "第二大", rule="ordinal", score=9.0, sid="a:0:1"),
            candidate_in(_CITY, "第一大", rule="ordinal", score=8.0)]
    assert ordinal_item_first(kept, analyze("德國第幾大的城市為美茵河畔法蘭克福?"))[0].text == "第一大"


def test_the_best_ordinal_whose_clause_holds_the_question_stays():
    kept = [candidate_in(_TRADES, "第二產業", rule="ordinal", score=9.0),
            candidate_in(_TRADES, "第一產業", rule="ordinal", score=8.0)]
    assert ordinal_item_first(kept, analyze("佔16.2%為長崎縣第幾的產業?"))[0].text == "第二產業"
