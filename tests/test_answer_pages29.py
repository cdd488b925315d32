"""Question and composer rules found on pages29's mainland pages, each on a small page of its own."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.policy import relative_years
from qa.answer.typed import numbers


def test_a_year_named_by_its_distance_from_the_printed_year():
    assert relative_years("其中阜阳机场的旅客吞吐量最少,去年只有1186人", "2008") == {"2007"}
    assert relative_years("今年产量比前年增加", "2020") == {"2020"}  # 比前年: the year compared with
    assert relative_years("前年产量", "2020") == {"2018"}
    assert relative_years("去年只有1186人", "") == set()  # the report's year unknown
    assert relative_years("2019年产量", "2020") == set()


def test_last_year_in_a_dated_report_is_the_year_asked(config, tmp_path):
    engine = page_engine(config, tmp_path, "机场统计公报发布\n\n民航总局昨天发布了机场生产统计公报。"
                         "其中阜阳机场的旅客吞吐量最少,去年只有1186人,全年起降航班50架次。\n", name="mhxw_20080307.txt")
    assert "50" in engine.ask("阜阳机场2007年全年起降航班多少架次？").text
    assert engine.ask("阜阳机场2005年全年起降航班多少架次？").declined  # another year


def test_the_approximating_word_is_part_of_the_amount(config, tmp_path):
    engine = page_engine(config, tmp_path, "暑期实践启动\n\n全校共申报实践团队168支,近4000名同学参加点上的实践活动。"
                         "架桥机将一片又一片过百吨的T梁精准架设到位。\n\n宪法很长\n\n州宪法全长31万字,比美国宪法长近40倍。"
                         "最近3天里,游客逾300人。\n")
    assert engine.ask("有多少名同学参加点上的实践活动？").text == "近4000名"
    assert engine.ask("州宪法比美国宪法长近多少倍？").text == "40倍"  # the question says 近 itself
    assert engine.ask("游客有多少人？").text == "逾300人"


def test_approximating_words_before_a_figure_and_the_words_they_are_not():
    def texts(f: str) -> list[str]:
        return [f[s.start:s.end] for s in numbers(f)]
    assert "过百吨" in texts("将一片又一片过百吨的T梁精准架设到位")
    assert "超3000人" in texts("参观者超3000人")
    assert "3天" in texts("最近3天里") and "近3天" not in texts("最近3天里")  # 最近: lately, no approximation
    assert "过百吨" not in texts("经过百吨级的测试") and "超过百吨" not in texts("经过百吨级的测试")


def test_the_part_named_by_the_questions_words_over_the_whole(config, tmp_path):
    engine = page_engine(config, tmp_path, "暑期实践启动\n\n今年,全校共申报实践团队168支,"
                         "其中申报省级重点立项12支,校级重点立项20支。\n")
    assert engine.ask("申报省级重点立项的实践团队有几支？").text == "12支"
    assert engine.ask("校级重点立项的实践团队有几支？").text == "20支"
    assert engine.ask("全校共申报实践团队多少支？").text == "168支"  # the whole asked: the whole


def test_words_before_a_figure_within_its_clause():
    from qa.answer.phrased import words_before
    f = "全校共申报实践团队168支,其中申报省级重点立项12支"
    assert words_before(f, f.index("12支"), "申报省级重点立项的实践团队有") == len("申报省级重点立项")
    assert words_before(f, f.index("168支"), "申报省级重点立项的实践团队有") == len("实践团队")


def test_yesterday_with_the_day_in_brackets_is_a_day():
    from qa.answer.typed import times
    f = "中国民航总局昨(6)天发布了2007年民航机场生产统计公报。"
    assert "昨(6)天" in [f[s.start:s.end] for s in times(f)]
    g = "今(7)日上午,会议开幕。"
    assert "今(7)日上午" in [g[s.start:s.end] for s in times(g)]


def test_the_count_of_exactly_the_noun_asked_over_a_longer_one(config, tmp_path):
    engine = page_engine(config, tmp_path, "校报评估结束\n\n"
                         "这次评估共评出了两家“优秀校报标兵”、9家“优秀校报”和12家“达标校报”。\n")
    assert engine.ask("这次评估共评出了几家优秀校报？").text == "9家"
    assert engine.ask("这次评估共评出了几家优秀校报标兵？").text == "两家"


def test_the_outlets_own_word_for_itself_before_a_post(config, tmp_path):
    engine = page_engine(config, tmp_path, "金页奖揭晓\n\n《宁波建设报》获2016年度全国工程建设行业报纸“金页奖”。"
                         "本报主编沈杰获2016年度全国工程建设行业优秀通讯员。\n")
    assert engine.ask("宁波建设报的主编是谁？").text == "沈杰"
    assert engine.ask("宁波日报的主编是谁？").declined  # a paper the article never names


def test_the_starting_point_a_question_frames_with_cong_kaishi(config, tmp_path):
    engine = page_engine(config, tmp_path, "土地流转\n\n石甸社区是纯农业村。2015年,从出租土地种西瓜开始,"
                         "社区开启了土地流转的破冰之路。\n")
    assert engine.ask("石甸社区从什么开始开启土地流转的破冰之路？").text == "出租土地种西瓜"

