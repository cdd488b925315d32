"""A word jieba knows as a common noun (马力, horsepower) right after a post and closed by 等人 or 一行 is the name of
the one who led the party (北海日报, pages62: "在秦皇岛日报社副社长马力等人的热情带领下"), as "副主席郑建邦一行" is."""

from qa.answer.typed import extract
from qa.config import load_config
from qa.tokenize import Tokenizer


def _people(text: str) -> list[str]:
    tok = Tokenizer(load_config())
    return [text[s.start:s.end] for s in extract(text, tok.pos(text)) if s.type == "person"]


def test_a_known_word_after_a_post_and_before_dengren_is_a_name():
    assert "马力" in _people("在秦皇岛日报社副社长马力等人的热情带领下,采访组先后参观了秦皇岛日报采编大厅")


def test_the_same_word_with_no_post_before_it_is_no_name():
    assert "马力" not in _people("这台发动机的马力等人们都很关心")
