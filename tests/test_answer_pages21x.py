"""Rules from the pages21 suite's failures (pages21x)."""

from __future__ import annotations

from qa.answer.compose import _word_end
from qa.config import load_config
from qa.tokenize import Tokenizer


def _pos(text: str) -> list[tuple[str, str]]:
    return Tokenizer(load_config()).pos(text)


def test_slot_end_takes_the_rest_of_a_noun_cut_by_the_anchor() -> None:
    f = "《郑州日报》是中国共产党郑州市委的机关报"
    start, end = f.index("中国"), f.index("委的")  # the anchor 委的机关报 (of 党委的机关报) cut 市|委
    assert f[start:_word_end(_pos(f), start, end)] == "中国共产党郑州市委"


def test_slot_end_stays_before_a_cut_verb_or_a_word_boundary() -> None:
    f = "网易以邮箱业务作为用户入口"
    start, end = f.index("网易"), f.index("为用户")  # 作|为: a verb is no part of the answer
    assert _word_end(_pos(f), start, end) == end
    f = "已被较便宜的铁取代"
    start, end = f.index("较"), f.index("取代")  # the anchor starts a word: nothing moves
    assert _word_end(_pos(f), start, end) == end
