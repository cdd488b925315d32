"""The figure a word of the question follows in its own clause answers before the best-scored one of the same
measure ("幾歲時才得以親政" ↔ "於五歲即位,…於十八歲親政"), unless the best is printed right after its label
(echo_figure.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.echo_figure import echo_figure_first
from qa.answer.question import analyze

# DRCD 5489-2-3 and 1174-9-2
_REIGN = ("同治帝於五歲即位，由二十六歲的生母慈禧皇太后掌權，而一直在母親慈禧太后的控制下，於十八歲親政，"
          "在位期間，歐洲列強未有入侵。")
_LAND = "下薩克森邦包括164個城市，54個市級鄉鎮，804個鄉鎮以及25個無管理區域，它們共同構成了37個行政區縣。"
# CMRC TRIAL_987_QUERY_3, the page of pages.qa.yaml:66
_GORGE = "帕特纳赫峡谷是一座长702米，深80米的峡谷，位于德国巴伐利亚州加尔米施-帕滕基兴附近。"
_RED = "凡連續擲出三聖筊都即可獲得一個錢母紅包,內含吉祥數之金額,限量168個,發完為止。"


def test_the_figure_the_asked_event_follows_comes_first():
    kept = [candidate_in(_REIGN, "五歲", score=9.0), candidate_in(_REIGN, "二十六歲", score=8.0),
            candidate_in(_REIGN, "十八歲", score=7.0)]
    assert echo_figure_first(kept, analyze("同治帝一直到幾歲時才得以親政?"))[0].text == "十八歲"


def test_the_count_the_asked_noun_follows_comes_first():
    kept = [candidate_in(_LAND, "164個", score=9.0), candidate_in(_LAND, "25個", score=7.0)]
    assert echo_figure_first(kept, analyze("沒有管理的區域在下薩克森邦中有多少？"))[0].text == "25個"


def test_a_figure_after_its_label_or_the_asked_dimension_stays():
    kept = [candidate_in(_GORGE, "702米", score=9.0), candidate_in(_GORGE, "80米", score=7.0)]
    assert echo_figure_first(kept, analyze("帕特纳赫峡谷有多长？"))[0].text == "702米"  # 80米|的峡谷 echoes
    kept = [candidate_in(_RED, "168個", score=9.0), candidate_in(_RED, "一個", score=7.0)]
    assert echo_figure_first(kept, analyze("萬安堂擲筊活動的錢母紅包限量多少個？"))[0].text == "168個"


def test_a_word_after_the_clause_mark_is_the_next_items():
    text = "今年琼海城镇新增就业5200人,农村劳动力转移就业4000人。"
    kept = [candidate_in(text, "4000人", score=9.0), candidate_in(text, "5200人", score=7.0)]
    assert echo_figure_first(kept, analyze("琼海今年农村劳动力转移就业目标是多少人？"))[0].text == "4000人"
