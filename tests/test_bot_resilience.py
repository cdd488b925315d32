"""The real bot against the fake Bot API when things go wrong: an update the library cannot parse, start-up
failures, a second instance on the same token, a flaky API, a restart between a question and a button press."""

from __future__ import annotations

import json
import re
import subprocess
import time

from fake_telegram import TOKEN, BotProcess, FakeTelegram, write_config
from telegram.error import Conflict, NetworkError

from bot.polling import PollPolicy
from qa.config import PROJECT_ROOT

SEEDS = PROJECT_ROOT / "seeds"
WHERE_Q = "全省建设更高水平平安浙江工作会议在哪里召开？"


def _config(tmp_path, cache_dir, **bot):
    return write_config(tmp_path / "bot.yaml", cache_dir, tmp_path / "queries.sqlite3",
                        **{"poll_timeout": 2, "timeout": 2, **bot})


def _problems(output: str) -> list[str]:
    """The lines of `output` that are not the bot's INFO lines ("serving 4 articles …")."""
    return [line for line in output.strip().splitlines() if not line.startswith("INFO ")]


def _buttons(tg, chat) -> dict[str, str]:
    markup = tg.sent(chat)[-1].params.get("reply_markup") or {}
    return {b["text"]: b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


def test_an_update_the_library_cannot_parse_is_skipped_and_the_bot_goes_on(tmp_path, cache_dir):
    with FakeTelegram() as tg:
        with BotProcess(tg, _config(tmp_path, cache_dir), [SEEDS], log=tmp_path / "bot.log").start() as bot:
            chatless = tg.make_message(501, WHERE_Q)
            del chatless["chat"]["type"]  # PTB cannot build a Chat without its type
            poll = {"id": "p1", "question": "?", "options": [], "total_voter_count": 0}  # no is_closed etc.
            bad = tg.push_many([{"message": chatless}, {"poll": poll}])
            tg.message(502, WHERE_Q)  # after them in the queue
            assert "杭州" in tg.wait_sent(502)[0]
            last_bad = tg.push({"message": chatless})  # the last of its batch: the offset must still pass it
            tg.message(502, "/help")
            tg.wait_sent(502, 2)
            assert bot.stop() == 0
        out = bot.output()
    for update_id in [*bad, last_bad]:
        assert tg.deliveries[update_id] == 1  # fetched once, never again
        assert len(re.findall(rf"skipped update {update_id}\b", out)) == 1
    assert "CRITICAL" not in out and "Traceback" not in out
    assert len(out) < 5000
    assert tg.confirmed > last_bad


def test_a_rejected_token_is_one_line_and_tracebacks_come_only_with_v(tmp_path, cache_dir):
    config = _config(tmp_path, cache_dir)
    with FakeTelegram(token="999:the_server_knows_another") as tg:  # so getMe answers 401 Unauthorized
        bot = BotProcess(tg, config, [SEEDS], env={"TELEGRAM_BOT_TOKEN": TOKEN})
        quiet = subprocess.run(bot.cmd, env=bot.env, capture_output=True, text=True, timeout=120)
        loud = subprocess.run([*bot.cmd, "-v"], env=bot.env, capture_output=True, text=True, timeout=120)
    assert quiet.returncode == loud.returncode == 1
    assert _problems(quiet.stderr) == [
        "qa bot: Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized): check the token with @BotFather"]
    assert "Traceback" in loud.stderr
    assert TOKEN.split(":")[1] not in quiet.stderr + loud.stderr


def test_a_bot_api_answering_502_at_start_is_one_line(tmp_path, cache_dir):
    config = _config(tmp_path, cache_dir, bootstrap_retries=1)
    with FakeTelegram() as tg:
        tg.fail("getMe", 502, times=50)
        bot = BotProcess(tg, config, [SEEDS])
        quiet = subprocess.run(bot.cmd, env=bot.env, capture_output=True, text=True, timeout=120)
        assert tg.get_calls("getMe", ok=False)
    assert quiet.returncode == 1
    [line] = _problems(quiet.stderr)
    assert line.startswith("qa bot: cannot start: the Bot API at http://127.0.0.1:") and "Bad Gateway" in line


def test_a_second_instance_on_the_same_token_says_so_and_exits(tmp_path, cache_dir):
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first_dir.mkdir()
    second_dir.mkdir()
    with FakeTelegram() as tg:
        with BotProcess(tg, _config(first_dir, cache_dir, conflict_exit=3), [SEEDS],
                        log=tmp_path / "first.log").start() as first:
            with BotProcess(tg, _config(second_dir, cache_dir, conflict_exit=3), [SEEDS],
                            log=tmp_path / "second.log").start() as second:
                second.proc.wait(60)  # bounded: it gives up instead of competing forever
                assert second.proc.returncode == 1
            assert first.proc.poll() is None  # the instance that was polling first keeps serving
            tg.message(601, WHERE_Q)
            assert "杭州" in tg.wait_sent(601)[0]
            assert first.stop() == 0
    assert "another bot instance is polling Telegram with this token" in second.output()
    assert "409 Conflict" in second.output() and "run only one" in second.output()
    assert tg.get_calls("getUpdates", ok=False)
    assert len(tg.sent(601)) == 1


def test_the_polling_backoff_is_capped_so_a_recovered_api_is_used_quickly(tmp_path, cache_dir):
    with FakeTelegram() as tg:
        with BotProcess(tg, _config(tmp_path, cache_dir, max_retry_delay=0.5), [SEEDS],
                        log=tmp_path / "bot.log").start() as bot:
            tg.fail("getUpdates", 502, times=12)
            tg.wait_for(lambda: tg.pending_failures("getUpdates") == 0, 60, "the bot to meet every failure")
            tg.message(701, WHERE_Q)
            assert "杭州" in tg.wait_sent(701)[0]
            assert bot.stop() == 0
    failed = [c.time for c in tg.get_calls("getUpdates", ok=False)]
    gaps = [b - a for a, b in zip(failed, failed[1:], strict=False)]
    assert len(gaps) == 11 and max(gaps) < 0.5 + 1.0  # PTB alone waits 1, 1.5, 2.25 … up to 30 s
    assert "failure 12 in a row, retrying in 0.5 s" in bot.output()


def test_poll_policy_caps_the_delay_and_gives_up_on_a_long_conflict():
    now = [100.0]
    policy = PollPolicy(max_delay=5.0, conflict_exit=60.0, quiet=40.0, clock=lambda: now[0])
    stopped = []
    policy.stop = lambda: stopped.append(True)
    delays = [policy.failed(NetworkError("Bad Gateway")) for _ in range(18)]
    assert delays[:3] == [1.0, 1.5, 2.25] and max(delays) == delays[-1] == 5.0
    policy.succeeded()
    assert policy.delay() == 1.0
    for _ in range(10):  # a newcomer (conflict within conflict_exit of its start): 60 s
        policy.failed(Conflict("terminated by other getUpdates request"))
        now[0] += 5
    assert not stopped
    now[0] += 10
    policy.failed(Conflict("terminated by other getUpdates request"))
    assert stopped and policy.gave_up

    established = PollPolicy(max_delay=5.0, conflict_exit=60.0, quiet=40.0, clock=lambda: now[0])
    now[0] += 600  # polling alone for ten minutes before the other one came
    established.failed(Conflict("x"))
    now[0] += 61
    established.failed(Conflict("x"))
    assert not established.gave_up  # it waits twice as long: the newcomer leaves first
    established.succeeded()
    now[0] += 41
    established.succeeded()  # 40 s without a 409: the conflict is over
    assert established.conflict_since is None


def test_conversations_and_buttons_survive_a_restart(tmp_path, cache_dir):
    config = _config(tmp_path, cache_dir)
    # An old JSON-lines query log with a line cut by kill -9 and junk bytes: imported once, /stats works.
    legacy = tmp_path / "queries.jsonl"
    record = {"time": time.time() - 60, "chat": "c0ffee", "question": "旧问题", "qtype": "where",
              "declined": False, "latency_ms": 8.0}
    legacy.write_bytes(json.dumps(record).encode() + b"\n\xff\xfe\x00junk\n" + json.dumps(record).encode()[:20])
    admin = 801
    env = {"TELEGRAM_ADMINS": str(admin)}
    with FakeTelegram() as tg:
        with BotProcess(tg, config, [SEEDS], env=env, log=tmp_path / "first.log").start() as first:
            tg.message(admin, WHERE_Q)
            tg.wait_sent(admin)
            data = _buttons(tg, admin)
            assert first.stop() == 0
        with BotProcess(tg, config, [SEEDS], env=env, log=tmp_path / "second.log").start() as second:
            tg.callback(admin, data["查看原文"])  # pressed after the restart
            source = tg.wait_sent(admin, 2)[-1]
            assert "在杭州召开" in source and "浙江日报记者 余勤 陆乐" in source
            tg.callback(admin, data["更多答案"])
            more = tg.wait_sent(admin, 3)[-1]
            assert more.startswith("另一个答案") or "没有更多答案" in more
            tg.message(admin, "更多")  # the conversation itself came back too: it knows the last answer
            assert "还没有" not in tg.wait_sent(admin, 4)[-1]
            tg.message(admin, "/stats")
            stats = tg.wait_sent(admin, 5)[-1]
            assert second.stop() == 0
    assert "问题 2 个" in stats and "nan" not in stats  # the imported record and the new one
    assert "skipped 2 bad line(s)" in first.output() and "imported" not in second.output()
    assert all(c.params.get("text") != "这个按钮已过期，请重新提问。" for c in tg.get_calls("answerCallbackQuery"))
