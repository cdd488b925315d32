"""A person the article prints only with posts of another post word ("区委常委、组织部长杨英涛" for "天津市市长是谁")
does not answer the post asked: a person answer holds the asked post exactly (post_elsewhere.other_post_only,
"decline:other-post"); not when a clause naming the person goes on to the asked word ("由总编辑唐达聪升任第一任社长").
Sentences of tests/data/pages (bhgx_20100613, worldjournal_20260212_la), folded."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.post_elsewhere import other_post_only
from qa.answer.question import analyze


def _around(article: str) -> Surroundings:
    return Surroundings(article=article, near="")


def test_a_person_printed_only_with_another_post_word_is_not_the_holder():
    s = "区委常委、组织部长杨英涛宣读成立天津市中心渔港经济区管委会的决定。"
    best = candidate_in(s, "杨英涛", "person")
    assert other_post_only(analyze("天津市市长是谁？"), best, _around(s)) == "decline:other-post"
    assert other_post_only(analyze("组织部长是谁？"), best, _around(s)) == ""


def test_not_when_the_clause_naming_the_person_goes_on_to_the_asked_post():
    s = "1985年6月,由总编辑唐达聪升任第一任社长(1985~1994);"
    best = candidate_in(s, "唐达聪", "person")
    assert other_post_only(analyze("世界日报洛杉矶社第一任社长是谁？"), best, _around(s)) == ""


def test_a_post_asked_by_its_holder_s_name_is_the_post_asked():
    # pages53:204: "X叫什么名字" asks the holder of the post as "X是谁" does; the spokesman who mentions the
    # secretary-general is not its holder
    from qa.answer.people import asked_post
    question = analyze("出席“一带一路”国际合作高峰论坛的联合国秘书长叫什么名字？")
    assert asked_post(question).endswith("联合国秘书长")
    assert asked_post(analyze("曼德勒市市长叫什么名字？")) == "曼德勒市市长"
    s = "外交部发言人耿爽11日在例行记者会上介绍,29位外国元首、政府首脑及联合国秘书长等3位重要国际组织负责人将出席。"
    assert other_post_only(question, candidate_in(s, "耿爽", "person"), _around(s)) == "decline:other-post"
    # a kinship noun is no post: no post asked
    assert asked_post(analyze("他的儿子叫什么名字？")) == ""
