"""A head answer opening with its setting (leading_setting.py): "1917年|十月革命", "波你尼時代|梵語"."""

from __future__ import annotations

import pytest
from candidates import candidate_in

from qa.answer.leading_setting import without_setting
from qa.answer.question import analyze


@pytest.mark.parametrize(("sentence", "span", "question", "expected"), [
    ("紅軍直接起源於1917年十月革命，俄國內戰期間布爾什維克創立軍隊反擊他們敵人的軍事同盟。", "1917年十月革命",
     "布爾什維克創立軍隊反擊敵人的軍事同盟是在哪一個事件的時候?", "十月革命"),
    ("要探討從梨俱吠陀到波你尼時代梵語的發展，可以考察印度教其它文本，如娑摩吠陀、夜柔吠陀、阿闥婆吠陀、梵書和奧義書。",
     "波你尼時代梵語", "夜柔吠陀與阿闥婆吠陀均可以最為研究哪一門語言的參考？", "梵語"),
    ("其相似性包括：一個確認伊斯蘭教法優先地位的憲章，儘管在實踐中教法僅主要應用於諸如婚姻、繼承和民事爭端。",
     "在實踐中教法", "在索馬利亞中什麼法律在實際上也只主要用於婚姻、繼承和民事爭端？", "教法"),
])
def test_the_setting_before_the_name_is_cut(sentence, span, question, expected):
    got = without_setting(candidate_in(sentence, span, "term", "head"), analyze(question))
    assert got is not None and got.text == expected and got.rule == "head+setting"


@pytest.mark.parametrize(("sentence", "span", "question", "rule"), [
    # a year inside a title, and one opening a law's name: the year is the name's
    ("這促成《1956年清潔空氣法》通過，讓城市污染告終。", "1956年清潔空氣法",
     "倫敦在1952年的煙霧事件促使了哪一部法令的誕生?", "head"),
    ("村民委員會依照1982年中華人民共和國憲法設置。", "1982年中華人民共和國憲法",
     "村民委員會是依照哪一條法律設置的?", "head"),
    # no head answer
    ("紅軍直接起源於1917年十月革命。", "1917年十月革命", "布爾什維克創立軍隊是在哪一個事件的時候?", "sentence+gap"),
])
def test_nothing_is_cut(sentence, span, question, rule):
    assert without_setting(candidate_in(sentence, span, "term", rule), analyze(question)) is None
