"""A row of counts tells its items apart by the words after each figure: the figure whose words after it close the
question answers (clause_tail.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.clause_tail import tail, tail_figure_first
from qa.answer.question import analyze

_TEXT = "“97项政务服务事项不出乡、52项不出村”"


def _kept() -> list:
    return [candidate_in(_TEXT, "97项", score=10.2), candidate_in(_TEXT, "52项", score=8.1)]


def test_the_figure_whose_words_close_the_question_comes_first():
    assert tail(_kept()[1]) == "不出村"
    assert tail_figure_first(_kept(), analyze("日喀则市有多少项政务服务事项不出村？"))[0].text == "52项"


def test_the_best_closing_the_question_stays():
    assert tail_figure_first(_kept(), analyze("日喀则市有多少项政务服务事项不出乡？"))[0].text == "97项"


def test_a_figure_inside_the_best_ones_clause_is_no_item_of_its_own():
    # "41次巡逻任务中捣破5次非法加油活动": one deed, 5次 counts inside the 41 patrols
    text = "消防处利用无人机打击非法燃油转注 41次巡逻任务中捣破5次非法加油活动"
    kept = [candidate_in(text, "41次", score=9.0), candidate_in(text, "5次", score=8.0)]
    info = analyze("消防处的无人机在多少次巡逻任务中捣破非法加油活动？")
    assert tail_figure_first(kept, info)[0].text == "41次"


def test_the_figure_right_before_the_deed_asked_comes_first():
    text = "通城代表团共有55名市人大代表,除7名请假外,其余48名市人大代表已全部向大会报到。"
    kept = [candidate_in(text, "55名", score=11.0), candidate_in(text, "7名", score=9.9),
            candidate_in(text, "48名", score=8.8)]
    info = analyze("咸宁市六届人大二次会议报到时通城代表团有几名代表请假？")
    assert tail_figure_first(kept, info)[0].text == "7名"
    assert tail_figure_first(kept, analyze("通城代表团有几名市人大代表？"))[0].text == "55名"


def test_the_best_whose_own_words_hold_the_deed_stays():
    # 自治组织 closes the question and is printed in the best's own words: 5个组织 counts the province's share
    text = "民政部拟表彰200个全国先进基层群众性自治组织和498名全国优秀社区工作者,吉林省共有5个组织和13名个人上榜。"
    kept = [candidate_in(text, "200个", score=10.0), candidate_in(text, "5个", score=8.0)]
    assert tail_figure_first(kept, analyze("民政部拟表彰多少个全国先进基层群众性自治组织?"))[0].text == "200个"
