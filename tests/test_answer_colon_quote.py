"""The quotation after a colon that the question's split word announces (colon_quote.py): pages62's 北海日报
sentence."""

from __future__ import annotations

from page_engine import page_engine

from qa.answer.colon_quote import colon_quotes
from qa.answer.question import analyze
from qa.config import load_config
from qa.normalize import fold

_S = fold("天津日报报业集团编委黄志伟还为北海日报社作了祝福题词:“海丝连接,珠城津门”。")


def _quotes(question: str, sentence: str = _S) -> list[str]:
    return [sentence[s.start:s.end] for s in colon_quotes(sentence, analyze(fold(question)))]


def test_the_inscription_the_split_word_announces():
    assert _quotes("黄志伟为北海日报社题了什么词？") == ["海丝连接,珠城津门"]


def test_not_for_another_word_before_the_colon():
    assert _quotes("黄志伟为北海日报社做了什么事？") == []
    assert _quotes("黄志伟为北海日报社题了什么词？", fold("他说:“海丝连接,珠城津门”。")) == []


def test_the_composer_answers_the_inscription(tmp_path):
    page = "\n开阔眼界 深受启发\n\n天津日报报业集团编委黄志伟还为北海日报社作了祝福题词:“海丝连接,珠城津门”。\n"
    engine = page_engine(load_config(None), tmp_path, page)
    assert engine.ask("黄志伟为北海日报社题了什么词？").text == "海丝连接,珠城津门"
