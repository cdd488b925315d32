"""The real bot process (`qa bot`) against the fake Bot API on 127.0.0.1: one bot process shared by the module.

Every test uses its own chat ids, so sessions and message counts do not mix. "Nothing was sent" is checked
with a probe: after the ignored updates, a question in the same chat, whose reply must be the only one.
"""

from __future__ import annotations

import json

import pytest
from fake_telegram import TOKEN, BotProcess, FakeTelegram, utf16_len, write_config

from bot import messages
from qa.config import PROJECT_ROOT

ADMIN = 7001
WHERE_Q = "全省建设更高水平平安浙江工作会议在哪里召开？"
CAT_Q = "守塔人老周在灯塔里养的橘猫名叫什么？"
LIGHTHOUSE = "灯塔<守望>&日志"  # a headline that is also HTML: it must come out as text
BLOCKED = 666
ALLOWED = [*range(101, 140), -1001, -1002, -1003, ADMIN]


def _long_article() -> dict:
    sentences = [f"第{i}天，守塔人记下了海面上第{i}艘经过的渔船和当天傍晚的潮汐高度。" for i in range(1, 161)]
    sentences.insert(80, "守塔人老周在灯塔里养了一只名叫阿福的橘猫。")
    return {"id": "lighthouse", "title": LIGHTHOUSE, "text": "".join(sentences)}


@pytest.fixture(scope="module")
def tg():
    with FakeTelegram() as server:
        yield server


@pytest.fixture(scope="module")
def bot(tg, tmp_path_factory, cache_dir):
    tmp = tmp_path_factory.mktemp("bot")
    corpus = tmp / "extra.jsonl"
    corpus.write_text(json.dumps(_long_article(), ensure_ascii=False) + "\n", encoding="utf-8")
    # No watcher: the /reload test changes a corpus file and wants /reload itself to find the change.
    config = write_config(tmp / "bot.yaml", cache_dir, tmp / "queries.sqlite3", {"watch": False}, poll_timeout=2,
                          timeout=2, typing_after=0.0, allowed_chats=ALLOWED, rate_limit_retries=3)
    proc = BotProcess(tg, config, [PROJECT_ROOT / "seeds", corpus], args=["-v"],
                      env={"TELEGRAM_ADMINS": str(ADMIN)})
    proc.start()
    proc.corpus_file = corpus
    yield proc
    proc.stop()


def ask(tg, chat, text, n=None, **kw) -> list[str]:
    """Send `text` to the bot in `chat`; wait for the chat's n-th message (default: one more than now)."""
    n = n or len(tg.sent(chat)) + 1
    tg.message(chat, text, **kw)
    return tg.wait_sent(chat, n)


def buttons(tg, chat) -> dict[str, str]:
    markup = tg.sent(chat)[-1].params.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


def test_start_registers_commands_and_introduces_the_corpus(tg, bot, engine):
    assert tg.get_calls("getMe")
    names = [c["command"] for c in tg.get_calls("setMyCommands")[-1].params["commands"]]
    assert names == ["start", "help", "ask", "more", "source", "stats", "reload", "add", "remove"]
    [text] = ask(tg, 101, "/start")
    assert "5 篇报道" in text and "千亩水杉换新绿" in text
    examples = [line[2:] for line in text.splitlines()[text.splitlines().index("可以这样问："):] if line[:2] == "• "]
    assert len(examples) == 3
    assert all(not engine.ask(q).declined for q in examples)  # examples from the corpus that it can answer


def test_private_question_is_answered_in_html_with_buttons(tg, bot):
    [text] = ask(tg, 102, WHERE_Q)
    assert "杭州" in text.splitlines()[0]
    call = tg.sent(102)[0]
    assert call.params["parse_mode"] == "HTML" and "<b>" in call.params["text"] and "<i>《" in call.params["text"]
    data = buttons(tg, 102)
    assert set(data) == {"更多答案", "查看原文"}
    assert all(len(d.encode()) <= 64 for d in data.values())  # Telegram: 1-64 bytes (PTB uses exactly 64)
    assert tg.get_calls("sendChatAction", 102)[0].params["action"] == "typing"


def test_a_question_the_papers_do_not_answer_is_declined(tg, bot):
    [text] = ask(tg, 103, "今天天气怎么样？")
    assert "没有找到" in text
    assert not buttons(tg, 103)


def test_a_carried_over_question_says_how_it_was_understood(tg, bot):
    ask(tg, 115, "安吉县综治中心整合了多少个部门？")
    text = ask(tg, 115, "有几个办事窗口？")[-1]
    assert text.splitlines()[0] == "（按“安吉县综治中心有几个办事窗口？”理解）"
    assert tg.sent(115)[1].params["text"].startswith("<i>（按“")


def test_group_rules(tg, bot):
    group = -1001
    for text in ("大家好，今天开会吗", "/ask@other_bot " + WHERE_Q, "/start@other_bot", "@other_bot " + WHERE_Q):
        tg.message(group, text, user_id=201, chat_type="supergroup")
    tg.message(group, WHERE_Q, user_id=202, chat_type="supergroup", is_bot=True)  # another bot's chatter
    for i, text in enumerate(["/ask " + WHERE_Q, "/ask@qa_test_bot " + WHERE_Q, "@qa_test_bot " + WHERE_Q], 1):
        replies = ask(tg, group, text, n=i, user_id=201, chat_type="supergroup")
        assert "杭州" in replies[-1]
    ask(tg, group, "/ask", n=4, user_id=201, chat_type="supergroup")
    assert tg.texts(group)[3].startswith("用法：/ask")
    assert len(tg.sent(group)) == 4
    assert all(c.params.get("reply_parameters", {}).get("message_id") for c in tg.sent(group))  # quotes the asker


def test_non_text_updates_are_ignored(tg, bot):
    chat = 104
    base = tg.make_message(chat, "x")
    del base["text"]
    tg.push({"message": {**base, "sticker": {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                                             "width": 512, "height": 512, "is_animated": False, "is_video": False}}})
    tg.push({"message": {**base, "photo": [{"file_id": "p1", "file_unique_id": "u2", "width": 90, "height": 90}]}})
    tg.push({"edited_message": {**tg.make_message(chat, WHERE_Q), "edit_date": 1}})
    tg.push({"channel_post": {**tg.make_message(-100777, WHERE_Q, chat_type="channel")}})
    ask(tg, chat, WHERE_Q)
    assert len(tg.sent(chat)) == 1 and not tg.sent(-100777)
    assert "Traceback" not in bot.output()


def test_help_more_and_source_commands(tg, bot):
    chat = 105
    assert "/ask" in ask(tg, chat, "/help")[-1]
    assert "没有" in ask(tg, chat, "/more")[-1]  # nothing to show yet, said plainly
    assert "还没有" in ask(tg, chat, "/source")[-1]
    ask(tg, chat, WHERE_Q)
    assert "平安浙江工作会议上强调" in ask(tg, chat, "/source")[-1]
    assert "不认识这个命令" in ask(tg, chat, "/frobnicate")[-1]


def test_buttons_and_expired_buttons(tg, bot):
    chat = 106
    ask(tg, chat, WHERE_Q)
    data = buttons(tg, chat)
    tg.callback(chat, data["查看原文"])
    source = tg.wait_sent(chat, 2)[-1]
    assert "在杭州召开" in source and "浙江日报记者 余勤 陆乐" in source
    tg.callback(chat, data["更多答案"])
    more = tg.wait_sent(chat, 3)[-1]
    assert more.startswith("另一个答案") or "没有更多答案" in more
    assert len(tg.get_calls("answerCallbackQuery")) >= 2

    ask(tg, chat, "千亩水杉的照片是谁拍的？")  # a new answer: the old buttons are expired now
    before = len(tg.sent(chat))
    n_answers = len(tg.get_calls("answerCallbackQuery"))
    tg.callback(chat, data["更多答案"])
    tg.callback(chat, "more:bogus123")
    calls = tg.wait_for(lambda: tg.get_calls("answerCallbackQuery")[n_answers:][:2] if len(
        tg.get_calls("answerCallbackQuery")) >= n_answers + 2 else None)
    assert all(c.params.get("text") == messages.EXPIRED for c in calls)
    ask(tg, chat, "/help")  # probe: the expired presses sent no message
    assert len(tg.sent(chat)) == before + 1


def test_html_in_questions_and_corpus_comes_back_as_text(tg, bot):
    [text] = ask(tg, 107, "<b>x</b> & <script>")
    assert "<b>x</b> & <script>" in text
    [text] = ask(tg, 108, CAT_Q)
    assert "阿福" in text and f"《{LIGHTHOUSE}》" in text
    assert "&lt;守望&gt;&amp;" in tg.sent(108)[0].params["text"]


def test_a_five_thousand_character_source_is_split_in_two_at_a_sentence(tg, bot):
    chat = 109
    ask(tg, chat, CAT_Q)
    tg.callback(chat, buttons(tg, chat)["查看原文"])
    parts = tg.wait_sent(chat, 3)[1:]
    assert len(parts) == 2
    assert all(utf16_len(p) <= 4096 for p in parts)
    assert parts[0].endswith("。")
    paragraph = _long_article()["text"]
    assert len(paragraph) > 5000 and paragraph in parts[0] + parts[1]


def test_allowlist(tg, bot):
    tg.message(BLOCKED, WHERE_Q)
    tg.message(BLOCKED, "/start")
    tg.callback(BLOCKED, "src:whatever")
    ask(tg, 110, WHERE_Q)  # probe
    assert not tg.get_calls(chat_id=BLOCKED)


def test_admin_commands(tg, bot):
    user_chat, admin_chat = 111, ADMIN
    assert ask(tg, user_chat, "/stats")[-1] == messages.NOT_ADMIN
    assert ask(tg, user_chat, "/reload")[-1] == messages.NOT_ADMIN
    stats = ask(tg, -1002, "/stats", user_id=ADMIN, chat_type="group")[-1]
    assert "使用统计" in stats and "未找到答案" in stats and "p99" in stats
    # /reload picks up a changed corpus without a restart.
    new = {"id": "harbor", "title": "渔港新闻", "text": "今年渔港共停靠了三百二十七艘远洋渔船。"}
    with bot.corpus_file.open("a", encoding="utf-8") as f:
        f.write(json.dumps(new, ensure_ascii=False) + "\n")
    assert "已重新读取语料" in ask(tg, admin_chat, "/reload", user_id=ADMIN)[-1]
    assert "没有变化" in ask(tg, admin_chat, "/reload", user_id=ADMIN)[-1]
    assert "三百二十七艘" in ask(tg, admin_chat, "今年渔港共停靠了多少艘远洋渔船？", user_id=ADMIN)[-1]


def test_failures_on_send_are_survived(tg, bot):
    chat = 112
    tg.fail("sendMessage", 429, retry_after=1)  # the rate limiter waits it out and retries
    assert "杭州" in ask(tg, chat, WHERE_Q)[-1]
    assert tg.get_calls("sendMessage", chat, ok=False)[0].status == 429
    for failure in ({"status": 502}, {"disconnect": True}, {"delay": 3.0}):  # 5xx, network error, timeout
        tg.fail("sendMessage", **failure)
        assert ask(tg, chat, WHERE_Q)[-1] == messages.SORRY  # the error handler apologises
        assert "杭州" in ask(tg, chat, WHERE_Q)[-1]  # and the bot goes on


def test_failures_while_polling_are_survived(tg, bot):
    chat = 113
    for kw in ({"status": 409}, {"status": 502}, {"status": 429, "retry_after": 1}, {"disconnect": True},
               {"delay": 5.0}):
        tg.fail("getUpdates", **kw)
    tg.wait_for(lambda: tg.pending_failures("getUpdates") == 0, 40, "the bot to meet every injected failure")
    assert "杭州" in ask(tg, chat, WHERE_Q)[-1]
    failed = {c.status for c in tg.get_calls("getUpdates", ok=False)}
    assert {409, 502, 429} <= failed


def test_zz_sigterm_stops_cleanly_and_the_token_never_appears_in_logs(tg, bot):
    ask(tg, 114, WHERE_Q)
    assert bot.stop() == 0
    out = bot.output()
    assert "INFO bot: stopped" in out  # -v: verbose logs, httpx's request lines included if not silenced
    assert TOKEN not in out and TOKEN.split(":")[1] not in out
    assert tg.confirmed == max(tg.deliveries) + 1  # the last offset was confirmed on the way out

