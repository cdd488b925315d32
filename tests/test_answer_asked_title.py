"""The person printed right after the title a who-question asks after 哪位, anywhere in the question, answers first
(asked_title.py). The sentence and question of DRCD's test set (3579-5-4)."""

from __future__ import annotations

import pytest

from qa.answer.asked_title import titled_first
from qa.answer.question import analyze
from qa.types import Candidate, Sentence

_POPE = "当枢机马佛奥·巴贝日尼当选教宗乌尔班八世时,他才继续在这一问题上著书。"
_ASKED = "为避免与教宗发生冲突,伽利略对于日心说的理论小心翼翼,直到哪位教宗他才著书讨论这议题?"


def _c(name: str, score: float, text: str) -> Candidate:
    s = Sentence(f"a#0:0:{len(text)}", "a#0", 0, "body", text, 0, len(text))
    at = text.index(name)
    return Candidate(name, s, at, at + len(name), "person", score, "type:person")


def test_the_name_after_the_asked_title_answers_first():
    kept = [_c("马佛奥·巴贝日尼", 11.0, _POPE), _c("乌尔班八世", 10.0, _POPE)]
    assert titled_first(kept, analyze(_ASKED))[0].text == "乌尔班八世"


@pytest.mark.parametrize(("question", "kept"), [
    (_ASKED, [_c("乌尔班八世", 11.0, _POPE), _c("马佛奥·巴贝日尼", 10.0, _POPE)]),  # the best one is the titled one
    ("伽利略直到谁当选才著书?", [_c("马佛奥·巴贝日尼", 11.0, _POPE), _c("乌尔班八世", 10.0, _POPE)]),  # no 哪位
    ("直到哪位枢机主教他才著书?", [_c("马佛奥·巴贝日尼", 11.0, _POPE), _c("乌尔班八世", 10.0, _POPE)]),  # 枢机's
])
def test_the_order_stays(question, kept):
    assert titled_first(kept, analyze(question)) == kept


def test_not_past_a_best_one_printed_before_the_title():
    # pages41: "欢送赵昆参赞任满回国履新 欢迎李辉参赞抵英到任" — 李辉 holds the title printed after the name
    text = "欢送赵昆参赞任满回国履新 欢迎李辉参赞抵英到任"
    kept = [_c("李辉", 11.0, text), _c("任满", 10.0, text)]
    assert titled_first(kept, analyze("EU Chinese Journal第252期欢迎哪位参赞抵英到任？")) == kept
