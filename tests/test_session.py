"""The conversation layer: follow-ups, sources, topic carry-over, bounded sessions (through the public API)."""

from __future__ import annotations

import pytest

from qa.session import Context, Conversation, Sessions, resolve, topic_of

ANJI = "安吉县综治中心整合了多少个部门？"


def _distinct_alternatives(answer):
    seen, out = {answer.text}, []
    for cand in answer.alternatives:
        if cand.text not in seen:
            seen.add(cand.text)
            out.append(cand)
    return out


def test_more_walks_the_alternatives_in_order_then_says_so(engine):
    conv = Conversation(engine)
    first = conv.handle("谁主持了会议？")
    assert first.kind == "answer" and not first.answer.declined
    expected = _distinct_alternatives(first.answer)
    assert expected, "a who-question over a page full of names should have alternatives"
    words = ["更多", "还有呢？", "下一个", "More"]
    for i, cand in enumerate(expected):
        word = words[i % len(words)]
        reply = conv.handle(word)
        assert reply.kind == "more"
        assert reply.answer.text == cand.text
        assert reply.answer.sentence == cand.sentence
        assert reply.answer.sentence.text[slice(*reply.answer.span)] == cand.text
    final = conv.handle("还有呢？")
    assert final.kind == "nothing" and "没有更多" in final.text


def test_source_and_detail_show_the_paragraph_headline_byline_and_file(engine):
    conv = Conversation(engine)
    answer = conv.handle(ANJI).answer
    article = engine.corpus.article(answer.sentence.article_id)
    source = conv.handle("原文呢？")
    assert source.kind == "source"
    assert answer.sentence.text in source.text
    assert article.headline in source.text and article.byline.text in source.text and article.file in source.text
    detail = conv.handle("展开")
    assert detail.kind == "detail"
    assert answer.sentence.text in detail.text
    body = [p.text for p in article.body]
    assert sum(p in detail.text for p in body) >= 2  # the paragraph and at least one neighbour


def test_source_follows_the_alternative_last_shown(engine):
    conv = Conversation(engine)
    conv.handle("谁主持了会议？")
    more = conv.handle("更多")
    if more.kind != "more":
        pytest.skip("the composer gave no alternative for this question")
    assert more.answer.sentence.text in conv.handle("出处").text


@pytest.mark.parametrize("word", ["更多", "原文呢？", "来源", "详细", "source"])
def test_follow_ups_before_any_answer_say_there_is_nothing(engine, word):
    reply = Conversation(engine).handle(word)
    assert reply.kind == "nothing" and reply.text and reply.answer is None


def test_elliptical_question_borrows_the_topic(engine):
    conv = Conversation(engine)
    assert conv.handle(ANJI).question == ANJI
    assert conv.topic == "安吉县综治中心"
    reply = conv.handle("有几个办事窗口？")
    assert reply.carried
    assert reply.question == "安吉县综治中心有几个办事窗口？"
    # The borrowed topic reached retrieval: the best evidence is about the centre's windows.
    assert any("安吉县综治中心" in h.sentence.text and "窗口" in h.sentence.text for h in reply.answer.evidence[:3])


def test_pointer_words_and_substitution(engine):
    conv = Conversation(engine)
    conv.handle(ANJI)
    assert conv.handle("它有几个办事窗口？").question == "安吉县综治中心有几个办事窗口？"
    assert conv.handle("那余杭区呢？").question == "余杭区综治中心有几个办事窗口？"


def test_a_question_with_its_own_topic_starts_fresh(engine):
    conv = Conversation(engine)
    conv.handle(ANJI)
    own = "东白马湖社区青年人群占比是多少？"
    reply = conv.handle(own)
    assert reply.question == own and not reply.carried
    assert conv.topic.startswith("东白马湖")


def test_a_guessed_carry_over_the_papers_do_not_support_is_dropped(engine):
    conv = Conversation(engine)
    conv.handle(ANJI)
    # Two content words and no name: could be elliptical, but no sentence speaks of the centre and a chair.
    reply = conv.handle("谁主持了会议？")
    assert reply.question == "谁主持了会议？" and not reply.carried
    # A question the papers do not cover must not borrow a topic into a confident answer.
    reply = conv.handle("今天天气怎么样？")
    assert not reply.carried and reply.answer.declined


def test_one_character_words_do_not_support_a_guessed_carry_over(engine):
    conv = Conversation(engine)
    conv.handle("全省建设更高水平平安浙江工作会议由谁主持？")
    # 火星 is on no page; "有", "上" and "水" (in 水平) are on many: the meeting topic must not be borrowed
    reply = conv.handle("火星上有水吗？")
    assert not reply.carried and reply.answer.declined


def test_a_photo_credit_supports_a_question_about_the_photo(engine):
    conv = Conversation(engine)
    conv.handle("千亩水杉的照片是谁拍的？")
    reply = conv.handle("是在哪里拍的？")
    assert reply.carried and "水杉" in reply.question
    assert not reply.answer.declined and "水口村" in reply.answer.text


def test_bad_input_keeps_the_conversation(engine):
    conv = Conversation(engine)
    answer = conv.handle(ANJI).answer
    for bad in ["", "   ", "\x00\x07\x1b", "字" * 10_000, "🙂🙂"]:
        reply = conv.handle(bad)
        assert reply.kind in ("invalid", "answer")
    assert conv.handle("有几个办事窗口？").carried  # the topic survived
    assert answer.sentence is not None


@pytest.mark.parametrize(("question", "topic"), [
    (ANJI, "安吉县综治中心"),
    ("长兴县水口乡有多少亩水杉？", "长兴县水口乡"),
    ("安吉縣綜治中心整合了多少個部門？", "安吉縣綜治中心"),  # traditional: the topic as written
    ("？？", ""),
])
def test_topic_of(engine, question, topic):
    assert topic_of(question, engine.tokenizer) == topic


@pytest.mark.parametrize(("question", "context", "expected"), [
    ("那安吉县呢？", Context("长兴县水口乡", "长兴县水口乡有多少亩水杉？"), "安吉县有多少亩水杉？"),
    ("那窗口呢？", Context("安吉县综治中心", ANJI), "安吉县综治中心整合了多少个窗口？"),
    ("这个中心有几个窗口？", Context("安吉县综治中心", ANJI), "安吉县综治中心有几个窗口？"),
    ("他还说了什么？", Context("会议", "谁主持了会议？", person="刘捷"), "刘捷还说了什么？"),
    ("那张照片是谁拍的？", Context("水杉", "千亩水杉在哪里？"), "水杉照片是谁拍的？"),
    ("那長興縣呢？", Context("安吉县综治中心", ANJI), "長興縣综治中心整合了多少个部门？"),
    ("那安吉县有几个窗口？", Context("长兴县水口乡", "长兴县水口乡有多少亩水杉？"), "那安吉县有几个窗口？"),
    ("有几个办事窗口？", Context(), "有几个办事窗口？"),  # nothing to borrow from
])
def test_resolve(engine, question, context, expected):
    assert resolve(question, context, engine.tokenizer)[0] == expected


def test_sessions_are_bounded_and_expire(engine, config):
    now = [0.0]
    cfg = config.replace(**{"session.max_sessions": 3, "session.idle_seconds": 10.0}).session
    sessions = Sessions(engine, cfg, clock=lambda: now[0])
    a = sessions.get("a")
    assert sessions.get("a") is a
    for key in "bcd":
        sessions.get(key)
    assert len(sessions) == 3 and "a" not in sessions  # least recently used went first
    now[0] = 5.0
    sessions.get("d")
    now[0] = 12.0
    fresh = sessions.get("e")
    assert "b" not in sessions and "c" not in sessions  # idle past 10 s: dropped
    assert len(sessions) == 2 and fresh is sessions.get("e")
    d = sessions.get("d")
    now[0] = 30.0
    assert sessions.get("d") is not d  # came back after its idle time: a new conversation
