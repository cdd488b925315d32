""""X分布在哪些地区": the places listed after 分布于/分布在 answer it, not another list of the sentence nor the
sentence itself (distribution.py). The sentences are CMRC 2018's (trial set: 五月艾, 牡蒿, 黄鳍紫鱼)."""

from __future__ import annotations

from candidates import candidate_in

from qa.answer.distribution import asks_distribution, distribution_first, listed, listed_places
from qa.answer.question import analyze

_LIVES = ("分布于越南、老挝、缅甸、台湾岛以及中国大陆的四川、浙江、广东等地,生长于海拔100米至2,800米的地区,"
          "见于灌丛处、坡地、中海拔湿润地区的路旁、林缘及森林草原地区,目前尚未由人工引种栽培。")
_OTHER = "尤金袋鼠分布在澳洲南部岛屿及西岸地区。"
_REGION = "本鱼分布于西太平洋区,包括菲律宾、印尼、琉球群岛、台湾等海域。"


def test_the_places_after_the_verb_answer():
    question = analyze("五月艾分布在哪些地区?")
    assert asks_distribution(question)
    habitats = candidate_in(_LIVES, "中海拔湿润地区", "term", "head", 9.5)
    got = listed(habitats, question)
    assert got is not None and got.text == "分布于越南、老挝、缅甸、台湾岛以及中国大陆的四川、浙江、广东等地"
    assert got.rule == "head+distribution"


def test_the_sentence_holding_the_question_is_moved_first():
    other = candidate_in(_OTHER, "西岸地区", "term", "head", 10.5, "a:0:1")
    ours = candidate_in(_LIVES, "越南、老挝", "slot", "slot", 9.6, "a:0:0")
    covered = {"a:0:1": 0.8, "a:0:0": 1.0}
    got = distribution_first([other, ours], analyze("五月艾分布在哪些地区?"), lambda c: covered[c.sentence.id])
    assert got[0] is ours


def test_a_region_goes_on_with_its_list_and_a_country_asked_starts_the_list():
    f = _REGION
    start, end = listed_places(f) or (0, 0)
    assert f[start:end] == "分布于西太平洋区,包括菲律宾、印尼、琉球群岛、台湾等海域"
    start, end = listed_places(_LIVES, "中国") or (0, 0)
    assert _LIVES[start:end] == "中国大陆的四川、浙江、广东等地"


def test_no_list_or_another_question_is_left_alone():
    assert listed_places(_OTHER) is None  # one place, no enumeration
    assert not asks_distribution(analyze("五月艾生长在哪些地方?"))
    habitats = candidate_in(_LIVES, "中海拔湿润地区", "term", "head", 9.5)
    assert listed(habitats, analyze("五月艾见于哪些地区?")) is None
