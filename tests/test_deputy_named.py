"""A count or a day asked of a post the answer's sentence prints only with the other rank — the deputy for the
head, the head for the deputy — is another holder's (deputy_named.py: "decline:post")."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.deputy_named import deputy_for_post
from qa.answer.question import analyze

_HEAD = "选举铁岭市人民政府市长1名。"
_DEPUTY = "哈尔滨市委副书记、市长宫本言12日来阿城检查工作。"


def test_the_head_counted_is_no_count_of_deputies():
    info = analyze("铁岭市第九届人大二次会议选举了几名副市长?")
    assert deputy_for_post(info, candidate_in(_HEAD, "1名")) == "decline:post"


def test_the_deputy_s_day_is_no_day_of_the_head():
    info = analyze("哈尔滨市委书记哪一天来阿城检查工作?")
    assert deputy_for_post(info, candidate_in(_DEPUTY, "12日", kind="time")) == "decline:post"


def test_the_post_printed_as_asked_is_kept():
    assert deputy_for_post(analyze("选举了几名市长?"), candidate_in(_HEAD, "1名")) == ""
    both = "选举市长1名、副市长4名。"
    assert deputy_for_post(analyze("选举了几名副市长?"), candidate_in(both, "4名")) == ""


def test_a_who_question_is_left_to_the_post_checks():
    assert deputy_for_post(analyze("哈尔滨市委书记是谁?"), candidate_in(_DEPUTY, "宫本言", kind="person")) == ""
