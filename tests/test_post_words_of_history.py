"""Posts of history and of armies (参谋长, 统帅, 刺史, 太守, 都督…) and a show's 制作人 end title chains as news
posts do (lexicon.POSTS): the name after them is their holder, matched exactly."""

from __future__ import annotations

import pytest
from candidates import people_of


@pytest.fixture(scope="module")
def people(engine):
    return people_of(engine)


def test_an_army_s_commander_before_his_name(people):
    assert people("欧洲盟军统帅艾森豪威尔下令发动攻势")["艾森豪威尔"] == ("欧洲盟军统帅",)


def test_an_old_province_s_governor_before_his_name(people):
    assert people("荆州刺史王敦起兵反叛")["王敦"] == ("荆州刺史",)


def test_a_show_s_producer_before_his_name(people):
    assert people("在该剧播出前,制作人伍宗德一再表明剧情是杜撰的")["伍宗德"] == ("制作人",)


def test_an_army_s_chief_of_staff_before_his_name(people):
    assert people("粤军参谋长蒋中正适到肇庆")["蒋中正"] == ("粤军参谋长",)
