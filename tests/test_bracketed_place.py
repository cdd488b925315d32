"""A place alone in brackets is a note on a name ("中冶(广西)马梧高速公路…公司": a firm's seat), not a rival of the
place asked (agreement.other_name)."""

from __future__ import annotations

import jieba
import jieba.posseg
from candidates import candidate_in

from qa.answer.agreement import Surroundings
from qa.answer.policy import inconsistent
from qa.answer.question import analyze

_TEXT = ("中冶(广西)马梧高速公路建设开发有限公司收费部副主任庞杰介绍,按照自治区高速公路管理局的统一规定,"
         "收费站今年设置了限高两米通行栏,以避免大货车与小汽车抢道。")
_ARTICLE = "梧州日报讯(记者 黄金铭)10月1日是国庆假期的第一天,我市境内高速公路车流量明显增加。" + _TEXT


def _why(sentence: str) -> str:
    around = Surroundings(article=_ARTICLE.replace(_TEXT, sentence),
                          tag=lambda t: [(p.word, p.flag) for p in jieba.posseg.lcut(t)],
                          freq=lambda w: int(jieba.get_FREQ(w) or 0))
    return inconsistent(analyze("梧州收费站今年设置了限高多少米的通行栏？"), candidate_in(sentence, "两米", "number"),
                        around)


def test_a_place_in_brackets_is_no_rival():
    assert _why(_TEXT) == ""


def test_the_same_place_outside_brackets_is_one():
    # another city (柳州, the level of the 梧州 asked); 广西 outside brackets is the province 梧州 lies in, named
    # after 梧州 in the lead: no rival either (place_above.py)
    assert _why(_TEXT.replace("中冶(广西)", "柳州中冶")) == "decline:place"
