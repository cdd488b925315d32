"""A democratic party's local committee is one organisation ("民盟商丘市委会"), though jieba cuts off its 会 and
tags 民进 an adjective (typed._party_committees). Sentences of 商丘日报's page (pages60)."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.typed import orgs


def _orgs(sentence: str) -> list[str]:
    return [sentence[s.start:s.end] for s in orgs(sentence, pos_tags(sentence))]


def test_a_partys_city_committee_is_one_organisation():
    text = ("魏东飞委员代表民盟商丘市委会作《深化科技赋能 助力我市小麦种业振兴》的发言,"
            "杨静委员代表民进商丘市委会作《构建殷商之源文化三大体系》的发言")
    got = _orgs(text)
    assert "民盟商丘市委会" in got and "民进商丘市委会" in got
    assert "农工党商丘市委会" in _orgs("闫堃委员代表农工党商丘市委会作《加快推进我市创新型企业高质量发展》的发言")


def test_a_city_committees_meeting_is_no_party_committee():
    assert not any(o.endswith("会") for o in _orgs("商丘市委会议研究部署了全年工作"))
