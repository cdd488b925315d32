"""A who-question whose best sentence opens with 他 and names no one (compose.Composer._neighbours with `back`):
the person it stands for is named first in the nearest sentence before it that does not open with 他 itself. A
sentence between that opens with 他 goes on about the same person; the names it prints are others (DRCD 4941-11-3:
"史都華中校在第453轟炸大隊領導過…。他曾經飛達布倫瑞克、…以及施韋因富特等地。他最值得驕傲的作戰經歷之一,是曾經
引導1000架轟炸機…" → 史都華, not 施韋因富; 6089-3-1 likewise 喬治·史蒂芬生, not 特里維西克)."""

from __future__ import annotations

import pytest
from stories import engine_of


@pytest.fixture(scope="module")
def engine():
    stories = [
        ("詹姆斯·史都華", [
                          "1943年11月，史都華上尉隨第445轟炸大隊第703轟炸中隊駐在英國Tibenham，前往歐陸對納粹德國作戰，升為少校中隊作戰官。"
                          "當時第8航空隊的轟炸機執行任務時沒有戰鬥機護航，每次飛行都充滿了危險。"
                          "有一次，在執行轟炸斯圖加特的任務時，一枚88公厘高射炮彈擊中了史都華的飛機，在他兩腿之間的座椅上打出一個洞。"
                          "雖然下了飛機以後史都華凍得發紫，不過所幸毫髮無傷。"
                          "因為史都華的影迷太多，不執行任務的時候他也不敢前往倫敦，大部分時間都待在基地內。"
                          "1944年3月，已經執行了12次任務的史都華中校接任中隊長，然後調往新成立的第453轟炸大隊，擔任大隊作戰官，負責指揮48架B-24轟炸機並親自擔任飛行員。"
                          "史都華中校在第453轟炸大隊領導過「不計其數」深入納粹佔領區的最危險任務，這一切都在他的命令下，在當時並未公開。"
                          "他曾經飛達布倫瑞克、柏林、不萊梅、法蘭克福以及施韋因富特等地。"
                          "他最值得驕傲的作戰經歷之一，是曾經引導1000架轟炸機執行轟炸柏林的任務。"
                          ]),
    ]
    return engine_of(stories, "p")


def test_the_person_before_a_chain_of_he(engine):
    got = engine.ask("誰曾經引導1000架轟炸機執行轟炸柏林的任務?")
    assert not got.declined and got.text.startswith("史都華")
