"""Question and composer rules found on pages36's pages (editorials, wire copy, a price report), each on a small
page of its own or on the span readers directly."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.question import analyze
from qa.answer.typed import numbers, times
from qa.normalize import fold


def _texts(spans, text):
    return [text[s.start:s.end] for s in spans]


def test_a_year_in_chinese_numerals_in_the_question_is_a_year():
    assert analyze("二00七年中国国内生产总值增长目标是多少？").years == ("2007",)
    assert analyze("二〇〇七年的目标是多少？").years == ("2007",)
    assert analyze("二零一九年十月发生了什么？").years == ("2019",)
    assert analyze("一九八〇年代的产量是多少？").years == ()  # a decade, not a year
    assert analyze("三千年前发生了什么？").years == ()  # no year of this era


def test_a_year_in_chinese_numerals_asked_of_another_years_report_is_declined(config, tmp_path):
    engine = page_engine(config, tmp_path, "政府工作报告发布\n\n报告指出,今年发展主要预期目标是:"
                         "国内生产总值增长5%左右;居民消费价格涨幅3%左右。\n", name="jjckb_20230315.txt")
    assert "3%" in engine.ask("二〇二三年居民消费价格涨幅目标是多少？").text
    assert engine.ask("二00七年居民消费价格涨幅目标是多少？").declined


def test_a_figure_keeps_the_unit_it_is_per_and_a_compound_power_of_ten():
    text = fold("19种蔬菜平均价格为4.34元/公斤,粮食产量保持在1.3万亿斤以上")
    got = _texts(numbers(text), text)
    assert "4.34元/公斤" in got
    assert "1.3万亿斤" in got
    text = fold("增长5%左右")
    assert _texts(numbers(text), text) == ["5%"]  # the bounding word stays out, as reading-comprehension golds


def test_last_year_and_its_month_are_one_time():
    text = fold("殆至去年六月川村总督莅任,今年3月又有变动")
    got = _texts(times(text), text)
    assert "去年六月" in got
    assert "今年3月" in got


def test_an_age_asked_is_not_answered_by_a_bare_number(config, tmp_path):
    engine = page_engine(config, tmp_path, "谎称有炸弹获刑\n\n8月1日,被告高四明在较场口乘坐702路公交车,因车票问题"
                         "与售票员发生争执。被告王世海今年45岁。\n", name="cqwb_20080929.txt")
    assert engine.ask("高四明多大年纪？").declined  # 702 is a bus route
    assert "45岁" in engine.ask("王世海多大年纪？").text


def test_a_term_and_its_session_are_one_number(config, tmp_path):
    text = fold("政协定州市七届三次会议隆重开幕,十八届三中全会精神")
    got = _texts(numbers(text), text)
    assert "七届三次" in got and "十八届三中" in got
    engine = page_engine(config, tmp_path, "政协会议开幕\n\n政协定州市七届三次会议隆重开幕了。\n",
                         name="dingzhou_20140122.txt")
    assert "七届三次" in engine.ask("政协定州市第几届几次会议开幕了？").text


def test_a_kind_asked_is_named_with_its_noun(config, tmp_path):
    engine = page_engine(config, tmp_path, "花美人美\n\n本报多次报道崎山公园的樱花开了,八仙山公园的桃花开了。\n",
                         name="jjjjb_20230530.txt")
    assert "樱花" in engine.ask("崎山公园什么花开了？").text


def test_a_year_asked_in_chinese_numerals_is_found_printed_in_them(config, tmp_path):
    engine = page_engine(config, tmp_path, "報史\n\n一九九四年十二月二十日《華澳郵報》改版為《華澳日報》。\n",
                         name="waou_19941220.txt")
    assert "華澳日報" in engine.ask("一九九四年十二月二十日《華澳郵報》改版為甚麼報？").text
    assert engine.ask("一九九五年《華澳郵報》改版為甚麼報？").declined


def test_the_day_of_one_end_of_an_event_is_not_told_by_the_other_end(config, tmp_path):
    engine = page_engine(config, tmp_path, "人大会议开幕\n\n中新社北京三月五日电 十届全国人大五次会议今天上午在北京"
                         "人民大会堂拉开帷幕。\n", name="zxs_20070305.txt")
    assert engine.ask("十届全国人大五次会议哪一天闭幕？").declined
    assert not engine.ask("十届全国人大五次会议哪一天开幕？").declined
