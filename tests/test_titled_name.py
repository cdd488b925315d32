"""A name after a rank, a title or a kin word no news post holds, cut by jieba into pieces no person rule reads
("副委员长|张/q|成泽/n", "壮士|丁/vg|旿/zg", "其侄|海山/ns", "少将|斋藤/nr|季治郎/n"), and the same name printed again
later in the sentence (titled_name.names_after_titles, read by names.persons). Sentences of DRCD's test set."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.names import persons
from qa.answer.titled_name import names_after_titles
from qa.normalize import fold


def _names(text: str) -> list[str]:
    f = fold(text)
    return [f[sp.start:sp.end] for sp in persons(f, pos_tags(f)) if sp.type == "person"]


def test_a_surname_and_a_noun_after_a_post_of_no_news_list():
    assert "张成泽" in _names("之后金正恩的姑父、一度被视为北韩实际上的「二号人物」的前国防委员会"
                          "副委员长张成泽在朝鲜劳动党的一次代表大会上被当众逮捕")


def test_a_proper_noun_after_a_kin_word():
    assert "海山" in _names("元成宗主要恪守元世祖时期的成宪,任用其侄海山镇守和林以平定西北海都之乱,"
                         "并且下令停止征讨日本与安南。")


def test_a_japanese_name_after_a_rank():
    assert "斋藤季治郎" in _names("1918年5月16日,日本陆军少将斋藤季治郎与段祺瑞政府代表靳云鹏,"
                             "在北京秘密签订《中日陆军共同防敌军事协定》。")


def test_the_name_again_without_its_title():
    f = fold("刘裕暗中命壮士丁旿埋伏,故意和诸葛长民闲话家常,乘诸葛长民警觉性下降时命丁旿将其杀死")
    starts = [sp.start for sp in persons(f, pos_tags(f)) if f[sp.start:sp.end] == "丁旿"]
    assert starts == [f.index("丁旿"), f.rindex("丁旿")]


def test_not_without_a_title_nor_past_a_verb():
    words = [(0, 1, "张", "q"), (1, 3, "成泽", "n"), (3, 4, "在", "p")]
    assert names_after_titles("张成泽在", words, [], lambda j: True) == []
    words = [(0, 3, "委员长", "n"), (3, 4, "张", "q"), (4, 6, "表示", "v")]
    assert names_after_titles("委员长张表示", words, [], lambda j: True) == []


def test_a_japanese_name_after_a_lord_and_before_a_lone_function_word():
    # "藩主|伊达/nz|政宗/n|为了/p": DRCD 4971-1-3
    assert "伊达政宗" in _names("1613年,仙台藩主伊达政宗为了与外国通商,邀请传教士,"
                            "派遣使节乘坐仙台藩制造的洋式帆船桑帆号出洋远航")
