"""Names printed before their post ("由黄德全会长偕同…", "、陈培斌理事长及", "充满爱心的王田良总编辑"): jieba cuts
such a name into the post (黄德|全会|长), so the name is read from the post back to the boundary before it."""

from __future__ import annotations

import pytest

from qa.answer.candidates import extract, names_before_posts
from qa.answer.people import titled
from qa.normalize import fold
from qa.types import Sentence


@pytest.fixture(scope="module")
def people(engine):
    """{name: posts} of a sentence, its spans as the composer extracts them."""
    freq = engine._state.composer._freq

    def read(text: str) -> dict[str, tuple[str, ...]]:
        s = Sentence(id="a:0:0", article_id="a", paragraph=0, kind="body", text=text, start=0, end=len(text))
        pos = list(engine.tokenizer.pos(s.folded))
        return {s.folded[t.name[0]:t.name[1]]: t.posts for t in titled(s, extract(s.folded, pos, freq=freq), pos)}
    return read


def test_names_before_their_posts(people):
    got = people("澳門雷州聯誼會五月二十八日由黃德全會長偕同蕭妃英副會長、蕭家海副會長、陳培斌理事長及蕭偉康顧問")
    assert got[fold("黃德全")] == ("会长",)
    assert got[fold("蕭妃英")] == ("副会长",)  # the modifier goes with the post: a near miss for 会长
    assert got[fold("陳培斌")] == ("理事长",)
    assert people("是充满爱心的王田良总编辑亲自策划的")["王田良"] == ("总编辑",)


def test_a_post_between_two_names_is_the_title_of_the_name_after_it(people):
    got = people("勞福局長孫玉菡昨回應秀茂坪邨雙屍命案")
    assert got.get(fold("孫玉菡"), ("",))[0].endswith("局长")
    assert not got.get(fold("勞福"))  # 勞福 (the bureau) is no one's name


def test_a_tenure_word_before_a_post_is_no_name():
    # "由首任校长郭沫若": 首 is a surname, but 首任 is a word
    f = fold("科大校歌是《永恆的東風》，由首任校長郭沫若作詞")
    assert names_before_posts(f, []) == []
    f = fold("和平区区长出席")  # a place of the dictionary, not a name
    assert names_before_posts(f, []) == []


def test_surnames_common_in_taiwan_and_hong_kong(people):
    # 洪 and 萧 (蕭) were missing from the surnames: "金門家扶主任洪依帆" named no one
    assert people("家扶扶幼委員會主委楊肅謙及金門家扶主任洪依帆也出席活動").get(fold("洪依帆"))
    assert people("偕同蕭妃英副會長出席").get(fold("蕭妃英")) == ("副会长",)


def test_a_preposition_before_a_post_is_no_part_of_it(people):
    # "由小组召集人王国代主持": the post is 小组召集人 (a post asked with words before it still matches them)
    got = people("第三審查委員會昨日上午召開分組審查會議,由小組召集人王國代主持,副召集人洪成發、委員李養生出席")
    assert got[fold("王國代")] == (fold("小組召集人"),)
    assert got[fold("洪成發")] == ("副召集人",)


def test_a_name_cut_into_its_post_is_whole_and_an_adviser_holds_a_post(people):
    got = people("由黃德全會長偕同陳培斌理事長及蕭偉康顧問拜會台北經濟文化辦事處")
    assert fold("黃德") not in got  # jieba's 黄德|全会|长: the name is 黄德全
    assert got[fold("蕭偉康")] == ("顾问",)
