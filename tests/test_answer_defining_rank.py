""""什么是X": the sentence defining X is among the best reranked sentences (those that give candidates), however
low the rerank put it (defining_rank.py). The sentences are CMRC 2018's (trial set, 标准杆)."""

from __future__ import annotations

from candidates import sentences_in

from qa.answer.defining import defines
from qa.answer.defining_rank import defining_among_best, defining_read
from qa.answer.question import analyze
from qa.types import Hit

# the rerank's order for "什么是标准杆?": the sentences repeating 标准杆 first, the defining one (the article's
# first) 9th
_RANKED = (
    "总杆数等于标准杆数,称为平标准杆(Par)。",
    "单一球场的标准杆数一般为该球场的所有球洞标准杆数之总和。",
    "每个洞的标准杆数由该洞场地大小决定。",
    "一般的,许多球场为18洞,标准杆72杆。",
    "总杆数高于标准杆数一杆称为柏忌(Bogey)。",
    "总杆数高于标准杆数三杆称为三柏忌(Triple Bogey)。",
    "总杆数高于标准杆数四杆称为四柏忌(Quadruple Bogey)。",
    "总杆数高于标准杆数两杆称为双柏忌(Double Bogey)。",
    "标准杆,是一个高尔夫球运动术语,用以定义某一球洞从开球到完成进洞所需要的挥杆次数,以作为比赛成绩的参考依据。",
    "所谓三鹰就是单一洞低于标准杆4杆,也就是说,只有在五杆长洞一杆进洞才有可能出现。",
)


def _texts(ranked):
    return [s.text for s in ranked]


def test_the_defining_sentence_takes_the_last_place_giving_candidates():
    ranked = sentences_in(_RANKED, (0,) * len(_RANKED))
    got = defining_among_best(analyze("什么是标准杆?"), ranked, 8, lambda s: s)
    assert _texts(got)[7] == _RANKED[8]
    assert _texts(got)[:7] == list(_RANKED[:7]) and _texts(got)[8:] == [_RANKED[7], _RANKED[9]]


def test_unchanged_when_one_of_the_best_defines_it_or_no_definition_is_asked():
    ranked = sentences_in(_RANKED, (0,) * len(_RANKED))
    assert _texts(defining_among_best(analyze("什么是标准杆?"), ranked, 9, lambda s: s)) == list(_RANKED)
    # "标准杆数是指…" is not read as defining 标准杆: no sentence here defines 标准杆数
    assert _texts(defining_among_best(analyze("什么是标准杆数?"), ranked, 8, lambda s: s)) == list(_RANKED)
    assert _texts(defining_among_best(analyze("标准杆有哪些?"), ranked, 8, lambda s: s)) == list(_RANKED)


# CMRC's 约化群 article: BM25 retrieves the sentences naming 约化群 after the opening that defines it, not it
_GROUP = ("在数学中,约化群是幂单根为平凡群的代数群。", "代数环面与半单代数群都是约化群,一般线性群formula_1亦然。",
          "约化群可以由根资料分类。")


def test_the_defining_sentence_of_the_best_article_is_read_and_a_field_frame_may_open_it():
    article = sentences_in(_GROUP, (0, 0, 0))
    assert defines(article[0].text, "约化群") and not defines(article[1].text, "约化群")
    read = [Hit(article[1], 9.0), Hit(article[2], 7.0)]
    got = defining_read(analyze("什么是约化群?"), read, lambda article_id: article)
    assert [(h.sentence.text, h.score) for h in got] == [(_GROUP[0], 7.0)]
    # read already, or no whole definition asked: nothing more
    assert defining_read(analyze("什么是约化群?"), [Hit(article[0], 9.0)], lambda article_id: article) == []
    assert defining_read(analyze("约化群有哪些?"), read, lambda article_id: article) == []
