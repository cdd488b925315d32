"""A when-question asking a death, a birth, a founding or a signing is answered by a time whose sentence tells that
event, not by another happening's day in a sentence that fits the question's other words (asked_event.py); a
how-many question asking the figure of one kind of project is answered by a figure of that kind (project_kind.py)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.asked_event import asked_event_first
from qa.answer.project_kind import asked_project_kind, project_kind_first
from qa.answer.question import analyze
from qa.normalize import fold


def _when(question: str, *found: tuple[str, str]):
    cands = [candidate_in(fold(s), fold(t), "time", sid=f"a:0:{i}", score=10.0 - i)
             for i, (s, t) in enumerate(found)]
    return asked_event_first(cands, analyze(fold(question)))


FUNERAL = ("3月1日,山西省政协原主席张三同志遗体告别仪式在太原举行。", "3月1日")
DEATH = ("张三同志因病于2017年2月27日在太原逝世,享年86岁。", "2017年2月27日")


def test_the_time_of_the_sentence_telling_the_death_is_taken():
    kept, untold = _when("山西省政协原主席张三是哪一天逝世的？", FUNERAL, DEATH)
    assert kept[0].text == fold("2017年2月27日") and untold is None


def test_no_sentence_telling_the_founding_is_said():
    report = ("吴董事主席向与会者报告了“仰光互助中心2017年工作总结”。", "2017年")
    kept, untold = _when("仰光华助中心成立于哪一年？", report)
    assert untold is not None


def test_the_best_time_is_kept_when_it_tells_the_event_or_no_kind_is_asked():
    kept, untold = _when("张三是哪一天逝世的？", DEATH, FUNERAL)
    assert kept[0].text == fold("2017年2月27日") and untold is None
    # 举行 is a meeting's light verb, read by no kind: the best time stands
    kept, untold = _when("遗体告别仪式是哪一天举行的？", FUNERAL, DEATH)
    assert kept[0].text == "3月1日" and untold is None
    # two kinds asked (a life's two ends): neither alone
    kept, untold = _when("张三哪一年出生、哪一年去世？", FUNERAL)
    assert kept[0].text == "3月1日" and untold is None


BATCH = "此次全市集中开工的168个项目,总投资454.3亿元,其中有77个产业项目,有完善城市功能的37个基础设施项目。"


def _figures(question: str, *found: tuple[str, str]):
    cands = [candidate_in(fold(s), fold(t), "number", sid=f"a:0:{i}", score=10.0 - i)
             for i, (s, t) in enumerate(found)]
    return project_kind_first(cands, analyze(fold(question)), lambda c: True)


def test_the_kind_of_project_asked_is_read_before_project():
    assert asked_project_kind(analyze("长治市第一批集中开工项目中基础设施项目总投资多少亿元？"), BATCH) == "基础设施"
    assert asked_project_kind(analyze("榆林市二季度集中开工的产业项目有多少个？"), BATCH) == "产业"
    # as many of the words before 项目 as the page prints before it ("一月份|重点项目")
    assert asked_project_kind(analyze("宝鸡市一月份重点项目总投资多少亿元？"), "重点项目共有61个") == "重点"
    assert asked_project_kind(analyze("榆林市二季度开工了多少个重点工程？")) == ""
    assert asked_project_kind(analyze("产业项目总投资占全部项目总投资的比例是多少？")) == ""
    # the projects counted named after the question word: "攻坚项目" before it is the subject, not the kind
    assert asked_project_kind(analyze("玉林市的攻坚项目是从多少个自治区层面重大项目中选出的？")) == ""


def test_one_project_s_figures_are_left_alone():
    # the sentence counts no projects: the question names one project, not a kind of them
    kept, uncounted = _figures("中央广电总台涿州文化产业综合项目总投资约多少？", ("该项目总投资约300亿元。", "300亿元"))
    assert kept[0].text == "300亿元" and not uncounted


def test_the_figure_of_the_kind_asked_is_taken():
    kept, uncounted = _figures("集中开工的基础设施项目有多少个？", (BATCH, "168个"), (BATCH, "77个"),
                               (BATCH, "37个"))
    assert kept[0].text == "37个" and not uncounted
    other = "市级重点项目183个,今年计划完成投资55.7亿元。"
    kept, uncounted = _figures("本次开工的市级重点项目今年计划完成投资多少亿元？",
                               ("重点项目共有208个,今年计划完成投资92.7亿元。", "92.7亿元"), (other, "55.7亿元"))
    assert kept[0].text == "55.7亿元" and not uncounted


def test_a_kind_the_page_does_not_count_is_said():
    kept, uncounted = _figures("集中开工项目中基础设施项目总投资多少亿元？", (BATCH, "454.3亿元"))
    assert uncounted


def test_a_figure_of_the_projects_named_with_the_words_asked_is_kept():
    # the words asked are the clause's, before the figure ("集中开工的|168个|项目")
    kept, uncounted = _figures("全市集中开工项目有多少个？", (BATCH, "168个"))
    assert kept[0].text == "168个" and not uncounted


def test_a_death_told_in_other_words_or_by_a_life_span_keeps_the_time():
    # CMRC's 松平康忠 page: "…直至天正16年(1588年)死去", "松平康忠(1546年-1618年9月28日)是…"
    told = ("而近清一直辅助康忠直至天正16年(1588年)死去。", "天正16年(1588年)")
    kept, untold = _when("辅助康忠的近清什么时候去世的？", told)
    assert not untold
    span = ("松平康忠(1546年-1618年9月28日)是日本战国时代的武将。", "1618年9月28日")
    kept, untold = _when("松平康忠什么时候去世的？", span)
    assert not untold


def test_a_founding_told_in_other_words_stands_over_a_sentence_printing_the_asked_word():
    # DRCD 2430-9-4: "議會大廈建於1998年" answers 建立; a later sentence printing 建立 tells another founding
    built = ("议会大厦建于1998年,是世界上最大的议会建筑。", "1998年")
    other = ("1965年,政府建立了新的行政区。", "1965年")
    kept, untold = _when("西元几年建立议会大厦？", built, other)
    assert kept[0].text == "1998年" and not untold
