"""A slot opening with the question's own words up to a verb starts after that verb (echoed_start.py). The sentences
are DRCD's (folded), tagged by the composer's tagger."""

from __future__ import annotations

from candidates import pos_tags

from qa.answer.echoed_start import past_echoed_verb


def _start(sentence: str, slot: str, question: str) -> str:
    start = sentence.index(slot)
    end = start + len(slot)
    return sentence[past_echoed_verb(pos_tags(sentence), start, end, question):end]


def test_the_thing_after_the_question_s_subject_and_verb():
    # the question asks passively (被家康大量减封), the sentence tells it actively
    s = "因为家康大量减封毛利家,毛利家的家臣也只能大量削减。"
    assert _start(s, "因为家康大量减封毛利家", "哪一家的领土被家康大量减封?") == "毛利家"


def test_the_rest_of_a_restated_clause():
    s = "因此委员会建议收到的论文稿件应该被分类为无争议性和争议性的文章。"
    q = "委员会建议《科学》所收到的论文稿件应该被分类为无争议性以及具有什么性质的文章?"
    assert _start(s, "论文稿件应该被分类为无争议性和争议性", q) == "争议性和争议性"


def test_no_verb_among_the_echoed_words():
    # a name that opens with the question's words (奥斯陆) is kept whole
    s = "奥斯陆峡湾位于挪威东南部。"
    assert _start(s, "奥斯陆峡湾", "奥斯陆位于哪一个峡湾?") == "奥斯陆峡湾"


def test_too_few_echoed_characters():
    s = "当局决定采取闭关锁国的政策。"
    assert _start(s, "采取闭关锁国", "朝鲜采用哪一个政策?") == "采取闭关锁国"


def test_nothing_new_left_after_the_verb():
    s = "因此委员会建议收到的论文稿件应该被分类为无争议性。"
    q = "委员会建议《科学》所收到的论文稿件应该被分类为无争议性以及具有什么性质的文章?"
    slot = "因此委员会建议收到的论文稿件应该被分类为无争议性"
    assert _start(s, slot, q) == slot


def test_the_question_s_subject_whole_then_the_sentence_s_own_verb():
    # 中华人民共和国 echoed whole, then 有 where the question says 是采用: the thing asked follows the verb
    s = "从1980年到1994年,中华人民共和国有双重汇率制度。"
    q = "1980年到1994年,中华人民共和国是采用什么形式的汇率制度?"
    assert _start(s, "中华人民共和国有双重", q) == "双重"
    # a name opening with the question's words is no subject echoed whole (奥斯陆|峡湾 stays)
    assert _start("奥斯陆峡湾位于挪威东南部。", "奥斯陆峡湾", "奥斯陆位于哪一个峡湾?") == "奥斯陆峡湾"


def test_a_hall_s_modifier_is_no_verb_after_the_echoed_subject():
    # jieba reads 会 of 会史馆 (the society's history hall) as "will": the hall keeps it
    s = "谷振春一行参观民建中央会史馆"
    assert _start(s, "民建中央会史馆", "谷振春一行在民建中央参观了什么?").endswith("会史馆")
