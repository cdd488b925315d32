"""A staff role asked of an outlet by its name ("枫华之声的美术编辑是谁") is answered only from that outlet's pages, as
a paper's name ending in 报 already was (byline.role_answer's printer): another outlet's 責任編輯 is not its editor."""

from qa.answer.byline import role_answer
from qa.answer.question import analyze
from qa.load import corpus_from_articles, parse_page
from qa.types import Hit


def _ask(question: str, source_file: str):
    corpus = corpus_from_articles(parse_page("李強將出席博鰲論壇 星馬及西班牙三國總理與會並訪華\n"
                                             "中國外交部發言人毛寧今日宣布,李強將出席年會。\n責任編輯:袁瑋婧\n",
                                             source_file))
    ranked = [(Hit(sentence=s, score=1.0), 1.0) for s in corpus.sentences]
    return role_answer(question, analyze(question), corpus, ranked)


def test_another_outlets_editor_is_not_the_named_outlets():
    assert _ask("枫华之声那篇李强出席博鳌论坛报道的编辑是谁？", "hket_20230327_china.txt") is None


def test_the_named_outlets_own_editor_is_answered():
    answer = _ask("香港经济日报那篇李强出席博鳌论坛报道的编辑是谁？", "hket_20230327_china.txt")
    assert answer is not None and "袁瑋婧" in answer.text
