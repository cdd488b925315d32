"""The holders of a post a list question asks for ("参加会议的市政协副主席有哪些"): precedence.py puts first the
candidate printed right after that whole post."""

from __future__ import annotations

from qa.answer.precedence import post_holders_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence


def _candidate(sentence: str, answer: str) -> Candidate:
    s = Sentence(id=sentence[:4], article_id="a", paragraph=0, kind="body", text=sentence, start=0,
                 end=len(sentence))
    start = sentence.index(answer)
    return Candidate(text=answer, sentence=s, start=start, end=start + len(answer), type="slot", score=1.0,
                     rule="slot")


def test_the_names_after_the_whole_post_asked():
    info = analyze("参加常委会议的市政协副主席有哪些？")
    wrong = _candidate("审议了各组召集人名单,列席人员范围;", "列席人员范围")
    right = _candidate("市政协副主席张玉兰、任兴业、孟凡明及秘书长参加会议。", "张玉兰、任兴业、孟凡明")
    assert post_holders_first([wrong, right], info) is right


def test_another_post_or_no_post_asked_moves_nothing():
    right = _candidate("市政协副主席张玉兰、任兴业参加会议。", "张玉兰、任兴业")
    assert post_holders_first([right], analyze("参加常委会议的区人大常委会副主任有哪些？")) is None
    assert post_holders_first([right], analyze("会议审议了哪些名单？")) is None
