"""Starting and stopping the real bot: token errors, SIGTERM and restart without loss or duplicates, webhooks."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import urllib.request

import pytest
from fake_telegram import QA_BIN, TOKEN, BotProcess, FakeTelegram, write_config

from qa.config import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"
WHERE_Q = "全省建设更高水平平安浙江工作会议在哪里召开？"


@pytest.fixture()
def config(tmp_path, cache_dir):
    return write_config(tmp_path / "bot.yaml", cache_dir, tmp_path / "queries.sqlite3", poll_timeout=2, timeout=2)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_help_lists_examples_and_environment():
    out = subprocess.run([str(QA_BIN), "bot", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert "examples:" in out.stdout and "TELEGRAM_WEBHOOK_SECRET" in out.stdout and "--webhook" in out.stdout


def test_missing_token_is_a_clear_error(config):
    env = {"PATH": "/usr/bin:/bin", "NO_PROXY": "127.0.0.1,localhost"}
    out = subprocess.run([sys.executable, "-m", "bot", "--config", str(config)], env=env, capture_output=True,
                         text=True, timeout=60, cwd=PROJECT_ROOT)
    assert out.returncode == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in out.stderr and "Traceback" not in out.stderr


def test_rejected_token_is_a_clear_error(config, tmp_path):
    with FakeTelegram(token="999:the_server_knows_another") as tg:  # so getMe answers 401 Unauthorized
        bot = BotProcess(tg, config, [SEEDS], env={"TELEGRAM_BOT_TOKEN": TOKEN}, log=tmp_path / "bot.log")
        proc = subprocess.run(bot.cmd, env=bot.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=90)
        assert tg.get_calls("getMe", ok=False)[0].status == 401
    assert proc.returncode == 1
    assert "rejected TELEGRAM_BOT_TOKEN" in proc.stdout
    assert TOKEN not in proc.stdout and TOKEN.split(":")[1] not in proc.stdout


def test_sigterm_and_restart_lose_nothing_and_answer_nothing_twice(config, tmp_path):
    chats = list(range(301, 321))
    with FakeTelegram() as tg:
        with BotProcess(tg, config, [SEEDS], log=tmp_path / "first.log").start() as first:
            for chat in chats[:10]:
                tg.message(chat, WHERE_Q)
            tg.wait_sent(chats[0])  # it is answering (the rest may be fetched, in progress or still queued)
            assert first.stop() == 0  # SIGTERM: finish what was fetched, confirm the offset, exit
        answered_before = {c for c in chats if tg.sent(c)}
        for chat in chats[10:]:  # arrive while no bot runs
            tg.message(chat, WHERE_Q)
        with BotProcess(tg, config, [SEEDS], log=tmp_path / "second.log").start() as second:
            for chat in chats:
                tg.wait_sent(chat)
            tg.message(chats[0], "/help")  # probe: once this is answered, any duplicate would have been sent too
            tg.wait_sent(chats[0], 2)
            assert second.stop() == 0
    assert answered_before >= set(chats[:1])
    assert {c: len(tg.sent(c)) for c in chats} == {c: 2 if c == chats[0] else 1 for c in chats}
    assert all("杭州" in tg.texts(c)[0] for c in chats)
    assert TOKEN not in first.output() + second.output()


_SECRET = "s3cret_webhook-TOKEN"


def _webhook_bot(tg: FakeTelegram, config, tmp_path) -> tuple[BotProcess, str]:
    """A bot in webhook mode on a free local port, and its webhook URL."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    bot = BotProcess(tg, config, [SEEDS], args=["--webhook", "--listen", "127.0.0.1", "--port", str(port)],
                     env={"TELEGRAM_WEBHOOK_URL": url, "TELEGRAM_WEBHOOK_SECRET": _SECRET}, log=tmp_path / "bot.log")
    return bot, url


def test_webhook_mode_checks_the_secret(config, tmp_path):
    secret = _SECRET
    with FakeTelegram() as tg:
        bot, url = _webhook_bot(tg, config, tmp_path)
        with bot.start():
            # PTB calls setWebhook after post_init, then starts listening.
            hook = tg.wait_for(lambda: tg.get_calls("setWebhook"), 30, "setWebhook")[-1].params
            assert hook["url"] == url and hook["secret_token"] == secret
            tg.message(401, WHERE_Q)  # delivered by the fake Telegram with the right secret header
            assert "杭州" in tg.wait_sent(401)[0]
            update = {"update_id": 10_000, "message": tg.make_message(402, WHERE_Q)}
            for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
                request = urllib.request.Request(url, data=json.dumps(update).encode(), method="POST",
                                                 headers={"Content-Type": "application/json", **headers})
                with pytest.raises(urllib.request.HTTPError) as err:
                    urllib.request.urlopen(request, timeout=10)
                assert err.value.code == 403
            tg.message(401, "/help")  # probe: the forged updates were not processed
            tg.wait_sent(401, 2)
            assert not tg.sent(402)
            assert not tg.get_calls("getUpdates")
            assert bot.stop() == 0
    assert secret not in bot.output() and TOKEN not in bot.output()


def test_webhook_mode_drops_an_update_the_library_cannot_parse_with_a_200(config, tmp_path):
    """As polling skips it: one log line, and a 200 so Telegram does not post it again and again, holding
    back every update after it."""
    secret = _SECRET
    with FakeTelegram() as tg:
        bot, url = _webhook_bot(tg, config, tmp_path)
        with bot.start():
            tg.wait_for(lambda: tg.get_calls("setWebhook"), 30, "setWebhook")
            chatless = tg.make_message(501, WHERE_Q)
            del chatless["chat"]["type"]  # PTB cannot build a Chat without its type
            bad = tg.push({"message": chatless})  # the fake Telegram posts it until it gets a 200, like Telegram
            tg.message(502, WHERE_Q)  # queued behind it
            assert "杭州" in tg.wait_sent(502)[0]
            assert [status for update_id, status in tg.webhook_posts if update_id == bad][-1] == 200
            assert tg.deliveries[bad] == 1
            # Posted straight to the webhook server: an unparsable update, then a body that is not JSON.
            headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
            for body in (json.dumps({"update_id": 20_000, "message": chatless}).encode(), b"{not json"):
                request = urllib.request.Request(url, data=body, method="POST", headers=headers)
                with urllib.request.urlopen(request, timeout=10) as resp:
                    assert resp.status == 200
            tg.message(502, "/help")  # the bot goes on
            tg.wait_sent(502, 2)
            assert not tg.sent(501)
            assert bot.stop() == 0
    out = bot.output()
    assert len(re.findall(rf"bot.webhook: skipped update {bad}: the library cannot parse it", out)) == 1
    assert len(re.findall(r"skipped update 20000\b", out)) == 1
    assert "skipped a webhook request whose body is not JSON" in out
    assert "CRITICAL" not in out and "Traceback" not in out
    assert secret not in out and TOKEN not in out and TOKEN.split(":")[1] not in out
