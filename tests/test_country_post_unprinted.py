"""A country's post asked ("哈萨克斯坦总理") that the article never prints with that country: the role it names
freely is another country's, so the post is not told (people.country_post_unprinted)."""

from __future__ import annotations

from qa.answer.people import country_post_unprinted

_TRIP = ("李克强总理结束在吉尔吉斯斯坦的议程,飞赴哈萨克斯坦首都阿斯塔纳。当天下午,李克强总理在同热恩别科夫总理"
         "举行会谈时表示:")


def test_a_country_never_printed_with_the_role_asked():
    assert country_post_unprinted("在阿斯塔纳会见的哈萨克斯坦总理", _TRIP)


def test_the_country_printed_with_the_role_or_a_modifier_of_it():
    assert not country_post_unprinted("哈萨克斯坦总理", _TRIP + "哈萨克斯坦总理马西莫夫")
    assert not country_post_unprinted("澳洲前总理", "特邀澳洲前总理吉亭会面")


def test_not_a_country_owner():
    assert not country_post_unprinted("明报的社长", "新华通讯社社长田聪明")
