"""A who-question asking a post beside a person it names ("和毛平一起参加审议的区委副书记是谁") is not answered
by that person, though he holds the post too: the holder named in the question is passed over (people_answer.py)."""

from __future__ import annotations

from qa.engine import Engine

PAGE = """毛平参加代表团审议

江津日报讯(记者 吕晓)5月20日,区委副书记、区长毛平来到区十七届人大四次会议双福、塘河代表团,与代表们一起审议政府工作报告。

审议中,代表们畅所欲言,谈感受、话发展。

区委副书记邹云生参加审议。
"""


def test_the_person_the_question_names_is_not_the_holder_asked(config, tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    engine = Engine.load(config, corpus=tmp_path)
    assert engine.ask("和毛平一起参加双福、塘河代表团审议的区委副书记是谁？").text == "邹云生"
