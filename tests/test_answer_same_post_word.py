"""A person the article prints only with the asked post's word of another office ("民政局長吳世瑋" for
"地政局長是誰", "南屯區長" for "北屯區長") does not answer it; another sentence may (post_elsewhere.other_post_only,
"decline:other-post")."""

from __future__ import annotations

from candidates import candidate_in
from page_engine import page_engine

from qa.answer.agreement import Surroundings
from qa.answer.post_elsewhere import other_post_only
from qa.answer.question import analyze


def _around(article: str) -> Surroundings:
    return Surroundings(article=article, near="")


def test_the_same_post_word_of_another_office_is_another_post():
    s = "由民政局长吴世玮代表市长卢秀燕主持及监誓。"
    best = candidate_in(s, "吴世玮", "person")
    assert other_post_only(analyze("台中市政府地政局長是誰？"), best, _around(s)) == "decline:other-post"
    assert other_post_only(analyze("台中市政府民政局長是誰？"), best, _around(s)) == ""
    assert other_post_only(analyze("局長是誰？"), best, _around(s)) == ""  # the bare word: his


def test_the_other_office_s_holder_is_not_given(config, tmp_path):
    engine = page_engine(config, tmp_path, "區長布達\n\n台中市政府今日舉行區長布達典禮,由民政局長吳世瑋代表市長盧秀燕"
                         "主持及監誓。\n")
    assert engine.ask("台中市政府地政局長是誰？").declined
    assert "吳世瑋" in engine.ask("台中市政府民政局長是誰？").text


def test_the_page_s_own_post_is_not_another_office():
    s = "本报主编陈国强代表获奖者作了经验介绍。"
    best = candidate_in(s, "陈国强", "person")
    assert other_post_only(analyze("《飞跃报》的主编是谁?"), best, _around(s)) == ""
