"""A dotted name jieba knows no part of, right after a post, is a person (dotted_after_post.py): pages64's 阿克苏市
零距离 page (`市长吾拉木江·热依木`, `副市长沙比尔·麦合木提及地`, jieba cutting 吾|拉木江 and 长沙|比尔)."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.dotted_after_post import dotted_names_after_posts
from qa.config import load_config

_ROW = "市委副书记、市长吾拉木江·热依木、副市长沙比尔·麦合木提及地、市相关部门负责人陪同检查。"


def test_the_name_after_the_post():
    # jieba's words for the row (start, end, word, tag); a name may end before punctuation or a verb
    cuts = ["市委", "副", "书记", "、", "市长", "吾", "拉木江", "·", "热", "依木", "、", "副", "市", "长沙", "比尔",
            "·", "麦合木", "提及", "地", "、"]
    words, at = [], 0
    for w in cuts:
        words.append((at, at + len(w), w, "v" if w == "提及" else "x" if w in "、·" else "n"))
        at += len(w)
    names = dotted_names_after_posts(_ROW, words, [], lambda j: j >= len(words) or words[j][3] in "vx")
    assert [_ROW[sp.start:sp.end] for sp in names] == ["吾拉木江·热依木", "沙比尔·麦合木"]
    # DRCD 6024-1-1: the copula after the post is no part of the name (names.py reads 奈特·麦克米兰 from 奈特/nr)
    f = "现任总教练是奈特·麦克米兰。"
    words = [(0, 2, "现任", "v"), (2, 5, "总教练", "n"), (5, 6, "是", "v"), (6, 8, "奈特", "nr"), (8, 9, "·", "x"),
             (9, 13, "麦克米兰", "nr"), (13, 14, "。", "x")]
    assert dotted_names_after_posts(f, words, [], lambda j: j >= len(words) or words[j][3] in "vx") == []


def test_the_mayor_answers(tmp_path):
    page = "\n自治区督导组督导阿克苏市农村乱占耕地建房问题整治工作\n\n" + _ROW + "\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("阿克苏市市长是谁？").text == "吾拉木江·热依木"
