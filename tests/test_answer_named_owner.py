"""The figure or day of the one the question names, not another member's of its kind (named_owner.py): a sentence
that prints the kind's head noun (机场, 路) after another modifier and never the name asked speaks of another one;
its article's sentence that prints the name answers."""

from __future__ import annotations

from dataclasses import replace

from candidates import candidate_in, dict_tagger

from qa.answer.named_owner import named_owner_first
from qa.answer.question import analyze

# the question's words as jieba tags them (阜阳/ns 机场/n, 116/m 路/n)
_TAG = dict_tagger({"阜阳": "ns", "机场": "n", "2007": "m", "年": "m", "旅客": "n", "吞吐量": "n", "是": "v",
                    "多少": "m", "116": "m", "路": "n", "公交线路": "n", "于": "p", "哪天": "r", "开通": "v"})

_OTHERS = ("年旅客吞吐量在1000万人次以上的机场为10个,北京、上海和广州三大城市机场旅客吞吐量占到全部机场旅客吞吐量的"
           "35.1%。")
_ASKED = "其中阜阳机场的旅客吞吐量最少,去年只有1186人,全年起降航班50架次。"


def _airports() -> list:
    return [candidate_in(_OTHERS, "1000万人次", sid="a:0:2", score=11.0),
            candidate_in(_OTHERS, "10个", sid="a:0:2", score=9.7),
            candidate_in(_ASKED, "1186人", sid="a:0:4", score=8.9)]


def test_the_figure_of_the_sentence_naming_the_airport_asked_comes_first():
    kept = named_owner_first(_airports(), analyze("阜阳机场2007年旅客吞吐量是多少？"), _TAG)
    assert kept[0].text == "1186人"


def test_another_article_s_sentence_is_not_taken():
    kept = _airports()
    kept[2] = replace(kept[2], sentence=replace(kept[2].sentence, id="b:0:4", article_id="b"))
    assert named_owner_first(kept, analyze("阜阳机场2007年旅客吞吐量是多少？"), _TAG)[0].text == "1000万人次"


def test_a_sentence_pointing_back_to_the_name_keeps_its_figure():
    pointing = "该机场年旅客吞吐量为3000人。"
    kept = [candidate_in(pointing, "3000人", sid="a:0:5", score=11.0),
            candidate_in(_ASKED, "1186人", sid="a:0:4", score=8.9)]
    assert named_owner_first(kept, analyze("阜阳机场2007年旅客吞吐量是多少？"), _TAG)[0].text == "3000人"


def test_the_day_of_the_route_asked_comes_before_another_route_s():
    other = "9月23日開通D10路廣西大學—萬達茂公交首末站;"
    asked = "有部分線路已經開通運營,如9月18日開通山漸青公交站—南寧火車東站北的116路和W18路民族影城環線;"
    kept = [candidate_in(other, "9月23日", kind="time", sid="a:0:3", score=12.0),
            candidate_in(asked, "9月18日", kind="time", sid="a:0:2", score=10.0)]
    assert named_owner_first(kept, analyze("116路公交線路於哪天開通？"), _TAG)[0].text == "9月18日"


def test_a_sentence_naming_no_other_of_the_kind_keeps_its_figure():
    plain = "去年全国旅客吞吐量达到11.6亿人次。"
    kept = [candidate_in(plain, "11.6亿人次", sid="a:0:1", score=11.0),
            candidate_in(_ASKED, "1186人", sid="a:0:4", score=8.9)]
    assert named_owner_first(kept, analyze("阜阳机场2007年旅客吞吐量是多少？"), _TAG)[0].text == "11.6亿人次"
