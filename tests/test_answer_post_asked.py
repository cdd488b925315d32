"""A post asked as a what-question, answered by a whole sentence: the post after its verb of taking one
(post_asked.py)."""

from __future__ import annotations

from qa.answer.post_asked import post_span
from qa.answer.question import analyze


def _post(question: str, sentence: str) -> str:
    got = post_span(sentence, analyze(question))
    return "" if got is None else sentence[got[0]:got[1]]


def test_the_post_after_a_verb_of_taking_it_to_the_clause_end():
    assert _post("太平兴国初年,楚昭辅位居何职?", "宋太宗太平兴国初年(976年),官升为枢密使。") == "枢密使"
    assert _post("曾带兵参与讨伐董卓的孙坚于东汉末年任职什么?",
                 "东汉末年,吴郡富春人孙坚任长沙太守,曾带兵参与讨伐董卓。") == "长沙太守"


def test_a_post_printed_with_yi_zhi_and_a_list_of_posts():
    assert _post("林则徐被撤职后,怡良担任过什么职位?", "怡良曾短暂署理两广总督一职。") == "两广总督"
    assert _post("李日华进士及第后担任什么官职?", "万历二十年(1592年)中三甲二十二名进士,任九江推官、西华知县。") \
        == "九江推官、西华知县"


def test_a_resume_line_and_a_post_left_are_no_post_taken():
    assert _post("1992年4月,罗保铭担任什么职务?", "1992年4月,任中共天津市大港区委副书记、代区长。") == ""
    assert _post("2017年4月,罗保铭担任什么职务?", "2017年4月1日,罗保铭卸任中共海南省委书记。") == ""


def test_only_a_post_asked():
    assert _post("孙坚于东汉末年做了什么?", "东汉末年,吴郡富春人孙坚任长沙太守。") == ""


def test_a_post_one_is_appointed_to_after_its_wei():
    assert _post("陈树林聘任黎锦林担任什么职务?", "陈树林当众宣布,聘任黎锦林为宝塔村村委会主任、宝塔砂布厂厂长。") \
        == "宝塔村村委会主任、宝塔砂布厂厂长"
