"""Organisation names jieba cut apart are rejoined (typed.rejoined_orgs)."""

from __future__ import annotations

from qa.answer.spans import Span
from qa.answer.typed import rejoined_orgs


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
