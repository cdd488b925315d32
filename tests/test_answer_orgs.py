"""Organisation names jieba cut apart are rejoined (typed.rejoined_orgs)."""

from __future__ import annotations

from qa.answer.spans import Span
from qa.answer.typed import orgs, rejoined_orgs


def test_an_organisation_jieba_cut_is_rejoined_with_the_nouns_of_its_name():
    f = "担任维基媒体基金会的技术长"
    org = Span(f.index("媒体"), f.index("的"), "org", "org")
    run = Span(f.index("维基"), f.index("的"), "term", "term")
    # the whole name, and the cut one too (what it adds may be the question's own words)
    assert [(s.start, s.end) for s in rejoined_orgs(f, [org], [run])] == [(run.start, run.end), (org.start, org.end)]
    # a year before it is no part of its name
    f = "2015年基金会成立"
    org = Span(5, 8, "org", "org")
    assert rejoined_orgs(f, [org], [Span(0, 8, "term", "term")]) == [org]


def test_a_count_a_preposition_or_a_parent_body_before_it_stays_out():
    cases = (("中国大陆第一家电视台", "电视台"), ("以共产党为核心", "共产党"),
             ("印第安纳大学摩利尔法学院", "摩利尔法学院"))
    for f, name in cases:
        org = Span(f.index(name), f.index(name) + len(name), "org", "org")
        assert rejoined_orgs(f, [org], [Span(0, org.end, "term", "term")]) == [org]


def _orgs(pos):
    text = "".join(w for w, _ in pos)
    return [text[sp.start:sp.end] for sp in orgs(text, pos)]


def test_a_school_word_jieba_cut_off_a_name_is_a_school_with_that_name():
    # "中国|新闻|学院": a place opens the run before the school word, so it names one school
    assert "中国新闻学院" in _orgs([("高昱", "nr"), ("是", "v"), ("中国", "ns"), ("新闻", "n"), ("学院", "n"),
                                ("1996", "m"), ("年", "m"), ("的", "uj"), ("硕士", "n")])
    # "研究生|学院", "公共|事务|学院": common nouns before it name a kind of school, none in particular
    assert _orgs([("最佳", "z"), ("研究生", "n"), ("学院", "n"), ("的", "uj"), ("排名", "v")]) == []
    assert _orgs([("在", "p"), ("公共", "b"), ("事务", "n"), ("学院", "n"), ("中", "f")]) == []


def test_an_office_jieba_cut_off_its_name_is_an_organisation():
    pos = [("由", "p"), ("自治区", "n"), ("互联网", "n"), ("信息", "n"), ("办公室", "n"), ("主办", "b")]
    assert [(s.start, s.end) for s in orgs("由自治区互联网信息办公室主办", pos)] == [(4, 12)]  # two nouns back
    # a room of someone's is none
    assert orgs("他的办公室", [("他", "r"), ("的", "uj"), ("办公室", "n")]) == []


def test_the_other_name_after_ji_is_the_same_body_even_one_jieba_tags_nt():
    # "A暨B": one body with two names; B a word jieba tags nt, as the first is, stays in it (not B alone)
    pos = [("华侨", "n"), ("华人", "n"), ("联合会", "nt"), ("暨", "nt"), ("肯尼亚", "ns"),
           ("中国和平统一促进会", "nt"), ("成立", "v")]
    assert _orgs(pos) == ["华侨华人联合会暨肯尼亚中国和平统一促进会"]
    # without 暨 two bodies side by side stay apart
    assert _orgs([("市委", "nt"), ("、", "x"), ("市政府", "nt")]) == ["市委", "市政府"]
