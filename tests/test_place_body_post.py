"""A city's bodies printed bare ("市委副书记王汉武", "市人大常委会主任兰德明") in an article that names the city
("政协第六届吴忠市委员会…") are that city's: the sentence is read for "吴忠市委副书记是谁" though it covers little of
the question (people.printed_bare), and the article naming the place is the one read (people.names_owner)."""

from __future__ import annotations

from qa.answer.people import names_owner, printed_bare
from qa.normalize import fold

_ARTICLE = fold("本报讯(记者马一萍)1月12日下午,政协第六届吴忠市委员会第三次会议举行第二次全体会议。")
_ROW = fold("市委书记、市长王学军,市人大常委会主任兰德明,市委副书记王汉武,以及市委、人大、政府的其他领导")


def test_the_city_body_printed_bare_in_an_article_naming_the_city():
    assert printed_bare(fold("吴忠市委副书记"), _ROW, _ARTICLE + _ROW)
    assert printed_bare(fold("吴忠市人大常委会主任"), _ROW, _ARTICLE + _ROW)
    assert names_owner(fold("吴忠市委副书记"), _ARTICLE)


def test_another_citys_article_does_not_name_it():
    other = fold("8日,鞍山市召开全市领导干部大会。市人大常委会主任孙慧芳出席会议。")
    assert not printed_bare(fold("吴忠市人大常委会主任"), other, other)
    assert not names_owner(fold("吴忠市人大常委会主任"), other)
