"""A province's name does not name the city of the same name (agreement._short_held): "吉林" printed only in
吉林省 is no 吉林市, so a figure asked of 吉林市 is not taken from 长春市's sentence of an article on the province."""

from __future__ import annotations

from qa.answer.agreement import names_held


def test_the_province_does_not_name_its_city_of_the_same_name():
    assert not names_held("吉林市", "民政部拟表彰吉林省的社区,其中长春市1个社区入选")
    assert names_held("吉林市", "吉林市昌邑区一个社区入选")


def test_short_forms_still_hold():
    assert names_held("海淀区", "海淀的房价")  # the short form alone
    assert names_held("花莲县", "花莲市公所")  # a place inside the county, by the county's name
    assert names_held("吉林省", "吉林的社区")
