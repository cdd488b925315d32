"""One body's officers in a row, its name printed once (shared_owner.py via people.titled): "市政协主席楚耀华,
市政协副主席栗朝举、…、吴英杰和秘书长王伟出席会议" — the 秘书长 after the names and 和 is the 市政协's."""

from __future__ import annotations

import pytest
from candidates import people_of
from stories import engine_of

from qa.answer.shared_owner import after_listed_name

_ROW = "市政协主席楚耀华,市政协副主席栗朝举、蔡英奇、王全国、吴英杰和秘书长王伟出席会议。"


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


def test_the_bare_post_after_he_is_the_row_s_body_s(people):
    assert people(_ROW)["王伟"] == ("市政协秘书长",)


def test_the_engine_answers_the_row_s_secretary_general():
    eng = engine_of([("商丘市政协召开主席会议", ["3月5日,商丘市政协召开主席会议。", _ROW])])
    got = eng.ask("商丘市政协秘书长是谁？")
    assert not got.declined and got.text == "王伟"
    assert eng.ask("商丘市委秘书长是谁？").declined  # another body's 秘书长: not his


def test_no_owner_across_a_comma_nor_for_a_place_s_head(people):
    # a new clause may start another row; a place's head (县长) names its owner by its level
    assert people("市政协副主席栗朝举,秘书长王伟出席会议。")["王伟"] == ("秘书长",)
    assert "县长" not in people("县委副书记张明和县长李强出席会议。")["李强"]  # (read bare, any 县长 question's)
    assert people("市政协副主席张明和市委秘书长李强出席会议。")["李强"] == ("市委秘书长",)  # its own owner


def test_the_name_before_he_is_no_part_of_the_post():
    rows, bare, owner = [((0, 3), "市政协副主席")], (lambda p: p in ("秘书长", "省长")), (lambda p: "市政协")
    assert after_listed_name("吴英杰和秘书长王伟", 0, 7, [3, 9], rows, bare, owner) == 4
    assert after_listed_name("和平区区长王伟", 0, 5, [7], rows, bare, owner) == 0  # 和 of a place's name
    # a place's head read bare would be any owner's: the chain is left as it was
    assert after_listed_name("唐登杰和省长卢东亮", 0, 6, [3, 9], rows, bare, owner) == 0
