"""The bot's pieces without Telegram: HTML rendering and splitting, the query log, settings, example questions."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import time

import pytest
from fake_telegram import QA_BIN, BadRequest, parse_html
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Update

from bot import messages
from bot.examples import example_questions
from bot.format import MAX_VISIBLE, Span, pieces, render, visible_len
from bot.processor import PerChatUpdateProcessor
from bot.querylog import QueryLog
from bot.settings import SettingsError, from_env
from bot.state import SQLitePersistence
from qa.config import BotConfig
from qa.render import DECLINED, reply_text
from qa.session import Reply
from qa.types import Answer, Article, Byline, Sentence

SENTENCE_ENDS = "。！？!?；;…\n"
alphabet = st.sampled_from(list("杭州会议召开的是在了<>&\"' ab12") + list("。，！？\n") + ["😀"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet, max_size=120), st.sampled_from(["", "b", "i", "u"])), max_size=6),
       st.integers(min_value=8, max_value=60))
def test_render_parses_fits_and_loses_nothing(spans, limit):
    text = "".join(t for t, _ in spans)
    out = render([Span(t, s) for t, s in spans], limit=limit)
    visible = [parse_html(m) for m in out]  # every message parses on its own: no tag crosses a split
    assert all(0 < visible_len(v) <= limit for v in visible)
    assert re.sub(r"\s", "", "".join(visible)) == re.sub(r"\s", "", text)


def test_split_happens_at_sentence_ends():
    sentences = [f"第{i}句话说的是杭州的会议情况。" for i in range(400)]
    out = render([Span("".join(sentences), "b")])
    assert len(out) >= 2
    for m in out:
        assert m.startswith("<b>") and m.endswith("</b>")
        assert visible_len(parse_html(m)) <= MAX_VISIBLE
    assert all(parse_html(m).endswith("。") for m in out)
    assert "".join(parse_html(m) for m in out) == "".join(sentences)


def test_a_sentence_longer_than_a_message_is_cut_at_commas_then_hard():
    clause = "杭州" * 30 + "，"
    assert all(p.endswith("，") for p in pieces(clause * 10, limit=100))
    assert [visible_len(p) for p in pieces("杭" * 250, limit=100)] == [100, 100, 50]
    # Emoji take two UTF-16 units, which is what Telegram counts.
    assert all(visible_len(p) <= 9 for p in pieces("😀" * 20, limit=9))


def test_user_and_corpus_strings_are_escaped():
    evil = "<b>x</b> & <script>alert(1)</script>"
    [html] = render([Span(evil, "i")])
    assert "<script>" not in html
    assert parse_html(html) == evil
    with pytest.raises(BadRequest, match="Unsupported start tag"):
        parse_html(evil)


def _answer(sentence_text: str, text: str, headline: str = "标题<1>&") -> Answer:
    article = Article(id="a#0", file="a.txt", headline=headline, byline=Byline(text="本报记者 余勤"))
    s = Sentence(id="a#0:1:0", article_id="a#0", paragraph=1, kind="body", text=sentence_text,
                 start=0, end=len(sentence_text))
    i = sentence_text.find(text)
    return Answer(question="会议在哪里召开？", text=text, declined=False, qtype="where", confidence=0.9,
                  rule="slot", sentence=s, span=(i, i + len(text)), article=article)


def test_answer_message_bold_answer_sentence_and_italic_source():
    [html] = messages.reply(Reply("answer", _answer("会议在杭州召开。", "杭州")))
    assert html.startswith("<b>杭州</b>\n会议在<u>杭州</u>召开。\n<i>")
    assert "《标题&lt;1&gt;&amp;》 本报记者 余勤" in html
    assert parse_html(html).splitlines()[0] == "杭州"


def test_five_thousand_character_answer_is_two_messages():
    long_sentence = "，".join(["杭州市余杭区综治中心加强专业解纷力量建设"] * 250) + "。"
    assert len(long_sentence) > 5000
    out = messages.reply(Reply("answer", _answer(long_sentence, long_sentence)))
    assert len(out) == 2
    for m in out:
        assert visible_len(parse_html(m)) <= MAX_VISIBLE
    assert out[0].startswith("<b>") and out[0].endswith("</b>")


def test_decline_says_so_and_echoes_the_question_safely():
    ans = Answer(question="<i>天气</i>？", text="", declined=True, qtype="what", confidence=0.0, rule="decline")
    [html] = messages.reply(Reply("answer", ans))
    assert parse_html(html) == f"{DECLINED}\n问题：<i>天气</i>？"


@pytest.mark.parametrize("reply", [
    Reply("answer", _answer("会议在杭州召开。", "杭州"), question="会议在哪里召开？", carried=True),
    Reply("more", _answer("会议由省委书记主持。", "省委书记")),
    Reply("answer", _answer("杭州", "杭州")),  # the sentence is the answer: said once
    Reply("nothing", text="没有更多答案了。"),
])
def test_bot_says_what_the_terminal_says(reply):
    """One source of truth: the bot's lines are the REPL's lines without their labels (and with its own prefix)."""
    [html] = messages.reply(reply)
    terminal = [re.sub(r"^(答|原文|出处)：", "", line) for line in reply_text(reply).splitlines()]
    bot = parse_html(html).splitlines()
    if reply.kind == "more":
        assert bot[0].startswith("另一个答案：")
        bot[0] = bot[0].removeprefix("另一个答案：")
    assert bot == terminal
    if reply.carried:
        assert html.startswith("<i>（按“会议在哪里召开？”理解）</i>\n<b>杭州</b>")


def test_query_log_summary(tmp_path):
    log = QueryLog(tmp_path / "q" / "log.sqlite3", key=b"k").open()
    for i, (declined, ms) in enumerate([(False, 10), (True, 20), (False, 30), (False, 40)]):
        log.write(100 + i % 2, f"问题{i}", "where", declined, ms / 1000)
    log.write(102, "问题x", "where", False, float("nan"))  # counted as a question, not as a latency
    s = log.summary()
    assert (s.questions, s.chats, s.declined) == (5, 3, 1)
    assert s.decline_rate == 0.2
    assert s.p50_ms == pytest.approx(25.0) and 30 < s.p99_ms <= 40
    assert "nan" not in "".join(messages.stats(s, 1, 1, 1))
    [first, *_] = log.records()
    assert set(first) == {"time", "chat", "question", "qtype", "declined", "latency_ms"}
    assert "100" not in first["chat"] and first["chat"] == log.chat_hash(100) != log.chat_hash(101)
    log.close()
    assert QueryLog(tmp_path / "missing.sqlite3", b"k").open().summary().questions == 0


def test_query_log_imports_an_old_jsonl_log_once_skipping_bad_lines(tmp_path):
    old = tmp_path / "queries.jsonl"
    good = {"time": 1.7e9, "chat": "abc", "question": "会议在哪里召开？", "qtype": "where", "declined": False,
            "latency_ms": 12.5}
    lines = [json.dumps(good, ensure_ascii=False).encode(), b"\xff\xfe junk bytes",
             json.dumps({**good, "latency_ms": 30.0}).encode(), b'{"time": 1.7e9, "chat": "x"}',
             json.dumps({**good, "declined": True, "latency_ms": 20.0}).encode()[:-9]]  # cut by a kill -9
    old.write_bytes(b"\n".join(lines))
    log = QueryLog(old, key=b"k")  # a configured .jsonl path: the database goes beside it
    assert log.path == tmp_path / "queries.sqlite3"
    result = log.open().import_jsonl(old)
    assert (result.records, result.skipped, result.bad_lines) == (2, 3, (2, 4, 5))
    assert log.import_jsonl(old) is None  # once
    log.close()
    log = QueryLog(old, key=b"k").open(legacy=old)  # a restart does not import it again
    assert log.summary().questions == 2 and log.summary().p50_ms == pytest.approx(21.25)
    assert old.read_bytes() == b"\n".join(lines)  # the old file is left as it was


def test_query_log_retention_deletes_by_age(tmp_path):
    old = tmp_path / "q.jsonl"
    day = 86400
    old.write_text("\n".join(json.dumps({"time": time.time() - age * day, "chat": "c", "question": "q",
                                          "qtype": "where", "declined": False, "latency_ms": 1.0})
                             for age in (400, 100, 1)), encoding="utf-8")
    log = QueryLog(tmp_path / "q.sqlite3", key=b"k", retention_days=30).open(legacy=old)
    assert log.summary().questions == 1
    log.close()
    assert QueryLog(tmp_path / "keep.sqlite3", b"k", retention_days=0).open(legacy=old).summary().questions == 3


def test_qa_log_export_gives_the_jsonl_format(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(f"bot:\n  query_log: {tmp_path / 'q.sqlite3'}\n", encoding="utf-8")
    log = QueryLog(tmp_path / "q.sqlite3", key=b"k").open()
    log.write(5, "谁主持了会议？", "who", False, 0.0123)
    log.write(6, "x", "other", True, float("inf"))
    log.close()
    out = subprocess.run([str(QA_BIN), "log", "export", "--jsonl", "--config", str(config)], capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["question"] for r in records] == ["谁主持了会议？", "x"]
    assert records[0]["latency_ms"] == 12.3 and records[1]["latency_ms"] is None and records[1]["declined"] is True
    assert set(records[0]) == {"time", "chat", "question", "qtype", "declined", "latency_ms"}


def test_settings_from_env():
    env = {"TELEGRAM_BOT_TOKEN": "123:abc_DEF", "TELEGRAM_ALLOWED_CHATS": "5, -100", "TELEGRAM_ADMINS": "7"}
    s = from_env(BotConfig(allowed_chats=(9,), admins=(8,)), env=env)
    assert s.allowed_chats == {5, -100, 9} and s.admins == {7, 8}
    assert s.allowed(-100) and not s.allowed(6)
    assert s.base_url == "https://api.telegram.org/bot" and s.base_file_url == "https://api.telegram.org/file/bot"
    assert s.redact("GET https://x/bot123:abc_DEF/getMe") == "GET https://x/bot<token>/getMe"
    assert from_env(BotConfig(), env={"TELEGRAM_BOT_TOKEN": "1:a"}).allowed(12345)
    local = from_env(BotConfig(), env={"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_API_URL": "http://127.0.0.1:81/"})
    assert local.base_url == "http://127.0.0.1:81/bot"


@pytest.mark.parametrize("env, word", [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "nonsense"}, "does not look like"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_ADMINS": "alice"}, "TELEGRAM_ADMINS"),
    ({"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL"),
])
def test_settings_errors(env, word):
    with pytest.raises(SettingsError, match=word):
        from_env(BotConfig(), env=env)


def test_webhook_needs_url_and_a_valid_secret():
    base = {"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg"}
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_SECRET"):
        from_env(BotConfig(), webhook=True, env=base)
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_SECRET"):
        from_env(BotConfig(), webhook=True, env={**base, "TELEGRAM_WEBHOOK_SECRET": "has space"})
    s = from_env(BotConfig(), webhook=True, env={**base, "TELEGRAM_WEBHOOK_SECRET": "s3cret_-X"})
    assert s.redact("header s3cret_-X") == "header <secret>"


def test_example_questions_come_from_the_corpus_and_are_answered(engine):
    questions = example_questions(engine.corpus)
    assert len(questions) == 3 and len(set(questions)) == 3
    for q in questions:
        assert not engine.ask(q).declined, q


def test_the_update_processor_keeps_each_chat_in_order_and_runs_chats_concurrently():
    def update(update_id: int, chat_id: int) -> Update:
        return Update.de_json({"update_id": update_id, "message": {
            "message_id": update_id, "date": 0, "chat": {"id": chat_id, "type": "private"}, "text": "x"}}, None)

    events: list[tuple[str, int]] = []
    running: set[int] = set()
    overlap: list[set[int]] = []

    async def handle(update_id: int, chat_id: int, delay: float) -> None:
        assert chat_id not in running  # never two updates of one chat at once
        running.add(chat_id)
        overlap.append(set(running))
        events.append(("start", update_id))
        await asyncio.sleep(delay)
        events.append(("end", update_id))
        running.discard(chat_id)

    async def main() -> None:
        processor = PerChatUpdateProcessor(max_concurrent_updates=16)
        # Chat 1's first update is slow; its second must still come after it; chat 2 need not wait.
        jobs = [(1, 1, 0.2), (2, 1, 0.0), (3, 2, 0.05), (4, 2, 0.0)]
        await asyncio.gather(*(processor.process_update(update(u, c), handle(u, c, d)) for u, c, d in jobs))

    asyncio.run(main())
    order = [u for kind, u in events if kind == "end"]
    assert order.index(1) < order.index(2) and order.index(3) < order.index(4)
    assert order.index(4) < order.index(1)  # chat 2 finished while chat 1's slow update ran
    assert any(s == {1, 2} for s in overlap)


def test_state_keeps_chat_data_and_buttons_and_survives_a_junk_file(tmp_path):
    path = tmp_path / "state.sqlite3"

    async def roundtrip() -> tuple:
        state = SQLitePersistence(path)
        await state.update_chat_data(5, {"conversation": {"topic": "安吉县综治中心"}})
        await state.update_callback_data(([("kb", 1.0, {"b": ("more", "tok")})], {}))
        await state.flush()
        again = SQLitePersistence(path)
        return await again.get_chat_data(), await again.get_callback_data()

    chat_data, buttons = asyncio.run(roundtrip())
    assert chat_data == {5: {"conversation": {"topic": "安吉县综治中心"}}}
    assert buttons == ([("kb", 1.0, {"b": ("more", "tok")})], {})
    path.unlink()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"\xff\xfe junk, not a database" * 100)
    assert asyncio.run(SQLitePersistence(path).get_chat_data()) == {}
    assert [p.name.startswith("state.sqlite3.broken-") for p in tmp_path.iterdir()].count(True) == 1
