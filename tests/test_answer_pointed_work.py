"""A which-work question answered from a sentence that prints the work only as a pointer in the question's slot
(pointed_work.py): the title the sentence before names (DRCD 3256-8-5, 4941-25-2)."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("古罗马文学", ["從嚴格的意義上說，歐洲文學史上小說這一體裁就誕生於古羅馬時期。"
                       "彼特隆紐斯的《薩蒂里卡》是傳奇式小說，現存兩章殘篇，廣泛記錄了義大利南部半希臘化城市流行的享樂生活。"
                       "書中人物語言符合方言特點，文筆典雅，機智風趣。"
                       "儘管其形式和傳統意義的小說還存在差別，但學術界還是傾向於將它看作歐洲文學史上的第一部流浪漢小說。"]),
        ("詹姆斯·史都華", ["1965年，史都華主演經典災難片《鳳凰劫》，此片是改編自小說，描述飛機在沙漠中心墜毀，"
                          "機上乘客如何掙扎自救的過程。這片在2004年重製為類似片名的電影《鳳凰號》，由丹尼斯·奎德主演。"]),
    ]
    return engine_of(stories, "p")


def test_it_in_the_slot_is_the_title_before(engine):
    got = engine.ask("學術界目前傾向於將哪部作品看作歐洲文學史上的第一部流浪漢小說?")
    assert not got.declined and got.text == "《薩蒂里卡》" and got.rule.endswith("+pointed-work")


def test_this_film_is_the_title_before(engine):
    got = engine.ask("2004年的《鳳凰號》是重製哪一部片?")
    assert not got.declined and got.text == "《鳳凰劫》" and got.rule.endswith("+pointed-work")
