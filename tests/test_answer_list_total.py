"""The figure of the member of a kind the question names, not the total of a list holding it (list_total.py)."""

from __future__ import annotations

from dataclasses import replace

from candidates import candidate_in, dict_tagger
from stories import engine_of

from qa.answer.list_total import in_counted_list, member_figure_first
from qa.answer.question import analyze

_TAG = dict_tagger({"梧州": "ns", "收费站": "n", "免费通行": "v", "小汽车": "n", "达到": "v", "多少": "m",
                    "辆次": "q", "国庆": "t", "首日": "t"})
_TOTAL = ("公司管理的梧州、梧州西、倒水、五岭四个收费站车流量合计同比增长10%,"
          "其中免费通行小汽车同比增长16%,达到14000辆次;")
_OWN = "截至1日16时,梧州收费站车流量同比增长5%,达到近10000辆次,其中免费通行小汽车同比增长7%,达到8500辆次;"
_ASKED = "国庆首日梧州收费站免费通行小汽车达到多少辆次？"


def test_a_member_in_a_counted_list():
    assert in_counted_list("梧州、梧州西、倒水、五岭四个收费站车流量", "梧州", "收费站")
    assert in_counted_list("倒水、五岭和梧州三个收费站", "梧州", "收费站")
    assert not in_counted_list("梧州收费站车流量", "梧州", "收费站")
    assert not in_counted_list("梧州、南宁等地的收费站", "梧州", "收费站")  # no count of the kind


def test_the_member_s_figure_comes_before_the_list_s_total():
    kept = [candidate_in(_TOTAL, "14000辆次", sid="a:0:3", score=11.0),
            candidate_in(_OWN, "近10000辆次", sid="a:0:2", score=9.0),
            candidate_in(_OWN, "8500辆次", sid="a:0:2", score=8.5)]
    assert member_figure_first(kept, analyze(_ASKED), _TAG)[0].text == "8500辆次"


def test_another_article_s_figure_is_not_taken():
    kept = [candidate_in(_TOTAL, "14000辆次", sid="a:0:3", score=11.0),
            candidate_in(_OWN, "8500辆次", sid="b:0:2", score=8.5)]
    kept[1] = replace(kept[1], sentence=replace(kept[1].sentence, article_id="b"))
    assert member_figure_first(kept, analyze(_ASKED), _TAG)[0].text == "14000辆次"


def test_the_engine_answers_the_member_s_figure():
    engine = engine_of([("国庆首日高速车流量大增", [
        "当天上午,记者在青梧高速公路青梧收费站看到,从市区进入高速公路的车辆接二连三。",
        "截至1日16时,青梧收费站车流量同比增长5%,达到近10000辆次,其中免费通行小汽车同比增长7%,达到8500辆次;"
        "公司管理的青梧、青梧西、倒水、五岭四个收费站车流量合计同比增长10%,其中免费通行小汽车同比增长16%,达到14000辆次。"])],
        "w")
    got = engine.ask("国庆首日青梧收费站免费通行小汽车达到多少辆次？")
    assert not got.declined and "8500" in got.text
