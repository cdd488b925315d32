"""The question's verb printed as a noun after 的: the phrase before it answers (deed_genitive.py)."""

from __future__ import annotations

import jieba.posseg
from candidates import candidate_in

from qa.answer.deed_genitive import deed_genitive
from qa.answer.question import analyze

# DRCD 3316-2-1, folded: the slot reads the purpose clause after the thing asked
_CONTROL = "因此法国希望能取得德国工业的控制权以补偿自身损失。"
_ASKED = "法国在第一次世界大战付出惨痛代价,500余万军民伤亡,所以战后希望想控制什么来弥补损失?"
# CMRC TRIAL_157_QUERY_3: "什么创作" asks the noun 创作 (jieba tags it a verb), no verb after a noun
_WORK = "在开发经理期间,最大的创作就是写出了dos的树状目录架构。"


def _pos(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in jieba.posseg.cut(text)]


def test_the_answer_moves_to_the_phrase_before_the_verb_made_a_noun():
    slot = candidate_in(_CONTROL, "以补偿自身损失", "slot", "slot")
    got = deed_genitive(slot, analyze(_ASKED), _pos)
    assert got is not None and got.text == "德国工业" and got.rule == "slot+deed-genitive"


def test_a_noun_asked_right_after_the_question_word_or_a_typed_question_is_kept():
    slot = candidate_in(_WORK, "dos的树状目录架构", "slot", "slot")
    assert deed_genitive(slot, analyze("在茨柏克沃斯基担任开发经理期间,他做出了什么创作?"), _pos) is None
    slot = candidate_in(_CONTROL, "以补偿自身损失", "slot", "slot")
    assert deed_genitive(slot, analyze("哪个国家希望想控制德国工业?"), _pos) is None
    head = candidate_in(_CONTROL, "以补偿自身损失", "term", "head")
    assert deed_genitive(head, analyze(_ASKED), _pos) is None


def test_a_verb_the_sentence_prints_as_a_verb_too_is_left_to_the_slot():
    # news suites, pages3: "…研究甚么" ↔ "正在研究微藻生物柴油,…该方面的研究";
    # "由哪家会计师事务所审计" ↔ "…审计并…的审计报告"
    text = "目前他正在研究微藻生物柴油,在国内外,很多机构也在从事该方面的研究。"
    slot = candidate_in(text, "微藻生物柴油", "slot", "slot")
    assert deed_genitive(slot, analyze("闵恩泽目前正在研究甚么?"), _pos) is None
    text = "1.3 公司年度财务报告已经信永中和会计师事务所有限责任公司审计并被出具了标准无保留意见的审计报告。"
    slot = candidate_in(text, "信永中和会计师事务所有限责任公司", "slot", "slot")
    assert deed_genitive(slot, analyze("北大荒农业的年度财务报告由哪家会计师事务所审计?"), _pos) is None
