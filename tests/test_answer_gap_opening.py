"""A which-question that asks its own subject, or a cloze: the noun run opening the sentence, right before the
echoed predicate, answers it (gap.py)."""

from __future__ import annotations

from qa.answer.gap import gap_span
from qa.answer.question import analyze


def _words(*pairs: str) -> list[tuple[str, str]]:
    """"生命线/n" → ("生命线", "n"): the tags written beside the words, as jieba would give them."""
    return [tuple(p.rsplit("/", 1)) for p in pairs]  # type: ignore[misc]


def _gap(question: str, *pairs: str) -> str:
    pos = _words(*pairs)
    f = "".join(w for w, _ in pos)
    start, end = gap_span(f, pos, analyze(question)) or (0, 0)
    return f[start:end]


def test_the_run_opening_the_sentence_answers_a_question_asking_its_subject():
    assert _gap("哪一类的专线虽为常见但成效不大?",
                "生命线/n", "类/n", "的/uj", "协谈/v", "电话/n", "虽/c", "常见/a", "，/x", "但/c", "到/v", "2007/m",
                "年时/t", "，/x", "有关/vn", "其/r", "成效/n", "的/uj", "研究/vn", "还/d", "不/d", "太/d",
                "充分/a", "。/x") == "生命线"


def test_the_run_opening_the_sentence_answers_a_cloze():
    assert _gap("韩国歌唱家的专业为?",
                "男中音/n", "韩国/ns", "歌唱家/n", "崔铉洙/nr", "获得/v", "最高奖/n", "。/x") == "男中音"
